"""Every action the services write to the audit log has its words (domain/audit_words.py): a code
left out is shown as stored ("audit.restore_declared"), English in the Chinese window."""

from __future__ import annotations

import re
from pathlib import Path

import sbdesk
from sbdesk.domain import audit_words as labels

WRITTEN = re.compile(r"""\.audit\(\s*"([a-z_]+\.[a-z_]+)\"""")


def test_each_action_written_has_words():
    root = Path(sbdesk.__file__).parent
    codes = {code for f in root.rglob("*.py") for code in WRITTEN.findall(f.read_text(encoding="utf-8"))}
    assert "person.add" in codes and "audit.restore_declared" in codes  # the search finds them
    assert sorted(codes - set(labels.ACTIONS)) == []


def test_a_declared_restore_is_in_words():
    assert {"row", "restore"} <= set(labels.DETAILS)  # sbdesk restored's detail keys
