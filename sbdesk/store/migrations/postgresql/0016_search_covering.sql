-- sbdesk on PostgreSQL, schema 16: the search's range indexes cover what each arm of it reads
-- (store/people_search.py page_sql). An index of SQLite's holds the row id already; a server's
-- holds only its columns, so (card_number, name_key) sent every matching row's id to the table:
-- a card or ID-number prefix with a few thousand matches read as many table pages (15-20 ms
-- at a million people). With the id in the key each arm is an index-only scan. (SQLite has
-- no schema 16 of its own: its indexes were covering since schema 9.)
DROP INDEX people_name;
CREATE INDEX people_name ON people(name, name_key, id);
DROP INDEX people_card;
CREATE INDEX people_card ON people(card_number, name_key, id);
DROP INDEX people_id_number_order;
CREATE INDEX people_id_number_order ON people(id_number, name_key, id);
