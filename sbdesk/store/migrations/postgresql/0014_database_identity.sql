-- sbdesk on PostgreSQL, schema 14: the database's identity (see ../0014_database_identity.sql),
-- made by the server when the schema is built. A pg_dump carries it, so pg_restore of a dump
-- brings back the same identity at an earlier audit head: `sbdesk check` says so once per
-- restore, until it is accepted (`sbdesk check --accept-restore`).
CREATE TABLE database_identity (
    id TEXT COLLATE "C" NOT NULL PRIMARY KEY CHECK (length(id) = 32)
);

INSERT INTO database_identity (id) VALUES (replace(gen_random_uuid()::text, '-', ''));
GRANT SELECT ON database_identity TO sbdesk_auditor, sbdesk_clerk;  -- every desk names it in its anchors
