-- sbdesk on PostgreSQL, schema 17: every desk hears at once that another one wrote. Each write
-- appends one audit row, so one trigger on the audit log announces them all: NOTIFY on the
-- channel sbdesk_audit with the new row's id, delivered when its transaction commits (never
-- for a write that rolled back). A desk LISTENs on its own session and reads the audit rows
-- after the last one it saw (store/live.py); the payload is only a hint.
CREATE FUNCTION audit_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('sbdesk_audit', NEW.id::text);
    RETURN NULL;
END
$$;

CREATE TRIGGER audit_notify AFTER INSERT ON audit FOR EACH ROW EXECUTE FUNCTION audit_notify();
