-- sbdesk schema 14: the database's identity, a random id made once, when the database is
-- created (or first reaches this schema). Each anchor in logs/audit-anchors.log names it, so
-- a data folder used with its own file and with a branch server keeps the two histories
-- apart, and a restored copy is known for the database it is.
CREATE TABLE database_identity (
    id TEXT NOT NULL PRIMARY KEY CHECK (length(id) = 32)
) WITHOUT ROWID;

INSERT INTO database_identity (id) VALUES (lower(hex(randomblob(16))));
