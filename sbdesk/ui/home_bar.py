"""The line above the family members tab: where a home user starts the 亲情服务 wizard, and
an unfinished application announced after a restart, with Continue and Discard.

Non-modal on purpose: it asks nothing at start and stays out of the way of a clerk's
search; it is hidden when it has nothing to say. It reads the applications through the
service and reloads when a write reports ``Changes.applications`` (ui/refresh.py)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QGridLayout, QPushButton

from ..domain.qinqing import Application
from ..services import qinqing
from ..services.changes import Changes
from .common import dialogs
from .common.guard import guarded
from .common.plain import Label
from .common.retranslate import Retranslating
from .members.drafts import describe

COLOURS = {"text": "#0b3d2e", "background": "#e3f4ea"}  # calm: news, not a warning


class HomeBar(Retranslating, QFrame):
    wizard_requested = Signal()
    resume_requested = Signal(int)
    changed = Signal(object)  # Changes of a discarded application

    def __init__(self, desk, place: Callable[[], str], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("homeBar")
        self.desk, self._place = desk, place
        self.setFrameShape(QFrame.Shape.StyledPanel)
        palette = self.palette()  # the palette, not a style sheet: 长辈模式's font still reaches it
        palette.setColor(QPalette.ColorRole.Window, QColor(COLOURS["background"]))
        palette.setColor(QPalette.ColorRole.WindowText, QColor(COLOURS["text"]))
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        self.apps: list[Application] = []
        self.here = True  # the family members tab is shown: the bar belongs to the first screen
        self.intro = Label(self)
        self.intro.setObjectName("homeWizardText")
        self.intro.setWordWrap(True)
        self.wizard = QPushButton(self)
        self.wizard.setObjectName("homeWizardButton")
        self.wizard.clicked.connect(self.wizard_requested)
        self.draft = Label(self)
        self.draft.setObjectName("homeDraftText")
        self.draft.setWordWrap(True)
        self.draft.setTextFormat(Qt.TextFormat.PlainText)  # names are data, never markup
        self.resume = QPushButton(self)
        self.resume.setObjectName("homeDraftContinue")
        self.resume.clicked.connect(lambda: self.apps and self.resume_requested.emit(self.apps[0].id))
        self.discard = QPushButton(self)
        self.discard.setObjectName("homeDraftDiscard")
        self.discard.clicked.connect(self.discard_first)
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 4, 8, 4)
        # the buttons first, at the left: a window narrower than the tabs (长辈模式) never cuts them
        grid.addWidget(self.wizard, 0, 0, 1, 2)
        grid.addWidget(self.intro, 0, 2)
        grid.addWidget(self.resume, 1, 0)
        grid.addWidget(self.discard, 1, 1)
        grid.addWidget(self.draft, 1, 2)
        grid.setColumnStretch(2, 1)
        self.reload()

    def show_on(self, first_screen: bool) -> None:
        """Shown with the family members tab only: a channel page keeps its room and its keys."""
        self.here = first_screen
        self.retranslate()

    def at_home(self) -> bool:
        return self._place() == "home"

    def reload(self) -> None:
        """Read the unfinished applications again (newest first) and show what there is to say."""
        self.apps = guarded(self, lambda: qinqing.unfinished(self.desk)) or []
        self.retranslate()

    def apply(self, changes: Changes) -> None:
        if changes.applications or changes.people or changes.operator:  # who works: which words show
            self.reload()

    def discard_first(self) -> None:
        """放弃: asked first (what was typed is gone), then one write through the service."""
        if not self.apps:
            return
        app = self.apps[0]
        if not dialogs.ask(
            self,
            self.tr("Discard the application"),
            self.tr(
                "Discard 亲情服务 application {what}? What was entered is not kept; the log keeps that it was discarded."
            ).format(what=describe(app)),
        ):
            return
        changes = guarded(self, lambda: qinqing.cancel(self.desk, app.id))
        self.reload()  # also when it failed: another desk may have finished or discarded it
        if changes is not None:
            self.changed.emit(changes)

    def retranslate(self) -> None:
        home = self.at_home()
        self.intro.setText(
            self.tr(
                "Add a family member to your e-card's 亲情服务: the wizard keeps a record on this computer; "
                "the service is opened in the e-card app."
            )
        )
        self.wizard.setText(self.tr("Start the 亲情服务 &wizard…"))
        self.wizard.setAccessibleName(self.wizard.text().replace("&", "").rstrip("…"))
        for widget in (self.intro, self.wizard):
            widget.setVisible(home)
        if self.apps:
            more = len(self.apps) - 1
            text = self.tr("Unfinished 亲情服务 application: {what}.").format(what=describe(self.apps[0]))
            if more:
                space = "" if text.endswith("。") else " "  # Chinese leaves none after 。
                text += space + self.tr("{n} more: select the person in the family members list.").format(n=more)
            self.draft.setText(text)
        self.resume.setText(self.tr("&Continue…"))
        self.discard.setText(self.tr("Discard…"))
        self.resume.setAccessibleName(self.tr("Continue the unfinished application"))
        self.discard.setAccessibleName(self.tr("Discard the unfinished application"))
        for widget in (self.draft, self.resume, self.discard):
            widget.setVisible(bool(self.apps))
        self.setVisible(self.here and (home or bool(self.apps)))
