"""The shipped manifest is the shipped files' (run resources/manifest.py after changing one)."""

import hashlib
import json
import subprocess
import sys
from pathlib import Path

from sbdesk.domain.edition import parse_manifest

RESOURCES = Path(__file__).resolve().parents[1] / "resources"


def test_the_shipped_manifest_matches_the_shipped_files():
    manifest = json.loads((RESOURCES / "manifest.json").read_text(encoding="utf-8"))
    parse_manifest(manifest)
    rule_files = {p.name for p in RESOURCES.glob("*.json")} - {"manifest.json"}
    assert set(manifest["files"]) == rule_files, "run: python resources/manifest.py"
    for name, digest in manifest["files"].items():
        assert hashlib.sha256((RESOURCES / name).read_bytes()).hexdigest() == digest, (
            f"{name} changed: run python resources/manifest.py"
        )


def test_the_script_agrees():
    done = subprocess.run([sys.executable, str(RESOURCES / "manifest.py"), "--check"], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
