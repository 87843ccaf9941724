"""How long pictures are kept: ``purge`` (delete the pictures whose days are up) and
``retention`` (show the number of days, or set the office's own with ``--days``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..domain.messages import QT_TRANSLATE_NOOP
from .common import emit, with_desk

if TYPE_CHECKING:
    from ..domain.retention import Retention
    from ..services.desk import Desk


def add_purge(p, common) -> None:
    p.add_argument("--dry-run", action="store_true", help="say what would be deleted, delete nothing")


@with_desk
def run_purge(desk: Desk, args, tx) -> int:
    from ..services import retention

    done = retention.purge(desk, dry_run=args.dry_run)
    apps = ", ".join(f"#{a}" for a in done.applications)
    if not done.images:
        text = tx("cli", QT_TRANSLATE_NOOP("cli", "No picture is past its {days} days; nothing deleted.")).format(
            days=done.days
        )
    elif args.dry_run:
        text = tx(
            "cli",
            QT_TRANSLATE_NOOP(
                "cli", "Pictures to delete: {images} (applications {apps}; past {days} days). Nothing was deleted."
            ),
        ).format(images=done.images, apps=apps, days=done.days)
    else:
        text = tx(
            "cli", QT_TRANSLATE_NOOP("cli", "Pictures deleted: {images} (applications {apps}; past {days} days).")
        ).format(images=done.images, apps=apps, days=done.days)
    emit(
        args,
        {"images": done.images, "applications": list(done.applications), "days": done.days, "dry_run": args.dry_run},
        text,
    )
    return 0


def add_retention(p, common) -> None:
    p.add_argument("--days", help="the office's own number of days (1 to 3650); without it: show the rule in use")


@with_desk
def run_retention(desk: Desk, args, tx) -> int:
    from ..services import retention

    kept = retention.rule(desk) if args.days is None else retention.set_days(desk, args.days)
    emit(args, _json(kept), _line(kept, tx))
    return 0


def _json(kept: Retention) -> dict:
    return {"days": kept.days, "since": kept.since.isoformat(), "source": kept.source, "by_office": kept.by_office}


def _line(kept: Retention, tx) -> str:
    if kept.by_office:
        return tx(
            "cli",
            QT_TRANSLATE_NOOP(
                "cli",
                "Pictures of an application are deleted {days} days after its last change (this office's setting,"
                " since {since}).",
            ),
        ).format(days=kept.days, since=kept.since.isoformat())
    return tx(
        "cli",
        QT_TRANSLATE_NOOP(
            "cli", "Pictures of an application are deleted {days} days after its last change (since {since}: {source})."
        ),
    ).format(days=kept.days, since=kept.since.isoformat(), source=kept.source)
