"""The policy data as one edition: the date it is current to, who published it and each
rule file's SHA-256 (resources/manifest.json, or the manifest of an office's policy pack).

An answer is only as good as the data behind it, so the window says which edition is in use
and warns when it has grown old; how old is data too (``stale_after_months``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .regions import PolicyError

SHA256 = re.compile(r"[0-9a-f]{64}")
# A rule file's name: flat, no folder, no "..", no hidden file; what a pack may hold besides
# its manifest and signature.
FILE_NAME = re.compile(r"[a-z0-9_]+(?:[-.][a-z0-9_]+)*\.json")


@dataclass(frozen=True)
class Edition:
    edition: date
    publisher: str
    files: dict  # rule file name -> SHA-256 (hex) of its bytes
    stale_after_months: int | None = None  # None: the shipped manifest's figure applies
    key: str = ""  # a pack's signer: SHA-256 of its raw Ed25519 public key (hex)


def parse_manifest(data: object, signed: bool = False) -> Edition:
    """Check a manifest's shape; raises PolicyError naming the first fault. ``signed``: a
    pack's manifest, which must name the key that signed it."""
    if not isinstance(data, dict):
        raise PolicyError("the manifest must be a JSON object")
    try:
        edition = date.fromisoformat(str(data.get("edition", "")))
    except ValueError:
        raise PolicyError("'edition' must be a date YYYY-MM-DD") from None
    publisher = data.get("publisher")
    if not isinstance(publisher, str) or not publisher.strip() or len(publisher) > 200:
        raise PolicyError("'publisher' must be a name")
    files = data.get("files")
    if not isinstance(files, dict) or not files:
        raise PolicyError("'files' must map each rule file to its SHA-256")
    for name, digest in files.items():
        if not FILE_NAME.fullmatch(name) or name == "manifest.json":
            raise PolicyError(f"{name[:80]!r} is not a rule file's name")
        if not isinstance(digest, str) or not SHA256.fullmatch(digest):
            raise PolicyError(f"the SHA-256 of {name} must be 64 hex digits")
    months = data.get("stale_after_months")
    if months is not None and (not isinstance(months, int) or isinstance(months, bool) or not 1 <= months <= 120):
        raise PolicyError("'stale_after_months' must be a whole number of months, 1 to 120")
    key = data.get("key", "")
    if signed and (not isinstance(key, str) or not SHA256.fullmatch(key)):
        raise PolicyError("'key' must be the SHA-256 of the signing key (64 hex digits)")
    return Edition(edition, publisher.strip(), dict(files), months, key if isinstance(key, str) else "")


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later, or the month's last day (31 August + 6 = 28/29 February)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    for last in (day.day, 30, 29, 28):
        try:
            return date(year, month + 1, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable: every month has a 28th")


def stale_since(edition: Edition, months: int, today: date) -> date | None:
    """The day the edition became stale, if it has by ``today``; else None."""
    since = add_months(edition.edition, months)
    return since if today > since else None


def in_use(shipped: Edition, installed: Edition | None) -> Edition:
    """The shipped edition, or the office's installed pack if it is newer."""
    return installed if installed is not None and installed.edition > shipped.edition else shipped
