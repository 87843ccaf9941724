-- sbdesk schema 5: the whole country's 统筹区 with search initials and sources, and dated
-- cross-province reports (open by a date / not open on a date, per region or province-wide).
-- The catalogue itself is merged from resources/regions.json by the program after this step
-- (services/desk.py), keeping every region an office added and every person's region code.

ALTER TABLE region_batches ADD COLUMN status TEXT NOT NULL DEFAULT 'open'
    CHECK (status IN ('open', 'not_open'));
ALTER TABLE region_batches ADD COLUMN province TEXT NOT NULL DEFAULT '';
ALTER TABLE regions ADD COLUMN initials TEXT NOT NULL DEFAULT '';
ALTER TABLE regions ADD COLUMN source TEXT NOT NULL DEFAULT '';
ALTER TABLE regions ADD COLUMN note TEXT NOT NULL DEFAULT '';

-- Which edition of a shipped resource the data folder has merged (sha256 of the file).
CREATE TABLE resource_editions (
    name       TEXT PRIMARY KEY,
    edition    TEXT NOT NULL,
    applied_at TEXT NOT NULL
);

-- The seed's 31 regions carried the article's date 2026-01-10 as their opening date; it was
-- never one (the list was published by 2025-09-19). Drop it; the shipped reports replace it.
UPDATE regions SET batch = NULL
 WHERE batch = 'first' AND EXISTS (SELECT 1 FROM region_batches WHERE id = 'first' AND opened_on = '2026-01-10');
DELETE FROM region_batches WHERE id = 'first' AND opened_on = '2026-01-10';
