"""Addresses and presets a careless hand writes: one translated line and exit 2, never a
traceback, and never a desk quietly working on a file of its own."""

from __future__ import annotations

import re

import pytest

from tests.cli.test_cli import run


@pytest.mark.parametrize("host", ["db..branch.local", "h" * 64])  # a doubled dot; a label over 63 characters
def test_a_host_name_that_cannot_be_one_is_said_as_an_unknown_host(tmp_path, host):
    """Like any name no computer has: one line, exit 3 (the server cannot be reached)."""
    out = run("person", "list", "--lang", "en", "--data-dir", str(tmp_path / "d"), "--database",
              f"postgresql://zhangwei@{host}/sbdesk")  # fmt: skip
    assert "Traceback" not in out.stderr, out.stderr
    assert (out.returncode, len(out.stderr.strip().splitlines())) == (3, 1), out.stderr
    assert "no computer on the network has that name" in out.stderr
    assert not (tmp_path / "d" / "sbdesk.db").exists()  # not a file of its own instead


@pytest.mark.parametrize("where", ["folder", "missing/out.csv"])
def test_an_output_that_cannot_be_written_is_said_in_chinese(tmp_path, where):
    """audit --output at a folder or in a folder that is not there: the reason in the reader's
    language, not the operating system's English ("Is a directory")."""
    from tests.cli.test_audit_cli import office

    d = office(tmp_path)
    (tmp_path / "folder").mkdir()
    target = tmp_path / where
    out = run("audit", "--output", str(target), "--lang", "zh_CN", data_dir=d)
    assert (out.returncode, len(out.stderr.strip().splitlines())) == (2, 1), out.stderr
    words = out.stderr.replace(str(target), "").replace(str(target.parent), "")
    assert not re.search("[A-Za-z]{2,}", words), out.stderr
    assert not target.is_file() and sorted(p.name for p in tmp_path.iterdir()) == ["d", "folder"]


def test_the_audit_lines_in_chinese_have_no_codes(tmp_path):
    """At the prompt an action and its detail are words (domain/audit_words.py), as in the window."""
    from tests.cli.test_audit_cli import office

    out = run("audit", "--lang", "zh_CN", data_dir=office(tmp_path))
    assert out.returncode == 0, out.stderr
    assert not re.search(r"\b[a-z_]+\.[a-z_]+\b|[a-z_]+=", out.stdout), out.stdout


@pytest.mark.parametrize("command", ["report", "audit"])
@pytest.mark.parametrize("option", ["--from", "--to"])
def test_an_id_number_typed_as_a_date_is_not_echoed_in_full(tmp_path, command, option):
    """An ID number pasted into the wrong field: refused as a date, shown masked."""
    from tests.cli.test_audit_cli import WIFE, office

    d = office(tmp_path)
    args = ("--from", "2026-01-01", option, WIFE) if option == "--to" else (option, WIFE)
    out = run(command, *args, "--lang", "en", data_dir=d)
    assert (out.returncode, out.stdout) == (2, ""), out.stderr
    assert WIFE not in out.stderr and f"{WIFE[:6]}********{WIFE[-4:]} is not a date" in out.stderr, out.stderr


@pytest.mark.parametrize(
    "args", [("audit", "--limit", "{id}"), ("report", "{id}", "--from", "2026-01-01"), ("{id}",)]
)  # fmt: skip
def test_argparse_errors_echo_an_id_number_masked(tmp_path, args):
    """argparse's own errors ("invalid int value", "unrecognized arguments") quote what was typed."""
    number = "11010519491231002X"  # the standard's example: not a number to --limit
    out = run(*(a.format(id=number) for a in args), "--lang", "en", data_dir=tmp_path / "d")
    assert out.returncode == 2 and len(out.stderr.strip().splitlines()) == 1, out.stderr
    assert number not in out.stderr and "110105********002X" in out.stderr, out.stderr


def test_a_broken_chain_is_said_in_chinese(tmp_path):
    """audit --verify on a row edited behind sbdesk's back: every line in the reader's words."""
    import sqlite3

    from tests.cli.test_audit_cli import office

    d = office(tmp_path)
    conn = sqlite3.connect(d / "sbdesk.db")
    guard = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'audit_no_update'").fetchone()[0]
    conn.execute("DROP TRIGGER audit_no_update")
    conn.execute("UPDATE audit SET operator = '李雷' WHERE id = 2")
    conn.execute(guard)
    conn.commit()
    conn.close()
    out = run("audit", "--verify", "--lang", "zh_CN", data_dir=d)
    assert out.returncode == 3, out.stderr
    lines = out.stdout.strip().splitlines()
    assert len(lines) == 2 and "2" in lines[1], lines
    assert not re.search("[A-Za-z]{3,}", out.stdout), out.stdout
