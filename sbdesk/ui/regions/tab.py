"""统筹区: every region of the country by province with what reports say about its
cross-province sharing (open by DATE, not open, unknown, each with its source by publisher,
kind, date and title; an old report of not open shows as unknown with its age), the
national figure as last reported above the list, searchable by name, pinyin initials or
code, and a checker that answers "may people in these two
regions share?" with the reasons."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.edition import Edition
from ...domain.messages import Problem
from ...domain.regions import NOT_OPEN, OPEN, provinces
from ...services import binding, people, policy_import, policy_pack
from ...services import regions as region_service
from ...services.changes import POLICY, Changes
from ...services.desk import Desk
from ...services.errors import ServiceError
from .. import screen_fit
from ..channels.decision_view import DecisionView
from ..common import dialogs
from ..common.guard import guarded
from ..common.plain import Label, tip
from ..common.region_pick import RegionPicker
from ..common.relation_pick import RelationPicker
from ..common.retranslate import Retranslating
from ..common.texts import error_text, problem_text
from ..common.whole_number import whole_number
from ..common.widgets import tab_order
from ..licences import RegionDataCredit
from .province_tiles import Tally
from .schematic import ProvinceSchematic

RegionRole = Qt.ItemDataRole.UserRole + 1


class RegionsTab(Retranslating, QWidget):
    changed = Signal(object)  # Changes: the catalogue and the policy

    def __init__(self, desk: Desk, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("regionsTab")
        self.desk = desk
        self.search = QLineEdit(self)
        self.search.setObjectName("regionSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.filter)
        self.national = Label(self)  # 全国：截至 … 共 … 个统筹区 (the latest national snapshot, with its source)
        self.national.setObjectName("nationalSnapshot")
        self.national.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("regionTree")
        self.tree.setColumnCount(5)
        self.tree.setUniformRowHeights(True)
        for column in (1, 2, 3):  # code, status, date: as wide as their header or contents in any font (长辈模式)
            self.tree.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        self.checker = QGroupBox(self)
        self.checker.setObjectName("regionChecker")
        form = QFormLayout(self.checker)
        catalogue = lambda: desk.catalogue  # noqa: E731 - replaced after an import
        self.owner_region, self.member_region = (
            RegionPicker(catalogue, self, desk.region_use),
            RegionPicker(catalogue, self, desk.region_use),
        )
        self.owner_region.setObjectName("checkerOwnerRegion")
        self.member_region.setObjectName("checkerMemberRegion")
        self.owner_person, self.member_person = whole_number(QLineEdit(self)), whole_number(QLineEdit(self))
        self.owner_person.setObjectName("checkerOwnerPerson")
        self.member_person.setObjectName("checkerMemberPerson")
        self.relation = RelationPicker(self, lambda: desk.policy.allowed_relations("", desk.today()))
        self.relation.setObjectName("checkerRelation")
        self.result = DecisionView(self)
        self.result.setObjectName("checkerResult")
        self.rows = [self.owner_region, self.owner_person, self.member_region, self.member_person, self.relation]
        self.row_labels = [Label(self) for _ in self.rows]
        for label, widget in zip(self.row_labels, self.rows, strict=True):
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow(self.result)
        for box in (self.owner_region, self.member_region):
            box.currentIndexChanged.connect(self.check)
            box.lineEdit().editingFinished.connect(self.check)  # after the box took the first match
        for edit in (self.owner_person, self.member_person):
            edit.textChanged.connect(self.check)
        self.relation.currentIndexChanged.connect(self.check)

        listing = QWidget(self)
        lv = QVBoxLayout(listing)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.national)
        lv.addWidget(self.search)
        lv.addWidget(self.tree)
        self.credit = RegionDataCredit(listing)  # the catalogue's source, as its CC BY 4.0 licence asks
        lv.addWidget(self.credit)
        self.map_holder = QWidget(self)  # the schematic is built when first viewed
        QVBoxLayout(self.map_holder).setContentsMargins(0, 0, 0, 0)
        self._schematic: ProvinceSchematic | None = None
        self.views = QTabWidget(self)
        self.views.setObjectName("regionViews")
        self.views.addTab(listing, "")
        self.views.addTab(self.map_holder, "")
        self.views.currentChanged.connect(lambda index: self.schematic if index == 1 else None)
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("importPolicyButton")
        self.import_button.clicked.connect(self.import_update)
        right = QWidget(self)
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.checker, 1)
        rv.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignRight)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.views)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QHBoxLayout(self)
        layout.addWidget(split)
        self._tree_filled = False  # 400-odd rows: built when the tab is first shown, not at start-up
        self._stale = False  # a write elsewhere may change the check's answer: asked again when shown
        tab_order(self.views, self.search, self.tree, *self.rows, self.result, self.import_button)
        self.retranslate()  # the checker starts empty: nothing is answered for regions nobody chose

    @property
    def schematic(self) -> ProvinceSchematic:
        if self._schematic is None:
            self._schematic = ProvinceSchematic(self.map_holder)
            self._schematic.tiles.province_clicked.connect(self.show_province)
            # in a scroll area of its own: the tiles' and the legend's least height (768 px in
            # 长辈模式) would otherwise become every tab's, and a 700 px window would scroll for good
            self.map_holder.layout().addWidget(screen_fit.scrolling(self._schematic, self.map_holder))
            QWidget.setTabOrder(self.tree, self._schematic.tiles)  # read where the list stood, before the checker
            self._update_map()
        return self._schematic

    def _update_map(self) -> None:
        if self._schematic is not None:
            today = self.desk.today()
            cat = self.desk.catalogue
            tallies = {}
            for province, regions in provinces(cat.regions).items():
                states = [cat.cross_status(r, today, self.desk.policy.not_open_months).status for r in regions]
                tallies[province] = Tally(
                    opened=tuple(r.name for r, st in zip(regions, states, strict=True) if st == OPEN),
                    not_open=states.count(NOT_OPEN),
                    total=len(regions),
                )
            self._schematic.set_tallies(tallies)

    def showEvent(self, event) -> None:  # noqa: N802
        self.ensure_tree()
        if self._stale:
            self.check()
        super().showEvent(event)

    def apply(self, changes: Changes) -> None:
        """A write elsewhere: the check's answer is asked again now if on screen, else when shown."""
        if changes.decisions():
            if self.isVisible():
                self.check()
            else:
                self._stale = True

    def ensure_tree(self) -> None:
        if not self._tree_filled:
            self.fill_tree()
            self.filter(self.search.text())

    def refresh_tree(self) -> None:
        """After a language or catalogue change: rebuild now if it was built, else when shown."""
        if self._tree_filled:
            self.fill_tree()
            self.filter(self.search.text())

    def fill_tree(self) -> None:
        self._tree_filled = True
        self._update_map()
        self.tree.clear()
        labels = {OPEN: self.tr("open"), NOT_OPEN: self.tr("reported not open")}
        unknown, no_report = self.tr("unknown"), self.tr("no report found")
        cat, today, months = self.desk.catalogue, self.desk.today(), self.desk.policy.not_open_months
        self.show_national()
        self.tree.setUpdatesEnabled(False)
        for province, regions in provinces(cat.regions).items():
            top = QTreeWidgetItem(self.tree, [province])
            top.setData(0, RegionRole, province)
            states = [cat.cross_status(r, today, months) for r in regions]
            opened = sum(1 for st in states if st.status == OPEN)
            top.setText(2, f"{opened}/{len(regions)}")
            top.setToolTip(2, self.tr("{opened} of {total} reported open").format(opened=opened, total=len(regions)))
            for r, st in zip(regions, states, strict=True):
                cited = problem_text(st.batch.cited.cite()) if st.batch else no_report
                aged = (
                    problem_text(
                        Problem("region.report_aged", reported=st.batch.opened_on.isoformat(), age=st.aged_months)
                    )
                    if st.batch and st.aged_months
                    else ""
                )
                item = QTreeWidgetItem(
                    top,
                    [
                        r.name,
                        r.code,
                        labels.get(st.status, unknown),
                        st.batch.opened_on.isoformat() if st.batch else "—",
                        cited,
                    ],
                )
                item.setData(0, RegionRole, r.code)
                if aged:
                    item.setToolTip(2, tip(aged))
                    item.setToolTip(3, tip(aged))
                details = [aged, st.batch.cited.address if st.batch else "", st.batch.note if st.batch else "", r.note]
                item.setToolTip(4, tip("\n".join(t for t in details if t)))
            top.setExpanded(False)
        self.tree.setUpdatesEnabled(True)
        self.fit_names()

    def show_national(self) -> None:
        """全国：截至 2026-01-09 共 337 个统筹区开通跨省共济（来源）; every snapshot in the tooltip."""
        try:
            latest, every = region_service.national(self.desk), region_service.snapshots(self.desk)
        except ServiceError as exc:  # a damaged resources/regions.json: say so, the list still works
            self.national.setText(error_text(exc))
            return
        self.national.setText(problem_text(latest.line()) if latest else "")
        self.national.setToolTip(tip("\n".join(problem_text(s.line()) for s in every)))
        self.national.setVisible(latest is not None)

    def fit_names(self) -> None:
        """The name column as wide as the longest name, collapsed or not, in the current font
        (长辈模式 too): no 统筹区 name is cut to 克孜勒苏….."""
        metrics = self.tree.fontMetrics()
        widest = max(
            (
                metrics.horizontalAdvance(self.tree.topLevelItem(i).child(j).text(0))
                for i in range(self.tree.topLevelItemCount())
                for j in range(self.tree.topLevelItem(i).childCount())
            ),
            default=0,
        )
        self.tree.setColumnWidth(0, widest + 2 * self.tree.indentation() + metrics.averageCharWidth() * 2)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.FontChange and self._tree_filled:
            self.fit_names()
        super().changeEvent(event)

    def filter(self, text: str) -> None:
        """By name, province, pinyin initials (css finds 长沙市) or code prefix."""
        if not self._tree_filled:
            return  # filtered when it is built
        text = text.strip()
        hits = {r.code for r in self.desk.catalogue.search(text)} if text else set()
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            visible_children = 0
            for j in range(top.childCount()):
                child = top.child(j)
                hit = not text or child.data(0, RegionRole) in hits
                child.setHidden(not hit)
                visible_children += hit
            top.setHidden(visible_children == 0)
            top.setExpanded(bool(text) and visible_children <= 40)

    def show_province(self, province: str) -> None:
        """A tile chosen (click or Enter) lists that province's regions."""
        self.search.setText(province)
        self.views.setCurrentIndex(0)

    def import_update(self) -> None:
        path = dialogs.open_path(
            self,
            self.tr("Import a policy update"),
            self.tr("Region lists, relationship policies or policy packs (*.json *.csv *.sbpack)"),
        )
        if not path:
            return
        pack = path.lower().endswith(".sbpack")
        try:
            result = policy_pack.install(self.desk, path) if pack else policy_import.import_file(self.desk, path)
        except ServiceError as exc:
            dialogs.inform(
                self,
                self.tr("Nothing was changed"),
                self.tr("The file has problems; fix them and import it again:") + "\n" + error_text(exc),
                error=True,
            )
            return
        except Exception as exc:  # noqa: BLE001 - a locked or damaged database: a sentence, not a traceback
            dialogs.inform(self, self.tr("Nothing was changed"), error_text(exc), error=True)
            return
        self.fill_tree()
        for box in (self.owner_region, self.member_region):
            box.reload()
        self.filter(self.search.text())
        self.check()
        self.changed.emit(POLICY)
        if isinstance(result, Edition):
            text = self.tr("The policy data of edition {edition} ({publisher}) is installed and in use.").format(
                edition=result.edition.isoformat(), publisher=result.publisher
            )
        elif result.kind == "regions":
            text = self.tr("{added} regions added and {updated} updated.").format(
                added=result.added, updated=result.updated
            )
        else:
            text = self.tr("The relationship policy of {n} provinces was updated.").format(n=result.provinces)
        dialogs.inform(self, self.tr("Policy updated"), text)

    def _party(self, key_edit: QLineEdit, box: RegionPicker, role: str):
        key = key_edit.text().strip()
        if key:
            return people.find(self.desk, key)
        if box.code() is None:
            return None
        region = region_service.find(self.desk, box.code())
        return region_service.hypothetical(
            region, "employee" if role == "owner" else "resident", role, card="?", computer="?"
        )

    def check(self) -> None:
        self._stale = False
        try:
            owner = self._party(self.owner_person, self.owner_region, "owner")
            member = self._party(self.member_person, self.member_region, "member")
        except ServiceError as exc:
            self.result.show_decision(None, note=error_text(exc))
            return
        unknown = [
            box.currentText().strip()
            for box, edit in ((self.owner_region, self.owner_person), (self.member_region, self.member_person))
            if not edit.text().strip() and box.currentText().strip() and box.code() is None
        ]
        if unknown:
            self.result.show_decision(
                None,
                note=self.tr(
                    "No 统筹区 is called {name}: type its name, pinyin initials or code, then press Enter."
                ).format(name=unknown[0]),
            )
            return
        missing = [
            text
            for text, absent in (
                (self.tr("the owner's region or the owner"), owner is None),
                (self.tr("the member's region or the member"), member is None),
                (self.tr("the relationship"), self.relation.kind() is None),
            )
            if absent
        ]
        if missing:
            self.result.show_decision(None, note=self.tr("Choose {what}.").format(what=self.tr(", ").join(missing)))
            return
        decision = guarded(
            self, lambda: binding.evaluate(self.desk, owner, member, self.relation.currentData(), "wallet")
        )  # the carrier that works everywhere, across provinces too
        self.result.show_decision(decision)

    def retranslate(self) -> None:
        self.views.setTabText(0, self.tr("&List"))
        self.views.setTabText(1, self.tr("Province sche&matic"))
        self.import_button.setText(self.tr("&Import policy update…"))
        self.import_button.setAccessibleName(self.tr("Import policy update"))
        self.import_button.setToolTip(
            self.tr(
                "A later batch of regions or a relationship policy, as JSON or CSV, "
                "or a signed policy pack (.sbpack) with every rule file. "
                "The whole file is checked before anything changes."
            )
        )
        self.search.setPlaceholderText(self.tr("Search by name, pinyin initials (css) or code"))
        self.search.setAccessibleName(self.tr("Search regions"))
        self.tree.setHeaderLabels([
            self.tr("Province / region"),
            self.tr("Code"),
            self.tr("Across provinces"),
            self.tr("Reported on"),
            self.tr("Source"),
        ])
        self.tree.setAccessibleName(self.tr("Regions by province"))
        self.checker.setTitle(self.tr("May they share across regions?"))
        texts = [
            self.tr("Owner's region"),
            self.tr("or owner (ID / card)"),
            self.tr("Member's region"),
            self.tr("or member (ID / card)"),
            self.tr("Relationship"),
        ]
        for label, widget, text in zip(self.row_labels, self.rows, texts, strict=True):
            label.setText(text)
            widget.setAccessibleName(text)
        self.result.setAccessibleName(self.tr("Whether they may share, and why"))
        self.refresh_tree()
        self.check()
