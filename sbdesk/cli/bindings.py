"""``sbdesk bind``, ``unbind`` and ``bindings``: the family-sharing bindings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .common import binding_json, binding_line, emit, parse_day, person, with_desk
from .options import number

if TYPE_CHECKING:
    from ..services.desk import Desk


def add_bind(p, common) -> None:
    p.add_argument("--owner", required=True)
    p.add_argument("--member", required=True)
    p.add_argument("--relation", required=True)
    p.add_argument(
        "--channel", required=True, help="a channel of resources/channels.json: ecard, web, window, hospital, wallet …"
    )
    p.add_argument("--on", help="binding date (YYYY-MM-DD, default today)")
    p.add_argument(
        "--confirm-unusual",
        action="store_true",
        help="the clerk checked an unusual relationship (by the birth dates); recorded in the audit",
    )
    p.add_argument(
        "--face-photo-checked",
        action="store_true",
        help="for a member under 16 on the e-card channel: the face photo was checked",
    )


@with_desk
def run_bind(desk: Desk, args, tx) -> int:
    from ..services import binding as binding_service

    day = parse_day(args.on) if args.on is not None else None
    b = binding_service.bind(
        desk,
        person(desk, args.owner).id,
        person(desk, args.member).id,
        args.relation,
        args.channel,
        day,
        face_photo=args.face_photo_checked,
        confirm_unusual=args.confirm_unusual,
    )
    emit(args, binding_json(b), binding_line(b, tx))
    return 0


def add_unbind(p, common) -> None:
    p.add_argument("binding", type=number)
    p.add_argument("--reason", default="")
    p.add_argument("--on", help="end date (YYYY-MM-DD, default today)")


@with_desk
def run_unbind(desk: Desk, args, tx) -> int:
    from ..services import binding as binding_service

    day = parse_day(args.on) if args.on is not None else None
    b = binding_service.unbind(desk, args.binding, args.reason, day)
    emit(args, binding_json(b), binding_line(b, tx))
    return 0


def add_bindings(p, common) -> None:
    p.add_argument("--channel", help="a channel of resources/channels.json: ecard, web, window, hospital, wallet …")
    p.add_argument("--status", choices=("active", "ended"))


@with_desk
def run_bindings(desk: Desk, args, tx) -> int:
    from ..services import binding as binding_service

    found = binding_service.listing(desk, args.channel, args.status)
    emit(args, [binding_json(b) for b in found], "\n".join(binding_line(b, tx) for b in found))
    return 0
