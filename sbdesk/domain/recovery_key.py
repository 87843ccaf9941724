"""The recovery key of a protected data folder, as a person writes it down and types it back:
20 random bytes shown as 8 groups of 4 base32 letters and digits 2-7 (ABCD-EFGH-…). Base32
has no 0, 1 or 8, so those typed for O, I and B are read as meant; case, spaces and dashes do
not matter. Pure: the random bytes come from the caller."""

from __future__ import annotations

import base64
import re

RAW_BYTES = 20  # 160 bits: 32 base32 letters, no padding
GROUP = 4
_SIMILAR = str.maketrans({"0": "O", "1": "I", "8": "B"})
_TYPED = re.compile(r"[A-Z2-7]{32}")


def format_key(raw: bytes) -> str:
    """The key to show: ``raw`` (20 bytes) as 8 dash-joined groups of 4 letters."""
    if len(raw) != RAW_BYTES:
        raise ValueError(f"a recovery key is {RAW_BYTES} bytes")
    text = base64.b32encode(raw).decode("ascii")
    return "-".join(text[i : i + GROUP] for i in range(0, len(text), GROUP))


def parse_key(typed: str) -> bytes | None:
    """The 20 bytes a typed recovery key stands for, or None when the text is not one
    (it may then be a password)."""
    letters = re.sub(r"[\s\-]", "", typed).upper().translate(_SIMILAR)
    if not _TYPED.fullmatch(letters):
        return None
    return base64.b32decode(letters)
