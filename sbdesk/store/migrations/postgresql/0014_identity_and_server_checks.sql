-- sbdesk on PostgreSQL, schema 14: the database's identity (see ../0014_database_identity.sql),
-- made by the server when the schema is built. A pg_dump carries it, so pg_restore of a dump
-- brings back the same identity at an earlier audit head: `sbdesk check` says so once per
-- restore, until it is accepted (`sbdesk check --accept-restore`).
CREATE TABLE database_identity (
    id TEXT COLLATE "C" NOT NULL PRIMARY KEY CHECK (length(id) = 32)
);

INSERT INTO database_identity (id) VALUES (replace(gen_random_uuid()::text, '-', ''));
GRANT SELECT ON database_identity TO sbdesk_auditor, sbdesk_clerk;  -- every desk names it in its anchors

-- ---------------------------------------------------------------------------------------------
-- (Schema 14's second part, written beside the identity: one file a version, see server.migrations)

-- sbdesk on PostgreSQL, schema 14: the server checks what is appended to the audit log and the
-- seals itself. A clerk's login may append (it must: every write use case does), so before
-- this a clerk at psql could append one audit row with a made-up hash, or one seal naming
-- `person:abc`, and every later `sbdesk check` failed for good: nobody, not even the owner,
-- may delete an audit row or a seal. Now such a row is refused when it is inserted:
--   * an audit row must continue the chain: its id after the head's (and one the identity
--     gave out: no id so large that no later row could follow it), its prev_hash the head's
--     hash, its hash the chain's value (sha256 of prev_hash and the row's JSON text, exactly
--     as store/audit.py writes it), its detail a JSON object;
--   * a seal must belong to the audit row its own transaction appended last (and not yet
--     checked), name a person or a binding by its id, and carry that row's hash as it stands
--     ('deleted' for no row);
--   * at commit, the seals of an audit row must be the ones its detail claims (their number
--     and digest, store/seals.py), and an audit row that claims none has none.
-- Checking the hash server-side rather than letting only functions append keeps one code path
-- on both engines (the client computes, the server recomputes); the owner's own session can
-- still disable a trigger, which `check` reports (store/server.py integrity).
-- Functions fix their search_path (pg_catalog, then public, pg_temp last), so a clerk's temp
-- table cannot stand in for a table they read; sbdesk_audit_operator gets the same.

CREATE TABLE audit_head (
    one  BOOLEAN PRIMARY KEY DEFAULT true CHECK (one),
    id   BIGINT NOT NULL,
    hash TEXT COLLATE "C" NOT NULL,
    xact BIGINT NOT NULL DEFAULT 0,  -- the transaction that appended it (txid_current())
    closed BOOLEAN NOT NULL DEFAULT false  -- its seals were checked: none may follow
);
INSERT INTO audit_head (id, hash)
    SELECT coalesce(max(id), 0), coalesce((SELECT hash FROM audit ORDER BY id DESC LIMIT 1), repeat('0', 64))
    FROM audit;
CREATE INDEX seals_audit ON seals(audit_id, id);

ALTER FUNCTION sbdesk_audit_operator() SET search_path = pg_catalog, pg_temp;

-- SECURITY DEFINER: it moves audit_head, which no clerk may write. (Named to run after
-- audit_operator: BEFORE triggers run in name order, and a wrong operator is the clearer refusal.)
CREATE FUNCTION sbdesk_audit_chain() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
DECLARE
    head record;
    issued bigint;
    is_object boolean;
BEGIN
    -- the one head row, locked: appends are serial whoever makes them (under REPEATABLE READ
    -- an append since this transaction's snapshot is a serialization failure: try again)
    SELECT id, hash INTO head FROM audit_head FOR UPDATE;
    EXECUTE 'SELECT last_value FROM ' || pg_get_serial_sequence('audit', 'id') INTO issued;
    IF NEW.id <= head.id OR NEW.id > issued THEN
        RAISE EXCEPTION 'audit row %: an audit row''s id follows the last one (%) and comes from the identity',
            NEW.id, head.id USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF NEW.prev_hash IS DISTINCT FROM head.hash THEN
        RAISE EXCEPTION 'audit row %: prev_hash is not the hash of audit row %', NEW.id, head.id
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    BEGIN
        is_object := json_typeof(NEW.detail::json) = 'object';
    EXCEPTION WHEN others THEN
        is_object := false;
    END;
    IF NOT is_object THEN
        RAISE EXCEPTION 'audit row %: detail is not a JSON object', NEW.id
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF NEW.hash IS DISTINCT FROM encode(sha256(convert_to(NEW.prev_hash || '[' || to_json(NEW.at)::text || ','
            || to_json(NEW.operator)::text || ',' || to_json(NEW.action)::text || ','
            || to_json(NEW.subject)::text || ',' || to_json(NEW.detail)::text || ']', 'UTF8')), 'hex') THEN
        RAISE EXCEPTION 'audit row %: hash is not the chain''s value', NEW.id
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    UPDATE audit_head SET id = NEW.id, hash = NEW.hash, xact = txid_current(), closed = false;
    RETURN NEW;
END $$;
CREATE TRIGGER audit_valid BEFORE INSERT ON audit
    FOR EACH ROW EXECUTE FUNCTION sbdesk_audit_chain();

CREATE FUNCTION sbdesk_seal_valid() RETURNS trigger LANGUAGE plpgsql
SET search_path = public, pg_temp AS $$
DECLARE
    head record;
    kind text := split_part(NEW.subject, ':', 1);
    now_hash text;
BEGIN
    SELECT id, xact, closed INTO head FROM audit_head;
    IF NEW.audit_id IS DISTINCT FROM head.id OR head.xact <> txid_current() OR head.closed THEN
        RAISE EXCEPTION 'seal of %: a seal belongs to the audit row its transaction appended last, not to %',
            NEW.subject, NEW.audit_id USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF NEW.subject !~ '^(person|binding):[1-9][0-9]{0,17}$' THEN
        RAISE EXCEPTION 'seal of %: a seal names a person or a binding by its id', NEW.subject
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    -- the row's hash as store/seals.py computes it: its columns' JSON values in name order
    IF kind = 'person' THEN
        SELECT encode(sha256(convert_to('[' || string_agg(j.value::text, ',' ORDER BY j.key COLLATE "C") || ']',
                                        'UTF8')), 'hex')
          INTO now_hash FROM people t, json_each(row_to_json(t)) j
         WHERE t.id = split_part(NEW.subject, ':', 2)::bigint;
    ELSE
        SELECT encode(sha256(convert_to('[' || string_agg(j.value::text, ',' ORDER BY j.key COLLATE "C") || ']',
                                        'UTF8')), 'hex')
          INTO now_hash FROM bindings t, json_each(row_to_json(t)) j
         WHERE t.id = split_part(NEW.subject, ':', 2)::bigint;
    END IF;
    IF NEW.hash IS DISTINCT FROM coalesce(now_hash, 'deleted') THEN
        RAISE EXCEPTION 'seal of %: its hash is not the row''s', NEW.subject
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER seals_valid BEFORE INSERT ON seals
    FOR EACH ROW EXECUTE FUNCTION sbdesk_seal_valid();

-- At commit: an audit row's seals are what its detail claims (the number and digest that
-- store/seals.py verify compares), and a row that claims none has none. Once checked (at
-- commit, or at once under SET CONSTRAINTS … IMMEDIATE) the row is closed: no seal may follow.
-- SECURITY DEFINER: it closes audit_head.
CREATE FUNCTION sbdesk_audit_sealed() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
DECLARE
    claim json;
    n bigint;
    digest text;
    holds boolean;
BEGIN
    SELECT count(*), encode(sha256(convert_to(coalesce(string_agg(subject || ' ' || hash || E'\n', '' ORDER BY id),
                                                       ''), 'UTF8')), 'hex')
      INTO n, digest FROM seals WHERE audit_id = NEW.id;
    IF NEW.detail LIKE '%"seals"%' THEN
        BEGIN
            claim := NEW.detail::json;
            holds := json_typeof(claim -> 'seals') = 'string' AND json_typeof(claim -> 'sealed') = 'number'
                     AND claim ->> 'seals' = digest AND (claim ->> 'sealed')::numeric = n;
        EXCEPTION WHEN others THEN
            holds := false;
        END;
        IF holds IS NOT TRUE THEN
            RAISE EXCEPTION 'audit row %: its seals are not the ones it records', NEW.id
                USING ERRCODE = 'integrity_constraint_violation';
        END IF;
    ELSIF n > 0 THEN
        RAISE EXCEPTION 'audit row %: it has seals and records none', NEW.id
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    UPDATE audit_head SET closed = true WHERE id = NEW.id;
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER audit_sealed AFTER INSERT ON audit DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION sbdesk_audit_sealed();
