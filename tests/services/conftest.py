"""Every service test runs on both engines: the SQLite file and a branch server database."""
from __future__ import annotations

import pytest

from sbdesk.services.desk import open_desk
from tests.conftest import TODAY


@pytest.fixture
def desk(data_dir, engine):
    d = open_desk(data_dir, operator="tester", today=lambda: TODAY, database=engine)
    yield d
    d.close()
