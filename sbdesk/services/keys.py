"""A protected data folder's keys: protect a folder (new, or encrypt an existing one), unlock
it before its database is opened, change its password, take the protection off.

The folder's secret (48 bytes: the SQLCipher key and salt, store/cipher.py) lives in this
process only. Outside it, it is kept in the system keyring when the person asks
(keychain.py) and wrapped by the password and by the recovery key in protection.json
(protection.py). Without the password or the recovery key, the data cannot be read: there is
no back door. Nothing here prints or logs a key or a password; no message quotes what was typed.
"""

from __future__ import annotations

import os
import stat
import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from .. import crash, paths, portable
from ..domain import recovery_key
from ..domain.messages import Problem
from ..store import cipher, cipher_move, db, fileguard
from . import backup, keychain, protection
from .desk import open_desk
from .errors import InputError, NoDatabase, StoreError
from .protection import MARK, Protection

__all__ = ["MARK", "KEY_FILE", "protected", "can_encrypt", "keyring_available", "create", "unlock"]
__all__ += ["encrypt", "decrypt", "change_password", "lock", "key_file_text", "read_key_file", "check_password"]

KEY_FILE = "SBDESK_KEY_FILE"  # a file (0600) whose one line is the password or the recovery key
MIN_PASSWORD = 8
_KEY_FILE_MAX = 4096  # bytes: one line
_SECRETS: dict[Path, bytes] = {}  # the folders this process unlocked (decrypt and a new password need it)


def _fail(code: str, field: str = "", **params) -> InputError:
    return InputError([(field, Problem(code, **params))])


def _key(folder: Path) -> Path:
    """One spelling per folder (a symlink, a relative path), as store/cipher.py keys it."""
    return Path(folder).expanduser().resolve()


def protected(folder: Path) -> bool:
    """The folder is protected: its protection.json is there."""
    return protection.mark(_key(folder)).exists()


def can_encrypt() -> bool:
    return cipher.available()


def keyring_available() -> bool:
    return keychain.available()


def check_password(password: str) -> str:
    """The password to use (surrounding spaces dropped, as a key file's line end is), or
    InputError when it is too short to protect anything."""
    password = password.strip()
    if len(password) < MIN_PASSWORD:
        raise _fail("keys.password_short", "password", minimum=MIN_PASSWORD)
    return password


def _register(folder: Path, secret: bytes | None) -> None:
    cipher.use_key(folder, secret)
    if secret is None:
        _SECRETS.pop(folder, None)
    else:
        _SECRETS[folder] = secret


def _prepare(password: str) -> tuple[Protection, bytes, str]:
    """A new secret and recovery key, wrapped: (protection.json's content, secret, the key's text)."""
    password = check_password(password)
    secret, raw = cipher.new_secret(), os.urandom(recovery_key.RAW_BYTES)
    info = Protection(uuid.uuid4().hex, date.today().isoformat())
    cost = info.scrypt
    wraps = {
        "password": protection.wrap(secret, protection.password_bytes(password), "password", info.folder_id, cost),
        "recovery": protection.wrap(secret, raw, "recovery", info.folder_id, cost),
    }
    return replace(info, wraps=wraps), secret, recovery_key.format_key(raw)


def _may_protect(folder: Path, remember: bool) -> None:
    if paths.database():
        raise _fail("keys.server")
    if protected(folder):
        raise _fail("keys.already", folder=str(folder))
    if not cipher.available():
        raise _fail("keys.no_engine", folder=str(folder))
    if remember and not keychain.available():
        raise _fail("keys.no_keyring", "remember")


def create(folder: Path, password: str, remember: bool) -> str:
    """Protect a new folder (no database yet; open_desk then creates it encrypted). Returns
    the recovery key's text, to be shown once. A folder that has a database already is
    encrypted (``encrypt``): protection.json beside a plain file would protect nothing."""
    folder = _key(folder)
    if paths.db_path(folder).exists():
        return encrypt(folder, password, remember)
    _may_protect(folder, remember)
    info, secret, shown = _prepare(password)
    fileguard.private_folder(folder)
    protection.write(folder, info)
    _register(folder, secret)
    if remember:
        keychain.remember(info.folder_id, secret)
    return shown


def encrypt(folder: Path, password: str, remember: bool, progress=None, operator: str | None = None) -> str:
    """Protect an existing plain folder: its database and backups are encrypted in place,
    protection.json written at the conversion's point of no return, one audit row. Returns
    the recovery key's text."""
    folder = _key(folder)
    _may_protect(folder, remember)
    if not paths.db_path(folder).exists():
        raise NoDatabase(paths.db_path(folder))
    for aside in cipher_move.kept_aside(folder):
        raise _fail("keys.aside", path=str(aside), folder=str(folder))
    _not_open_elsewhere(folder)
    info, secret, shown = _prepare(password)
    cipher_move.encrypt_folder(folder, secret, lambda: protection.write(folder, info), progress)
    _register(folder, secret)
    if remember:
        keychain.remember(info.folder_id, secret)
    try:
        _audited(folder, operator, "keys.encrypt", lambda: None)
    except (StoreError, InputError) as exc:  # the data is encrypted now: its recovery key must still be shown
        crash.log_line(folder, f"keys.encrypt: the audit row was not written: {exc}")
    return shown


def decrypt(folder: Path, progress=None, operator: str | None = None) -> None:
    """Take an unlocked folder's protection off: the database and backups back to plain,
    protection.json and the keyring entry removed, then one audit row (a conversion a bad
    backup stopped leaves none: the log says what was done, not what was tried)."""
    folder = _key(folder)
    if not protected(folder):
        raise _fail("keys.not_protected", folder=str(folder))
    secret = _unlocked(folder)
    info = protection.read(folder)
    if paths.db_path(folder).exists():
        _not_open_elsewhere(folder)
        cipher_move.decrypt_folder(folder, secret, lambda: protection.mark(folder).unlink(), progress)
    else:
        protection.mark(folder).unlink()
    keychain.forget(info.folder_id)
    _register(folder, None)
    try:
        _audited(folder, operator, "keys.decrypt", lambda: None)
    except (StoreError, InputError) as exc:  # the data is plain now: say it was done all the same
        crash.log_line(folder, f"keys.decrypt: the audit row was not written: {exc}")


def change_password(folder: Path, new: str, remember: bool | None, operator: str | None = None) -> None:
    """A new password for an unlocked folder; the recovery key and the secret stay the same.
    ``remember``: keep the secret in the keyring, take it out, or (None) leave the keyring be."""
    folder = _key(folder)
    if not protected(folder):
        raise _fail("keys.not_protected", folder=str(folder))
    secret = _unlocked(folder)
    new = check_password(new)
    if remember and not keychain.available():
        raise _fail("keys.no_keyring", "remember")
    info = protection.read(folder)
    wrapped = protection.wrap(secret, protection.password_bytes(new), "password", info.folder_id, info.scrypt)
    info = replace(info, wraps={**info.wraps, "password": wrapped})
    _audited(folder, operator, "keys.password", lambda: protection.write(folder, info))
    if remember:
        keychain.remember(info.folder_id, secret)
    elif remember is False:
        keychain.forget(info.folder_id)


def lock(folder: Path) -> None:
    """Forget the folder's key in this process: the next open needs an unlock again."""
    _register(_key(folder), None)


def _not_open_elsewhere(folder: Path) -> None:
    """A window of another process holding the folder: refused before anything is written
    (not even the audit row of a decryption that could not happen). This process's own
    window has closed its desk for the conversion."""
    holder = backup.lock_holder(folder)
    if holder and holder[0] != os.getpid():
        raise _fail("backup.locked", pid=holder[0], host=holder[1])


def _unlocked(folder: Path) -> bytes:
    secret = _SECRETS.get(folder)
    if secret is None:
        raise _fail("keys.locked", folder=str(folder))
    return secret


def _audited(folder: Path, operator: str | None, action: str, write: Callable[[], None]) -> None:
    """``write()`` and the audit row in one transaction of the folder's own file (the server's
    setting aside); only ``write()`` when the folder has no database yet."""
    if not paths.db_path(folder).exists():
        write()
        return
    desk = open_desk(folder, operator, create=False, database="")
    try:
        with db.transaction(desk.conn):
            write()
            desk.audit(action, "folder")
    finally:
        desk.close()


# -- unlocking --------------------------------------------------------------------------------
def unlock(folder: Path, ask: Callable[[str], str | None] | None = None) -> str:
    """Make a protected folder's database openable in this process. Tried in order: the key
    file named by SBDESK_KEY_FILE (a wrong one is refused, not passed over), the keyring, then
    ``ask("password")``, which returns a password or a recovery key (either is taken) or None
    (cancelled). Returns how: "key_file", "keyring", "password", "recovery" ("" when the
    folder is not protected, "memory" when this process had unlocked it already)."""
    folder = _key(folder)
    if not protected(folder):
        return ""
    if not cipher.available():
        raise _fail("keys.no_engine", folder=str(folder))
    if folder in _SECRETS and cipher.has_key(folder):
        return "memory"
    cipher_move.resume(folder, protected=True)  # a kill after encrypt's commit: its checked copies in place
    info = protection.read(folder)
    text = key_file_text()
    if text is not None:
        found = _open_with(folder, info, text)
        if found is None:
            raise _fail("keys.file_wrong", path=os.environ[KEY_FILE], source=KEY_FILE, folder=str(folder))
        _register(folder, found[1])
        return "key_file"
    secret = keychain.recall(info.folder_id)
    if secret is not None and len(secret) == cipher.SECRET_BYTES and _opens(folder, secret):
        _register(folder, secret)
        return "keyring"
    if ask is None:
        raise _fail("keys.no_way", folder=str(folder))
    typed = ask("password")
    if typed is None:
        raise _fail("keys.cancelled", folder=str(folder))
    found = _open_with(folder, info, typed)
    if found is None:
        raise _fail("keys.wrong", "password", folder=str(folder))
    _register(folder, found[1])
    return found[0]


def adopt(folder: Path, source: Path) -> bool:
    """Restoring an encrypted copy into a data folder that has no database yet (a new
    computer): the copy's keys become the folder's — the ``.keys.json`` a backup wrote beside
    it, or protection.json of the folder it lies in the backups of — so the old password or
    recovery key opens it. False when there is nothing to adopt; the folder is then as it was."""
    folder, source = _key(folder), Path(source)
    if protected(folder) or paths.db_path(folder).exists() or not source.is_file():
        return False
    if not cipher.is_encrypted(source):
        return False
    for keys_file in (protection.beside(source), source.parent.parent / MARK):
        if keys_file.is_file():
            info = protection.read_file(keys_file)
            fileguard.private_folder(folder)
            protection.write(folder, info)
            return True
    return False


def forget_adopted(folder: Path) -> None:
    """Undo ``adopt`` when the copy's password was not given: the folder is as it was."""
    folder = _key(folder)
    if not paths.db_path(folder).exists():
        protection.mark(folder).unlink(missing_ok=True)


def _open_with(folder: Path, info: Protection, text: str) -> tuple[str, bytes] | None:
    """(how, secret) when ``text`` is the folder's password or recovery key. Text that reads
    as a recovery key is tried as one first: one scrypt for the usual case either way."""
    raw = recovery_key.parse_key(text)
    tries = [("password", protection.password_bytes(text.strip()))]
    if raw is not None:
        tries.insert(0, ("recovery", raw))
    for kind, material in tries:
        secret = protection.unwrap(info, kind, material)
        if secret is not None and _opens(folder, secret):
            return kind, secret
    return None


def _opens(folder: Path, secret: bytes) -> bool:
    """The secret opens the folder's database (there is none yet: nothing to disagree), or
    is its key and the file is damaged: the open then says damage, not a wrong password."""
    database = paths.db_path(folder)
    if not database.exists() or not cipher.is_encrypted(database):
        return True
    return cipher.opens_with(folder, secret) or cipher.verifies(database, secret)


def key_file_text() -> str | None:
    """The password or recovery key in the file SBDESK_KEY_FILE names, or None when it is not set."""
    name = os.environ.get(KEY_FILE, "")
    return read_key_file(name, KEY_FILE) if name else None


def read_key_file(name: str, source: str) -> str:
    """The first line of the key file ``name`` (``source``: where its name came from, for the
    message). Refused (InputError) unless it is a regular file of this user's that no one else
    may read (POSIX; Windows has no such mode bits)."""
    path = Path(name).expanduser()
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)  # a FIFO must not hang
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise _fail("keys.file_missing", path=name, source=source) from None
    except OSError as exc:
        raise _fail("keys.file_unreadable", path=name, source=source, detail=exc.strerror or str(exc)) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise _fail("keys.file_bad", path=name, source=source)
        owner = portable.my_uid()
        if owner is not None and (info.st_mode & 0o077 or info.st_uid != owner):
            raise _fail("keys.file_open", path=name, source=source, mode=oct(stat.S_IMODE(info.st_mode))[2:])
        raw = os.read(fd, _KEY_FILE_MAX + 1)
    except OSError as exc:
        raise _fail("keys.file_unreadable", path=name, source=source, detail=exc.strerror or str(exc)) from None
    finally:
        os.close(fd)
    try:
        lines = raw.decode("utf-8-sig").splitlines()
    except UnicodeDecodeError:
        lines = []
    if len(raw) > _KEY_FILE_MAX or not lines or not lines[0].strip():
        raise _fail("keys.file_bad", path=name, source=source)
    return lines[0].strip()
