-- sbdesk on PostgreSQL, schema 19: the supervisor's report of bindings made and ended, as the
-- common file ../0019_report_events.sql makes it (the same indexes and view, said why there),
-- then the grants: the server itself decides who may read the report. A clerk's login
-- (sbdesk_clerk) is refused the view ("permission denied"), which the report says as "only a
-- supervisor or an auditor"; a supervisor is a clerk who may also read it. (Every table keeps
-- its SELECT for clerks: a desk reads people and bindings to work.)
CREATE INDEX bindings_bound_on ON bindings(bound_on);
CREATE INDEX bindings_ended_on ON bindings(ended_on);
CREATE INDEX audit_binding_add ON audit(subject) WHERE action = 'binding.add';
CREATE INDEX audit_binding_end ON audit(subject) WHERE action = 'binding.end';
CREATE VIEW report_events AS
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
REVOKE ALL ON report_events FROM PUBLIC, sbdesk_clerk;
GRANT SELECT ON report_events TO sbdesk_supervisor, sbdesk_auditor;
