"""The Help menu: the user manual (F1, also in every dialog), the difference between 家庭共济 and
亲情账户, About, the licences."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QWidget

from .. import __version__
from ..services.errors import ServiceError
from . import protection
from .common import dialogs
from .common.texts import error_text
from .common.widgets import replace
from .manual import ManualKey, ManualViewer, section_for
from .protection.notice import paragraph
from .status import DeskStatus

if TYPE_CHECKING:
    from .licences import LicencesDialog


class Help(QObject):
    def __init__(self, status: DeskStatus, parent: QWidget) -> None:
        super().__init__(parent)
        self.status, self.parent_widget = status, parent
        self.licences_dialog: LicencesDialog | None = None
        self.manual: ManualViewer | None = None
        self.manual_key = ManualKey(self.open_manual, self)

    def open_manual(self, section: str | None = None) -> ManualViewer:
        """Help → User manual (F1): at the section of the screen the focus is in, in the window's language."""
        window = self.parent_widget
        if self.manual is None:
            language = getattr(window, "language", None)
            self.manual = ManualViewer(
                lambda: language.current if language else "en", lambda: window.findChildren(QAction)
            )
            window.destroyed.connect(self.manual.deleteLater)  # a window of its own: it goes with the main one
        if not isinstance(section, str):  # the menu's triggered(bool)
            section = section_for(QApplication.focusWidget() or window)
        self.manual.show_section(section)
        return self.manual

    def explain_difference(self) -> None:
        dialogs.inform(
            self.parent_widget,
            self.tr("家庭共济 and 亲情账户"),
            self.tr(
                "家庭共济 (family sharing) lets a family member's medical costs be paid from the owner's "
                "职工医保 personal account: the owner's money is spent.\n\n"
                "A 亲情账户 in the medical-insurance app, or the e-card's 亲情服务, only lets someone show or use a "
                "relative's own code or card: the relative's own entitlement is spent, never the helper's. The "
                "亲情服务 sets up no 家庭共济.\n\n"
                "The card itself is never shared: at the hospital or pharmacy each person uses their own card."
            ),
        )

    def about_text(self) -> str:
        try:
            edition, warning = self.status.edition_texts()
        except ServiceError as exc:
            edition, warning = error_text(exc), None
        return self.tr(
            "sbdesk {version}\n{edition}\nData folder: {folder}\nPolicy facts come from resources/ and may differ "
            "locally; check with the local social-security office."
        ).format(version=__version__, edition=edition, folder=self.status.desk.data_dir) + "".join(
            "\n\n" + text for text in (warning, self.kept_text()) if text
        )

    def kept_text(self) -> str | None:
        """The first start's paragraph, as the folder is now (a branch server keeps none here)."""
        desk = self.status.desk
        return None if desk.conn.url else paragraph(desk.data_dir, protection.protected(desk.data_dir))

    def about(self) -> None:
        dialogs.inform(self.parent_widget, self.tr("About sbdesk"), self.about_text())

    def show_licences(self) -> None:
        """Help → 许可与致谢: sbdesk's licence, the region data's attribution, the third-party notices."""
        from .licences import LicencesDialog

        dialog = self.licences_dialog = replace(self.licences_dialog, LicencesDialog(self.parent_widget))
        dialog.open()
