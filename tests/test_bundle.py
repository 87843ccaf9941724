"""build.spec makes a one-folder bundle that runs without the source tree: the command
line answers and the window starts, shows and quits in smoke mode."""
import json
import os
import subprocess
from pathlib import Path


ROOT = Path(__file__).resolve().parents[1]


def test_the_bundle_builds_and_runs(bundle, tmp_path):
    run_bundle(tmp_path, bundle)  # the session's one bundle: tests/bundle.py builds it


def run_bundle(tmp_path, folder=None):
    if folder is None:
        [folder] = (tmp_path / "dist").glob("sbdesk-*")
    program = folder / "sbdesk"
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "SBDESK_DATA_DIR")}
    data = tmp_path / "data"
    out = subprocess.run([str(program), "idcheck", "11010519491231002X", "--json", "--lang", "en"],
                         capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120)
    assert out.returncode == 0 and json.loads(out.stdout)[0]["birth_date"] == "1949-12-31"
    out = subprocess.run([str(program), "regions", "--cross-province", "--on", "2025-02-05", "--json",
                          "--data-dir", str(data)], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120)
    opened = {r["name"] for r in json.loads(out.stdout)} if out.returncode == 0 else set()
    assert "合肥市" in opened and "长沙市" not in opened  # the generated catalogue and its reports ride along
    out = subprocess.run([str(program), "--version", "--lang", "en", "--data-dir", str(data)], capture_output=True,
                         text=True, env=env, cwd=tmp_path, timeout=120)
    assert out.returncode == 0 and "Policy data: edition " in out.stdout  # resources/manifest.json rides along
    smoke = subprocess.run([str(program), "--data-dir", str(data)], capture_output=True, text=True, cwd=tmp_path,
                           env={**env, "SBDESK_SMOKE": "1", "QT_QPA_PLATFORM": "offscreen", "CI": "true"},
                           timeout=120)
    assert smoke.returncode == 0, smoke.stderr[-2000:]
    assert "shown" in smoke.stdout and list((data / "backups").glob("auto-*.db"))
    zh = subprocess.run([str(program), "idcheck", "110105194912310021", "--data-dir", str(data)],
                        capture_output=True, text=True, env={**env, "LANG": "C.UTF-8"}, cwd=tmp_path, timeout=120)
    assert "校验码应为X" in zh.stdout  # the command line's translations travel in the bundle
