"""Which edition of the policy data answers, and whether it has grown old: read by the
window's status bar at every start, so it imports nothing a pack install needs."""

from __future__ import annotations

from datetime import date

from ..domain.edition import Edition, stale_since
from .desk import Desk, pack_in_use, shipped_edition

DEFAULT_MONTHS = 6  # only if a manifest lost its figure; resources/manifest.json holds the real one


def in_use(desk: Desk) -> Edition:
    """The shipped edition, or the office's installed pack when it is newer (open_desk and an
    install decide; see services/desk.py apply_installed_pack)."""
    return pack_in_use() or shipped_edition()


def stale_after(desk: Desk) -> int:
    """How many months an edition stays current: the pack's figure, else the shipped one's."""
    return in_use(desk).stale_after_months or shipped_edition().stale_after_months or DEFAULT_MONTHS


def stale(desk: Desk) -> date | None:
    """The day the edition in use became stale, or None while it is current."""
    return stale_since(in_use(desk), stale_after(desk), desk.today())
