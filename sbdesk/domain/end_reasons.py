"""Why a binding ends: a short list a clerk picks from at the counter, and the changes that
end one by themselves. The reason is kept in the binding's record in the counter's language
of record (Chinese), with the clerk's own words where the reason is "other"."""

from __future__ import annotations

from .messages import QT_TRANSLATE_NOOP
from .models import Person

CONTEXT = "end_reasons"

#: key -> (Chinese text of record, English label for the UI)
REASONS: dict[str, tuple[str, str]] = {
    "own_request": ("本人申请", QT_TRANSLATE_NOOP("end_reasons", "at the person's request")),
    "entry_error": ("录入错误", QT_TRANSLATE_NOOP("end_reasons", "entered by mistake")),
    "relation_changed": ("关系变更", QT_TRANSLATE_NOOP("end_reasons", "the relationship changed")),
    "insurance_ended": ("参保关系终止", QT_TRANSLATE_NOOP("end_reasons", "insurance ended")),
    "deceased": ("身故", QT_TRANSLATE_NOOP("end_reasons", "deceased")),
    "other": ("其他", QT_TRANSLATE_NOOP("end_reasons", "other (say what)")),
}
DETAIL_LIMIT = 100

#: Why a binding ended by itself (``ends_sharing``), kept as its end reason like a clerk's.
AUTOMATIC = {
    "insurance_ended": REASONS["insurance_ended"][0] + "（自动解除）",
    "region_moved": "转出统筹区（自动解除）",
}


def record(key: str, detail: str = "") -> str | None:
    """The reason as it is kept, or None when it is not complete ("other" needs words)."""
    if key not in REASONS:
        return None
    detail = " ".join(detail.split())[:DETAIL_LIMIT]
    if key == "other":
        return f"其他：{detail}" if detail else None
    return REASONS[key][0] + (f"：{detail}" if detail else "")


def ends_sharing(before: Person, after: Person, as_owner: bool) -> str | None:
    """A binding ends by itself when either side's insurance ends or moves to another 统筹区
    (新华社 2026-01-09): the owner leaving 职工医保 takes away the personal account; a member
    leaving basic medical insurance altogether ends what may be paid for. The key of
    ``AUTOMATIC``, or None when the binding stands."""
    if after.region_code != before.region_code:
        return "region_moved"
    if as_owner and before.insurance == "employee" and after.insurance != "employee":
        return "insurance_ended"
    if after.insurance == "none" and before.insurance != "none":
        return "insurance_ended"
    return None
