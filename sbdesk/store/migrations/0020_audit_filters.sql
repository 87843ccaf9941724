-- sbdesk schema 20: the auditor's view pages through the audit log newest first, filtered by
-- clerk, action, subject or date. Each filter is an index whose last columns are the page's
-- order (at, id), so a page of a log of a million rows reads only its own rows, whatever the
-- filter. IF NOT EXISTS: a file put back to an earlier version number runs it again. (20: the
-- numbers between belong to other branches of work.)
CREATE INDEX IF NOT EXISTS audit_at ON audit(at, id);
CREATE INDEX IF NOT EXISTS audit_operator ON audit(operator, at, id);
CREATE INDEX IF NOT EXISTS audit_action ON audit(action, at, id);
CREATE INDEX IF NOT EXISTS audit_subject ON audit(subject, at, id);
