"""What the commands share: reading a date, printing the answer (text or --json), a file's
row-numbered problems, the password prompt, opening the data folder for a command, and the
JSON and line of a person and a binding."""

from __future__ import annotations

import argparse
import functools
import sys
from datetime import date
from typing import TYPE_CHECKING

from ..domain.messages import QT_TRANSLATE_NOOP, Problem

if TYPE_CHECKING:
    from typing import Any

    from ..domain.models import Binding, Person
    from ..services.errors import InputError


def parse_day(text: str) -> date:
    from ..services.errors import InputError

    try:
        return date.fromisoformat(text)
    except ValueError:
        from ..crash import mask_ids  # an ID number pasted into a date is echoed masked

        raise InputError([("on", Problem("date.format", value=mask_ids(text)))]) from None


def one_format(args) -> None:
    """--json and --csv together: refused, rather than one of them silently ignored."""
    if args.json and args.csv:
        from ..services.errors import InputError

        raise InputError([("csv", Problem("cli.json_csv"))])


def person(desk, key: str) -> Person:
    """The person a command line names: ``#12`` (a row id, as ``person list`` prints it), an ID
    number or a card number (services/people.py ``typed``, which an import file's rows use too)."""
    from ..services import people

    return people.typed(desk, key)


def report_rows(exc: InputError, tx) -> int:
    """A file's problems, one row-numbered line each (nothing was written): exit code 2."""
    for message in exc.messages(tx):
        print(message, file=sys.stderr)
    return 2


def kind_label(kind: str, tx) -> str:
    return {
        "regions": tx("cli", QT_TRANSLATE_NOOP("cli", "region list")),
        "relations": tx("cli", QT_TRANSLATE_NOOP("cli", "relationship policy")),
        "people": tx("cli", QT_TRANSLATE_NOOP("cli", "people")),
        "bindings": tx("cli", QT_TRANSLATE_NOOP("cli", "bindings")),
    }.get(kind, kind)


def emit(args: argparse.Namespace, data: Any, text: str) -> None:
    if args.json:
        import json  # only for --json: a plain answer need not load it

        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(text)


def emit_each(args: argparse.Namespace, items, as_json, as_line) -> None:
    """emit() for a list written item by item as it is read, with the same output: the JSON
    array json.dumps(indent=2) would make, or one line per item."""
    import json

    out, first = sys.stdout, True
    for item in items:
        if args.json:
            text = json.dumps(as_json(item), ensure_ascii=False, indent=2).replace("\n", "\n  ")
            out.write(("[\n  " if first else ",\n  ") + text)
        else:
            out.write(("" if first else "\n") + as_line(item))
        first = False
    out.write(("[]" if first else "\n]") + "\n" if args.json else "\n")


def problems_json(problems, tx) -> list[dict]:
    return [{"code": p.code, "message": p.render(tx)} for p in problems]


def password_prompt(tx):
    """A branch server's password asked at the terminal (not echoed, never saved); none
    when no one is there to answer (a script, CI): then sign-in fails with one line."""

    def ask(where: str) -> str | None:
        if not sys.stdin.isatty():
            return None
        import getpass

        return getpass.getpass(tx("cli", QT_TRANSLATE_NOOP("cli", "Password for {where}: ")).format(where=where))

    return ask


CREATING = {"regions", "eligibility", "import", "person add", "pension import"}  # may make a new data folder


def with_desk(fn):
    """Open the data folder for a command and close it afterwards. Only a command that adds
    data (or needs just the shipped catalogue) may create a database; the others are refused
    where there is none, so a mistyped --data-dir is not silently a new, empty office."""

    @functools.wraps(fn)  # the command's own name and module (the registry's test reads them)
    def run(args, tx) -> int:
        from ..services.desk import open_desk
        from .unlock import unlock

        unlock(args, tx)  # an encrypted folder's key first
        name = args.command + (f" {args.action}" if args.command in ("person", "pension") else "")
        desk = open_desk(args.data_dir, args.operator, create=name in CREATING, ask_password=password_prompt(tx))
        try:
            return fn(desk, args, tx)
        finally:
            desk.close()

    return run


def person_json(p: Person, reveal: bool = False) -> dict:
    from ..domain import idnumber
    from . import rows as cli_rows

    if isinstance(p, cli_rows.DamagedPerson):
        return {"id": p.id, "damaged": p.damaged}
    return {
        "id": p.id,
        "name": p.name,
        "id_number": p.id_number if reveal else idnumber.mask(p.id_number),
        "sex": p.sex,
        "birth_date": p.birth_date.isoformat() if p.birth_date else None,
        "region": p.region_code,
        "insurance": p.insurance,
        "card_number": p.card_number,
        "computer_number": p.computer_number,
        "ss_account": p.ss_account,
        "financial_account": p.financial_account,
    }


def person_line(p: Person, reveal: bool = False, tx=None) -> str:
    from ..domain import idnumber
    from . import rows as cli_rows

    if isinstance(p, cli_rows.DamagedPerson):
        return cli_rows.damaged_line(p, tx)
    number = p.id_number if reveal else idnumber.mask(p.id_number)
    return f"#{p.id}  {p.name}  {number}  {p.region_code}  {p.insurance}  {p.card_number or '-'}"


def binding_json(b: Binding) -> dict:
    return {
        "id": b.id,
        "owner_id": b.owner_id,
        "owner": b.owner_name,
        "member_id": b.member_id,
        "member": b.member_name,
        "relation": b.relation,
        "channel": b.channel,
        "status": b.status,
        "bound_on": b.bound_on.isoformat(),
        "ended_on": b.ended_on.isoformat() if b.ended_on else None,
        "end_reason": b.end_reason,
        "operator": b.operator,
    }


def binding_line(b: Binding, tx) -> str:
    from ..domain import relations

    return (
        f"#{b.id}  {b.owner_name} → {b.member_name}  {tx(relations.CONTEXT, relations.KINDS[b.relation][1])}"
        f"  {b.channel}  {b.status}  {b.bound_on.isoformat()}"
    )
