-- sbdesk schema 9: people listed in pinyin order by the database, and a count the status bar
-- reads without scanning.
-- name_key: store/name_key.py's key of the name (张伟 -> zhang1张wei3伟), filled here by the
-- name_key() function that db.migrate() registers, kept up to date by store/people.py on
-- every insert and update. The index serves ORDER BY name_key and paging through everyone.
ALTER TABLE people ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
UPDATE people SET name_key = name_key(name);
CREATE INDEX people_name_key ON people(name_key);

-- row_counts: the number of rows of a table, kept by triggers in the same transaction as the
-- change, so it is exact after deletes (max(rowid) is not) and costs one row read to show.
-- (INSERT OR REPLACE into people would skip the delete trigger: nothing here does that, and
-- `sbdesk check` reports a counter that differs from count(*).)
CREATE TABLE row_counts (
    name TEXT PRIMARY KEY,
    n INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO row_counts (name, n) SELECT 'people', count(*) FROM people;
CREATE TRIGGER people_counted_in AFTER INSERT ON people
BEGIN
    UPDATE row_counts SET n = n + 1 WHERE name = 'people';
END;
CREATE TRIGGER people_counted_out AFTER DELETE ON people
BEGIN
    UPDATE row_counts SET n = n - 1 WHERE name = 'people';
END;

-- The search as you type reads (column, name_key) from these covering indexes and sorts the
-- keys without touching the table (store/people.py search_sql). people_name and people_card
-- gain the key; the ID number's unique index stays and a covering one joins it.
DROP INDEX people_name;
CREATE INDEX people_name ON people(name, name_key);
DROP INDEX people_card;
CREATE INDEX people_card ON people(card_number, name_key);
CREATE INDEX people_id_number_key ON people(id_number, name_key);
