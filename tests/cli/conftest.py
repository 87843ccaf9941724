"""The command-line tests that write (bind, unbind, edit, import, audit) run on both engines:
`run()` passes the environment on, so SBDESK_DATABASE picks the branch server or the file."""

from __future__ import annotations

import pytest


@pytest.fixture
def both_engines(engine, monkeypatch):
    monkeypatch.setenv("SBDESK_DATABASE", engine)  # "": the SQLite file in the data folder
    return engine
