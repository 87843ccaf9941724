"""Which 统筹区 an ID number suggests: the first 6 digits name where it was issued (GB/T 2260).

Only a suggestion — people move, and the region is where they are insured now — so the
person dialog, the 亲情服务 wizard and imports pre-select it and the user may change it.
"""

from __future__ import annotations

from dataclasses import dataclass

from .idnumber import KIND_FIRST_DIGIT
from .models import Region
from .regions import Catalogue, SplitCode

#: How the suggestion was found, most to least certain.
EXACT, COUNTY, RETIRED, PREFECTURE = "exact", "county", "retired", "prefecture"


@dataclass(frozen=True)
class Suggestion:
    region: Region
    basis: str  # exact / county / retired / prefecture
    code: str  # the digits it came from


def suggest(id_number: str, catalogue: Catalogue) -> Suggestion | None:
    """The region for the number's division code: the code itself, its county's region,
    a retired code's successor, else the prefecture of its first 4 digits; None if unknown,
    for a code split between several regions (see ``split``) and for a number whose first
    digit marks a kind with no division code (the 外国人永久居留身份证's 9)."""
    digits = (id_number or "").strip()[:6]
    if len(digits) < 4 or not digits[:4].isdigit() or digits[0] in KIND_FIRST_DIGIT:
        return None
    code6 = digits if len(digits) == 6 and digits.isdigit() else ""
    steps = (
        (EXACT, code6, code6),
        (COUNTY, code6, catalogue.prefixes.get(code6)),
        (RETIRED, code6, catalogue.retired.get(code6)),
        (PREFECTURE, digits[:4], digits[:4] + "00"),
        (RETIRED, digits[:4], catalogue.retired.get(digits[:4] + "00")),
    )
    for basis, source, target in steps:
        if basis in (RETIRED, PREFECTURE) and (source + "00")[:6] in catalogue.split:
            return None  # split between several regions: none of them is a safe guess
        region = catalogue.get(target) if source and target else None
        if region is not None:
            return Suggestion(region, basis, source)
    return None


def split(id_number: str, catalogue: Catalogue) -> SplitCode | None:
    """The split division code the number comes from when that is why nothing is suggested."""
    digits = (id_number or "").strip()[:6]
    if len(digits) < 4 or not digits[:4].isdigit() or suggest(id_number, catalogue) is not None:
        return None
    return catalogue.split.get(digits) or catalogue.split.get(digits[:4] + "00")
