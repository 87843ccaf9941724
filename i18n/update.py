"""Refresh the .ts files from the source and compile .qm files.

    python i18n/update.py            # lupdate + lrelease
    python i18n/update.py --release  # lrelease only (what the test set-up and build.spec need)
    python i18n/update.py --missing  # the source texts the Chinese .ts lacks (changes nothing)

Translations are edited in Qt Linguist (pyside6-linguist i18n/sbdesk_zh_CN.ts); lupdate keeps
them when the source changes.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TS = [HERE / "sbdesk_zh_CN.ts", HERE / "sbdesk_en.ts"]


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}") or str(Path(sys.executable).parent / f"pyside6-{name}")
    return found


def update(ts: Sequence[Path] = TS, extra: Sequence[Path] = (), locations: str = "none") -> None:
    """lupdate every module of sbdesk (and ``extra``) into ``ts``."""
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "sbdesk").rglob("*.py"))
    subprocess.run(  # noqa: S603 - Qt's tool from the wheel, fixed arguments
        [
            tool("lupdate"),
            "-no-obsolete",
            "-locations",
            locations,
            *sources,
            *map(str, extra),
            "-ts",
            *map(str, ts),
        ],
        cwd=ROOT,
        check=True,
    )


def _messages(ts: Path) -> dict[tuple[str, str], list[str]]:
    """(context, source) -> the files it is in (as lupdate wrote them), of each live message."""
    found: dict[tuple[str, str], list[str]] = {}
    for context in ET.parse(ts).getroot().iter("context"):  # noqa: S314 - the repository's .ts or lupdate's copy of it
        for m in context.iter("message"):
            kind = m.find("translation")
            if kind is not None and kind.get("type") in ("vanished", "obsolete"):
                continue
            files = [(ts.parent / loc.get("filename", "")).resolve() for loc in m.iter("location")]
            shown = [str(f.relative_to(ROOT)) if f.is_relative_to(ROOT) else str(f) for f in files]
            found[(context.findtext("name") or "", m.findtext("source") or "")] = sorted(set(shown))
    return found


def missing(extra: Sequence[Path] = ()) -> list[tuple[str, str, str]]:
    """(file, context, text) of every source text lupdate finds that the committed Chinese .ts
    lacks: a text nobody ran this script for stays English in the Chinese window. lupdate runs
    into a copy, so the committed files are untouched."""
    committed = _messages(TS[0])
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / TS[0].name
        shutil.copy(TS[0], copy)
        update([copy], extra, locations="relative")
        fresh = _messages(copy)
    return sorted((", ".join(files), *key) for key, files in fresh.items() if key not in committed)


def release() -> None:
    for ts in TS:
        subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)  # noqa: S603 - Qt's tool from the wheel, fixed arguments


if __name__ == "__main__":
    if "--missing" in sys.argv:
        for where, context, text in missing():
            print(f"{where}: {context}: {text}")
        sys.exit(0)
    if "--release" not in sys.argv:
        update()
    release()
