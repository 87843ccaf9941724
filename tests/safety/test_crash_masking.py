"""A crash names nobody (ID numbers masked in every crash output): an exception whose text
holds a person's name and ID number goes through the real crash hook, and neither the
crash file nor the log shows either, in any spelling of the number."""

import logging
import sys

import pytest

from sbdesk import crash
from sbdesk.domain.models import Person

SPELLINGS = [
    "11010519491231002X",
    "11010519491231002x",
    "110105 19491231 002X",
    "110105-19491231-002x",
    "110105  19491231  002X",
    "110105 - 19491231 - 002X",
    "１１０１０５１９４９１２３１００２Ｘ",
    "110105491231002",
]


@pytest.fixture
def hook(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    crash.setup_logging(tmp_path)
    shown: list[str] = []
    crash.install(tmp_path, lambda text, path: shown.append(text))  # the crash dialog's text
    yield tmp_path, shown
    for handler in logging.getLogger().handlers:
        handler.close()
    logging.getLogger().handlers.clear()


def crashed(hook, exc: BaseException) -> str:
    """The crash file, the log and the dialog's text after ``exc`` reached the crash hook."""
    folder, shown = hook
    try:
        raise exc
    except type(exc):
        sys.excepthook(*sys.exc_info())
    [path] = (folder / "logs").glob("crash-*.txt")
    log = (folder / "logs" / "sbdesk.log").read_text(encoding="utf-8")
    return path.read_text(encoding="utf-8") + log + "".join(shown)


@pytest.mark.parametrize("number", SPELLINGS)
def test_a_crash_message_with_a_name_and_an_id_number_is_masked_in_the_crash_file_and_the_log(hook, number):
    text = crashed(hook, ValueError(f"cannot bind 欧阳秀英 ({number}) to 张伟"))
    assert "ValueError: cannot bind 欧*** (" in text and "to 张*" in text  # what happened is still there
    assert "欧阳秀英" not in text and "张伟" not in text
    assert "1231" not in text.replace(__file__, "") and "１２３１" not in text


def test_a_record_in_a_crash_message_keeps_no_latin_name_either(hook):
    person = Person(id=1, id_number="11010519491231002X", name="Zhang Wei", region_code="510100")
    text = crashed(hook, RuntimeError(f"unexpected {person!r}"))
    assert "Zhang Wei" not in text and "name='Z********'" in text and "19491231" not in text
