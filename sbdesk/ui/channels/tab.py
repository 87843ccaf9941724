"""绑定渠道: one page per channel, and the bindings made through it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QListWidget, QScrollArea, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from ...services import channels
from ...services.changes import BINDING, Changes
from ...services.desk import Desk
from ..common.retranslate import Retranslating
from ..common.texts import channel_label, translate
from ..common.wrapping import wrap_items
from .bindings_panel import BindingsPanel
from .page import ChannelPage


class ChannelsTab(Retranslating, QWidget):
    changed = Signal(object)  # Changes: what a binding, an unbinding or a fixed record changed

    def __init__(self, desk: Desk, language, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("channelsTab")
        self.list = QListWidget(self)
        self.list.setObjectName("channelList")
        self.stack = QStackedWidget(self)
        self.pages = {}
        for channel in channels.catalogue():
            page = ChannelPage(desk, language, channel, self)
            page.bound.connect(lambda b, page=page: self._bound(b, page))
            page.person_edited.connect(lambda changes, page=page: self._wrote(changes, page))
            self.pages[channel] = page
            self.stack.addWidget(page)
            self.list.addItem("")
        self.panel = BindingsPanel(desk, self)
        self.panel.changed.connect(lambda changes: self._wrote(changes, self.panel))
        self.panel.ended.connect(self._ended)
        self.list.currentRowChanged.connect(self._show)
        wrap_items(self.list)  # a long channel name wraps instead of being cut off
        self._fit_list()
        # the page scrolls rather than squeezing its steps: English glosses or 长辈模式 on a
        # small screen need more lines than the splitter leaves it, and the last were cut off
        self.page_area = QScrollArea(self)
        self.page_area.setObjectName("channelPageArea")
        self.page_area.setWidgetResizable(True)
        self.page_area.setFrameShape(QFrame.Shape.NoFrame)
        self.page_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # text wraps instead
        self.page_area.setWidget(self.stack)
        self.page_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields; a field shown scrolls to it
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(self.page_area)
        right.addWidget(self.panel)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.list)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.retranslate()
        self.list.setCurrentRow(0)

    def retranslate(self) -> None:
        for i, channel in enumerate(channels.keys()):
            self.list.item(i).setText(channel_label(channel))
            # the whole name and the channel's full title, wherever the list is narrow
            self.list.item(i).setToolTip(
                f"{channel_label(channel)}\n{channels.get(channel).title.pick(translate.lang)}"
            )
        self.list.setAccessibleName(self.tr("Binding channels"))
        self._fit_list()

    def _fit_list(self) -> None:
        """As wide as the longest name, up to 16 lines' height (then it wraps): grows with 长辈模式."""
        metrics = self.list.fontMetrics()
        longest = max(
            (metrics.horizontalAdvance(self.list.item(i).text()) for i in range(self.list.count())), default=0
        )
        extra = 2 * self.list.frameWidth() + 4 * metrics.averageCharWidth()
        self.list.setMaximumWidth(min(longest, 16 * metrics.height()) + extra)
        self.list.setMinimumWidth(min(longest, 6 * metrics.height()) + extra)

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_list()

    def show_channel(self, channel: str) -> None:
        self.list.setCurrentRow(channels.keys().index(channel))

    def start_binding(self, person, place: str | None) -> ChannelPage:
        """From a person to a binding: the channel that suits the place (a counter's window,
        a home's 医保钱包 in the App; never the e-card 亲情服务, which shares nothing) with the
        person filled in, as the member when their insurance has no personal account to share
        (居民医保), else as the owner."""
        channel = "wallet" if place == "home" else "window"
        channel = channel if channel in self.pages else next(iter(self.pages))  # an office's own channel data
        self.show_channel(channel)
        page = self.pages[channel]
        page.prefill(person, "member" if person.insurance == "resident" else "owner")
        return page

    def _show(self, row: int) -> None:
        channel = channels.keys()[row]
        self.stack.setCurrentIndex(row)
        self.panel.set_channel(channel)

    def _ended(self, b) -> None:
        """The page's line says what happened last: an unbinding replaces an earlier "Bound"."""
        page = self.pages[b.channel]
        page.result.setText(
            self.tr("Ended binding #{id} ({owner} paid for {member}) on {day}: {reason}.").format(
                id=b.id, owner=b.owner_name, member=b.member_name, day=b.ended_on.isoformat(), reason=b.end_reason
            )
        )

    def _bound(self, b, page: ChannelPage) -> None:
        """The list below selects the binding just made, whatever it showed before."""
        self.panel.reload(keep=b.id)
        self.apply(BINDING, page, panel_done=True)
        self.changed.emit(BINDING)

    def _wrote(self, changes: Changes, done: QWidget) -> None:
        """A write made on this tab: the rest of the tab follows, then the window."""
        self.apply(changes, done)
        self.changed.emit(changes)

    def apply(self, changes: Changes, done: QWidget | None = None, panel_done: bool = False) -> None:
        """Reload what a write touched, once: the bindings list, and the decisions of the page
        on screen (the others when shown). ``done``: the page or panel that has reloaded itself."""
        panel_done = panel_done or done is self.panel
        if (changes.bindings or changes.people or changes.operator) and not panel_done:
            self.panel.reload()
        if changes.decisions() or changes.operator:
            for page in self.pages.values():
                if page is not done:
                    page.mark_stale()

    def refresh(self) -> None:
        """Everything, now (Refresh, F5)."""
        self.panel.reload()
        for page in self.pages.values():
            page.evaluate()
