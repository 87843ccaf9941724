"""The data folder's protection in the window: the first start's paragraph and choice, the
password, the recovery key shown once, the unlock at every start, and the Settings menu's
encrypt, remove and change-password actions. The keys themselves are services/keys.py's."""

from __future__ import annotations

import os
from pathlib import Path

from ... import paths

MARK = "protection.json"  # services/keys.MARK (a test holds them equal), read without importing the key services


def protected(folder: Path) -> bool:
    """services/keys.protected, without loading the key services (hashlib, the SQLCipher probe)
    into the start of every plain folder: the file that says a folder is protected is there."""
    return (Path(folder) / MARK).exists()


def first_start_needed(folder: Path) -> bool:
    """A new data folder only: no database, no backup, no protection yet (an existing plain
    folder is encrypted from the Settings menu); never in the bundle's self-test."""
    if os.environ.get("SBDESK_SMOKE") or protected(folder) or paths.db_path(folder).exists():
        return False
    backups = paths.backup_dir(folder)
    return not (backups.is_dir() and any(backups.iterdir()))


def show_actions(window) -> None:
    """Settings offers to encrypt a plain folder, and to remove the encryption or change the
    password of a protected one; a branch server (no folder of its own) none of them."""
    folder = not window.desk.conn.url
    locked = folder and protected(window.desk.data_dir)
    window.actions["encrypt"].setVisible(folder and not locked)  # a build without SQLCipher says so when asked
    window.actions["decrypt"].setVisible(locked)
    window.actions["password"].setVisible(locked)
