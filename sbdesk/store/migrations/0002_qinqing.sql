-- sbdesk schema 2: the 亲情服务 service password, the member's details on an application,
-- and one person per card number (a swipe must find exactly one person).

CREATE TABLE service_passwords (
    person_id    INTEGER PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE,
    hash         TEXT NOT NULL,
    failures     INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT,
    updated_at   TEXT NOT NULL
);

ALTER TABLE applications ADD COLUMN member_region TEXT NOT NULL DEFAULT '';
ALTER TABLE applications ADD COLUMN member_insurance TEXT NOT NULL DEFAULT 'resident';
ALTER TABLE applications ADD COLUMN face_note TEXT NOT NULL DEFAULT '';
CREATE INDEX applications_open ON applications(status) WHERE status IN ('draft', 'pending_face');

DROP INDEX people_card;
CREATE UNIQUE INDEX people_card ON people(card_number) WHERE card_number IS NOT NULL;
