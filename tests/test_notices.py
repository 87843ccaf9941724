"""sbdesk's licence and its third-party notices: LICENSE is Mulan PSL v2 word
for word; resources/licences/THIRD-PARTY-NOTICES.txt is what packaging/notices.py makes from the
installed distributions now, names every distribution whose code the program loads, and carries
the full LGPL v3 and GPL v3 texts that Qt, PySide6 and psycopg are used under."""

from __future__ import annotations

import hashlib
import importlib.metadata as md
import json
import runpy
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTICES = ROOT / "resources" / "licences" / "THIRD-PARTY-NOTICES.txt"
# LICENSE of openeuler-mirror/stratovirt (license/LICENSE, blob a589e86a), the same text as
# openeuler-mirror/iSulad's but for trailing spaces, and SPDX's MulanPSL-2.0
MULAN_PSL_2_SHA256 = "89591a592b25a07a294c67c0767bb2b061a60e544d76f4bbc438192882f34e92"


@pytest.fixture(scope="module")
def notices_module():
    return runpy.run_path(str(ROOT / "packaging" / "notices.py"), run_name="notices")


def test_licence_is_mulan_psl_2_verbatim_and_declared():
    assert hashlib.sha256((ROOT / "LICENSE").read_bytes()).hexdigest() == MULAN_PSL_2_SHA256
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "MulanPSL-2.0"
    assert all((ROOT / f).is_file() for f in project["license-files"])


def test_the_notices_are_what_the_installed_distributions_make():
    """Regenerating gives the same files (run python packaging/notices.py after a dependency changes)."""
    check = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "notices.py"), "--check"], capture_output=True, text=True, timeout=120
    )
    assert check.returncode == 0, check.stderr


def test_a_changed_dependency_makes_the_committed_file_stale(tmp_path, notices_module):
    """What --check compares: a distribution missing, or one under another licence, is stale; a new
    release of a ranged dependency under the same licence is not (a fresh install may take one)."""
    covered, committed = notices_module["covered"], NOTICES.read_text(encoding="utf-8")
    wanted = notices_module["expected"](notices_module["runtime_requirements"](), tmp_path)[tmp_path / NOTICES.name]
    assert covered(wanted) == covered(committed)
    assert covered(wanted) == covered(committed.replace("  openpyxl 3.", "  openpyxl 9."))
    assert covered(wanted) != covered(committed.replace("  platformdirs ", "  platformdirs-gone "))
    licence = next(line for line in committed.splitlines() if line.startswith("  openpyxl "))
    assert covered(wanted) != covered(committed.replace(licence, licence.rsplit(": ", 1)[0] + ": GPL-3.0"))


def test_a_missing_component_is_stale_though_another_wheel_carries_the_same_library(notices_module):
    """OpenSSL rides in psycopg-binary and in sqlcipher3: dropping one of them must show."""
    covered, committed = notices_module["covered"], NOTICES.read_text(encoding="utf-8")
    line = next(x for x in committed.splitlines() if x.startswith("  OpenSSL 3 libcrypto (in sqlcipher3): "))
    assert covered(committed.replace(line + "\n", "")) != covered(committed)


def test_what_sqlcipher3_links_statically_is_named_with_its_texts():
    """sqlcipher3's wheel carries pysqlite's licence only; its extension module holds SQLCipher and
    OpenSSL's libcrypto (their symbols say so), whose notices must travel with it."""
    try:
        dist = md.distribution("sqlcipher3")
    except md.PackageNotFoundError:
        pytest.skip("sqlcipher3 is installed only where its wheels exist (x86_64 Linux, Windows)")
    [module] = [f for f in dist.files or [] if f.name.startswith("_sqlite3.") and f.suffix in (".so", ".pyd")]
    binary = Path(dist.locate_file(module)).read_bytes()
    text = NOTICES.read_text(encoding="utf-8")
    assert b"sqlcipher_version" in binary and b"OPENSSL_init_crypto" in binary
    assert "  SQLCipher (in sqlcipher3): BSD-3-Clause\n" in text and "\nSQLCipher\n" in text
    assert "  OpenSSL 3 libcrypto (in sqlcipher3): Apache-2.0\n" in text and "\nOpenSSL 3 libcrypto\n" in text
    zetetic = (ROOT / "packaging" / "licences" / "sqlcipher-LICENSE.md").read_text(encoding="utf-8").strip()
    assert "Neither the name of the ZETETIC LLC" in zetetic and zetetic in text
    assert "  sqlcipher3 0.6.4: Zlib\n" in text  # its own LICENSE is the zlib licence's text


def test_every_distribution_whose_code_the_program_loads_is_named():
    """Independent of the requirement walk: import what the window, the branch mode, XLSX and policy
    packs import, and look up the distribution of every module loaded. (OpenCV is the optional
    `faces` extra: a bundle built with it writes its notices with that extra.)"""
    probe = (
        "import json, sys, importlib.metadata as md\n"
        "before = set(sys.modules)  # what site loaded (setuptools' distutils hook), not the program\n"
        "import sbdesk.app, sbdesk.ui.main_window, sbdesk.ui.licences, sbdesk.store.server, psycopg, openpyxl\n"
        "import cryptography.hazmat.primitives.asymmetric.ed25519, platformdirs\n"
        "import sbdesk.store.cipher, keyring, keyring.backends.SecretService; sbdesk.store.cipher.available()\n"
        "import psycopg.pq; psycopg.pq.version()\n"
        "owners = md.packages_distributions()\n"
        "print(json.dumps(sorted({d for m in set(sys.modules) - before for d in owners.get(m.split('.')[0], [])})))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert out.returncode == 0, out.stderr[-2000:]
    # openpyxl imports numpy only when it is there: the `faces` extra (in the test venv) brings it
    loaded = set(json.loads(out.stdout)) - {"sbdesk", "numpy"}
    assert {"PySide6_Essentials", "shiboken6", "psycopg", "psycopg-binary"} <= {
        md.distribution(d).metadata["Name"] for d in loaded
    } | loaded
    text = NOTICES.read_text(encoding="utf-8")
    missing = [d for d in loaded if f"\n{md.distribution(d).metadata['Name']} " not in text]
    assert missing == []


def test_the_lgpl_texts_and_the_bundled_components_are_there():
    text = NOTICES.read_text(encoding="utf-8")
    lgpl = (ROOT / "packaging" / "licences" / "common-licenses" / "LGPL-3").read_text(encoding="utf-8").strip()
    gpl = (ROOT / "packaging" / "licences" / "common-licenses" / "GPL-3").read_text(encoding="utf-8").strip()
    assert lgpl.startswith("GNU LESSER GENERAL PUBLIC LICENSE") and lgpl in text
    assert gpl.startswith("GNU GENERAL PUBLIC LICENSE") and gpl in text
    for section in (
        "PySide6_Essentials 6.11.3",
        "shiboken6 6.11.3",
        "psycopg 3.3.9",
        "psycopg-binary 3.3.9",
        "Qt",
        "ICU",
        "PostgreSQL libpq",
        "OpenSSL 3",
        "CPython " + sys.version.split()[0],
    ):
        assert f"\n{section}\n" in text, section
    assert "sbdesk uses it under: LGPL-3.0-only" in text  # PySide6's choice of licences, said
    assert (ROOT / "resources" / "licences" / "LICENSE").read_bytes() == (ROOT / "LICENSE").read_bytes()


@pytest.mark.parametrize(
    "marker, extras, expected",
    [
        ('implementation_name != "pypy" and extra == "binary"', {"binary"}, True),
        ('implementation_name != "pypy" and extra == "binary"', set(), False),
        ('python_version < "3.13"', set(), sys.version_info < (3, 13)),
        ('sys_platform == "win32"', set(), sys.platform == "win32"),
        ("python_full_version < '3.11'", set(), False),
        ('(extra == "a" or extra == "b") and os_name == "posix"', {"b"}, sys.platform != "win32"),
    ],
)
def test_markers_choose_the_requirements_of_this_platform(notices_module, marker, extras, expected):
    assert notices_module["_marker_true"](marker, frozenset(extras)) is expected


def test_an_installed_wheel_without_the_resources_still_has_its_texts(tmp_path, monkeypatch):
    """pip puts pyproject's license-files in the dist-info: the window reads them there when the
    resources folder lacks them."""
    from sbdesk import licences, paths

    monkeypatch.setattr(paths, "resource_dir", lambda: tmp_path)

    class Dist:
        def read_text(self, name):
            return {"licenses/LICENSE": "Mulan", "licenses/resources/licences/THIRD-PARTY-NOTICES.txt": "PySide6"}.get(
                name
            )

    monkeypatch.setattr(md, "distribution", lambda name: Dist())
    assert licences.text("LICENSE") == "Mulan"
    assert licences.text("THIRD-PARTY-NOTICES.txt") == "PySide6"
    monkeypatch.setattr(md, "distribution", lambda name: (_ for _ in ()).throw(md.PackageNotFoundError(name)))
    assert licences.text("LICENSE") is None
