"""The per-owner service password of the 亲情服务: scrypt hashes and the lock-out rule.

Only a hash is ever stored; three wrong tries lock the owner's applications for a while
so a password cannot be guessed at the counter.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime, timedelta

N, R, P = 2**14, 8, 1


def hash_password(password: str, salt: bytes | None = None) -> str:
    import hashlib  # here, not at import: a start that writes nothing never loads OpenSSL

    salt = salt or os.urandom(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=N, r=R, p=P, dklen=32)
    return f"scrypt${N}${R}${P}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    import hashlib
    import hmac

    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":  # not an assert: python -O would drop it
            return False
        got = hashlib.scrypt(
            password.encode("utf-8"),
            salt=bytes.fromhex(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=len(bytes.fromhex(digest)),
        )
    except ValueError:
        return False
    return hmac.compare_digest(got.hex(), digest)


@dataclass(frozen=True)
class LockRule:
    max_tries: int = 3
    lock_minutes: int = 15
    min_length: int = 6

    def after_failure(self, failures: int, now: datetime) -> tuple[int, datetime | None]:
        """(failures to store, locked until) after one more wrong try."""
        failures += 1
        if failures >= self.max_tries:
            return 0, now + timedelta(minutes=self.lock_minutes)
        return failures, None


def is_locked(locked_until: datetime | None, now: datetime) -> bool:
    return locked_until is not None and now < locked_until
