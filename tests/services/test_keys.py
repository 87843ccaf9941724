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
from sbdesk.store.errors import DiskFull, KeyNeeded
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


@pytest.fixture
def protected(tmp_path, monkeypatch):
    """make(remember) -> (a new folder protected with PASSWORD holding one person, its recovery key)."""
    monkeypatch.delenv(keys.KEY_FILE, raising=False)
    monkeypatch.delenv("SBDESK_DATABASE", raising=False)
    made = []

    def make(remember: bool = False) -> tuple[Path, str]:
        path = tmp_path / f"protected{len(made)}"
        made.append(path)
        shown = keys.create(path, PASSWORD, remember=remember)
        desk = open_desk(path, operator="tester")  # created encrypted
        people.add(desk, name="张伟", id_number=make_id(date(1978, 3, 4), "320505", 15), region="苏州市")
        desk.close()
        assert cipher.is_encrypted(paths.db_path(path))
        keys.lock(path)
        return path, shown

    yield make
    for path in made:
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


def test_a_protected_folder_opens_by_password_recovery_key_keyring_and_key_file(protected, tmp_path, ring, monkeypatch):
    folder, shown = protected(remember=True)
    assert recovery_key.parse_key(shown) is not None
    assert keys.unlock(folder, ask=None) == "keyring"
    assert names(folder) == ["张伟"]
    keys.lock(folder)
    ring.entries.clear()
    assert keys.unlock(folder, ask=lambda what: PASSWORD) == "password"
    keys.lock(folder)
    assert keys.unlock(folder, ask=lambda what: shown.lower().replace("-", " ")) == "recovery"
    keys.lock(folder)
    monkeypatch.setenv(keys.KEY_FILE, str(key_file(tmp_path, shown)))
    assert keys.unlock(folder) == "key_file"
    assert names(folder) == ["张伟"]


def test_without_its_key_the_folder_does_not_open(protected, no_ring):
    folder, _ = protected()
    with pytest.raises(KeyNeeded):
        names(folder)


def test_wrong_keys_are_refused_each_with_its_line(protected, tmp_path, no_ring, monkeypatch):
    folder, _ = protected()
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


def test_the_keys_of_another_folder_do_not_open_this_one(protected, tmp_path, no_ring):
    """Its protection.json copied over: the secret it unwraps is refused by the database."""
    folder, _ = protected()
    other, _ = protected()
    (folder / keys.MARK).write_bytes((other / keys.MARK).read_bytes())
    with pytest.raises(InputError) as exc:
        keys.unlock(folder, ask=lambda what: PASSWORD)
    assert code(exc) == "keys.wrong" and not cipher.has_key(folder)


def test_a_key_file_of_another_user_is_refused(protected, tmp_path, monkeypatch):
    if os.getuid() != 0:
        pytest.skip("only root can give a file away")
    folder, _ = protected()
    path = key_file(tmp_path, PASSWORD)
    os.chown(path, 65534, 65534)
    monkeypatch.setenv(keys.KEY_FILE, str(path))
    with pytest.raises(InputError) as exc:
        keys.unlock(folder)
    assert code(exc) == "keys.file_open"


def test_a_fifo_as_key_file_does_not_hang(protected, tmp_path, monkeypatch):
    folder, _ = protected()
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo, 0o600)
    monkeypatch.setenv(keys.KEY_FILE, str(fifo))
    with pytest.raises(InputError) as exc:
        keys.unlock(folder)
    assert code(exc) == "keys.file_bad"


def test_a_broken_or_hanging_keyring_falls_back_to_asking(protected, monkeypatch):
    folder, _ = protected()
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


def test_protection_json_is_private_and_holds_nothing_secret_in_clear(protected, ring):
    folder, shown = protected(remember=True)
    keys.unlock(folder)
    mark = folder / keys.MARK
    assert stat.S_IMODE(mark.stat().st_mode) == 0o600
    text = mark.read_text(encoding="utf-8")
    secret = keys._SECRETS[folder.resolve()]
    raw = recovery_key.parse_key(shown)
    assert raw is not None
    for hidden in (PASSWORD, shown, secret.hex(), raw.hex()):
        assert hidden not in text
    data = json.loads(text)
    assert data["scrypt"] == {"n": 2**15, "r": 8, "p": 1} and set(data["wraps"]) == {"password", "recovery"}
    assert ring.entries == {("sbdesk", data["folder_id"]): secret.hex()}


def test_a_new_password_replaces_the_old_one_and_the_recovery_key_stays(protected, no_ring):
    folder, shown = protected()
    keys.unlock(folder, ask=lambda what: PASSWORD)
    keys.change_password(folder, "a new long password", remember=None, operator="王芳")
    keys.lock(folder)
    with pytest.raises(InputError) as exc:
        keys.unlock(folder, ask=lambda what: PASSWORD)
    assert code(exc) == "keys.wrong"
    assert keys.unlock(folder, ask=lambda what: "a new long password") == "password"
    keys.lock(folder)
    assert keys.unlock(folder, ask=lambda what: shown) == "recovery"
    assert [(r.action, r.operator) for r in audit_rows(folder)] == [("keys.password", "王芳")]


def audit_rows(folder: Path) -> list:
    desk = open_desk(folder, operator="tester", create=False)
    try:
        return [
            r
            for r in audit_log.entries(desk, audit_log.where(desk, audit_log.Filter()))
            if r.action.startswith("keys.")
        ]
    finally:
        desk.close()


def test_an_existing_folder_is_encrypted_opened_and_decrypted(folder, ring):
    shown = keys.encrypt(folder, PASSWORD, remember=True, operator="王芳")
    assert cipher.is_encrypted(paths.db_path(folder))
    assert names(folder) == ["张伟"]
    keys.lock(folder)
    with pytest.raises(KeyNeeded):
        names(folder)
    assert keys.unlock(folder, ask=None) == "keyring"
    keys.lock(folder)
    remembered = dict(ring.entries)
    ring.entries.clear()
    assert keys.unlock(folder, ask=lambda what: shown) == "recovery"
    ring.entries.update(remembered)
    keys.decrypt(folder, operator="王芳")
    assert not keys.protected(folder) and not cipher.has_key(folder)
    assert ring.entries == {}
    assert not cipher.is_encrypted(paths.db_path(folder))
    assert keys.unlock(folder) == ""
    assert names(folder) == ["张伟"]
    assert [(r.action, r.operator) for r in audit_rows(folder)] == [("keys.decrypt", "王芳"), ("keys.encrypt", "王芳")]


def test_refusals_change_nothing(folder, protected, no_ring):
    with pytest.raises(InputError) as exc:
        keys.encrypt(folder, "short", remember=False)
    assert code(exc) == "keys.password_short" and not keys.protected(folder)
    assert not cipher.is_encrypted(paths.db_path(folder))
    locked, _ = protected()
    with pytest.raises(InputError) as exc:
        keys.encrypt(locked, PASSWORD, remember=False)
    assert code(exc) == "keys.already"
    with pytest.raises(InputError) as exc:
        keys.change_password(locked, "a new long password", remember=None)
    assert code(exc) == "keys.locked"
    with pytest.raises(InputError) as exc:
        keys.decrypt(locked)
    assert code(exc) == "keys.locked" and keys.protected(locked)


def test_encrypting_a_folder_without_a_database_is_refused(tmp_path, no_ring):
    with pytest.raises(NoDatabase):
        keys.encrypt(tmp_path / "typo", PASSWORD, remember=False)
    assert not (tmp_path / "typo" / keys.MARK).exists()


@pytest.mark.parametrize(
    "damage",
    [
        lambda d: d.update(scrypt={"n": 2**30, "r": 8, "p": 1}),  # hours of work, gigabytes
        lambda d: d.update(scrypt={"n": 2**20, "r": 32, "p": 1}),  # 4 GiB
        lambda d: d.update(version=99),
        lambda d: d.pop("wraps"),
        lambda d: d["wraps"]["password"].update(nonce="!!"),
    ],
)
def test_a_damaged_protection_file_is_named(protected, no_ring, damage):
    folder, _ = protected()
    data = json.loads((folder / keys.MARK).read_text(encoding="utf-8"))
    damage(data)
    (folder / keys.MARK).write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(protection.ProtectionDamaged) as exc:
        keys.unlock(folder, ask=lambda what: PASSWORD)
    assert exc.value.params["path"] == str(folder / keys.MARK)


def test_a_fifo_in_place_of_the_protection_file_does_not_hang(protected, no_ring):
    folder, _ = protected()
    (folder / keys.MARK).unlink()
    os.mkfifo(folder / keys.MARK, 0o600)
    with pytest.raises(protection.ProtectionDamaged):
        keys.unlock(folder, ask=lambda what: PASSWORD)


def test_a_folder_unlocked_by_one_spelling_is_unlocked_by_another(protected, tmp_path, no_ring):
    folder, _ = protected()
    (tmp_path / "link").symlink_to(folder)
    keys.unlock(tmp_path / "link", ask=lambda what: PASSWORD)
    keys.change_password(folder, "a new long password", remember=None)  # not "locked"
    assert keys.unlock(folder) == "memory"


def test_protecting_a_folder_that_has_data_encrypts_it(folder, no_ring):
    keys.create(folder, PASSWORD, remember=False)
    assert cipher.is_encrypted(paths.db_path(folder))
    keys.lock(folder)
    with pytest.raises(KeyNeeded):
        names(folder)


def test_the_recovery_key_is_shown_even_when_the_audit_row_cannot_be_written(folder, no_ring, monkeypatch):
    """The folder is encrypted by then: an error instead of the key would lose it for good."""

    def refused(*args, **kwargs):
        raise DiskFull(paths.db_path(folder))

    monkeypatch.setattr(keys, "_audited", refused)
    shown = keys.encrypt(folder, PASSWORD, remember=False)
    keys.lock(folder)
    assert keys.unlock(folder, ask=lambda what: shown) == "recovery"
    assert "audit row was not written" in (folder / "logs" / "sbdesk.log").read_text(encoding="utf-8")
