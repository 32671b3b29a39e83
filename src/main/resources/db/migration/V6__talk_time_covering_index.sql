-- The talk-time views (per rep, per week) aggregate a period's calls. Read from gong_call itself, every wide row (the
-- brief, the custom data) passes through the page cache; this index holds what those queries read, so both databases
-- answer them from it (H2 file, 100,000 calls: about 700 ms down to under 200; BENCHMARKS.md 3b).
CREATE INDEX gong_call_talk_time ON gong_call (started, primary_user_id, started_week, workspace_id, scope, rep_name,
    rep_talk_seconds, talk_ratio);
