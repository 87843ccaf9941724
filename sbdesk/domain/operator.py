"""Who is working: the one text that names them in the audit log, on receipts and on
face-check records, and the checks of what a clerk types when signing in.

A window works at a counter (a social-security branch, a hospital's insurance office), where
a clerk signs in with name and 工号, or at home, where nobody is an operator: the person
using it is recorded as themselves (本人), with their name when they gave one. The text is
data kept in the audit log and on bindings, so it is the same whatever the UI language.
"""

from __future__ import annotations

import re
import unicodedata

from .messages import Problem

PLACES = ("counter", "home")
NAME_LIMIT = 30
STAFF_ID_LIMIT = 20
_STAFF_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*")


def label(name: str | None, staff_id: str | None = None, place: str = "counter") -> str:
    """``张伟（工号 0123）`` at a counter; ``李娜（本人）`` or ``本人`` at home."""
    name = " ".join((name or "").split())
    if place == "home":
        return f"{name}（本人）" if name else "本人"
    return f"{name}（工号 {staff_id}）" if staff_id else name


def check(place: str | None, name: str, staff_id: str) -> tuple[str, str, list[tuple[str, Problem]]]:
    """The cleaned name and 工号, and each problem by field ("place", "name", "staff_id").
    At a counter both are required; at home the name is optional and there is no 工号."""
    problems: list[tuple[str, Problem]] = []
    clean = " ".join(unicodedata.normalize("NFKC", name or "").split())
    staff = unicodedata.normalize("NFKC", staff_id or "").strip().upper()
    if place not in PLACES:
        problems.append(("place", Problem("operator.place")))
    if len(clean) > NAME_LIMIT:
        problems.append(("name", Problem("name.too_long", limit=NAME_LIMIT)))
    elif any(unicodedata.category(ch)[0] == "C" for ch in clean):
        problems.append(("name", Problem("name.characters")))
    elif "<" in clean or ">" in clean:  # markup, not a name: the status bar would render it
        problems.append(("name", Problem("name.markup")))
    if place == "counter":
        if not clean:
            problems.append(("name", Problem("operator.name_empty")))
        if not staff:
            problems.append(("staff_id", Problem("operator.staff_id_empty")))
        elif len(staff) > STAFF_ID_LIMIT or not _STAFF_ID.fullmatch(staff):
            problems.append(("staff_id", Problem("operator.staff_id_format", limit=STAFF_ID_LIMIT)))
    else:
        staff = ""
    return clean, staff, problems
