"""A damaged resources/policy.json (read when first needed) refuses an office's import
before writing it: the command's failure never follows a change it has already saved."""

import json
import shutil
from datetime import date

import pytest

from sbdesk import cli, paths
from sbdesk.services.desk import open_desk
from sbdesk.store import audit
from tests.conftest import make_id


@pytest.mark.parametrize(
    "name, text",
    [
        ("rel.json", {"relations": {"provinces": {"江苏省": ["spouse", "parent", "child"]}}}),
        ("fig.json", {"pension": {"average_wage": 9000, "account_rate": 0.08}}),
    ],
)
def test_an_import_on_a_damaged_policy_file_says_so_and_saves_nothing(tmp_path, monkeypatch, capsys, name, text):
    data = tmp_path / "data"
    assert (
        cli.main([
            "person",
            "add",
            "--name",
            "张伟",
            "--id-number",
            make_id(date(1978, 3, 4), "320505", 15),
            "--data-dir",
            str(data),
            "--operator",
            "t",
        ])
        == 0
    )
    damaged = tmp_path / "resources"
    shutil.copytree(paths.resource_dir(), damaged)
    (damaged / "policy.json").write_text("{not json", encoding="utf-8")
    upload = tmp_path / name
    upload.write_text(json.dumps(text, ensure_ascii=False), encoding="utf-8")
    capsys.readouterr()
    with monkeypatch.context() as m:
        m.setattr(paths, "resource_dir", lambda: damaged)
        command = "regions" if name == "rel.json" else "pension"
        code = cli.main([command, "import", str(upload), "--data-dir", str(data), "--operator", "t", "--lang", "en"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1 and "policy.json is invalid" in err[0]
    desk = open_desk(data, operator="t")
    try:
        assert not [e["action"] for e in audit.entries(desk.conn) if e["action"].startswith("policy.")]
    finally:
        desk.close()
