-- Daily rollups for the per-rep aggregates (talk time, team stats, trackers).
-- Aggregating a period's calls row by row cannot answer in milliseconds at 100,000 calls (H2 counts 35,000 calls of
-- a month in about 75 ms before it averages anything). These tables hold, per rep (a call's primary user), UTC day,
-- workspace and scope, the calls and, for each measure, its sum and how many calls carry it, so that a mean over any
-- set of whole days is sum / count and a period reads a few thousand rows at most. The store keeps them exact: every
-- write of calls recomputes the (rep, day) pairs it touches from gong_call and call_tracker (CallStore.saveCalls),
-- in the same transaction. V8.1 (a Java migration) fills them from the calls already stored.
-- workspace_id and scope are '' for a call without one, so that they can be part of the primary key.
CREATE TABLE rep_daily_stats (
    primary_user_id                         VARCHAR(20)      NOT NULL,
    started_day                             DATE             NOT NULL,
    started_week                            DATE             NOT NULL,
    workspace_id                            VARCHAR(20)      NOT NULL,
    scope                                   VARCHAR(40)      NOT NULL,
    rep_name                                VARCHAR(255),
    calls                                   BIGINT           NOT NULL,
    rep_talk_seconds_sum                    DOUBLE PRECISION,
    rep_talk_seconds_n                      BIGINT           NOT NULL,
    talk_ratio_sum                          DOUBLE PRECISION,
    talk_ratio_n                            BIGINT           NOT NULL,
    host_talk_ratio_sum                     DOUBLE PRECISION,
    host_talk_ratio_n                       BIGINT           NOT NULL,
    host_longest_monologue_seconds_sum      DOUBLE PRECISION,
    host_longest_monologue_seconds_n        BIGINT           NOT NULL,
    host_longest_customer_story_seconds_sum DOUBLE PRECISION,
    host_longest_customer_story_seconds_n   BIGINT           NOT NULL,
    host_interactivity_sum                  DOUBLE PRECISION,
    host_interactivity_n                    BIGINT           NOT NULL,
    host_patience_seconds_sum               DOUBLE PRECISION,
    host_patience_seconds_n                 BIGINT           NOT NULL,
    questions_company_sum                   DOUBLE PRECISION,
    questions_company_n                     BIGINT           NOT NULL,
    questions_non_company_sum               DOUBLE PRECISION,
    questions_non_company_n                 BIGINT           NOT NULL,
    PRIMARY KEY (primary_user_id, started_day, workspace_id, scope)
);
CREATE INDEX rep_daily_stats_day ON rep_daily_stats (started_day);

-- Per tracker, rep, UTC day, workspace and scope: the calls that mention it and the sum of their counts.
CREATE TABLE tracker_daily_mentions (
    tracker_id          VARCHAR(20)  NOT NULL,
    primary_user_id     VARCHAR(20)  NOT NULL,
    started_day         DATE         NOT NULL,
    started_week        DATE         NOT NULL,
    workspace_id        VARCHAR(20)  NOT NULL,
    scope               VARCHAR(40)  NOT NULL,
    name                VARCHAR(255) NOT NULL,
    tracker_type        VARCHAR(40),
    rep_name            VARCHAR(255),
    calls               BIGINT       NOT NULL,
    mentions            BIGINT       NOT NULL,
    PRIMARY KEY (primary_user_id, started_day, tracker_id, workspace_id, scope)
);
CREATE INDEX tracker_daily_mentions_day ON tracker_daily_mentions (started_day, tracker_id);
CREATE INDEX tracker_daily_mentions_tracker ON tracker_daily_mentions (tracker_id, started_day);
