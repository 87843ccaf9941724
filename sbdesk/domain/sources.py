"""Where a report comes from, in words a clerk can judge: publisher, kind, date and title.

An address alone (``https://reportify.cn/news/…``) says nothing about who said it; an
aggregator's address for 22 regions read like an official notice. A source carries its
publisher, its kind (official / state media / other), the date and title it was published
under, and how far it is to be trusted (confirmed / secondary / low); the address stays for
details. Older files name only addresses: the publisher is then the address's host and the
kind "other". When several sources say the same, the official one is cited first.

National snapshots ("截至 2026-01-09 共 337 个统筹区") are dated data with their source too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import urlsplit

from .messages import QT_TRANSLATE_NOOP, Problem, Term

OFFICIAL, STATE_MEDIA, OTHER = "official", "state_media", "other"
KINDS = (OFFICIAL, STATE_MEDIA, OTHER)
CONFIRMED, SECONDARY, LOW = "confirmed", "secondary", "low"
CREDIBILITY = (CONFIRMED, SECONDARY, LOW, "")  # "": not stated (an older file)

KIND_TERMS = {
    OFFICIAL: QT_TRANSLATE_NOOP("sources", "official"),
    STATE_MEDIA: QT_TRANSLATE_NOOP("sources", "state media"),
    OTHER: QT_TRANSLATE_NOOP("sources", "other"),
}
UNDATED = QT_TRANSLATE_NOOP("sources", "undated")


class SourceError(ValueError):
    """A source field that is not one of the known values; the caller names the place."""


@dataclass(frozen=True)
class Source:
    address: str
    publisher: str = ""
    kind: str = OTHER
    title: str = ""
    published: date | None = None
    credibility: str = ""

    @property
    def rank(self) -> tuple[int, int]:
        """Lower is cited first: official before state media before other, then the better-trusted."""
        return KINDS.index(self.kind), CREDIBILITY.index(self.credibility) if self.credibility != "" else 1

    @property
    def who(self) -> str:
        return self.publisher or host(self.address) or self.address

    def cite(self) -> Problem:
        """The source as a message: 人民日报（其他，2026-01-10）《…》, marked if secondary or low."""
        when = self.published.isoformat() if self.published else Term("sources", UNDATED)
        kind = Term("sources", KIND_TERMS[self.kind])
        base = (
            Problem("source.cite", publisher=self.who, kind=kind, date=when, title=self.title)
            if self.title
            else Problem("source.cite_untitled", publisher=self.who, kind=kind, date=when)
        )
        if self.credibility == SECONDARY:
            return Problem("source.secondary", source=base)
        if self.credibility == LOW:
            return Problem("source.low", source=base)
        return base

    def as_dict(self) -> dict[str, Any]:
        return {
            "address": self.address,
            "publisher": self.publisher,
            "kind": self.kind,
            "title": self.title,
            "published": self.published.isoformat() if self.published else "",
            "credibility": self.credibility,
        }


def host(address: str) -> str:
    """reportify.cn for https://reportify.cn/news/…; "" for what is not an address."""
    try:
        return (urlsplit(address.strip()).hostname or "").removeprefix("www.")
    except ValueError:
        return ""


def addresses(text: str) -> list[str]:
    """The addresses of a ``source`` field, several joined by " ; "."""
    return [a.strip() for a in (text or "").split(" ; ") if a.strip()]


def derived(text: str) -> tuple[Source, ...]:
    """Sources for an older file that names only addresses: publisher from the host, kind other."""
    return tuple(Source(a) for a in addresses(text))


def best(sources: tuple[Source, ...]) -> Source | None:
    """The source to cite first: official before state media before other (then file order)."""
    return min(sources, key=lambda s: s.rank) if sources else None


def parse_source(raw: Any, fallback_date: date | None = None) -> Source:
    """One source from a file (a dict, or a bare address); unknown kinds are refused."""
    if isinstance(raw, str):
        return Source(raw.strip(), published=None)
    if not isinstance(raw, dict) or not str(raw.get("address", "")).strip():
        raise SourceError("a source needs an address")
    kind = str(raw.get("kind") or OTHER).strip()
    credibility = str(raw.get("credibility") or "").strip()
    if kind not in KINDS:
        raise SourceError(f"kind {kind!r} is not one of {', '.join(KINDS)}")
    if credibility not in CREDIBILITY:
        raise SourceError(f"credibility {credibility!r} is not one of {', '.join(CREDIBILITY[:-1])}")
    published = str(raw.get("published") or "").strip()
    try:
        day = date.fromisoformat(published) if published else fallback_date
    except ValueError:
        raise SourceError(f"published {published!r} is not a YYYY-MM-DD date") from None
    return Source(
        str(raw["address"]).strip(),
        str(raw.get("publisher") or "").strip(),
        kind,
        str(raw.get("title") or "").strip(),
        day,
        credibility,
    )


@dataclass(frozen=True)
class Snapshot:
    """A national figure as reported: by ``as_of``, so many 统筹区 in so many provinces."""

    as_of: date
    source: Source
    regions: int | None = None
    provinces: str = ""
    province_wide: str = ""
    note: str = ""

    def line(self) -> Problem:
        """全国：截至 2026-01-09 共 337 个统筹区开通跨省共济（来源）."""
        if self.regions is None:
            return Problem("snapshot.no_count", day=self.as_of.isoformat(), note=self.note, source=self.source.cite())
        return Problem("snapshot.count", day=self.as_of.isoformat(), regions=self.regions, source=self.source.cite())


def latest_snapshot(snapshots: tuple[Snapshot, ...], day: date) -> Snapshot | None:
    """The latest counted snapshot on or before the day that is not of low credibility."""
    usable = [s for s in snapshots if s.as_of <= day and s.regions is not None and s.source.credibility != LOW]
    return max(usable, key=lambda s: (s.as_of, s.source.rank[0] * -1)) if usable else None


def parse_snapshots(data: Any) -> tuple[Snapshot, ...]:
    if not isinstance(data, dict):
        return ()
    raw_list = data.get("snapshots", [])
    if not isinstance(raw_list, list):
        raise SourceError("snapshots: a list")
    out = []
    for i, raw in enumerate(raw_list, start=1):
        try:
            as_of = date.fromisoformat(str(raw["as_of"]))
            regions = raw.get("regions")
            out.append(
                Snapshot(
                    as_of,
                    parse_source(raw["source"]),
                    int(regions) if regions not in (None, "") else None,
                    str(raw.get("provinces", "")),
                    str(raw.get("province_wide", "")),
                    str(raw.get("note", "")),
                )
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise SourceError(f"snapshots[{i}]: {exc}") from None
    return tuple(sorted(out, key=lambda s: s.as_of))
