"""Help → User manual (F1): the offline manual in the window's language, opened at the section
of the screen the user is on. The manual is Markdown in resources/manual/<language>/manual.md,
with its pictures beside it (packaging/manual/shots.py takes them from the real window).

A heading ends with ``{#anchor}``; the anchors are the same in every language, so SECTIONS,
the one table from a screen (its object name) to a section, serves both. The line
``{{shortcuts}}`` becomes a table of the window's real shortcuts, read from its actions."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QImageReader, QKeySequence, QTextCharFormat, QTextCursor, QTextImageFormat
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget, QTextBrowser, QVBoxLayout, QWidget

from .. import paths
from . import screen_fit
from .common.retranslate import Retranslating

# The screen the focus is in → the manual's section. The innermost named screen wins.
SECTIONS = {
    "signInDialog": "sign-in",
    "membersTab": "find-person",
    "personDialog": "add-person",
    "channelsTab": "bind",
    "windowPage": "bind",
    "hospitalPage": "hospital",
    "webPage": "bind",
    "walletPage": "wallet",
    "ecardPage": "qinqing",
    "decisionView": "verdict",
    "bindingsPanel": "receipts",
    "historyDialog": "unbind",
    "reasonDialog": "unbind",
    "regionsTab": "regions",
    "pensionDialog": "pension",
    "qinqingWizard": "qinqing",
    "elderModeButton": "elder",
}
TOP = "contents"
HEADING_ID = re.compile(r"^(#{1,6} .*?)\s*\{#([a-z0-9-]+)\}\s*$", re.MULTILINE)
IMAGE_WIDTH = 860  # a wider picture is shown smaller: the viewer fits a 1024-pixel screen


def manual_dir(lang: str) -> Path:
    root = paths.resource_dir() / "manual"
    return root / lang if (root / lang / "manual.md").is_file() else root / "en"


def section_for(widget: QWidget | None) -> str:
    """The section of the innermost named screen around ``widget``; on the main window, the shown tab's."""
    while widget is not None:
        name = widget.objectName()
        if name in SECTIONS:
            return SECTIONS[name]
        tabs = widget.findChild(QTabWidget, "mainTabs") if name == "mainWindow" else None
        if tabs is not None:
            shown = tabs.currentWidget()
            page = getattr(getattr(shown, "stack", None), "currentWidget", lambda: None)()
            return SECTIONS.get(page.objectName() if page else "", SECTIONS.get(shown.objectName(), TOP))
        widget = widget.parentWidget()
    return TOP


def plain(text: str) -> str:
    """A menu entry's words without its access key: "使用手册(&M)" → "使用手册", "&Find" → "Find"."""
    return re.sub(r"\(&\w\)", "", text).replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def shortcuts_table(actions: Iterable[QAction], heading: tuple[str, str]) -> str:
    """A Markdown table of every action that has a shortcut, in the menus' words."""
    rows, seen = [], set()
    for action in actions:
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if keys and action.text() and (keys, plain(action.text())) not in seen:
            seen.add((keys, plain(action.text())))
            rows.append(f"| {keys} | {plain(action.text())} |")
    return "\n".join([f"| {heading[0]} | {heading[1]} |", "|---|---|", *rows])


def markdown(lang: str, shortcuts: Callable[[], str]) -> str:
    text = (manual_dir(lang) / "manual.md").read_text(encoding="utf-8")
    return text.replace("{{shortcuts}}", shortcuts() if "{{shortcuts}}" in text else "")


class ManualViewer(Retranslating, QDialog):
    """The manual in a window of its own; links between sections work, Esc closes."""

    def __init__(self, language: Callable[[], str], shortcuts: Callable[[], Iterable[QAction]]) -> None:
        super().__init__(None)  # its own window: a dialog waiting for an answer does not block it
        self.setObjectName("manualViewer")
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)  # closing the main window still quits
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.language, self.actions_of = language, shortcuts
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("manualText")
        self.browser.setOpenExternalLinks(False)  # offline: a web address is shown, never opened
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        self.loaded_lang = ""
        self.anchors: set[str] = set()
        self.section = TOP
        self.resize(960, 760)
        screen_fit.clamp(self)  # a 1024×700 screen too
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("User manual"))
        if self.loaded_lang and self.isVisible():  # after every window has its new words (the menus' too)
            QTimer.singleShot(0, self, self._reload)

    def _reload(self) -> None:
        self.show_section(self.section)

    def load(self) -> None:
        lang = self.language()
        folder = manual_dir(lang)
        try:
            text = HEADING_ID.sub(r"\1 ⟦\2⟧", markdown(lang, self._shortcuts))
        except (OSError, ValueError):  # missing, unreadable or not UTF-8: said in the viewer, no crash
            self.browser.setPlainText(
                self.tr(
                    "The user manual cannot be read: {path}. Everything else works without it; "
                    "installing the program again brings it back."
                ).format(path=folder / "manual.md")
            )
            self.anchors, self.loaded_lang = set(), lang
            return
        self.browser.setSearchPaths([str(folder)])
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(folder) + "/"))
        self.browser.setMarkdown(text)
        self.browser.document().setDocumentMargin(16)
        self.anchors = self._mark_headings(folder)
        self.loaded_lang = lang

    def _shortcuts(self) -> str:
        heading = (self.tr("Keys"), self.tr("What they do"))
        return shortcuts_table(self.actions_of(), heading)

    def _mark_headings(self, folder: Path) -> set[str]:
        """Give each heading its ``{#anchor}`` (Qt's Markdown reader keeps none) and fit the pictures."""
        found, block = set(), self.browser.document().begin()
        while block.isValid():
            match = re.search(r"\s*⟦([a-z0-9-]+)⟧$", block.text())
            cursor = QTextCursor(block)
            if match:
                cursor.setPosition(block.position() + match.start())
                cursor.setPosition(block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor)
                cursor.removeSelectedText()
                cursor.setPosition(block.position())
                cursor.setPosition(block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor)
                mark = QTextCharFormat()
                mark.setAnchor(True)
                mark.setAnchorNames([match.group(1)])
                cursor.mergeCharFormat(mark)
                found.add(match.group(1))
            self._fit_images(block, folder)
            block = block.next()
        return found

    def _fit_images(self, block, folder: Path) -> None:
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().isImageFormat():
                image = fragment.charFormat().toImageFormat()
                size = QImageReader(str(folder / image.name())).size()
                if size.width() > IMAGE_WIDTH:
                    fitted = QTextImageFormat(image)
                    fitted.setWidth(IMAGE_WIDTH)
                    fitted.setHeight(size.height() * IMAGE_WIDTH / size.width())
                    cursor = QTextCursor(self.browser.document())
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                    cursor.setCharFormat(fitted)
            it += 1

    def _follow(self, url: QUrl) -> None:
        """A section of the manual is scrolled to; nothing else is opened (the manual works offline)."""
        if url.hasFragment() and (url.isRelative() or url.scheme() == "file"):
            self.scroll_to(url.fragment())

    def scroll_to(self, anchor: str) -> None:
        self.section = anchor if anchor in self.anchors else TOP
        self.browser.scrollToAnchor(self.section)

    def show_section(self, anchor: str) -> None:
        """Open (or raise) the manual in the window's language at ``anchor``, read afresh (the
        shortcuts table follows the menus)."""
        self.load()
        self._above_waiting_dialog()
        self.show()
        self.raise_()
        self.activateWindow()
        self.scroll_to(anchor)

    def _above_waiting_dialog(self) -> None:
        """A dialog run to its answer (exec: the reason for an unbinding, a message, the print
        window) holds every other window, a manual opened later too; opened from it, the manual
        holds the program itself until closed, so it can be read. Otherwise a window of its own."""
        waiting = QApplication.activeModalWidget()
        held = (
            waiting is not None
            and waiting is not self
            and waiting.windowModality() == Qt.WindowModality.ApplicationModal
        )
        wanted = Qt.WindowModality.ApplicationModal if held else Qt.WindowModality.NonModal
        if self.windowModality() != wanted:
            self.hide()  # Qt reads the modality when a window is shown
            self.setWindowModality(wanted)

    def current_heading(self) -> str:
        """The heading at the top of the view: what a user sees the manual opened at."""
        cursor = self.browser.cursorForPosition(self.browser.viewport().rect().topLeft())
        block = cursor.block()
        while block.isValid() and not block.blockFormat().headingLevel():
            block = block.next()
        return block.text() if block.isValid() else ""


class ManualKey(QObject):
    """F1 anywhere in the program opens the manual at the section of the screen it was pressed in.
    The main window's menu action has F1 too; in a dialog (a window of its own) nothing else
    claims the key, so this filter on the application sees it."""

    def __init__(self, open_at: Callable[[str], object], parent: QObject) -> None:
        super().__init__(parent)
        self.open_at = open_at
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.KeyPress or event.key() != Qt.Key.Key_F1 or event.modifiers():
            return False
        if not isinstance(watched, QWidget) or watched.window().objectName() == "manualViewer":
            return False
        self.open_at(section_for(watched))
        return True
