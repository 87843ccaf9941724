"""Every import written inside a function must earn its place: it keeps a module out of a start
that would otherwise load it (the window's, ``sbdesk idcheck``'s, or ``sbdesk --help``'s, which
builds every command's parser), or it keeps an optional dependency optional. An import that
saves nothing only hides the module's dependencies from its reader, so it belongs at the top.

Each start runs in a child process and reports the modules it loaded; a lazy import in module M
of module T passes when some start loaded M and not T."""

from __future__ import annotations

import ast
import importlib.util
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from sbdesk.services import people
from sbdesk.services.desk import open_desk
from tests.conftest import make_id

ROOT = Path(__file__).resolve().parents[2] / "sbdesk"

# Optional dependencies, imported where used so that sbdesk runs without them (in modules none
# of the starts loads; Qt in the command line's modules and platformdirs are judged as the rest).
OPTIONAL = (
    "cv2",  # face detection (the 亲情服务 photo check): the desk works without OpenCV
    "numpy",  # OpenCV's arrays
    "openpyxl",  # XLSX import and export only
    "cryptography",  # policy packs' signatures, a protected folder's keys
    "keyring",  # the system keyring: without it a protected folder's password is asked
    "sqlcipher3",  # encrypted folders: no wheel on every platform (store/cipher.py says so)
)


def lazy_imports() -> list[tuple[str, str, str]]:
    """(module, imported module, file:line) of every import inside a function of sbdesk."""
    found = []
    for path in sorted(ROOT.rglob("*.py")):
        parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        module = ".".join(parts)
        package = module if path.name == "__init__.py" else module.rpartition(".")[0]
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in ast.walk(tree):
            if not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            for node in ast.walk(function):
                where = f"{path.relative_to(ROOT.parent)}:{getattr(node, 'lineno', 0)}"
                if isinstance(node, ast.Import):
                    found += [(module, a.name, where) for a in node.names]
                elif isinstance(node, ast.ImportFrom):
                    base = node.module or ""
                    if node.level:
                        up = package.split(".")[: len(package.split(".")) - node.level + 1]
                        base = ".".join(up + ([node.module] if node.module else []))
                    for alias in node.names:
                        sub = f"{base}.{alias.name}"
                        found.append((module, sub if is_module(sub) else base, where))
    return sorted(set(found))


def is_module(name: str) -> bool:
    """``from a import b``: is ``a.b`` a module (sbdesk's judged by its files: no import here)?"""
    if name.startswith("sbdesk."):
        file = ROOT.parent / name.replace(".", "/")
        return file.with_suffix(".py").exists() or (file / "__init__.py").exists()
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, AttributeError, ValueError):  # a class or function of a module, not a module
        return False


def loaded_by(argv: list[str], env: dict) -> set[str]:
    probe = (
        "import sys\nfrom sbdesk import cli\n"
        f"try:\n    code = cli.main({argv!r})\nexcept SystemExit:\n    pass\n"
        "print('\\nloaded:', ' '.join(sorted(sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=120)
    last = out.stdout.splitlines()[-1]
    assert last.startswith("loaded:"), out.stderr[-2000:]
    return set(last.split()[1:])


@pytest.fixture(scope="module")
def starts(tmp_path_factory):
    folder = tmp_path_factory.mktemp("lazy") / "office"
    desk = open_desk(folder, operator="t")
    people.add(desk, name="张伟", id_number=make_id(date(1978, 3, 4), "320505", 15), region="苏州市")
    desk.close()
    env = {**os.environ, "SBDESK_SMOKE": "1", "QT_QPA_PLATFORM": "offscreen", "CI": "true"}
    return {
        "window": loaded_by(["--data-dir", str(folder)], env),
        "idcheck": loaded_by(["idcheck", "11010519491231002X"], env),
        "--help": loaded_by(["--help"], env),
    }


def test_every_lazy_import_keeps_a_module_out_of_a_start(starts):
    pointless = []
    for module, target, where in lazy_imports():
        if target.split(".")[0] in OPTIONAL:
            continue
        if not any(module in loaded and target not in loaded for loaded in starts.values()):
            pointless.append(f"{where}: {module} imports {target} inside a function; no start is spared it")
    assert not pointless, "move these imports to the top of their module:\n" + "\n".join(pointless)


def test_the_starts_leave_the_optional_and_the_rare_unloaded(starts):
    """Guard the guard: each start leaves out what its lazy imports are there to leave out."""
    rare = (
        "cv2",
        "openpyxl",
        "cryptography",
        "psycopg",  # the window works on the folder's SQLite file (services.backup: store.server when restoring)
        "sbdesk.store.server",
        "sbdesk.services.binding",
        "sbdesk.ui.wizard.wizard",  # the main window's tabs and dialogs are built when first shown
        "sbdesk.ui.channels.tab",
        "sbdesk.ui.regions.tab",
        "sbdesk.ui.signin",
        "sbdesk.ui.common.file_dialogs",
        "sqlcipher3",  # a plain folder keeps sqlite3: SQLCipher is loaded for an encrypted file only
        "keyring",  # 0.1 s to import, 0.1 s more to choose a backend: only for a protected folder
        "difflib",  # the closest region names, offered for a mistyped one  # QFileDialog's and QStyle's enums, made when a file is first chosen
    )
    for name in rare:
        assert name not in starts["window"], name
    for name in ("sbdesk.services.desk", "sbdesk.domain.models", "json", "sqlite3", "psycopg", "PySide6", "keyring"):
        assert name not in starts["idcheck"], name
    for name in ("sbdesk.services.desk", "sbdesk.services.binding", "sqlite3", "psycopg", "PySide6", "keyring"):
        assert name not in starts["--help"], name


def test_one_type_checking_convention():
    """``from typing import TYPE_CHECKING``, never a module's own ``TYPE_CHECKING = False``
    (typing is loaded by every start that PySide6 is in; `sbdesk idcheck` pays 3 ms for it)."""
    own = [
        str(path.relative_to(ROOT.parent))
        for path in sorted(ROOT.rglob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "TYPE_CHECKING" for t in node.targets)
    ]
    assert not own
