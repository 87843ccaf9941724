"""Policy packs for tests, signed with throw-away keys made here (never the publisher's)."""

from __future__ import annotations

import json
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from sbdesk.services import pack_format

RESOURCES = Path(__file__).resolve().parents[1] / "resources"


def keypair(folder: Path, name: str = "office") -> tuple[bytes, Path]:
    """A new private key (PEM bytes) and its public key written to ``folder/name.pem``."""
    key = Ed25519PrivateKey.generate()
    public = folder / f"{name}.pem"
    public.write_bytes(
        key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    )
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ), public


def shipped_files() -> dict[str, bytes]:
    names = json.loads((RESOURCES / "manifest.json").read_text(encoding="utf-8"))["files"]
    return {name: (RESOURCES / name).read_bytes() for name in names}


def with_channel_name(files: dict[str, bytes], channel: str, name: str) -> dict[str, bytes]:
    """The files with one channel renamed: what a pack changed, visible through services/channels."""
    data = json.loads(files["channels.json"])
    data["channels"][channel]["label"] = {"zh_CN": name, "en": name}
    return {**files, "channels.json": json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")}


def make_pack(
    folder: Path,
    private: bytes,
    edition: str = "2027-03-31",
    files: dict[str, bytes] | None = None,
    name: str = "update.sbpack",
    months: int | None = None,
) -> Path:
    path = folder / name
    path.write_bytes(
        pack_format.build(shipped_files() if files is None else files, private, edition, "某市医保经办中心", months)
    )
    return path
