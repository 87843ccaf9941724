"""Use cases of binding: ask whether sharing is allowed, bind, unbind."""

from __future__ import annotations

from datetime import date

from ..domain import cardnumber, eligibility, idnumber, relations
from ..domain.eligibility import Decision, ExistingBinding
from ..domain.messages import Problem
from ..domain.models import Binding, Person
from ..store import audit, db
from ..store import bindings as binding_store
from ..store import people as people_store
from . import channels, operators, people
from .desk import Desk
from .errors import InputError, NotFound, Refused


def parse_relation(text: str | None) -> str:
    if not text:
        raise InputError([("relation", Problem("relation.choose"))])
    kind = relations.parse_kind(text)
    if kind is None:
        raise InputError([("relation", Problem("relation.unknown", value=text))])
    return kind


def parse_channel(text: str) -> str:
    if text not in channels.catalogue():
        raise InputError([("channel", Problem("channel.unknown", value=text))])
    return text


def verify_identifier(member: Person, identifier: str, typed: str) -> list[Problem]:
    """A number typed on a channel page to confirm the member (the web page's 社保电脑号; the
    field's ``verifies`` in resources/channels.json names which): it must be the one on record."""
    if not typed.strip():
        return [Problem("computer.empty" if identifier == "computer_number" else "card.empty")]
    recorded = getattr(member, identifier)
    if recorded and cardnumber.normalise(typed) != recorded:
        return [Problem("computer.mismatch" if identifier == "computer_number" else "card.mismatch", name=member.name)]
    return []


def evaluate(
    desk: Desk,
    owner: Person,
    member: Person,
    relation: str,
    channel: str,
    day: date | None = None,
    confirm_unusual: bool = False,
) -> Decision:
    existing: tuple[ExistingBinding, ...] = ()
    if member.id is not None:
        existing = tuple(
            ExistingBinding(b.owner_id, b.owner_name) for b in binding_store.active_for_member(desk.conn, member.id)
        )
    return eligibility.decide(
        owner,
        member,
        relation,
        channels.get(parse_channel(channel)),
        day or desk.today(),
        desk.catalogue,
        desk.policy,
        existing,
        confirm_unusual,
    )


def check(
    desk: Desk,
    owner: Person,
    member: Person,
    relation: str,
    channel: str,
    day: date,
    face_photo: bool = False,
    confirm_unusual: bool = False,
) -> Decision:
    """Every rule a binding must pass, whatever the door (window, CLI, import file): no date
    in the future or before either person was born, the eligibility decision, and its
    requirements (the face photo of a member under 16 on the e-card, the clerk's confirmation
    of a relationship the birth dates make unusual). Raises InputError or Refused; returns the
    decision when the binding may be made."""
    if day > desk.today():
        raise InputError([("on", Problem("date.future", value=day.isoformat()))])
    for person in (owner, member):
        if person.birth_date and day < person.birth_date:
            raise InputError([("on", Problem("date.before_birth", value=day.isoformat(), name=person.name))])
    decision = evaluate(desk, owner, member, relation, channel, day, confirm_unusual)
    if (
        not decision.allowed
        or (decision.requires("face_photo") and not face_photo)
        or decision.requires("confirm_unusual")
    ):
        raise Refused(decision)
    return decision


def bind(
    desk: Desk,
    owner_id: int,
    member_id: int,
    relation: str,
    channel: str,
    day: date | None = None,
    face_photo: bool = False,
    application_id: int | None = None,
    confirm_unusual: bool = False,
) -> Binding:
    """Bind after every rule passed; the binding, both relation rows and the audit entry are
    one transaction. An unusual relationship (by the birth dates) needs ``confirm_unusual``,
    and the audit entry records what was confirmed. Both people by row id: a door that
    reads a typed number finds the person first."""
    operators.require(desk)
    relation, channel = parse_relation(relation), parse_channel(channel)
    day = day or desk.today()
    with db.transaction(desk.conn):  # both people read, and the rules decided, inside the write
        owner, member = people.get(desk, owner_id), people.get(desk, member_id)
        decision = check(desk, owner, member, relation, channel, day, face_photo, confirm_unusual)
        confirmed = [
            {"code": c.problem.values["reason"].code, **{k: str(v) for k, v in c.problem.values["reason"].params}}
            for c in decision.checks
            if c.problem.code == "plaus.confirmed"
        ]
        binding = Binding(
            None,
            owner.id,
            member.id,
            relation,
            channel,
            "active",
            day,
            operator=desk.operator,
            owner_name=owner.name,
            member_name=member.name,
        )
        bid = binding_store.insert(desk.conn, binding, desk.now(), application_id)
        people_store.set_relation(desk.conn, owner.id, member.id, relation, relations.inverse(relation))
        desk.audit(
            "binding.add",
            f"binding:{bid}",
            owner=idnumber.mask(owner.id_number),
            member=idnumber.mask(member.id_number),
            relation=relation,
            channel=channel,
            bound_on=day.isoformat(),
            **({"unusual_confirmed": confirmed} if confirmed else {}),
        )
    return binding_store.get(desk.conn, bid)


def unbind(desk: Desk, binding_id: int, reason: str = "", day: date | None = None) -> Binding:
    day = day or desk.today()
    with db.transaction(desk.conn):
        binding = binding_store.get(desk.conn, binding_id)
        if binding is None:
            raise NotFound([("", Problem("binding.not_found", key=binding_id))])
        if binding.status != "active":
            raise InputError([("", Problem("binding.not_active", key=binding_id))])
        if day < binding.bound_on or day > desk.today():
            raise InputError([
                (
                    "on",
                    Problem("date.before_bound", value=day.isoformat(), bound_on=binding.bound_on.isoformat())
                    if day < binding.bound_on
                    else Problem("date.future", value=day.isoformat()),
                )
            ])
        binding_store.end(desk.conn, binding_id, day, reason)
        desk.audit("binding.end", f"binding:{binding_id}", ended_on=day.isoformat(), reason=reason)
    return binding_store.get(desk.conn, binding_id)


def listing(desk: Desk, channel: str | None = None, status: str | None = None, limit: int = -1) -> list[Binding]:
    """Newest first; ``limit`` keeps a screen list short in an office with years of records."""
    return binding_store.list_by_channel(desk.conn, channel and parse_channel(channel), status, limit)


def history(desk: Desk, binding_id: int) -> list[dict]:
    """What happened to a binding, newest first, from the audit log."""
    return audit.entries(desk.conn, f"binding:{binding_id}")
