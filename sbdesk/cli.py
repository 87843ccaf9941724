"""``sbdesk``: no sub-command opens the window; sub-commands do batch work and print JSON.

Exit codes: 0 done / allowed / valid, 1 a negative answer (invalid number, refused
binding, a check that found edits made behind sbdesk's back), 2 bad input (one line on
stderr, nothing written), 3 the database cannot be used (locked, damaged, too new, disk
full), a check found damage, or a listing marked rows it could not read.
"""
from __future__ import annotations

import argparse
import errno
import os
import sys
from collections.abc import Sequence
from datetime import date

from . import cli_argparse, cli_options, cli_parser, cli_policy, cli_retirement, i18n, paths
from .cli_parser import Failure
from .domain.messages import QT_TRANSLATE_NOOP, Problem
from .portable import give_streams

TYPE_CHECKING = False  # importing typing is a tenth of `sbdesk idcheck`; type checkers know the name
if TYPE_CHECKING:
    from typing import Any

    from .domain.eligibility import Decision
    from .domain.models import Binding, DamagedPerson, Person
    from .services.desk import Desk
    from .services.errors import InputError

# Each command imports the services it uses when it runs (`idcheck` needs none of them: the
# whole CLI's imports were three quarters of its time).


def parse_day(text: str) -> date:
    from .services.errors import InputError
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InputError([("on", Problem("date.format", value=text))]) from None


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    give_streams()  # the console script `sbdesk` (pip) comes here without __main__: stderr closed (2>&-) is None
    tx = i18n.translator(i18n.choose(_peek_lang(argv)))
    cli_argparse.install(tx)  # --help and argparse's errors in that language
    args = None
    try:
        args = cli_parser.parse(argv)
        if getattr(args, "database", None) is not None:
            paths.choose_database(args.database)
        if getattr(args, "version", False):  # wherever it stands, as argparse's own --version
            return cli_policy.cmd_version(args, tx)
        cli_options.address_warnings(args, tx)
        if not args.command:
            from .app import run  # Qt is imported only for the window
            return run(args)
        return COMMANDS[args.command](args, tx)
    except Failure as exc:
        print(exc.line, file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:  # Ctrl+C: the command's transaction was rolled back; one line, no traceback
        print(tx("cli", QT_TRANSLATE_NOOP("cli", "Interrupted; the unfinished change was not written.")),
              file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader went away (`sbdesk person list | head`): what was done stays done
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
        return 1
    except Exception as exc:
        code = failed(exc, args, tx)
        if code is None:
            raise
        return code


def failed(exc: Exception, args, tx) -> int | None:
    """One line on stderr and the exit code for a command's failure (None: a real bug). The
    service errors are imported here, when something failed, not on every start."""
    import sqlite3

    from .services.errors import NoDatabase, Refused, ServiceError, StoreError, translate_error
    if isinstance(exc, Refused):
        prefix = (QT_TRANSLATE_NOOP("cli", "Needs the clerk's confirmation (--confirm-unusual):")
                  if exc.decision.verdict == "confirm" else QT_TRANSLATE_NOOP("cli", "Refused:"))
        print(tx("cli", prefix) + " " + " ".join(exc.messages(tx)), file=sys.stderr)
        return 1
    if isinstance(exc, ServiceError):
        print(" ".join(exc.messages(tx)), file=sys.stderr)
        return 2
    if isinstance(exc, StoreError):
        print(Problem(exc.code, **exc.params).render(tx), file=sys.stderr)
        if exc.params.get("detail") and getattr(args, "data_dir", None) is not None:
            from . import crash  # SQLite's own report (English, lines of it) goes to the log
            crash.log_line(paths.data_dir(args.data_dir), f"{exc.code}: {exc.params['detail']}")
        # a mistyped --data-dir or URL, or a sign-in without the grant, is bad input
        return 2 if isinstance(exc, NoDatabase) or getattr(exc, "bad_input", False) else 3
    if isinstance(exc, OSError):  # a path given on the command line that cannot be used
        print(Problem("export.target", path=exc.filename or "", detail=exc.strerror or str(exc)).render(tx),
              file=sys.stderr)
        return 3 if exc.errno == errno.ENOSPC else 2
    if isinstance(exc, sqlite3.DatabaseError):  # damage found while reading, outside a transaction
        from .store.rows import DamagedText, not_utf8
        column = not_utf8(exc)  # a row's text stored as bytes that are not UTF-8: check names the row
        error = translate_error(exc, getattr(args, "data_dir", None) or "") if column is None else DamagedText(column)
        print(Problem(error.code, **error.params).render(tx), file=sys.stderr)
        return 2 if getattr(error, "bad_input", False) else 3  # a server's rule refused the change
    return None


def _peek_lang(argv: list[str]) -> str | None:
    """The language asked for, wherever it stands (the last one wins, as in argparse), also
    as argparse's abbreviations --la and --lan (--l would be --limit's too), which set
    args.lang: the help, the errors and the answer then all speak it."""
    found = None
    for i, arg in enumerate(argv):
        if arg == "--":  # what follows is no option
            break
        name, equals, value = arg.partition("=")
        if name not in ("--la", "--lan", "--lang"):
            continue
        if equals:
            found = value
        elif i + 1 < len(argv):
            found = argv[i + 1]
    return found


def report_rows(exc: InputError, tx) -> int:
    """A file's problems, one row-numbered line each (nothing was written): exit code 2."""
    for message in exc.messages(tx):
        print(message, file=sys.stderr)
    return 2


def kind_label(kind: str, tx) -> str:
    return {"regions": tx("cli", QT_TRANSLATE_NOOP("cli", "region list")),
            "relations": tx("cli", QT_TRANSLATE_NOOP("cli", "relationship policy")),
            "people": tx("cli", QT_TRANSLATE_NOOP("cli", "people")),
            "bindings": tx("cli", QT_TRANSLATE_NOOP("cli", "bindings"))}.get(kind, kind)


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


def cmd_idcheck(args, tx) -> int:
    from .domain import idnumber
    day = parse_day(args.on) if args.on is not None else date.today()
    results, lines = [], []
    for raw in args.numbers:
        info = idnumber.parse(raw, day)
        shown = info.text if args.reveal else idnumber.mask(info.text)
        kind = tx("idnumber", idnumber.KIND_LABELS[info.kind])
        not_read = tx("idnumber", idnumber.NOT_READ) if info.foreign else None
        results.append({
            "valid": info.valid, "id_number": shown, "kind": info.kind, "kind_label": kind,
            "birth_date": info.birth_date.isoformat() if info.birth_date else None,
            "age": info.age_on(day) if info.valid and info.birth_date else None,
            "sex": info.sex, "division": info.division, "province": info.province,
            "not_read": not_read, "kind_source": idnumber.KIND_SOURCES.get(info.kind),
            "problems": problems_json(info.problems, tx)})
        if info.foreign:
            verdict = tx("cli", QT_TRANSLATE_NOOP("cli", "valid") if info.valid
                         else QT_TRANSLATE_NOOP("cli", "invalid:"))
            lines.append(f"{shown}  {verdict}  " + tx("cli", QT_TRANSLATE_NOOP("cli", "{kind} ({note})")).format(
                kind=kind, note=not_read) + "".join(" " + p.render(tx) for p in info.problems))
        elif info.valid:
            sex = tx("cli", QT_TRANSLATE_NOOP("cli", "male") if info.sex == "male"
                     else QT_TRANSLATE_NOOP("cli", "female"))
            verdict = tx("cli", QT_TRANSLATE_NOOP("cli", "valid"))
            lines.append(f"{shown}  {verdict}  {info.birth_date.isoformat()}  {sex}  {info.province or ''}")
        else:
            verdict = tx("cli", QT_TRANSLATE_NOOP("cli", "invalid:"))
            lines.append(f"{shown}  {verdict} " + " ".join(p.render(tx) for p in info.problems))
    emit(args, results, "\n".join(lines))
    return 0 if all(r["valid"] for r in results) else 1


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
    def run(args, tx) -> int:
        from .services.desk import open_desk
        name = args.command + (f" {args.action}" if args.command in ("person", "pension") else "")
        desk = open_desk(args.data_dir, args.operator, create=name in CREATING, ask_password=password_prompt(tx))
        try:
            return fn(desk, args, tx)
        finally:
            desk.close()
    return run


@with_desk
def cmd_regions(desk: Desk, args, tx) -> int:
    from . import cli_rules
    from .services import policy_import
    from .services import regions as region_service
    from .services.errors import InputError
    if args.action == "import":
        if not args.file:
            raise Failure("sbdesk regions import: FILE is required", 2)
        try:
            result = policy_import.import_file(desk, args.file)
        except InputError as exc:
            return report_rows(exc, tx)
        emit(args, result.__dict__, tx("cli", QT_TRANSLATE_NOOP(
            "cli", "Imported {kind}: {added} added, {updated} updated, {batches} batches, {provinces} provinces."))
            .format(**{**result.__dict__, "kind": kind_label(result.kind, tx)}))
        return 0
    on = parse_day(args.on) if args.on is not None else desk.today()  # today: old reports of "not open" age
    found = region_service.listing(desk, args.cross_province, on, args.search or "")
    cat, months = desk.catalogue, desk.policy.not_open_months
    emit(args, [cli_rules.region_json(cat, r, on, months) for r in found],
         "\n".join(cli_rules.region_line(cat, r, on, tx, months) for r in found))
    return 0


def decision_json(decision: Decision, tx) -> dict:
    return {"allowed": decision.allowed,
            "checks": [{"status": c.status, "code": c.problem.code, "message": c.problem.render(tx)}
                       for c in decision.checks]}


def _party(desk: Desk, key: str | None, region: str | None, insurance: str, role: str, tx,
           birth: date | None = None) -> Person:
    from .services import people
    from .services import regions as region_service
    if key:
        return people.get(desk, key)
    if not region:
        raise Failure(tx("cli", QT_TRANSLATE_NOOP("cli", "sbdesk eligibility: --{role} or --{role}-region is required"))
                      .format(role=role), 2)
    found = region_service.find(desk, region, f"{role}_region")
    return region_service.hypothetical(found, insurance, role, birth, card="?", computer="?")


@with_desk
def cmd_eligibility(desk: Desk, args, tx) -> int:
    from . import cli_rules
    from .services import binding as binding_service
    from .services.errors import InputError
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
    data = {"owner_region": owner.region_code, "member_region": member.region_code,
            "relation": relation, "channel": args.channel, "on": day.isoformat(),
            **decision_json(decision, tx), "verdict": decision.verdict, "pays_for": money}
    emit(args, data, cli_rules.eligibility_text(decision, data["checks"], money, tx))
    return 0 if decision.verdict == "allowed" else 1


def person_json(p: Person, reveal: bool = False) -> dict:
    from . import cli_rows
    from .domain import idnumber
    if isinstance(p, cli_rows.DamagedPerson):
        return {"id": p.id, "damaged": p.damaged}
    return {"id": p.id, "name": p.name,
            "id_number": p.id_number if reveal else idnumber.mask(p.id_number),
            "sex": p.sex, "birth_date": p.birth_date.isoformat() if p.birth_date else None,
            "region": p.region_code, "insurance": p.insurance,
            "card_number": p.card_number, "computer_number": p.computer_number,
            "ss_account": p.ss_account, "financial_account": p.financial_account}


def person_line(p: Person, reveal: bool = False, tx=None) -> str:
    from . import cli_rows
    from .domain import idnumber
    if isinstance(p, cli_rows.DamagedPerson):
        return cli_rows.damaged_line(p, tx)
    number = p.id_number if reveal else idnumber.mask(p.id_number)
    return f"#{p.id}  {p.name}  {number}  {p.region_code}  {p.insurance}  {p.card_number or '-'}"


def binding_json(b: Binding) -> dict:
    return {"id": b.id, "owner_id": b.owner_id, "owner": b.owner_name, "member_id": b.member_id,
            "member": b.member_name, "relation": b.relation, "channel": b.channel, "status": b.status,
            "bound_on": b.bound_on.isoformat(), "ended_on": b.ended_on.isoformat() if b.ended_on else None,
            "end_reason": b.end_reason, "operator": b.operator}


def binding_line(b: Binding, tx) -> str:
    from .domain import relations
    return (f"#{b.id}  {b.owner_name} → {b.member_name}  {tx(relations.CONTEXT, relations.KINDS[b.relation][1])}"
            f"  {b.channel}  {b.status}  {b.bound_on.isoformat()}")


@with_desk
def cmd_person(desk: Desk, args, tx) -> int:
    from . import cli_rows
    from .domain import relations
    from .services import people
    if args.action == "card-status":
        person = people.get(desk, args.key)
        p = people.set_card_status(desk, person.id, args.ss, args.financial)
        emit(args, person_json(p), person_line(p))
    elif args.action == "add":
        p = people.add(desk, name=args.name, id_number=args.id_number, region=args.region,
                       insurance=args.insurance, card_number=args.card, computer_number=args.computer_number)
        emit(args, person_json(p), person_line(p))
    elif args.action == "update":
        current = people.get(desk, args.key)
        edited = people.edit(
            desk, current.id, name=current.name if args.name is None else args.name,
            region=current.region_code if args.region is None else args.region,
            insurance=args.insurance or current.insurance,
            card_number=current.card_number if args.card is None else args.card,
            computer_number=current.computer_number if args.computer_number is None else args.computer_number)
        notices = [n.render(tx) for n in edited.notices()]
        emit(args, {**person_json(edited.person), "ended_bindings": [
            {**binding_json(b), "why": why} for b, why in edited.ended]},
             "\n".join([person_line(edited.person)] + notices))
    elif args.action == "list" and not args.reveal:  # streamed: flat memory for a million
        damaged: list[DamagedPerson] = []
        emit_each(args, cli_rows.noting(people.stream(desk, args.search, args.limit), damaged), person_json,
                  lambda p: person_line(p, tx=tx))
        return cli_rows.listed(damaged, tx)
    elif args.action == "list":
        found = people.search(desk, args.search, args.limit)
        damaged = cli_rows.noted(found)
        for p in found:
            if p not in damaged:
                people.reveal(desk, p, "cli list")
        emit(args, [person_json(p, args.reveal) for p in found],
             "\n".join(person_line(p, args.reveal, tx) for p in found))
        return cli_rows.listed(damaged, tx)
    else:
        d = people.detail(desk, args.key)
        if args.reveal:
            people.reveal(desk, d.person, "cli show")
        data = {**person_json(d.person, args.reveal),
                "relatives": [{"relation": k, **person_json(p)} for k, p in d.relatives],
                "bindings": [binding_json(b) for b in d.bindings]}
        text = "\n".join([person_line(d.person, args.reveal)]
                         + [f"  {tx(relations.CONTEXT, relations.KINDS[k][1])}: {p.name}" for k, p in d.relatives]
                         + ["  " + binding_line(b, tx) for b in d.bindings])
        emit(args, {**data, "damaged": [e.line() for e in d.damaged]} if d.damaged else data, text)
        return cli_rows.named(d.damaged, tx)  # shown without them; the first named, as a listing does
    return 0


@with_desk
def cmd_bind(desk: Desk, args, tx) -> int:
    from .services import binding as binding_service
    day = parse_day(args.on) if args.on is not None else None
    b = binding_service.bind(desk, args.owner, args.member, args.relation, args.channel, day,
                             face_photo=args.face_photo_checked, confirm_unusual=args.confirm_unusual)
    emit(args, binding_json(b), binding_line(b, tx))
    return 0


@with_desk
def cmd_unbind(desk: Desk, args, tx) -> int:
    from .services import binding as binding_service
    day = parse_day(args.on) if args.on is not None else None
    b = binding_service.unbind(desk, args.binding, args.reason, day)
    emit(args, binding_json(b), binding_line(b, tx))
    return 0


@with_desk
def cmd_bindings(desk: Desk, args, tx) -> int:
    from .services import binding as binding_service
    found = binding_service.listing(desk, args.channel, args.status)
    emit(args, [binding_json(b) for b in found], "\n".join(binding_line(b, tx) for b in found))
    return 0


@with_desk
def cmd_check(desk: Desk, args, tx) -> int:
    from .services import maintenance
    result = (maintenance.accept_restore if args.accept_restore else maintenance.check)(desk, tx)
    verdict = tx("cli", QT_TRANSLATE_NOOP("cli", "The database is sound.") if result["ok"]
                 else QT_TRANSLATE_NOOP("cli", "The database has problems:"))
    emit(args, result, "\n".join([verdict] + result["problems"]))
    return 0 if result["ok"] else 3 if result["damaged"] else 1  # 3: damage, not only edits behind its back


@with_desk
def cmd_pension(desk: Desk, args, tx) -> int:
    from .services import pension as pension_service
    from .services import people
    from .services.errors import InputError
    if args.action == "import":
        if not args.file:
            raise Failure("sbdesk pension import: FILE is required", 2)
        result = pension_service.import_file(desk, args.file)
        emit(args, result, tx("cli", QT_TRANSLATE_NOOP("cli", "Pension data imported.")))
        return 0
    if not args.person:
        raise Failure("sbdesk pension: --person is required", 2)
    person = people.get(desk, args.person)
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
    r = pension_service.report(desk, f"#{person.id}", as_of, age, retire_at=args.retire_at)
    data, lines = cli_retirement.pension_output(r, pension_service.rules(desk), person_json(person), tx)
    emit(args, data, "\n".join(lines))
    return 0


@with_desk
def cmd_import(desk: Desk, args, tx) -> int:
    from . import cli_progress
    from .services.errors import InputError
    try:
        result = cli_progress.import_file(desk, args.file, tx)  # with progress on a terminal
    except InputError as exc:
        return report_rows(exc, tx)
    emit(args, result.__dict__, tx("cli", QT_TRANSLATE_NOOP("cli", "Imported {rows} {kind}.")).format(
        rows=result.rows, kind=kind_label(result.kind, tx)))
    return 0


@with_desk
def cmd_export(desk: Desk, args, tx) -> int:
    from .services import exchange
    count = exchange.export_file(desk, args.file, args.kind, args.masked, lang=getattr(tx, "lang", "en"))
    emit(args, {"file": args.file, "rows": count, "kind": args.kind}, tx("cli", QT_TRANSLATE_NOOP(
        "cli", "Exported {rows} {kind} to {file}.")).format(rows=count, kind=kind_label(args.kind, tx), file=args.file))
    return 0


@with_desk
def cmd_backup(desk: Desk, args, tx) -> int:
    from .services import backup as backup_service
    path = backup_service.backup(desk, args.dest)
    emit(args, {"backup": str(path)}, str(path))
    return 0


def cmd_restore(args, tx) -> int:
    from .services import backup as backup_service
    from .services.errors import InputError
    folder = paths.data_dir(args.data_dir)
    holder = backup_service.lock_holder(folder)
    if holder:
        raise InputError([("", Problem("backup.locked", pid=holder[0], host=holder[1]))])
    aside = backup_service.restore_recorded(folder, args.source, args.operator)
    emit(args, {"restored": str(args.source), "previous_kept_as": str(aside) if aside else None},
         str(aside or ""))
    return 0


def cmd_migrate_to(args, tx) -> int:
    from . import cli_progress
    from .services.desk import open_desk
    desk = open_desk(args.data_dir, args.operator, create=False, database="")  # the file, whatever is set
    try:
        result = cli_progress.migrate_to(desk, args.url, tx)  # with progress on a terminal
    finally:
        desk.close()
    rows = result["rows"]
    emit(args, result, tx("cli", QT_TRANSLATE_NOOP(
        "cli", "Copied {people} people, {bindings} bindings and {audit} audit rows to {database}; the audit chain "
               "verifies on both sides (row {head}).")).format(
        people=rows.get("people", 0), bindings=rows.get("bindings", 0), audit=rows.get("audit", 0),
        database=result["database"], head=result["audit_head"]["id"]))
    return 0


COMMANDS = {"idcheck": cmd_idcheck, "regions": cmd_regions, "eligibility": cmd_eligibility,
            "person": cmd_person, "bind": cmd_bind, "unbind": cmd_unbind, "bindings": cmd_bindings,
            "check": cmd_check, "pension": cmd_pension, "backup": cmd_backup, "restore": cmd_restore,
            "import": cmd_import, "export": cmd_export, "retirement": cli_retirement.cmd_retirement,
            "migrate-to": cmd_migrate_to, "policy": cli_policy.cmd_policy}
