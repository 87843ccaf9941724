"""``sbdesk person add | update | list | card-status | show``: the people on record."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..domain import relations
from ..domain.models import ACCOUNT_STATES, INSURANCE
from .argparse_zh import Parser
from .common import binding_json, binding_line, emit, emit_each, person_json, person_line, with_desk
from .common import person as cli_person
from .options import number

if TYPE_CHECKING:
    from ..domain.models import DamagedPerson
    from ..services.desk import Desk


def add_person(person, common) -> None:
    psub = person.add_subparsers(dest="action", required=True, parser_class=Parser)
    p = psub.add_parser("add", parents=[common])
    p.add_argument("--name", required=True)
    p.add_argument("--id-number", required=True)
    p.add_argument("--region", default="", help="统筹区 name or code (default: suggested by the ID number)")
    p.add_argument("--insurance", choices=INSURANCE, default="employee")
    p.add_argument("--card", help="social-security card number")
    p.add_argument("--computer-number", help="社保电脑号")
    p = psub.add_parser(
        "update", parents=[common], help="change a person's details; bindings the change ends are ended and listed"
    )
    p.add_argument("key", help="ID number, card number or #row-id")
    p.add_argument("--name")
    p.add_argument("--region", help="统筹区 name or code (moving ends the person's bindings)")
    p.add_argument("--insurance", choices=INSURANCE, help="leaving 职工医保 ends the bindings the person pays for")
    p.add_argument("--card", help="social-security card number ('' removes it)")
    p.add_argument("--computer-number", help="社保电脑号 ('' removes it)")
    p = psub.add_parser("list", parents=[common])
    p.add_argument("--search", default="", help="ID or card prefix, or name prefix")
    p.add_argument("--limit", type=number, default=200)
    p.add_argument("--reveal", action="store_true", help="show full ID numbers (audited)")
    p = psub.add_parser("card-status", parents=[common], help="record the card's two accounts")
    p.add_argument("key")
    p.add_argument("--ss", choices=ACCOUNT_STATES, help="社保账户 (must be active to use the card)")
    p.add_argument("--financial", choices=ACCOUNT_STATES, help="金融账户 (optional)")
    p = psub.add_parser("show", parents=[common])
    p.add_argument("key", help="ID number, card number or #row-id")
    p.add_argument("--reveal", action="store_true", help="show the full ID number (audited)")


@with_desk
def run_person(desk: Desk, args, tx) -> int:
    from ..services import people
    from . import rows as cli_rows

    if args.action == "card-status":
        person = cli_person(desk, args.key)
        p = people.set_card_status(desk, person.id, args.ss, args.financial)
        emit(args, person_json(p), person_line(p))
    elif args.action == "add":
        p = people.add(
            desk,
            name=args.name,
            id_number=args.id_number,
            region=args.region,
            insurance=args.insurance,
            card_number=args.card,
            computer_number=args.computer_number,
        )
        emit(args, person_json(p), person_line(p))
    elif args.action == "update":
        current = cli_person(desk, args.key)
        edited = people.edit(
            desk,
            current.id,
            name=current.name if args.name is None else args.name,
            region=current.region_code if args.region is None else args.region,
            insurance=args.insurance or current.insurance,
            card_number=current.card_number if args.card is None else args.card,
            computer_number=current.computer_number if args.computer_number is None else args.computer_number,
        )
        notices = [n.render(tx) for n in edited.notices()]
        emit(
            args,
            {
                **person_json(edited.person),
                "ended_bindings": [{**binding_json(b), "why": why} for b, why in edited.ended],
            },
            "\n".join([person_line(edited.person)] + notices),
        )
    elif args.action == "list" and not args.reveal:  # streamed: flat memory for a million
        damaged: list[DamagedPerson] = []
        emit_each(
            args,
            cli_rows.noting(people.stream(desk, args.search, args.limit), damaged),
            person_json,
            lambda p: person_line(p, tx=tx),
        )
        return cli_rows.listed(damaged, tx)
    elif args.action == "list":
        found = people.search(desk, args.search, args.limit)
        damaged = cli_rows.noted(found)
        for p in found:
            if p not in damaged:
                people.reveal(desk, p, "cli list")
        emit(
            args,
            [person_json(p, args.reveal) for p in found],
            "\n".join(person_line(p, args.reveal, tx) for p in found),
        )
        return cli_rows.listed(damaged, tx)
    else:
        d = people.detail(desk, cli_person(desk, args.key).id)
        if args.reveal:
            people.reveal(desk, d.person, "cli show")
        data = {
            **person_json(d.person, args.reveal),
            "relatives": [{"relation": k, **person_json(p)} for k, p in d.relatives],
            "bindings": [binding_json(b) for b in d.bindings],
        }
        text = "\n".join(
            [person_line(d.person, args.reveal)]
            + [f"  {tx(relations.CONTEXT, relations.KINDS[k][1])}: {p.name}" for k, p in d.relatives]
            + ["  " + binding_line(b, tx) for b in d.bindings]
        )
        emit(args, {**data, "damaged": [e.line() for e in d.damaged]} if d.damaged else data, text)
        return cli_rows.named(d.damaged, tx)  # shown without them; the first named, as a listing does
    return 0
