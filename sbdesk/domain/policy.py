"""Sharing policy as data: who may share, where, and number formats per region.

Loaded from ``resources/policy.json``. Provinces differ (some widened the circle to all
近亲属, some share between their own cities), so every rule has a default and
per-province overrides.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .cardnumber import NumberRule
from .messages import Localized
from .password import LockRule
from .pension import LocalFigures
from .regions import PolicyError
from .relations import KINDS


@dataclass(frozen=True)
class Policy:
    relations: tuple[str, ...]
    relations_by_province: dict[str, tuple[str, ...]] = field(default_factory=dict)
    intra_province: frozenset[str] = frozenset()
    exclusive_member: bool = True
    exclusive_by_province: dict[str, bool] = field(default_factory=dict)
    face_photo_under: int = 16
    card_rule: NumberRule = NumberRule(r"[A-Z0-9]{9}", Localized.of({"zh_CN": "9位字母或数字", "en": "9 letters or digits"}))
    card_rules: dict[str, NumberRule] = field(default_factory=dict)
    computer_rule: NumberRule = NumberRule(r"\d{6,12}", Localized.of({"zh_CN": "6至12位数字", "en": "6 to 12 digits"}))
    computer_rules: dict[str, NumberRule] = field(default_factory=dict)
    password: LockRule = LockRule()
    attachment_max_bytes: int = 5 * 2 ** 20
    pension: LocalFigures = LocalFigures()

    def allowed_relations(self, province: str) -> tuple[str, ...]:
        return self.relations_by_province.get(province, self.relations)

    def shares_within(self, province: str) -> bool:
        return province in self.intra_province

    def member_exclusive(self, province: str) -> bool:
        return self.exclusive_by_province.get(province, self.exclusive_member)

    def card_rule_for(self, region_code: str) -> NumberRule:
        return self.card_rules.get(region_code, self.card_rule)

    def computer_rule_for(self, region_code: str) -> NumberRule:
        return self.computer_rules.get(region_code, self.computer_rule)


def _kinds(value, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not value:
        raise PolicyError(f"{where}: must be a non-empty list of relationship kinds")
    unknown = [k for k in value if k not in KINDS]
    if unknown:
        raise PolicyError(f"{where}: unknown relationship kinds {unknown}; known: {list(KINDS)}")
    return tuple(value)


def _rule(value, where: str) -> NumberRule:
    try:
        return NumberRule(str(value["pattern"]), Localized.of(value["description"]))
    except (KeyError, TypeError):
        raise PolicyError(f"{where}: needs 'pattern' and 'description'") from None
    except (re.error, OverflowError, RecursionError) as exc:  # what re.compile raises for a bad pattern
        raise PolicyError(f"{where}: bad pattern: {exc}") from None


def parse_policy(data: dict) -> Policy:
    """Validate everything, then build; an office's bad file never half-applies."""
    if not isinstance(data, dict):
        raise PolicyError("the file must be an object")
    try:
        rel = data["relations"]
        excl = data.get("exclusive_member", {"default": True})
        cards = data.get("card_number", {})
        comps = data.get("computer_number", {})
        pw = data.get("service_password", {})
        return Policy(
            relations=_kinds(rel["default"], "relations.default"),
            relations_by_province={p: _kinds(v, f"relations.provinces.{p}")
                                   for p, v in rel.get("provinces", {}).items()},
            intra_province=frozenset(data.get("intra_province", [])),
            exclusive_member=bool(excl.get("default", True)),
            exclusive_by_province={p: bool(v) for p, v in excl.get("provinces", {}).items()},
            face_photo_under=int(data.get("face_photo_under", 16)),
            card_rule=_rule(cards["default"], "card_number.default") if "default" in cards
            else Policy.card_rule,
            card_rules={c: _rule(v, f"card_number.regions.{c}") for c, v in cards.get("regions", {}).items()},
            computer_rule=_rule(comps["default"], "computer_number.default") if "default" in comps
            else Policy.computer_rule,
            computer_rules={c: _rule(v, f"computer_number.regions.{c}")
                            for c, v in comps.get("regions", {}).items()},
            password=LockRule(int(pw.get("max_tries", 3)), int(pw.get("lock_minutes", 15)),
                              int(pw.get("min_length", 6))),
            attachment_max_bytes=int(float(data.get("attachments", {}).get("max_mb", 5)) * 2 ** 20),
            pension=parse_figures(data.get("pension", {})),
        )
    except KeyError as exc:
        raise PolicyError(f"missing field {exc}") from None
    except (TypeError, AttributeError, ValueError) as exc:
        if isinstance(exc, PolicyError):
            raise
        raise PolicyError(str(exc)) from None


def parse_figures(raw: dict) -> LocalFigures:
    """Local pension figures (average wage, account share); both must be positive. Keys the
    national rules now hold (divisors, min_years) and the retired 24-month 'gap_limit_months'
    of older files are ignored: those come from resources/pension.json."""
    base = LocalFigures()
    try:
        figures = LocalFigures(
            average_wage=float(raw.get("average_wage", base.average_wage)),
            account_rate=float(raw.get("account_rate", base.account_rate)))
    except (TypeError, ValueError, AttributeError) as exc:
        raise PolicyError(f"pension: {exc}") from None
    if not all(0 < n < 1e9 for n in (figures.average_wage, figures.account_rate)):
        raise PolicyError("pension: every figure must be a positive number")
    return figures
