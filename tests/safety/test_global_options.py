"""--data-dir, --json, --lang and --operator work wherever they stand."""

import json
import os
import sqlite3
import subprocess
import sys
from datetime import date

import pytest

from tests.conftest import make_id

NUMBER = make_id(date(1980, 5, 1), "320505", 11)


def run(*args, env_dir):
    env = {**os.environ, "SBDESK_DATA_DIR": str(env_dir)}
    return subprocess.run([sys.executable, "-m", "sbdesk", *args], capture_output=True, text=True, env=env, timeout=120)


GLOBALS = ["--data-dir", "{dir}", "--json", "--lang", "en", "--operator", "clerk7"]
ADD = ["--name", "张三", "--id-number", NUMBER, "--region", "苏州市"]


@pytest.mark.parametrize("where", ["before", "between", "after"])
def test_global_options_work_before_between_and_after_the_sub_command(tmp_path, where):
    target, decoy = tmp_path / "target", tmp_path / "decoy"
    opts = [a.format(dir=target) for a in GLOBALS]
    argv = {
        "before": opts + ["person", "add"] + ADD,
        "between": ["person"] + opts + ["add"] + ADD,
        "after": ["person", "add"] + ADD + opts,
    }[where]
    out = run(*argv, env_dir=decoy)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["name"] == "张三"  # --json honoured
    assert not (decoy / "sbdesk.db").exists()  # --data-dir honoured, not the default folder
    conn = sqlite3.connect(target / "sbdesk.db")
    operators = {r[0] for r in conn.execute("SELECT operator FROM audit WHERE action='person.add'")}
    conn.close()
    assert operators == {"clerk7"}


@pytest.mark.parametrize("where", ["before", "after"])
def test_restore_goes_into_the_data_dir_named_wherever_it_stands(tmp_path, where):
    from tests.safety.helpers import count, populate

    target, decoy, other = tmp_path / "target", tmp_path / "decoy", tmp_path / "other"
    populate(target, 1)
    populate(decoy, 2)
    populate(other, 3)
    made = run("backup", str(tmp_path / "three.db"), "--data-dir", str(other), env_dir=decoy)
    assert made.returncode == 0, made.stderr
    opts = ["--data-dir", str(target), "--lang", "en"]
    argv = (
        opts + ["restore", str(tmp_path / "three.db")]
        if where == "before"
        else ["restore", str(tmp_path / "three.db")] + opts
    )
    out = run(*argv, env_dir=decoy)
    assert out.returncode == 0, out.stderr
    assert (count(target), count(decoy)) == (3, 2)


def test_the_last_of_two_values_wins_in_both_parser_and_language(tmp_path):
    out = run("--lang", "zh_CN", "idcheck", "110105194912310021", "--lang", "en", env_dir=tmp_path)
    assert "should be X" in out.stdout
