"""Printing at the desk: a print preview from the keyboard that shows the pages as they print,
the desk's printer and paper remembered for the next window, a print to file as private and
whole as a saved PDF. Only the printer dialogs are doubles (they wait for a person); the
QPrinter, the rendering and the files are real."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence, QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication

from sbdesk.services import binding, people
from sbdesk.ui.settings import Settings
from tests.conftest import TODAY
from tests.ui.conftest import OWNER, WIFE, type_text
from tests.ui.test_channels_tab import open_channel

A5 = QPageSize.PageSizeId.A5
LANDSCAPE = QPageLayout.Orientation.Landscape


class PrintDialogs:
    """Stands in for the clerk at QPrintDialog and QPrintPreviewDialog: records what the
    printer offered when the dialog opened, then chooses as told (paper, orientation, a file)."""

    def __init__(self) -> None:
        self.offered: list[tuple[str, QPageSize.PageSizeId, QPageLayout.Orientation]] = []
        self.pages: list[int] = []
        self.previewed: list[tuple[str, QPageSize.PageSizeId, QPageLayout.Orientation]] = []
        self.to_file: str | None = None
        self.paper: tuple[QPageSize.PageSizeId, QPageLayout.Orientation] | None = None
        self.preview_prints = False
        self.printer_name: str | None = None

    def choose(self, printer: QPrinter) -> None:
        layout = printer.pageLayout()
        self.offered.append((printer.printerName(), layout.pageSize().id(), layout.orientation()))
        if self.printer_name:
            printer.setPrinterName(self.printer_name)
        if self.paper:
            printer.setPageSize(QPageSize(self.paper[0]))
            printer.setPageOrientation(self.paper[1])
        if self.to_file:
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(self.to_file)

    def print_dialog(self, dialog: QPrintDialog) -> int:
        self.choose(dialog.printer())
        return QPrintDialog.DialogCode.Accepted

    def preview_dialog(self, dialog: QPrintPreviewDialog) -> int:
        """Shows the preview; then, when told, its Print button (the preview's own print dialog
        chooses; then the preview widget prints and the dialog accepts, as Qt's does)."""
        layout = dialog.printer().pageLayout()
        self.previewed.append((dialog.printer().printerName(), layout.pageSize().id(), layout.orientation()))
        dialog.show()
        widget = dialog.findChild(QPrintPreviewWidget)
        self.pages.append(widget.pageCount())
        print_key = QKeySequence(QKeySequence.StandardKey.Print)
        self.print_keys = [a.text() for a in dialog.findChildren(QAction) if a.shortcut() == print_key]
        if not self.preview_prints:
            dialog.close()
            return QPrintPreviewDialog.DialogCode.Rejected
        self.choose(dialog.printer())
        widget.print()
        dialog.close()
        return QPrintPreviewDialog.DialogCode.Accepted


@pytest.fixture
def printing(monkeypatch):
    doubles = PrintDialogs()
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: doubles.print_dialog(dialog))
    monkeypatch.setattr(QPrintPreviewDialog, "exec", lambda dialog: doubles.preview_dialog(dialog))
    return doubles


def receipt_panel(window):
    d = window.desk
    binding.bind(d, people.find(d, OWNER).id, people.find(d, WIFE).id, "spouse", "window")
    open_channel(window, "window")
    panel = window.channels.panel
    panel.reload()
    return panel


def pdf_text(path: Path) -> str:
    tool = shutil.which("pdftotext")  # poppler-utils, which .ci/bootstrap installs
    if tool is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run([tool, "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def private(path: Path) -> bool:
    return os.name == "nt" or stat.S_IMODE(os.stat(path).st_mode) == 0o600


def test_the_preview_opens_from_the_keyboard_with_the_receipts_pages(family, qtbot, answers, printing):
    panel = receipt_panel(family)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert printing.pages == [1]  # one receipt, one page
    assert printing.print_keys == ["Print"]  # and Ctrl+P prints from the preview
    preview = panel.buttons["preview"]
    assert preview.text() == "Pr&eview…" and preview.isEnabled()
    assert preview.accessibleName() == "Print preview of the receipt: #1 张伟 pays for 李娜"
    preview.setFocus()
    qtbot.keyClick(preview, Qt.Key.Key_Space)
    assert printing.pages == [1, 1] and answers.informed == []


def test_printing_from_the_preview_to_a_file_gives_a_private_pdf_of_the_receipt(
    family, qtbot, answers, printing, tmp_path
):
    panel = receipt_panel(family)
    target = tmp_path / "out" / "receipt.pdf"
    target.parent.mkdir()
    target.write_bytes(b"an older file, readable by all")
    os.chmod(target, 0o644)
    printing.preview_prints, printing.to_file = True, str(target)
    old = os.umask(0o022)  # a usual umask: Qt alone would make the file 0644
    try:
        panel.preview_receipt()
    finally:
        os.umask(old)
    assert printing.pages == [1] and answers.informed == []
    assert target.read_bytes().startswith(b"%PDF") and private(target)
    text = pdf_text(target)
    assert "张伟" in text and "李娜" in text and "clerk" in text
    assert sorted(p.name for p in target.parent.iterdir()) == ["receipt.pdf"]  # no scratch file left behind


def test_a_print_to_file_is_private_and_the_paper_is_remembered_for_the_next_window(
    family, qtbot, answers, printing, tmp_path
):
    panel = receipt_panel(family)
    printing.to_file, printing.paper = str(tmp_path / "printed.pdf"), (A5, LANDSCAPE)
    old = os.umask(0o022)
    try:
        qtbot.mouseClick(panel.buttons["print"], Qt.MouseButton.LeftButton)
    finally:
        os.umask(old)
    printed = tmp_path / "printed.pdf"
    assert private(printed) and "李娜" in pdf_text(printed) and answers.informed == []
    assert printing.offered[0][1:] == (QPageSize.PageSizeId.A4, QPageLayout.Orientation.Portrait)

    data_dir = family.desk.data_dir
    family.close()  # the clerk closes the window; the settings file keeps the desk's paper
    assert "A5" in (data_dir / "settings.ini").read_text(encoding="utf-8")
    from sbdesk.app import build_main_window

    again = build_main_window(data_dir, lang="en", today=lambda: TODAY)
    again.show()
    try:
        open_channel(again, "window")
        printing.to_file, printing.paper = str(tmp_path / "again.pdf"), None
        qtbot.mouseClick(again.channels.panel.buttons["print"], Qt.MouseButton.LeftButton)
        assert printing.offered[1][1:] == (A5, LANDSCAPE)  # the desk's paper, as last printed
        assert (tmp_path / "again.pdf").exists()
    finally:
        again.close()
        again.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.DeferredDelete)
        again.desk.close()


def test_a_printer_that_is_gone_gives_way_to_the_default_with_a_status_line(family, qtbot, answers, printing):
    settings = Settings(family.desk.data_dir)
    settings.printer = ("Counter_Laser_2", "A5", "landscape")
    settings.sync()
    panel = receipt_panel(family)
    qtbot.mouseClick(panel.buttons["print"], Qt.MouseButton.LeftButton)
    name, paper, orientation = printing.offered[0]
    assert name != "Counter_Laser_2" and (paper, orientation) == (A5, LANDSCAPE)
    assert "Counter_Laser_2 is no longer on this computer" in family.statusBar().currentMessage()
    assert answers.informed == []  # no error box: the print went on


def test_a_print_to_file_that_cannot_be_written_says_so_and_leaves_nothing(family, qtbot, answers, printing, tmp_path):
    panel = receipt_panel(family)
    printing.to_file = str(tmp_path / "no such folder" / "r.pdf")
    qtbot.mouseClick(panel.buttons["print"], Qt.MouseButton.LeftButton)
    assert answers.informed[-1][0] == "Not done" and "Nothing was written" in answers.informed[-1][1]
    assert not (tmp_path / "no such folder").exists()
    printing.to_file = str(family.desk.data_dir / "sbdesk.db")
    size = (family.desk.data_dir / "sbdesk.db").stat().st_size
    qtbot.mouseClick(panel.buttons["print"], Qt.MouseButton.LeftButton)
    assert "sbdesk's own database" in answers.informed[-1][1]
    assert (family.desk.data_dir / "sbdesk.db").stat().st_size == size
    assert Settings(family.desk.data_dir).printer == ("", "", "")  # a print that failed is not remembered


def test_the_summary_preview_opens_from_the_keyboard_on_the_last_wizard_page(
    family, qtbot, answers, printing, tmp_path, monkeypatch
):
    from tests.ui.test_channels_tab import choose
    from tests.ui.test_wizard import NEW_ADULT, click_next, open_wizard, pdf, through_notice, through_password, tick

    w = open_wizard(family)
    through_password(qtbot, w)
    through_notice(qtbot, w)
    page = w.member_page
    type_text(qtbot, page.name, "赵敏")
    qtbot.keyClicks(page.id_number, NEW_ADULT)
    choose(qtbot, page.relation, "spouse")
    choose(qtbot, page.insurance, "resident")
    monkeypatch.setattr("sbdesk.ui.common.dialogs.open_path", lambda *a: str(pdf(tmp_path)))
    qtbot.mouseClick(page.upload["credential"], Qt.MouseButton.LeftButton)
    click_next(qtbot, w)
    tick(qtbot, w.face_page.performed)
    click_next(qtbot, w)
    assert w.currentPage() is w.done_page
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    where = QApplication.focusWidget()
    qtbot.keyClick(where, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert printing.pages and printing.pages[0] > 0
    assert w.done_page.preview.text() == "Pr&eview summary…"
    printing.preview_prints, printing.to_file = True, str(tmp_path / "summary.pdf")
    w.done_page.preview.setFocus()
    qtbot.keyClick(w.done_page.preview, Qt.Key.Key_Space)
    assert private(tmp_path / "summary.pdf") and "赵敏" in pdf_text(tmp_path / "summary.pdf")


@pytest.fixture
def desk_printers():
    from tests.ui.cups_server import cups_printers

    with cups_printers() as sock:
        yield sock


def jobs_on(sock, printer: str) -> list[str]:
    lpstat = shutil.which("lpstat", path="/usr/sbin:/usr/bin") or "lpstat"
    done = subprocess.run(
        [lpstat, "-W", "all", "-o", printer], env={"CUPS_SERVER": str(sock)}, capture_output=True, text=True
    )
    return done.stdout.splitlines()


def test_the_desk_printer_and_its_paper_are_offered_again_in_a_new_window(
    family, qtbot, answers, printing, desk_printers
):
    panel = receipt_panel(family)
    printing.printer_name, printing.paper = "Desk_Laser", (A5, LANDSCAPE)  # the desk's own printer, A5 across
    qtbot.mouseClick(panel.buttons["print"], Qt.MouseButton.LeftButton)
    assert printing.offered[0][0] == "Back_Office"  # the system's default, before anything was remembered
    assert answers.informed == [] and len(jobs_on(desk_printers, "Desk_Laser")) == 1  # the job reached it

    data_dir = family.desk.data_dir
    family.close()
    from sbdesk.app import build_main_window

    again = build_main_window(data_dir, lang="en", today=lambda: TODAY)
    again.show()
    try:
        open_channel(again, "window")
        printing.printer_name, printing.paper = None, None
        again.channels.panel.preview_receipt()  # the preview, too, shows the desk's printer and paper
        qtbot.mouseClick(again.channels.panel.buttons["print"], Qt.MouseButton.LeftButton)
        assert printing.offered[1] == ("Desk_Laser", A5, LANDSCAPE)
        assert printing.previewed == [("Desk_Laser", A5, LANDSCAPE)] and printing.pages[0] > 1  # A5 across: more pages
        assert len(jobs_on(desk_printers, "Desk_Laser")) == 2
    finally:
        again.close()
        again.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.DeferredDelete)
        again.desk.close()


def test_a_desk_printer_taken_away_gives_way_to_the_default_printer(family, qtbot, answers, printing, desk_printers):
    settings = Settings(family.desk.data_dir)
    settings.printer = ("Counter_Laser_2", "A5", "portrait")
    settings.sync()
    panel = receipt_panel(family)
    qtbot.mouseClick(panel.buttons["print"], Qt.MouseButton.LeftButton)
    assert printing.offered[0] == ("Back_Office", A5, QPageLayout.Orientation.Portrait)
    assert family.statusBar().currentMessage() == (
        "The printer Counter_Laser_2 is no longer on this computer; printing to Back_Office instead."
    )
    assert answers.informed == [] and len(jobs_on(desk_printers, "Back_Office")) == 1
