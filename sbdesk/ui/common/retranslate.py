"""Widgets that rebuild their texts when the language changes at run time."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent

if TYPE_CHECKING:  # mixed into widgets only: let the type checker see the QWidget it extends
    from PySide6.QtWidgets import QWidget as _Widget
else:
    _Widget = object


class Retranslating(_Widget):
    """Mix-in: call ``retranslate()`` once after building and on every LanguageChange."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange and not self._retired():
            self.retranslate()
        super().changeEvent(event)

    def _retired(self) -> bool:
        """A window whose database was closed (it is going away) no longer follows the language."""
        desk = getattr(self.window(), "desk", None)
        return bool(desk is not None and desk.closed)

    def retranslate(self) -> None:
        raise NotImplementedError
