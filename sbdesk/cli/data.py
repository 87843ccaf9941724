"""The data folder's whole-file commands: ``check``, ``import``, ``export``, ``backup``,
``restore``, ``restored`` (a branch server after pg_restore) and ``migrate-to`` (the file into a
branch server)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .. import paths
from ..domain.messages import QT_TRANSLATE_NOOP, Problem
from .common import emit, kind_label, report_rows, with_desk

if TYPE_CHECKING:
    from ..services.desk import Desk


def add_check(p, common) -> None:
    p.add_argument(
        "--accept-restore",
        action="store_true",
        help="the earlier state check found is a restore you meant (pg_restore of an older dump): "
        "record that in the audit log and anchor the history from it",
    )


@with_desk
def run_check(desk: Desk, args, tx) -> int:
    from ..services import maintenance

    result = (maintenance.accept_restore if args.accept_restore else maintenance.check)(desk, tx)
    verdict = tx(
        "cli",
        QT_TRANSLATE_NOOP("cli", "The database is sound.")
        if result["ok"]
        else QT_TRANSLATE_NOOP("cli", "The database has problems:"),
    )
    emit(args, result, "\n".join([verdict] + result["problems"]))
    return 0 if result["ok"] else 3 if result["damaged"] else 1  # 3: damage, not only edits behind its back


def add_import(p, common) -> None:
    p.add_argument("file")


@with_desk
def run_import(desk: Desk, args, tx) -> int:
    from ..services.errors import InputError
    from . import progress as cli_progress

    try:
        result = cli_progress.import_file(desk, args.file, tx)  # with progress on a terminal
    except InputError as exc:
        return report_rows(exc, tx)
    emit(
        args,
        result.__dict__,
        tx("cli", QT_TRANSLATE_NOOP("cli", "Imported {rows} {kind}.")).format(
            rows=result.rows, kind=kind_label(result.kind, tx)
        ),
    )
    return 0


def add_export(p, common) -> None:
    p.add_argument("file", help="ends in .csv or .xlsx")
    p.add_argument("--kind", choices=("people", "bindings"), default="people")
    ids = p.add_mutually_exclusive_group()
    ids.add_argument(
        "--full-ids",
        action="store_true",
        help="write full ID numbers (recorded in the audit log); without it they are masked and the file cannot"
        " be imported again",
    )
    ids.add_argument("--masked", action="store_true", help="mask ID numbers (the default)")


@with_desk
def run_export(desk: Desk, args, tx) -> int:
    from ..services import exchange

    count = exchange.export_file(desk, args.file, args.kind, full_ids=args.full_ids, lang=getattr(tx, "lang", "en"))
    text = (
        QT_TRANSLATE_NOOP("cli", "Exported {rows} {kind} to {file}, with full ID numbers (recorded in the audit log).")
        if args.full_ids
        else QT_TRANSLATE_NOOP("cli", "Exported {rows} {kind} to {file}; ID numbers are masked (--full-ids for full).")
    )
    emit(
        args,
        {"file": args.file, "rows": count, "kind": args.kind, "full_ids": args.full_ids},
        tx("cli", text).format(rows=count, kind=kind_label(args.kind, tx), file=args.file),
    )
    return 0


def add_backup(p, common) -> None:
    p.add_argument("dest", nargs="?", help="file or folder (default: the data folder's backups/)")


@with_desk
def run_backup(desk: Desk, args, tx) -> int:
    from ..services import backup as backup_service

    path = backup_service.backup(desk, args.dest)
    emit(args, {"backup": str(path)}, str(path))
    return 0


def add_restore(p, common) -> None:
    p.add_argument("source")


def run_restore(args, tx) -> int:
    from ..services import backup as backup_service
    from ..services import keys
    from ..services.errors import InputError
    from .unlock import unlock

    folder = paths.data_dir(args.data_dir)
    adopted = keys.adopt(folder, Path(args.source))  # an encrypted copy into a new folder: its keys come along
    try:
        unlock(args, tx)
    except BaseException:
        if adopted:
            keys.forget_adopted(folder)
        raise
    holder = backup_service.lock_holder(folder)
    if holder:
        raise InputError([("", Problem("backup.locked", pid=holder[0], host=holder[1]))])
    aside = backup_service.restore_recorded(folder, args.source, args.operator)
    emit(args, {"restored": str(args.source), "previous_kept_as": str(aside) if aside else None}, str(aside or ""))
    return 0


def add_restored(p, common) -> None:
    pass


@with_desk
def run_restored(desk: Desk, args, tx) -> int:
    from ..services import maintenance

    result = maintenance.declare_restore(desk)
    emit(
        args,
        result,
        tx(
            "cli",
            QT_TRANSLATE_NOOP(
                "cli",
                "Recorded: this branch database was restored at audit row {row} (restore {restore}); every "
                "desk's check accepts it.",
            ),
        ).format(**result),
    )
    return 0


def add_migrate_to(p, common) -> None:
    p.add_argument("url")


def run_migrate_to(args, tx) -> int:
    from ..services.desk import open_desk
    from . import progress as cli_progress
    from .unlock import unlock

    unlock(args, tx, database="")
    desk = open_desk(args.data_dir, args.operator, create=False, database="")  # the file, whatever is set
    try:
        result = cli_progress.migrate_to(desk, args.url, tx)  # with progress on a terminal
    finally:
        desk.close()
    rows = result["rows"]
    emit(
        args,
        result,
        tx(
            "cli",
            QT_TRANSLATE_NOOP(
                "cli",
                "Copied {people} people, {bindings} bindings and {audit} audit rows to {database}; the audit chain "
                "verifies on both sides (row {head}).",
            ),
        ).format(
            people=rows.get("people", 0),
            bindings=rows.get("bindings", 0),
            audit=rows.get("audit", 0),
            database=result["database"],
            head=result["audit_head"]["id"],
        ),
    )
    return 0
