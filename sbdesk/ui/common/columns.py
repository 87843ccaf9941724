"""A table's columns declared once (after vorta's archive_table_model.py): one tuple of
Column feeds a model's data, its headers, its column count, the order a header click asks
the database for and the widths, so adding or moving a column is one line."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication


@dataclass(frozen=True)
class Column:
    context: str  # the model's translation context (its class name)
    header: str  # source text, marked with QT_TRANSLATE_NOOP(context, …) where declared
    text: Callable[..., str]  # the cell's text from the row (and whatever the model passes)
    order: str = ""  # what a header click orders by (the store's ORDERS key); "" not sortable
    widest: Callable[[], Sequence[str]] = field(default=lambda: ())  # texts to size the column by

    def title(self) -> str:
        return QCoreApplication.translate(self.context, self.header)


def headers(columns: Sequence[Column]) -> list[str]:
    return [c.title() for c in columns]


LEAST_PADDING = 12  # room beside a cell's text that Qt's margins and a header's sort mark still leave


def size_to_widest(view: Any, columns: Sequence[Column], padding: int = 24, room: int | None = None) -> int:
    """Widths from the font and the longest thing each column holds (and its header), not
    from reading rows: Qt's resize-to-contents asks a million-row model for hundreds of cells.
    Given the ``room`` the view has, the padding shrinks (to LEAST_PADDING) before a column goes
    past the right edge. Returns the columns' whole width."""
    metrics = view.fontMetrics()
    header = view.horizontalHeader()
    widths = [max(metrics.horizontalAdvance(t) for t in [*c.widest(), c.title()]) for c in columns]
    if room is not None and sum(widths) + padding * len(widths) > room:
        padding = max(LEAST_PADDING, min(padding, (room - sum(widths)) // len(widths)))
    for i, width in enumerate(widths):
        header.resizeSection(i, width + padding)
    return sum(widths) + padding * len(widths)
