-- sbdesk schema 4: find a person's bindings as owner by index (the detail pane and the
-- delete check ask "owner_id = ? OR member_id = ?"; at 500,000 bindings a scan took 23 ms).
CREATE INDEX bindings_owner ON bindings(owner_id, status);
