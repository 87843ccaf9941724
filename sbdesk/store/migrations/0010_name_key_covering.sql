-- sbdesk schema 10: the search as you type reads a page of matches, not all of them (fast at a million people).
-- people_name_key gains the row id and the columns a search tests, so one walk of it in
-- pinyin order (name_key, id) both orders and filters, without touching the table:
-- - a prefix of Han characters is a range of it (a name's key starts with the key of every
--   prefix of the name), read one page at a time;
-- - an ID-number or card-number prefix that matches many people (one digit: 10-30% of
--   everyone) is found by walking it in order and testing each entry, which reaches a page
--   of matches after a few thousand entries instead of sorting every match.
-- store/people.py page_sql says which arm uses which index.
DROP INDEX people_name_key;
CREATE INDEX people_name_key ON people(name_key, id, id_number, card_number, name);
