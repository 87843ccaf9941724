-- sbdesk schema 19: the supervisor's report of bindings made and ended (services/report.py).
-- One view, the same on both engines, names each event of a binding: the day it was made
-- (bound_on) or ended (ended_on), who did it, its channel, the owner's 统筹区 (the account
-- shared is the owner's) and the reason it ended. Who did it is the operator of the binding's
-- audit row (binding.add, binding.end): on a branch server the server itself writes the login
-- there, where the binding's own operator column is what the desk said; a binding an import
-- made has no row of its own and keeps its column. The indexes let a month's report read that
-- month's rows only, and the partial indexes find a binding's rows without reading the whole
-- audit log. On the server the view may be read by the supervisor and auditor roles only
-- (postgresql/0019_report_events.sql). IF NOT EXISTS: a file set back to an older version by
-- hand runs this again unharmed.
CREATE INDEX IF NOT EXISTS bindings_bound_on ON bindings(bound_on);
CREATE INDEX IF NOT EXISTS bindings_ended_on ON bindings(ended_on);
CREATE INDEX IF NOT EXISTS audit_binding_add ON audit(subject) WHERE action = 'binding.add';
CREATE INDEX IF NOT EXISTS audit_binding_end ON audit(subject) WHERE action = 'binding.end';
CREATE VIEW IF NOT EXISTS report_events AS
SELECT b.bound_on AS day, 'made' AS kind,
       coalesce((SELECT a.operator FROM audit a
                  WHERE a.action = 'binding.add' AND a.subject = 'binding:' || b.id
                  ORDER BY a.id LIMIT 1), b.operator) AS operator,
       b.channel AS channel,
       coalesce(o.region_code, '') AS region, coalesce(r.name, o.region_code, '') AS region_name,
       '' AS reason
  FROM bindings b
  LEFT JOIN people o ON o.id = b.owner_id
  LEFT JOIN regions r ON r.code = o.region_code
UNION ALL
SELECT b.ended_on AS day, 'ended' AS kind,
       coalesce((SELECT a.operator FROM audit a
                  WHERE a.action = 'binding.end' AND a.subject = 'binding:' || b.id
                  ORDER BY a.id DESC LIMIT 1), '') AS operator,
       b.channel AS channel, coalesce(o.region_code, '') AS region,
       coalesce(r.name, o.region_code, '') AS region_name, b.end_reason AS reason
  FROM bindings b
  LEFT JOIN people o ON o.id = b.owner_id
  LEFT JOIN regions r ON r.code = o.region_code
 WHERE b.status = 'ended' AND b.ended_on IS NOT NULL;
