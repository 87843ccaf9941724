"""Shared fixtures: every test gets its own data folder and a fixed 'today'."""
from __future__ import annotations

import os
from datetime import date

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sbdesk.domain.idnumber import check_char
from sbdesk.services.desk import open_desk

TODAY = date(2026, 11, 25)


def pytest_addoption(parser):
    parser.addoption("--soak-minutes", type=float, default=0,
                     help="run the window's soak test for this many minutes instead of 2,000 actions")


def make_id(birth: date, division: str = "510104", seq: int = 123) -> str:
    """A valid number for a given birth date; odd ``seq`` is male."""
    body = f"{division}{birth:%Y%m%d}{seq:03d}"
    return body + check_char(body)


@pytest.fixture
def data_dir(tmp_path):
    return tmp_path / "data"


@pytest.fixture
def desk(data_dir):
    d = open_desk(data_dir, operator="tester", today=lambda: TODAY)
    yield d
    d.close()
