"""The auditor's view of the audit log (Tools → Audit log…)."""
