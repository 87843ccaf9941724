"""What the CLI prints about rules: regions with their cross-province status, and an
eligibility answer with the rule and source that decided each check and what the money
pays for."""

from __future__ import annotations

from datetime import date

from ..domain.eligibility import Decision
from ..domain.messages import QT_TRANSLATE_NOOP, Problem
from ..domain.models import Region
from ..domain.policy import Policy
from ..domain.regions import NOT_OPEN, OPEN, Catalogue

MARKS = {"pass": "✓", "fail": "✗", "requires": "!", "unknown": "?"}


def status_text(status: str, tx) -> str:
    return {
        OPEN: tx("cli", QT_TRANSLATE_NOOP("cli", "open")),
        NOT_OPEN: tx("cli", QT_TRANSLATE_NOOP("cli", "not open")),
    }.get(status, tx("cli", QT_TRANSLATE_NOOP("cli", "unknown")))


def region_json(catalogue: Catalogue, r: Region, day: date | None, months: int | None = None) -> dict:
    state = catalogue.cross_status(r, day, months)
    cited = state.batch.cited if state.batch else None
    return {
        "code": r.code,
        "name": r.name,
        "province": r.province,
        "level": r.level,
        "initials": r.initials,
        "cross_province": state.status,
        "reported_on": state.batch.opened_on.isoformat() if state.batch else None,
        "report_status": state.batch.status if state.batch else None,
        "report_age_months": state.aged_months if state.aged_months else None,
        "report_source": state.batch.source if state.batch else None,
        "report_cited": cited.as_dict() if cited else None,
        "batch": state.batch.id if state.batch else None,
        "source": r.source or None,
        "note": r.note or None,
    }


def region_line(catalogue: Catalogue, r: Region, day: date | None, tx, months: int | None = None) -> str:
    state = catalogue.cross_status(r, day, months)
    if state.batch and state.aged_months:
        what = Problem("region.report_aged", reported=state.batch.opened_on.isoformat(), age=state.aged_months).render(
            tx
        )
        cited = state.batch.cited.cite().render(tx)
        return f"{r.province}  {r.name}  {r.code}  {status_text(state.status, tx)}  {what}  {cited}"
    when = f"  {state.batch.opened_on.isoformat()}  {state.batch.cited.cite().render(tx)}" if state.batch else ""
    return f"{r.province}  {r.name}  {r.code}  {status_text(state.status, tx)}{when}"


def pays_for(policy: Policy, lang: str) -> dict:
    p = policy.pays_for
    return {
        "covers": [t.pick(lang) for t in p.covers],
        "excludes": [t.pick(lang) for t in p.excludes],
        "difference": p.difference.pick(lang),
        "source": p.source,
    }


def verdict_text(decision: Decision, tx) -> str:
    """The window's headline, word for word: a rule's refusal names it; a gap says what to do."""
    return decision.headline().render(tx)


def eligibility_text(decision: Decision, checks: list[dict], money: dict, tx) -> str:
    lines = [verdict_text(decision, tx)]
    lines += [f" {MARKS['requires' if c.get('gap') else c['status']]} {c['message']}" for c in checks]
    if decision.requires("confirm_unusual"):
        lines.append(
            tx(
                "cli",
                QT_TRANSLATE_NOOP(
                    "cli", "An unusual relationship: check the documents, then repeat with --confirm-unusual."
                ),
            )
        )
    lines.append(
        tx("cli", QT_TRANSLATE_NOOP("cli", "The account may pay for the member:")) + " " + "；".join(money["covers"])
    )
    lines.append(tx("cli", QT_TRANSLATE_NOOP("cli", "Not for:")) + " " + "；".join(money["excludes"]))
    lines.append(money["difference"])
    return "\n".join(lines)
