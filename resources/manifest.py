"""Write resources/manifest.json: the policy data's edition (the date it is current to), its
publisher, how many months it stays current, and each rule file's SHA-256. tests/test_edition.py
checks that the shipped manifest matches the shipped files, so run this after changing any of them:

    python resources/manifest.py                          # new checksums, same edition
    python resources/manifest.py --edition 2026-11-30     # a new edition of the data
    python resources/manifest.py --check                  # exit 1 if the manifest is out of date

The rule files are every resources/*.json but the manifest itself.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
MANIFEST = HERE / "manifest.json"
ABOUT = (
    "The edition of the policy data: the date it is current to, who published it and each rule file's "
    "SHA-256. Written by resources/manifest.py. The window warns when the edition in use is older than "
    "stale_after_months; an office installs a newer edition as a signed policy pack (resources/pack.py)."
)


def manifest(edition: str, publisher: str, months: int) -> dict:
    files = sorted(p for p in HERE.glob("*.json") if p.name != MANIFEST.name)
    return {
        "about": ABOUT,
        "edition": edition,
        "publisher": publisher,
        "stale_after_months": months,
        "files": {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in files},
    }


def main(argv: list[str] | None = None) -> int:
    old = json.loads(MANIFEST.read_text(encoding="utf-8")) if MANIFEST.exists() else {}
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--edition", default=old.get("edition"), help="YYYY-MM-DD (default: keep the current one)")
    parser.add_argument("--publisher", default=old.get("publisher", "sbdesk 项目组"))
    parser.add_argument("--stale-after-months", type=int, default=old.get("stale_after_months", 6))
    parser.add_argument("--check", action="store_true", help="only compare; exit 1 if out of date")
    args = parser.parse_args(argv)
    if not args.edition:
        parser.error("--edition is required for the first manifest")
    date.fromisoformat(args.edition)
    new = manifest(args.edition, args.publisher, args.stale_after_months)
    if args.check:
        return 0 if new == old else 1
    MANIFEST.write_text(json.dumps(new, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{MANIFEST.name}: edition {args.edition}, {len(new['files'])} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
