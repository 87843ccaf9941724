"""The 报表 window: bindings made and ended between two days, by day, clerk, channel and
统筹区, with the reasons for ending, a chart, an XLSX file and a printed page.

A window of its own beside the main window (shown, never run with exec()): a supervisor keeps
it open while the desk works, and nothing waits on it. The report is read when the window opens
and when Show is pressed; a sign-in the server does not let read it (a clerk's) is said in the
window's own line, not in a box."""

from __future__ import annotations

import base64
import html
from datetime import date

from PySide6.QtCore import QBuffer, QByteArray, QDate, QEvent, QIODevice, QSize, Qt
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.report import Report
from ...services import report as report_service
from ...services.desk import Desk
from ...services.errors import ServiceError, StoreError
from ..common import dialogs, printing
from ..common.plain import Label
from ..common.retranslate import Retranslating
from ..common.texts import error_text, translate
from ..common.widgets import ErrorLabel, list_table, tab_order
from .chart import BarChart, image


class DayEdit(QDateEdit):
    """A day typed as YYYY-MM-DD (or picked from the calendar). Tab leaves the box, as in every
    other box of the window: Qt's date box spends Tab on its year, month and day, and a person
    typing the digits moves through them anyway."""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            plain = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier)
            if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and event.modifiers() in plain:
                forward = event.key() == Qt.Key.Key_Tab and event.modifiers() == Qt.KeyboardModifier.NoModifier
                return QWidget.focusNextPrevChild(self, forward)
        return super().event(event)


class ReportWindow(Retranslating, QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportWindow")
        self.setWindowFlag(Qt.WindowType.Window)  # its own window: minimised and moved alone
        self.desk = desk
        self.report: Report | None = None
        self.tables: list[report_service.Table] = []
        today = desk.today()
        self.start_label, self.end_label = Label(self), Label(self)
        self.start, self.end = self._date(today.replace(day=1), "reportFrom"), self._date(today, "reportTo")
        self.start_label.setBuddy(self.start)
        self.end_label.setBuddy(self.end)
        self.show_button = QPushButton(self)
        self.show_button.setObjectName("reportShow")
        self.show_button.setDefault(True)
        self.show_button.clicked.connect(self.run)
        self.totals = Label(self)
        self.totals.setObjectName("reportTotals")
        self.totals.setWordWrap(True)
        bold = QFont(self.totals.font())
        bold.setBold(True)
        self.totals.setFont(bold)
        self.problem = ErrorLabel(self)
        self.problem.setObjectName("reportProblem")
        self.said = Label(self)  # what the last export wrote
        self.said.setWordWrap(True)
        self.chart = BarChart(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("reportTabs")
        self.views: dict[str, QTableWidget] = {}
        for key in report_service.TITLES:
            self.views[key] = QTableWidget(self)
            list_table(self.views[key]).horizontalHeader().setStretchLastSection(False)  # counts stay narrow
        for key, view in self.views.items():
            view.setObjectName(f"report_{key}")
            view.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            self.tabs.addTab(view, "")
        self.export_button, self.print_button, self.close_button = (
            QPushButton(self),
            QPushButton(self),
            QPushButton(self),
        )
        self.export_button.setObjectName("reportExport")
        self.print_button.setObjectName("reportPrint")
        self.export_button.clicked.connect(self.export)
        self.print_button.clicked.connect(self.print_report)
        self.close_button.clicked.connect(self.close)
        self.close_button.setAutoDefault(False)

        top = QHBoxLayout()
        for w in (self.start_label, self.start, self.end_label, self.end, self.show_button):
            top.addWidget(w)
        top.addStretch(1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.chart)
        split.addWidget(self.tabs)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.said, 1)
        for w in (self.export_button, self.print_button, self.close_button):
            bottom.addWidget(w)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.problem)
        layout.addWidget(self.totals)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)
        tab_order(
            self.start, self.end, self.show_button, self.tabs, *self.views.values(),
            self.export_button, self.print_button, self.close_button,
        )  # fmt: skip
        self.retranslate()
        self.run()

    def _date(self, day: date, name: str) -> DayEdit:
        edit = DayEdit(QDate(day.year, day.month, day.day), self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Bindings report"))
        self.start_label.setText(self.tr("&From:"))
        self.end_label.setText(self.tr("&To:"))
        self.show_button.setText(self.tr("&Show"))
        self.export_button.setText(self.tr("Export to E&xcel…"))
        self.print_button.setText(self.tr("&Print…"))
        self.close_button.setText(self.tr("&Close"))
        if self.report is not None:
            self.present(self.report)
        else:
            for i, key in enumerate(self.views):
                self.tabs.setTabText(i, translate(report_service.CONTEXT, report_service.TITLES[key]))

    # -- the report -------------------------------------------------------------------
    def chosen(self) -> tuple[date, date]:
        return self.start.date().toPython(), self.end.date().toPython()  # type: ignore[return-value]

    def run(self) -> Report | None:
        """Read the report of the chosen days; a refusal is said in the window's line."""
        start, end = self.chosen()
        try:
            found = report_service.make(self.desk, start, end)
        except (ServiceError, StoreError) as exc:
            self.problem.setText(error_text(exc))
            return None
        self.problem.clear()
        self.said.clear()
        self.present(found)
        return found

    def present(self, found: Report) -> None:
        self.report = found
        self.tables = report_service.tables(found, translate, translate.lang)
        self.totals.setText(
            self.tr("{start} to {end}: {made} made, {ended} ended").format(
                start=found.start.isoformat(), end=found.end.isoformat(), made=found.made, ended=found.ended
            )
        )
        self.chart.show_days(self._days(), self._legend())
        for i, table in enumerate(self.tables):
            self.tabs.setTabText(i, table.title)
            fill(self.views[table.key], table, total=table.key == "days")

    def _days(self) -> list[tuple[str, int, int]]:
        return [(r.key, r.made, r.ended) for r in self.report.days] if self.report else []

    def _legend(self) -> tuple[str, str]:
        return (
            translate(report_service.CONTEXT, report_service.MADE),
            translate(report_service.CONTEXT, report_service.ENDED),
        )

    # -- the file and the page --------------------------------------------------------
    def export(self) -> bool:
        if self.report is None:
            return False
        start, end = self.report.start, self.report.end
        path = dialogs.save_path(
            self, self.tr("Export the report"), f"sbdesk-report-{start}-{end}.xlsx", self.tr("Excel (*.xlsx)")
        )
        if not path:
            return False
        try:
            report_service.write_xlsx(self.desk, path, self.tables)
        except (ServiceError, StoreError) as exc:
            self.problem.setText(error_text(exc))
            return False
        self.problem.clear()
        self.said.setText(self.tr("The report was written to {path}.").format(path=path))
        return True

    def print_report(self) -> bool:
        if self.report is None:
            return False
        return printing.preview_html(self, self.html(), self.desk.data_dir)

    def html(self) -> str:
        """The printed report: title, days, totals, the chart and every table."""
        picture = image(self._days(), self._legend(), QSize(1400, 420))
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        picture.save(buffer, "PNG")  # type: ignore[call-overload]  # the stub says bytes; PySide6 takes str
        chart = base64.b64encode(bytes(data.data())).decode("ascii")
        parts = [
            f"<h2>{html.escape(self.tr('Bindings report'))}</h2>",
            f"<p>{html.escape(self.totals.text())}</p>",
            f'<p><img src="data:image/png;base64,{chart}" width="640"></p>',
        ]
        for table in self.tables:
            parts.append(f"<h3>{html.escape(table.title)}</h3>")
            parts.append('<table border="1" cellspacing="0" cellpadding="3">')
            parts.append("<tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in table.header) + "</tr>")
            for row in table.rows:
                cells = "".join(
                    f'<td align="right">{v}</td>' if isinstance(v, int) else f"<td>{html.escape(str(v))}</td>"
                    for v in row
                )
                parts.append(f"<tr>{cells}</tr>")
            parts.append("</table>")
        return "\n".join(parts)


def fill(view: QTableWidget, table: report_service.Table, total: bool = False) -> None:
    """Put a table's rows in its view: numbers to the right, the total in bold."""
    view.clear()
    view.setColumnCount(len(table.header))
    view.setRowCount(len(table.rows))
    view.setHorizontalHeaderLabels(table.header)
    bold = QFont(view.font())
    bold.setBold(True)
    for r, row in enumerate(table.rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem(str(value))
            if isinstance(value, int):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if total and r == len(table.rows) - 1:
                item.setFont(bold)
            view.setItem(r, c, item)
    view.resizeColumnsToContents()
    wide = view.fontMetrics().horizontalAdvance("0") * 9  # a count's column: room to read, not a sliver
    for c, value in enumerate(table.rows[0] if table.rows else []):
        if isinstance(value, int):
            view.setColumnWidth(c, max(view.columnWidth(c), wide))


def open_report(window: QWidget, desk: Desk) -> ReportWindow:
    """Bring up the report window (one per main window), reading the report again."""
    found = window.findChild(ReportWindow, "reportWindow")
    if found is None:
        found = ReportWindow(desk, window)
        found.resize(min(1100, window.width()), min(760, window.height()))
    else:
        found.run()
    found.show()
    found.raise_()
    found.activateWindow()
    return found
