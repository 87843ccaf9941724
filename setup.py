"""The wheel carries sbdesk's data; everything else about the build is in pyproject.toml.

``resources/`` (policy data) and ``i18n/`` (translations) stay at the repository's root, where
the bundle (build.spec), the tests and the maintainers' tools read them. Building the wheel
copies them into the package as ``sbdesk/data/`` (sbdesk/paths.py looks there) and compiles
the window's ``.qm`` files with Qt's lrelease from PySide6-Essentials, a build requirement
pinned like the runtime one. An editable install copies nothing: paths.py reads the checkout.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
# Maintainers' tools (Python) and signing keys never travel; the data files do.
NOT_SHIPPED = shutil.ignore_patterns("__pycache__", "*.py", "*.py[co]", "*.private.pem")


def lrelease() -> str:
    """$SBDESK_LRELEASE (a distribution's own Qt 6 lrelease, for a build without isolation),
    else the one inside PySide6-Essentials."""
    named = os.environ.get("SBDESK_LRELEASE")
    if named:
        return named
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.submodule_search_locations:
        for folder in spec.submodule_search_locations:
            for name in ("lrelease", "lrelease.exe"):
                if (Path(folder) / name).is_file():
                    return str(Path(folder) / name)
    raise SystemExit(
        "sbdesk's wheel needs Qt's lrelease for its translations: install the build "
        "requirements (PySide6-Essentials) or set SBDESK_LRELEASE"
    )


class build_py_with_data(build_py):  # noqa: N801 - setuptools' command naming
    """build_py, then the data folder: a wheel without it starts in English, or not at all."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib) / "sbdesk" / "data"
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(ROOT / "resources", target / "resources", ignore=NOT_SHIPPED)
        (target / "icons").mkdir(parents=True)  # the window icon (sbdesk/ui/identity.py)
        shutil.copy2(ROOT / "packaging" / "icons" / "cn.sbdesk.desk.svg", target / "icons")
        (target / "i18n").mkdir(parents=True)
        tool = lrelease()
        for ts in sorted((ROOT / "i18n").glob("*.ts")):  # the command line reads the .ts, the window the .qm
            shutil.copy2(ts, target / "i18n" / ts.name)
            qm = target / "i18n" / ts.with_suffix(".qm").name
            subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)  # noqa: S603 - Qt's tool, fixed arguments
            if not qm.is_file():
                raise SystemExit(f"lrelease made no {qm.name}")


setup(cmdclass={"build_py": build_py_with_data})
