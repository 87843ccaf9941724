-- sbdesk schema 13: an identity credential may have a front and a back (an ID card has two
-- sides), each its own file. '' is a file with no side (a face photo, or a credential kept
-- before this schema, which counts as the front).

ALTER TABLE attachments ADD COLUMN side TEXT NOT NULL DEFAULT '' CHECK (side IN ('', 'front', 'back'));
