-- sbdesk on PostgreSQL, schema 18: restores the DBA declares, and the database grants the
-- group roles need.
--
-- database_restores: one row each time the administrator ran `sbdesk restored` after a
-- pg_restore (docs/branch-mode.md). It names the audit head the restored dump ended at. Each
-- desk writes the newest row's id into its anchors (logs/audit-anchors.log), so a desk's
-- anchors after that head, from an earlier line of history, are known as superseded by the
-- restore, while a rollback nobody declared (an older dump restored without the step, rows
-- cut by a superuser) still fails every desk's `check`. The id begins with the server's time
-- (UTC, fixed width), so ids sort as the restores were made. Only the owner writes here (no
-- grant); every role reads it.
CREATE TABLE database_restores (
    id         TEXT COLLATE "C" PRIMARY KEY CHECK (id ~ '^[0-9]{8}T[0-9]{12}-[0-9a-f]{8}$'),
    made       TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    audit_id   BIGINT NOT NULL,
    audit_hash TEXT COLLATE "C" NOT NULL,
    made_by    TEXT COLLATE "C" NOT NULL DEFAULT current_user
);
GRANT SELECT ON database_restores TO sbdesk_auditor, sbdesk_clerk;  -- every desk's check reads it

-- Each desk keeps a temp table of the rows its transaction wrote (store/seals.py), so every
-- login needs TEMPORARY, and CONNECT, on the database itself: granted here to the group roles,
-- so the usual hardening `REVOKE ALL ON DATABASE … FROM PUBLIC` leaves the desks working. Only
-- the database's owner may grant it; a schema built by another role says so and goes on
-- (`sbdesk restored` grants it again after a restore into a new database).
DO $$
BEGIN
    EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO sbdesk_auditor, sbdesk_clerk', current_database());
EXCEPTION WHEN insufficient_privilege THEN
    RAISE WARNING 'sbdesk: % does not own database %: grant CONNECT, TEMPORARY on it to sbdesk_auditor and sbdesk_clerk',
        current_user, current_database();
END $$;
