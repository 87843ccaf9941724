"""One person's contribution history, the statutory retirement date (2025 reform), the
interruptions told truthfully and the pension projected to retirement."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.pension import counted_base, month_text
from ...domain.policy import FIGURE_RANGES
from ...services import pension
from ...services.errors import ServiceError
from .. import screen_fit
from ..common.guard import guarded
from ..common.plain import Label
from ..common.retranslate import Retranslating
from ..common.texts import error_text
from ..common.widgets import ErrorLabel, tab_order
from .chart import PensionChart
from .report_text import ReportText


def wrapped(parent, name: str) -> QLabel:
    label = Label(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class PensionDialog(Retranslating, QDialog):
    # The estimate's text; it hides QDialog.result() (the exec() code), which nothing here calls.
    result: QLabel  # type: ignore[assignment]

    def __init__(self, desk, person, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("pensionDialog")
        self.desk, self.person = desk, person
        self.texts = ReportText(desk, self)  # its sentences
        self.report: pension.Report | None = None
        # retirement: category (asked for women), which date to project to, the dates
        self.category = QComboBox(self)
        self.category.setObjectName("retirementCategory")
        for value in (None, "worker", "cadre"):
            self.category.addItem("", value)
        stored = pension.category(desk, person)
        self.category.setCurrentIndex(self.category.findData(stored) if stored else 0)
        self.category.currentIndexChanged.connect(self.choose_category)
        self.category.setVisible(person.sex == "female")
        self.retire_at = QComboBox(self)
        self.retire_at.setObjectName("retireAt")
        for value in pension.RETIRE_AT:
            self.retire_at.addItem("", value)
        self.retire_at.currentIndexChanged.connect(self.refresh)
        for box in (self.category, self.retire_at):  # long choices must not widen the dialog
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(12)  # "尚未询问 — 请选择" whole in 长辈模式 on a small screen
        self.retirement = wrapped(self, "retirementDates")
        # contribution periods
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("pensionPeriods")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.ResizeToContents
        )  # 4500.00 → 4800.00
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(self.fontMetrics().height() * 6)
        self.table.setSizePolicy(
            QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored
        )  # room left over, not its hint
        self.start, self.end, self.base = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        for edit, name in ((self.start, "periodStart"), (self.end, "periodEnd"), (self.base, "periodBase")):
            edit.setObjectName(name)
            edit.returnPressed.connect(self.add_period)
        self.start.setInputMask("9999-99;_")
        self.end.setInputMask("9999-99;_")
        width = self.fontMetrics().horizontalAdvance("0000-00") + 24
        for edit in (self.start, self.end, self.base):
            edit.setMinimumWidth(width)
        self.add = QPushButton(self)
        self.add.setObjectName("addPeriod")
        self.add.clicked.connect(self.add_period)
        self.remove = QPushButton(self)
        self.remove.setObjectName("removePeriod")
        self.remove.clicked.connect(self.remove_period)
        self.error = ErrorLabel(self)
        self.error.setObjectName("pensionError")
        # local figures
        figures = desk.policy.pension
        self.wage = QDoubleSpinBox(self)
        self.wage.setObjectName("averageWage")
        _, low, high = FIGURE_RANGES["average_wage"]
        self.wage.setRange(low, high)
        self.wage.setValue(figures.average_wage)
        self.rate = QDoubleSpinBox(self)
        self.rate.setObjectName("accountRate")
        _, low, high = FIGURE_RANGES["account_rate"]
        self.rate.setRange(low * 100, high * 100)
        self.rate.setSuffix(" %")
        self.rate.setValue(figures.account_rate * 100)
        for spin in (self.wage, self.rate):
            spin.valueChanged.connect(self.refresh)
        self.save_figures = QPushButton(self)
        self.save_figures.setObjectName("saveFigures")
        self.save_figures.clicked.connect(self.keep_figures)
        # what comes out
        self.result = wrapped(self, "pensionResult")
        self.interruptions = wrapped(self, "pensionInterruptions")
        self.notes = wrapped(self, "pensionNotes")
        self.chart = PensionChart(self)
        self.labels = {k: Label(self) for k in ("category", "retire_at", "start", "end", "base", "wage", "rate")}

        self.retirement_box = QGroupBox(self)
        ret_form = QFormLayout()
        ret_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels["category"].setVisible(person.sex == "female")
        for key, box in (("category", self.category), ("retire_at", self.retire_at)):
            self.labels[key].setBuddy(box)
            ret_form.addRow(self.labels[key], box)
        ret_column = QVBoxLayout(self.retirement_box)  # not a form's row: a form gave the dates too few lines
        ret_column.addLayout(ret_form)
        ret_column.addWidget(self.retirement)
        self.figures_box = QGroupBox(self)
        form = QFormLayout(self.figures_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # a label above its box: one line each
        for key, spin in (("wage", self.wage), ("rate", self.rate)):
            self.labels[key].setBuddy(spin)
            form.addRow(self.labels[key], spin)
        form.addRow(self.save_figures)
        add_row = QGridLayout()  # labels above the fields: narrow enough for a small window in 长辈模式
        for col, (key, edit) in enumerate((("start", self.start), ("end", self.end), ("base", self.base))):
            self.labels[key].setBuddy(edit)
            self.labels[key].setWordWrap(True)
            add_row.addWidget(self.labels[key], 0, col)
            add_row.addWidget(edit, 1, col)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.add)
        buttons_row.addWidget(self.remove)
        buttons_row.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addLayout(add_row)
        left.addLayout(buttons_row)
        left.addWidget(self.error)
        right = QVBoxLayout()
        right.addWidget(self.figures_box)
        right.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(left, 3)
        top.addLayout(right, 2)
        line = self.fontMetrics().height()
        self.chart.setMinimumHeight(line * 14)
        self.chart.setMaximumHeight(line * 22)  # more room goes to the periods table

        content = QWidget(self)
        content.setObjectName("pensionContent")
        body = QVBoxLayout(content)
        # the retirement choices across the whole width: a glossed English choice is as long as
        # "女干部 (female cadre) / 管理技术岗 (…): old retirement age 55", cut beside the periods
        body.addWidget(self.retirement_box)
        body.addLayout(top, 1)
        body.addWidget(self.result)
        body.addWidget(self.chart, 1)
        body.addWidget(self.interruptions)
        body.addWidget(self.notes)
        scroll = QScrollArea(self)  # local: a ``self.scroll`` would hide QWidget.scroll()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # text wraps instead
        scroll.setWidget(content)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(close)
        for button in self.findChildren(QPushButton):  # Enter in a field adds a period, never closes
            button.setAutoDefault(False)
            button.setDefault(False)
        tab_order(  # in reading order: the retirement choices above, then the periods, then the figures
            self.category,
            self.retire_at,
            self.table,
            self.start,
            self.end,
            self.base,
            self.add,
            self.remove,
            self.wage,
            self.rate,
            self.save_figures,
            close,
        )
        self.resize(1000, 720)
        screen_fit.clamp(self)  # a 1280×800 desk at 150 % has 853×533: the content scrolls
        self.retranslate()
        self.start.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Pension and retirement — {name}").format(name=self.person.name))
        self.table.setHorizontalHeaderLabels([self.tr("From"), self.tr("To"), self.tr("Base (缴费基数)")])
        self.table.setAccessibleName(self.tr("Contribution periods"))
        texts = {
            "start": self.tr("&From (YYYY-MM)"),
            "end": self.tr("&To (empty: still paying)"),
            "base": self.tr("&Base"),
            "wage": self.tr("Local average monthly &wage"),
            "rate": self.tr("Personal account &share of the base"),
            "category": self.tr("&Category"),
            "retire_at": self.tr("&Project to"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        for key, widget in (
            ("start", self.start),
            ("end", self.end),
            ("base", self.base),
            ("wage", self.wage),
            ("rate", self.rate),
            ("category", self.category),
            ("retire_at", self.retire_at),
        ):
            widget.setAccessibleName(texts[key].replace("&", ""))
        for i, text in enumerate((
            self.tr("not asked yet — please choose"),
            self.tr("女职工: old retirement age 50"),
            self.tr("女干部 / 管理技术岗: old retirement age 55"),
        )):
            self.category.setItemText(i, text)
        for i, text in enumerate((
            self.tr("the statutory retirement date"),
            self.tr("the earliest flexible date"),
            self.tr("the latest flexible date"),
        )):
            self.retire_at.setItemText(i, text)
        self.add.setText(self.tr("&Add period"))
        self.remove.setText(self.tr("&Remove period"))
        self.add.setAccessibleName(self.tr("Add period"))
        self.remove.setAccessibleName(self.tr("Remove period"))
        self.retirement_box.setTitle(self.tr("Retirement (2025 reform)"))
        self.figures_box.setTitle(self.tr("Local figures (set by the office)"))
        self.save_figures.setText(self.tr("&Keep these figures for the office"))
        self.save_figures.setAccessibleName(self.tr("Keep these figures for the office"))
        self.refresh()

    def figures(self):
        base = self.desk.policy.pension
        return replace(base, average_wage=self.wage.value(), account_rate=self.rate.value() / 100)

    def refresh(self, *_) -> None:
        retire_at = self.retire_at.currentData() or "statutory"
        ret = guarded(self, lambda: pension.retirement_of(self.desk, self.person))  # the category just chosen
        if ret is not None and retire_at != "statutory" and not ret.flexible(pension.rules(self.desk).effective):
            retire_at = "statutory"  # left over from before a category change; the choice is disabled now
            self.retire_at.blockSignals(True)
            self.retire_at.setCurrentIndex(0)
            self.retire_at.blockSignals(False)
        report = guarded(
            self, lambda: pension.report(self.desk, self.person.id, figures=self.figures(), retire_at=retire_at)
        )
        if report is None:
            return
        self.report = report
        self.table.setRowCount(len(report.periods))
        table = pension.rules(self.desk)
        for row, p in enumerate(report.periods):
            counted = counted_base(p.base, report.figures.average_wage, table.base_bounds)
            base = f"{p.base:.2f}" if counted == p.base else f"{p.base:.2f} → {counted:.2f}"  # the note says why
            for col, text in enumerate((
                month_text(p.start),
                month_text(p.end) if p.end is not None else self.tr("still paying"),
                base,
            )):
                self.table.setItem(row, col, QTableWidgetItem(text))
            if counted != p.base:
                self.table.item(row, 2).setToolTip(
                    self.tr(
                        "Counted as {counted:.2f}: a base lies between the bounds of the average wage ({source})."
                    ).format(counted=counted, source=table.sources["contribution_base"])
                )
        self.remove.setEnabled(bool(report.periods))
        self.retire_at.setEnabled(report.retirement is not None)
        flexible = report.retirement is not None and report.retirement.flexible(table.effective)
        model = self.retire_at.model()
        for i in (1, 2):  # no flexible dates for a retirement before the reform (《办法》第三条)
            item = model.item(i) if hasattr(model, "item") else None
            if item is not None:
                item.setEnabled(flexible)
        self.retirement.setText(self.texts.retirement(report))
        self.result.setText(self.texts.result(report))
        self.interruptions.setText(self.texts.interruptions(report))
        self.notes.setText(self.texts.notes(report))
        self.chart.show_report(report)

    def choose_category(self, *_) -> None:
        value = self.category.currentData()
        if guarded(self, lambda: pension.set_category(self.desk, self.person, value) or True):
            self.refresh()

    def add_period(self) -> None:
        start, end = self.start.text().strip("-_ "), self.end.text().strip("-_ ")
        try:
            pension.add_period(self.desk, self.person, start, end or None, self.base.text().strip())
        except ServiceError as exc:
            self.error.setText(error_text(exc))
            return
        except Exception as exc:  # noqa: BLE001 - a locked or damaged database: a sentence, not a traceback
            self.error.setText(error_text(exc))
            return
        self.error.clear()
        for edit in (self.start, self.end, self.base):
            edit.clear()
            edit.setCursorPosition(0)  # a masked field keeps its '-' and would leave the cursor after it
        self.start.setFocus()
        self.refresh()

    def remove_period(self) -> None:
        row = self.table.currentRow()
        if self.report and 0 <= row < len(self.report.periods):
            period = self.report.periods[row]
            if guarded(self, lambda: pension.remove_period(self.desk, self.person, period.id) or True):
                self.refresh()

    def keep_figures(self) -> None:
        if guarded(self, lambda: pension.set_figures(self.desk, self.figures()) or True):
            self.refresh()
