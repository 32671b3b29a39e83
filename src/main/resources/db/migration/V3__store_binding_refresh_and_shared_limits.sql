-- What a run did without: reads Gong refused or failed that the sync goes on without (the directory, transcripts).
ALTER TABLE sync_run ADD COLUMN warnings VARCHAR(4000);

-- Whether a failed run failed because Gong could not be reached or failed: every server of the store says so.
ALTER TABLE sync_run ADD COLUMN gong_unreachable BOOLEAN DEFAULT FALSE NOT NULL;

-- When a run last re-read the refresh window (calldeck.sync.refresh-days): a refresh, or a backfill covering it.
ALTER TABLE sync_state ADD COLUMN refreshed_at TIMESTAMP WITH TIME ZONE;

-- The Gong that filled the store (never a secret): CallDeck does not sync another Gong into it.
CREATE TABLE store_binding (
    id                      VARCHAR(20)   PRIMARY KEY,
    gong_base_url           VARCHAR(1000) NOT NULL,
    credential_fingerprint  VARCHAR(200)  NOT NULL,
    description             VARCHAR(1000),
    bound_at                TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Failed sign-ins per user name and per client address, shared by every server of a PostgreSQL store.
CREATE TABLE sign_in_throttle (
    throttle_key    VARCHAR(400) PRIMARY KEY,
    failures        INTEGER      NOT NULL,
    window_start    TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until    TIMESTAMP WITH TIME ZONE
);

-- Gong's rate limit shared by every server of a PostgreSQL store: Bucket4j's bucket per Gong credential fingerprint.
CREATE TABLE gong_rate_limit (
    id      VARCHAR(200) PRIMARY KEY,
    state   BYTEA
);

-- Until when every server holds back after Gong answered 429 (its Retry-After), per Gong credential fingerprint.
CREATE TABLE gong_rate_pause (
    id              VARCHAR(200) PRIMARY KEY,
    paused_until    TIMESTAMP WITH TIME ZONE NOT NULL
);
