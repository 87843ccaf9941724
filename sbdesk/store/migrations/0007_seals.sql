-- sbdesk schema 7: the audit log covers the rows it protects (a seal per written person or
-- binding, see store/seals.py), and the file says it is sbdesk's (PRAGMA application_id).
-- The rows on record when this runs are sealed by db.migrate in the same transaction.

CREATE TABLE seals (
    id       INTEGER PRIMARY KEY,
    audit_id INTEGER NOT NULL REFERENCES audit(id),
    subject  TEXT NOT NULL,
    hash     TEXT NOT NULL
);
CREATE INDEX seals_subject ON seals(subject, id);
CREATE TRIGGER seals_no_update BEFORE UPDATE ON seals
BEGIN SELECT RAISE(ABORT, 'seals are append-only'); END;
CREATE TRIGGER seals_no_delete BEFORE DELETE ON seals
BEGIN SELECT RAISE(ABORT, 'seals are append-only'); END;
PRAGMA application_id = 1396851795;
