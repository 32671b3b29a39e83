-- CallDeck's store: Gong calls as the sync reads them from /v2/calls/extensive, kept for the dashboard.
-- Portable between H2 2.x and PostgreSQL 12+. Times are TIMESTAMP WITH TIME ZONE; durations and talk
-- times are seconds, transcript times milliseconds, as Gong gives them.

CREATE TABLE workspace (
    id              VARCHAR(20)  PRIMARY KEY,
    name            VARCHAR(255) NOT NULL
);

-- Gong users: from /v2/users, and from calls' internal parties for users the directory does not list.
CREATE TABLE gong_user (
    id              VARCHAR(20)  PRIMARY KEY,
    name            VARCHAR(255) NOT NULL,
    email           VARCHAR(320),
    title           VARCHAR(255),
    manager_id      VARCHAR(20),
    active          BOOLEAN      NOT NULL DEFAULT TRUE,
    in_directory    BOOLEAN      NOT NULL DEFAULT FALSE,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX gong_user_name ON gong_user (name);

CREATE TABLE gong_call (
    id                      VARCHAR(20)   PRIMARY KEY,
    url                     VARCHAR(1000),
    title                   VARCHAR(1000),
    scheduled               TIMESTAMP WITH TIME ZONE,
    started                 TIMESTAMP WITH TIME ZONE NOT NULL,
    started_week            DATE          NOT NULL,
    duration_seconds        BIGINT        NOT NULL,
    primary_user_id         VARCHAR(20),
    rep_name                VARCHAR(255),
    direction               VARCHAR(40),
    call_system             VARCHAR(100),
    scope                   VARCHAR(40),
    media                   VARCHAR(40),
    language                VARCHAR(10),
    workspace_id            VARCHAR(20),
    sdr_disposition         VARCHAR(255),
    client_unique_id        VARCHAR(2048),
    custom_data             VARCHAR(4000),
    purpose                 VARCHAR(255),
    meeting_url             VARCHAR(1000),
    is_private              BOOLEAN       NOT NULL,
    calendar_event_id       VARCHAR(255),
    brief                   VARCHAR(20000),
    outcome_id              VARCHAR(100),
    outcome_category        VARCHAR(100),
    outcome_name            VARCHAR(255),
    questions_company       INTEGER,
    questions_non_company   INTEGER,
    rep_talk_seconds        DOUBLE PRECISION,
    talk_ratio              DOUBLE PRECISION,
    party_count             INTEGER       NOT NULL,
    comment_count           INTEGER       NOT NULL,
    synced_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    transcript_fetched_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX gong_call_started ON gong_call (started);
CREATE INDEX gong_call_rep_started ON gong_call (primary_user_id, started);
CREATE INDEX gong_call_workspace_started ON gong_call (workspace_id, started);
CREATE INDEX gong_call_week ON gong_call (started_week, primary_user_id);
CREATE INDEX gong_call_duration ON gong_call (duration_seconds);
CREATE INDEX gong_call_title ON gong_call (title);
CREATE INDEX gong_call_comments ON gong_call (comment_count);

CREATE TABLE call_party (
    call_id         VARCHAR(20)  NOT NULL REFERENCES gong_call (id) ON DELETE CASCADE,
    position        INTEGER      NOT NULL,
    party_id        VARCHAR(20),
    name            VARCHAR(255),
    email           VARCHAR(320),
    title           VARCHAR(255),
    user_id         VARCHAR(20),
    speaker_id      VARCHAR(20),
    affiliation     VARCHAR(40),
    phone           VARCHAR(100),
    methods         VARCHAR(100),
    PRIMARY KEY (call_id, position)
);
CREATE INDEX call_party_user ON call_party (user_id);

CREATE TABLE call_speaker (
    call_id             VARCHAR(20)  NOT NULL REFERENCES gong_call (id) ON DELETE CASCADE,
    position            INTEGER      NOT NULL,
    party_id            VARCHAR(20),
    user_id             VARCHAR(20),
    talk_time_seconds   DOUBLE PRECISION,
    PRIMARY KEY (call_id, position)
);

CREATE TABLE call_interaction_stat (
    call_id         VARCHAR(20)  NOT NULL REFERENCES gong_call (id) ON DELETE CASCADE,
    position        INTEGER      NOT NULL,
    name            VARCHAR(100) NOT NULL,
    stat_value      DOUBLE PRECISION,
    PRIMARY KEY (call_id, position)
);

CREATE TABLE call_topic (
    call_id             VARCHAR(20)  NOT NULL REFERENCES gong_call (id) ON DELETE CASCADE,
    position            INTEGER      NOT NULL,
    name                VARCHAR(255) NOT NULL,
    duration_seconds    INTEGER,
    PRIMARY KEY (call_id, position)
);

CREATE TABLE call_tracker (
    call_id             VARCHAR(20)  NOT NULL REFERENCES gong_call (id) ON DELETE CASCADE,
    position            INTEGER      NOT NULL,
    tracker_id          VARCHAR(20),
    name                VARCHAR(255) NOT NULL,
    tracker_type        VARCHAR(40),
    occurrence_count    INTEGER,
    PRIMARY KEY (call_id, position)
);

CREATE TABLE call_key_point (
    call_id         VARCHAR(20)   NOT NULL REFERENCES gong_call (id) ON DELETE CASCADE,
    position        INTEGER       NOT NULL,
    text            VARCHAR(4000) NOT NULL,
    PRIMARY KEY (call_id, position)
);

CREATE TABLE call_comment (
    call_id             VARCHAR(20)    NOT NULL REFERENCES gong_call (id) ON DELETE CASCADE,
    position            INTEGER        NOT NULL,
    comment_id          VARCHAR(20)    NOT NULL,
    commenter_user_id   VARCHAR(20),
    text                VARCHAR(10000),
    audio_start_seconds DOUBLE PRECISION,
    audio_end_seconds   DOUBLE PRECISION,
    posted              TIMESTAMP WITH TIME ZONE,
    in_reply_to         VARCHAR(20),
    during_call         BOOLEAN,
    PRIMARY KEY (call_id, position)
);
CREATE INDEX call_comment_posted ON call_comment (posted);
CREATE INDEX call_comment_commenter ON call_comment (commenter_user_id, posted);

-- CRM objects linked to a call (party_id NULL) or to one of its parties; fields as Gong's JSON array.
CREATE TABLE call_crm_object (
    call_id         VARCHAR(20)   NOT NULL REFERENCES gong_call (id) ON DELETE CASCADE,
    position        INTEGER       NOT NULL,
    party_id        VARCHAR(20),
    crm_system      VARCHAR(40),
    object_type     VARCHAR(40),
    object_id       VARCHAR(100),
    timing          VARCHAR(20),
    fields_json     VARCHAR(8000),
    PRIMARY KEY (call_id, position)
);
CREATE INDEX call_crm_object_object ON call_crm_object (object_id);

CREATE TABLE transcript_sentence (
    call_id         VARCHAR(20)   NOT NULL REFERENCES gong_call (id) ON DELETE CASCADE,
    position        INTEGER       NOT NULL,
    speaker_id      VARCHAR(20),
    topic           VARCHAR(255),
    start_ms        BIGINT        NOT NULL,
    end_ms          BIGINT        NOT NULL,
    text            VARCHAR(4000),
    PRIMARY KEY (call_id, position)
);

-- One row per kind of sync; the lease makes sure only one server runs it at a time.
CREATE TABLE sync_state (
    id              VARCHAR(40)  PRIMARY KEY,
    synced_until    TIMESTAMP WITH TIME ZONE,
    locked_by       VARCHAR(255),
    locked_until    TIMESTAMP WITH TIME ZONE,
    version         BIGINT       NOT NULL DEFAULT 0
);
INSERT INTO sync_state (id, version) VALUES ('calls', 0);

CREATE TABLE sync_run (
    id                  BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    kind                VARCHAR(20)  NOT NULL,
    status              VARCHAR(20)  NOT NULL,
    started_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at         TIMESTAMP WITH TIME ZONE,
    window_from         TIMESTAMP WITH TIME ZONE NOT NULL,
    window_to           TIMESTAMP WITH TIME ZONE NOT NULL,
    sequence_from       TIMESTAMP WITH TIME ZONE NOT NULL,
    cursor_token        VARCHAR(2000),
    checkpoint_started  TIMESTAMP WITH TIME ZONE,
    checkpoint_call_id  VARCHAR(20),
    pages               INTEGER      NOT NULL DEFAULT 0,
    calls               INTEGER      NOT NULL DEFAULT 0,
    expected_calls      INTEGER,
    requests            INTEGER      NOT NULL DEFAULT 0,
    cursor_restarts     INTEGER      NOT NULL DEFAULT 0,
    transcripts         INTEGER      NOT NULL DEFAULT 0,
    error               VARCHAR(4000),
    node                VARCHAR(255)
);
CREATE INDEX sync_run_started ON sync_run (started_at);

-- Append-only record of call-access changes made through CallDeck.
CREATE TABLE access_audit (
    id              BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    at              TIMESTAMP WITH TIME ZONE NOT NULL,
    actor           VARCHAR(255) NOT NULL,
    action          VARCHAR(20)  NOT NULL,
    call_ids        VARCHAR(4000) NOT NULL,
    user_ids        VARCHAR(4000) NOT NULL,
    gong_request_id VARCHAR(100),
    outcome         VARCHAR(20)  NOT NULL,
    detail          VARCHAR(4000)
);
CREATE INDEX access_audit_at ON access_audit (at);

-- CallDeck's built-in sign-in users (admin, viewer): PBKDF2 hashes, never passwords.
CREATE TABLE app_user (
    username        VARCHAR(100) PRIMARY KEY,
    password_hash   VARCHAR(500) NOT NULL,
    role            VARCHAR(20)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
