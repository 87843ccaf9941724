"""The main window: three tabs, menus, status bar, shortcuts, remembered geometry."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QColor, QFont, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QMainWindow, QProgressBar, QProgressDialog, QPushButton, QTabWidget, QWidget

from .. import __version__
from ..services import backup, operators, people
from ..services import edition as policy_edition
from ..services.desk import Desk, pack_in_use
from ..services.errors import ServiceError
from . import branch_setting, jobs, screen_fit
from .common import dialogs
from .common.guard import guarded
from .common.plain import Label, tip
from .common.retranslate import Retranslating
from .common.texts import application_status_label, error_text
from .common.widgets import replace
from .jobs import BackupJob, CheckJob, ExchangeJob, IntegrityJob, JobRunner
from .language import LANGUAGES, LanguageManager
from .members.tab import MembersTab
from .settings import Settings

if TYPE_CHECKING:  # these, and the dialogs, are imported when first used: a faster start
    from .channels.tab import ChannelsTab
    from .regions.tab import RegionsTab
    from .signin import SignInDialog
    from .wizard.wizard import QinqingWizard

ELDER_SCALE = 1.4
ELDER_SHORTCUT = "Ctrl+Shift+L"  # L for large; also the status bar's 长辈模式 button
# Above this many people the export suggests CSV, which streams (an XLSX of a million rows took
# 55 s); the clerk can still pick XLSX
XLSX_DEFAULT_UP_TO = 100_000


class MainWindow(Retranslating, QMainWindow):
    # The menu's actions by name; it hides QWidget.actions(), which nothing here calls.
    actions: dict[str, QAction]  # type: ignore[assignment]

    def __init__(self, desk: Desk, settings: Settings, language: LanguageManager, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.desk, self.settings, self.language = desk, settings, language
        desk.office = settings.office
        self.base_font = QFont(QApplication.font())
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
        self.setCentralWidget(screen_fit.scrolling(self.tabs, self))  # scrolls on a small screen
        self.members.changed.connect(self.data_changed)
        self.members.resume_requested.connect(lambda app_id: self.start_wizard(application_id=app_id))
        self.members.bind_requested.connect(self.start_binding)
        self.members.import_requested.connect(self.import_file)
        self.signin: SignInDialog | None = None
        self.wizard: QinqingWizard | None = None  # the 亲情服务 wizard, built when first asked for
        self.job: ExchangeJob | BackupJob | None = None
        self.backup_job: BackupJob | None = None
        self.integrity_job: IntegrityJob | None = None
        self.check_job: CheckJob | None = None
        self.progress: QProgressDialog | None = None
        self.status_text = Label(self)
        self.status_text.setObjectName("statusText")
        self.operator_text = Label(self)  # who is working: 经办人 name（工号）, or at home
        self.operator_text.setTextFormat(Qt.TextFormat.PlainText)  # a name is never markup
        self.operator_text.setObjectName("operatorStatus")
        self.runner = JobRunner(self)  # all background work, one job at a time
        self.job_text = Label(self)
        self.job_text.setObjectName("jobText")
        self.job_bar = QProgressBar(self)
        self.job_bar.setObjectName("jobProgress")
        self.job_bar.setMaximumWidth(160)
        self.job_cancel = QPushButton(self)
        self.job_cancel.setObjectName("jobCancel")
        self.job_cancel.clicked.connect(self.runner.cancel)
        for widget in (self.job_text, self.job_bar, self.job_cancel):
            self.statusBar().addPermanentWidget(widget)
        # Not blocking: a line in the status bar while the policy data in use is older than its
        # manifest's stale_after_months (services/edition.py); hidden while it is current.
        self.edition_warning = Label(self)
        self.edition_warning.setObjectName("policyEditionWarning")
        palette = self.edition_warning.palette()  # a colour, not a style sheet: its font follows 长辈模式
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#8a4b00"))
        self.edition_warning.setPalette(palette)
        self.statusBar().addPermanentWidget(self.edition_warning)
        self.statusBar().addPermanentWidget(self.operator_text)
        self.statusBar().addPermanentWidget(self.status_text)
        self.runner.changed.connect(self.show_jobs)
        self.runner.progressed.connect(
            lambda done, total: (self.job_bar.setMaximum(total), self.job_bar.setValue(done))
        )
        self._build_actions()
        self.elder_button = QPushButton(self)  # 长辈模式 where an older person sees it, not only in a menu
        self.elder_button.setObjectName("elderModeButton")
        self.elder_button.setCheckable(True)
        self.elder_button.setChecked(settings.elder_mode)
        self.elder_button.toggled.connect(self.actions["elder"].setChecked)
        self.actions["elder"].toggled.connect(self.elder_button.setChecked)
        self.actions["elder"].toggled.connect(self.set_elder_mode)
        self.statusBar().addPermanentWidget(self.elder_button)
        self.apply_elder_mode(settings.elder_mode)
        screen_fit.place(self, settings.geometry)  # the saved geometry only while it fits this screen
        self.retranslate()

    @property
    def channels(self) -> ChannelsTab:
        if self._channels is None:
            from .channels.tab import ChannelsTab

            self._channels = self._put(1, ChannelsTab(self.desk, self.language, self))
            self._channels.changed.connect(self.data_changed)
            for page in self._channels.pages.values():
                page.wizard_requested.connect(self.start_wizard)
        return self._channels

    @property
    def regions(self) -> RegionsTab:
        if self._regions is None:
            from .regions.tab import RegionsTab

            self._regions = self._put(2, RegionsTab(self.desk, self))
            self._regions.changed.connect(self.data_changed)
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

    # -- menus and shortcuts ------------------------------------------------------
    def _build_actions(self) -> None:
        bar = self.menuBar()
        self.menus = {k: bar.addMenu("") for k in ("file", "tools", "settings", "help")}
        A = self._action  # noqa: N806 - a short name keeps the action table one line per action
        self.actions = {
            "add": A("file", self.members.add_person, QKeySequence.StandardKey.New),
            "import": A("file", self.import_file, "Ctrl+I"),
            "export_people": A("file", lambda: self.export_file("people")),
            "export_bindings": A("file", lambda: self.export_file("bindings")),
            "backup": A("file", self.backup_now),
            "quit": A("file", self.close, QKeySequence.StandardKey.Quit),
            "find": A("tools", self.focus_search, QKeySequence.StandardKey.Find),
            "qinqing": A("tools", lambda: self.start_wizard(), "Ctrl+Shift+Q"),
            "check": A("tools", self.check_database),
            "bind": A("tools", self.bind_selected, "Ctrl+B"),
            "refresh": A("tools", self.data_changed, QKeySequence.StandardKey.Refresh),
            "elder": A("settings", None, ELDER_SHORTCUT, checkable=True),  # its toggled calls set_elder_mode
            "operator": A("settings", self.sign_in, "Ctrl+Shift+O"),
            "office": A("settings", self.set_office),
            "database": A("settings", lambda: branch_setting.ask_database(self, self.settings)),
            "difference": A("help", self.explain_difference),
            "about": A("help", self.about),
            "licences": A("help", self.show_licences),
        }
        self.actions["elder"].setChecked(self.settings.elder_mode)
        for i in range(3):
            A("tools", lambda _=False, i=i: self.tabs.setCurrentIndex(i), f"Ctrl+{i + 1}", key=f"tab{i}")
        self.language_menu = self.menus["settings"].addMenu("")
        group = QActionGroup(self)
        self.language_actions = {}
        for code, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setObjectName(f"language_{code}")
            action.setChecked(code == self.language.current)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action

    def _action(self, menu: str, slot, shortcut=None, checkable=False, key=None) -> QAction:
        action = QAction(self, checkable=checkable)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if slot is not None:
            action.triggered.connect(slot)
        self.menus[menu].addAction(action)
        if key:
            action.setObjectName(key)
            self.actions[key] = action
        return action

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("sbdesk — family sharing of the social-security card"))
        for i, text in enumerate((self.tr("Family members"), self.tr("Binding channels"), self.tr("Regions"))):
            self.tabs.setTabText(i, f"&{i + 1} {text}")
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
            "qinqing": self.tr("e-card 亲情服务 &wizard…"),
            "refresh": self.tr("&Refresh"),
            "elder": self.tr("Larger &text (长辈模式)"),
            "operator": self.tr("Sign in or change &shift…"),
            "bind": self.tr("&Bind the selected person…"),
            "office": self.tr("O&ffice name on receipts…"),
            "database": self.tr("Branch &database…"),
            "difference": self.tr("家庭共济 and 亲情账户: the &difference"),
            "about": self.tr("&About sbdesk"),
            "tab0": self.tr("Family members tab"),
            "licences": self.tr("&Licences and acknowledgements…"),
            "tab1": self.tr("Binding channels tab"),
            "tab2": self.tr("Regions tab"),
        }.items():
            self.actions[key].setText(text)
        self.language_menu.setTitle(self.tr("&Language"))
        self.tabs.setAccessibleName(self.tr("Main sections"))
        self.job_cancel.setText(self.tr("Cancel"))
        self.job_cancel.setAccessibleName(self.tr("Cancel the background work"))
        self.job_bar.setAccessibleName(self.tr("Progress of the background work"))
        self.elder_button.setText(self.tr("Larger text"))
        self.elder_button.setToolTip(
            self.tr("Larger text and a roomier layout ({key})").format(
                key=QKeySequence(ELDER_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.elder_button.setAccessibleName(self.tr("Larger text (长辈模式)"))
        self.show_jobs()
        self.update_status()

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

    # -- behaviour ------------------------------------------------------------------
    def update_status(self) -> None:
        count = guarded(self, lambda: people.count(self.desk))
        server = branch_setting.describe(self.desk.conn.url)
        where = self.tr("branch database {server}").format(server=server) if server else str(self.desk.data_dir)
        self.status_text.setText(
            self.tr("{count} people · {folder}").format(count=count if count is not None else "?", folder=where)
        )
        missing = self.desk.needs_operator
        if missing:
            text = self.tr("Operator: nobody signed in (Ctrl+Shift+O)")
        elif self.settings.place == "home":
            text = self.tr("Used at home: {who}").format(who=self.desk.operator)
        else:
            text = self.tr("Operator {who}").format(who=self.desk.operator)
        self.operator_text.setText(text)
        self.operator_text.setStyleSheet("color: #b00020; font-weight: bold;" if missing else "")
        self.update_edition()

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

    def data_changed(self) -> None:
        current = self.members.current_person()
        self.members.run_search()
        if current:
            self.members.select_person(current.id)
        if self._channels is not None:
            self._channels.refresh()
        if self._regions is not None:
            self._regions.check()
        self.update_status()

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
        who = guarded(self, lambda: operators.sign_in(self.desk, place, name, staff))
        if who is None:
            return False
        self.settings.place, self.settings.operator, self.settings.operator_id = place, name, staff
        if place == "counter":
            self.desk.office = self.settings.office = office
        self.settings.sync()
        self.update_status()
        if self._channels is not None:
            self._channels.refresh()  # a refusal beside Bind or the receipt buttons goes away
        self.statusBar().showMessage(self.tr("Signed in: {who}.").format(who=who), 10000)
        return True

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

    def set_office(self) -> None:
        name = dialogs.ask_text(self, self.tr("Office"), self.tr("The branch's name, printed at the top of receipts:"))
        if name is not None:
            self.desk.office = self.settings.office = " ".join(name.split())[:60]

    def check_database(self) -> CheckJob:
        """Off the GUI thread: the check reads every page (seconds at a million people)."""
        job = CheckJob(self.desk, self)
        job.checked.connect(self._checked)
        job.failed.connect(lambda text: dialogs.inform(self, self.tr("Check database"), text, error=True))
        self.check_job = job
        self.runner.add(job, self.tr("Checking the database…"))
        return job

    def _checked(self, result: dict) -> None:
        if result["ok"]:
            dialogs.inform(
                self,
                self.tr("Check database"),
                self.tr(
                    "The database is sound: {people} people, {bindings} bindings, {audit} audit entries, "
                    "audit chain unbroken."
                ).format(**result["counts"]),
            )
        else:
            dialogs.inform(
                self,
                self.tr("Check database"),
                self.tr("The database has problems:") + "\n" + "\n".join(result["problems"]),
                error=True,
            )

    def back_up_later(self) -> BackupJob:
        """The start-up backup, off the GUI thread: copying a big file takes a second or more."""
        self.backup_job = BackupJob(self.desk, self)
        self.backup_job.failed.connect(lambda text: self.statusBar().showMessage(text, 15000))
        self.runner.add(self.backup_job, self.tr("Backing up…"))
        return self.backup_job

    def check_integrity_later(self, on_damage, backup_due: bool = True) -> IntegrityJob:
        """Run SQLite's full integrity_check off the GUI thread; when it passes, make the
        automatic backup (if ``backup_due``); when it fails, call ``on_damage``."""
        self.integrity_job = IntegrityJob(self.desk.data_dir, self)
        self.integrity_job.damaged.connect(lambda detail: on_damage())
        self.integrity_job.unavailable.connect(lambda text: self.statusBar().showMessage(text, 30000))
        if backup_due:
            self.integrity_job.sound.connect(self.back_up_later)
        self.runner.add(self.integrity_job, self.tr("Checking the database…"))
        return self.integrity_job

    def maintain_later(self, on_damage) -> IntegrityJob | None:
        """The start's background work, only when due (services/backup.due_at_start): the deep
        check at most daily, the automatic copy when the data changed and at most daily."""
        due = guarded(self, lambda: backup.due_at_start(self.desk))
        check, copy = due if due is not None else (False, False)
        return self.check_integrity_later(on_damage, copy) if check else None

    def import_file(self) -> None:
        path = dialogs.open_path(self, self.tr("Import people or bindings"), self.tr("Tables (*.csv *.xlsx)"))
        if path:
            self.job = replace(self.job, ExchangeJob(self.desk, path, None, self))
            self.job.succeeded.connect(
                lambda summary: (
                    self.data_changed(),
                    dialogs.inform(
                        self,
                        self.tr("Import"),
                        (
                            self.tr("Imported {rows} people.")
                            if summary.kind == "people"
                            else self.tr("Imported {rows} bindings.")
                        ).format(rows=summary.rows),
                    ),
                )
            )
            self.progress = replace(self.progress, jobs.start(self, self.job, self.tr("Importing…"), self.runner))

    def export_file(self, kind: str) -> None:
        big = (guarded(self, lambda: people.count(self.desk)) or 0) > XLSX_DEFAULT_UP_TO
        excel, csv = self.tr("Excel (*.xlsx)"), self.tr("CSV (*.csv)")
        path = dialogs.save_path(
            self,
            self.tr("Export"),
            f"sbdesk-{kind}.{'csv' if big else 'xlsx'}",
            f"{csv};;{excel}" if big else f"{excel};;{csv}",
        )
        if path:
            self.job = replace(self.job, ExchangeJob(self.desk, path, kind, self))
            self.job.succeeded.connect(
                lambda count: dialogs.inform(
                    self,
                    self.tr("Export"),
                    self.tr("{count} rows written to {path}. The file holds full ID numbers: keep it safe.").format(
                        count=count, path=path
                    ),
                )
            )
            self.progress = replace(self.progress, jobs.start(self, self.job, self.tr("Exporting…"), self.runner))

    def backup_now(self) -> None:
        path = dialogs.save_path(self, self.tr("Back up"), "sbdesk-backup.db", self.tr("Database (*.db)"))
        if path:
            self.job = replace(self.job, BackupJob(self.desk, self, path))
            self.job.done.connect(
                lambda made: dialogs.inform(
                    self, self.tr("Back up"), self.tr("Backup written to {path}.").format(path=made)
                )
            )
            self.job.failed.connect(lambda text: dialogs.inform(self, self.tr("Back up"), text, error=True))
            self.runner.add(self.job, self.tr("Backing up…"))

    def start_wizard(self, owner=None, member=None, relation=None, application_id: int | None = None) -> None:
        """Open the 亲情服务 wizard: blank, prefilled from the e-card page, or resuming a draft."""
        from .wizard.wizard import QinqingWizard  # imported on first use: start-up stays quick

        place = self.settings.place or ("counter" if self.settings.operator else "home")  # its words
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
        if application_id is not None:
            if guarded(self, lambda: self.wizard.resume(application_id) or True) is None:
                return
        else:  # the person selected in the family members tab applies, unless the e-card page says who
            self.wizard.prefill(owner or (None if member else self.members.current_person()), member, relation)
        self.wizard.open()
        if self.wizard.start_page.ready():
            self.wizard.next()

    def _wizard_closed(self, message: str) -> None:
        self.data_changed()
        self.statusBar().showMessage(message, 10000)

    def explain_difference(self) -> None:
        dialogs.inform(
            self,
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
            edition, warning = self.edition_texts()
        except ServiceError as exc:
            edition, warning = error_text(exc), None
        return self.tr(
            "sbdesk {version}\n{edition}\nData folder: {folder}\nPolicy facts come from resources/ and may differ "
            "locally; check with the local social-security office."
        ).format(version=__version__, edition=edition, folder=self.desk.data_dir) + (
            "\n\n" + warning if warning else ""
        )

    def about(self) -> None:
        dialogs.inform(self, self.tr("About sbdesk"), self.about_text())

    def show_licences(self) -> None:
        """Help → 许可与致谢: sbdesk's licence, the region data's attribution, the third-party notices."""
        from .licences import LicencesDialog

        self.licences_dialog = replace(getattr(self, "licences_dialog", None), LicencesDialog(self))
        self.licences_dialog.open()

    def closeEvent(self, event) -> None:  # noqa: N802
        """Let background work end cleanly: an import or a check is cancelled (an import
        writes nothing until it is whole), an export or a backup is finished."""
        self.runner.close()
        self.settings.geometry = self.saveGeometry()
        self.settings.sync()
        super().closeEvent(event)
