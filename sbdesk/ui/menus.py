"""The main window's menus: each action built once from the window's table of slots and
shortcuts, named for tests and the keyboard walk, and its words set again on a language change."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow

from .language import LANGUAGES

MENUS = ("file", "tools", "settings", "help")
Shortcut = QKeySequence.StandardKey | str | None


class Menus(QObject):
    def __init__(
        self,
        window: QMainWindow,
        table: dict[str, tuple[str, Callable | None, Shortcut]],
        language: str,
        set_language: Callable[[str], None],
    ) -> None:
        """``table``: action name → (menu, slot, shortcut); a slot None is connected by the window."""
        super().__init__(window)
        bar = window.menuBar()
        self.window = window
        self.menus = {k: bar.addMenu("") for k in MENUS}
        self.actions: dict[str, QAction] = {}
        for key, (menu, slot, shortcut) in table.items():
            self.add(menu, slot, shortcut, key)
        self.language_menu = self.menus["settings"].addMenu("")
        group = QActionGroup(window)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            action = QAction(name, window, checkable=True)
            action.setObjectName(f"language_{code}")
            action.setChecked(code == language)
            action.triggered.connect(lambda _=False, c=code: set_language(c))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action

    def add(self, menu: str, slot: Callable | None, shortcut: Shortcut, key: str) -> QAction:
        action = QAction(self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if slot is not None:
            action.triggered.connect(slot)
        self.menus[menu].addAction(action)
        action.setObjectName(key)
        self.actions[key] = action
        return action

    def retranslate(self) -> None:
        for key, text in {
            "file": self.tr("&File"),
            "tools": self.tr("&Tools"),
            "settings": self.tr("&Settings"),
            "help": self.tr("&Help"),
        }.items():
            self.menus[key].setTitle(text)
        for key, text in {
            "add": self.tr("&Add person…"),
            "quit": self.tr("&Quit"),
            "import": self.tr("&Import people or bindings…"),
            "export_people": self.tr("Export &people…"),
            "export_bindings": self.tr("Export &bindings…"),
            "backup": self.tr("Bac&k up now…"),
            "find": self.tr("&Find person"),
            "check": self.tr("&Check database"),
            "audit_log": self.tr("Audit &log…"),
            "qinqing": self.tr("e-card 亲情服务 &wizard…"),
            "refresh": self.tr("&Refresh"),
            "report": self.tr("Bindings re&port…"),
            "elder": self.tr("Larger &text (长辈模式)"),
            "operator": self.tr("Sign in or change &shift…"),
            "bind": self.tr("&Bind the selected person…"),
            "office": self.tr("O&ffice name on receipts…"),
            "province": self.tr("Office's &province for region boxes…"),
            "database": self.tr("Branch &database…"),
            "encrypt": self.tr("&Encrypt this data folder…"),
            "decrypt": self.tr("&Remove encryption…"),
            "password": self.tr("Change pass&word…"),
            "manual": self.tr("User &manual"),
            "difference": self.tr("家庭共济 and 亲情账户: the &difference"),
            "about": self.tr("&About sbdesk"),
            "tab0": self.tr("Family members tab"),
            "licences": self.tr("&Licences and acknowledgements…"),
            "tab1": self.tr("Binding channels tab"),
            "tab2": self.tr("Regions tab"),
        }.items():
            self.actions[key].setText(text)
        self.language_menu.setTitle(self.tr("&Language"))
