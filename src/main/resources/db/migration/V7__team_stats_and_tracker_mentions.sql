-- Team stats and trackers.
-- Team stats (/team, /api/team) average the host's interaction stats per rep. Gong sends them as
-- interaction.interactionStats[] {name, value}, stored as rows in call_interaction_stat; a grouped query over a
-- period's calls cannot join those rows cheaply, so each stat also gets a column of the call, in Gong's unit:
-- Talk Ratio a fraction (0.44), Longest Monologue and Longest Customer Story seconds, Interactivity a score of 0-10,
-- Patience seconds. A call whose Gong answer lacks a stat has NULL there, so averages skip it.
ALTER TABLE gong_call ADD COLUMN host_talk_ratio DOUBLE PRECISION;
ALTER TABLE gong_call ADD COLUMN host_longest_monologue_seconds DOUBLE PRECISION;
ALTER TABLE gong_call ADD COLUMN host_longest_customer_story_seconds DOUBLE PRECISION;
ALTER TABLE gong_call ADD COLUMN host_interactivity DOUBLE PRECISION;
ALTER TABLE gong_call ADD COLUMN host_patience_seconds DOUBLE PRECISION;

UPDATE gong_call SET
    host_talk_ratio = (SELECT MIN(s.stat_value) FROM call_interaction_stat s
        WHERE s.call_id = gong_call.id AND s.name = 'Talk Ratio'),
    host_longest_monologue_seconds = (SELECT MIN(s.stat_value) FROM call_interaction_stat s
        WHERE s.call_id = gong_call.id AND s.name = 'Longest Monologue'),
    host_longest_customer_story_seconds = (SELECT MIN(s.stat_value) FROM call_interaction_stat s
        WHERE s.call_id = gong_call.id AND s.name = 'Longest Customer Story'),
    host_interactivity = (SELECT MIN(s.stat_value) FROM call_interaction_stat s
        WHERE s.call_id = gong_call.id AND s.name = 'Interactivity'),
    host_patience_seconds = (SELECT MIN(s.stat_value) FROM call_interaction_stat s
        WHERE s.call_id = gong_call.id AND s.name = 'Patience');

-- One index for every per-rep aggregate (talk time, team stats): it holds all the columns they filter, group and
-- average on, so neither database reads the calls' wide rows for them. It replaces V6's talk-time index.
DROP INDEX gong_call_talk_time;
CREATE INDEX gong_call_rep_stats ON gong_call (started, primary_user_id, started_week, workspace_id, scope, rep_name,
    rep_talk_seconds, talk_ratio, host_talk_ratio, host_longest_monologue_seconds,
    host_longest_customer_story_seconds, host_interactivity, host_patience_seconds, questions_company,
    questions_non_company, id);

-- The calls that mention a tracker (the calls table's tracker filter, /trackers per rep and week): a tracker's rows
-- by tracker id, each with its call and count, instead of every call's tracker rows.
CREATE INDEX call_tracker_mentions ON call_tracker (tracker_id, call_id, occurrence_count);
