-- H2 only (PostgreSQL answers these from its own plans and its trigram index, db/postgresql): the calls table's
-- filters, its sort columns and its count read this index instead of the calls' wide rows (brief, custom data), which
-- H2 fetches whole from the file for every call a period holds. Measured on a 100,000-call H2 file with a 64 MB cache:
-- counting a filtered 90 days (direction, scope, minimum duration, title) about 160 ms down to 70-100 ms.
CREATE INDEX gong_call_search ON gong_call (started, id, is_private, direction, scope, duration_seconds, comment_count,
    primary_user_id, workspace_id, call_system, party_count, talk_ratio, rep_name, title);
