"""Wizard pages tell QWizard whether Next may be pressed through Qt's own ``isComplete``.

A page says what it needs in ``ready()`` and calls ``update_complete()`` when an answer
changes; QWizard then asks ``isComplete`` again and enables or disables Next itself, so no
page toggles the button by hand.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtWidgets import QWizardPage

from .host import WizardHost

if TYPE_CHECKING:  # mixed into wizard pages only: let the type checker see the page it extends
    _Page = QWizardPage
else:
    _Page = object


class Completion(_Page):
    def ready(self) -> bool:
        raise NotImplementedError

    def wizard(self) -> WizardHost | None:
        """The wizard holding this page, with the state its pages share (owner, files)."""
        return cast("WizardHost | None", QWizardPage.wizard(self))  # every page is added to one

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        return QWizardPage.isComplete(self) and bool(self.ready())

    def update_complete(self, *_) -> None:
        self.completeChanged.emit()
