"""Files a person hands over (identity credentials, face photos): what they really are.

The type is read from the file's first bytes, not its name, so a document renamed .jpg
is caught; the size limit and allowed types are policy data.
"""

from __future__ import annotations

from dataclasses import dataclass

from .messages import Problem

SIGNATURES = ((b"\xff\xd8\xff", "image/jpeg"), (b"\x89PNG\r\n\x1a\n", "image/png"), (b"%PDF-", "application/pdf"))
KINDS = ("credential", "face_photo", "face_capture")
SIDES = ("", "front", "back")  # a credential's front and back are two files; '' has no side


@dataclass(frozen=True)
class Attachment:
    kind: str
    filename: str
    mime: str
    content: bytes
    side: str = ""  # "front" / "back" of a credential (an ID card has two)

    @property
    def slot(self) -> str:
        """Where the wizard shows it: ``credential`` (the front, or a file with no side),
        ``credential_back``, ``face_photo``, ``face_capture``."""
        return f"{self.kind}_back" if self.side == "back" else self.kind

    @property
    def sha256(self) -> str:
        import hashlib  # here, not at import: a start that writes nothing never loads OpenSSL

        return hashlib.sha256(self.content).hexdigest()

    @property
    def size(self) -> int:
        return len(self.content)


def sniff(head: bytes) -> str | None:
    for magic, mime in SIGNATURES:
        if head.startswith(magic):
            return mime
    return None


def check(kind: str, filename: str, size: int, head: bytes, max_bytes: int) -> tuple[str | None, list[Problem]]:
    """The real type and what is wrong, from the size and the first bytes alone (the file is
    read only when it passes, so a huge file is never loaded)."""
    if size == 0:
        return None, [Problem("attachment.empty", name=filename)]
    if size > max_bytes:
        return None, [
            Problem(
                "attachment.too_big", name=filename, size_mb=f"{size / 2**20:.1f}", limit_mb=f"{max_bytes / 2**20:.0f}"
            )
        ]
    mime = sniff(head)
    allowed = (
        ("image/jpeg", "image/png")
        if kind in ("face_photo", "face_capture")
        else ("image/jpeg", "image/png", "application/pdf")
    )
    if mime not in allowed:
        return None, [Problem("attachment.type" if kind == "credential" else "attachment.not_image", name=filename)]
    return mime, []
