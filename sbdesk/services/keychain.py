"""The system keyring (Secret Service on Linux, Credential Manager on Windows, through the
``keyring`` package), asked so that it never hangs and never raises: a locked collection may
wait for a prompt nobody answers, a broken D-Bus may raise anything. Each call runs in a
daemon thread for at most ``WAIT`` seconds; whatever goes wrong reads as "not remembered",
and the caller asks the person instead. Entries are service ``SERVICE``, user the data
folder's id (protection.json), password the folder's secret in hex."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import TypeVar

SERVICE = "sbdesk"
WAIT = 5.0  # seconds: an unlock prompt of the desktop that nobody answers
T = TypeVar("T")


def _guarded(call: Callable[[], T], fallback: T) -> T:
    """``call()`` in a daemon thread, or ``fallback`` when it raised or did not end in time."""
    result: list[T] = []

    def run() -> None:
        with contextlib.suppress(Exception):  # any backend's failure means "ask the person"
            result.append(call())

    worker = threading.Thread(target=run, name="sbdesk-keyring", daemon=True)
    worker.start()
    worker.join(WAIT)
    return result[0] if result else fallback


def _backend():
    """The keyring in use, or None: not installed, or only its fail/null stand-ins."""
    try:
        import keyring  # optional: without it every folder asks for its password
        from keyring.backends import fail, null
    except Exception:  # noqa: BLE001 - an ImportError, or a broken install's any error
        return None
    found = keyring.get_keyring()
    if isinstance(found, (fail.Keyring, null.Keyring)):
        return None
    # keyring's own bar: under priority 1 a backend is "not recommended" (keyrings.alt's
    # plain-text file, which would keep the secret in clear in the home folder); a chain
    # falls back to such a one when the first refuses, so its best sound member is used
    sound = [b for b in getattr(found, "backends", [found]) if _priority(b) >= 1]
    return max(sound, key=_priority) if sound else None


def _priority(backend) -> float:
    try:
        return float(backend.priority)
    except Exception:  # noqa: BLE001 - a backend's priority may raise when it cannot work here
        return 0.0


def available() -> bool:
    """A real keyring backend is there to remember a secret in."""
    return _guarded(lambda: _backend() is not None, False)


def recall(user: str) -> bytes | None:
    """The secret remembered for ``user`` (a folder's id), or None."""

    def get() -> bytes | None:
        backend = _backend()
        text = backend.get_password(SERVICE, user) if backend is not None else None
        return bytes.fromhex(text) if text else None

    return _guarded(get, None)


def remember(user: str, secret: bytes) -> bool:
    """Keep ``secret`` for ``user``; False when the keyring did not take it."""

    def put() -> bool:
        backend = _backend()
        if backend is None:
            return False
        backend.set_password(SERVICE, user, secret.hex())
        return True

    return _guarded(put, False)


def forget(user: str) -> None:
    """Remove ``user``'s entry, if any (a failure leaves it: it opens nothing once the folder's
    key changed or its data is plain)."""

    def delete() -> None:
        backend = _backend()
        if backend is not None and backend.get_password(SERVICE, user) is not None:
            backend.delete_password(SERVICE, user)

    _guarded(delete, None)
