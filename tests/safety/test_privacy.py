"""Masks in every spelling, private files, refused odd input."""

import logging
import os
import stat

import pytest

from sbdesk import crash
from sbdesk.services import exchange, people
from sbdesk.services.errors import InputError
from sbdesk.store import audit
from tests.safety.helpers import cli, populate

NUMBER = "11010519491231002X"


@pytest.mark.parametrize(
    "spelling",
    [
        "11010519491231002X",
        "11010519491231002x",
        "110105491231002",  # 18 and 15 digits
        "110105 19491231 002X",
        "110105-19491231-002X",
        "１１０１０５１９４９１２３１００２Ｘ",
        "１１０１０５　１９４９１２３１　００２Ｘ",
        "110105－19491231－002X",
    ],
)
def test_every_spelling_of_an_id_number_is_masked_in_logs_and_crash_files(tmp_path, spelling):
    masked = crash.mask_ids(f"person {spelling} failed")
    digits = [ch for ch in masked if ch.isdigit()]
    assert "19491231" not in masked and "１９４９" not in masked and "491231" not in masked
    assert len(digits) <= 10
    try:
        raise ValueError(f"bad {spelling}")
    except ValueError as exc:
        path = crash.write_crash_file(tmp_path, type(exc), exc, exc.__traceback__)
    assert "1231" not in path.read_text(encoding="utf-8").replace(__file__, "")


def test_dates_and_times_in_a_log_line_are_not_mistaken_for_id_numbers():
    line = "2026-11-25 23:44:01,123 INFO sbdesk: 13812345678 rows"
    assert crash.mask_ids(line) == line


def test_a_long_log_is_turned_over_at_start_and_every_file_stays_user_only(tmp_path):
    old = os.umask(0o022)
    try:
        for start in range(5):  # each start writes more than a log may hold
            path = crash.setup_logging(tmp_path)
            logging.getLogger("t").info("start %d %s", start, "x" * crash.LOG_BYTES)
    finally:
        os.umask(old)
        logging.getLogger().handlers.clear()
    logs = sorted(p.name for p in path.parent.glob("sbdesk.log*"))
    assert logs == ["sbdesk.log", "sbdesk.log.1", "sbdesk.log.2", "sbdesk.log.3"]  # the oldest went
    assert path.read_text(encoding="utf-8").count("start 4") == 1
    assert "start 3" in (path.parent / "sbdesk.log.1").read_text(encoding="utf-8")
    for log in path.parent.glob("sbdesk.log*"):
        assert stat.S_IMODE(log.stat().st_mode) == 0o600, log


def test_export_over_an_existing_readable_file_never_puts_data_in_it(desk, tmp_path):
    people.add(desk, name="张伟", id_number=NUMBER, region="苏州市")
    target = tmp_path / "out.csv"
    target.write_text("old")
    os.chmod(target, 0o644)
    os.link(target, tmp_path / "watcher")  # someone holding the old file open sees ...
    exchange.export_file(desk, target, full_ids=True)
    assert (tmp_path / "watcher").read_text() == "old"  # ... nothing of the export
    assert stat.S_IMODE(target.stat().st_mode) == 0o600 and NUMBER in target.read_text(encoding="utf-8-sig")
    [entry] = audit.entries(desk.conn, "people", limit=1)
    assert entry["detail"]["file"] == str(target)  # where it went, not only its name


def test_export_follows_no_planted_link_and_writes_no_device(desk, tmp_path):
    people.add(desk, name="张伟", id_number=NUMBER, region="苏州市")
    secret = tmp_path / "elsewhere.txt"
    secret.write_text("keep")
    os.chmod(secret, 0o644)
    (tmp_path / "out.csv").symlink_to(secret)
    for target in (tmp_path / "out.csv", "/dev/null"):
        with pytest.raises(InputError):
            exchange.export_file(desk, target)
    assert secret.read_text() == "keep" and stat.S_IMODE(secret.stat().st_mode) == 0o644


def test_an_open_data_folder_is_made_private(tmp_path):
    folder = tmp_path / "office"
    populate(folder, 1)
    os.chmod(folder, 0o755)  # noqa: S103 - the loose folder the program must tighten
    assert cli("person", "list", "--data-dir", folder).returncode == 0
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_a_computer_number_in_other_digits_is_refused(desk):
    with pytest.raises(InputError) as err:
        people.add(desk, name="张伟", id_number=NUMBER, region="成都市", computer_number="١٢٣٤٥٦٧٨")
    assert err.value.problems[0][0] == "computer_number"


@pytest.mark.parametrize(
    "args",
    [
        ("eligibility", "--owner-region", "成都市", "--member-region", "成都市", "--relation", "spouse", "--on", ""),
        (
            "eligibility",
            "--owner-region",
            "成都市",
            "--member-region",
            "成都市",
            "--relation",
            "child",
            "--member-birth",
            "2099-01-01",
        ),
        ("idcheck", NUMBER, "--on", ""),
    ],
)
def test_empty_or_future_dates_are_refused_not_taken_for_today(tmp_path, args):
    out = cli(*args, "--data-dir", tmp_path / "office")
    assert out.returncode == 2, (out.stdout, out.stderr)


@pytest.mark.parametrize(
    "args", [("check",), ("person", "list"), ("export", "{tmp}/out.csv"), ("bindings",), ("backup",)]
)
def test_a_data_dir_that_does_not_exist_is_not_silently_a_new_office(tmp_path, args):
    missing = tmp_path / "typo"
    out = cli(*[a.format(tmp=tmp_path) for a in args], "--data-dir", missing)
    assert out.returncode == 2 and "check --data-dir" in out.stderr
    assert not missing.exists()


def _dangling_link(log):
    log.symlink_to(log.parent.parent / "elsewhere.txt")


@pytest.mark.parametrize(
    "plant",
    [
        _dangling_link,
        lambda log: log.mkdir(),
        lambda log: os.mkfifo(log),  # a FIFO used to hang the start
        lambda log: (log.parent.rmdir(), log.parent.write_text("x")),  # a file where the logs folder goes
    ],
    ids=["dangling symlink", "directory", "fifo", "logs is a file"],
)
def test_a_log_that_cannot_be_written_costs_the_log_file_not_the_start(tmp_path, plant, capsys):
    log = tmp_path / "logs" / "sbdesk.log"
    log.parent.mkdir(mode=0o700)
    plant(log)
    try:
        crash.setup_logging(tmp_path)
        logging.getLogger("t").info("started for %s", NUMBER)
    finally:
        logging.getLogger().handlers.clear()
    err = capsys.readouterr().err
    assert "started for 110105" in err and NUMBER not in err  # still logged, to stderr, masked
    assert not (tmp_path / "elsewhere.txt").exists()  # nothing created through the link


def test_two_starts_turning_the_log_over_at_once_both_start(tmp_path, monkeypatch):
    logs = tmp_path / "logs"
    logs.mkdir(mode=0o700)
    for name in ("sbdesk.log", "sbdesk.log.1"):
        (logs / name).write_text("x" * crash.LOG_BYTES)
    real_replace, other_start = os.replace, []

    def replace(src, dst):  # the other start turns the log over between this one's look and move
        if not other_start:
            other_start.append(True)
            monkeypatch.setattr(crash.os, "replace", real_replace)
            crash.turn_over(logs / "sbdesk.log")
        real_replace(src, dst)

    monkeypatch.setattr(crash.os, "replace", replace)
    try:
        path = crash.setup_logging(tmp_path)
        logging.getLogger("t").info("second start")
    finally:
        logging.getLogger().handlers.clear()
    assert "second start" in path.read_text(encoding="utf-8")


def test_the_window_starts_when_its_log_cannot_be_written(tmp_path):
    import subprocess
    import sys

    (tmp_path / "logs" / "sbdesk.log").mkdir(parents=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SBDESK_SMOKE": "1", "SBDESK_NO_CRASH_DIALOG": "1"}
    run = subprocess.run(
        [sys.executable, "-m", "sbdesk", "--data-dir", str(tmp_path), "--operator", "t"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert run.returncode == 0, run.stderr
    assert "shown" in run.stdout


def test_a_new_data_folder_made_for_the_log_is_user_only(tmp_path):
    """The log is the window's first write: it makes the data folder, which stays 0700 even when
    the first-start question is then closed (the database would have fixed it later)."""
    old = os.umask(0o022)
    try:
        crash.setup_logging(tmp_path / "new")
    finally:
        os.umask(old)
        logging.getLogger().handlers.clear()
    assert stat.S_IMODE((tmp_path / "new").stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "new" / "logs").stat().st_mode) == 0o700


def test_a_log_left_readable_to_others_is_made_user_only_at_start(tmp_path):
    log = tmp_path / "logs" / "sbdesk.log"
    log.parent.mkdir(mode=0o700)
    log.write_text("old lines\n", encoding="utf-8")
    os.chmod(log, 0o644)
    try:
        crash.setup_logging(tmp_path)
    finally:
        logging.getLogger().handlers.clear()
    assert stat.S_IMODE(log.stat().st_mode) == 0o600 and log.read_text(encoding="utf-8").startswith("old lines")
