"""The main window: three tabs, the menus, the status bar, remembered geometry. It composes:
menus.py builds the actions, status.py the status bar, upkeep.py and file_actions.py run the
jobs, help.py the Help menu, and refresh.py routes what a write changed to what shows it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QVBoxLayout, QWidget

from ..services import operators, people
from ..services.changes import APPLICATION, OPERATOR, Changes
from ..services.desk import Desk
from . import branch_setting, office_province, protection, read_only, refresh, screen_fit
from .common import dialogs
from .common.guard import guarded
from .common.retranslate import Retranslating
from .common.texts import application_status_label
from .common.widgets import replace
from .file_actions import FileActions
from .help import Help
from .home_bar import HomeBar
from .jobs import JobRunner
from .language import LanguageManager
from .live import Live
from .members.tab import MembersTab
from .menus import Menus
from .settings import Settings
from .status import ELDER_SHORTCUT, FOLDER, DeskStatus
from .upkeep import Upkeep

if TYPE_CHECKING:  # these, and the dialogs, are imported when first used: a faster start
    from .channels.tab import ChannelsTab
    from .jobs import IntegrityJob
    from .regions.tab import RegionsTab
    from .signin import SignInDialog
    from .wizard.wizard import QinqingWizard

ELDER_SCALE = 1.4
PROTECTION = ("encrypt", "decrypt", "password")  # Settings: the data folder's encryption


class MainWindow(Retranslating, QMainWindow):
    # The menu's actions by name; it hides QWidget.actions(), which nothing here calls.
    actions: dict[str, QAction]  # type: ignore[assignment]

    def __init__(self, desk: Desk, settings: Settings, language: LanguageManager, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.desk, self.settings, self.language = desk, settings, language
        desk.office = settings.office
        office_province.attach(desk, settings)
        self.base_font = QFont(QApplication.font())
        # above the tabs (built first: Tab reaches it first): the home user's way into the wizard,
        # and an unfinished application announced
        self.home_bar = HomeBar(desk, self.wizard_place, self)
        self.home_bar.wizard_requested.connect(lambda: self.start_wizard())
        self.home_bar.resume_requested.connect(lambda app_id: self.start_wizard(application_id=app_id))
        self.home_bar.changed.connect(lambda changes: self.route(changes, self.home_bar))
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mainTabs")
        self.members = MembersTab(desk, self)
        # The other two tabs are built when first shown (start-up pays for the members tab only)
        self._channels: ChannelsTab | None = None
        self._regions: RegionsTab | None = None
        for tab in (self.members, QWidget(self), QWidget(self)):
            self.tabs.addTab(tab, "")
        self.tabs.widget(1).setObjectName("channelsTab")
        self.tabs.widget(2).setObjectName("regionsTab")
        self.tabs.currentChanged.connect(self._build_tab)
        self.tabs.currentChanged.connect(lambda index: self.home_bar.show_on(index == 0))
        central = QWidget(self)  # the line outside the tabs' scroll area: as wide as the window, never cut
        central.setObjectName("mainArea")
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.home_bar)
        column.addWidget(screen_fit.scrolling(self.tabs, self), 1)  # scrolls on a small screen
        self.setCentralWidget(central)
        self.members.changed.connect(lambda changes: self.route(changes, self.members))
        self.members.resume_requested.connect(lambda app_id: self.start_wizard(application_id=app_id))
        self.members.bind_requested.connect(self.start_binding)
        self.signin: SignInDialog | None = None
        self.protect_dialog: QWidget | None = None  # Settings → Encrypt… or Change password…
        self.wizard: QinqingWizard | None = None  # the 亲情服务 wizard, built when first asked for
        self.runner = JobRunner(self)  # all background work, one job at a time
        self.status = DeskStatus(desk, self.runner, self)
        self.upkeep = Upkeep(desk, self.runner, self)
        self.files = FileActions(desk, self.runner, self)
        self.files.changed.connect(self.route)
        self.members.import_requested.connect(self.files.import_file)
        self.help = Help(self.status, self)
        self.menu = Menus(self, self._action_table(), language.current, self.set_language)
        self.actions, self.menus, self.language_actions = self.menu.actions, self.menu.menus, self.menu.language_actions
        protection.show_actions(self)
        self.actions["elder"].setCheckable(True)
        self.actions["elder"].setChecked(settings.elder_mode)
        self.elder_button = self.status.add_elder_button(settings.elder_mode)
        self.elder_button.toggled.connect(self.actions["elder"].setChecked)
        self.actions["elder"].toggled.connect(self.elder_button.setChecked)
        self.actions["elder"].toggled.connect(self.set_elder_mode)
        self.apply_elder_mode(settings.elder_mode)
        read_only.apply(self)  # a login that only reads (the branch auditor): its writes disabled, with the reason
        screen_fit.place(self, settings.geometry)  # the saved geometry only while it fits this screen
        self.retranslate()
        self.live = Live(self, self)  # other desks' writes shown as they commit

    def _action_table(self):
        """Each menu action: its menu, what it does, its shortcut."""
        files, upkeep, help_ = self.files, self.upkeep, self.help
        return {
            "add": ("file", self.members.add_person, QKeySequence.StandardKey.New),
            "import": ("file", files.import_file, "Ctrl+I"),
            "export_people": ("file", lambda: files.export_file("people"), None),
            "export_bindings": ("file", lambda: files.export_file("bindings"), None),
            "backup": ("file", files.backup_now, None),
            "quit": ("file", self.close, QKeySequence.StandardKey.Quit),
            "find": ("tools", self.focus_search, QKeySequence.StandardKey.Find),
            "qinqing": ("tools", lambda: self.start_wizard(), "Ctrl+Shift+Q"),
            "check": ("tools", upkeep.check_database, None),
            "audit_log": ("tools", self.open_audit_log, None),
            "bind": ("tools", self.bind_selected, "Ctrl+B"),
            "refresh": ("tools", self.data_changed, QKeySequence.StandardKey.Refresh),
            "report": ("tools", self.open_report, None),
            "elder": ("settings", None, ELDER_SHORTCUT),  # its toggled calls set_elder_mode
            "operator": ("settings", self.sign_in, "Ctrl+Shift+O"),
            "office": ("settings", self.set_office, None),
            "province": ("settings", lambda: office_province.ask(self, self.desk, self.settings), None),
            "database": ("settings", lambda: branch_setting.ask_database(self, self.settings), None),
            **{key: ("settings", lambda _=False, k=key: self.protection(k), None) for key in PROTECTION},
            "manual": ("help", help_.open_manual, QKeySequence.StandardKey.HelpContents),
            "difference": ("help", help_.explain_difference, None),
            "about": ("help", help_.about, None),
            "licences": ("help", help_.show_licences, None),
            **{
                f"tab{i}": ("tools", lambda _=False, i=i: self.tabs.setCurrentIndex(i), f"Ctrl+{i + 1}")
                for i in range(3)
            },
        }

    @property
    def channels(self) -> ChannelsTab:
        if self._channels is None:
            from .channels.tab import ChannelsTab

            self._channels = self._put(1, ChannelsTab(self.desk, self.language, self))
            self._channels.changed.connect(lambda changes: self.route(changes, self._channels))
            for page in self._channels.pages.values():
                page.wizard_requested.connect(self.start_wizard)
        return self._channels

    @property
    def regions(self) -> RegionsTab:
        if self._regions is None:
            from .regions.tab import RegionsTab

            self._regions = self._put(2, RegionsTab(self.desk, self))
            self._regions.changed.connect(lambda changes: self.route(changes, self._regions))
        return self._regions

    def _build_tab(self, index: int) -> None:
        """The channels and regions tabs are built when first shown, and read the sharing rules
        then, to keep them off the start. A rules file that cannot be read is said each time; the tab stays
        empty, and the family members list still works."""
        if index in (1, 2):
            guarded(self, lambda: self.channels if index == 1 else self.regions)

    def _put(self, index: int, tab):
        """Put a tab built on first use in its placeholder's place, keeping text and focus."""
        placeholder, current = self.tabs.widget(index), self.tabs.currentIndex()
        blocked = self.tabs.blockSignals(True)
        text = self.tabs.tabText(index)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, tab, text)
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(blocked)
        placeholder.deleteLater()
        return tab

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("sbdesk — family sharing of the social-security card"))
        for i, text in enumerate((self.tr("Family members"), self.tr("Binding channels"), self.tr("Regions"))):
            self.tabs.setTabText(i, f"&{i + 1} {text}")
        self.menu.retranslate()
        self.tabs.setAccessibleName(self.tr("Main sections"))
        self.status.retranslate()
        self.update_status()

    # -- what a write changed ---------------------------------------------------------
    def update_status(self) -> None:
        count = guarded(self, lambda: people.count(self.desk))
        server = branch_setting.describe(self.desk.conn.url)
        where = self.tr("branch database {server}").format(server=server) if server else str(self.desk.data_dir)
        self.status.status_text.show_folder(
            self.tr("{count} people · {folder}").format(count=count if count is not None else "?", folder=FOLDER),
            where,
        )
        missing = self.desk.needs_operator
        if missing:
            text = self.tr("Operator: nobody signed in (Ctrl+Shift+O)")
        elif self.settings.place == "home":
            text = self.tr("Used at home: {who}").format(who=self.desk.operator)
        else:
            text = self.tr("Operator {who}").format(who=self.desk.operator)
        self.status.operator_text.setText(text)
        self.status.operator_text.setStyleSheet("color: #b00020; font-weight: bold;" if missing else "")
        self.status.update_edition()

    def route(self, changes: Changes, origin: QWidget | None = None) -> None:
        refresh.route(self, changes, origin)  # what a write touched, each part once; origin did its own

    def data_changed(self) -> None:  # Refresh (F5): everything read again
        refresh.everything(self)

    def open_audit_log(self) -> None:
        from .auditlog.view import open_audit_log  # imported on first use: start-up stays quick

        guarded(self, lambda: open_audit_log(self))

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.members)
        self.members.search.setFocus()
        self.members.search.selectAll()

    def set_language(self, lang: str) -> None:
        self.language.install(lang)
        self.settings.language = lang
        self.language_actions[lang].setChecked(True)

    def apply_elder_mode(self, on: bool) -> None:
        font = QFont(self.base_font)
        size = self.base_font.pointSizeF()
        if size > 0:
            font.setPointSizeF(size * ELDER_SCALE if on else size)
        QApplication.setFont(font)

    def protection(self, action: str) -> None:
        from .protection import actions  # its dialogs are built when first asked for

        actions.run(self, action)

    def open_report(self) -> None:
        from .report.view import open_report  # the report's window is built when first asked for

        open_report(self, self.desk)

    def set_elder_mode(self, on: bool) -> None:
        """From the menu, the status bar button or Ctrl+Shift+L: all three stay in step."""
        self.settings.elder_mode = on
        self.actions["elder"].setChecked(on)
        self.apply_elder_mode(on)

    # -- who is working ---------------------------------------------------------------
    def sign_in(self) -> SignInDialog | None:
        """Shift change: the next operator signs in (the place and the office can change too)."""
        if branch_setting.signed_in(self, self.desk):  # on a branch server the sign-in is the database login
            return None
        from .signin import SignInDialog

        dialog = self.signin = replace(self.signin, SignInDialog(self.settings, parent=self))
        dialog.accepted.connect(lambda: self.signed_in(dialog.values()))
        dialog.open()
        return dialog

    def signed_in(self, values: tuple[str, str, str, str]) -> bool:
        """Record the sign-in (one audit row), keep it in the settings, say who works now."""
        place, name, staff, office = values
        if read_only.active(self):  # nothing to record (it could not be): the log names the login anyway
            who: str | None = self.desk.operator
        else:
            who = guarded(self, lambda: operators.sign_in(self.desk, place, name, staff))
        if who is None:
            return False
        self.settings.place, self.settings.operator, self.settings.operator_id = place, name, staff
        if place == "counter":
            self.desk.office = self.settings.office = office
        self.settings.sync()
        self.route(OPERATOR)  # the status bar; a refusal beside Bind or the receipt buttons goes away
        self.statusBar().showMessage(self.tr("Signed in: {who}.").format(who=who), 10000)
        return True

    def set_office(self) -> None:
        name = dialogs.ask_text(self, self.tr("Office"), self.tr("The branch's name, printed at the top of receipts:"))
        if name is not None:
            self.desk.office = self.settings.office = " ".join(name.split())[:60]

    def maintain_later(self, on_damage) -> IntegrityJob | None:  # the start's background work, when due
        return self.upkeep.maintain_later(on_damage)

    # -- from a person to a binding ----------------------------------------------------
    def bind_selected(self) -> None:
        person = self.members.current_person()
        if person is None:
            self.statusBar().showMessage(self.tr("Select a person in the family members tab first."), 10000)
            return
        self.start_binding(person)

    def start_binding(self, person) -> None:
        channels = guarded(self, lambda: self.channels)
        if channels is not None:
            self.tabs.setCurrentWidget(channels)
            channels.start_binding(person, self.settings.place)

    def wizard_place(self) -> str:
        """Where the wizard runs, for its words: as chosen, or a counter when an operator was set."""
        return self.settings.place or ("counter" if self.settings.operator else "home")

    def start_wizard(self, owner=None, member=None, relation=None, application_id: int | None = None) -> None:
        """Open the 亲情服务 wizard: blank, prefilled from the e-card page, or resuming a draft."""
        from .wizard.wizard import QinqingWizard  # imported on first use: start-up stays quick

        place = self.wizard_place()
        wizard = guarded(self, lambda: QinqingWizard(self.desk, self.language, self, place=place))  # reads the rules
        if wizard is None:
            return
        self.wizard = replace(self.wizard, wizard)
        self.wizard.drafted.connect(
            lambda app: self._wizard_closed(self.tr("亲情服务 application #{id} kept as a draft.").format(id=app.id))
        )
        self.wizard.finished_ok.connect(
            lambda app: self._wizard_closed(
                self.tr("亲情服务 application #{id}: {status}.").format(
                    id=app.id, status=application_status_label(app.status)
                )
            )
        )
        self.wizard.person_added.connect(self.route)  # the members list shows the new person now
        # however it closes (a draft, submitted, or cancelled after adding a person on its first
        # page): the people and applications it may have written are shown
        self.wizard.finished.connect(lambda _result: self.route(APPLICATION))
        if application_id is not None:
            if guarded(self, lambda: self.wizard.resume(application_id) or True) is None:
                self.route(APPLICATION)  # finished or given up meanwhile: the lines that offered it read again
                return
        else:  # the person selected in the family members tab applies, unless the e-card page says who
            self.wizard.prefill(owner or (None if member else self.members.current_person()), member, relation)
        self.wizard.open()
        if self.wizard.start_page.ready():
            self.wizard.next()

    def _wizard_closed(self, message: str) -> None:
        self.statusBar().showMessage(message, 10000)

    def closeEvent(self, event) -> None:  # noqa: N802
        """Let background work end cleanly: an import or a check is cancelled (an import
        writes nothing until it is whole), an export or a backup is finished."""
        self.runner.close()
        self.live.close()
        self.settings.geometry = self.saveGeometry()
        self.settings.sync()
        super().closeEvent(event)
