"""``sbdesk regions`` (the 统筹区 and an office's policy update) and ``sbdesk eligibility``
(may OWNER share with MEMBER?)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from ..domain import relations
from ..domain.messages import QT_TRANSLATE_NOOP, Problem
from ..domain.models import INSURANCE
from .argparse_zh import Failure
from .common import emit, kind_label, parse_day, report_rows, with_desk
from .common import person as cli_person

if TYPE_CHECKING:
    from ..domain.eligibility import Decision
    from ..domain.models import Person
    from ..services.desk import Desk


def add_regions(p, common) -> None:
    p.add_argument("action", nargs="?", choices=("list", "import"), default="list")
    p.add_argument("file", nargs="?", help="for import: a region list or relationship policy (JSON or CSV)")
    p.add_argument("--cross-province", action="store_true", help="only regions reported open cross-province")
    p.add_argument("--on", help="status on this date (YYYY-MM-DD, default: today)")
    p.add_argument("--search", help="name, pinyin initials or code")


@with_desk
def run_regions(desk: Desk, args, tx) -> int:
    from ..services import policy_import
    from ..services import regions as region_service
    from ..services.errors import InputError
    from . import rules as cli_rules

    if args.action == "import":
        if not args.file:
            raise Failure("sbdesk regions import: FILE is required", 2)
        try:
            result = policy_import.import_file(desk, args.file)
        except InputError as exc:
            return report_rows(exc, tx)
        emit(
            args,
            result.__dict__,
            tx(
                "cli",
                QT_TRANSLATE_NOOP(
                    "cli",
                    "Imported {kind}: {added} added, {updated} updated, {batches} batches, {provinces} provinces.",
                ),
            ).format(**{**result.__dict__, "kind": kind_label(result.kind, tx)}),
        )
        return 0
    on = parse_day(args.on) if args.on is not None else desk.today()  # today: old reports of "not open" age
    found = region_service.listing(desk, args.cross_province, on, args.search or "")
    cat, months = desk.catalogue, desk.policy.not_open_months
    emit(
        args,
        [cli_rules.region_json(cat, r, on, months) for r in found],
        "\n".join(cli_rules.region_line(cat, r, on, tx, months) for r in found),
    )
    return 0


def add_eligibility(p, common) -> None:
    p.add_argument("--owner", help="owner: ID number, card number or #id of a stored person")
    p.add_argument("--member", help="member: ID number, card number or #id of a stored person")
    p.add_argument("--owner-region", help="owner's 统筹区 when no stored person is named")
    p.add_argument("--member-region", help="member's 统筹区 when no stored person is named")
    p.add_argument("--owner-insurance", choices=INSURANCE, default="employee")
    p.add_argument("--member-insurance", choices=INSURANCE, default="resident")
    p.add_argument("--member-birth", help="member's birth date, for the under-16 rule and plausibility")
    p.add_argument("--owner-birth", help="owner's birth date, for plausibility")
    p.add_argument(
        "--confirm-unusual", action="store_true", help="the clerk checked an unusual relationship (by the birth dates)"
    )
    p.add_argument("--relation", required=True, help="the member is the owner's …: " + ", ".join(relations.KINDS))
    p.add_argument(
        "--channel",
        default="wallet",
        help="a channel of resources/channels.json: ecard, web, window, hospital, wallet … (default: wallet, the national carrier that also works across provinces)",
    )
    p.add_argument("--on", help="date of the decision (YYYY-MM-DD, default today)")


def decision_json(decision: Decision, tx) -> dict:
    return {
        "allowed": decision.allowed,
        "checks": [
            {"status": c.status, "gap": c.gap, "code": c.problem.code, "message": c.problem.render(tx)}
            for c in decision.checks
        ],
    }


def _party(
    desk: Desk, key: str | None, region: str | None, insurance: str, role: str, tx, birth: date | None = None
) -> Person:
    from ..services import regions as region_service

    if key:
        return cli_person(desk, key)
    if not region:
        raise Failure(
            tx("cli", QT_TRANSLATE_NOOP("cli", "sbdesk eligibility: --{role} or --{role}-region is required")).format(
                role=role
            ),
            2,
        )
    found = region_service.find(desk, region, f"{role}_region")
    return region_service.hypothetical(found, insurance, role, birth, card="?", computer="?")


@with_desk
def run_eligibility(desk: Desk, args, tx) -> int:
    from ..services import binding as binding_service
    from ..services.errors import InputError
    from . import rules as cli_rules

    day = parse_day(args.on) if args.on is not None else desk.today()
    relation = binding_service.parse_relation(args.relation)
    birth = parse_day(args.member_birth) if args.member_birth is not None else None
    if birth is not None and birth > day:
        raise InputError([("member_birth", Problem("date.future", value=birth.isoformat()))])
    owner_birth = parse_day(args.owner_birth) if args.owner_birth is not None else None
    if owner_birth is not None and owner_birth > day:
        raise InputError([("owner_birth", Problem("date.future", value=owner_birth.isoformat()))])
    owner = _party(desk, args.owner, args.owner_region, args.owner_insurance, "owner", tx, owner_birth)
    member = _party(desk, args.member, args.member_region, args.member_insurance, "member", tx, birth)
    decision = binding_service.evaluate(desk, owner, member, relation, args.channel, day, args.confirm_unusual)
    money = cli_rules.pays_for(desk.policy, getattr(tx, "lang", "en"))
    data = {
        "owner_region": owner.region_code,
        "member_region": member.region_code,
        "relation": relation,
        "channel": args.channel,
        "on": day.isoformat(),
        **decision_json(decision, tx),
        "verdict": decision.verdict,
        "pays_for": money,
    }
    emit(args, data, cli_rules.eligibility_text(decision, data["checks"], money, tx))
    return 0 if decision.verdict == "allowed" else 1
