"""What the wizard's pages may use of the wizard that holds them.

A base class of QinqingWizard, so the pages name the shared state (owner, files, the place)
without importing wizard.py, which imports every page to build itself: the pages stay below
the wizard."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWizard

from ...domain.messages import Problem
from ...domain.qinqing import Application


class WizardHost(QWizard):
    """The state the pages share; QinqingWizard (wizard.py) fills it in."""

    place: str  # "counter" or "home"
    files: dict  # slot -> the attachment kept for it
    stored: dict[str, str]  # slot -> SHA-256 of a file read back from the record (a resumed application)
    app_id: int | None
    face_note: Problem | None
    submitted: Application | None
    member_page: Any

    @property
    def at_home(self) -> bool:
        return self.place == "home"

    def owner(self) -> Any:
        raise NotImplementedError

    def application(self, **changes) -> Application:
        raise NotImplementedError
