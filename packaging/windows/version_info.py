"""The Windows version resource (PyInstaller's VSVersionInfo, as text) from pyproject's version:
    python packaging/windows/version_info.py OUT.txt
Explorer shows it under Properties → Details; installers and IT inventories read it."""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "cn.sbdesk.desk"


def project_version(root: Path = ROOT) -> str:
    return tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def numbers(version: str) -> tuple[int, int, int, int]:
    """ "0.1.0" → (0, 1, 0, 0); a pre-release's letters are dropped ("1.2.0rc1" → 1.2.0.0), as the
    resource holds four 16-bit numbers only."""
    parts = [int(re.match(r"\d*", p).group() or 0) for p in version.split(".")[:4]]
    return tuple((parts + [0, 0, 0, 0])[:4])  # type: ignore[return-value]


def text(version: str) -> str:
    four = numbers(version)
    strings = {
        "CompanyName": "sbdesk 项目组",
        "FileDescription": "sbdesk 社保卡家庭共济",
        "FileVersion": version,
        "InternalName": APP_ID,
        "LegalCopyright": "sbdesk 项目组",
        "OriginalFilename": "sbdesk.exe",
        "ProductName": "sbdesk",
        "ProductVersion": version,
    }
    table = ",\n".join(f"          StringStruct({k!r}, {v!r})" for k, v in strings.items())
    # 0x0804 (zh-CN) with code page 1200 (UTF-16): Explorer shows the Chinese strings as written
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={four}, prodvers={four}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([
      StringTable('080404B0', [
{table}
      ])
    ]),
    VarFileInfo([VarStruct('Translation', [0x0804, 1200])])
  ]
)
"""


def write(out: Path, version: str | None = None) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text(version or project_version()), encoding="utf-8")
    return out


if __name__ == "__main__":
    print(write(Path(sys.argv[1])))
