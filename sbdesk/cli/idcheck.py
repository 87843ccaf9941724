"""``sbdesk idcheck NUMBER…``: check 公民身份号码 numbers without opening the database (the
quickest command: it imports no service)."""

from __future__ import annotations

from datetime import date

from ..domain.messages import QT_TRANSLATE_NOOP
from .common import emit, parse_day, problems_json


def add_idcheck(p, common) -> None:
    p.add_argument("numbers", nargs="+")
    p.add_argument("--on", help="date for the age (YYYY-MM-DD, default today)")
    p.add_argument("--reveal", action="store_true", help="print full numbers (masked by default)")


def run_idcheck(args, tx) -> int:
    from ..domain import idnumber

    day = parse_day(args.on) if args.on is not None else date.today()
    results, lines = [], []
    for raw in args.numbers:
        info = idnumber.parse(raw, day)
        shown = info.text if args.reveal else idnumber.mask(info.text)
        kind = tx("idnumber", idnumber.KIND_LABELS[info.kind])
        not_read = tx("idnumber", idnumber.NOT_READ) if info.foreign else None
        results.append({
            "valid": info.valid,
            "id_number": shown,
            "kind": info.kind,
            "kind_label": kind,
            "birth_date": info.birth_date.isoformat() if info.birth_date else None,
            "age": info.age_on(day) if info.valid and info.birth_date else None,
            "sex": info.sex,
            "division": info.division,
            "province": info.province,
            "not_read": not_read,
            "kind_source": idnumber.KIND_SOURCES.get(info.kind),
            "problems": problems_json(info.problems, tx),
        })
        if info.foreign:
            verdict = tx(
                "cli", QT_TRANSLATE_NOOP("cli", "valid") if info.valid else QT_TRANSLATE_NOOP("cli", "invalid:")
            )
            lines.append(
                f"{shown}  {verdict}  "
                + tx("cli", QT_TRANSLATE_NOOP("cli", "{kind} ({note})")).format(kind=kind, note=not_read)
                + "".join(" " + p.render(tx) for p in info.problems)
            )
        elif info.valid:
            sex = tx(
                "cli", QT_TRANSLATE_NOOP("cli", "male") if info.sex == "male" else QT_TRANSLATE_NOOP("cli", "female")
            )
            verdict = tx("cli", QT_TRANSLATE_NOOP("cli", "valid"))
            lines.append(f"{shown}  {verdict}  {info.birth_date.isoformat()}  {sex}  {info.province or ''}")
        else:
            verdict = tx("cli", QT_TRANSLATE_NOOP("cli", "invalid:"))
            lines.append(f"{shown}  {verdict} " + " ".join(p.render(tx) for p in info.problems))
    emit(args, results, "\n".join(lines))
    return 0 if all(r["valid"] for r in results) else 1
