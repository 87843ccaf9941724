"""When the members search runs after an edit of the search box: at once, unless keys are
arriving faster than a person types (a card reader, a barcode scanner, a held key).

A fixed wait after every key is what a clerk felt most: the search itself takes 5–11 ms even
at a million people and runs synchronously, so a key typed at a person's pace finds the
previous search finished and gains nothing by waiting. Only a burst of keys a few ms apart
would run a stale search per key; there the search waits about as long as the burst's own
interval (so the next key of the burst comes first), bounded. A card reader's closing Enter
searches at once (the tab's returnPressed), so a swipe never waits for the bound.

Pure: fed with the time of each edit, so it is tested without a clock or Qt.
"""

from __future__ import annotations

from collections import deque

BURST_GAP_MS = 20.0  # keys closer than this are not a person typing key by key (a reader sends 1–16 ms apart)
LONGEST_MS = 60.0  # the most a key of a burst waits for the next one


class Debounce:
    """Says how long to wait before searching; 0 means search now."""

    def __init__(self, burst_gap_ms: float = BURST_GAP_MS, longest_ms: float = LONGEST_MS) -> None:
        self.burst_gap_ms = burst_gap_ms
        self.longest_ms = longest_ms
        self._last: float | None = None
        self._gaps: deque[float] = deque(maxlen=3)  # the current burst's recent gaps

    def wait_ms(self, now_ms: float, keys: int) -> float:
        """The wait after an edit at ``now_ms`` that typed or removed ``keys`` characters
        (1 for a key; more for a paste, an input-method commit, a cleared box)."""
        gap = None if self._last is None else now_ms - self._last
        self._last = now_ms
        if keys != 1 or gap is None or gap >= self.burst_gap_ms:  # a whole text at once, or a key after a pause
            self._gaps.clear()
            return 0.0
        self._gaps.append(gap)
        return min(self.longest_ms, 2 * max(self._gaps, default=0.0))
