"""`sbdesk encrypt`, `decrypt`, `password`, and the unlock every other command takes first, as an
office script and a person at a terminal meet them: real processes, real files, no keyring."""

from __future__ import annotations

import os
import pty
import select
import sys
from datetime import date
from pathlib import Path

import pytest

from tests.cli.test_cli import run
from tests.conftest import make_id

PASSWORD = "correct horse battery"
NEW = "another long password"
NO_KEYRING = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring", "SBDESK_KEY_FILE": ""}


SEEN: list[str] = []  # every output of sb(), searched for passwords


def sb(*args, data_dir, key_file=None):
    env = dict(NO_KEYRING)
    if key_file is not None:
        env["SBDESK_KEY_FILE"] = str(key_file)
    out = run(*args, "--lang", "en", data_dir=data_dir, env=env)
    SEEN.append(out.stdout + out.stderr)
    return out


def key_file(folder: Path, name: str, text: str, mode: int = 0o600) -> Path:
    path = folder / name
    path.write_text(text + "\n", encoding="utf-8")
    path.chmod(mode)
    return path


def one_line(out) -> str:
    assert out.returncode == 2, (out.stdout, out.stderr)
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in out.stderr, out.stderr
    return lines[0]


@pytest.fixture
def office(tmp_path):
    folder = tmp_path / "office"
    out = run(
        "person", "add", "--name", "张伟", "--id-number", make_id(date(1978, 3, 4), "320505", 15),
        "--region", "苏州市", data_dir=folder, env=NO_KEYRING,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    return folder


def test_encrypt_unlock_every_way_refuse_every_wrong_way_and_decrypt(office, tmp_path):
    good = key_file(tmp_path, "good", PASSWORD)
    out = sb("encrypt", data_dir=office, key_file=good)
    assert out.returncode == 0, out.stderr
    [shown] = [w for w in out.stdout.split() if w.count("-") == 7]
    assert "a lost password and a lost recovery key mean lost data" in out.stdout

    assert "张伟" in sb("person", "list", data_dir=office, key_file=good).stdout
    line = one_line(sb("person", "list", data_dir=office))  # no terminal, no key file
    assert "SBDESK_KEY_FILE" in line and "encrypted" in line
    assert "cannot be read by anyone" in one_line(
        sb("person", "list", data_dir=office, key_file=key_file(tmp_path, "bad", "not the password"))
    )
    assert "(mode 644)" in one_line(
        sb("person", "list", data_dir=office, key_file=key_file(tmp_path, "open", PASSWORD, 0o644))
    )
    assert "does not exist" in one_line(sb("person", "list", data_dir=office, key_file=tmp_path / "none"))
    recovery = key_file(tmp_path, "recovery", shown)
    assert sb("bindings", data_dir=office, key_file=recovery).returncode == 0
    assert sb("check", data_dir=office, key_file=recovery).returncode == 0

    new = key_file(tmp_path, "new", NEW)
    out = sb("password", "--new-key-file", str(new), data_dir=office, key_file=good)
    assert out.returncode == 0, out.stderr
    assert "cannot be read by anyone" in one_line(sb("person", "list", data_dir=office, key_file=good))
    assert "张伟" in sb("person", "list", data_dir=office, key_file=new).stdout
    assert "张伟" in sb("person", "list", data_dir=office, key_file=recovery).stdout

    out = sb("decrypt", data_dir=office, key_file=new)
    assert out.returncode == 0, out.stderr
    assert not (office / "protection.json").exists()
    assert "张伟" in sb("person", "list", data_dir=office).stdout
    audit = sb("audit", data_dir=office).stdout
    assert all(words in audit for words in ("Data folder encrypted", "Data folder password changed"))

    # nothing ever printed or logged a password (the recovery key is printed once, by encrypt)
    logs = b"".join(p.read_bytes() for p in office.rglob("*") if p.is_file() and p.suffix in (".log", ".json", ""))
    assert list(office.glob("logs/*.log"))
    for secret in (PASSWORD, NEW):
        assert secret.encode() not in logs
        assert not [out for out in SEEN if secret in out]
    assert shown.encode() not in logs
    assert len([out for out in SEEN if shown in out]) == 1


def test_encrypt_while_another_program_has_the_folder_open_changes_nothing(office, tmp_path):
    from sbdesk.services.desk import open_desk

    desk = open_desk(office, operator="t", create=False)
    try:
        out = sb("encrypt", data_dir=office, key_file=key_file(tmp_path, "good", PASSWORD))
    finally:
        desk.close()
    assert out.returncode == 3 and "busy" in out.stderr, out.stderr
    assert not (office / "protection.json").exists()
    assert "张伟" in sb("person", "list", data_dir=office).stdout


def test_decrypt_of_a_plain_folder_is_refused(office):
    assert "not encrypted" in one_line(sb("decrypt", data_dir=office))


def test_encrypt_without_a_password_to_read_writes_nothing(office):
    line = one_line(sb("encrypt", data_dir=office))
    assert "terminal" in line
    assert not (office / "protection.json").exists()


def test_encrypt_of_a_mistyped_folder_is_refused(tmp_path):
    good = key_file(tmp_path, "good", PASSWORD)
    one_line(sb("encrypt", data_dir=tmp_path / "typo", key_file=good))
    assert not (tmp_path / "typo" / "protection.json").exists()


def test_the_unlock_line_speaks_chinese(office, tmp_path):
    assert sb("encrypt", data_dir=office, key_file=key_file(tmp_path, "good", PASSWORD)).returncode == 0
    out = run("person", "list", "--lang", "zh_CN", data_dir=office, env=NO_KEYRING)
    assert "已加密" in one_line(out) and "SBDESK_KEY_FILE" in out.stderr


def at_terminal(args: list[str], folder: Path, typed: list[bytes]) -> tuple[int, str]:
    """Run sbdesk on a pseudo-terminal (its controlling one: getpass reads /dev/tty), typing
    each of ``typed`` at its next prompt; (exit code, what the terminal showed)."""
    pid, fd = pty.fork()
    if pid == 0:  # the child
        env = {**os.environ, **NO_KEYRING, "SBDESK_DATA_DIR": str(folder)}
        os.execve(sys.executable, [sys.executable, "-m", "sbdesk", *args, "--lang", "en"], env)  # noqa: S606
    shown, left = b"", list(typed)
    while True:
        ready, _, _ = select.select([fd], [], [], 60)
        if not ready:
            os.kill(pid, 9)
            break
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        shown += chunk
        if left and chunk.rstrip().endswith(b":"):
            os.write(fd, left.pop(0))
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), shown.decode("utf-8", "replace")


def test_a_person_at_the_terminal_types_the_password_or_gives_up(office):
    code, shown = at_terminal(["encrypt"], office, [PASSWORD.encode() + b"\n", PASSWORD.encode() + b"\n"])
    assert code == 0, shown
    assert PASSWORD not in shown  # not echoed
    assert "Encrypting: file 1 of 1" in shown
    code, shown = at_terminal(["person", "list"], office, [PASSWORD.encode() + b"\n"])
    assert code == 0 and "张伟" in shown, shown
    code, shown = at_terminal(["person", "list"], office, [b"wrong password\n"])
    assert code == 2 and "Wrong password or recovery key" in shown, shown
    code, shown = at_terminal(["person", "list"], office, [b"\x04"])  # Ctrl+D
    assert code == 2 and "was not given" in shown, shown
    code, shown = at_terminal(["password"], office, [PASSWORD.encode() + b"\n", NEW.encode() + b"\n", b"typo\n"])
    assert code == 2 and "differ" in shown, shown


def test_decrypt_while_a_window_holds_the_folder_writes_nothing(office, tmp_path):
    """Not even the audit row: the window's lock file names a live process (this one)."""
    good = key_file(tmp_path, "good", PASSWORD)
    assert sb("encrypt", data_dir=office, key_file=good).returncode == 0
    (office / "sbdesk.lock").write_text(f"{os.getpid()}\nsbdesk\nthis-host\n", encoding="utf-8")
    try:
        line = one_line(sb("decrypt", data_dir=office, key_file=good))
        assert "already open" in line and str(os.getpid()) in line
    finally:
        (office / "sbdesk.lock").unlink()
    assert (office / "protection.json").exists()
    assert "Data folder encryption removed" not in sb("audit", data_dir=office, key_file=good).stdout


def test_remember_without_a_keyring_is_refused_before_anything_is_written(office, tmp_path):
    line = one_line(sb("encrypt", "--remember", data_dir=office, key_file=key_file(tmp_path, "good", PASSWORD)))
    assert "keyring" in line
    assert not (office / "protection.json").exists()
    assert "张伟" in sb("person", "list", data_dir=office).stdout


def test_a_backup_taken_away_opens_on_a_new_computer_with_the_recovery_key(office, tmp_path):
    good = key_file(tmp_path, "good", PASSWORD)
    out = sb("encrypt", data_dir=office, key_file=good)
    [shown] = [w for w in out.stdout.split() if w.count("-") == 7]
    stick = tmp_path / "usb"
    stick.mkdir()
    assert sb("backup", str(stick / "office.db"), data_dir=office, key_file=good).returncode == 0
    assert (stick / "office.db.keys.json").is_file()  # the wrapped keys only: the copy is no use without them
    assert oct((stick / "office.db.keys.json").stat().st_mode & 0o777) == "0o600"

    new = tmp_path / "new-computer"
    wrong = sb("restore", str(stick / "office.db"), data_dir=new, key_file=key_file(tmp_path, "bad", "not it at all"))
    assert "cannot be read by anyone" in one_line(wrong)
    assert not new.exists() or not list(new.iterdir()) or not (new / "protection.json").exists()
    recovery = key_file(tmp_path, "recovery", shown)
    out = sb("restore", str(stick / "office.db"), data_dir=new, key_file=recovery)
    assert out.returncode == 0, out.stderr
    assert "张伟" in sb("person", "list", data_dir=new, key_file=recovery).stdout
    assert "张伟" in sb("person", "list", data_dir=new, key_file=good).stdout  # the old password too
