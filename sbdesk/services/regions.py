"""Use cases about 统筹区: list them, find one, compare two."""
from __future__ import annotations

from datetime import date

from ..domain.models import Person, Region
from .desk import Desk
from .errors import InputError


def listing(desk: Desk, cross_province: bool = False, on: date | None = None) -> list[Region]:
    cat = desk.catalogue
    return cat.cross_province(on) if cross_province else list(cat.regions)


def find(desk: Desk, text: str, field: str = "region") -> Region:
    region, problem = desk.catalogue.find(text)
    if problem:
        raise InputError([(field, problem)])
    return region


def hypothetical(region: Region, insurance: str, role: str, birth=None, card=None, computer=None) -> Person:
    """A stand-in person for "what if" questions that name only regions."""
    return Person(None, f"<{role}>", role, region.code, insurance, card, computer, birth)
