-- sbdesk on PostgreSQL, schema 21: what ../0021_image_retention.sql says why (a purged
-- attachment keeps its row, its content emptied and dated; an index of the files still kept),
-- in the server's SQL. The grants of 0012 cover the new column (UPDATE on attachments).
ALTER TABLE attachments ADD COLUMN IF NOT EXISTS purged_at TEXT COLLATE "C";
CREATE INDEX IF NOT EXISTS attachments_kept ON attachments(application_id) WHERE purged_at IS NULL;
