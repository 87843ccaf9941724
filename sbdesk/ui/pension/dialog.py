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

from ...domain.messages import Problem
from ...domain.pension import counted_base, month_text
from ...domain.policy import FIGURE_RANGES
from ...domain.retirement import age_words
from ...services import pension
from ...services.errors import ServiceError
from .. import screen_fit
from ..common.guard import guarded
from ..common.plain import Label
from ..common.retranslate import Retranslating
from ..common.texts import error_text, problem_text
from ..common.widgets import ErrorLabel, tab_order
from .chart import PensionChart


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
        ret_form = QFormLayout(self.retirement_box)
        ret_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels["category"].setVisible(person.sex == "female")
        for key, box in (("category", self.category), ("retire_at", self.retire_at)):
            self.labels[key].setBuddy(box)
            ret_form.addRow(self.labels[key], box)
        ret_form.addRow(self.retirement)
        self.figures_box = QGroupBox(self)
        form = QFormLayout(self.figures_box)
        for key, spin in (("wage", self.wage), ("rate", self.rate)):
            self.labels[key].setBuddy(spin)
            self.labels[key].setWordWrap(True)
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
        right.addWidget(self.retirement_box)
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
        tab_order(
            self.table,
            self.start,
            self.end,
            self.base,
            self.add,
            self.remove,
            self.category,
            self.retire_at,
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
            self.tr("女职工 (old retirement age 50)"),
            self.tr("女干部 / 管理技术岗 (old retirement age 55)"),
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

    def age_text(self, months: int) -> str:
        return problem_text(age_words(months))

    def refresh(self, *_) -> None:
        retire_at = self.retire_at.currentData() or "statutory"
        ret = guarded(self, lambda: pension.retirement_of(self.desk, self.person))  # the category just chosen
        if ret is not None and retire_at != "statutory" and not ret.flexible(pension.rules(self.desk).effective):
            retire_at = "statutory"  # left over from before a category change; the choice is disabled now
            self.retire_at.blockSignals(True)
            self.retire_at.setCurrentIndex(0)
            self.retire_at.blockSignals(False)
        report = guarded(
            self, lambda: pension.report(self.desk, f"#{self.person.id}", figures=self.figures(), retire_at=retire_at)
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
        self.retirement.setText(self.retirement_text(report))
        self.result.setText(self.result_text(report))
        self.interruptions.setText(self.interruption_text(report))
        self.notes.setText(self.notes_text(report))
        self.chart.show_report(report)

    def retirement_text(self, report) -> str:
        r = report.retirement
        if r is None:
            return self.tr("Her statutory retirement date depends on the category: choose it above.")
        kind = {
            "male": self.tr("男职工"),
            "female_worker": self.tr("女职工"),
            "female_cadre": self.tr("女干部 / 管理技术岗"),
        }[r.category]
        table = pension.rules(self.desk)
        if r.flexible(table.effective):
            flexible = self.tr(
                "Flexible: from {earliest} (age {early_age}, once {early_years} years are paid) "
                "to {latest} (age {late_age}, by agreement; {source})."
            ).format(
                earliest=month_text(r.earliest),
                early_age=self.age_text(r.earliest_age),
                early_years=f"{r.earliest_min_months / 12:g}",
                latest=month_text(r.latest),
                late_age=self.age_text(r.latest_age),
                source=table.sources["flexible"],
            )
        else:  # before 2025 there was no flexible retirement
            flexible = problem_text(
                Problem(
                    "retirement.no_flexible",
                    month=month_text(r.month),
                    effective=month_text(table.effective),
                    source=table.sources["flexible"],
                )
            )
        lines = [
            self.tr("{kind}, born {birth}: statutory retirement age {age}, in {month}.").format(
                kind=kind, birth=month_text(r.birth), age=self.age_text(r.age), month=month_text(r.month)
            ),
            flexible,
            self.tr("A monthly pension needs at least {years} years paid when retiring in {year} ({source}).").format(
                years=f"{r.min_months / 12:g}", year=r.month // 12, source=table.min_source(r.month // 12)
            ),
        ]
        return "\n".join(lines)

    def result_text(self, report) -> str:
        j = report.projection
        if j is None:
            return self.tr("Choose her category to project the pension to her retirement date.")
        if not report.periods:
            return self.tr("Add the contribution periods to see the estimate.")
        age = report.retire_age
        divisor = (
            self.tr("计发月数 {divisor:.1f}, interpolated between whole years: an approximation")
            if age % 12
            else self.tr("计发月数 {divisor:.0f}")
        ).format(divisor=j.divisor)

        def short(e) -> str:
            if e.eligible:
                return ""
            return self.tr(" — fewer than the {years} years needed for a monthly pension").format(
                years=f"{j.min_months / 12:g}"
            )

        table = pension.rules(self.desk)
        notes = pension.clamped(report, table)
        past = pension.past_statutory(report)
        lines = [problem_text(n) for n in notes + ([past] if past else [])]
        options = pension.options(report, table)
        if options:  # short of the minimum years by stopping now: no monthly figure for it, the ways on
            if j.continued.eligible and j.projected_months:
                lines.append(
                    self.tr(
                        "Estimated monthly pension at retirement in {month} (age {age}; {divisor}), "
                        "paying on at the latest base ({base:.2f}) until then: {total:.2f} "
                        "({years:.1f} years)."
                    ).format(
                        month=month_text(j.retire_month),
                        age=self.age_text(age),
                        divisor=divisor,
                        base=j.last_base,
                        total=j.continued.total,
                        years=j.continued.years,
                    )
                )
            lines.append(problem_text(options[0]))
            lines += ["• " + problem_text(o) for o in options[1:]]
            return "\n".join(lines)
        lines.append(
            self.tr("Estimated monthly pension at retirement in {month} (age {age}; {divisor}):").format(
                month=month_text(j.retire_month), age=self.age_text(age), divisor=divisor
            )
        )
        if j.projected_months:
            lines.append(
                self.tr(
                    "• Paying on at the latest base ({base:.2f}) until then: {total:.2f} "
                    "({years:.1f} years; basic {basic:.2f} + account {account:.2f}){short}."
                ).format(
                    base=j.last_base,
                    total=j.continued.total,
                    years=j.continued.years,
                    basic=j.continued.basic,
                    account=j.continued.account,
                    short=short(j.continued),
                )
            )
            lines.append(
                self.tr("• If paying stops after {month}: {total:.2f} ({years:.1f} years){short}.").format(
                    month=month_text(j.as_of), total=j.stopped.total, years=j.stopped.years, short=short(j.stopped)
                )
            )
        else:
            lines.append(
                self.tr(
                    "• From the periods on record: {total:.2f} ({years:.1f} years; basic {basic:.2f} "
                    "+ account {account:.2f}){short}."
                ).format(
                    total=j.continued.total,
                    years=j.continued.years,
                    basic=j.continued.basic,
                    account=j.continued.account,
                    short=short(j.continued),
                )
            )
        if any((p.end if p.end is not None else report.as_of) >= j.retire_month for p in report.periods):
            lines.append(self.tr("• Months from the retirement month on are not counted."))
        if j.effects:
            lines.append(
                self.tr("• Had the interruptions been paid: {total:.2f}; they cost {cost:.2f} a month.").format(
                    total=j.without_gaps.total, cost=j.gaps_cost
                )
            )
        return "\n".join(lines)

    def interruption_text(self, report) -> str:
        j = report.projection
        effects = {e.gap: e for e in j.effects} if j else {}
        lines = []
        for g in report.gaps:
            line = self.tr("Interruption {start} – {end}: {months} months not paid ({years:.1f} years fewer)").format(
                start=month_text(g.start), end=month_text(g.end), months=g.months, years=g.months / 12
            )
            if g.ongoing:
                line += self.tr(", still not paying")
            e = effects.get(g)
            if e is not None:
                line += self.tr(
                    ". Paid through at the base before it: average index {index:+.3f}, personal "
                    "account {balance:+.2f}, pension {monthly:+.2f} a month."
                ).format(index=e.index_lost, balance=e.balance_lost, monthly=e.monthly_lost)
            else:  # the sentence ends here: "。" in Chinese
                line = self.tr("{sentence}.").format(sentence=line)
            lines.append(line)
        if lines:
            lines.append(
                self.tr(
                    "The years paid before a break are kept and count towards the total: contribution "
                    "years are cumulative (社会保险法 第十六条), and the personal account is kept too. A break costs "
                    "the unpaid years and what they would have added to the account; the average index "
                    "counts only months paid, so it changes only with the bases paid. "
                    "Whether missed months can be paid later (补缴) depends on local rules: ask the "
                    "local office."
                )
            )
        return "\n".join(lines)

    def notes_text(self, report) -> str:
        lines = [
            self.tr(
                "How the estimate is simplified: one local average wage for every year (no wage growth), "
                "no interest on the personal account, no 过渡性养老金 for 视同缴费 years, the latest base "
                "kept unchanged, the 计发月数 by age at retirement. The retirement schedule, the 计发月数 "
                "table and the minimum years are national rules kept as data with their sources."
            )
        ]
        if report.gaps:
            lines.append(
                self.tr(
                    "A common misconception: “a break of more than 24 months counts as giving up and "
                    "you must enrol again”. No law says so."
                )
            )
        return "\n".join(lines)

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
