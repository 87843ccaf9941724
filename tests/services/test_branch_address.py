"""A branch server's address: TLS unless it says otherwise, no password ever shown, and a
warning for a password on the command line (store/pg_address.py)."""

import contextlib
import os
import socket
import struct
import subprocess
import sys
import threading
from urllib.parse import urlsplit

import pytest

from sbdesk.domain.messages import Problem
from sbdesk.services.desk import open_desk
from sbdesk.store import server
from tests.conftest import TODAY, need_server, pg_url

SSL_REQUEST = struct.pack("!ii", 8, 80877103)


def outward_address() -> str:
    """This computer's address on its network (not loopback): no packet is sent."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.connect(("192.0.2.1", 9))
        return probe.getsockname()[0]


class Middlebox:
    """Something on the path between a desk and the server: it listens on this computer's
    network address and forwards to the test server; with ``refuse_tls`` it answers a TLS
    request with 'N' (as a box that strips TLS does) and notes what the client sends next."""

    def __init__(self, target: tuple[str, int], refuse_tls: bool) -> None:
        self.target, self.refuse_tls = target, refuse_tls
        self.clear_startup = False  # the client went on without TLS
        self.listener = socket.create_server((outward_address(), 0))
        self.host, self.port = self.listener.getsockname()[:2]
        threading.Thread(target=self.serve, daemon=True).start()

    def serve(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self.handle, args=(client,), daemon=True).start()

    def handle(self, client: socket.socket) -> None:
        upstream = socket.create_connection(self.target)
        first = client.recv(8)
        if first == SSL_REQUEST and self.refuse_tls:
            client.sendall(b"N")
            first = client.recv(65536)
            self.clear_startup = bool(first)
        upstream.sendall(first)
        for a, b in ((client, upstream), (upstream, client)):
            threading.Thread(target=self.pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def pipe(a: socket.socket, b: socket.socket) -> None:
        try:
            while data := a.recv(65536):
                b.sendall(data)
        except OSError:
            return
        finally:
            for s in (a, b):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)

    def url(self, server_db: str, query: str = "") -> str:
        parts = urlsplit(server_db)
        login = parts.netloc.rpartition("@")[0]
        return f"postgresql://{login}@{self.host}:{self.port}{parts.path}{query}"

    def close(self) -> None:
        self.listener.close()


@pytest.fixture
def middlebox(server_db):
    parts = urlsplit(server_db)
    if outward_address().startswith("127."):
        pytest.skip("this computer has no network address besides loopback")
    boxes = []

    def make(refuse_tls: bool) -> Middlebox:
        boxes.append(Middlebox((parts.hostname, parts.port), refuse_tls))
        return boxes[-1]

    yield make
    for box in boxes:
        box.close()


def cli(*args, env=None, tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "sbdesk", "--data-dir", str(tmp_path / "cli"), "--lang", "en", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )
    return done.returncode, done.stdout, done.stderr.strip()


def rendered(exc) -> str:
    return Problem(exc.code, **exc.params).render()


def test_an_address_without_sslmode_to_another_computer_never_falls_back_to_clear_text(
    server_db, middlebox, tmp_path, monkeypatch
):
    monkeypatch.delenv("PGSSLMODE", raising=False)
    box = middlebox(refuse_tls=True)
    with pytest.raises(server.ServerAway) as refused:
        open_desk(tmp_path / "d", today=lambda: TODAY, database=box.url(server_db))
    assert not box.clear_startup  # nothing, not even the sign-in, went out unencrypted
    assert "offers no encrypted connection" in rendered(refused.value)


def test_clear_text_is_what_the_address_asks_for_and_is_warned_about(server_db, middlebox, tmp_path):
    box = middlebox(refuse_tls=True)
    code, out, err = cli(
        "--database", box.url(server_db, "?sslmode=prefer"), "person", "list", "--json", tmp_path=tmp_path
    )
    assert code == 0 and out.strip() == "[]" and box.clear_startup
    warning = [line for line in err.splitlines() if "sslmode=prefer" in line]
    assert len(warning) == 1 and "unencrypted" in warning[0] and "verify-full" in warning[0]


def test_a_verified_connection_needs_the_branchs_root_certificate(server_db, middlebox, tmp_path, monkeypatch):
    """TLS passes the middlebox; without a root certificate (none in ~/.postgresql) the
    default verify-full refuses, in one sentence that says what to add."""
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("PGSSLROOTCERT", raising=False)
    monkeypatch.delenv("PGSSLMODE", raising=False)
    box = middlebox(refuse_tls=False)
    with pytest.raises(server.ServerAway) as refused:
        open_desk(tmp_path / "d", today=lambda: TODAY, database=box.url(server_db))
    assert "sslrootcert" in rendered(refused.value) and "\n" not in rendered(refused.value)


def test_a_server_on_this_computer_needs_no_sslmode(server_db, tmp_path, monkeypatch):
    monkeypatch.delenv("PGSSLMODE", raising=False)
    desk = open_desk(tmp_path / "d", today=lambda: TODAY, database=server_db)  # 127.0.0.1, no sslmode
    desk.close()
    assert server.clear_text_warning(server_db) is None


@pytest.mark.parametrize(
    "address, secret",
    [
        ("postgresql://clerk:p%zzsecret@127.0.0.1/sbdesk", "zzsecret"),
        ("postgresql://clerk:topsecret@127.0.0.1/sbdesk?sslmod=require", "topsecret"),
        ("postgresql://clerk:topsecret@127.0.0.1:99999999/sbdesk?x=%zz", "topsecret"),
    ],
)
def test_an_address_that_does_not_parse_is_said_without_its_password(address, secret, tmp_path):
    code, out, err = cli("--database", address, "person", "list", tmp_path=tmp_path)
    lines = [line for line in err.splitlines() if "not a branch database address" in line]
    assert code == 2 and len(lines) == 1, err
    assert secret not in err and "Traceback" not in err


def test_a_password_on_the_command_line_is_warned_about_and_one_in_the_environment_is_not(server_db, tmp_path):
    need_server()
    code, _, err = cli("--database", server_db, "person", "list", tmp_path=tmp_path)
    assert code == 0 and len([line for line in err.splitlines() if "~/.pgpass" in line]) == 1, err
    code, _, err = cli("person", "list", env={"SBDESK_DATABASE": server_db}, tmp_path=tmp_path)
    assert code == 0 and "pgpass" not in err
    name = server_db.rsplit("/", 1)[1]
    code, _, err = cli(
        "--database",
        pg_url(name, urlsplit(server_db).username),
        "person",
        "list",
        env={"PGPASSWORD": urlsplit(server_db).password or ""},
        tmp_path=tmp_path,
    )
    assert code == 0 and "pgpass" not in err
