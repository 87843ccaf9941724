"""Tools → Audit log…: the audit log read-only, for an auditor (and the supervisor or the
desk's user): filtered by person, clerk, days and action, newest first, paged as it scrolls;
whether the chain verifies, and from which row it does not; what is filtered exported.

A window of its own, opened with show() (no nested event loop). Reading writes nothing, so
the branch auditor's login uses all of it but Show full ID, which needs an audit row."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...crash import mask_ids
from ...domain.messages import Problem, sentences
from ...services import audit_log
from ...services.audit_log import Exported, Verdict
from ...services.desk import Desk
from ...services.errors import InputError
from .. import screen_fit
from ..common import dialogs
from ..common.guard import guarded
from ..common.plain import Label
from ..common.retranslate import Retranslating
from ..common.texts import error_text, translate
from ..common.widgets import colour, list_table, tab_order
from . import labels
from .model import DETAIL, AuditModel
from .work import AuditJob


class AuditLogView(Retranslating, QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None, runner=None) -> None:
        super().__init__(parent)
        self.setObjectName("auditLogView")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.desk, self.runner = desk, runner
        self.writable = bool(guarded(self, lambda: audit_log.may_write(desk)))
        self.job: AuditJob | None = None
        self.verdict: Verdict | None = None
        grid = QGridLayout()
        self.captions: dict[str, Label] = {}
        self.person = QLineEdit(self)
        self.person.setObjectName("auditPerson")
        self.clerk = QComboBox(self)
        self.clerk.setObjectName("auditClerk")
        self.clerk.setEditable(True)
        self.start, self.end = QLineEdit(self), QLineEdit(self)
        self.start.setObjectName("auditFrom")
        self.end.setObjectName("auditTo")
        self.action = QComboBox(self)
        self.action.setObjectName("auditAction")
        self.apply_button = QPushButton(self)
        self.apply_button.setObjectName("auditApply")
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName("auditClear")
        # three rows of two fields, so 长辈模式's larger text keeps every hint whole on a small screen
        for row, fields in enumerate((
            (("person", self.person), ("clerk", self.clerk)),
            (("from", self.start), ("to", self.end)),
            (("action", self.action),),
        )):
            for column, (key, field) in enumerate(fields):
                caption = self.captions[key] = Label(self)
                caption.setBuddy(field)
                grid.addWidget(caption, row, 2 * column)
                grid.addWidget(field, row, 2 * column + 1)
                grid.setColumnStretch(2 * column + 1, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        grid.addLayout(buttons, 2, 2, 1, 2)
        self.chain = Label(self)
        self.chain.setObjectName("auditChain")
        self.chain.setWordWrap(True)
        self.verify_button = QPushButton(self)
        self.verify_button.setObjectName("auditVerify")
        chain_row = QHBoxLayout()
        chain_row.addWidget(self.chain, 1)
        chain_row.addWidget(self.verify_button)
        self.model = AuditModel(desk, self)
        self.table = list_table(QTableView(self))
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        self.table.setWordWrap(False)
        # Every column but the detail as wide as its text; the detail, which can be a long line,
        # wraps whole in the pane below the table instead of being cut with "…" in a cell.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnHidden(DETAIL, True)
        self.detail = Label(self)
        self.detail.setObjectName("auditDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.shown = Label(self)
        self.shown.setObjectName("auditShown")
        self.reveal_button = QPushButton(self)
        self.reveal_button.setObjectName("auditReveal")
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("auditExport")
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("auditClose")
        bottom = QHBoxLayout()
        bottom.addWidget(self.shown, 1)
        for b in (self.reveal_button, self.export_button, self.close_button):
            bottom.addWidget(b)
        outer = QVBoxLayout(self)
        outer.addLayout(grid)
        outer.addLayout(chain_row)
        outer.addWidget(self.table, 1)
        outer.addWidget(self.detail)
        outer.addLayout(bottom)
        tab_order(
            self.person,
            self.clerk,
            self.start,
            self.end,
            self.action,
            self.apply_button,
            self.clear_button,
            self.verify_button,
            self.table,
            self.reveal_button,
            self.export_button,
            self.close_button,
        )
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self.apply)
        self.clear_button.clicked.connect(self.clear)
        self.verify_button.clicked.connect(self.verify)
        self.reveal_button.clicked.connect(self.reveal)
        self.export_button.clicked.connect(self.export)
        self.close_button.clicked.connect(self.close)
        for edit in (self.person, self.start, self.end):
            edit.returnPressed.connect(self.apply)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._buttons())
        self.model.modelReset.connect(self._counted)
        self.model.rowsInserted.connect(self._counted)
        self.resize(1200, 720)
        screen_fit.clamp(self)
        self.retranslate()
        self._choices()
        self.apply()
        self.verify()

    # -- the filter -------------------------------------------------------------------
    def _choices(self) -> None:
        """The clerks and actions the log holds, each found through its index."""
        clerks = guarded(self, lambda: audit_log.clerks(self.desk)) or []
        actions = guarded(self, lambda: audit_log.actions(self.desk)) or []
        typed = self.clerk.currentText()
        self.clerk.clear()
        self.clerk.addItems(["", *clerks])
        self.clerk.setCurrentText(typed)
        chosen = self.action.currentData()
        self.action.clear()
        self.action.addItem(self.tr("Any action"), "")
        for code in sorted(actions, key=labels.label):
            self.action.addItem(labels.label(code), code)
        self.action.setCurrentIndex(max(self.action.findData(chosen or ""), 0))

    def wanted(self) -> audit_log.Filter:
        """What the fields ask for; a day that is not one is bad input, named by its field."""

        def day(edit: QLineEdit, field: str) -> date | None:
            text = edit.text().strip()
            if not text:
                return None
            try:
                return date.fromisoformat(text)
            except ValueError:
                # an ID number pasted into a date box: shown masked
                raise InputError([(field, Problem("date.format", value=mask_ids(text)))]) from None

        return audit_log.Filter(
            person=self.person.text(),
            clerk=self.clerk.currentText(),
            start=day(self.start, "start"),
            end=day(self.end, "end"),
            action=self.action.currentData() or "",
        )

    def apply(self) -> bool:
        """Show the first page of what the fields ask for."""
        where = guarded(self, lambda: audit_log.where(self.desk, self.wanted()))
        if where is None:
            return False
        return guarded(self, lambda: self.model.load(where) or True) is not None

    def clear(self) -> None:
        for edit in (self.person, self.start, self.end):
            edit.clear()
        self.clerk.setCurrentText("")
        self.action.setCurrentIndex(0)
        self.apply()

    def reload(self) -> None:
        """After a write of this desk (a full number shown, an export recorded): the new row on top."""
        self._choices()
        self.apply()

    def _counted(self) -> None:
        count = self.model.rowCount()
        text = (
            self.tr("{count} rows shown, newest first; more as you scroll.")
            if self.model.more
            else self.tr("{count} rows, newest first.")
        )
        self.shown.setText(text.format(count=count))
        self._buttons()

    def _buttons(self) -> None:
        entry = self.model.entry(self.table.currentIndex().row())
        self.detail.setText(
            self.tr("Detail: {detail}").format(detail=labels.detail(entry.detail)) if entry and entry.detail else ""
        )
        self.reveal_button.setEnabled(self.writable and entry is not None and audit_log.person_id(entry) is not None)

    # -- the chain ----------------------------------------------------------------------
    def verify(self) -> AuditJob:
        """The whole chain read again, off the window's thread."""
        self.chain.setText(self.tr("Verifying the audit chain…"))
        colour(self.chain)
        self.verify_button.setEnabled(False)
        job = self._run(audit_log.verify, self._verified, self.tr("Verifying the audit chain…"))
        job.failed.connect(lambda text: (self.chain.setText(text), self.verify_button.setEnabled(True)))
        return job

    def _verified(self, verdict: Verdict) -> None:
        self.verdict = verdict
        self.verify_button.setEnabled(True)
        self._say_chain()

    def _say_chain(self) -> None:
        verdict = self.verdict
        if verdict is None:
            return
        if verdict.ok:
            self.chain.setText(self.tr("The audit chain verifies: {rows} rows, unbroken.").format(rows=verdict.rows))
            colour(self.chain, "#1b5e20")
        elif verdict.first is not None:
            self.chain.setText(
                self.tr(
                    "The audit chain is broken from row {row}: that row and every later one cannot be trusted."
                ).format(row=verdict.first)
            )
            colour(self.chain, "#b00020")
        else:
            self.chain.setText(self.tr("The audit chain does not match its anchors: it was rewritten or cut short."))
            colour(self.chain, "#b00020")
        self.chain.setToolTip("\n".join(verdict.lines(translate)))
        self.model.mark_broken(verdict.first)

    # -- a full number, an export -------------------------------------------------------
    def reveal(self) -> None:
        entry = self.model.entry(self.table.currentIndex().row())
        pid = audit_log.person_id(entry) if entry is not None else None
        if entry is None or pid is None:
            return
        number = guarded(self, lambda: audit_log.reveal(self.desk, entry))
        if number is not None:
            self.reload()
            self.model.reveal(pid, number)

    def export(self) -> AuditJob | None:
        where = guarded(self, lambda: audit_log.where(self.desk, self.wanted()))
        if where is None:
            return None
        excel, csv = self.tr("Excel (*.xlsx)"), self.tr("CSV (*.csv)")
        path = dialogs.save_path(self, self.tr("Export the audit log"), "sbdesk-audit.xlsx", f"{excel};;{csv}")
        if not path:
            return None
        lang = translate.lang
        job = self._run(lambda desk: audit_log.export(desk, path, where, lang), None, self.tr("Exporting…"))
        job.done.connect(lambda done: self._exported(done, path))
        job.failed.connect(lambda text: dialogs.inform(self, self.tr("Export the audit log"), text, error=True))
        return job

    def _exported(self, done: Exported, path: str) -> None:
        text = self.tr("{count} audit rows written to {path}; ID numbers are masked.").format(
            count=done.rows, path=path
        )
        if not done.recorded:
            text = sentences(text, self.tr("This sign-in only reads, so the export is not recorded in the audit log."))
        dialogs.inform(self, self.tr("Export the audit log"), text)
        if done.recorded:
            self.reload()

    def _run(self, work, on_done, title: str) -> AuditJob:
        job = AuditJob(self.desk, work, self)
        if on_done is not None:
            job.done.connect(on_done)
        self.job = job
        if self.runner is not None:
            self.runner.add(job, title)
        else:
            job.start()
        return job

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Audit log"))
        for key, text in {
            "person": self.tr("&Person:"),
            "clerk": self.tr("C&lerk:"),
            "from": self.tr("F&rom:"),
            "to": self.tr("&To:"),
            "action": self.tr("&Action:"),
        }.items():
            self.captions[key].setText(text)
        self.person.setPlaceholderText(self.tr("#number, ID number or name"))
        self.clerk.lineEdit().setPlaceholderText(self.tr("login, 工号 or name"))
        for edit in (self.start, self.end):
            edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.apply_button.setText(self.tr("&Filter"))
        self.clear_button.setText(self.tr("Clear filter&s"))
        self.verify_button.setText(self.tr("&Verify again"))
        self.reveal_button.setText(self.tr("Show full &ID"))
        self.export_button.setText(self.tr("&Export…"))
        self.close_button.setText(self.tr("Close"))
        self.reveal_button.setToolTip(
            self.tr("Shows the selected row's full ID number; this is logged.")
            if self.writable
            else error_text(
                InputError([("", Problem("audit.read_only", user=self.desk.conn.user or self.desk.operator))])
            )
        )
        if self.action.count():
            self.action.setItemText(0, self.tr("Any action"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 5)
        self._say_chain()
        self._counted()


def open_audit_log(window) -> AuditLogView:
    """Tools → Audit log…: one view per window, kept for the window's life (its jobs may still
    run when it is closed), read again and brought to the front when asked for again."""
    view = getattr(window, "audit_log_view", None)
    if view is None:
        view = window.audit_log_view = AuditLogView(window.desk, window, getattr(window, "runner", None))
    elif not view.isVisible():
        view.reload()
        view.verify()
    view.show()
    view.raise_()
    view.activateWindow()
    return view
