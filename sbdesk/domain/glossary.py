"""The Chinese terms the English UI keeps, each with its English gloss, in one place.

The English texts keep an official Chinese term where a clerk must match it on a form or a
policy (计发月数, 统筹区, 男职工); a reader without Chinese gets its meaning beside it. The one
rule, applied by ``gloss`` to every English text the window shows: a term standing on its
own gets "term (gloss)" at its first use in that text; a term already in brackets
("Region (统筹区)"), already followed by brackets, or part of a longer Chinese name
(个人账户家庭共济) is left as it is.
"""

from __future__ import annotations

import re

TERMS = {  # the term as the English texts write it: its gloss
    "统筹区": "pooling region",
    "计发月数": "months divisor",
    "个人账户": "personal account",
    "男职工": "male employee",
    "女职工": "female worker",
    "女干部": "female cadre",
    "管理技术岗": "managerial or technical post",
    "缴费基数": "contribution base",
    "过渡性养老金": "transitional pension",
    "视同缴费": "deemed contributions",
    "补缴": "back payment",
    "延长缴费": "paying on after retirement age",
    "社保电脑号": "social-security computer number",
    "家庭共济": "family sharing",
    "职工医保": "employee medical insurance",
    "城乡居民医保": "resident medical insurance",
    "社保账户": "social-security account",
    "金融账户": "bank account",
    "户口簿": "household register",
    "代办人": "person acting for them",
    "经办人": "operator",
}

_CJK = "\u3400-\u9fff"
_PATTERN = re.compile(
    rf"(?<![{_CJK}])(" + "|".join(sorted(map(re.escape, TERMS), key=len, reverse=True)) + rf")(?![{_CJK}])"
)
_ACCESS_KEY = re.compile(r"&[^&\s]")


def _bracketed(text: str, at: int) -> bool:
    """Inside a bracket opened before ``at`` and not yet closed."""
    before = text[:at]
    return before.count("(") + before.count("（") > before.count(")") + before.count("）")


def gloss(text: str) -> str:
    """``text`` with each glossary term's first stand-alone use followed by its gloss. A
    control's caption (it has an access key, "&Region") is left short."""
    if not text or _ACCESS_KEY.search(text.replace("&&", "")):
        return text
    seen: set[str] = set()
    out, last = [], 0
    for match in _PATTERN.finditer(text):
        term, end = match.group(1), match.end()
        after = text[end : end + 2]
        if term in seen or _bracketed(text, match.start()) or after.startswith(("(", "（", " (")):
            continue
        seen.add(term)
        out += [text[last:end], f" ({TERMS[term]})"]
        last = end
    return "".join(out) + text[last:] if out else text


def has_terms(text: str) -> bool:
    """A quick test before ``gloss``: most texts name no term at all."""
    return bool(text) and _PATTERN.search(text) is not None
