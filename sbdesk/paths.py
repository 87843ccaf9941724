"""Where sbdesk keeps things: one place, overridable for tests and offices.

``--data-dir`` wins, then ``SBDESK_DATA_DIR``, then the platformdirs user data folder.
The shipped folders (``resources``, ``i18n``) are looked for in one order: the bundle, the
installed package, the checkout (see ``shipped``).
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

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
    ``SBDESK_DATABASE``, then the computer's preset), or "" for the SQLite file in the data
    folder. An empty ``--database ""`` chooses the file."""
    for value in (override, _chosen):
        if value is not None:
            return value.strip()
    return os.environ.get("SBDESK_DATABASE", "").strip() or preset_database()


PRESET = "branch.ini"
PRESET_SECTION = "branch"
UNREADABLE = "unreadable-preset:"  # no address begins so
PRESET_MAX = 64 * 1024  # characters: a few lines, far more than any preset needs


def preset_file() -> Path:
    """The settings file IT deploys for every user of a computer (``SBDESK_PRESET`` names
    another): /etc/xdg/sbdesk/branch.ini on Linux (the first of XDG_CONFIG_DIRS),
    C:\\ProgramData\\sbdesk\\branch.ini on Windows, /Library/Application Support/sbdesk on macOS."""
    env = os.environ.get("SBDESK_PRESET")
    if env:
        return Path(env).expanduser()
    from platformdirs import site_config_dir

    return Path(site_config_dir(APP, appauthor=False)) / PRESET


def preset_database() -> str:
    """The branch server every desk of this computer uses unless it chose one itself
    (``database =`` under ``[branch]``); "" without a preset. A preset that cannot be read is
    never taken for none (the desk would quietly work on a file of its own): its address is
    then ``UNREADABLE`` and the file's name, which open_desk refuses, naming the file."""
    import configparser

    path = preset_file()
    parser = configparser.ConfigParser(interpolation=None)
    try:
        # only a regular file of a settings file's size: a pipe waits for a writer and
        # /dev/zero never ends, and the desk would hang at its start (stat does not block)
        if not stat.S_ISREG(os.stat(path).st_mode):
            return f"{UNREADABLE}{path}"
        with open(path, encoding="utf-8-sig") as fh:
            text = fh.read(PRESET_MAX + 1)
        if len(text) > PRESET_MAX:
            return f"{UNREADABLE}{path}"
        parser.read_string(text, str(path))
    except FileNotFoundError:
        return ""
    except (OSError, ValueError, configparser.Error):  # UnicodeDecodeError, a NUL in the name
        return f"{UNREADABLE}{path}"
    url = parser.get(PRESET_SECTION, "database", fallback="").strip()
    # a file without [branch] ("[Branch]") is IT's mistake, not "no server"; a password in a file
    # every user reads would sign them all in as one login, so it is refused rather than used
    if not parser.has_section(PRESET_SECTION) or _with_password(url):
        return f"{UNREADABLE}{path}"
    return url


def _with_password(url: str) -> bool:
    try:
        parts = urlsplit(url)
        return bool(parts.password) or "password" in {k.lower() for k in parse_qs(parts.query)}
    except ValueError:  # not an address at all: open_desk says so
        return False


def db_path(folder: Path) -> Path:
    return folder / DB_NAME


def backup_dir(folder: Path) -> Path:
    return folder / "backups"


def shipped(name: str, checkout: str | None = None) -> Path:
    """The shipped folder ``name`` ("resources", "i18n" or "icons"), from the first place that
    has it: a PyInstaller bundle (``sys._MEIPASS``, build.spec); the installed package's ``data``
    folder (a wheel's build copies them in, setup.py); in a checkout or an editable install,
    ``checkout`` (a path from the repository's root; default: ``name`` itself)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / name
    package = Path(__file__).resolve().parent
    installed = package / "data" / name
    if installed.is_dir():
        return installed
    return package.parent / (checkout or name)


def resource_dir() -> Path:
    return shipped("resources")


def i18n_dir() -> Path:
    return shipped("i18n")
