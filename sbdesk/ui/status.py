"""The main window's status bar: the background job with its progress and Cancel, the
policy edition's warning while it is stale, who works, and how many people in which folder."""

from __future__ import annotations

import os

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QColor, QKeySequence, QPalette
from PySide6.QtWidgets import QMainWindow, QProgressBar, QPushButton, QWidget

from ..services import edition as policy_edition
from ..services.desk import Desk, pack_in_use, population_problem
from ..services.errors import ServiceError
from .common.plain import Label, tip
from .common.texts import error_text
from .jobs import JobRunner

ELDER_SHORTCUT = "Ctrl+Shift+L"  # L for large; also the status bar's 长辈模式 button
FOLDER = "{folder}"


def shortened(path: str, fits) -> str:
    """``path`` with whole folders left out of its middle ("/home/…/sbdesk") until ``fits``: its
    first and last folders say which disk and which folder; the most characters kept win."""
    if fits(path):
        return path
    parts = path.split(os.sep)
    best = ""
    for head in range(1, len(parts) - 1):
        for tail in range(1, len(parts) - head):
            candidate = os.sep.join([*parts[:head], "…", *parts[-tail:]])
            if len(candidate) > len(best) and fits(candidate):
                best = candidate
    return best


class FolderLine(Label):
    """How many people in which folder. The status bar shares its width with the operator, the
    jobs and 长辈模式: short of room, the path loses folders from its middle, never its ends
    (the whole line stays in the tooltip); the count is never shortened."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._line, self._path = FOLDER, ""

    def show_folder(self, line: str, path: str) -> None:
        """``line`` holds {folder} where the path goes."""
        self._line, self._path = line, path
        self.setToolTip(tip(self.whole()))
        self.updateGeometry()
        self._fit()

    def whole(self) -> str:
        return self._line.replace(FOLDER, self._path)

    def sizeHint(self) -> QSize:  # noqa: N802 - the whole line, when the bar has room for it
        hint = super().sizeHint()
        return QSize(self.fontMetrics().horizontalAdvance(self.whole()) + self.margin() * 2 + 2, hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - the count and a path's ends
        base = self._line.replace(FOLDER, "/…/" + os.path.basename(self._path))
        return QSize(
            self.fontMetrics().horizontalAdvance(base) + self.margin() * 2 + 2, super().minimumSizeHint().height()
        )

    def _fit(self) -> None:
        metrics, room = self.fontMetrics(), self.contentsRect().width() - 2 * self.margin()
        path = shortened(self._path, lambda p: metrics.horizontalAdvance(self._line.replace(FOLDER, p)) <= room)
        if not path:  # narrower than the path's ends: Qt's "…" in the middle of what is left
            path = metrics.elidedText(
                self._path,
                Qt.TextElideMode.ElideMiddle,
                room - metrics.horizontalAdvance(self._line.replace(FOLDER, "")),
            )
        super().setText(self._line.replace(FOLDER, path))

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event) -> None:  # noqa: N802 - 长辈模式's larger font
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self.updateGeometry()
            self._fit()


class DeskStatus(QObject):
    def __init__(self, desk: Desk, runner: JobRunner, window: QMainWindow) -> None:
        super().__init__(window)
        self.desk, self.runner, self.window = desk, runner, window
        self.status_text = FolderLine(window)
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
        self.population_warning = Label(window)  # census figures unreadable: region boxes rank by code
        self.population_warning.setObjectName("populationWarning")
        self.population_warning.setPalette(palette)
        self.population_warning.setVisible(False)
        bar.addPermanentWidget(self.population_warning)
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
        self.update_population()

    def update_population(self) -> None:
        """A damaged census file is said, not only felt as 赣州市 offered before 广州市."""
        self.desk.region_use  # noqa: B018 - reads the figures if no region box has yet
        problem = population_problem()
        self.population_warning.setVisible(problem is not None)
        if problem is None:
            return
        whole = self.tr(
            "Region boxes list cities of the same initials by code: the census figures cannot be "
            "read ({problem}). Installing the program again restores them."
        ).format(problem=error_text(problem))
        self.population_warning.setText(self.tr("Census figures unreadable"))
        self.population_warning.setToolTip(tip(whole))
        self.population_warning.setAccessibleName(whole)
