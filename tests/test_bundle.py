"""build.spec makes a one-folder bundle that runs without the source tree: the command
line answers and the window starts, shows and quits in smoke mode."""

import json
import os
import runpy
import shutil
import subprocess
from importlib.util import find_spec
from pathlib import Path

from tests.test_glibc_scan import glibc_scan

ROOT = Path(__file__).resolve().parents[1]


def test_the_bundle_builds_and_runs(bundle, tmp_path, capsys):
    assert_lighter(bundle)  # the session's one bundle: tests/bundle.py builds it
    run_bundle(tmp_path, bundle)
    report_glibc(bundle, capsys)


def assert_lighter(folder):
    """At most 200 MiB (it was 392 with OpenCV), without OpenCV and numpy (the `faces` extra) and
    the end-of-life OpenSSL 1.1 they brought, without GTK (build.spec, packaging/bundle_trim.py)."""
    du = subprocess.run([shutil.which("du") or "du", "-sb", str(folder)], capture_output=True, text=True, check=True)
    size = int(du.stdout.split()[0])
    print(f"bundle: {size / 2**20:.1f} MiB")
    assert size <= 200 * 2**20, f"the bundle is {size / 2**20:.1f} MiB"
    inside = {p.name for p in (folder / "_internal").iterdir()}
    assert not {"cv2", "numpy", "numpy.libs", "opencv_python_headless.libs", "libgtk-3.so.0"} & inside
    assert not list(folder.rglob("libssl*.so.1.1*"))
    trim = runpy.run_path(str(ROOT / "packaging" / "bundle_trim.py"))
    assert not [p.name for p in folder.rglob("*.so*") if p.is_file() and trim["has_debug_info"](p)]


def report_glibc(folder, capsys):
    """Print the oldest glibc the bundle runs on: the highest GLIBC_x.y its ELF files need (2.28 is
    wanted, for 统信UOS 20). A bundle built here needs this machine's; SBDESK_GLIBC_MAX=2.28 makes it a limit."""
    found = glibc_scan.scan_folder(folder)
    limit = os.environ.get("SBDESK_GLIBC_MAX")
    with capsys.disabled():
        print("\n" + "\n".join(glibc_scan.report(folder, found, limit, symbols=False)))
    assert folder / "sbdesk" in {n.path for n in found}
    here = "GLIBC_" + os.confstr("CS_GNU_LIBC_VERSION").split()[1]
    top = glibc_scan.highest(found)
    assert top and glibc_scan.version_key(top) <= glibc_scan.version_key(here)
    assert not (limit and glibc_scan.over(found, limit))


def run_bundle(tmp_path, folder=None):
    if folder is None:
        [folder] = (tmp_path / "dist").glob("sbdesk-*")
    program = folder / "sbdesk"
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "SBDESK_DATA_DIR")}
    data = tmp_path / "data"
    out = subprocess.run(
        [str(program), "idcheck", "11010519491231002X", "--json", "--lang", "en"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert out.returncode == 0 and json.loads(out.stdout)[0]["birth_date"] == "1949-12-31"
    out = subprocess.run(
        [str(program), "regions", "--cross-province", "--on", "2025-02-05", "--json", "--data-dir", str(data)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    opened = {r["name"] for r in json.loads(out.stdout)} if out.returncode == 0 else set()
    assert "合肥市" in opened and "长沙市" not in opened  # the generated catalogue and its reports ride along
    out = subprocess.run(
        [str(program), "--version", "--lang", "en", "--data-dir", str(data)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert out.returncode == 0 and "Policy data: edition " in out.stdout  # resources/manifest.json rides along
    assert "automatic face checking is not installed" in out.stdout  # OpenCV is the optional `faces` extra
    out = subprocess.run(
        [str(program), "--version", "--json", "--data-dir", str(data)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    # SQLCipher (sqlcipher3's extension and its static libcrypto) loads in the bundle wherever the
    # build machine has its wheel (x86_64 Linux, Windows); elsewhere the bundle offers no encryption
    assert out.returncode == 0 and json.loads(out.stdout)["encryption"] is bool(find_spec("sqlcipher3")), out.stderr
    assert list(folder.rglob("keyring-*.dist-info/entry_points.txt"))  # keyring finds its backends by these
    smoke = subprocess.run(
        [str(program), "--data-dir", str(data)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**env, "SBDESK_SMOKE": "1", "QT_QPA_PLATFORM": "offscreen", "CI": "true"},
        timeout=120,
    )
    assert smoke.returncode == 0, smoke.stderr[-2000:]
    assert "shown" in smoke.stdout and list((data / "backups").glob("auto-*.db"))
    zh = subprocess.run(
        [str(program), "idcheck", "110105194912310021", "--data-dir", str(data)],
        capture_output=True,
        text=True,
        env={**env, "LANG": "C.UTF-8"},
        cwd=tmp_path,
        timeout=120,
    )
    assert "校验码应为X" in zh.stdout  # the command line's translations travel in the bundle
    # the copy the program shows (build.spec added the machine's libraries), not the one in sbdesk's
    # dist-info (its PEP 639 license-files, which PyInstaller copies with the metadata)
    notices = folder / "_internal" / "resources" / "licences" / "THIRD-PARTY-NOTICES.txt"
    assert "PySide6_Essentials" in (text := notices.read_text(encoding="utf-8")) and "(Debian, from the machine" in text
    assert not list(folder.rglob("libreadline*"))  # GNU readline (GPL-3.0) is left out
