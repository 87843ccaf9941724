"""Why a binding is ended at the counter: a short list a clerk picks from, kept in the
binding's record in the counter's language of record (Chinese), with the clerk's own words
where the reason is "other"."""
from __future__ import annotations

from .messages import QT_TRANSLATE_NOOP

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


def record(key: str, detail: str = "") -> str | None:
    """The reason as it is kept, or None when it is not complete ("other" needs words)."""
    if key not in REASONS:
        return None
    detail = " ".join(detail.split())[:DETAIL_LIMIT]
    if key == "other":
        return f"其他：{detail}" if detail else None
    return REASONS[key][0] + (f"：{detail}" if detail else "")
