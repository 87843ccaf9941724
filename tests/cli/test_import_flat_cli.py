"""`sbdesk import` holds one chunk of rows, not the file (a million rows held
1.3 GB when it read the whole file), and still checks every row: a problem anywhere writes nothing and is reported."""

import csv
import os
import subprocess
import sys
from datetime import date, timedelta

from sbdesk import cli
from sbdesk.services import exchange, people
from sbdesk.services.desk import open_desk
from tests.conftest import make_id


def person_row(i):
    """A distinct valid person for every i (a day of birth per 999 people)."""
    return [
        f"人{i}",
        make_id(date(1940, 1, 1) + timedelta(days=i // 999), "510104", 1 + i % 999),
        "成都市",
        "resident",
        f"Z{i:08d}",
        "",
    ]


def write_people(path, n, changes=None):
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(exchange.PEOPLE_COLUMNS)
        for i in range(n):
            out.writerow((changes or {}).get(i + 2) or person_row(i))  # file row i + 2
    return path


def audit_actions(folder):
    desk = open_desk(folder, operator="t")
    try:
        return [r[0] for r in desk.conn.execute("SELECT action FROM audit")]
    finally:
        desk.close()


def test_bad_rows_near_the_end_write_nothing_and_are_each_reported(tmp_path, capsys):
    folder = tmp_path / "office"
    n = 3500  # four chunks: the duplicates below were written by earlier chunks when they are met
    bad_digit = person_row(3495)[1][:-1] + ("1" if person_row(3495)[1][-1] != "1" else "2")
    path = write_people(
        tmp_path / "p.csv",
        n,
        {
            3490: ["双", person_row(1)[1], "成都市", "resident", "", ""],  # the ID of row 3
            3495: ["坏", bad_digit, "成都市", "resident", "", ""],
            3499: ["卡", person_row(5000)[1], "成都市", "resident", "Z00000010", ""],  # the card of row 12
        },
    )
    assert cli.main(["import", str(path), "--lang", "en", "--data-dir", str(folder)]) == 2
    err = capsys.readouterr().err
    assert "Row 3490:" in err and "already appears on row 3" in err
    assert "Row 3495: The last character should be" in err
    assert "Row 3499:" in err and "already appears on row 12" in err
    assert "Row 3491" not in err and "Row 4:" not in err
    desk = open_desk(folder, operator="t")
    assert people.count(desk) == 0
    desk.close()
    assert not [a for a in audit_actions(folder) if a.startswith("exchange.import")]
    # the same file without those rows goes in whole, with one audit row sealing every person
    assert cli.main(["import", str(write_people(tmp_path / "good.csv", n)), "--data-dir", str(folder)]) == 0
    desk = open_desk(folder, operator="t")
    assert people.count(desk) == n
    [(detail,)] = desk.conn.execute("SELECT detail FROM audit WHERE action='exchange.import_people'")
    assert f'"sealed": {n}' in detail and f'"rows": {n}' in detail
    desk.close()
    assert cli.main(["check", "--data-dir", str(folder)]) == 0
    # and a second import of it finds every row on record, through the database
    assert cli.main(["import", str(tmp_path / "good.csv"), "--lang", "en", "--data-dir", str(folder)]) == 2
    assert "already on record" in capsys.readouterr().err


def peak_mb(tmp_path, rows):
    """Peak resident memory of one `sbdesk import` process of ``rows`` people."""
    source = write_people(tmp_path / f"{rows}.csv", rows)
    env = {**os.environ, "SBDESK_OPERATOR": "t"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "sbdesk", "import", str(source), "--data-dir", str(tmp_path / f"office-{rows}")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
    )
    _, status, usage = os.wait4(proc.pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0, proc.stderr.read().decode()[-2000:]
    proc.stderr.close()
    return usage.ru_maxrss / 1024


def test_import_memory_is_flat_in_the_number_of_rows(tmp_path):
    small, large = peak_mb(tmp_path, 10_000), peak_mb(tmp_path, 100_000)
    # before: 54 MB and 205 MB (every row held until the one transaction)
    assert large - small < 40, (small, large)
