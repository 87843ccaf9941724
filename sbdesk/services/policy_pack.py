"""An office's policy data update as one signed pack (``sbdesk policy install PACK``, or the
regions tab's "Import policy update"), and the keys a pack may be signed with.

A pack is checked whole before anything is written: a trusted signer (the publisher's key
in resources/keys/, or an office key a supervisor added), a signature over the manifest, each
file's SHA-256, each file valid as its shipped counterpart, and an edition newer than the one
in use. Then one transaction stores it in the database (policy_overrides, beside the office's
other imports, so every desk of a branch server uses it), merges its 统筹区 catalogue and
writes one audit row naming the edition. On a branch server only a supervisor's grant may
write policy_overrides, so a clerk is refused by the server itself.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from .. import paths
from ..domain.card_activation import parse as parse_card_activation
from ..domain.channels import parse as parse_channels
from ..domain.edition import Edition, parse_manifest
from ..domain.messages import Problem
from ..domain.policy import parse_policy
from ..domain.region_rank import parse_population
from ..domain.regions import PolicyError, parse_catalogue
from ..domain.retirement import parse_rules
from ..store import db, overrides
from ..store import regions as region_store
from . import doors, filein, pack_format
from .desk import PACK_KEY, Desk, apply_installed_pack, effective_policy, installed_pack, load_policy, shipped_edition
from .edition import in_use
from .errors import InputError

KEYS = "pack_keys"  # policy_overrides: the office keys a supervisor trusted
KEY_DIR = "keys"  # resources/keys/*.pem: the publisher's public keys, trusted by every copy
MAX_KEY_BYTES = 16 * 1024


def _parsers() -> dict:
    """Each rule file's validator: the one that reads the shipped file."""
    return {
        "policy.json": parse_policy,
        "regions.json": parse_catalogue,
        "pension.json": parse_rules,
        "channels.json": parse_channels,
        "card_activation.json": parse_card_activation,
        "population.json": parse_population,
    }


def shipped_keys() -> dict[str, str]:
    """The publisher's keys shipped in resources/keys/: fingerprint -> file name."""
    found = {}
    for pem in sorted((paths.resource_dir() / KEY_DIR).glob("*.pem")):
        try:
            found[pack_format.fingerprint(pack_format.public_raw(pem.read_bytes()))] = pem.name
        except (OSError, ValueError):
            continue  # a damaged key file trusts nothing
    return found


def trusted_keys(desk: Desk) -> dict[str, bytes]:
    """Fingerprint -> raw public key, shipped and office ones."""
    keys = {}
    for name in shipped_keys().values():
        raw = pack_format.public_raw((paths.resource_dir() / KEY_DIR / name).read_bytes())
        keys[pack_format.fingerprint(raw)] = raw
    for item in overrides.get(desk.conn, KEYS) or []:
        raw = bytes.fromhex(item["public"])
        keys[pack_format.fingerprint(raw)] = raw
    return keys


def check(desk: Desk, path: Path) -> tuple[Edition, dict[str, str], str]:
    """The pack's manifest, its files as text and its SHA-256; InputError if any check fails."""
    members = pack_format.read(path)
    try:
        manifest = parse_manifest(filein.parse_json(members[pack_format.MANIFEST].decode("utf-8"), path), signed=True)
    except (PolicyError, UnicodeDecodeError) as exc:
        raise pack_format.refused("pack.manifest", path, detail=getattr(exc, "detail", str(exc))) from None
    keys = trusted_keys(desk)
    if manifest.key not in keys:
        raise pack_format.refused("pack.unknown_key", path, key=manifest.key[:16])
    if not pack_format.verify(keys[manifest.key], members[pack_format.SIGNATURE], members[pack_format.MANIFEST]):
        raise pack_format.refused("pack.bad_signature", path)
    expected = set(shipped_edition().files)
    for name in sorted(expected | set(manifest.files) | set(members) - {pack_format.MANIFEST, pack_format.SIGNATURE}):
        if name not in members or name not in manifest.files:
            raise pack_format.refused("pack.missing" if name not in members else "pack.extra", path, name=name)
        if name not in expected:  # a file this program would not read
            raise pack_format.refused("pack.extra", path, name=name)
        if hashlib.sha256(members[name]).hexdigest() != manifest.files[name]:
            raise pack_format.refused("pack.file_changed", path, name=name)
    parsers, texts = _parsers(), {}
    for name in sorted(expected):
        try:
            texts[name] = members[name].decode("utf-8")
            parsers[name](json.loads(texts[name]))
        except (PolicyError, ValueError, RecursionError, TypeError, KeyError, AttributeError) as exc:
            detail = getattr(exc, "detail", None) or str(exc)[:200]  # ValueError: not UTF-8 or not JSON
            raise InputError([("", Problem("policy.invalid", path=f"{path.name}/{name}", detail=detail))]) from None
    current = in_use(desk)
    if manifest.edition <= current.edition:
        raise pack_format.refused(
            "pack.not_newer", path, edition=manifest.edition.isoformat(), current=current.edition.isoformat()
        )
    return manifest, texts, hashlib.sha256(filein.read_bytes(path, pack_format.MAX_PACK_BYTES)).hexdigest()


def install(desk: Desk, path: str | Path) -> Edition:
    """Check the pack whole, then store it, merge its regions and audit, in one transaction."""
    path = Path(path)
    doors.readable(path, desk.data_dir)
    manifest, texts, digest = check(desk, path)

    catalogue = parse_catalogue(json.loads(texts["regions.json"]))
    previous = in_use(desk)
    with db.transaction(desk.conn):
        stored = installed_pack(desk.conn)  # another desk may have installed a newer one meanwhile
        if stored is not None and manifest.edition <= stored.edition:
            raise pack_format.refused(
                "pack.not_newer", path, edition=manifest.edition.isoformat(), current=stored.edition.isoformat()
            )
        overrides.put(
            desk.conn,
            PACK_KEY,
            {
                "edition": manifest.edition.isoformat(),
                "publisher": manifest.publisher,
                "key": manifest.key,
                "files": manifest.files,
                **({"stale_after_months": manifest.stale_after_months} if manifest.stale_after_months else {}),
            },
            path.name,
            desk.now(),
        )
        for name, text in texts.items():
            overrides.put(desk.conn, f"{PACK_KEY}:{name}", text, path.name, desk.now())
        counts = region_store.merge_shipped(desk.conn, catalogue)
        region_store.set_edition(desk.conn, "regions", manifest.files["regions.json"], desk.now())
        desk.audit(
            "policy.pack_install",
            "policy",
            file=path.name,
            sha256=digest,
            edition=manifest.edition.isoformat(),
            publisher=manifest.publisher,
            key=manifest.key[:16],
            previous=previous.edition.isoformat(),
            **counts,
        )
    apply_installed_pack(desk.conn)
    desk.catalogue_changed()
    desk.policy = effective_policy(load_policy(), desk.conn)
    return manifest


def trust_key(desk: Desk, path: str | Path) -> str:
    """Add an office's Ed25519 public key (PEM) to the keys a pack may be signed with;
    returns its fingerprint. One audit row; refused if it is no such key or already trusted."""
    path = Path(path)
    doors.readable(path, desk.data_dir)
    try:
        if path.stat().st_size > MAX_KEY_BYTES:  # a key in PEM is about 113 bytes
            raise ValueError(f"larger than {MAX_KEY_BYTES // 1024} kB")
        raw = pack_format.public_raw(filein.read_bytes(path, MAX_KEY_BYTES))
    except OSError as exc:
        raise filein.unreadable(path, exc.strerror or str(exc)) from None
    except (ValueError, TypeError) as exc:  # TypeError: a key type cryptography cannot load
        raise pack_format.refused("pack.key_unreadable", path, detail=str(exc)[:200]) from None
    key = pack_format.fingerprint(raw)
    with db.transaction(desk.conn):
        kept = overrides.get(desk.conn, KEYS) or []
        if key in trusted_keys(desk):
            raise InputError([("", Problem("pack.key_known", key=key[:16]))])
        overrides.put(
            desk.conn,
            KEYS,
            [*kept, {"public": raw.hex(), "file": path.name, "added": desk.now()}],
            path.name,
            desk.now(),
        )
        desk.audit("policy.trust_key", "policy", key=key[:16], file=path.name)
    return key
