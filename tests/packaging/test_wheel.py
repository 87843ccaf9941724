"""`pip install .` gives a working program: the wheel is built as a packager builds it (an sdist,
then the wheel from that sdist alone, with the declared build requirements), installed into a
fresh venv, and run from a folder outside the checkout with the checkout nowhere on sys.path.

The venv takes sbdesk from the wheel only; its third-party dependencies (PySide6, psycopg, …)
come from this test's own environment through a .pth line, which adds those folders to sys.path
without running their .pth files, so the editable install of the checkout stays out.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
VERSION = PROJECT["project"]["version"]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The sdist and the wheel built from it, as `python -m build` makes them."""
    out = tmp_path_factory.mktemp("dist")
    run = subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)], capture_output=True, text=True, timeout=900
    )
    assert run.returncode == 0, (run.stdout + run.stderr)[-3000:]
    [sdist], [wheel] = out.glob("sbdesk-*.tar.gz"), out.glob("sbdesk-*.whl")
    return sdist, wheel


@pytest.fixture(scope="module")
def installed(built, tmp_path_factory):
    """A fresh venv with the wheel installed (no deps, no index): its bin folder."""
    venv = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / ("Scripts" if os.name == "nt" else "bin") / "python"
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout.strip()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    pip = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--no-deps",
            "--no-index",
            "--disable-pip-version-check",
            str(built[1]),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert pip.returncode == 0 and (python.parent / "sbdesk").is_file(), (pip.stdout + pip.stderr)[-2000:]
    # after the install: pip would take the editable install's dist-info there for this one
    deps = dict.fromkeys(sysconfig.get_paths()[k] for k in ("purelib", "platlib"))
    Path(site, "sbdesk_test_deps.pth").write_text("\n".join(deps) + "\n", encoding="utf-8")
    return python.parent


def names(path: Path) -> list[str]:
    if path.suffix == ".whl":
        with zipfile.ZipFile(path) as z:
            return z.namelist()
    with tarfile.open(path) as t:
        return [n.split("/", 1)[1] for n in t.getnames() if "/" in n]


def test_the_build_requirement_pins_the_runtime_qt():
    """The .qm files are compiled by the Qt that loads them: one version in both places."""

    def pin(requirements):
        return [r for r in requirements if r.startswith("PySide6-Essentials")]

    assert pin(PROJECT["build-system"]["requires"]) == pin(PROJECT["project"]["dependencies"])
    assert "==" in pin(PROJECT["project"]["dependencies"])[0]


@pytest.mark.parametrize(
    ("system", "machine", "wanted"),
    [
        ("linux", "x86_64", True),  # manylinux_2_28_x86_64: the desks, the old-glibc bundle (Debian 11)
        ("linux", "aarch64", True),  # manylinux_2_28_aarch64: 鲲鹏/飞腾 with 银河麒麟 V10 (glibc 2.31)
        ("win32", "AMD64", True),
        ("linux", "loongarch64", False),  # no wheel: pip would have to build SQLCipher from source
        ("linux", "riscv64", False),
        ("darwin", "arm64", False),
    ],
)
def test_sqlcipher3_is_asked_for_exactly_where_its_wheels_exist(system, machine, wanted):
    """Elsewhere an install must not fail on it: that sbdesk keeps its folders plain and offers no
    encryption (store/cipher.py: available() is False)."""
    from packaging.requirements import Requirement

    [requirement] = [Requirement(r) for r in PROJECT["project"]["dependencies"] if r.startswith("sqlcipher3")]
    assert str(requirement.specifier) == "==0.6.4"  # the file format: exactly the version folders were written with
    assert requirement.marker.evaluate({"sys_platform": system, "platform_machine": machine}) is wanted


def test_the_sdist_carries_what_the_wheel_build_reads(built):
    inside = set(names(built[0]))
    assert {
        "setup.py",
        "pyproject.toml",
        "MANIFEST.in",
        "resources/regions.json",
        "resources/policy.json",
        "resources/keys/publisher.pem",
        "i18n/sbdesk_zh_CN.ts",
        "i18n/sbdesk_en.ts",
        "sbdesk/store/migrations/0001_initial.sql",
    } <= inside
    assert not [n for n in inside if n.startswith((".venv/", "tests/", ".git/")) or n.endswith(".private.pem")]


def test_the_wheel_carries_the_data_and_nothing_else(built):
    inside = set(names(built[1]))
    assert {
        "sbdesk/data/resources/regions.json",
        "sbdesk/data/resources/policy.json",
        "sbdesk/data/resources/pension.json",
        "sbdesk/data/resources/manifest.json",
        "sbdesk/data/resources/keys/publisher.pem",
        "sbdesk/data/resources/notice/qinqing_zh_CN.html",
        "sbdesk/data/resources/manual/zh_CN/manual.md",  # Help → 使用手册, offline
        "sbdesk/data/resources/manual/zh_CN/images/verdict.png",
        "sbdesk/data/i18n/sbdesk_zh_CN.qm",
        "sbdesk/data/i18n/sbdesk_zh_CN.ts",
        "sbdesk/data/icons/cn.sbdesk.desk.svg",
        "sbdesk/store/migrations/0001_initial.sql",
        "sbdesk/store/migrations/postgresql/0009_schema.sql",
        "sbdesk/store/pinyin/readings.txt",
    } <= inside
    with zipfile.ZipFile(built[1]) as z:  # compiled when the wheel was built: the .qm are ignored by git
        assert z.getinfo("sbdesk/data/i18n/sbdesk_zh_CN.qm").file_size > 10_000
        assert "sbdesk = sbdesk.cli:main" in z.read(f"sbdesk-{VERSION}.dist-info/entry_points.txt").decode()
    assert not [n for n in inside if not n.startswith(("sbdesk/", f"sbdesk-{VERSION}.dist-info/"))]
    assert not [
        n
        for n in inside
        if "tests/" in n
        or ".venv" in n
        or "__pycache__" in n
        or n.endswith((".private.pem", ".pyc"))
        or n.startswith("sbdesk/data/resources/")
        and n.endswith(".py")
    ]


def test_the_installed_program_starts_in_chinese_from_any_folder(installed, tmp_path):
    """What a user of `pip install .` sees: `sbdesk` on PATH, the CLI in Chinese (LANG or --lang),
    the shipped catalogue, and the window."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP") and not k.startswith("SBDESK_")
    }
    env.update(PATH=f"{installed}{os.pathsep}{env.get('PATH', '')}", LANG="zh_CN.UTF-8", LC_ALL="")
    data, cwd = tmp_path / "data", tmp_path / "elsewhere"
    cwd.mkdir()

    assert Path(shutil.which("sbdesk", path=env["PATH"])) == installed / "sbdesk"

    def sbdesk(*args, **more):  # by name, as a user types it: the point is that it is on PATH
        return subprocess.run(
            ["sbdesk", *args],  # noqa: S607
            capture_output=True,
            text=True,
            cwd=cwd,
            env={**env, **more},
            timeout=120,
        )

    code = (
        "import json, sys, sbdesk, sbdesk.paths as p, sbdesk.ui.identity as i\n"
        "print(json.dumps([sbdesk.__file__, str(p.resource_dir()), str(p.i18n_dir()), str(i.icon_file()), sys.path]))"
    )
    where = subprocess.run(
        [str(installed / "python"), "-c", code], capture_output=True, text=True, cwd=cwd, env=env, timeout=60
    )
    assert where.returncode == 0, where.stderr[-2000:]
    module, resources, translations, icon, path = json.loads(where.stdout)
    venv = installed.parent
    assert all(Path(p).is_relative_to(venv) for p in (module, resources, translations, icon)), where.stdout
    assert str(ROOT) not in path and "" not in path[1:] and str(cwd) not in path

    version = sbdesk("--version", "--data-dir", str(data))
    assert version.returncode == 0, version.stderr[-2000:]
    assert version.stdout.startswith(f"sbdesk {VERSION}\n") and "政策数据" in version.stdout

    by_lang = sbdesk("idcheck", "110105194912310021", "--data-dir", str(data))
    assert by_lang.returncode == 1 and "校验码应为X" in by_lang.stdout, by_lang.stdout + by_lang.stderr[-2000:]
    by_option = sbdesk("idcheck", "--lang", "zh_CN", "110105194912310021", "--data-dir", str(data), LANG="en_US.UTF-8")
    assert by_option.returncode == 1 and "校验码应为X" in by_option.stdout, by_option.stdout + by_option.stderr[-2000:]

    regions = sbdesk("regions", "--cross-province", "--on", "2025-02-05", "--json", "--data-dir", str(data))
    assert regions.returncode == 0, regions.stderr[-2000:]
    opened = {r["name"] for r in json.loads(regions.stdout)}
    assert "合肥市" in opened and "长沙市" not in opened

    smoke = sbdesk("--data-dir", str(data), SBDESK_SMOKE="1", QT_QPA_PLATFORM="offscreen", CI="true")
    assert smoke.returncode == 0, smoke.stderr[-2000:]
    assert "shown" in smoke.stdout and list((data / "backups").glob("auto-*.db"))


def test_the_installed_window_loads_its_compiled_chinese(installed, tmp_path):
    """The window's translator reads the wheel's .qm (the CLI reads the .ts: the test above)."""
    code = (
        "from PySide6.QtCore import QCoreApplication\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from sbdesk.ui.language import LanguageManager\n"
        "LanguageManager().install('zh_CN')\n"
        "print(QCoreApplication.translate('recovery', '&Copy details'))\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH" and not k.startswith("SBDESK_")}
    out = subprocess.run(
        [str(installed / "python"), "-c", code],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**env, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "复制详情(&C)"
