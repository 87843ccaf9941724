"""A branch server's address (``postgresql://user@host/db?…``): read without ever showing its
password, and encrypted and verified unless it says otherwise.

TLS: libpq's own default (``prefer``) falls back to clear text when anything on the path
refuses TLS, and ID numbers would then cross the network readable. So an address that names
no ``sslmode`` (and no ``PGSSLMODE`` in the environment) is given ``verify-full``: encrypted,
and the server's certificate checked against ``sslrootcert`` (libpq's default
``~/.postgresql/root.crt``; ``sslrootcert=system`` for the system's CAs) and its name. A
server on this computer (localhost, 127.x, ::1, a unix socket) keeps libpq's ``prefer``:
nothing crosses a network. Clear text to another computer is only what the address asks for
(``sslmode=disable``, ``allow`` or ``prefer``), and is warned about (``clear_text_warning``).
"""

from __future__ import annotations

import os
from urllib.parse import urlsplit

import psycopg

from ..domain.messages import QT_TRANSLATE_NOOP, Problem
from .pg_errors import BadUrl, term

SCHEMES = ("postgresql://", "postgres://")
#: sslmode values that may send everything in clear text
WEAK = ("disable", "allow", "prefer")

BAD_PERCENT = QT_TRANSLATE_NOOP(
    "messages", "a % sign that is not followed by two hexadecimal digits (write %25 for a % sign)"
)
UNREADABLE = QT_TRANSLATE_NOOP("messages", "the address cannot be read")
NOT_A_URL = term(QT_TRANSLATE_NOOP("messages", "it must begin with postgresql://"))


def is_url(text: str | None) -> bool:
    return bool(text) and str(text).strip().lower().startswith(SCHEMES)


def parse(url: str) -> dict[str, str]:
    """libpq's reading of the address; BadUrl (naming it without its password, and with a
    reason of sbdesk's own: libpq's message quotes the bad part, which may be the password)."""
    try:
        return {k: str(v) for k, v in psycopg.conninfo.conninfo_to_dict(url).items() if v is not None}
    except psycopg.ProgrammingError as exc:
        text = str(exc)
        if "percent" in text:
            detail: object = term(BAD_PERCENT)
        elif "query parameter" in text and '"' in text:  # the parameter's name, never its value
            detail = Problem("db.why.parameter", name=text.split('"')[1].partition("=")[0][:40])
        else:
            detail = term(UNREADABLE)
        raise BadUrl(shown(url), detail=detail) from None


def shown(url: str) -> str:
    """The address as it may be shown or logged: user, host, port and database, no password
    (an address libpq cannot read is shown as far as it can be split, still without one)."""
    try:
        info = psycopg.conninfo.conninfo_to_dict(url)
        host, port, user, dbname = (str(info[k]) if info.get(k) else None for k in ("host", "port", "user", "dbname"))
    except psycopg.ProgrammingError:
        parts = urlsplit(url.strip())
        netloc = parts.netloc.rpartition("@")
        user = netloc[0].partition(":")[0] if netloc[1] else None
        host = netloc[2].rpartition(":")[0] if ":" in netloc[2] and not netloc[2].endswith("]") else netloc[2]
        port = netloc[2].rpartition(":")[2] if host != netloc[2] else None
        dbname = parts.path.lstrip("/")
    return f"postgresql://{user + '@' if user else ''}{host or 'localhost'}{':' + port if port else ''}/{dbname or ''}"


def has_password(url: str) -> bool:
    """Does the address carry a password (one libpq cannot read counts when it looks like it)?"""
    try:
        return bool(psycopg.conninfo.conninfo_to_dict(url).get("password"))
    except psycopg.ProgrammingError:
        parts = urlsplit(url.strip())
        return ":" in parts.netloc.rpartition("@")[0] or "password=" in parts.query.lower()


def is_local(info: dict[str, str]) -> bool:
    """Does every host of the address stay on this computer (a socket, localhost, 127.x, ::1)?"""
    hosts = (info.get("hostaddr") or info.get("host") or "").split(",")
    return all(
        not h or h.startswith(("/", "@", "127.")) or h.lower() in ("localhost", "::1", "[::1]")
        for h in (h.strip() for h in hosts)
    )


def sslmode(info: dict[str, str]) -> str | None:
    """The sslmode the address (or PGSSLMODE) asks for; None when neither does."""
    return info.get("sslmode") or os.environ.get("PGSSLMODE") or None


def tls_default(info: dict[str, str]) -> dict[str, str]:
    """What connect() adds to the address: the sslmode when it names none (module docstring)."""
    if sslmode(info):
        return {}
    return {"sslmode": "prefer" if is_local(info) else "verify-full"}


def clear_text_warning(url: str) -> Problem | None:
    """The warning an address asking for a connection that may be clear text across a network
    gets (on stderr, in the window's log and status bar); None for any other."""
    try:
        info = parse(url)
    except BadUrl:
        return None
    mode = sslmode(info)
    if mode in WEAK and not is_local(info):
        return Problem("db.clear_text", path=shown(url), mode=mode)
    return None


def password_warning(url: str) -> Problem | None:
    """A password typed in ``--database`` is in the process list for every user to read."""
    return Problem("db.password_in_argv") if is_url(url) and has_password(url) else None
