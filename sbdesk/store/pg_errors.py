"""What the branch server said, as sbdesk's errors and in the clerk's language.

A broken rule is ``ServerRefused``, the store's ``Refused`` as the SQLite file raises it too;
a server that cannot be reached is ``ServerAway``, a grant the signed-in role lacks ``NotAllowed``, anything
else the server refused ``ServerError``: never "the file is damaged", there is no file. libpq's
English is never put inside a translated sentence: the reason is a translated phrase, or the
server's error code (SQLSTATE) where no phrase fits.
"""

from __future__ import annotations

import re

import psycopg
from psycopg import errors as pg_errors

from ..domain.messages import QT_TRANSLATE_NOOP, Problem, Term
from . import errors as db  # StoreError and its kin (errors.py, so db.py is not imported back)


class ServerAway(db.StoreError):
    """The server cannot be reached or went away: nothing was saved, try again."""

    code = "db.server_away"


class NotAllowed(db.StoreError):
    """The signed-in role has no grant for this (a clerk importing policy, say)."""

    code = "db.not_allowed"
    bad_input = True  # the CLI's exit code 2: nothing was written, the request was not allowed


class SignInFailed(db.StoreError):
    code = "db.sign_in"
    bad_input = True


class NoServerDatabase(db.StoreError):
    """The server is there and has no database of the address's name (a typing mistake)."""

    code = "db.no_database"
    bad_input = True


class ServerError(db.StoreError):
    """The server refused for a reason of its own (out of space, a setting): nothing was saved."""

    code = "db.server_error"


class ServerRefused(ServerError, db.Refused):
    """One of the database's own rules refused a change (a unique key, a check, a trigger's
    RAISE): the store's Refused, worded as the server's."""

    code = ServerError.code
    bad_input = True


class BadUrl(db.StoreError):
    code = "db.url"
    bad_input = True


class NoSchema(db.StoreError):
    """The server database has no sbdesk tables and this role may not (or should not) make them."""

    code = "db.server_empty"


class SchemaBehind(db.StoreError):
    """The server's schema is older than this program and this role may not migrate it."""

    code = "db.server_behind"


def term(text: str) -> Term:
    return Term("messages", text)


LOST = term(QT_TRANSLATE_NOOP("messages", "the connection was lost"))
TOO_LONG = term(QT_TRANSLATE_NOOP("messages", "the statement took longer than the server allows"))

#: libpq's English for why a server cannot be reached or a sign-in fails, as words the
#: clerk's language has: the first phrase found in the error's text decides.
AWAY_REASONS = (
    (("connection refused",), QT_TRANSLATE_NOOP("messages", "the server refused the connection")),
    (
        ("failed to resolve host", "could not translate host name", "name or service not known"),
        QT_TRANSLATE_NOOP("messages", "no computer on the network has that name"),
    ),
    (("timeout expired", "timed out"), QT_TRANSLATE_NOOP("messages", "the server did not answer in time")),
    (
        ("no route to host", "network is unreachable"),
        QT_TRANSLATE_NOOP("messages", "the network cannot reach the server"),
    ),
    (
        ("starting up", "shutting down", "in recovery mode"),
        QT_TRANSLATE_NOOP("messages", "the server is starting or stopping"),
    ),
    (
        ("server closed the connection", "terminating connection", "connection is lost", "connection is closed"),
        LOST.text,
    ),
    (
        ("root certificate file",),
        QT_TRANSLATE_NOOP(
            "messages",
            "there is no root certificate to check the server's against: add "
            "sslrootcert=<the branch's CA file> to the address, or sslrootcert=system",
        ),
    ),
    (
        ("certificate verify failed", "does not match host name", "server certificate for"),
        QT_TRANSLATE_NOOP("messages", "the server's certificate could not be verified"),
    ),
    (
        ("ssl was required", "ssl is not enabled", "ssl not supported", "unsupported ssl"),
        QT_TRANSLATE_NOOP("messages", "the server offers no encrypted connection"),
    ),
    (("ssl", "tls"), QT_TRANSLATE_NOOP("messages", "the encrypted connection could not be made")),
)

#: why a sign-in was refused (exit 2: the address or the password is wrong, not the network)
SIGN_IN_REASONS = (
    (("no password supplied",), QT_TRANSLATE_NOOP("messages", "no password was given")),
    (
        ("password authentication failed", 'role "', "authentication failed"),
        QT_TRANSLATE_NOOP("messages", "the user name or the password is wrong"),
    ),
    (
        ("no pg_hba.conf entry",),
        QT_TRANSLATE_NOOP(
            "messages",
            "the server does not accept this sign-in from this computer (or not without an encrypted connection)",
        ),
    ),
)


def _first(text: str, table) -> Term | None:
    low = text.lower()
    for needles, words in table:
        if any(needle in low for needle in needles):
            return term(words)
    return None


def away_reason(text: str) -> Term | Problem:
    """Why the server cannot be reached, in the UI language (libpq's own words never are)."""
    return _first(text, AWAY_REASONS) or Problem("db.why.unknown")


def connect_error(text: str, where: str, dbname: str, host: str) -> db.StoreError:
    """The error of a failed sign-in, from libpq's text (a failed connection has no SQLSTATE)."""
    if re.search(r'database "[^"]*" does not exist', text):
        return NoServerDatabase(where, host=host, name=dbname)
    if "permission denied for database" in text:
        return NotAllowed(where, detail=Problem("db.why.permission", what=dbname))
    refused = _first(text, SIGN_IN_REASONS)
    if refused is not None:
        return SignInFailed(where, detail=refused)
    return ServerAway(where, detail=away_reason(text))


_OBJECT = re.compile(r"permission denied for (?:table|relation|sequence|schema|function|view|database) (\S+)")


def why(exc: psycopg.Error) -> Term | Problem:
    """The reason of a statement's error: a phrase where one fits, else its rule or code."""
    state = getattr(exc, "sqlstate", None) or ""
    diag = getattr(exc, "diag", None)
    primary = (getattr(diag, "message_primary", None) or str(exc)).strip()
    found = _OBJECT.search(primary)
    if found:
        return Problem("db.why.permission", what=found.group(1))
    if state == "57014":
        return TOO_LONG
    rule = getattr(diag, "constraint_name", None)
    if rule:
        return Problem("db.why.rule", rule=rule, state=state)
    return Problem("db.why.state", state=state or type(exc).__name__)


def as_store_error(exc: psycopg.Error, where: str, closed: bool = False) -> db.StoreError:
    state = getattr(exc, "sqlstate", None) or ""
    if isinstance(exc, pg_errors.InsufficientPrivilege):
        return NotAllowed(where, detail=why(exc))
    if isinstance(exc, psycopg.IntegrityError) or state == "P0001":
        # the services turn a broken rule into their own message; one that gets past them is
        # said as what it is, the server's refusal (its own words kept for the log and tests)
        text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        refused = ServerRefused(where, detail=why(exc))
        refused.args = (f"{refused.code}: {text}",)
        return refused
    if isinstance(exc, pg_errors.LockNotAvailable | pg_errors.SerializationFailure | pg_errors.DeadlockDetected):
        return db.DatabaseLocked(where)
    if isinstance(exc, pg_errors.QueryCanceled):  # statement_timeout: busy, try again
        return db.DatabaseLocked(where)
    # a session lost has no SQLSTATE (or class 08, or 57P: the server shutting down); an
    # OperationalError with another code is the server's own refusal (53100: its disk is full)
    if (
        closed
        or state.startswith(("08", "57P"))
        or (not state and isinstance(exc, psycopg.OperationalError | psycopg.InterfaceError))
    ):
        return ServerAway(where, detail=away_reason(str(exc)))
    return ServerError(where, detail=why(exc))
