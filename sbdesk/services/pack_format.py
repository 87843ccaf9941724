"""The policy pack as a file: one ``.sbpack`` (a zip) holding ``manifest.json``,
``manifest.sig`` and every rule file the manifest names.

The manifest (edition, publisher, the signer's key, each file's SHA-256) is signed with
Ed25519 (PyCA ``cryptography``; no cryptography of our own), so one signature covers every
file through its checksum. A pack is read without trusting it: bounded in size and member
count before anything is inflated (a zip bomb), plain member names only (no folders, no
``..``), each member read no further than its bound. Whatever is wrong is one InputError.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import zipfile
from pathlib import Path

from ..domain.edition import FILE_NAME
from ..domain.messages import Problem
from . import filein
from .errors import InputError

MANIFEST, SIGNATURE = "manifest.json", "manifest.sig"
SUFFIX = ".sbpack"
MAX_PACK_BYTES = 32 * 1024 * 1024  # the rule files are about 0.5 MB, compressed far less
MAX_MEMBER_BYTES = 32 * 1024 * 1024  # one rule file, unpacked (regions.json is 0.3 MB)
MAX_INFLATED_BYTES = 64 * 1024 * 1024  # every member, unpacked
MAX_MEMBERS = 32


def refused(code: str, path: Path, **params) -> InputError:
    return InputError([("", Problem(code, path=path.name, **params))])


def read(path: Path) -> dict[str, bytes]:
    """Every member of the pack by name; refused whole if it is not a bounded, flat zip."""
    raw = filein.read_bytes(path, MAX_PACK_BYTES)
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            infos = archive.infolist()
            if (
                len(infos) > MAX_MEMBERS
                or sum(i.file_size for i in infos) > MAX_INFLATED_BYTES
                or any(i.file_size > MAX_MEMBER_BYTES for i in infos)
            ):
                raise refused("pack.too_large", path, limit=MAX_INFLATED_BYTES // (1024 * 1024), count=MAX_MEMBERS)
            members: dict[str, bytes] = {}
            for info in infos:
                name = info.filename
                if name in members or not (name in (MANIFEST, SIGNATURE) or FILE_NAME.fullmatch(name)):
                    raise refused("pack.bad_name", path, name=name[:80])
                if info.flag_bits & 0x1:
                    raise filein.unreadable(path, f"{name} is encrypted")
                with archive.open(info) as member:  # never past the declared size, which was bounded
                    members[name] = member.read(MAX_MEMBER_BYTES + 1)
                if len(members[name]) > MAX_MEMBER_BYTES:
                    raise refused("pack.too_large", path, limit=MAX_INFLATED_BYTES // (1024 * 1024), count=MAX_MEMBERS)
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        NotImplementedError,
        RuntimeError,
        EOFError,
        ValueError,
        OSError,
    ) as exc:  # a damaged or unsupported zip: CRC, method, truncation
        raise filein.unreadable(path, str(exc)[:200] or type(exc).__name__) from None
    for name in (MANIFEST, SIGNATURE):
        if name not in members:
            raise refused("pack.missing", path, name=name)
    return members


def fingerprint(public_raw: bytes) -> str:
    """A key's name in manifests and the audit log: the SHA-256 of its 32 raw bytes."""
    return hashlib.sha256(public_raw).hexdigest()


def public_raw(pem: bytes) -> bytes:
    """The 32 raw bytes of an Ed25519 public key in PEM form; ValueError for anything else."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    key = serialization.load_pem_public_key(pem)
    if not isinstance(key, Ed25519PublicKey):
        raise ValueError("not an Ed25519 key")
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def verify(public: bytes, signature: bytes, data: bytes) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(public).verify(base64.b64decode(signature.strip(), validate=True), data)
    except (InvalidSignature, ValueError):  # ValueError: not base64, or not 64 bytes
        return False
    return True


def build(
    files: dict[str, bytes], private_pem: bytes, edition: str, publisher: str, stale_after_months: int | None = None
) -> bytes:
    """A signed pack of ``files`` (name -> bytes): the publisher's side, used by
    resources/pack.py and by the tests with their throw-away keys."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = serialization.load_pem_private_key(private_pem, password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise ValueError("not an Ed25519 private key")
    public = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    manifest = {
        "edition": edition,
        "publisher": publisher,
        "key": fingerprint(public),
        **({"stale_after_months": stale_after_months} if stale_after_months else {}),
        "files": {name: hashlib.sha256(data).hexdigest() for name, data in sorted(files.items())},
    }
    body = json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8") + b"\n"
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, body)
        archive.writestr(SIGNATURE, base64.b64encode(key.sign(body)) + b"\n")
        for name, data in sorted(files.items()):
            archive.writestr(name, data)
    return out.getvalue()
