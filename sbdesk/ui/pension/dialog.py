"""One person's contribution history, its interruptions and the pension estimate."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout,
                               QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QSpinBox,
                               QTableWidget, QTableWidgetItem, QVBoxLayout)

from ...domain import pension as pension_rules
from ...domain.pension import month_text
from ...services import pension
from ...services.errors import ServiceError
from ..common.guard import guarded
from ..common.retranslate import Retranslating
from ..common.widgets import ErrorLabel
from ..common.texts import error_text
from .chart import PensionChart


class PensionDialog(Retranslating, QDialog):
    def __init__(self, desk, person, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("pensionDialog")
        self.desk, self.person = desk, person
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("pensionPeriods")
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
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
        figures = desk.policy.pension
        self.wage = QDoubleSpinBox(self)
        self.wage.setObjectName("averageWage")
        self.wage.setRange(1, 10_000_000)
        self.wage.setValue(figures.average_wage)
        self.rate = QDoubleSpinBox(self)
        self.rate.setObjectName("accountRate")
        self.rate.setRange(0.1, 100)
        self.rate.setSuffix(" %")
        self.rate.setValue(figures.account_rate * 100)
        self.age = QSpinBox(self)
        self.age.setObjectName("retireAge")
        self.age.setRange(40, 70)
        self.age.setValue(pension_rules.default_age(person.sex))
        for box in (self.wage, self.rate, self.age):
            box.valueChanged.connect(self.refresh)
        self.save_figures = QPushButton(self)
        self.save_figures.setObjectName("saveFigures")
        self.save_figures.clicked.connect(self.keep_figures)
        self.warnings = QLabel(self)
        self.warnings.setObjectName("pensionWarnings")
        self.warnings.setWordWrap(True)
        self.result = QLabel(self)
        self.result.setObjectName("pensionResult")
        self.result.setWordWrap(True)
        self.chart = PensionChart(self)
        self.labels = {k: QLabel(self) for k in ("start", "end", "base", "wage", "rate", "age")}
        add_row = QHBoxLayout()
        for key, edit in (("start", self.start), ("end", self.end), ("base", self.base)):
            self.labels[key].setBuddy(edit)
            add_row.addWidget(self.labels[key])
            add_row.addWidget(edit)
        add_row.addWidget(self.add)
        add_row.addWidget(self.remove)
        self.figures_box = QGroupBox(self)
        form = QFormLayout(self.figures_box)
        for key, box in (("wage", self.wage), ("rate", self.rate), ("age", self.age)):
            self.labels[key].setBuddy(box)
            form.addRow(self.labels[key], box)
        form.addRow(self.save_figures)
        top = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.table)
        left.addLayout(add_row)
        left.addWidget(self.error)
        top.addLayout(left, 3)
        top.addWidget(self.figures_box, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.warnings)
        layout.addWidget(self.result)
        layout.addWidget(self.chart, 1)
        layout.addWidget(buttons)
        for button in self.findChildren(QPushButton):  # Enter in a field adds a period, never closes
            button.setAutoDefault(False)
            button.setDefault(False)
        self.resize(900, 680)
        self.report = None
        self.retranslate()
        self.start.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Pension and interruptions — {name}").format(name=self.person.name))
        self.table.setHorizontalHeaderLabels([self.tr("From"), self.tr("To"), self.tr("Base (缴费基数)")])
        self.table.setAccessibleName(self.tr("Contribution periods"))
        texts = {"start": self.tr("&From (YYYY-MM)"), "end": self.tr("&To (empty: still paying)"),
                 "base": self.tr("&Base"), "wage": self.tr("Local average monthly &wage"),
                 "rate": self.tr("Personal account &share of the base"), "age": self.tr("Retirement a&ge")}
        for key, text in texts.items():
            self.labels[key].setText(text)
        for key, widget in (("start", self.start), ("end", self.end), ("base", self.base), ("wage", self.wage),
                            ("rate", self.rate), ("age", self.age)):
            widget.setAccessibleName(texts[key].replace("&", ""))
        self.add.setText(self.tr("&Add period"))
        self.remove.setText(self.tr("&Remove period"))
        self.add.setAccessibleName(self.tr("Add period"))
        self.remove.setAccessibleName(self.tr("Remove period"))
        self.figures_box.setTitle(self.tr("Local figures (to confirm locally)"))
        self.save_figures.setText(self.tr("&Keep these figures for the office"))
        self.save_figures.setAccessibleName(self.tr("Keep these figures for the office"))
        self.refresh()

    def figures(self):
        base = self.desk.policy.pension
        return replace(base, average_wage=self.wage.value(), account_rate=self.rate.value() / 100)

    def refresh(self, *_) -> None:
        report = guarded(self, lambda: pension.report(self.desk, f"#{self.person.id}", age=self.age.value(),
                                                      figures=self.figures()))
        if report is None:
            return
        self.report = report
        self.table.setRowCount(len(report.periods))
        for row, p in enumerate(report.periods):
            for col, text in enumerate((month_text(p.start), month_text(p.end) if p.end is not None
                                        else self.tr("still paying"), f"{p.base:.2f}")):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.remove.setEnabled(bool(report.periods))
        limit = report.figures.gap_limit_months
        lines = []
        for g in report.gaps:
            line = self.tr("Interruption {start} – {end}: {months} months").format(
                start=month_text(g.start), end=month_text(g.end), months=g.months)
            if g.ongoing:
                line += self.tr(" (still not paying)")
            if g.over_limit:
                line = "⚠ " + line + self.tr(": longer than {limit} months. The source article says a break "
                                             "of more than {limit} months counts as giving up and needs "
                                             "re-enrolment; rules vary by region.").format(limit=limit)
            lines.append(line)
        if report.periods and not report.actual.eligible:
            lines.append("⚠ " + self.tr("Fewer than {n} years paid: the basic pension needs at least {n} years.")
                         .format(n=report.figures.min_years))
        self.warnings.setText("\n".join(lines))
        a, b = report.actual, report.without_gaps
        self.result.setText(self.tr(
            "Estimate as of {month}, retiring at {age} (计发月数 {divisor}): {total:.2f} per month "
            "({years:.1f} years paid; basic {basic:.2f} + account {account:.2f}). "
            "Without the interruptions: {total2:.2f} per month ({years2:.1f} years).").format(
                month=month_text(report.as_of), age=report.age, divisor=report.figures.divisor(report.age),
                total=a.total, years=a.years, basic=a.basic, account=a.account, total2=b.total, years2=b.years))
        self.chart.show_report(report)

    def add_period(self) -> None:
        start, end = self.start.text().strip("-_ "), self.end.text().strip("-_ ")
        try:
            pension.add_period(self.desk, self.person, start, end or None, self.base.text().strip())
        except ServiceError as exc:
            self.error.setText(error_text(exc))
            return
        except Exception as exc:
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
