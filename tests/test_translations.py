"""Every message a person can see has a Chinese translation with the same placeholders."""

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from sbdesk.domain import channels, relations
from sbdesk.domain.messages import CONTEXT, TEMPLATES

TS = Path(__file__).resolve().parents[1] / "i18n" / "sbdesk_zh_CN.ts"


def translations():
    out = {}
    for context in ET.parse(TS).getroot().iter("context"):  # noqa: S314 - the repository's own .ts file
        for m in context.iter("message"):
            t = m.find("translation")
            out[(context.findtext("name"), m.findtext("source"))] = (t.text or "", t.get("type"))
    return out


def placeholders(text):
    return sorted(re.findall(r"\{(\w+)\}", text))


NEEDED = (
    [(CONTEXT, t) for t in TEMPLATES.values()]
    + [(relations.CONTEXT, label) for _, label in relations.KINDS.values()]
    + [(channels.CONTEXT, label) for label in channels.IDENTIFIERS.values()]
)


@pytest.mark.parametrize("context, source", NEEDED)
def test_translated_with_the_same_placeholders(context, source):
    text, kind = translations()[(context, source)]
    assert kind is None, f"{source!r} is {kind}"
    assert text.strip()
    assert placeholders(text) == placeholders(source)


def test_every_translation_in_the_file_is_finished():
    unfinished = [s for (c, s), (t, kind) in translations().items() if kind or not t]
    assert unfinished == []


def test_every_translation_has_a_context_the_program_looks_it_up_in():
    """lupdate files a module function's bare tr("…") under no context, where no lookup finds
    it: the branch server's dialogs were English in the Chinese window until this test."""
    nameless = [s for (c, s) in translations() if not c]
    assert nameless == []


def test_the_branch_server_away_dialog_speaks_chinese(qapp):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from sbdesk.ui import branch_setting
    from sbdesk.ui.language import LanguageManager

    seen = []

    def read_and_close():
        box = QApplication.activeModalWidget()
        seen.append((box.text(), [b.text() for b in box.buttons()]))
        box.reject()

    LanguageManager().install("zh_CN")
    try:
        QTimer.singleShot(0, read_and_close)
        branch_setting.retry_away("无法连接网点数据库")
    finally:
        LanguageManager().install("en")
    [(text, buttons)] = seen
    assert text.endswith("是否重试？") and "重试" in buttons


HALF_WIDTH_AROUND_CHINESE = re.compile(
    r"[\u3400-\u9fff][,:;?!]|[,:;?!][\u3400-\u9fff]"  # a comma, colon … touching Chinese
    r"|[\u3400-\u9fff}]\((?!&[A-Za-z0-9]\))|\)[\u3400-\u9fff]"
)  # ( ) around Chinese; "(&F)" is Qt's access key


def test_chinese_texts_use_full_width_punctuation():
    """：，（）、；？ in Chinese sentences; ASCII ones stay in codes, URLs and file filters."""
    found = [s for (c, src), (s, kind) in translations().items() if HALF_WIDTH_AROUND_CHINESE.search(s)]
    assert found == []


def test_every_source_text_is_in_the_chinese_file():
    """lupdate (as i18n/update.py runs it) into a copy finds no text the committed .ts lacks: a
    new self.tr() or QT_TRANSLATE_NOOP text nobody ran i18n/update.py for stays English in the
    Chinese window, and no other test noticed."""
    from i18n import update

    assert update.missing() == [], "run i18n/update.py and translate them"


def test_a_new_text_nobody_ran_lupdate_for_is_named_with_its_file(tmp_path):
    from i18n import update

    scratch = tmp_path / "scratch_page.py"
    scratch.write_text(
        "from PySide6.QtWidgets import QWidget\n\n\nclass ScratchPage(QWidget):\n"
        "    def title(self):\n        return self.tr('A text nobody translated')\n",
        encoding="utf-8",
    )
    [(where, context, text)] = update.missing([scratch])
    assert (Path(where).name, context, text) == ("scratch_page.py", "ScratchPage", "A text nobody translated")


def test_a_translator_is_never_called_with_a_bare_text():
    """lupdate sees a text only inside tr() or QT_TRANSLATE_NOOP(): ``tx("cli", "a text")``
    is looked up at run time but never reaches the .ts, so it stays English for good."""
    import ast

    bare = []
    for path in sorted((TS.parents[1] / "sbdesk").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", getattr(node.func, "attr", "")) in ("tx", "_tx")
                and len(node.args) >= 2
                and isinstance(node.args[1], ast.Constant)
                and isinstance(node.args[1].value, str)
            ):
                bare.append(f"{path.relative_to(TS.parents[1])}:{node.lineno}: {node.args[1].value!r}")
    assert bare == [], "wrap the text in QT_TRANSLATE_NOOP(context, text)"
