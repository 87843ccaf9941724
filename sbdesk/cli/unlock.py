"""The step every command that opens the data folder takes first: a protected (encrypted)
folder is unlocked by SBDESK_KEY_FILE, the system keyring, or the password typed at the
terminal (services/keys.py ``unlock``). With no terminal and nothing else, one line naming
SBDESK_KEY_FILE and exit 2. A branch server's database is not the folder's: nothing to unlock."""

from __future__ import annotations

import getpass
import sys

from .. import paths
from ..domain.messages import QT_TRANSLATE_NOOP
from ..services import keys


def unlock(args, tx, database: str | None = None) -> None:
    """Unlock the data folder ``args`` names, unless the command works on a branch server."""
    if paths.database(database):
        return
    keys.unlock(paths.data_dir(args.data_dir), ask=terminal_prompt(tx))


def terminal_prompt(tx):
    """The password (or the recovery key) typed at the terminal, not echoed; None (no prompt)
    when no one is there to answer (a script, CI)."""
    if not sys.stdin.isatty():
        return None

    def ask(what: str) -> str | None:
        return typed(tx("cli", QT_TRANSLATE_NOOP("cli", "Password or recovery key of the data folder: ")))

    return ask


def typed(prompt: str) -> str | None:
    """One line typed without echo; None when the input ended (Ctrl+D)."""
    try:
        return getpass.getpass(prompt)
    except EOFError:
        return None
