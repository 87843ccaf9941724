"""A long import or `migrate-to` shows its progress on stderr when
stderr is a terminal (a pty here), updated in place and at most a few times a second; when
stderr is not a terminal, nothing is added to it."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from sbdesk.cli import progress as cli_progress
from tests.cli.test_import_flat_cli import write_people

ROOT = Path(__file__).resolve().parents[2]


def read_until_closed(master: int, got: bytes = b"") -> bytes:
    """Everything the terminal gets until its other side is closed (EIO), then closes it. One
    read may return before the kernel has passed on all that was written (under load it did)."""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: every copy of the other side is closed and all was read
            break
        if not chunk:
            break
        got += chunk
    os.close(master)
    return got


def on_pty(*args: str, env: dict | None = None) -> tuple[int, str, str]:
    """``sbdesk ARGS`` with stderr on a pseudo-terminal: (exit code, stdout, what the terminal got)."""
    master, slave = os.openpty()
    try:
        child = subprocess.Popen(
            [sys.executable, "-m", "sbdesk", *args],
            stdout=subprocess.PIPE,
            stderr=slave,
            env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
            cwd=ROOT,
        )
    finally:
        os.close(slave)  # the child's copy stays open until it exits: then reading ends (EIO)
    got = read_until_closed(master)
    out = child.stdout.read().decode() if child.stdout else ""
    return child.wait(60), out, got.decode("utf-8", "replace").replace("\r\n", "\n")  # the tty's own \r


@pytest.mark.parametrize(("lang", "shown"), [("zh_CN", "导入 1000/3000 行"), ("en", "Importing: 1000/3000 rows")])
def test_an_import_shows_its_progress_on_a_terminal(tmp_path, lang, shown):
    source = write_people(tmp_path / "people.csv", 3000)
    code, out, terminal = on_pty("import", str(source), "--data-dir", str(tmp_path / "data"), "--lang", lang)
    assert code == 0, terminal
    assert "\r" + shown in terminal  # the first report shows at once; later ones rewrite the line
    assert terminal.endswith("\r")  # cleared at the end: the answer starts on a clean line
    assert "3000" in out


def test_an_import_adds_nothing_to_stderr_that_is_not_a_terminal(tmp_path):
    source = write_people(tmp_path / "people.csv", 3000)
    done = subprocess.run(
        [sys.executable, "-m", "sbdesk", "import", str(source), "--data-dir", str(tmp_path / "d")],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=False,
    )
    assert done.returncode == 0 and done.stderr == ""


def test_a_failed_import_on_a_terminal_ends_on_a_clean_line_with_its_message(tmp_path):
    source = write_people(
        tmp_path / "people.csv", 3000, {2999: ["人", "110105194912310021", "成都市", "resident", "", ""]}
    )
    code, _out, terminal = on_pty("import", str(source), "--data-dir", str(tmp_path / "data"), "--lang", "zh_CN")
    assert code == 2
    shown = terminal.rsplit("\r", 1)[-1]  # what stays on the screen after the progress line was cleared
    assert shown.startswith("第2999行") and shown.count("\n") == 1, terminal


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_the_line_is_rewritten_at_most_four_times_a_second():
    stream, clock = io.StringIO(), Clock()
    line = cli_progress.Line(stream, every=0.25, clock=clock)
    for step in range(100):  # a report every 10 ms for a second
        clock.now = step / 100
        line.show(f"导入 {step}")
    assert stream.getvalue().count("\r") == 4  # at 0, 0.25, 0.5 and 0.75 s
    line.clear()
    assert stream.getvalue().endswith("\r")


def test_no_line_where_stderr_is_not_a_terminal():
    assert cli_progress.on_terminal(io.StringIO()) is None


def test_migrate_to_shows_its_progress_on_a_terminal(tmp_path, empty_server_db):
    from tests.cli.test_migrate_to import office

    folder = tmp_path / "office"
    office(folder)
    code, _out, terminal = on_pty(
        "migrate-to", empty_server_db, "--lang", "zh_CN", "--data-dir", str(folder), env={"SBDESK_DATABASE": ""}
    )
    assert code == 0, terminal
    # each stage shows at once, whatever the time since the last update: the rows in per cent,
    # then the keys and the verification on the server
    assert re.search(r"\r复制到网点数据库：0%（0/\d+ 行）", terminal), terminal
    assert "\r复制到网点数据库：正在整理" in terminal and "\r复制到网点数据库：正在服务器上核对" in terminal, terminal
    assert terminal.endswith("\r"), terminal
    for shown in terminal.split("\r")[1:]:  # the progress line's updates: no table's name (a developer's word)
        assert not re.search(r"[A-Za-z]", shown), terminal


def test_clearing_covers_the_two_columns_of_each_chinese_character():
    stream, clock = io.StringIO(), Clock()
    line = cli_progress.Line(stream, clock=clock)
    line.show("导入 5/10 行")  # 导入 4 columns, " 5/10 " 6, 行 2
    line.clear()
    assert stream.getvalue().endswith("\r" + " " * 12 + "\r")


def test_a_narrow_terminal_gets_a_line_that_never_wraps(tmp_path):
    """On a terminal narrower than the line, a wrapped line leaves a new row on the screen at each
    update ("\\r" goes back only to the start of the last row): the line is cut to the width."""
    master, slave = os.openpty()
    try:
        import fcntl
        import struct
        import termios

        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 16, 0, 0))
        with os.fdopen(os.dup(slave), "w", encoding="utf-8") as stream:
            line = cli_progress.Line(stream, every=0, clock=Clock())
            for done in (1000, 250000):
                line.show(f"Importing: {done}/1000000 rows")
            line.clear()
    finally:
        os.close(slave)
    written = read_until_closed(master).decode().replace("\r\n", "\n")
    assert written.count("\r") == 4, written
    for shown in written.split("\r"):
        assert cli_progress.columns(shown) <= 15, written
    assert "\rImporting: 1000\r" in written


def test_ctrl_c_during_an_import_leaves_one_line_and_nothing_written(tmp_path):
    """SIGINT mid-import: the progress line cleared, one line saying so, exit 130, no traceback."""
    import signal

    source = write_people(tmp_path / "people.csv", 200000)
    master, slave = os.openpty()
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "sbdesk",
            "import",
            str(source),
            "--data-dir",
            str(tmp_path / "data"),
            "--lang",
            "zh_CN",
        ],
        stdout=subprocess.PIPE,
        stderr=slave,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        cwd=ROOT,
        # as from a terminal: a test run started in the background (`… &` in a script) has
        # SIGINT ignored, and the child would inherit that and import to the end
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    os.close(slave)
    got = b""
    while "导入 ".encode() not in got:  # the import has begun writing
        try:
            got += os.read(master, 65536)
        except OSError:
            raise AssertionError(got.decode("utf-8", "replace")) from None
    child.send_signal(signal.SIGINT)
    got = read_until_closed(master, got)
    terminal = got.decode("utf-8", "replace").replace("\r\n", "\n")
    assert child.wait(60) == 130, (terminal[-2000:], child.stdout.read().decode("utf-8", "replace")[-500:])
    assert "Traceback" not in terminal
    assert terminal.rsplit("\r", 1)[-1] == "已中断；未完成的修改没有写入。\n", terminal
    listed = subprocess.run(
        [sys.executable, "-m", "sbdesk", "--json", "person", "list", "--data-dir", str(tmp_path / "data")],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=False,
    )
    assert listed.returncode == 0 and "11" not in listed.stdout, listed
