"""Every service test runs on both engines: the SQLite file and a branch server database."""

from __future__ import annotations

import secrets

import pytest

from sbdesk.services.desk import open_desk
from tests.conftest import TODAY, pg_admin, pg_url


@pytest.fixture
def desk(data_dir, engine):
    d = open_desk(data_dir, operator="tester", today=lambda: TODAY, database=engine)
    yield d
    d.close()


@pytest.fixture
def logins(server_db):
    """login(role) -> (url, name, password) of a new login role that is a member of sbdesk_<role>."""
    made = []
    dbname = server_db.rsplit("/", 1)[1]

    def login(role: str, with_password: bool = True):
        name, password = f"{role}_{secrets.token_hex(4)}", secrets.token_hex(12)
        with pg_admin() as admin:
            admin.execute(f"CREATE ROLE {name} LOGIN PASSWORD '{password}' IN ROLE sbdesk_{role}")
        made.append(name)
        return pg_url(dbname, name, password if with_password else None), name, password

    yield login
    with pg_admin() as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {dbname} WITH (FORCE)")
        for name in made:
            admin.execute(f"DROP ROLE IF EXISTS {name}")
