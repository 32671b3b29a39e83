-- What a run did without: reads Gong refused or failed that the sync goes on without (the directory, transcripts).
ALTER TABLE sync_run ADD COLUMN warnings VARCHAR(4000);

-- When a run last re-read the refresh window (calldeck.sync.refresh-days): a refresh, or a backfill covering it.
ALTER TABLE sync_state ADD COLUMN refreshed_at TIMESTAMP WITH TIME ZONE;
