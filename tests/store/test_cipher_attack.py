"""SQLCipher's files met in odd states: what a read-only open may and may not do."""

from __future__ import annotations

import contextlib

import pytest

from sbdesk.store import cipher

pytestmark = pytest.mark.skipif(not cipher.available(), reason="this build has no SQLCipher")


def test_an_orphan_journal_does_not_make_a_missing_database(tmp_path):
    (tmp_path / "sbdesk.db-journal").write_bytes(b"x" * 600)  # a journal left where no file is
    with contextlib.suppress(Exception):  # whatever it says, it must not create
        cipher.connect(tmp_path / "sbdesk.db", cipher.new_secret(), read_only=True).close()
    assert not (tmp_path / "sbdesk.db").exists()  # else a missing database reads as an empty one
