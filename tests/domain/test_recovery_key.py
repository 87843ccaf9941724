"""The recovery key as a person writes it down and types it back."""

from __future__ import annotations

import os

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sbdesk.domain.recovery_key import RAW_BYTES, format_key, parse_key


@given(st.binary(min_size=RAW_BYTES, max_size=RAW_BYTES))
def test_a_shown_key_reads_back_as_the_same_bytes(raw):
    shown = format_key(raw)
    assert len(shown.split("-")) == 8 and all(len(g) == 4 for g in shown.split("-"))
    assert parse_key(shown) == raw


def test_case_spaces_and_look_alike_digits_are_read_as_meant():
    raw = os.urandom(RAW_BYTES)
    shown = format_key(raw)
    typed = " " + shown.lower().replace("-", " ").replace("o", "0").replace("i", "1").replace("b", "8") + "\n"
    assert parse_key(typed) == raw


@pytest.mark.parametrize(
    "text", ["", "correct horse battery", "ABCD-EFGH", "A" * 31, "A" * 33, "ABCD-EFGH-" * 3 + "ABC9"]
)
def test_text_that_is_no_key_is_none(text):
    assert parse_key(text) is None


def test_only_twenty_bytes_make_a_key():
    with pytest.raises(ValueError):
        format_key(b"\0" * 19)
