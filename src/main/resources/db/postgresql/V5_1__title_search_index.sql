-- PostgreSQL only (db/postgresql; H2 has no trigram index): the Calls page's and /api/calls' title search is
-- lower(title) LIKE '%…%', which no B-tree can answer. A trigram GIN index on lower(title) can, for three letters and
-- more. pg_trgm is a trusted extension (PostgreSQL 13+): the store's owner may create it. Where it cannot be created
-- (an older server, or a role without CREATE on the database), the search keeps working by scanning the calls, and
-- this notice says why.
DO $$
BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'CallDeck: pg_trgm could not be created (%); title search scans the calls table', SQLERRM;
END
$$;

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
        CREATE INDEX IF NOT EXISTS gong_call_title_trigram ON gong_call USING gin (lower(title) gin_trgm_ops);
    END IF;
END
$$;
