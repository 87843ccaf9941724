"""``sbdesk retirement --birth YYYY-MM --sex male|female [--category worker|cadre]``: the
statutory retirement date under the 2025 reform, the flexible range and the minimum years.

The rules are resources/pension.json, or an office's import kept in the data folder
(``sbdesk pension import FILE``). Bad input exits 2 with one line.
"""
from __future__ import annotations

from .domain.messages import QT_TRANSLATE_NOOP

TYPE_CHECKING = False  # not typing's: importing it costs `sbdesk idcheck` a tenth

if TYPE_CHECKING:
    from .domain.retirement import Retirement

CONTEXT = "cli"


def add_parser(sub, common) -> None:
    p = sub.add_parser("retirement", parents=[common],
                       help="statutory retirement date (2025 reform), flexible range, minimum years")
    p.add_argument("--birth", required=True, help="birth month YYYY-MM")
    p.add_argument("--sex", required=True, help="male or female")
    p.add_argument("--category", help="for a woman: worker (女职工, old age 50) or cadre (女干部/管理技术岗, old age 55)")


def age_json(months: int) -> dict:
    return {"years": months // 12, "months": months % 12}


def retirement_json(r: Retirement, rules) -> dict:
    from .domain.pension import month_text
    return {
        "category": r.category, "birth": month_text(r.birth),
        "statutory_age": age_json(r.age), "retirement_month": month_text(r.month),
        "old_age": age_json(r.old_age),
        "earliest": {"age": age_json(r.earliest_age), "month": month_text(r.earliest),
                     "minimum_years": r.earliest_min_months / 12},
        "latest": {"age": age_json(r.latest_age), "month": month_text(r.latest)},
        "flexible_applies": r.flexible(rules.effective),  # no flexible retirement before the reform
        "minimum_years": r.min_months / 12,
        "divisor": rules.divisor(r.age),
        "sources": {"schedule": rules.sources["retirement"], "minimum_years": rules.sources["minimum_years"]},
    }


def age_text(months: int, tx) -> str:
    from .domain.retirement import age_words
    return age_words(months).render(tx)


def cmd_retirement(args, tx) -> int:
    import json

    from .domain.pension import month_text
    from .services import pension as pension_service
    from .services.desk import open_desk
    desk = open_desk(args.data_dir, args.operator)
    try:
        rules = pension_service.rules(desk)
        r = pension_service.statutory(args.birth, args.sex, args.category, desk.today(), rules)
    finally:
        desk.close()
    data = retirement_json(r, rules)
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    lines = [
        tx(CONTEXT, QT_TRANSLATE_NOOP("cli", "Statutory retirement age: {age}, in {month}.")).format(
            age=age_text(r.age, tx), month=month_text(r.month))]
    if data["flexible_applies"]:
        lines += [
            tx(CONTEXT, QT_TRANSLATE_NOOP("cli", "Earliest (flexible, once {years} years are paid): {age}, in {month}."))
            .format(age=age_text(r.earliest_age, tx), month=month_text(r.earliest),
                    years=f"{r.earliest_min_months / 12:g}"),
            tx(CONTEXT, QT_TRANSLATE_NOOP("cli", "Latest (by agreement): {age}, in {month}.")).format(
                age=age_text(r.latest_age, tx), month=month_text(r.latest))]
    else:  # retired before 2025-01-01: there was no flexible retirement then
        lines.append(tx(CONTEXT, QT_TRANSLATE_NOOP(
            "cli", "No flexible retirement: that date was before the reform took effect ({day}).")).format(
                day=month_text(rules.effective)))
    lines += [
        tx(CONTEXT, QT_TRANSLATE_NOOP("cli", "Minimum contribution for a monthly pension when retiring in {year}: "
                                             "{years} years.")).format(year=r.month // 12, years=f"{r.min_months / 12:g}"),
        tx(CONTEXT, QT_TRANSLATE_NOOP("cli", "Source: {source}")).format(source=data["sources"]["schedule"]),
    ]
    print("\n".join(lines))
    return 0
