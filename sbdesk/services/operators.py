"""Signing in at a counter (first start, shift change) or at home: who the audit log,
receipts and face-check records name from then on, with one audit row per sign-in."""

from __future__ import annotations

from ..domain import operator
from ..domain.messages import Problem
from ..store import db
from .desk import Desk
from .errors import InputError


def sign_in(desk: Desk, place: str, name: str, staff_id: str = "") -> str:
    """Check what was typed, make it the desk's operator and record it; returns the text
    that names them (``张伟（工号 0123）``). Raises InputError by field."""
    clean, staff, problems = operator.check(place, name, staff_id)
    if problems:
        raise InputError(problems)
    who = operator.label(clean, staff, place)
    previous, desk.operator = desk.operator, who  # the sign-in row is the new operator's own
    try:
        with db.transaction(desk.conn):
            desk.audit("operator.sign_in", "operator", place=place, **({"staff_id": staff} if staff else {}))
    except BaseException:
        desk.operator = previous
        raise
    desk.needs_operator = False
    return who


def require(desk: Desk) -> None:
    """Binding and receipts name their 经办人: refused at a counter nobody signed in to."""
    if desk.needs_operator:
        raise InputError([("operator", Problem("operator.missing"))])
