"""What a binding receipt says: both parties masked, the channel, the date, who did it.

The UI lays it out and prints it; keeping the content here means the CLI and tests see
the same facts and no full ID number can slip onto paper.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.idnumber import mask
from ..domain.messages import Problem
from ..domain.models import Binding, Person
from ..store import audit
from ..store import bindings as binding_store
from . import operators, people
from .desk import Desk
from .errors import NotFound


@dataclass(frozen=True)
class Party:
    name: str
    id_masked: str
    card: str
    region: str


@dataclass(frozen=True)
class Receipt:
    binding: Binding
    owner: Party
    member: Party
    office_operator: str
    printed_at: str
    office: str = ""
    ended_by: str = ""  # the 经办人 who ended it (from the audit log), not the one who bound it

    @property
    def ended(self) -> bool:
        return self.binding.status == "ended"

    def file_stem(self, prefix: str) -> str:
        """``共济绑定回执_张伟_李秀英_20261125``: who, and the day it was issued."""

        def safe(text: str) -> str:
            return "".join(ch if ch.isalnum() else "_" for ch in text)[:20]

        return f"{prefix}_{safe(self.owner.name)}_{safe(self.member.name)}_{self.printed_at[:10].replace('-', '')}"


def _party(desk: Desk, p: Person) -> Party:
    region = desk.catalogue.get(p.region_code)
    card = p.card_number or ""
    return Party(
        p.name,
        mask(p.id_number),
        (card[:2] + "*" * (len(card) - 5) + card[-3:]) if len(card) > 5 else card,
        f"{region.province} {region.name}" if region else p.region_code,
    )


def receipt(desk: Desk, binding_id: int) -> Receipt:
    operators.require(desk)  # a receipt names its 经办人
    b = binding_store.get(desk.conn, binding_id)
    if b is None:
        raise NotFound([("", Problem("binding.not_found", key=binding_id))])
    owner, member = people.get(desk, b.owner_id), people.get(desk, b.member_id)
    ended_by = (
        next((e["operator"] for e in audit.entries(desk.conn, f"binding:{b.id}") if e["action"] == "binding.end"), "")
        if b.status == "ended"
        else ""
    )
    return Receipt(b, _party(desk, owner), _party(desk, member), desk.operator, desk.now(), desk.office, ended_by)
