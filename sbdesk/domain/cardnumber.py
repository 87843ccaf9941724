"""社会保障卡 card numbers and local person numbers (社保电脑号).

Formats differ between cities, so each is a rule loaded from ``resources/policy.json``:
a regular expression plus the words a clerk reads when it fails. Input is normalised
the way a keyboard-wedge card reader or a person types it (spaces, full-width digits).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .messages import Localized, Problem


@dataclass(frozen=True)
class NumberRule:
    pattern: str
    description: Localized

    def __post_init__(self) -> None:
        re.compile(self.pattern)  # a bad office-supplied rule fails on load, not on use


def normalise(raw: str) -> str:
    text = unicodedata.normalize("NFKC", raw or "")
    return "".join(text.split()).upper()


def _check(raw: str, rule: NumberRule, kind: str) -> tuple[str, tuple[Problem, ...]]:
    text = normalise(raw)
    if not text:
        return text, (Problem(f"{kind}.empty"),)
    if not re.fullmatch(rule.pattern, text, flags=re.ASCII):  # \d is 0-9 only, not ٣ or ३
        return text, (Problem(f"{kind}.format", rule=rule.description),)
    return text, ()


def check_card(raw: str, rule: NumberRule) -> tuple[str, tuple[Problem, ...]]:
    """The normalised card number and what is wrong with it, if anything."""
    return _check(raw, rule, "card")


def check_computer_number(raw: str, rule: NumberRule) -> tuple[str, tuple[Problem, ...]]:
    """The normalised 社保电脑号 and what is wrong with it, if anything."""
    return _check(raw, rule, "computer")
