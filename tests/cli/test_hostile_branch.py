"""Addresses and presets a careless hand writes: one translated line and exit 2, never a
traceback, and never a desk quietly working on a file of its own."""

from __future__ import annotations

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
