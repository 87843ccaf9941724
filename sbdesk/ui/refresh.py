"""Which part of the window a write touched, reloaded once (services/changes.py says what).

A tab that wrote has reloaded its own part; it emits ``changed(Changes)`` and the window
routes the change to the others here. Tabs not built yet read everything when first shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from ..services.changes import Changes

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from .channels.tab import ChannelsTab
    from .home_bar import HomeBar
    from .members.tab import MembersTab
    from .regions.tab import RegionsTab


class Window(Protocol):
    """The parts of the main window a change reaches (the two later tabs once built)."""

    members: MembersTab
    home_bar: HomeBar
    _channels: ChannelsTab | None
    _regions: RegionsTab | None

    def update_status(self) -> None: ...


def route(window: Window, changes: Changes, origin: QWidget | None = None) -> None:
    """Send ``changes`` to every part but ``origin``; the status bar counts people and says
    who works and which policy edition is in use."""
    if origin is not window.members:
        window.members.apply(changes)
    if origin is not window.home_bar:
        window.home_bar.apply(changes)
    if window._channels is not None and origin is not window._channels:
        window._channels.apply(changes)
    if window._regions is not None and origin is not window._regions:
        window._regions.apply(changes)
    if changes.people or changes.policy or changes.catalogue or changes.operator:
        window.update_status()


def everything(window: Window) -> None:
    """Refresh (F5): every part reads again now, as a write elsewhere (another desk) may
    have changed anything."""
    current = window.members.current_person()
    window.members.run_search()
    if current:
        window.members.select_person(current.id)
    if window._channels is not None:
        window._channels.refresh()
    if window._regions is not None:
        window._regions.check()
    window.home_bar.reload()
    window.update_status()
