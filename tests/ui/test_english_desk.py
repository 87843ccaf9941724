"""The window in English at 1280×800, as a clerk reads it: every reason, refusal and list
line whole (never cut with "…"), a binding's status first on the person's line, the Chinese
terms glossed, and the receipt's title on one line in either language."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QListView, QStyle

from sbdesk.services import binding, people, receipts
from sbdesk.ui.channels.receipt import receipt_html
from sbdesk.ui.common import printing
from sbdesk.ui.common.wrapping import text_layout
from tests.ui.conftest import OWNER, SON, WIFE
from tests.ui.elision import elided_texts
from tests.ui.test_keyboard_walk import tab_states


def cut_items(window) -> list[str]:
    """List lines drawn shorter than their text: laid out the way the list's delegate breaks
    lines (Qt's own: at spaces only, the rest elided) at the width the item really has."""
    found = []
    for view in window.findChildren(QListView):
        if not view.isVisible() or isinstance(view.parentWidget(), QComboBox) or view.inherits("QComboBoxListView"):
            continue
        delegate = view.itemDelegate()
        if hasattr(delegate, "wrap_mode"):
            mode = delegate.wrap_mode
        else:
            mode = QTextOption.WrapMode.WordWrap if view.wordWrap() else QTextOption.WrapMode.NoWrap
        margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        model = view.model()
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            rect = view.visualRect(index)
            if not rect.isValid() or rect.height() == 0:
                continue
            text = index.data(Qt.ItemDataRole.DisplayRole) or ""
            font = index.data(Qt.ItemDataRole.FontRole) or view.font()
            width = min(rect.width(), view.viewport().width() - rect.left()) - 2 * margin
            layout, height = text_layout(text, font, width, mode)
            lines = [layout.lineAt(i) for i in range(layout.lineCount())]
            widest = max(line.naturalTextWidth() for line in lines)
            if not hasattr(delegate, "wrap_mode"):  # Qt's style elides a line unless 1.5 more lines fit below
                top = 0.0
                for line, following in zip(lines, lines[1:], strict=False):
                    top += line.height()
                    if top + 1.5 * following.height() > rect.height():
                        height = max(height, rect.height() + 1.0)
            if widest > width + 1 or height > rect.height() + 0.5:
                found.append(
                    f"{view.objectName() or type(view).__name__} line {row} {text[:60]!r}…: needs "
                    f"{widest:.0f}×{height:.0f}px, has {width}×{rect.height()}px"
                )
    return found


def dotted_labels(window) -> list[str]:
    """Captions and lines that end in "…" themselves: a clerk cannot tell them from cut text
    (a button's "…" that opens a dialog is the usual sign and stays)."""
    return [
        f"{label.objectName() or 'QLabel'} {label.text()!r}: reads as cut"
        for label in window.findChildren(QLabel)
        if label.isVisible() and "…" in label.text()
    ]


@pytest.fixture
def bound(family):
    """The family with bindings: two ended (one through the 医保钱包), one active."""
    d = family.desk
    owner, wife, son = (people.find(d, n).id for n in (OWNER, WIFE, SON))
    binding.bind(d, owner, wife, "spouse", "wallet")
    binding.unbind(d, binding.listing(d, "wallet")[0].id, "本人申请")
    binding.bind(d, owner, son, "child", "window")
    binding.bind(d, owner, wife, "spouse", "hospital")
    binding.unbind(d, binding.listing(d, "hospital")[0].id, "本人申请")
    family.data_changed()
    return family


def refuse_on_every_page(window) -> None:
    """A resident (居民医保) owner on each channel page: a refusal with its rule and source."""
    for page in window.channels.pages.values():
        fields = page.fields
        for name, edit in fields.items():
            owner_side = name.startswith(("owner", "holder"))
            if name.endswith("_card"):
                edit.setText("B20000002" if owner_side else "C30000003")
            elif name.endswith("_id"):
                edit.setText(WIFE if owner_side else SON)
        page.relation.setCurrentIndex(page.relation.findData("child"))
        page.evaluate()


@pytest.mark.parametrize("size", [(1280, 800), (1600, 1000)])
def test_in_english_no_reason_refusal_or_list_line_is_cut(bound, qtbot, size):
    """Every tab and channel page, each with a refusal shown: the verdict, the reasons with
    their sources (URLs included), the channel names and the bindings are read whole."""
    bound.resize(*size)
    bound.tabs.setCurrentWidget(bound.channels)
    refuse_on_every_page(bound)
    bound.members.table.selectRow(0)
    found = []
    for state in tab_states(bound):
        QApplication.processEvents()
        found += [f"{state}: {text}" for text in elided_texts(bound) + cut_items(bound) + dotted_labels(bound)]
    wallet = bound.channels.list.item(list(bound.channels.pages).index("wallet"))
    assert wallet.text() == "医保钱包 (national healthcare security app)"  # whole, over two lines if need be
    assert "National Healthcare Security Service Platform" in wallet.toolTip()  # the full title on hover
    verdict = bound.channels.pages["window"].decision.verdict_text()
    assert verdict.startswith("May not share: The owner has no 职工医保"), verdict
    assert not found, "\n".join(sorted(set(found)))


def test_the_persons_binding_line_starts_with_its_status(bound, qtbot):
    """An ended binding says 'ended <day>' right after its number, then whom and how: the
    status is never the part a narrow pane cuts off."""
    bound.resize(1280, 800)
    bound.members.select_person(people.find(bound.desk, WIFE).id)
    QApplication.processEvents()
    lines = [bound.members.detail.bindings.item(i).text() for i in range(bound.members.detail.bindings.count())]
    assert len(lines) == 2, lines
    for line in lines:
        number, status = line.split("  ")[:2]
        assert number.startswith("#") and status == "ended 2026-11-25", line
    assert not cut_items(bound.members.detail)


def pdf_lines(path) -> list[str]:
    reader = shutil.which("pdftotext")  # poppler-utils: the text as laid out on the page
    if reader is None:
        pytest.skip("pdftotext (poppler-utils) is needed to read the PDF's lines")
    out = subprocess.run([reader, "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return [line.strip() for line in out.splitlines() if line.strip()]


@pytest.mark.parametrize("lang, next_line", [("en", "Binding number"), ("zh_CN", "绑定编号")], ids=["en", "zh_CN"])
def test_the_receipt_title_is_one_line_of_the_pdf(bound, qtbot, answers, tmp_path, lang, next_line):
    """The receipt saved from the bindings list: its title whole on the first line (never
    "…(个人账户家" / "庭共济)"), the binding's number on the next; the unbinding receipt too."""
    bound.set_language(lang)
    QApplication.processEvents()
    bound.tabs.setCurrentWidget(bound.channels)
    bound.channels.show_channel("window")
    panel = bound.channels.panel
    panel.table.selectRow(0)
    answers.path = str(tmp_path / "receipt.pdf")
    qtbot.mouseClick(panel.buttons["pdf"], Qt.MouseButton.LeftButton)
    lines = pdf_lines(tmp_path / "receipt.pdf")
    assert lines[0].endswith(("(个人账户家庭共济)", "个人账户家庭共济绑定回执")), lines[:3]
    assert lines[1].startswith(next_line), lines[:3]
    ended = binding.listing(bound.desk, "hospital", status="ended")[0]
    printing.write_pdf(
        receipt_html(receipts.receipt(bound.desk, ended.id)), str(tmp_path / "ended.pdf"), bound.desk.data_dir
    )
    lines = pdf_lines(tmp_path / "ended.pdf")
    assert lines[0].endswith(("(解除个人账户家庭共济)", "解除个人账户家庭共济绑定回执")), lines[:3]
    assert lines[1].startswith(("ENDED on", "已于")), lines[:3]


def test_chinese_terms_are_glossed_in_english_and_never_in_chinese(bound, qtbot):
    """男职工 and 计发月数 in the pension dialog, 统筹区 in a reason and the 医保钱包 steps: each
    with its English meaning beside it at its first use; the Chinese window shows none."""
    tab = bound.members
    tab.select_person(people.find(bound.desk, OWNER).id)  # 张伟, a man
    QApplication.processEvents()
    qtbot.mouseClick(tab.buttons["pension"], Qt.MouseButton.LeftButton)
    dialog = tab.pension
    assert dialog.retirement.text().startswith("男职工 (male employee), born 1978-03")
    assert "the 计发月数 (months divisor) by age at retirement" in dialog.notes.text()
    assert "过渡性养老金 (transitional pension)" in dialog.notes.text()
    dialog.close()
    bound.tabs.setCurrentWidget(bound.channels)
    refuse_on_every_page(bound)
    page = bound.channels.pages["wallet"]
    assert any("the same 统筹区 (pooling region) " in t for t in page.decision.texts())
    assert "统筹区 (pooling region)" in page.steps.text()
    bound.set_language("zh_CN")
    QApplication.processEvents()
    page.evaluate()
    shown = "\n".join([page.steps.text(), *page.decision.texts()])
    assert "统筹区" in shown and "pooling region" not in shown


def test_the_wizards_refusal_is_read_whole(bound, qtbot, answers):
    """The 亲情服务 wizard's step for the relative, refused (the card holder typed in as their
    own relative): the bold verdict and every reason wrap in the dialog, none cut."""
    from tests.ui.test_wizard import through_notice, through_password
    from tests.ui.test_wizard_as_a_person import choose, open_wizard, type_text

    bound.resize(1280, 800)
    w = open_wizard(bound)
    through_password(qtbot, w)
    through_notice(qtbot, w)
    page = w.member_page
    type_text(qtbot, page.name, "张伟")
    qtbot.keyClicks(page.id_number, OWNER)
    choose(qtbot, page.relation, "spouse")
    qtbot.waitUntil(lambda: page.decision.verdict_text().startswith("May not add this family account:"))
    QApplication.processEvents()
    found = elided_texts(w) + cut_items(w) + dotted_labels(w)
    assert not found, "\n".join(found)
