"""Frozen records passed between the layers. No behaviour beyond what the fields imply."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

INSURANCE = ("employee", "resident", "none")  # 职工医保, 城乡居民医保, not insured
ACCOUNT_STATES = ("active", "inactive", "unknown")  # a card's 社保账户 / 金融账户
RETIRE_AT = ("statutory", "earliest", "latest")  # when a pension projection assumes one retires


@dataclass(frozen=True)
class Region:
    """A 统筹区 (insurance pooling region) and, if it has, its cross-province opening."""

    code: str
    name: str
    province: str
    level: str = "city"
    batch: str | None = None  # the region's own earliest report (see regions.Batch)
    opened_on: date | None = None  # that report's date; province-wide reports live in the catalogue
    initials: str = ""  # pinyin initials, computed by resources/regions/build.py
    source: str = ""  # for entries added on top of GB/T 2260 (省本级, 新区 …)
    note: str = ""

    @property
    def label(self) -> str:
        """The name with its province where the name alone does not say it (云阳县 → 重庆市云阳县)."""
        return self.name if self.name.startswith(self.province) else self.province + self.name


@dataclass(frozen=True)
class Person:
    id: int | None
    id_number: str
    name: str
    region_code: str
    insurance: str = "employee"
    card_number: str | None = None
    computer_number: str | None = None
    birth_date: date | None = None
    sex: str | None = None
    ss_account: str = "unknown"  # 社保账户: must be activated before the card is used
    financial_account: str = "unknown"  # 金融账户: activation optional


@dataclass(frozen=True)
class DamagedPerson(Person):
    """A listed person whose stored row cannot be read (edited with another tool, or
    damaged): it keeps its place in a list, named by row id and ``damaged`` column, and
    nothing else about it is known. Never written back: every write reads the row again."""

    damaged: str = ""

    @classmethod
    def of(cls, person_id: int, column: str) -> DamagedPerson:
        person = object.__new__(cls)
        person.__dict__.update(
            id=person_id,
            id_number="",
            name="",
            region_code="",
            insurance="",
            card_number=None,
            computer_number=None,
            birth_date=None,
            sex=None,
            ss_account="unknown",
            financial_account="unknown",
            damaged=column,
        )
        return person


@dataclass(frozen=True)
class Binding:
    """Owner (共济人) shares their personal account with member (被共济人) via a channel."""

    id: int | None
    owner_id: int
    member_id: int
    relation: str  # the member is the owner's <relation>
    channel: str
    status: str  # active / ended
    bound_on: date
    ended_on: date | None = None
    operator: str = ""
    owner_name: str = ""
    member_name: str = ""
    end_reason: str = ""
