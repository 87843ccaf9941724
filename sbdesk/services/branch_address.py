"""The branch server's address as the window's settings take it: the doors reach the store's
address rules (store/pg_address.py) only through here."""

from __future__ import annotations

from ..domain.messages import Problem
from ..store import pg_address


def address_problem(text: str) -> str | None:
    """Why ``text`` cannot be kept as the branch address: "scheme" (not postgresql://…) or
    "password" (it holds one, which is never saved); None when it can. An address that does
    not parse raises BadUrl, a StoreError said without the address's password."""
    if not pg_address.is_url(text):
        return "scheme"
    pg_address.parse(text)
    if pg_address.has_password(text):
        return "password"
    return None


def shown(url: str) -> str:
    """The address as a person may see it: never its password."""
    return pg_address.shown(url)


def clear_text_warning(url: str) -> Problem | None:
    """The warning for an address that lets data cross a network unencrypted, or None."""
    return pg_address.clear_text_warning(url)
