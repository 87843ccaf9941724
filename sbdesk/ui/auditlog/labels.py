"""The audit log's action codes in words, for the view's list and its action filter; a code
not listed here (an office's own, a later version's) is shown as it is stored."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain.messages import QT_TRANSLATE_NOOP

CONTEXT = "AuditAction"
ACTIONS = {
    "person.add": QT_TRANSLATE_NOOP("AuditAction", "Person added"),
    "person.edit": QT_TRANSLATE_NOOP("AuditAction", "Person edited"),
    "person.delete": QT_TRANSLATE_NOOP("AuditAction", "Person deleted"),
    "person.reveal_id": QT_TRANSLATE_NOOP("AuditAction", "Full ID number shown"),
    "person.card_status": QT_TRANSLATE_NOOP("AuditAction", "Card accounts recorded"),
    "binding.add": QT_TRANSLATE_NOOP("AuditAction", "Binding made"),
    "binding.end": QT_TRANSLATE_NOOP("AuditAction", "Binding ended"),
    "operator.sign_in": QT_TRANSLATE_NOOP("AuditAction", "Signed in"),
    "exchange.import_people": QT_TRANSLATE_NOOP("AuditAction", "People imported"),
    "exchange.import_bindings": QT_TRANSLATE_NOOP("AuditAction", "Bindings imported"),
    "exchange.export_people": QT_TRANSLATE_NOOP("AuditAction", "People exported"),
    "exchange.export_bindings": QT_TRANSLATE_NOOP("AuditAction", "Bindings exported"),
    "audit.export": QT_TRANSLATE_NOOP("AuditAction", "Audit log exported"),
    "audit.restore_accepted": QT_TRANSLATE_NOOP("AuditAction", "Restore accepted"),
    "audit.seal_migrated": QT_TRANSLATE_NOOP("AuditAction", "Rows sealed after an upgrade"),
    "backup.manual": QT_TRANSLATE_NOOP("AuditAction", "Backup made"),
    "backup.restore": QT_TRANSLATE_NOOP("AuditAction", "Backup restored"),
    "regions.seed": QT_TRANSLATE_NOOP("AuditAction", "Region list installed"),
    "regions.update": QT_TRANSLATE_NOOP("AuditAction", "Region list updated"),
    "policy.pension_figures": QT_TRANSLATE_NOOP("AuditAction", "Pension figures set"),
    "policy.trust_key": QT_TRANSLATE_NOOP("AuditAction", "Policy key trusted"),
    "pension.category": QT_TRANSLATE_NOOP("AuditAction", "Retirement category set"),
    "pension.period_add": QT_TRANSLATE_NOOP("AuditAction", "Contribution period added"),
    "pension.period_remove": QT_TRANSLATE_NOOP("AuditAction", "Contribution period removed"),
    "qinqing.password_set": QT_TRANSLATE_NOOP("AuditAction", "亲情服务 password set"),
    "qinqing.password_wrong": QT_TRANSLATE_NOOP("AuditAction", "亲情服务 password wrong"),
    "qinqing.locked": QT_TRANSLATE_NOOP("AuditAction", "亲情服务 password locked"),
    "qinqing.cancelled": QT_TRANSLATE_NOOP("AuditAction", "亲情服务 application cancelled"),
    "qinqing.draft": QT_TRANSLATE_NOOP("AuditAction", "亲情服务 application kept as a draft"),
    "qinqing.pending_face": QT_TRANSLATE_NOOP("AuditAction", "亲情服务 application waiting for face recognition"),
    "qinqing.opened": QT_TRANSLATE_NOOP("AuditAction", "亲情服务 opened"),
    "regions.import": QT_TRANSLATE_NOOP("AuditAction", "Region list imported"),
    "policy.relations_import": QT_TRANSLATE_NOOP("AuditAction", "Relationship policy imported"),
    "policy.pack_install": QT_TRANSLATE_NOOP("AuditAction", "Policy pack installed"),
    "policy.pension_import": QT_TRANSLATE_NOOP("AuditAction", "Pension figures imported"),
    "audit.seal_existing": QT_TRANSLATE_NOOP("AuditAction", "Rows sealed after an upgrade"),
}


def label(action: str) -> str:
    text = ACTIONS.get(action)
    return QCoreApplication.translate(CONTEXT, text) if text else action
