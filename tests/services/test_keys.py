"""A protected data folder's keys (services/keys.py): every way to unlock it, every way to be
refused, and what is written (protection.json, the keyring, the audit log). The system keyring
is the one test double: a small in-memory backend set with keyring.set_keyring()."""

from __future__ import annotations

import json
import os
import stat
import threading
from datetime import date
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from sbdesk import paths
from sbdesk.domain import recovery_key
from sbdesk.services import audit_log, keychain, keys, people, protection
from sbdesk.services.desk import open_desk
from sbdesk.services.errors import InputError, NoDatabase
from sbdesk.store import cipher
from tests.conftest import make_id

PASSWORD = "correct horse battery"


class MemoryKeyring(KeyringBackend):
    """The OS secret store, in memory."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.entries.get((service, username))

    def set_password(self, service, username, password):
        self.entries[(service, username)] = password

    def delete_password(self, service, username):
        del self.entries[(service, username)]


class BrokenKeyring(MemoryKeyring):
    def get_password(self, service, username):
        raise RuntimeError("org.freedesktop.DBus.Error.ServiceUnknown")


class HangingKeyring(MemoryKeyring):
    """A locked collection whose unlock prompt nobody answers."""

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()

    def get_password(self, service, username):
        self.release.wait()
        return None


@pytest.fixture
def ring():
    before = keyring.get_keyring()
    found = MemoryKeyring()
    keyring.set_keyring(found)
    yield found
    keyring.set_keyring(before)


@pytest.fixture
def no_ring():
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


@pytest.fixture
def folder(tmp_path, monkeypatch):
    """A plain data folder with one person; its key forgotten after the test."""
    monkeypatch.delenv(keys.KEY_FILE, raising=False)
    monkeypatch.delenv("SBDESK_DATABASE", raising=False)
    path = tmp_path / "office"
    desk = open_desk(path, operator="tester")
    people.add(desk, name="张伟", id_number=make_id(date(1978, 3, 4), "320505", 15), region="苏州市")
    desk.close()
    yield path
    keys.lock(path)


def key_file(tmp_path: Path, text: str, mode: int = 0o600) -> Path:
    path = tmp_path / f"key-{len(list(tmp_path.glob('key-*')))}"
    path.write_text(text + "\n", encoding="utf-8")
    path.chmod(mode)
    return path


def names(folder: Path) -> list[str]:
    desk = open_desk(folder, operator="tester", create=False)
    try:
        return [p.name for p in people.search(desk, "")]
    finally:
        desk.close()


def code(exc: pytest.ExceptionInfo) -> str:
    return exc.value.problems[0][1].code


def test_an_encrypted_folder_opens_by_password_recovery_key_keyring_and_key_file(folder, tmp_path, ring, monkeypatch):
    shown = keys.encrypt(folder, PASSWORD, remember=True)
    assert recovery_key.parse_key(shown) is not None
    assert names(folder) == ["张伟"]

    keys.lock(folder)
    assert keys.unlock(folder, ask=None) == "keyring"
    keys.lock(folder)
    ring.entries.clear()
    assert keys.unlock(folder, ask=lambda what: PASSWORD) == "password"
    keys.lock(folder)
    assert keys.unlock(folder, ask=lambda what: shown.lower().replace("-", " ")) == "recovery"
    keys.lock(folder)
    monkeypatch.setenv(keys.KEY_FILE, str(key_file(tmp_path, shown)))
    assert keys.unlock(folder) == "key_file"
    assert names(folder) == ["张伟"]


def test_wrong_keys_are_refused_each_with_its_line(folder, tmp_path, no_ring, monkeypatch):
    keys.encrypt(folder, PASSWORD, remember=False)
    keys.lock(folder)
    cases = [
        ({}, lambda what: "not the password", "keys.wrong"),
        ({}, lambda what: "AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA", "keys.wrong"),
        ({}, lambda what: None, "keys.cancelled"),
        ({}, None, "keys.no_way"),
        ({keys.KEY_FILE: str(key_file(tmp_path, "not the password"))}, None, "keys.file_wrong"),
        ({keys.KEY_FILE: str(key_file(tmp_path, PASSWORD, 0o644))}, None, "keys.file_open"),
        ({keys.KEY_FILE: str(key_file(tmp_path, PASSWORD, 0o640))}, None, "keys.file_open"),
        ({keys.KEY_FILE: str(tmp_path / "nowhere")}, None, "keys.file_missing"),
        ({keys.KEY_FILE: str(tmp_path)}, None, "keys.file_bad"),
        ({keys.KEY_FILE: str(key_file(tmp_path, ""))}, None, "keys.file_bad"),
    ]
    for env, ask, expected in cases:
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        with pytest.raises(InputError) as exc:
            keys.unlock(folder, ask=ask)
        assert code(exc) == expected, (env, expected)
        assert not cipher.has_key(folder)
        for name in env:
            monkeypatch.delenv(name)
    with pytest.raises(InputError) as exc:
        keys.unlock(folder, ask=lambda what: "not the password")
    assert "cannot be read by anyone" in exc.value.messages()[0]


def test_a_key_file_of_another_user_is_refused(folder, tmp_path, monkeypatch):
    if os.getuid() != 0:
        pytest.skip("only root can give a file away")
    keys.encrypt(folder, PASSWORD, remember=False)
    keys.lock(folder)
    path = key_file(tmp_path, PASSWORD)
    os.chown(path, 65534, 65534)
    monkeypatch.setenv(keys.KEY_FILE, str(path))
    with pytest.raises(InputError) as exc:
        keys.unlock(folder)
    assert code(exc) == "keys.file_open"


def test_a_fifo_as_key_file_does_not_hang(folder, tmp_path, monkeypatch):
    keys.encrypt(folder, PASSWORD, remember=False)
    keys.lock(folder)
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo, 0o600)
    monkeypatch.setenv(keys.KEY_FILE, str(fifo))
    with pytest.raises(InputError) as exc:
        keys.unlock(folder)
    assert code(exc) == "keys.file_bad"


def test_a_broken_or_hanging_keyring_falls_back_to_asking(folder, monkeypatch):
    keys.encrypt(folder, PASSWORD, remember=False)
    before = keyring.get_keyring()
    try:
        for backend in (BrokenKeyring(), HangingKeyring()):
            keys.lock(folder)
            keyring.set_keyring(backend)
            monkeypatch.setattr(keychain, "WAIT", 0.2)
            assert keys.unlock(folder, ask=lambda what: PASSWORD) == "password"
            if isinstance(backend, HangingKeyring):
                backend.release.set()
    finally:
        keyring.set_keyring(before)


def test_the_fail_keyring_is_no_keyring(no_ring, folder):
    assert keys.keyring_available() is False
    with pytest.raises(InputError) as exc:
        keys.encrypt(folder, PASSWORD, remember=True)
    assert code(exc) == "keys.no_keyring"
    assert not keys.protected(folder)


def test_protection_json_is_private_and_holds_nothing_secret_in_clear(folder, ring):
    shown = keys.encrypt(folder, PASSWORD, remember=True)
    mark = folder / keys.MARK
    assert stat.S_IMODE(mark.stat().st_mode) == 0o600
    text = mark.read_text(encoding="utf-8")
    secret = keys._SECRETS[Path(os.path.abspath(folder))]
    raw = recovery_key.parse_key(shown)
    assert raw is not None
    for hidden in (PASSWORD, shown, secret.hex(), raw.hex()):
        assert hidden not in text
    data = json.loads(text)
    assert data["scrypt"] == {"n": 2**15, "r": 8, "p": 1} and set(data["wraps"]) == {"password", "recovery"}
    assert ring.entries == {("sbdesk", data["folder_id"]): secret.hex()}


def test_a_new_password_replaces_the_old_one_and_the_recovery_key_stays(folder, no_ring):
    shown = keys.encrypt(folder, PASSWORD, remember=False)
    keys.change_password(folder, "a new long password", remember=None)
    keys.lock(folder)
    with pytest.raises(InputError) as exc:
        keys.unlock(folder, ask=lambda what: PASSWORD)
    assert code(exc) == "keys.wrong"
    assert keys.unlock(folder, ask=lambda what: "a new long password") == "password"
    keys.lock(folder)
    assert keys.unlock(folder, ask=lambda what: shown) == "recovery"


def test_decrypt_brings_the_folder_back_to_plain(folder, ring):
    keys.encrypt(folder, PASSWORD, remember=True)
    keys.decrypt(folder)
    assert not keys.protected(folder) and ring.entries == {}
    assert not cipher.has_key(folder)
    assert keys.unlock(folder) == ""
    assert names(folder) == ["张伟"]


def test_each_change_is_one_audit_row(folder, no_ring):
    keys.encrypt(folder, PASSWORD, remember=False, operator="王芳")
    keys.change_password(folder, "a new long password", remember=None, operator="王芳")
    desk = open_desk(folder, operator="tester", create=False)
    try:
        rows = list(audit_log.entries(desk, audit_log.where(desk, audit_log.Filter())))
    finally:
        desk.close()
    actions = [r.action for r in rows if r.action.startswith("keys.")]
    assert sorted(actions) == ["keys.encrypt", "keys.password"]
    assert {r.operator for r in rows if r.action.startswith("keys.")} == {"王芳"}


def test_refusals_change_nothing(folder, no_ring):
    with pytest.raises(InputError) as exc:
        keys.encrypt(folder, "short", remember=False)
    assert code(exc) == "keys.password_short" and not keys.protected(folder)
    keys.encrypt(folder, PASSWORD, remember=False)
    with pytest.raises(InputError) as exc:
        keys.encrypt(folder, PASSWORD, remember=False)
    assert code(exc) == "keys.already"
    keys.lock(folder)
    with pytest.raises(InputError) as exc:
        keys.change_password(folder, "a new long password", remember=None)
    assert code(exc) == "keys.locked"
    with pytest.raises(InputError) as exc:
        keys.decrypt(folder)
    assert code(exc) == "keys.locked" and keys.protected(folder)


def test_encrypting_a_folder_without_a_database_is_refused(tmp_path, no_ring):
    with pytest.raises(NoDatabase):
        keys.encrypt(tmp_path / "typo", PASSWORD, remember=False)
    assert not (tmp_path / "typo" / keys.MARK).exists()


def test_a_new_folder_is_protected_before_its_database_exists(tmp_path, no_ring):
    folder = tmp_path / "new"
    shown = keys.create(folder, PASSWORD, remember=False)
    try:
        assert keys.protected(folder) and not paths.db_path(folder).exists()
        desk = open_desk(folder, operator="tester")
        desk.close()
        keys.lock(folder)
        assert keys.unlock(folder, ask=lambda what: shown) == "recovery"
    finally:
        keys.lock(folder)


@pytest.mark.parametrize(
    "damage",
    [
        lambda d: d.update(scrypt={"n": 2**30, "r": 8, "p": 1}),  # hours of work, gigabytes
        lambda d: d.update(version=99),
        lambda d: d.pop("wraps"),
        lambda d: d["wraps"]["password"].update(nonce="!!"),
    ],
)
def test_a_damaged_protection_file_is_named(folder, no_ring, damage):
    keys.encrypt(folder, PASSWORD, remember=False)
    keys.lock(folder)
    data = json.loads((folder / keys.MARK).read_text(encoding="utf-8"))
    damage(data)
    (folder / keys.MARK).write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(protection.ProtectionDamaged) as exc:
        keys.unlock(folder, ask=lambda what: PASSWORD)
    assert exc.value.params["path"] == str(folder / keys.MARK)
