"""Refresh the .ts files from the source and compile .qm files.

    python i18n/update.py            # lupdate + lrelease
    python i18n/update.py --release  # lrelease only (what the test set-up and build.spec need)

Translations are edited in Qt Linguist (pyside6-linguist i18n/sbdesk_zh_CN.ts); lupdate keeps
them when the source changes.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TS = [HERE / "sbdesk_zh_CN.ts", HERE / "sbdesk_en.ts"]


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}") or str(Path(sys.executable).parent / f"pyside6-{name}")
    return found


def update() -> None:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "sbdesk").rglob("*.py"))
    subprocess.run(  # noqa: S603 - Qt's tool from the wheel, fixed arguments
        [
            tool("lupdate"),
            "-no-obsolete",
            "-locations",
            "none",
            *sources,
            "-ts",
            *map(str, TS),
        ],
        cwd=ROOT,
        check=True,
    )


def release() -> None:
    for ts in TS:
        subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)  # noqa: S603 - Qt's tool from the wheel, fixed arguments


if __name__ == "__main__":
    if "--release" not in sys.argv:
        update()
    release()
