"""`sbdesk policy install|trust-key|show` and `sbdesk --version`: one line and exit 2 for every
refusal, nothing written; the edition in use printed."""

from __future__ import annotations

import importlib.util
import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

from tests.packs import keypair, make_pack
from tests.safety.helpers import cli

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = json.loads((ROOT / "resources" / "manifest.json").read_text(encoding="utf-8"))


def audit_rows(folder) -> int:
    done = cli("check", "--data-dir", folder, "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)["counts"]["audit"]


def test_version_prints_the_program_and_the_edition_of_the_policy_data(tmp_path):
    done = cli("--version", "--data-dir", tmp_path / "none")
    assert done.returncode == 0
    assert done.stdout.splitlines()[1] == f"Policy data: edition {SHIPPED['edition']} (sbdesk 项目组, shipped)"
    assert done.stdout.startswith("sbdesk 0.")


def test_version_says_whether_this_build_can_encrypt(tmp_path):
    """What a bundle's tests and a support call read: a build without SQLCipher (no wheel for its
    platform) says so, and one with it says it can encrypt."""

    def encryption(block: bool) -> bool:
        code = "import sys\n" + ("sys.modules['sqlcipher3'] = None\n" if block else "")
        code += "from sbdesk.cli import main; sys.exit(main(sys.argv[1:]))"
        done = subprocess.run(
            [sys.executable, "-c", code, "--version", "--json", "--data-dir", str(tmp_path / "none")],
            capture_output=True,
            text=True,
            timeout=120,
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        assert done.returncode == 0, done.stderr[-2000:]
        return json.loads(done.stdout)["encryption"]

    assert encryption(block=True) is False
    assert encryption(block=False) is (importlib.util.find_spec("sqlcipher3") is not None)


def test_install_a_signed_pack_from_the_command_line(tmp_path):
    data = tmp_path / "data"
    private, public = keypair(tmp_path)
    done = cli("policy", "trust-key", public, "--data-dir", data, "--operator", "王主任")
    assert done.returncode == 0, done.stderr
    done = cli("policy", "install", make_pack(tmp_path, private), "--data-dir", data, "--operator", "王主任")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "Installed the policy data of edition 2027-03-31 (某市医保经办中心)."
    assert (
        cli("--version", "--data-dir", data).stdout.splitlines()[1]
        == "Policy data: edition 2027-03-31 (某市医保经办中心, installed pack)"
    )
    shown = json.loads(cli("policy", "show", "--data-dir", data, "--json").stdout)
    assert shown["edition"] == "2027-03-31" and shown["source"] == "pack" and shown["shipped"] == SHIPPED["edition"]
    again = cli("policy", "install", make_pack(tmp_path, private, name="b.sbpack"), "--data-dir", data)
    assert again.returncode == 2 and again.stderr.count("\n") == 1
    assert "is not newer than the edition in use (2027-03-31)" in again.stderr


def test_every_refusal_is_one_line_exit_2_and_writes_nothing(tmp_path):
    data = tmp_path / "data"
    private, public = keypair(tmp_path)
    assert cli("policy", "trust-key", public, "--data-dir", data).returncode == 0
    stranger, _ = keypair(tmp_path, "stranger")
    tampered = make_pack(tmp_path, private, name="tampered.sbpack")
    with zipfile.ZipFile(tampered) as archive:
        members = {i.filename: archive.read(i) for i in archive.infolist()}
    members["policy.json"] = members["policy.json"].replace(b"spouse", b"friend", 1)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, body in members.items():
            archive.writestr(name, body)
    tampered.write_bytes(out.getvalue())
    cases = {
        make_pack(tmp_path, stranger, name="stranger.sbpack"): "which is not trusted here",
        tampered: "does not match the checksum in its manifest",
        make_pack(tmp_path, private, edition=SHIPPED["edition"], name="same.sbpack"): "is not newer",
        tmp_path / "absent.sbpack": "absent.sbpack",
    }
    before = audit_rows(data)
    for pack, says in cases.items():
        done = cli("policy", "install", pack, "--data-dir", data)
        assert done.returncode == 2 and done.stderr.count("\n") == 1 and says in done.stderr, done.stderr
        assert "Traceback" not in done.stderr
    assert audit_rows(data) == before
    assert json.loads(cli("policy", "show", "--data-dir", data, "--json").stdout)["source"] == "shipped"
    done = cli("policy", "trust-key", public, "--data-dir", data)
    assert done.returncode == 2 and "already trusted" in done.stderr
    done = cli("policy", "install", "--data-dir", data)
    assert done.returncode == 2 and done.stderr.count("\n") == 1
