-- sbdesk schema 1: people, relations, bindings, 亲情服务 applications, regions, audit log.
-- Applied inside one transaction together with PRAGMA user_version = 1.

CREATE TABLE region_batches (
    id        TEXT PRIMARY KEY,
    name      TEXT NOT NULL,
    opened_on TEXT NOT NULL,
    source    TEXT NOT NULL DEFAULT '',
    note      TEXT NOT NULL DEFAULT ''
);

CREATE TABLE regions (
    code     TEXT PRIMARY KEY,
    name     TEXT NOT NULL,
    province TEXT NOT NULL,
    level    TEXT NOT NULL DEFAULT 'city',
    batch    TEXT REFERENCES region_batches(id),
    position INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE people (
    id              INTEGER PRIMARY KEY,
    id_number       TEXT NOT NULL UNIQUE,
    name            TEXT NOT NULL,
    sex             TEXT CHECK (sex IN ('male', 'female')),
    birth_date      TEXT,
    region_code     TEXT NOT NULL REFERENCES regions(code),
    insurance       TEXT NOT NULL CHECK (insurance IN ('employee', 'resident', 'none')),
    card_number     TEXT,
    computer_number TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX people_name ON people(name);
CREATE INDEX people_card ON people(card_number);

-- One row per direction: "relative_id is person_id's kind".
CREATE TABLE relations (
    person_id   INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    relative_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,
    PRIMARY KEY (person_id, relative_id),
    CHECK (person_id <> relative_id)
);

CREATE TABLE bindings (
    id             INTEGER PRIMARY KEY,
    owner_id       INTEGER NOT NULL REFERENCES people(id),
    member_id      INTEGER NOT NULL REFERENCES people(id),
    relation       TEXT NOT NULL,
    channel        TEXT NOT NULL CHECK (channel IN ('ecard', 'web', 'window', 'hospital')),
    status         TEXT NOT NULL CHECK (status IN ('active', 'ended')),
    bound_on       TEXT NOT NULL,
    ended_on       TEXT,
    end_reason     TEXT NOT NULL DEFAULT '',
    operator       TEXT NOT NULL DEFAULT '',
    application_id INTEGER REFERENCES applications(id),
    created_at     TEXT NOT NULL,
    CHECK (owner_id <> member_id)
);
CREATE UNIQUE INDEX bindings_one_active_pair ON bindings(owner_id, member_id) WHERE status = 'active';
CREATE INDEX bindings_member ON bindings(member_id, status);
CREATE INDEX bindings_channel ON bindings(channel, status);

-- The e-card 亲情服务 application, kept from draft to opened.
CREATE TABLE applications (
    id               INTEGER PRIMARY KEY,
    owner_id         INTEGER NOT NULL REFERENCES people(id),
    member_id        INTEGER REFERENCES people(id),
    member_name      TEXT NOT NULL DEFAULT '',
    member_id_number TEXT NOT NULL DEFAULT '',
    relation         TEXT NOT NULL DEFAULT '',
    status           TEXT NOT NULL CHECK (status IN ('draft', 'pending_face', 'opened', 'cancelled')),
    step             TEXT NOT NULL DEFAULT 'start',
    face_verified_by TEXT,
    face_verified_at TEXT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);

CREATE TABLE attachments (
    id             INTEGER PRIMARY KEY,
    application_id INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    kind           TEXT NOT NULL CHECK (kind IN ('credential', 'face_photo', 'face_capture')),
    filename       TEXT NOT NULL,
    mime           TEXT NOT NULL,
    size           INTEGER NOT NULL,
    sha256         TEXT NOT NULL,
    content        BLOB NOT NULL,
    created_at     TEXT NOT NULL
);

-- Append-only, hash-chained: hash = sha256(prev_hash || canonical row text).
CREATE TABLE audit (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    operator  TEXT NOT NULL,
    action    TEXT NOT NULL,
    subject   TEXT NOT NULL,
    detail    TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
