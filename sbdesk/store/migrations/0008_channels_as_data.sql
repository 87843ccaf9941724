-- sbdesk schema 8: a binding's channel is any channel of resources/channels.json, checked by
-- the binding service, so a new channel (the 医保钱包 was the fifth) needs no table rebuild.
-- This rebuild drops the old CHECK of the four seed channels; rows, ids and indexes are kept.
CREATE TABLE bindings_new (
    id             INTEGER PRIMARY KEY,
    owner_id       INTEGER NOT NULL REFERENCES people(id),
    member_id      INTEGER NOT NULL REFERENCES people(id),
    relation       TEXT NOT NULL,
    channel        TEXT NOT NULL CHECK (channel <> ''),
    status         TEXT NOT NULL CHECK (status IN ('active', 'ended')),
    bound_on       TEXT NOT NULL,
    ended_on       TEXT,
    end_reason     TEXT NOT NULL DEFAULT '',
    operator       TEXT NOT NULL DEFAULT '',
    application_id INTEGER REFERENCES applications(id),
    created_at     TEXT NOT NULL,
    CHECK (owner_id <> member_id)
);
INSERT INTO bindings_new (id, owner_id, member_id, relation, channel, status, bound_on, ended_on,
                          end_reason, operator, application_id, created_at)
    SELECT id, owner_id, member_id, relation, channel, status, bound_on, ended_on,
           end_reason, operator, application_id, created_at FROM bindings;
DROP TABLE bindings;
ALTER TABLE bindings_new RENAME TO bindings;
CREATE UNIQUE INDEX bindings_one_active_pair ON bindings(owner_id, member_id) WHERE status = 'active';
CREATE INDEX bindings_member ON bindings(member_id, status);
CREATE INDEX bindings_channel ON bindings(channel, status);
CREATE INDEX bindings_owner ON bindings(owner_id, status);
