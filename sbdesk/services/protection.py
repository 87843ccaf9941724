"""``protection.json``: what a protected data folder keeps beside its encrypted database. It
holds the folder's 48-byte secret twice, each copy wrapped (AES-256-GCM) by a key derived
with scrypt, once from the person's password and once from the recovery key, and nothing
secret unwrapped; its presence says the folder is protected. Each wrap's associated data
names its kind and the folder's id, so a wrap copied from another file or kind does not open.
Written whole (0600, renamed into place); a file that does not read as one is damage."""

from __future__ import annotations

import base64
import json
import os
import stat
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from ..store import fileguard
from .errors import StoreError

MARK = "protection.json"
VERSION = 1
# scrypt's cost: one unlock (and a wrong try) about 0.1 s on a counter PC, 32 MiB
SCRYPT = {"n": 2**15, "r": 8, "p": 1}
KINDS = ("password", "recovery")
_SALT, _NONCE, _KEY = 16, 12, 32
_MAX_FILE = 64 * 1024  # bytes: a few hundred are written
_MAX_MEMORY = 256 * 2**20  # bytes scrypt may take for a file's cost (8 times what is written)
_MAX_WORK = 8 * SCRYPT["n"] * SCRYPT["r"] * SCRYPT["p"]  # n·r·p: time, as memory bounds n·r alone


class ProtectionDamaged(StoreError):
    """protection.json is there but unreadable: the folder's keys cannot be unwrapped."""

    code = "keys.damaged"


@dataclass(frozen=True)
class Wrap:
    salt: bytes
    nonce: bytes
    data: bytes  # the secret encrypted, with its 16-byte tag


@dataclass(frozen=True)
class Protection:
    folder_id: str  # the keyring's user name for this folder
    created: str  # ISO date
    scrypt: dict[str, int] = field(default_factory=lambda: dict(SCRYPT))
    wraps: dict[str, Wrap] = field(default_factory=dict)


def mark(folder: Path) -> Path:
    return Path(folder) / MARK


def password_bytes(password: str) -> bytes:
    """The bytes a password stands for: the same whatever normalization an input method used."""
    return unicodedata.normalize("NFC", password).encode("utf-8")


def _derive(material: bytes, salt: bytes, cost: dict[str, int]) -> bytes:
    # cryptography's, not hashlib's: a start that only asks whether a folder is protected
    # loads no OpenSSL (7 ms of the window's start)
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=_KEY, n=cost["n"], r=cost["r"], p=cost["p"]).derive(material)


def _aad(kind: str, folder_id: str) -> bytes:
    return f"sbdesk protection {VERSION} {kind} {folder_id}".encode()


def wrap(secret: bytes, material: bytes, kind: str, folder_id: str, cost: dict[str, int]) -> Wrap:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # only a protected folder needs it

    salt, nonce = os.urandom(_SALT), os.urandom(_NONCE)
    data = AESGCM(_derive(material, salt, cost)).encrypt(nonce, secret, _aad(kind, folder_id))
    return Wrap(salt, nonce, data)


def unwrap(info: Protection, kind: str, material: bytes) -> bytes | None:
    """The secret, when ``material`` (a password's or recovery key's bytes) is the one that
    wrapped it; None otherwise."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    found = info.wraps.get(kind)
    if found is None:
        return None
    try:
        key = _derive(material, found.salt, info.scrypt)
        return AESGCM(key).decrypt(found.nonce, found.data, _aad(kind, info.folder_id))
    except InvalidTag:
        return None


def beside(copy: Path) -> Path:
    """Where a backup written outside the data folder keeps the folder's keys: without them
    the copy could not be opened on another computer, even with the recovery key."""
    return copy.with_name(copy.name + ".keys.json")


def carry(folder: Path, copy: Path) -> Path:
    """The folder's protection.json written beside a copy of its database (wrapped keys only)."""
    path = beside(copy)
    _write_to(path, read(folder))
    return path


def write(folder: Path, info: Protection) -> None:
    _write_to(mark(folder), info)


def _write_to(path: Path, info: Protection) -> None:
    data = {
        "version": VERSION,
        "created": info.created,
        "folder_id": info.folder_id,
        "scrypt": info.scrypt,
        "wraps": {
            kind: {name: base64.b64encode(getattr(w, name)).decode("ascii") for name in ("salt", "nonce", "data")}
            for kind, w in info.wraps.items()
        },
    }
    fileguard.write_private(path, (json.dumps(data, indent=2) + "\n").encode("utf-8"))


def read(folder: Path) -> Protection:
    """The folder's protection.json; ProtectionDamaged when it cannot be used."""
    return read_file(mark(folder))


def read_file(path: Path) -> Protection:
    """A protection.json (a folder's, or the one beside a backup); ProtectionDamaged when it
    cannot be used."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))  # a FIFO put there must not hang
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise ProtectionDamaged(path, detail="not a file")
            raw = os.read(fd, _MAX_FILE + 1)
        finally:
            os.close(fd)
    except OSError as exc:
        raise ProtectionDamaged(path, detail=exc.strerror or str(exc)) from None
    try:
        if len(raw) > _MAX_FILE:
            raise ValueError("too large")
        data = json.loads(raw.decode("utf-8"))
        if data.get("version") != VERSION:
            raise ValueError(f"version {data.get('version')!r}")
        cost = {k: int(data["scrypt"][k]) for k in ("n", "r", "p")}
        # a hostile file must not make an unlock take minutes or gigabytes
        if not (2**10 <= cost["n"] <= 2**20 and cost["n"] & (cost["n"] - 1) == 0):
            raise ValueError("scrypt n")
        if not (1 <= cost["r"] <= 32 and 1 <= cost["p"] <= 4 and 128 * cost["n"] * cost["r"] <= _MAX_MEMORY):
            raise ValueError("scrypt r, p")
        if cost["n"] * cost["r"] * cost["p"] > _MAX_WORK:  # p runs the whole work again, p times
            raise ValueError("scrypt n, r, p")
        wraps = {
            kind: Wrap(*(base64.b64decode(w[name], validate=True) for name in ("salt", "nonce", "data")))
            for kind, w in data["wraps"].items()
            if kind in KINDS
        }
        if not wraps or any(len(w.nonce) != _NONCE for w in wraps.values()):
            raise ValueError("wraps")
        folder_id = str(data["folder_id"])
        return Protection(folder_id, str(data.get("created", "")), cost, wraps)
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
        raise ProtectionDamaged(path, detail=(str(exc) or type(exc).__name__)[:200]) from None
