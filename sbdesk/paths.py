"""Where sbdesk keeps things: one place, overridable for tests and offices.

``--data-dir`` wins, then ``SBDESK_DATA_DIR``, then the platformdirs user data folder.
Resources sit beside the package in a checkout and under ``sys._MEIPASS`` in a bundle.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

APP = "sbdesk"
DB_NAME = "sbdesk.db"


def data_dir(override: str | os.PathLike | None = None) -> Path:
    if override:
        return Path(override).expanduser()
    env = os.environ.get("SBDESK_DATA_DIR")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir
    return Path(user_data_dir(APP, appauthor=False))


_chosen: str | None = None


def choose_database(url: str | None) -> None:
    """The process's choice (``--database``, the window's setting): every desk it opens, the
    background jobs' too, uses it."""
    global _chosen
    _chosen = url


def database(override: str | None = None) -> str:
    """The branch server's URL (``--database`` or the window's setting, then
    ``SBDESK_DATABASE``), or "" for the SQLite file in the data folder. An empty
    ``--database ""`` chooses the file."""
    for value in (override, _chosen):
        if value is not None:
            return value.strip()
    return os.environ.get("SBDESK_DATABASE", "").strip()


def db_path(folder: Path) -> Path:
    return folder / DB_NAME


def backup_dir(folder: Path) -> Path:
    return folder / "backups"


def resource_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def i18n_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "i18n"
    return Path(__file__).resolve().parent.parent / "i18n"
