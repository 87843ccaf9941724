"""HTML to paper, to a print preview or to a PDF through QtPrintSupport: receipts and the
亲情服务 summary. One rendering (``render``) serves all three, so the preview shows what
prints. The desk's printer, paper and orientation are kept in its settings (ui/settings.py)
and put into the printer before a dialog opens. A file, saved or printed to, is written whole
and user-only (services/doors.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QSize
from PySide6.QtGui import QAction, QKeySequence, QPageLayout, QPageSize, QPaintEngine, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import QMainWindow, QWidget

from ...services import doors
from .. import screen_fit
from ..settings import Settings
from .guard import guarded

PREVIEW_KEY = "Ctrl+Shift+P"  # the print preview, wherever a document can be printed
MARGINS = QMarginsF(15, 15, 15, 15)  # millimetres, on paper and in a PDF alike
ORIENTATIONS = {"portrait": QPageLayout.Orientation.Portrait, "landscape": QPageLayout.Orientation.Landscape}


def render(html: str, printer: QPrinter) -> None:
    """The one way a document reaches a page: the printer, the preview and the PDF."""
    doc = QTextDocument()
    doc.setHtml(html)
    doc.print_(printer)


def write_pdf(html: str, path: str, folder: Path) -> None:
    """An A4 PDF readable by the user only (it holds names and masked numbers); never over
    one of sbdesk's own files in the data ``folder`` (services/doors.py)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, MARGINS))
    _to_file(printer, html, path, folder)


def _to_file(printer: QPrinter, html: str, path: str, folder: Path) -> None:
    def write(temp: Path) -> None:
        printer.setOutputFileName(str(temp))
        render(html, printer)

    try:
        doors.write_whole(path, folder, write, _whole_pdf)
    finally:
        printer.setOutputFileName(path)


def _whole_pdf(path: Path) -> bool:
    """Qt's PDF engine says nothing when a write fails: the file must begin and end as a PDF."""
    with open(path, "rb") as fh:
        head = fh.read(5)
        fh.seek(0, 2)
        fh.seek(max(0, fh.tell() - 64))
        tail = fh.read()
    return head == b"%PDF-" and b"%%EOF" in tail


def _out(printer: QPrinter, html: str, folder: Path) -> None:
    """On paper, or into the file the print dialog's "Print to File" named: written whole, 0600."""
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        _to_file(printer, html, printer.outputFileName(), folder)
    else:
        render(html, printer)


def print_html(parent: QWidget, html: str, folder: Path) -> bool:
    """Ask for a printer (the one boundary tests replace) and print; the desk remembers it."""
    printer = desk_printer(parent, folder)
    if QPrintDialog(printer, parent).exec() != QPrintDialog.DialogCode.Accepted:
        return False
    if guarded(parent, lambda: _out(printer, html, folder) or True) is None:
        return False
    remember(printer, folder)
    return True


def preview_html(parent: QWidget, html: str, folder: Path) -> bool:
    """The pages as they will print, on the desk's printer and paper; its Print button prints
    them (the dialog's own print dialog), and the desk remembers that printer."""
    printer = desk_printer(parent, folder)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setObjectName("printPreview")
    _fit(dialog)
    failed: list[bool] = []

    def paint(target: QPrinter) -> None:
        engine = target.paintEngine()
        if engine is not None and engine.type() == QPaintEngine.Type.Picture:  # drawing the preview
            render(html, target)
        elif guarded(dialog, lambda: _out(target, html, folder) or True) is None:
            failed.append(True)

    dialog.paintRequested.connect(paint)
    printed = dialog.exec() == QPrintPreviewDialog.DialogCode.Accepted and not failed
    dialog.deleteLater()
    if printed:
        remember(printer, folder)
    return printed


def _fit(dialog: QPrintPreviewDialog) -> None:
    """Big enough to read a page and show every tool (长辈模式 at 1024×700 hid Print behind »);
    Ctrl+P prints from it, as the Print tool does."""
    area = screen_fit.available(dialog)
    if area.isValid():
        dialog.resize(screen_fit.fitting(QSize(area.width() * 9 // 10, area.height()), area))
    qt_words = QCoreApplication.translate  # Qt's own catalogue (qtbase_*.qm): not one of ours for lupdate
    name = qt_words("QPrintPreviewDialog", "Print")
    for action in dialog.findChildren(QAction):
        if action.text() == name:
            action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))


def desk_printer(parent: QWidget | None, folder: Path) -> QPrinter:
    """A printer set up as the desk last printed: its printer, paper and orientation. A printer
    that is gone gives way to the system's default, and the status line says so."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    name, paper, orientation = Settings(folder).printer
    if name and name != printer.printerName():
        if name in QPrinterInfo.availablePrinterNames():
            printer.setPrinterName(name)
        else:
            _say(parent, _gone(name, QPrinterInfo.defaultPrinterName()))
    size = QPageSize.PageSizeId.__members__.get(paper)
    # one at a time: a printer that refuses one (a paper it lacks, margins it cannot print) keeps the rest
    if size is not None and size != QPageSize.PageSizeId.Custom:
        printer.setPageSize(QPageSize(size))
    if orientation in ORIENTATIONS:
        printer.setPageOrientation(ORIENTATIONS[orientation])
    printer.setPageMargins(MARGINS, QPageLayout.Unit.Millimeter)
    return printer


def remember(printer: QPrinter, folder: Path) -> None:
    """Keep what was printed with. A print to file keeps the desk's printer (a PDF once in a
    while is no new printer), but its paper and orientation."""
    settings = Settings(folder)
    name = settings.printer[0]
    if printer.outputFormat() == QPrinter.OutputFormat.NativeFormat:
        name = printer.printerName()
    layout = printer.pageLayout()
    size = layout.pageSize().id()
    paper = size.name if size != QPageSize.PageSizeId.Custom else ""
    landscape = layout.orientation() == QPageLayout.Orientation.Landscape
    settings.printer = (name, paper, "landscape" if landscape else "portrait")
    settings.sync()


def _gone(name: str, default: str) -> str:
    if default:
        return QCoreApplication.translate(
            "printing", "The printer {name} is no longer on this computer; printing to {default} instead."
        ).format(name=name, default=default)
    return QCoreApplication.translate(
        "printing", "The printer {name} is no longer on this computer; choose a printer in the print window."
    ).format(name=name)


def _say(parent: QWidget | None, text: str) -> None:
    """In the main window's status line, from a panel of it or from a dialog above it."""
    window = parent.window() if parent is not None else None
    while window is not None and not isinstance(window, QMainWindow):
        above = window.parentWidget()
        window = above.window() if above is not None else None
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, 30000)
