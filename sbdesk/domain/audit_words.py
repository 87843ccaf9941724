"""The audit log's action codes and detail keys in words, for every door that shows the log to
a person (the audit view, `sbdesk audit`, its export); a code not listed here (an office's own,
a later version's) is shown as it is stored. Each door passes its own translator
(``translate(context, source)``), so the words are the same in the window and at the prompt."""

from __future__ import annotations

from collections.abc import Callable

from . import relations
from .messages import QT_TRANSLATE_NOOP

Translate = Callable[[str, str], str]

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
    "audit.restore_declared": QT_TRANSLATE_NOOP("AuditAction", "Server database restore declared"),
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
    "policy.retention": QT_TRANSLATE_NOOP("AuditAction", "Days to keep pictures set"),
    "retention.purge": QT_TRANSLATE_NOOP("AuditAction", "Pictures deleted after their days"),
    "attachment.view": QT_TRANSLATE_NOOP("AuditAction", "Picture viewed"),
    "exchange.export_full_ids": QT_TRANSLATE_NOOP("AuditAction", "Exported with full ID numbers"),
    "audit.seal_existing": QT_TRANSLATE_NOOP("AuditAction", "Rows sealed after an upgrade"),
    "keys.encrypt": QT_TRANSLATE_NOOP("AuditAction", "Data folder encrypted"),
    "keys.decrypt": QT_TRANSLATE_NOOP("AuditAction", "Data folder encryption removed"),
    "keys.password": QT_TRANSLATE_NOOP("AuditAction", "Data folder password changed"),
}


def label(action: str, translate: Translate) -> str:
    text = ACTIONS.get(action)
    return translate(CONTEXT, text) if text else action


# the detail keys a reader meets most, in words; another key is shown as it is stored
DETAILS = {
    "purpose": QT_TRANSLATE_NOOP("AuditDetail", "purpose"),
    "id_number": QT_TRANSLATE_NOOP("AuditDetail", "ID number"),
    "region": QT_TRANSLATE_NOOP("AuditDetail", "region"),
    "owner": QT_TRANSLATE_NOOP("AuditDetail", "owner"),
    "member": QT_TRANSLATE_NOOP("AuditDetail", "member"),
    "relation": QT_TRANSLATE_NOOP("AuditDetail", "relationship"),
    "channel": QT_TRANSLATE_NOOP("AuditDetail", "channel"),
    "bound_on": QT_TRANSLATE_NOOP("AuditDetail", "bound on"),
    "ended_on": QT_TRANSLATE_NOOP("AuditDetail", "ended on"),
    "reason": QT_TRANSLATE_NOOP("AuditDetail", "reason"),
    "fields": QT_TRANSLATE_NOOP("AuditDetail", "changed"),
    "ended_bindings": QT_TRANSLATE_NOOP("AuditDetail", "bindings ended"),
    "file": QT_TRANSLATE_NOOP("AuditDetail", "file"),
    "rows": QT_TRANSLATE_NOOP("AuditDetail", "rows"),
    "masked": QT_TRANSLATE_NOOP("AuditDetail", "ID numbers masked"),
    "destination": QT_TRANSLATE_NOOP("AuditDetail", "copy"),
    "source": QT_TRANSLATE_NOOP("AuditDetail", "restored from"),
    "place": QT_TRANSLATE_NOOP("AuditDetail", "place"),
    "staff_id": QT_TRANSLATE_NOOP("AuditDetail", "工号"),
    "edition": QT_TRANSLATE_NOOP("AuditDetail", "edition"),
    "regions": QT_TRANSLATE_NOOP("AuditDetail", "regions"),
    "added": QT_TRANSLATE_NOOP("AuditDetail", "added"),
    "category": QT_TRANSLATE_NOOP("AuditDetail", "category"),
    "start": QT_TRANSLATE_NOOP("AuditDetail", "from"),
    "end": QT_TRANSLATE_NOOP("AuditDetail", "to"),
    "base": QT_TRANSLATE_NOOP("AuditDetail", "contribution base"),
    "ss_account": QT_TRANSLATE_NOOP("AuditDetail", "社保账户"),
    "financial_account": QT_TRANSLATE_NOOP("AuditDetail", "金融账户"),
    "clerks": QT_TRANSLATE_NOOP("AuditDetail", "clerks"),
    "action": QT_TRANSLATE_NOOP("AuditDetail", "action"),
    "since": QT_TRANSLATE_NOOP("AuditDetail", "from"),
    "before": QT_TRANSLATE_NOOP("AuditDetail", "before"),
    "batches": QT_TRANSLATE_NOOP("AuditDetail", "reports"),
    "office_regions_kept": QT_TRANSLATE_NOOP("AuditDetail", "office's own regions kept"),
    "restore": QT_TRANSLATE_NOOP("AuditDetail", "restore"),
    "row": QT_TRANSLATE_NOOP("AuditDetail", "restored to audit row"),
    "images": QT_TRANSLATE_NOOP("AuditDetail", "pictures"),
    "applications": QT_TRANSLATE_NOOP("AuditDetail", "applications"),
    "days": QT_TRANSLATE_NOOP("AuditDetail", "days"),
    "kind": QT_TRANSLATE_NOOP("AuditDetail", "file"),
    "side": QT_TRANSLATE_NOOP("AuditDetail", "side"),
}
# why a full ID number was shown, as the doors record it
PURPOSES = {
    "members tab": QT_TRANSLATE_NOOP("AuditDetail", "family members tab"),
    "audit log": QT_TRANSLATE_NOOP("AuditDetail", "audit log"),
    "cli show": QT_TRANSLATE_NOOP("AuditDetail", "command line, one person"),
    "cli list": QT_TRANSLATE_NOOP("AuditDetail", "command line, a list"),
    "wizard": QT_TRANSLATE_NOOP("AuditDetail", "亲情服务 application, picture at full size"),
}
# a handed-in file's kind and side (attachment.view), in words
FILE_WORDS = {
    "credential": QT_TRANSLATE_NOOP("AuditDetail", "identity credential"),
    "face_photo": QT_TRANSLATE_NOOP("AuditDetail", "face photo"),
    "face_capture": QT_TRANSLATE_NOOP("AuditDetail", "picture of the face recognition"),
    "front": QT_TRANSLATE_NOOP("AuditDetail", "front"),
    "back": QT_TRANSLATE_NOOP("AuditDetail", "back"),
}
HIDDEN = ("seals", "sealed")  # the chain's own bookkeeping, not a reader's


def detail(values: dict, translate: Translate, channel: Callable[[str], str] = str) -> str:
    """A row's detail in words: each known key translated, a relationship and a channel by
    their names; values as recorded (ID numbers were masked when written)."""
    parts = []
    for key, value in values.items():
        if key in HIDDEN or value in ("", None, [], {}):
            continue
        if key == "relation" and value in relations.KINDS:
            shown = translate(relations.CONTEXT, relations.KINDS[value][1])
        elif key == "purpose" and value in PURPOSES:
            shown = translate("AuditDetail", PURPOSES[value])
        elif key in ("kind", "side") and value in FILE_WORDS:
            shown = translate("AuditDetail", FILE_WORDS[value])
        elif key == "channel" and isinstance(value, str):
            shown = channel(value)
        elif isinstance(value, bool):
            shown = translate("AuditDetail", "yes" if value else "no")
        elif isinstance(value, list):
            shown = translate("AuditDetail", ", ").join(str(v) for v in value)
        else:
            shown = str(value)
        name = translate("AuditDetail", DETAILS[key]) if key in DETAILS else key
        parts.append(translate("AuditDetail", "{key}: {value}").format(key=name, value=shown))
    return translate("AuditDetail", "; ").join(parts)


QT_TRANSLATE_NOOP("AuditDetail", "yes")
QT_TRANSLATE_NOOP("AuditDetail", "no")
QT_TRANSLATE_NOOP("AuditDetail", ", ")
QT_TRANSLATE_NOOP("AuditDetail", "{key}: {value}")
QT_TRANSLATE_NOOP("AuditDetail", "; ")
