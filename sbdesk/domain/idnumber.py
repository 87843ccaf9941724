"""公民身份号码 (GB 11643-1999): normalise, check, and read what the number says.

The 社会保障号码 is normally this number, so every person in sbdesk is keyed by it.
Functions return values with reasons instead of raising, so the CLI and the UI can
show every problem next to the field that caused it.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date

from .messages import QT_TRANSLATE_NOOP, Problem

WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CHECK_MAP = "10X98765432"

# First two digits (GB/T 2260 province-level codes; 71 台湾, 81 香港, 82 澳门;
# 83 is used on 台湾居民居住证).
PROVINCES = {
    "11": "北京市",
    "12": "天津市",
    "13": "河北省",
    "14": "山西省",
    "15": "内蒙古自治区",
    "21": "辽宁省",
    "22": "吉林省",
    "23": "黑龙江省",
    "31": "上海市",
    "32": "江苏省",
    "33": "浙江省",
    "34": "安徽省",
    "35": "福建省",
    "36": "江西省",
    "37": "山东省",
    "41": "河南省",
    "42": "湖北省",
    "43": "湖南省",
    "44": "广东省",
    "45": "广西壮族自治区",
    "46": "海南省",
    "50": "重庆市",
    "51": "四川省",
    "52": "贵州省",
    "53": "云南省",
    "54": "西藏自治区",
    "61": "陕西省",
    "62": "甘肃省",
    "63": "青海省",
    "64": "宁夏回族自治区",
    "65": "新疆维吾尔自治区",
    "71": "台湾省",
    "81": "香港特别行政区",
    "82": "澳门特别行政区",
    "83": "台湾省",
}

# The kinds of 18-character number sbdesk accepts. The 2023 外国人永久居留身份证 (国家移民管理局,
# issued from 2023-12-01) has the same length and GB 11643 check character, first digit 9; how
# its digits 2–17 are laid out is not confirmed (../shared/domain.md), so nothing else is read
# from it: no region, no birth date, no sex.
RESIDENT, FOREIGN_PERMANENT = "resident", "foreign_permanent"
KIND_FIRST_DIGIT = {"9": FOREIGN_PERMANENT}
KIND_LABELS = {
    RESIDENT: QT_TRANSLATE_NOOP("idnumber", "citizen ID number"),
    FOREIGN_PERMANENT: QT_TRANSLATE_NOOP("idnumber", "foreign permanent resident ID"),
}
KIND_SOURCES = {FOREIGN_PERMANENT: "国家移民管理局 2023（新版外国人永久居留身份证）"}
NOT_READ = QT_TRANSLATE_NOOP(
    "idnumber", "the layout of digits 2 to 17 is not confirmed, so no region, birth date or sex is read from it"
)


@dataclass(frozen=True)
class IdInfo:
    """What a checked number says. ``problems`` is empty when the number is valid; ``kind``
    is ``resident`` (公民身份号码) or ``foreign_permanent`` (外国人永久居留身份证)."""

    text: str
    problems: tuple[Problem, ...] = ()
    birth_date: date | None = None
    sex: str | None = None  # "male" / "female"
    division: str | None = None
    province: str | None = None
    kind: str = RESIDENT

    @property
    def foreign(self) -> bool:
        return self.kind == FOREIGN_PERMANENT

    @property
    def valid(self) -> bool:
        return not self.problems

    def age_on(self, day: date) -> int | None:
        return age_on(self.birth_date, day) if self.birth_date else None


DIGITS = frozenset("0123456789")

#: The earliest birth date accepted. GB 11643 itself reaches back into the 1800s: its worked
#: example 440524188001010014 is born in 1880, and the 15→18 upgrade gives sequence numbers
#: 996–999 (centenarians when the 15-digit numbers were issued) the century "18". A year
#: before 1800 can only be a typing error (0980 for 1980), so it is refused.
EARLIEST_BIRTH = date(1800, 1, 1)
CENTENARIAN_SEQUENCES = frozenset({"996", "997", "998", "999"})


def _digits(text: str) -> bool:
    """ASCII digits only: str.isdigit() also accepts ፩ or ١, which int() or a GB 11643 reader would not."""
    return bool(text) and all(ch in DIGITS for ch in text)


def normalise(raw: str) -> str:
    """Full-width digits and a lower-case x are what people and card readers type."""
    text = unicodedata.normalize("NFKC", raw or "")
    return "".join(text.split()).upper()


def check_char(first17: str) -> str:
    """ISO 7064 MOD 11-2 check character for the first 17 digits."""
    total = sum(int(d) * w for d, w in zip(first17, WEIGHTS, strict=True))
    return CHECK_MAP[total % 11]


def age_on(birth: date, day: date) -> int:
    """Whole years completed on ``day`` (a 29 February birthday ages on 1 March)."""
    years = day.year - birth.year
    if (day.month, day.day) < (birth.month, birth.day):
        years -= 1
    return years


def parse(raw: str, today: date | None = None) -> IdInfo:
    """Check an 18-character number; a 15-digit legacy number is upgraded first."""
    text = normalise(raw)
    legacy = len(text) == 15 and _digits(text)
    if legacy and text[0] in KIND_FIRST_DIGIT:  # the 15-digit numbers were 公民身份号码 only
        return IdInfo(text, (Problem("id.province", code=text[:2]),))
    if legacy:
        text = upgrade15(text)
    if len(text) != 18:
        return IdInfo(text, (Problem("id.length", length=len(text)),))
    if not _digits(text[:17]) or not (text[17] in DIGITS or text[17] == "X"):
        return IdInfo(text, (Problem("id.characters"),))
    kind = KIND_FIRST_DIGIT.get(text[0])
    if kind is not None:  # only the check character is known to mean the same
        expected = check_char(text[:17])
        wrong = (Problem("id.check_digit", expected=expected, actual=text[17]),) if text[17] != expected else ()
        return IdInfo(text, wrong, kind=kind)

    problems: list[Problem] = []
    province = PROVINCES.get(text[:2])
    if province is None:
        problems.append(Problem("id.province", code=text[:2]))
    birth = _birth_date(text[6:14])
    if birth is None:
        problems.append(Problem("id.birth_date", value=text[6:14]))
    elif birth > (today or date.today()):
        problems.append(Problem("id.birth_future", value=birth.isoformat()))
    elif birth < EARLIEST_BIRTH:
        problems.append(Problem("id.birth_date", value=text[6:14]))
    expected = check_char(text[:17])
    if text[17] != expected:
        problems.append(Problem("id.check_digit", expected=expected, actual=text[17]))
    sex = "male" if int(text[16]) % 2 else "female"
    return IdInfo(text, tuple(problems), birth, sex, text[:6], province)


def upgrade15(text: str) -> str:
    """A 15-digit number (YYMMDD birth) as its 18-character form: the century is "19", except
    for sequence numbers 996–999, which GB 11643 reserved for people born in the 1800s."""
    century = "18" if text[12:15] in CENTENARIAN_SEQUENCES else "19"
    body = text[:6] + century + text[6:]
    return body + check_char(body)


def _birth_date(digits: str) -> date | None:
    try:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        return None


def mask(number: str) -> str:
    """``110105********002X``: enough for a clerk to tell people apart, not enough to misuse."""
    text = normalise(number)
    if len(text) <= 10:
        return "*" * len(text)
    return text[:6] + "*" * (len(text) - 10) + text[-4:]
