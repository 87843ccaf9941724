"""``sbdesk retirement --birth YYYY-MM --sex male|female [--category worker|cadre]``: the
statutory retirement date under the 2025 reform, the flexible range and the minimum years;
and ``sbdesk pension [estimate|add|remove|import]``: a person's contribution history and the
pension estimate.

The rules are resources/pension.json, or an office's import kept in the data folder
(``sbdesk pension import FILE``). Bad input exits 2 with one line.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from ..domain.messages import QT_TRANSLATE_NOOP, Problem
from ..domain.models import RETIRE_AT
from .argparse_zh import Failure
from .common import emit, person_json, with_desk
from .common import person as cli_person
from .options import number

if TYPE_CHECKING:
    from ..domain.retirement import Retirement
    from ..services.desk import Desk

CONTEXT = "cli"


def add_retirement(p, common) -> None:
    p.add_argument("--birth", required=True, help="birth month YYYY-MM")
    p.add_argument("--sex", required=True, help="male or female")
    p.add_argument(
        "--category", help="for a woman: worker (女职工, old age 50) or cadre (女干部/管理技术岗, old age 55)"
    )


def age_json(months: int) -> dict:
    return {"years": months // 12, "months": months % 12}


def retirement_json(r: Retirement, rules) -> dict:
    from ..domain.pension import month_text

    return {
        "category": r.category,
        "birth": month_text(r.birth),
        "statutory_age": age_json(r.age),
        "retirement_month": month_text(r.month),
        "old_age": age_json(r.old_age),
        "earliest": {
            "age": age_json(r.earliest_age),
            "month": month_text(r.earliest),
            "minimum_years": r.earliest_min_months / 12,
        },
        "latest": {"age": age_json(r.latest_age), "month": month_text(r.latest)},
        "flexible_applies": r.flexible(rules.effective),  # no flexible retirement before the reform
        "minimum_years": r.min_months / 12,
        "divisor": rules.divisor(r.age),
        "sources": {
            "schedule": rules.sources["retirement"],
            "flexible": rules.sources["flexible"],
            "minimum_years": rules.min_source(r.month // 12),
        },
    }


def no_flexible(r: Retirement, rules):
    from ..domain.pension import month_text

    return Problem(
        "retirement.no_flexible",
        month=month_text(r.month),
        effective=month_text(rules.effective),
        source=rules.sources["flexible"],
    )


def age_text(months: int, tx) -> str:
    from ..domain.retirement import age_words

    return age_words(months).render(tx)


def run_retirement(args, tx) -> int:
    import json

    from ..domain.pension import month_text
    from ..services import pension as pension_service
    from ..services.desk import open_desk
    from .unlock import unlock

    unlock(args, tx)
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
            age=age_text(r.age, tx), month=month_text(r.month)
        )
    ]
    if data["flexible_applies"]:
        lines += [
            tx(
                CONTEXT,
                QT_TRANSLATE_NOOP("cli", "Earliest (flexible, once {years} years are paid): {age}, in {month}."),
            ).format(
                age=age_text(r.earliest_age, tx), month=month_text(r.earliest), years=f"{r.earliest_min_months / 12:g}"
            ),
            tx(CONTEXT, QT_TRANSLATE_NOOP("cli", "Latest (by agreement): {age}, in {month}.")).format(
                age=age_text(r.latest_age, tx), month=month_text(r.latest)
            ),
            tx(CONTEXT, QT_TRANSLATE_NOOP("cli", "Flexible retirement: {source}")).format(
                source=data["sources"]["flexible"]
            ),
        ]
    else:  # retired before 2025-01: there was no flexible retirement then
        lines.append(no_flexible(r, rules).render(tx))
    lines += [
        tx(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "cli", "Minimum contribution for a monthly pension when retiring in {year}: {years} years ({source})."
            ),
        ).format(year=r.month // 12, years=f"{r.min_months / 12:g}", source=rules.min_source(r.month // 12)),
        tx(CONTEXT, QT_TRANSLATE_NOOP("cli", "Source: {source}")).format(source=data["sources"]["schedule"]),
    ]
    print("\n".join(lines))
    return 0


def estimate_json(e) -> dict:
    """One estimate; short of the minimum years it has no monthly figure (no pension is paid)."""
    money = {
        k: round(v, 2) if e.eligible else None
        for k, v in (("basic", e.basic), ("account", e.account), ("total", e.total))
    }
    return {
        "months": e.months,
        "years": round(e.years, 2),
        "average_index": round(e.average_index, 4),
        "indexed_wage": round(e.indexed_wage, 2),
        "balance": round(e.balance, 2),
        **money,
        "eligible": e.eligible,
    }


def projection_json(r) -> dict | None:
    from ..domain.pension import month_text

    j = r.projection
    if j is None:
        return None
    figures = j.continued.eligible and j.without_gaps.eligible  # a cost in pension only where both are paid
    short = r.shortfall
    return {
        "retirement_month": month_text(j.retire_month),
        "age": age_json(r.retire_age),
        "divisor": j.divisor,
        "minimum_years": j.min_months / 12,
        "last_base": j.last_base,
        "projected_months": j.projected_months,
        "past_statutory": r.past_statutory,
        "continued": estimate_json(j.continued),
        "stopped_now": estimate_json(j.stopped),
        "without_gaps": estimate_json(j.without_gaps),
        "gaps_cost_per_month": round(j.gaps_cost, 2) if figures else None,
        "gap_effects": [
            {
                "from": month_text(e.gap.start),
                "to": month_text(e.gap.end),
                "months": e.gap.months,
                "index_lost": round(e.index_lost, 4),
                "balance_lost": round(e.balance_lost, 2),
                "monthly_lost": round(e.monthly_lost, 2) if figures else None,
            }
            for e in j.effects
        ],
        "short": None
        if short is None
        else {
            "missing_months": short.missing_now,
            "paying_on_enough": short.paying_on_enough,
            "extend_months": short.extend_months,
            "extend": [month_text(short.extend_from), month_text(short.extend_until)] if short.extend_months else None,
        },
    }


def pension_output(r, rules, person: dict, tx) -> tuple[dict, list[str]]:
    """``sbdesk pension``: the JSON and the lines. Notes (a base counted at its bound, past the
    statutory date, the ways on when short of the minimum years) come from the service, so the
    window says the same."""
    from ..domain.pension import counted_base, month_text
    from ..services import pension as pension_service

    notes = pension_service.clamped(r, rules)
    past = pension_service.past_statutory(r)
    notes += [past] if past else []
    options = pension_service.options(r, rules)
    wage = r.figures.average_wage
    data = {
        "person": person,
        "as_of": month_text(r.as_of),
        "category": r.category,
        "retirement": retirement_json(r.retirement, rules) if r.retirement else None,
        "figures": {
            "average_wage": wage,
            "account_rate": r.figures.account_rate,
            "base_bounds": {
                "lower": rules.base_bounds[0],
                "upper": rules.base_bounds[1],
                "source": rules.sources["contribution_base"],
            },
        },
        "periods": [
            {
                "id": p.id,
                "from": month_text(p.start),
                "to": month_text(p.end) if p.end is not None else None,
                "base": p.base,
                "counted_base": round(counted_base(p.base, wage, rules.base_bounds), 2),
            }
            for p in r.periods
        ],
        "gaps": [
            {"from": month_text(g.start), "to": month_text(g.end), "months": g.months, "ongoing": g.ongoing}
            for g in r.gaps
        ],
        "projection": projection_json(r),
        "notes": [n.render(tx) for n in notes],
        "options": [o.render(tx) for o in options],
    }
    lines = [f"{p['from']} – {p['to'] or '…'}  {p['base']:.0f}" for p in data["periods"]]
    lines += [f"  {g['from']} – {g['to']}  {g['months']}" for g in data["gaps"]]
    lines += data["notes"]
    j = r.projection
    if j and r.periods and r.shortfall is None:
        lines.append(
            tx(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "cli",
                    "At {month}: {continued:.2f} a month paying on, {stopped:.2f} if paying stops now; "
                    "the interruptions cost {cost:.2f} a month.",
                ),
            ).format(
                month=month_text(j.retire_month), continued=j.continued.total, stopped=j.stopped.total, cost=j.gaps_cost
            )
        )
    elif j and r.periods:
        if j.continued.eligible and j.projected_months:
            lines.append(
                tx(
                    CONTEXT, QT_TRANSLATE_NOOP("cli", "At {month}: {continued:.2f} a month paying on until then.")
                ).format(month=month_text(j.retire_month), continued=j.continued.total)
            )
        lines += ["  " * bool(i) + ("• " if i else "") + text for i, text in enumerate(data["options"])]
    elif r.needs_category:
        lines.append(Problem("retirement.category_needed").render(tx))
    return data, lines


def add_pension(p, common) -> None:
    p.add_argument("action", nargs="?", choices=("estimate", "add", "remove", "import"), default="estimate")
    p.add_argument(
        "file",
        nargs="?",
        help="import: national rules shaped like resources/pension.json and/or "
        '{"pension": {"average_wage": N, "account_rate": R}}',
    )
    p.add_argument("--person", help="ID number, card number or #row-id")
    p.add_argument("--from", dest="start", help="add: first month paid (YYYY-MM)")
    p.add_argument("--to", dest="end", help="add: last month paid (YYYY-MM); omit while still paying")
    p.add_argument("--base", help="add: monthly contribution base (缴费基数)")
    p.add_argument("--period", type=number, help="remove: the period's number")
    p.add_argument("--as-of", help="estimate as of this month (YYYY-MM, default this month)")
    p.add_argument("--age", type=number, help="retire at this age in whole years (default: the statutory date)")
    p.add_argument(
        "--retire-at",
        choices=RETIRE_AT,
        default="statutory",
        help="project to the statutory, earliest or latest retirement date",
    )
    p.add_argument("--category", help="record a woman's retirement category: worker (女职工) or cadre (女干部)")


@with_desk
def run_pension(desk: Desk, args, tx) -> int:
    from ..services import pension as pension_service
    from ..services.errors import InputError

    if args.action == "import":
        if not args.file:
            raise Failure("sbdesk pension import: FILE is required", 2)
        result = pension_service.import_file(desk, args.file)
        emit(args, result, tx("cli", QT_TRANSLATE_NOOP("cli", "Pension data imported.")))
        return 0
    if not args.person:
        raise Failure("sbdesk pension: --person is required", 2)
    person = cli_person(desk, args.person)
    as_of = None
    if args.as_of:
        try:
            as_of = date.fromisoformat(args.as_of + "-01")
        except ValueError:
            raise InputError([("as_of", Problem("pension.month", value=args.as_of))]) from None
    age = args.age * 12 if args.age is not None else None
    pension_service.check_request(desk, person, age, args.retire_at, args.category)  # refused: nothing written
    if args.action == "add":
        if not args.start or not args.base:
            raise Failure("sbdesk pension add: --from and --base are required", 2)
        pension_service.add_period(desk, person, args.start, args.end, args.base)
    elif args.action == "remove":
        if args.period is None:
            raise Failure("sbdesk pension remove: --period is required", 2)
        pension_service.remove_period(desk, person, args.period)
    if args.category is not None:
        pension_service.set_category(desk, person, args.category)
    r = pension_service.report(desk, person.id, as_of, age, retire_at=args.retire_at)
    data, lines = pension_output(r, pension_service.rules(desk), person_json(person), tx)
    emit(args, data, "\n".join(lines))
    return 0
