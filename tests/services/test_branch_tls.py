"""TLS to the branch server: sslmode=verify-full in the address is honoured (libpq checks the
server's certificate against the root given), and a certificate that does not verify is one
clear sentence, never a fall back to an unencrypted or local connection."""

import os
from pathlib import Path

import pytest

from sbdesk.domain.messages import Problem
from sbdesk.services import people
from sbdesk.services.desk import open_desk
from sbdesk.store import server
from tests.conftest import TODAY, make_id


def test_verify_full_is_accepted_and_a_wrong_root_is_refused(server_db, tmp_path):
    ca = os.environ.get("SBDESK_TEST_PG_CA", "")
    if not ca:  # `.ci/test-server.sh` makes a CA and starts the cluster with TLS when openssl is there
        if os.environ.get("CI"):
            pytest.fail("the CI's test server has no TLS (SBDESK_TEST_PG_CA unset)")
        pytest.skip("the test server has no TLS (SBDESK_TEST_PG_CA unset)")
    desk = open_desk(tmp_path / "d", today=lambda: TODAY, database=f"{server_db}?sslmode=verify-full&sslrootcert={ca}")
    assert desk.conn.execute("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").fetchone()[0] is True
    people.add(desk, name="张三", id_number=make_id(TODAY.replace(year=1980), "320505", 11), region="苏州市")
    desk.close()
    system = Path("/etc/ssl/certs/ca-certificates.crt")  # the public CAs: none of them signed our server
    other_root = tmp_path / "other-ca.crt"
    other_root.write_text(system.read_text(encoding="utf-8") if system.exists() else "", encoding="utf-8")
    with pytest.raises(server.ServerAway) as refused:
        open_desk(
            tmp_path / "e", today=lambda: TODAY, database=f"{server_db}?sslmode=verify-full&sslrootcert={other_root}"
        )
    text = Problem(refused.value.code, **refused.value.params).render()
    assert "cannot be reached" in text and "\n" not in text
    assert not (tmp_path / "e" / "sbdesk.db").exists()
