-- sbdesk schema 3: contribution history for the pension estimate, the card's two accounts,
-- and office-imported policy overrides (relationship policy) kept beside the data.

CREATE TABLE contributions (
    id          INTEGER PRIMARY KEY,
    person_id   INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    start_month TEXT NOT NULL,            -- YYYY-MM
    end_month   TEXT,                     -- YYYY-MM, NULL while still paying
    base_wage   REAL NOT NULL CHECK (base_wage > 0),
    CHECK (end_month IS NULL OR end_month >= start_month)
);
CREATE INDEX contributions_person ON contributions(person_id, start_month);

ALTER TABLE people ADD COLUMN ss_account TEXT NOT NULL DEFAULT 'unknown'
    CHECK (ss_account IN ('active', 'inactive', 'unknown'));
ALTER TABLE people ADD COLUMN financial_account TEXT NOT NULL DEFAULT 'unknown'
    CHECK (financial_account IN ('active', 'inactive', 'unknown'));

CREATE TABLE policy_overrides (
    key        TEXT PRIMARY KEY,
    value      TEXT NOT NULL,             -- JSON
    source     TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
);
