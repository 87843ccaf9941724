"""``sbdesk audit``: the audit log read, filtered and verified (services/audit_log.py, the
same service as the window's audit view). Reading writes nothing, so an auditor's login runs
it; an export to a file is recorded where the login may write."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from ..domain.messages import QT_TRANSLATE_NOOP, sentences
from .common import emit, emit_each, one_format, parse_day, with_desk
from .options import number

if TYPE_CHECKING:
    from ..services.desk import Desk


def add_audit(p, common) -> None:
    p.add_argument("--person", default="", help="#row-id, ID number, card number or name")
    p.add_argument("--clerk", default="", help="login, 工号 or the operator as the log names them")
    p.add_argument("--from", dest="start", default="", help="first day, YYYY-MM-DD")
    p.add_argument("--to", dest="end", default="", help="last day, YYYY-MM-DD (included)")
    p.add_argument("--action", default="", help="an action code, e.g. person.reveal_id")
    p.add_argument("--limit", type=number, default=200, help="at most this many rows, newest first (0: all)")
    p.add_argument("--csv", action="store_true", help="print CSV")
    p.add_argument("--output", help="write what is filtered to a file ending in .csv or .xlsx")
    p.add_argument(
        "--verify", action="store_true", help="verify the whole chain and its anchors (exit 3 when it is broken)"
    )


@with_desk
def run_audit(desk: Desk, args, tx) -> int:
    from ..services import audit_log

    if not args.output:  # with --output, --json is the summary's form and the file's name its own
        one_format(args)
    if args.verify:
        return _verify(desk, args, tx)
    wanted = audit_log.Filter(
        person=args.person,
        clerk=args.clerk,
        start=parse_day(args.start) if args.start else None,
        end=parse_day(args.end) if args.end else None,
        action=args.action,
    )
    filt = audit_log.where(desk, wanted)
    if args.output:
        done = audit_log.export(desk, args.output, filt, lang=getattr(tx, "lang", "en"))
        text = tx("cli", QT_TRANSLATE_NOOP("cli", "Exported {rows} audit rows to {file}.")).format(
            rows=done.rows, file=args.output
        )
        if not done.recorded:
            text = sentences(
                text, tx("cli", QT_TRANSLATE_NOOP("cli", "This sign-in only reads: the export is not recorded."))
            )
        emit(args, {"file": args.output, "rows": done.rows, "recorded": done.recorded}, text)
        return 0
    found = audit_log.entries(desk, filt)
    if args.limit > 0:
        found = (e for _, e in zip(range(args.limit), found, strict=False))
    if args.csv:
        import csv

        from ..services.tables_out import neutralise

        out = csv.writer(sys.stdout, lineterminator="\n")
        out.writerow(audit_log.HEADER)
        for e in found:
            out.writerow(
                [neutralise(v) for v in (e.id, e.at, e.operator, e.action, e.subject, e.person)]
                + [neutralise(audit_log.detail_text(e.detail))]
            )
        return 0
    emit_each(args, found, lambda e: e.as_dict(), lambda e: _line(e, tx))
    return 0


def _line(e, tx) -> str:
    """One entry for a person at the prompt: the action and its detail in words (--json and
    --csv keep the stored codes, for programs)."""
    from ..services import audit_log

    action, detail = audit_log.in_words(e, tx, getattr(tx, "lang", "en"))
    return "  ".join(part for part in (f"#{e.id}", e.at, e.operator, action, e.subject, e.person, detail) if part)


def _verify(desk: Desk, args, tx) -> int:
    from ..services import audit_log

    verdict = audit_log.verify(desk)
    if verdict.ok:
        text = tx("cli", QT_TRANSLATE_NOOP("cli", "The audit chain holds: {rows} rows verified.")).format(
            rows=verdict.rows
        )
    elif verdict.first is not None:
        text = tx("cli", QT_TRANSLATE_NOOP("cli", "The audit chain is broken from row {row}:")).format(
            row=verdict.first
        )
    else:
        text = tx("cli", QT_TRANSLATE_NOOP("cli", "The audit chain does not match its anchors:"))
    lines = verdict.lines(tx)
    data = {"ok": verdict.ok, "rows": verdict.rows, "first_broken": verdict.first, "problems": lines}
    emit(args, data, "\n".join([text, *lines]))
    return 0 if verdict.ok else 3
