"""Wizard pages tell QWizard whether Next may be pressed through Qt's own ``isComplete``.

A page says what it needs in ``ready()`` and calls ``update_complete()`` when an answer
changes; QWizard then asks ``isComplete`` again and enables or disables Next itself, so no
page toggles the button by hand.
"""
from __future__ import annotations

from PySide6.QtWidgets import QWizardPage


class Completion:
    def ready(self) -> bool:
        raise NotImplementedError

    def isComplete(self: QWizardPage) -> bool:  # noqa: N802 (Qt's name)
        return QWizardPage.isComplete(self) and bool(self.ready())

    def update_complete(self: QWizardPage, *_) -> None:
        self.completeChanged.emit()
