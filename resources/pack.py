"""The publisher's side of a policy pack: a key pair, and a signed ``.sbpack`` of the rule files.

    python resources/pack.py keygen NAME           # NAME.private.pem (keep it OFF the repository
                                                   # and off desk PCs) and NAME.pem (the public key)
    python resources/pack.py sign --key NAME.private.pem --edition 2027-03-31 DIR OUT.sbpack

``sign`` packs every *.json of DIR but manifest.json (normally a copy of resources/ with the
changed files) with a manifest naming the edition, the publisher and each file's SHA-256,
signed with Ed25519 (PyCA cryptography). The project's public key is resources/keys/publisher.pem;
an office that signs its own packs gives its public key to a supervisor, who runs
``sbdesk policy trust-key NAME.pem``; then ``sbdesk policy install OUT.sbpack`` on any desk.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sbdesk.services import pack_format  # after the path: a checkout needs no install


def keygen(name: str) -> None:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = Ed25519PrivateKey.generate()
    private = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    fd = os.open(f"{name}.private.pem", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)  # never over a key
    with os.fdopen(fd, "wb") as out:
        out.write(private)
    Path(f"{name}.pem").write_bytes(
        key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    )
    print(f"{name}.private.pem (secret), {name}.pem (public)")


def sign(key: Path, folder: Path, out: Path, edition: str, publisher: str, months: int | None) -> None:
    files = {p.name: p.read_bytes() for p in sorted(folder.glob("*.json")) if p.name != "manifest.json"}
    if not publisher:
        manifest = folder / "manifest.json"
        publisher = json.loads(manifest.read_text(encoding="utf-8"))["publisher"] if manifest.exists() else ""
    out.write_bytes(pack_format.build(files, key.read_bytes(), edition, publisher or "sbdesk 项目组", months))
    print(f"{out}: edition {edition}, {len(files)} files")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("keygen").add_argument("name")
    p = sub.add_parser("sign")
    p.add_argument("--key", required=True, type=Path, help="the private key (PEM, Ed25519)")
    p.add_argument("--edition", required=True, help="the date the data is current to, YYYY-MM-DD")
    p.add_argument("--publisher", default="", help="default: the folder's manifest.json says")
    p.add_argument("--stale-after-months", type=int)
    p.add_argument("folder", type=Path)
    p.add_argument("out", type=Path)
    args = parser.parse_args(argv)
    if args.command == "keygen":
        keygen(args.name)
    else:
        sign(args.key, args.folder, args.out, args.edition, args.publisher, args.stale_after_months)
    return 0


if __name__ == "__main__":
    sys.exit(main())
