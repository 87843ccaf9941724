"""Option types and the global options of ``sbdesk``'s command line."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from .. import i18n, paths
from .argparse_zh import say

if TYPE_CHECKING:
    from typing import Any, TypeVar

    P = TypeVar("P", bound=argparse.ArgumentParser)


def number(text: str) -> int:
    """A whole number SQLite can hold (64-bit): a longer one is bad input, not a traceback."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(say("invalid number: %s") % repr(text)) from None
    if not -(2**63) <= value < 2**63:
        raise argparse.ArgumentTypeError(say("number out of range: %s") % text[:30])
    return value


def global_options(common: P, defaults: bool) -> P:
    """The options every command takes. The top level sets their defaults; the sub-commands'
    copies default to SUPPRESS, so a value given before the sub-command is not overwritten
    by the sub-command's default (argparse would otherwise drop it silently)."""
    unset: dict[str, Any] = {} if defaults else {"default": argparse.SUPPRESS}
    common.add_argument("--data-dir", help="data folder (default: SBDESK_DATA_DIR or the user data folder)", **unset)
    common.add_argument("--json", action="store_true", help="print JSON", **unset)
    common.add_argument("--lang", choices=i18n.LANGUAGES, help="language of messages", **unset)
    common.add_argument(
        "--operator",
        help="who is doing this, for the audit log (on a branch server: the signed-in "
        "database user, whatever this says)",
        **unset,
    )
    common.add_argument(
        "--database",
        metavar="URL",
        help="a branch server, postgresql://user@host/db (default: "
        "SBDESK_DATABASE; none: the SQLite file in the data folder)",
        **unset,
    )
    return common


def address_warnings(args, tx) -> None:
    """One line on stderr each: a password typed in an address on the command line (every
    user's `ps` shows it), and an address that lets ID numbers cross a network in clear text."""
    typed = [u for u in (getattr(args, "database", None), getattr(args, "url", None)) if u]
    # the window warns in its own status bar; idcheck and retirement open no database
    used = [*typed, paths.database()] if args.command and args.command not in ("idcheck", "retirement") else typed
    urls = list(
        dict.fromkeys(u.strip() for u in used if u and u.strip().lower().startswith(("postgresql:", "postgres:")))
    )
    if not urls:
        return
    from ..store import pg_address  # psycopg is loaded only for a branch server

    found = [pg_address.password_warning(u) for u in typed] + [pg_address.clear_text_warning(u) for u in urls]
    for problem in dict.fromkeys(p for p in found if p is not None):
        print(problem.render(tx), file=sys.stderr)
