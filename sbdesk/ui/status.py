"""The main window's status bar: the background job with its progress and Cancel, the
policy edition's warning while it is stale, who works, and how many people in which folder."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QKeySequence, QPalette
from PySide6.QtWidgets import QMainWindow, QProgressBar, QPushButton

from ..services import edition as policy_edition
from ..services.desk import Desk, pack_in_use
from ..services.errors import ServiceError
from .common.plain import Label, tip
from .jobs import JobRunner

ELDER_SHORTCUT = "Ctrl+Shift+L"  # L for large; also the status bar's 长辈模式 button


class DeskStatus(QObject):
    def __init__(self, desk: Desk, runner: JobRunner, window: QMainWindow) -> None:
        super().__init__(window)
        self.desk, self.runner, self.window = desk, runner, window
        self.status_text = Label(window)
        self.status_text.setObjectName("statusText")
        self.operator_text = Label(window)  # who is working: 经办人 name（工号）, or at home
        self.operator_text.setTextFormat(Qt.TextFormat.PlainText)  # a name is never markup
        self.operator_text.setObjectName("operatorStatus")
        self.job_text = Label(window)
        self.job_text.setObjectName("jobText")
        self.job_bar = QProgressBar(window)
        self.job_bar.setObjectName("jobProgress")
        self.job_bar.setMaximumWidth(160)
        self.job_cancel = QPushButton(window)
        self.job_cancel.setObjectName("jobCancel")
        self.job_cancel.clicked.connect(runner.cancel)
        bar = window.statusBar()
        for widget in (self.job_text, self.job_bar, self.job_cancel):
            bar.addPermanentWidget(widget)
        # Not blocking: a line in the status bar while the policy data in use is older than its
        # manifest's stale_after_months (services/edition.py); hidden while it is current.
        self.edition_warning = Label(window)
        self.edition_warning.setObjectName("policyEditionWarning")
        palette = self.edition_warning.palette()  # a colour, not a style sheet: its font follows 长辈模式
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#8a4b00"))
        self.edition_warning.setPalette(palette)
        bar.addPermanentWidget(self.edition_warning)
        bar.addPermanentWidget(self.operator_text)
        bar.addPermanentWidget(self.status_text)
        runner.changed.connect(self.show_jobs)
        runner.progressed.connect(lambda done, total: (self.job_bar.setMaximum(total), self.job_bar.setValue(done)))

    def add_elder_button(self, on: bool) -> QPushButton:
        """长辈模式 where an older person sees it, not only in a menu; last on the bar."""
        self.elder_button = QPushButton(self.window)
        self.elder_button.setObjectName("elderModeButton")
        self.elder_button.setCheckable(True)
        self.elder_button.setChecked(on)
        self.window.statusBar().addPermanentWidget(self.elder_button)
        return self.elder_button

    def retranslate(self) -> None:
        self.elder_button.setText(self.tr("Larger text"))
        self.elder_button.setToolTip(
            self.tr("Larger text and a roomier layout ({key})").format(
                key=QKeySequence(ELDER_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.elder_button.setAccessibleName(self.tr("Larger text (长辈模式)"))
        self.job_cancel.setText(self.tr("Cancel"))
        self.job_cancel.setAccessibleName(self.tr("Cancel the background work"))
        self.job_bar.setAccessibleName(self.tr("Progress of the background work"))
        self.show_jobs()

    def show_jobs(self) -> None:
        """The running job in the status bar: what it does, its progress, a Cancel button."""
        job = self.runner.current
        for widget in (self.job_text, self.job_bar, self.job_cancel):
            widget.setVisible(job is not None)
        if job is not None:
            waiting = len(self.runner.pending)
            title = getattr(job, "title", "")
            self.job_text.setText(
                title if not waiting else self.tr("{job} ({n} more waiting)").format(job=title, n=waiting)
            )
            self.job_bar.setRange(0, 0)  # busy until the job reports progress
            self.job_cancel.setEnabled(getattr(job, "cancellable", False))

    def edition_texts(self) -> tuple[str, str | None]:
        """The edition of the policy data in use, and the warning while it is stale (None when
        it is current). A resource that cannot be read is said where the rules are used."""
        edition = policy_edition.in_use(self.desk)
        source = self.tr("installed policy pack") if pack_in_use() else self.tr("shipped")
        line = self.tr("Policy data: edition {edition} ({publisher}, {source})").format(
            edition=edition.edition.isoformat(), publisher=edition.publisher, source=source
        )
        if policy_edition.stale(self.desk) is None:
            return line, None
        return line, self.tr(
            "The policy data (edition {edition}) is more than {months} months old: answers may "
            "be out of date; ask for a newer policy pack."
        ).format(edition=edition.edition.isoformat(), months=policy_edition.stale_after(self.desk))

    def update_edition(self) -> None:
        try:
            line, warning = self.edition_texts()
        except ServiceError:  # a damaged manifest: the tabs that read the rules say so
            line, warning = "", None
        months = policy_edition.stale_after(self.desk) if warning else 0
        # short, beside the operator and the folder at any width; the whole warning in its tooltip and About
        self.edition_warning.setText(self.tr("Policy data over {months} months old").format(months=months))
        self.edition_warning.setToolTip(tip(f"{line}\n{warning}" if warning else line))
        self.edition_warning.setAccessibleName(warning or line)
        self.edition_warning.setVisible(warning is not None)
