"""Import and export from the File menu: off the GUI thread, with progress, cancellable."""

import csv
from datetime import date

from sbdesk.services import exchange, people
from sbdesk.ui.jobs import ExchangeJob
from tests.conftest import make_id


def write_people(path, n):
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(exchange.PEOPLE_COLUMNS)
        for i in range(n):
            out.writerow([
                f"人{i}",
                make_id(date(1970 + i % 40, 1 + i % 12, 1 + i % 28), f"5101{i // 1000:02d}", i % 1000),
                "成都市",
                "resident",
                "",
                "",
            ])
    return path


def test_import_from_the_menu_then_export(window, qtbot, answers, tmp_path, monkeypatch):
    path = write_people(tmp_path / "people.csv", 1500)
    monkeypatch.setattr("sbdesk.ui.common.dialogs.open_path", lambda *a: str(path))
    window.actions["import"].trigger()
    with qtbot.waitSignal(window.files.job.finished, timeout=60000):
        pass
    assert answers.informed[-1][1] == "Imported 1500 people."
    assert window.status.status_text.text().startswith("1500 people")
    table = window.members.table  # the list pages people in as it is scrolled: the end reaches everyone
    qtbot.waitUntil(lambda: (table.scrollToBottom(), window.members.model.rowCount())[1] == 1500)
    answers.path = str(tmp_path / "out.xlsx")
    window.actions["export_people"].trigger()
    with qtbot.waitSignal(window.files.job.finished, timeout=60000):
        pass
    assert "1500 rows written" in answers.informed[-1][1]
    assert (tmp_path / "out.xlsx").read_bytes()[:2] == b"PK"


def test_a_bad_file_is_reported_and_a_cancelled_job_writes_nothing(window, qtbot, answers, tmp_path, monkeypatch):
    bad = tmp_path / "bad.csv"
    bad.write_text("name,id_number,region\n甲,123,成都市\n", encoding="utf-8")
    monkeypatch.setattr("sbdesk.ui.common.dialogs.open_path", lambda *a: str(bad))
    window.actions["import"].trigger()
    with qtbot.waitSignal(window.files.job.finished, timeout=60000):
        pass
    title, text, error = answers.informed[-1]
    assert error and "Row 2: An ID number has 18 characters; this one has 3." in text
    job = ExchangeJob(window.desk, str(write_people(tmp_path / "p.csv", 1200)), None)
    job.cancel()
    messages = []
    job.failed.connect(messages.append)
    with qtbot.waitSignal(job.finished, timeout=60000):
        job.start()
    assert messages == ["The import was cancelled; nothing was written."]
    assert people.count(window.desk) == 0


def test_an_export_is_headed_in_the_window_language_and_either_imports(family, qtbot, answers, tmp_path):
    """Export headers in the UI language: the Chinese window writes 姓名, 身份证号码 …; the English one the column
    keys; an import reads both."""
    from PySide6.QtWidgets import QApplication

    from sbdesk.services.desk import open_desk

    family.set_language("zh_CN")
    QApplication.processEvents()
    answers.full_ids = True  # the checkbox ticked: a file to import elsewhere
    for lang, name in (("zh_CN", "zh.csv"), ("en", "en.csv")):
        family.set_language(lang)
        QApplication.processEvents()
        answers.path = str(tmp_path / name)
        done = len(answers.informed)
        family.actions["export_people"].trigger()  # four people: it may be written before a signal could be awaited
        qtbot.waitUntil(lambda done=done: len(answers.informed) > done, timeout=60000)
    with (tmp_path / "zh.csv").open(encoding="utf-8-sig") as fh:
        assert next(csv.reader(fh)) == [
            "姓名",
            "身份证号码",
            "统筹区",
            "参保类型",
            "社保卡号",
            "社保电脑号",
            "社保账户",
            "金融账户",
        ]
    with (tmp_path / "en.csv").open(encoding="utf-8-sig") as fh:
        assert next(csv.reader(fh)) == [*exchange.PEOPLE_COLUMNS, "ss_account", "financial_account"]
    for name in ("zh.csv", "en.csv"):
        other = open_desk(tmp_path / f"office-{name}", "clerk")
        try:
            assert exchange.import_file(other, tmp_path / name).rows == 4
            assert sorted(p.name for p in people.search(other)) == ["张伟", "张小明", "李娜", "王秀英"]
        finally:
            other.close()
