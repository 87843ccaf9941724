"""Can OWNER share their personal account with MEMBER through CHANNEL on DATE?

Every rule is checked and reported, passed or not, so a clerk sees the whole picture at
once instead of fixing one refusal only to meet the next.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from . import relations
from .channels import Channel, identifier_term
from .idnumber import age_on
from .messages import Problem
from .models import Person, Region
from .policy import Policy
from .regions import Catalogue

PASS, FAIL, REQUIRES = "pass", "fail", "requires"


@dataclass(frozen=True)
class Check:
    status: str  # pass / fail / requires (allowed, but something must be supplied)
    problem: Problem


@dataclass(frozen=True)
class Decision:
    checks: tuple[Check, ...]

    @property
    def allowed(self) -> bool:
        return all(c.status != FAIL for c in self.checks)

    @property
    def failures(self) -> list[Problem]:
        return [c.problem for c in self.checks if c.status == FAIL]

    @property
    def requirements(self) -> list[Problem]:
        return [c.problem for c in self.checks if c.status == REQUIRES]


@dataclass(frozen=True)
class ExistingBinding:
    """An active binding the member already has: who the owner is."""

    owner_id: int | None
    owner_name: str


def decide(owner: Person, member: Person, relation: str, channel: Channel, day: date,
           catalogue: Catalogue, policy: Policy,
           member_bindings: tuple[ExistingBinding, ...] = ()) -> Decision:
    checks: list[Check] = []

    def add(ok: bool, problem: Problem, status_if_not: str = FAIL) -> None:
        checks.append(Check(PASS if ok else status_if_not, problem))

    same = owner.id_number == member.id_number
    add(not same, Problem("elig.different_people") if not same else Problem("elig.same_person"))

    owner_region, member_region = catalogue.get(owner.region_code), catalogue.get(member.region_code)
    for person_region, code in ((owner_region, owner.region_code), (member_region, member.region_code)):
        if person_region is None:
            add(False, Problem("region.unknown", region=code))

    province = owner_region.province if owner_region else ""
    allowed = policy.allowed_relations(province)
    rel = relations.term(relation)
    if relation in allowed:
        add(True, Problem("elig.relation_allowed", relation=rel, province=province))
    else:
        add(False, Problem("elig.relation_refused", relation=rel, province=province,
                           allowed=tuple(relations.term(k) for k in allowed)))

    add(owner.insurance == "employee",
        Problem("elig.owner_employee" if owner.insurance == "employee" else "elig.owner_not_employee"))
    insured = member.insurance in ("employee", "resident")
    add(insured, Problem("elig.member_insured" if insured else "elig.member_not_insured"))

    if owner_region and member_region:
        checks.extend(_region_checks(owner_region, member_region, day, policy))

    checks.extend(_binding_checks(owner, member_bindings, member_region, policy))

    if owner_region and member_region and owner_region.province != member_region.province:
        add(channel.cross_province, Problem("elig.channel_cross_province" if channel.cross_province
                                            else "elig.channel_not_cross_province", channel=channel.label))

    identifier = channel.member_identifier
    if identifier:
        present = bool(getattr(member, identifier))
        term = identifier_term(identifier)
        add(present, Problem("elig.identifier_present" if present else "elig.identifier_missing",
                             identifier=term))

    if channel.face_photo_rule and member.birth_date:
        age = age_on(member.birth_date, day)
        young = age < policy.face_photo_under
        limit = policy.face_photo_under
        add(not young, Problem("elig.face_photo_needed", age=age, limit=limit) if young
            else Problem("elig.face_photo_not_needed", limit=limit), status_if_not=REQUIRES)
    return Decision(tuple(checks))


def _region_checks(owner: Region, member: Region, day: date, policy: Policy) -> list[Check]:
    if owner.code == member.code:
        return [Check(PASS, Problem("elig.same_region", region=owner.name))]
    if owner.province == member.province and policy.shares_within(owner.province):
        return [Check(PASS, Problem("elig.same_province", owner_region=owner.name,
                                    member_region=member.name, province=owner.province))]
    closed = [r for r in (owner, member) if not r.cross_province_on(day)]
    if not closed:
        return [Check(PASS, Problem("elig.cross_opened", owner_region=owner.name, member_region=member.name))]
    out = []
    if owner.province == member.province:
        out.append(Check(FAIL, Problem("elig.province_not_shared", province=owner.province,
                                       owner_region=owner.name, member_region=member.name)))
    for region in closed:
        label = region.name if region.name.startswith(region.province) else region.province + region.name
        if region.opened_on is None:
            out.append(Check(FAIL, Problem("elig.region_not_opened", region=label)))
        else:
            out.append(Check(FAIL, Problem("elig.region_not_yet_opened", region=label,
                                           opened_on=region.opened_on.isoformat())))
    return out


def _binding_checks(owner: Person, existing: tuple[ExistingBinding, ...],
                    member_region: Region | None, policy: Policy) -> list[Check]:
    if any(b.owner_id == owner.id and owner.id is not None for b in existing):
        return [Check(FAIL, Problem("elig.already_bound"))]
    others = [b for b in existing if b.owner_id != owner.id]
    province = member_region.province if member_region else ""
    if others and policy.member_exclusive(province):
        return [Check(FAIL, Problem("elig.bound_elsewhere", owner=others[0].owner_name, province=province))]
    return [Check(PASS, Problem("elig.not_bound"))]
