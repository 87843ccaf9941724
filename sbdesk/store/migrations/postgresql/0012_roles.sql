-- sbdesk on PostgreSQL, schema 12: the three roles a branch signs in with, enforced by the
-- server's grants (SQLite has no version 12 of its own: one desk, one person, no roles).
--   sbdesk_auditor     reads everything, writes nothing
--   sbdesk_clerk       people, bindings, 亲情服务 applications, contributions; appends to the
--                      audit log (never edits or deletes a row of it: no grant, and a trigger)
--   sbdesk_supervisor  a clerk who may also import policy (regions, relationship policy,
--                      pension figures, the shipped catalogue)
-- Restoring a backup is not a role's: the branch's DBA restores with pg_restore.
-- Roles belong to the whole cluster, so they are made once and reused by every database (made
-- here when missing, which takes CREATEROLE; the README's set-up has the administrator make them);
-- each person signs in with a login role of their own that is a member of one of them.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'sbdesk_auditor') THEN
        CREATE ROLE sbdesk_auditor NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'sbdesk_clerk') THEN
        CREATE ROLE sbdesk_clerk NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'sbdesk_supervisor') THEN
        CREATE ROLE sbdesk_supervisor NOLOGIN;
    END IF;
END $$;
DO $$
BEGIN  -- only when missing: roles the administrator made need no CREATEROLE of the owner (README)
    IF NOT pg_has_role('sbdesk_supervisor', 'sbdesk_clerk', 'MEMBER') THEN
        GRANT sbdesk_clerk TO sbdesk_supervisor;
    END IF;
END $$;

REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO sbdesk_auditor, sbdesk_clerk;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO sbdesk_auditor, sbdesk_clerk;
GRANT INSERT, UPDATE, DELETE ON people, relations, bindings, applications, attachments, service_passwords,
    contributions TO sbdesk_clerk;
GRANT INSERT ON audit, seals TO sbdesk_clerk;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO sbdesk_clerk;
GRANT INSERT, UPDATE, DELETE ON regions, region_batches, policy_overrides, resource_editions TO sbdesk_supervisor;
-- tables a later migration adds can be read by every role at once; writes are granted there
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO sbdesk_auditor, sbdesk_clerk;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE ON SEQUENCES TO sbdesk_clerk;
