"""Sharing policy as data: who may share, where, and number formats per region.

Loaded from ``resources/policy.json``. Provinces differ (some widened the circle to all
近亲属, some share between their own cities), so every rule has a default and
per-province overrides.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import date

from .cardnumber import NumberRule
from .figures import LocalFigures
from .messages import QT_TRANSLATE_NOOP, Localized, Problem, Term
from .password import LockRule
from .plausibility import Gap, Thresholds
from .regions import PolicyError, parse_date
from .relations import KINDS
from .retention import Retention, parse_retention


@dataclass(frozen=True)
class RelationRule:
    """Who may be a member, in force from ``since`` until a later rule, and who said so."""

    since: date
    kinds: tuple[str, ...]
    source: str = ""
    note: str = ""

    def __contains__(self, kind: str) -> bool:  # "sibling" in rule
        return kind in self.kinds

    def __iter__(self):
        return iter(self.kinds)


@dataclass(frozen=True)
class DatedRule:
    """A yes-rule in force from ``since`` (sharing between a province's 统筹区), with its source."""

    since: date
    source: str = ""
    note: str = ""


@dataclass(frozen=True)
class UninsuredRule:
    """Why an uninsured member is refused and the way forward (the owner's account may pay
    their 居民医保 contribution), each with its source: the refusal says both."""

    rule: Localized = Localized.of({
        "zh_CN": "被共济人须参加基本医疗保险",
        "en": "the member must be in basic medical insurance",
    })
    source: str = ""
    way_forward: Localized = Localized.of("")
    way_forward_source: str = ""


@dataclass(frozen=True)
class OwnerAccountRule:
    """Why only a 职工医保 owner may share: the 居民医保 has no personal account. The
    refusal names this rule, its date and source, so a clerk can explain it."""

    rule: Localized = Localized.of({
        "zh_CN": "只有职工医保参保人有个人账户可供共济",
        "en": "only 职工医保 members have a personal account to share",
    })
    since: date = date(1, 1, 1)
    source: str = ""


@dataclass(frozen=True)
class PaysFor:
    """What the owner's account may pay for the member, and what not (shown where a user decides)."""

    covers: tuple[Localized, ...] = ()
    excludes: tuple[Localized, ...] = ()
    difference: Localized = Localized.of("")
    source: str = ""


def _in_force(rules, day: date | None):
    """The latest rule on or before the day (None: the latest of all)."""
    current = None
    for rule in sorted(rules, key=lambda r: r.since):
        if day is None or rule.since <= day:
            current = rule
    return current


@dataclass(frozen=True)
class Policy:
    relations: tuple[RelationRule, ...]
    relations_by_province: dict[str, tuple[RelationRule, ...]] = field(default_factory=dict)
    intra_province: dict[str, DatedRule] = field(default_factory=dict)
    exclusive_member: bool = False
    exclusive_by_province: dict[str, bool] = field(default_factory=dict)
    face_photo_under: int = 16
    card_rule: NumberRule = NumberRule(
        r"[A-Z0-9]{9}", Localized.of({"zh_CN": "9位字母或数字", "en": "9 letters or digits"})
    )
    card_rules: dict[str, NumberRule] = field(default_factory=dict)
    computer_rule: NumberRule = NumberRule(r"\d{6,12}", Localized.of({"zh_CN": "6至12位数字", "en": "6 to 12 digits"}))
    computer_rules: dict[str, NumberRule] = field(default_factory=dict)
    password: LockRule = LockRule()
    attachment_max_bytes: int = 5 * 2**20
    pension: LocalFigures = LocalFigures()
    plausibility: Thresholds = Thresholds()
    pays_for: PaysFor = PaysFor()
    not_open_months: int | None = 3  # a report of "not open" decides this long; then unknown (evidence)
    uninsured: UninsuredRule = UninsuredRule()
    owner_account: OwnerAccountRule = OwnerAccountRule()
    image_retention: Retention = Retention()  # how long an application's pictures are kept

    def relation_rule(self, province: str, day: date | None = None) -> RelationRule | None:
        """The rule in force on the day: the province's own if it has one, else the national."""
        return _in_force(self.relations_by_province.get(province) or self.relations, day)

    def allowed_relations(self, province: str, day: date | None = None) -> tuple[str, ...]:
        rule = self.relation_rule(province, day)
        return rule.kinds if rule else ()

    def intra_rule(self, province: str) -> DatedRule | None:
        return self.intra_province.get(province)

    def shares_within(self, province: str, day: date | None = None) -> bool:
        rule = self.intra_province.get(province)
        return rule is not None and (day is None or rule.since <= day)

    def member_exclusive(self, province: str) -> bool:
        return self.exclusive_by_province.get(province, self.exclusive_member)

    def card_rule_for(self, region_code: str) -> NumberRule:
        return self.card_rules.get(region_code, self.card_rule)

    def computer_rule_for(self, region_code: str) -> NumberRule:
        return self.computer_rules.get(region_code, self.computer_rule)


def _relation_rules(value, where: str) -> tuple[RelationRule, ...]:
    """A dated list [{"since", "kinds", "source"}, …], or a bare list of kinds (in force always)."""
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return (RelationRule(date.min, _kinds(value, where)),)
    if not isinstance(value, list) or not value:
        raise PolicyError(f"{where}: must be a list of dated rules or of relationship kinds")
    rules = []
    for i, raw in enumerate(value, start=1):
        if not isinstance(raw, dict):
            raise PolicyError(f"{where}[{i}]: not an object")
        rules.append(
            RelationRule(
                parse_date(raw.get("since"), f"{where}[{i}].since"),
                _kinds(raw.get("kinds"), f"{where}[{i}].kinds"),
                str(raw.get("source", "")),
                str(raw.get("note", "")),
            )
        )
    return tuple(sorted(rules, key=lambda r: r.since))


def _intra(value) -> dict[str, DatedRule]:
    """{"default": {...}, "provinces": {"省": {...}}} or the old list of provinces (always open)."""
    if isinstance(value, list):
        return {str(p): DatedRule(date.min) for p in value}
    if not isinstance(value, dict):
        raise PolicyError("intra_province: must be an object")
    out = {}
    for province, raw in value.get("provinces", {}).items():
        where = f"intra_province.provinces.{province}"
        if not isinstance(raw, dict):
            raise PolicyError(f"{where}: not an object")
        out[province] = DatedRule(
            parse_date(raw.get("since"), where), str(raw.get("source", "")), str(raw.get("note", ""))
        )
    return out


def _gap(raw: dict, base: Gap) -> Gap:
    above = raw.get("unusual_above", base.unusual_above)
    return Gap(
        float(raw.get("impossible_below", base.impossible)),
        float(raw.get("unusual_below", base.unusual)),
        None if above is None else float(above),
    )


def _thresholds(raw: dict) -> Thresholds:
    base = Thresholds()
    try:
        return Thresholds(
            _gap(raw.get("parent_child", {}), base.parent_child),
            _gap(raw.get("grandparent_grandchild", {}), base.grandparent_grandchild),
            float(raw.get("sibling_unusual_above", base.sibling_unusual_above)),
            float(raw.get("spouse_unusual_below_age", base.spouse_unusual_below_age)),
            str(raw.get("source", "")),
        )
    except (TypeError, ValueError, AttributeError) as exc:
        raise PolicyError(f"plausibility: {exc}") from None


def _pays_for(raw: dict) -> PaysFor:
    if not raw:
        return PaysFor()
    try:
        return PaysFor(
            tuple(Localized.of(v) for v in raw.get("covers", [])),
            tuple(Localized.of(v) for v in raw.get("excludes", [])),
            Localized.of(raw.get("difference", "")),
            str(raw.get("source", "")),
        )
    except (TypeError, AttributeError) as exc:
        raise PolicyError(f"pays_for: {exc}") from None


def _uninsured(raw) -> UninsuredRule:
    if not raw:
        return UninsuredRule()
    if (
        not isinstance(raw, dict)
        or not isinstance(raw.get("rule"), dict)
        or not raw.get("source")
        or not isinstance(raw.get("way_forward"), dict)
        or not raw.get("way_forward_source")
    ):
        raise PolicyError("uninsured_member: needs rule and way_forward (texts by language), each with its source")
    return UninsuredRule(
        Localized.of(raw["rule"]), str(raw["source"]), Localized.of(raw["way_forward"]), str(raw["way_forward_source"])
    )


def _owner_account(raw) -> OwnerAccountRule:
    if not raw:
        return OwnerAccountRule()
    if not isinstance(raw, dict) or not isinstance(raw.get("rule"), dict) or not raw.get("source"):
        raise PolicyError("owner_account: needs rule (texts by language), since and source")
    since = parse_date(raw["since"], "owner_account.since") if raw.get("since") else date(1, 1, 1)
    return OwnerAccountRule(Localized.of(raw["rule"]), since, str(raw["source"]))


def _not_open_months(raw) -> int | None:
    """How many months a report that a region is *not* open decides (null: for ever)."""
    if not isinstance(raw, dict):
        raise PolicyError("evidence: must be an object")
    value = raw.get("not_open_stands_months", Policy.not_open_months)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 1200:
        raise PolicyError("evidence.not_open_stands_months: a whole number of months (0-1200) or null")
    return value


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
        excl = data.get("exclusive_member", {"default": False})
        cards = data.get("card_number", {})
        comps = data.get("computer_number", {})
        pw = data.get("service_password", {})
        return Policy(
            relations=_relation_rules(rel["default"], "relations.default"),
            relations_by_province={
                p: _relation_rules(v, f"relations.provinces.{p}") for p, v in rel.get("provinces", {}).items()
            },
            intra_province=_intra(data.get("intra_province", [])),
            exclusive_member=bool(excl.get("default", False)),
            exclusive_by_province={p: bool(v) for p, v in excl.get("provinces", {}).items()},
            face_photo_under=int(data.get("face_photo_under", 16)),
            card_rule=_rule(cards["default"], "card_number.default") if "default" in cards else Policy.card_rule,
            card_rules={c: _rule(v, f"card_number.regions.{c}") for c, v in cards.get("regions", {}).items()},
            computer_rule=_rule(comps["default"], "computer_number.default")
            if "default" in comps
            else Policy.computer_rule,
            computer_rules={c: _rule(v, f"computer_number.regions.{c}") for c, v in comps.get("regions", {}).items()},
            password=LockRule(
                int(pw.get("max_tries", 3)), int(pw.get("lock_minutes", 15)), int(pw.get("min_length", 6))
            ),
            attachment_max_bytes=int(float(data.get("attachments", {}).get("max_mb", 5)) * 2**20),
            pension=parse_figures(data.get("pension", {})),
            plausibility=_thresholds(data.get("plausibility", {})),
            pays_for=_pays_for(data.get("pays_for", {})),
            not_open_months=_not_open_months(data.get("evidence", {})),
            uninsured=_uninsured(data.get("uninsured_member")),
            owner_account=_owner_account(data.get("owner_account")),
            image_retention=parse_retention(data.get("image_retention")),
        )
    except KeyError as exc:
        raise PolicyError(f"missing field {exc}") from None
    except (TypeError, AttributeError, ValueError) as exc:
        if isinstance(exc, PolicyError):
            raise
        raise PolicyError(str(exc)) from None


# What an office may set (an import, the window): a monthly wage in yuan, and the account's
# share of the base as a fraction (0.08 is 8 %; 8 or 800 made every estimate 100 times too high).
FIGURE_RANGES = {
    "average_wage": (Term("messages", QT_TRANSLATE_NOOP("messages", "average monthly wage")), 100, 1_000_000),
    "account_rate": (Term("messages", QT_TRANSLATE_NOOP("messages", "personal account rate")), 0.001, 0.3),
}


def figure_problems(raw: object) -> list[tuple[str, Problem]]:
    """Each local figure given that is not a plain number (true is not a wage) in its range."""
    if not isinstance(raw, dict):
        raw = {"average_wage": raw}
    found = []
    for key, (name, low, high) in FIGURE_RANGES.items():
        value = raw.get(key, low)
        if (
            isinstance(value, bool)
            or not isinstance(value, (int, float))
            or not math.isfinite(value)
            or not low <= value <= high
        ):
            found.append((
                key,
                Problem("pension.figure_range", name=name, field=key, low=low, high=high, value=str(value)[:40]),
            ))
    return found


def parse_figures(raw: dict) -> LocalFigures:
    """Local pension figures (average wage, account share); both must be positive. Keys the
    national rules now hold (divisors, min_years) and the retired 24-month 'gap_limit_months'
    of older files are ignored: those come from resources/pension.json."""
    base = LocalFigures()
    try:
        figures = LocalFigures(
            average_wage=float(raw.get("average_wage", base.average_wage)),
            account_rate=float(raw.get("account_rate", base.account_rate)),
        )
    except (TypeError, ValueError, AttributeError):  # Python's own wording would reach the clerk
        raise PolicyError("pension: average_wage and account_rate must be numbers") from None
    if not all(0 < n < 1e9 for n in (figures.average_wage, figures.account_rate)):
        raise PolicyError("pension: every figure must be a positive number")
    return figures
