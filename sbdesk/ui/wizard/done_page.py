"""Step 6 — recorded on this computer: what the record is, what is still done on the phone
(the 亲情服务 opens in the 电子社保卡, never here), what it allows once open, and a summary.

The window keeps a record; it cannot open the service or see that it opened, so no text here
says it did (../shared/domain.md, Channels 1)."""

from __future__ import annotations

from datetime import datetime
from html import escape
from typing import cast

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWizardPage

from ...domain.idnumber import mask
from ..common import dialogs, printing
from ..common.guard import guarded
from ..common.plain import rich_label
from ..common.retranslate import Retranslating
from ..common.texts import relation_label
from . import about, summary
from .host import WizardHost


class DonePage(Retranslating, QWizardPage):
    def __init__(self, desk, parent=None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.body = rich_label(self)  # markup on purpose: _html escapes the names
        self.body.setObjectName("doneText")
        self.body.setWordWrap(True)
        self.pdf = QPushButton(self)
        self.pdf.setObjectName("summaryPdf")
        self.pdf.clicked.connect(self.save_pdf)
        self.preview = QPushButton(self)
        self.preview.setObjectName("summaryPreview")
        self.preview.clicked.connect(self.preview_summary)
        QShortcut(QKeySequence(printing.PREVIEW_KEY), self, self.preview_summary)  # while this page shows
        self.print = QPushButton(self)
        self.print.setObjectName("summaryPrint")
        self.print.clicked.connect(lambda: printing.print_html(self, self.summary_html(), self.desk.data_dir))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.pdf)
        row.addWidget(self.preview)
        row.addWidget(self.print)
        layout = QVBoxLayout(self)
        layout.addWidget(self.body)
        layout.addStretch(1)
        layout.addLayout(row)
        self.setFinalPage(True)
        self.retranslate()

    def initializePage(self) -> None:  # noqa: N802
        self.retranslate()

    def wizard(self) -> WizardHost | None:
        return cast("WizardHost | None", QWizardPage.wizard(self))  # added to a QinqingWizard only

    def opened(self) -> bool:
        w = self.wizard()
        return bool(w and w.submitted and w.submitted.status == "opened")

    def retranslate(self) -> None:
        self.setTitle(
            self.tr("Step 6 of 6 — recorded on this computer")
            if self.opened()
            else self.tr("Step 6 of 6 — waiting for face recognition")
        )
        self.body.setText(self._html())
        self.pdf.setText(self.tr("Summary as P&DF…"))
        self.preview.setText(self.tr("Pr&eview summary…"))
        self.print.setText(self.tr("&Print summary…"))
        self.preview.setAccessibleName(self.tr("Print preview of the summary"))
        self.pdf.setAccessibleName(self.tr("Summary as PDF"))
        self.print.setAccessibleName(self.tr("Print summary"))
        self.body.setAccessibleName(self.title())

    def _html(self) -> str:
        w = self.wizard()
        r = w.submitted if w else None
        if r is None:
            return ""
        who = self.tr("Once it is open in the e-card, {owner} can act for {member} ({relation}, {id}):").format(
            owner=escape(r.owner_name),
            member=escape(r.member_name),
            relation=relation_label(r.relation),
            id=mask(r.member_id_number),
        )
        if not self.opened():
            text = (
                self.tr(
                    "Application #{id} is saved and waits for {member}'s face recognition. When it has "
                    "passed on the phone, resume the application from the family members tab "
                    "(Resume 亲情服务) and record it."
                )
                if w is not None and w.at_home
                else self.tr(
                    "Application #{id} is saved and waits for {member}'s face recognition. Resume it "
                    "from the family members tab (Resume 亲情服务) when the member is here."
                )
            )
            return "<p>" + text.format(id=r.id, member=escape(r.member_name)) + "</p>"
        items = "".join(f"<li>{escape(a, quote=False)}</li>" for a in about.uses())
        recorded = escape(about.recorded_here(r.id), quote=False)
        still = escape(about.still_to_do(r.member_name), quote=False)
        return (
            f"<p><b>{recorded}</b></p><p>{still}</p>"
            f"<p>{who}</p><ul>{items}</ul><p>{escape(about.not_sharing(), quote=False)}</p>"
        )

    def facts(self) -> summary.SummaryFacts:
        w = self.wizard()
        if w is None or w.submitted is None:  # the page shows only after the submit
            raise LookupError("no submitted application")
        order = {"credential": 0, "credential_back": 1, "face_photo": 2, "face_capture": 3}
        files = tuple(w.files[k] for k in sorted(w.files, key=lambda k: order.get(k, 9)))
        return summary.SummaryFacts(
            w.submitted,
            w.owner().id_number,
            files,
            w.place,
            self.desk.office or "",
            datetime.now().astimezone().isoformat(timespec="seconds"),
        )

    def summary_html(self) -> str:
        return summary.summary_html(self.facts())

    def preview_summary(self) -> None:
        if self.isVisible():
            printing.preview_html(self, self.summary_html(), self.desk.data_dir)

    def save_pdf(self) -> None:
        facts = self.facts()
        path = dialogs.save_path(
            self,
            self.tr("Save summary"),
            summary.file_stem(facts.app, facts.printed_at) + ".pdf",
            self.tr("PDF files (*.pdf)"),
        )
        if path and guarded(
            self, lambda: printing.write_pdf(summary.summary_html(facts), path, self.desk.data_dir) or True
        ):
            dialogs.inform(self, self.tr("Summary"), self.tr("Saved {path}").format(path=path))
