"""Which people the members list shows for what is typed and the order chosen: one choice for
a keystroke's search (members/tab.py) and for a list read again after another desk wrote
(ui/live.py), so the two never list differently."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from ...services import people

if TYPE_CHECKING:
    from ...services.desk import Desk

PAGE = 1000  # ids paged in at a time when nothing is typed (the first page is what the start waits for)
MATCHES_PAGE = 1000  # a search's matches paged in at a time (the first page is what a keystroke waits for)
MATCHES_SHOWN = 50_000  # a search in an order it cannot page through shows this many, then asks for more letters


class Tab(Protocol):
    """What of the members tab the choice uses: its desk and how it pages in more."""

    desk: Desk
    _paged: tuple[str, bool] | None

    def _search_down(self, text: str, order: str, descending: bool) -> Callable[[int], list[int]]: ...
    def _page_down(self) -> Callable[[int], list[int]]: ...


def listed(
    tab: Tab,
    text: str,
    order: str,
    descending: bool,
    size: int | None = None,
    read: Callable[[Callable[[], Any]], Any] = lambda fn: fn(),
) -> tuple[list[int], Callable[[int], list[int]] | None, bool] | None:
    """(ids, how to page in more, whether a search was cut at MATCHES_SHOWN), or None when
    ``read`` (the tab's guard) reported a failure. A search the order can page through gives
    its first page; another order its first matches; nothing typed, everyone's first page.
    ``size``: rows wanted (default a page); sets ``tab._paged`` for everyone listed."""
    more = None
    if text and order in people.PAGED_SEARCH:  # the first page; the rest as the table scrolls
        wanted = size or MATCHES_PAGE
        ids = read(lambda: people.search_page(tab.desk, text, 0, wanted, order, descending))
        if ids is not None and len(ids) >= wanted:
            more = tab._search_down(text, order, descending)
    elif text:  # an order a search cannot page through: the first matches
        ids = read(lambda: people.find_ids(tab.desk, text, MATCHES_SHOWN + 1, order, descending))
    else:
        wanted = size or PAGE
        ids = read(lambda: people.id_page(tab.desk, 0, wanted, order, descending))
    if ids is None:
        return None
    capped = more is None and bool(text) and len(ids) > MATCHES_SHOWN
    if capped:  # a header click ordered a search by a column it cannot page in: the first
        ids = ids[:MATCHES_SHOWN]
    tab._paged = (order, descending) if not text and len(ids) >= (size or PAGE) else None
    return ids, tab._page_down() if tab._paged else more, capped
