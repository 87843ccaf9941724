"""Typed failures of use cases. Each carries domain Problems, never a formatted sentence,
so the CLI and the UI translate them the same way."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..domain.messages import Problem
from ..store.db import NoDatabase, StoreError, translate_error  # re-exported for the edges

if TYPE_CHECKING:  # the rules behind a decision are loaded when one is made, not by every error
    from ..domain.eligibility import Decision

__all__ = ["ServiceError", "InputError", "NotFound", "Refused", "StoreError", "NoDatabase", "translate_error"]


class ServiceError(Exception):
    def __init__(self, problems: list[tuple[str, Problem]]) -> None:
        super().__init__("; ".join(p.render() for _, p in problems))
        self.problems = problems  # (field name or "", problem)

    def messages(self, translate=lambda c, t: t) -> list[str]:
        return [p.render(translate) for _, p in self.problems]


class InputError(ServiceError):
    """Something typed is wrong; nothing was written."""


class NotFound(ServiceError):
    """The person or binding asked for is not on record."""


class Refused(ServiceError):
    """The rules do not allow it; ``decision`` holds every check."""

    def __init__(self, decision: Decision) -> None:
        super().__init__([("", p) for p in decision.failures + decision.unknowns + decision.requirements])
        self.decision = decision
