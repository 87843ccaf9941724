"""Telling QWizard whether a page is complete without overriding ``isComplete``.

In PySide6 6.12 a Python ``isComplete`` loses one reference to ``True`` on every call and
the interpreter aborts at exit after a few thousand calls. Pages instead keep a hidden
check box registered as a mandatory field: QWizard's own ``isComplete`` then asks for it
to be ticked, and ticking it re-evaluates the Next button.
"""
from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QWizardPage


class Completion:
    def init_completion(self: QWizardPage, name: str) -> None:
        self._complete_flag = QCheckBox(self)
        self._complete_flag.setObjectName(f"{name}Complete")
        self._complete_flag.setAccessibleName(name)
        self._complete_flag.hide()
        self.registerField(f"{name}Complete*", self._complete_flag)

    def ready(self) -> bool:
        raise NotImplementedError

    def update_complete(self, *_) -> None:
        if self.wizard() is None:  # Qt records a field's starting value when the page is added
            return
        self._complete_flag.setChecked(bool(self.ready()))
