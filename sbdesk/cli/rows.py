"""The CLI's side of rows the database cannot give back (store/rows.py): a listing marks
them and goes on; afterwards one translated line names the first, and the exit code is 3."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from ..domain.messages import QT_TRANSLATE_NOOP, Problem
from ..domain.models import DamagedPerson, Person
from ..store.rows import DamagedRow

if TYPE_CHECKING:
    from ..store.db import StoreError

__all__ = ["DamagedPerson", "damaged_line", "listed", "named", "noted", "noting"]


def noting(found: Iterable[Person], damaged: list[DamagedPerson]) -> Iterator[Person]:
    """The people of a listing as they stream, keeping aside the rows that cannot be read."""
    for p in found:
        if isinstance(p, DamagedPerson):
            damaged.append(p)
        yield p


def noted(found: list[Person]) -> list[DamagedPerson]:
    return [p for p in found if isinstance(p, DamagedPerson)]


def damaged_line(p: DamagedPerson, tx=None) -> str:
    """A damaged row's place in a listing: its row id and column, nothing guessed."""
    mark = QT_TRANSLATE_NOOP("cli", "damaged row ({column}): run sbdesk check")
    return f"#{p.id}  ! " + (tx("cli", mark) if tx else mark).format(column=p.damaged)


def named(errors: Sequence[StoreError], tx) -> int:
    """One line on stderr for the first damaged row a command went past: exit code 3 (0: none)."""
    if not errors:
        return 0
    print(Problem(errors[0].code, **errors[0].params).render(tx), file=sys.stderr)
    return 3


def listed(damaged: list[DamagedPerson], tx) -> int:
    """After a listing that marked damaged rows: the first one named, exit code 3."""
    return named([DamagedRow("people", p.id, p.damaged) for p in damaged[:1]], tx)
