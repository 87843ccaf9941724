"""Can OWNER share their personal account with MEMBER through CHANNEL on DATE?

Every rule is checked and reported, passed or not, so a clerk sees the whole picture at
once instead of fixing one refusal only to meet the next. Each check names the rule that
decided, with its date and source, so the answer "on DATE" can be explained.

A check has one of four statuses: ``pass``; ``fail`` (refused, with the reason);
``requires`` (allowed once something is supplied or confirmed: a face photo, the clerk's
confirmation of an unusual relation); ``unknown`` (no report says it works, e.g. a region
with no report of opening cross-province sharing). Unknown is not a refusal: the verdict
is "unknown", the message says whom to ask, and a binding waits until the office knows
(imports a report) — it is never made on a guess.

A failed check is either a refusal (a rule says no) or a gap (``gap=True``: a record the
clerk can still supply on the spot, such as the member's card number): a decision with
gaps and no refusal is "incomplete", headlined as what to do, not as a refusal.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from . import plausibility, relations
from .channels import CONFIRM as CHANNEL_CONFIRM
from .channels import YES, Channel, identifier_term
from .idnumber import age_on
from .messages import Problem
from .models import Person, Region
from .policy import Policy
from .regions import NOT_OPEN, OPEN, Catalogue

PASS, FAIL, REQUIRES, UNKNOWN = "pass", "fail", "requires", "unknown"
ALLOWED, REFUSED, CONFIRM, INCOMPLETE = "allowed", "refused", "confirm", "incomplete"
#: requirements the clerk settles outside sbdesk (in the local 医保 system): shown, never blocking
NOTED = ("confirm_local",)


@dataclass(frozen=True)
class Check:
    status: str  # pass / fail / requires (allowed once supplied) / unknown (not known to work)
    problem: Problem
    kind: str = ""  # what requires asks for: "face_photo", "confirm_unusual", "confirm_local" (see NOTED)
    fix: str = ""  # a record a clerk can correct on the spot: "member.card_number", "owner.insurance"
    gap: bool = False  # a failure the clerk can fill (a missing record), not a rule saying no


@dataclass(frozen=True)
class Decision:
    checks: tuple[Check, ...]

    @property
    def allowed(self) -> bool:
        return all(c.status not in (FAIL, UNKNOWN) for c in self.checks)

    @property
    def verdict(self) -> str:
        """allowed / refused / unknown / incomplete (only records the clerk can supply are
        missing) / confirm (allowed once the clerk confirms an unusual relationship): a
        refusal only when a rule says no, and it wins over gaps (which are still listed)."""
        if self.refusals:
            return REFUSED
        if any(c.status == UNKNOWN for c in self.checks):
            return UNKNOWN
        if self.gaps:
            return INCOMPLETE
        return CONFIRM if self.requires("confirm_unusual") else ALLOWED

    @property
    def unknowns(self) -> list[Problem]:
        return [c.problem for c in self.checks if c.status == UNKNOWN]

    def requires(self, kind: str) -> bool:
        return any(c.status == REQUIRES and c.kind == kind for c in self.checks)

    def supplied(self, kind: str, problem: Problem) -> Decision:
        """The same decision once what ``kind`` asked for is in hand: that requirement passes
        (the wizard's under-16 line turns into ✓ when the face photo passed its check)."""
        return Decision(
            tuple(Check(PASS, problem, kind) if c.status == REQUIRES and c.kind == kind else c for c in self.checks)
        )

    @property
    def failures(self) -> list[Problem]:
        return [c.problem for c in self.checks if c.status == FAIL]

    @property
    def refusals(self) -> list[Problem]:
        """Failures a rule decided: only a change of the facts or the rule turns them."""
        return [c.problem for c in self.checks if c.status == FAIL and not c.gap]

    @property
    def gaps(self) -> list[Problem]:
        """Failures the clerk can fill here: a record still missing."""
        return [c.problem for c in self.checks if c.status == FAIL and c.gap]

    def headline(self, extra: Sequence[Problem] = ()) -> Problem:
        """The one line on top, the same in the window and the CLI: the answer and its first
        reason. ``extra`` are refusals found before the rules (a typed number not matching)."""
        if extra or self.refusals:
            return Problem("verdict.refused", reason=[*extra, *self.refusals][0])
        if self.unknowns:
            return Problem("verdict.unknown", reason=self.unknowns[0])
        if self.gaps:
            return Problem("verdict.incomplete", reason=self.gaps[0])
        if self.requirements:
            return Problem("verdict.requires", reason=self.requirements[0])
        return Problem("verdict.allowed")

    @property
    def requirements(self) -> list[Problem]:
        return [c.problem for c in self.checks if c.status == REQUIRES]

    @property
    def pending(self) -> list[Problem]:
        """Requirements to meet here before binding (the clerk's checks in the local system aside)."""
        return [c.problem for c in self.checks if c.status == REQUIRES and c.kind not in NOTED]


@dataclass(frozen=True)
class ExistingBinding:
    """An active binding the member already has: who the owner is."""

    owner_id: int | None
    owner_name: str


def decide(
    owner: Person,
    member: Person,
    relation: str,
    channel: Channel,
    day: date,
    catalogue: Catalogue,
    policy: Policy,
    member_bindings: tuple[ExistingBinding, ...] = (),
    confirm_unusual: bool = False,
) -> Decision:
    checks: list[Check] = []

    def add(ok: bool, problem: Problem, status_if_not: str = FAIL, fix: str = "", gap: bool = False) -> None:
        checks.append(Check(PASS, problem) if ok else Check(status_if_not, problem, fix=fix, gap=gap))

    if not channel.sets_up_sharing:  # the e-card 亲情服务: a relative's own card, never the owner's account
        checks.append(Check(FAIL, Problem("elig.channel_no_sharing", channel=channel.label, channels=channel.instead)))
    same = owner.id_number == member.id_number
    add(not same, Problem("elig.different_people") if not same else Problem("elig.same_person"))

    owner_region, member_region = catalogue.get(owner.region_code), catalogue.get(member.region_code)
    for person_region, code in ((owner_region, owner.region_code), (member_region, member.region_code)):
        if person_region is None:
            add(False, Problem("region.unknown", region=code))

    province = owner_region.province if owner_region else ""
    rule = policy.relation_rule(province, day)
    rel = relations.term(relation)
    if rule is None:
        checks.append(Check(UNKNOWN, Problem("elig.relation_no_rule", day=day.isoformat())))
    elif relation in rule:
        add(
            True,
            Problem(
                "elig.relation_allowed",
                relation=rel,
                province=province,
                day=day.isoformat(),
                since=_since(rule.since),
                source=rule.source,
            ),
        )
    else:
        add(
            False,
            Problem(
                "elig.relation_refused",
                relation=rel,
                province=province,
                day=day.isoformat(),
                since=_since(rule.since),
                source=rule.source,
                allowed=tuple(relations.term(k) for k in rule.kinds),
            ),
        )

    checks.extend(relation_checks(owner, member, relation, day, policy, confirm_unusual))

    account = policy.owner_account  # only 职工医保 has a personal account: the refusal cites why
    add(
        owner.insurance == "employee",
        Problem("elig.owner_employee")
        if owner.insurance == "employee"
        else Problem(
            "elig.owner_not_employee",
            rule=account.rule,
            since=_since(account.since),
            source=account.source,
        ),
        fix="owner.insurance",
    )
    insured = member.insurance in ("employee", "resident")
    why = policy.uninsured  # the rule and the way forward: the account may pay the 居民医保 contribution
    add(
        insured,
        Problem("elig.member_insured")
        if insured
        else Problem(
            "elig.member_not_insured",
            rule=why.rule,
            source=why.source,
            way=why.way_forward,
            way_source=why.way_forward_source,
        ),
        fix="member.insurance",
    )

    if owner_region and member_region:
        checks.extend(_region_checks(owner_region, member_region, day, policy, catalogue))

    checks.extend(_binding_checks(owner, member_bindings, member_region, policy))

    if owner_region and member_region and owner_region.province != member_region.province:
        checks.append(_channel_check(channel, day))

    identifier = channel.member_identifier
    if identifier:
        present = bool(getattr(member, identifier))
        term = identifier_term(identifier)
        add(
            present,
            Problem("elig.identifier_present" if present else "elig.identifier_missing", identifier=term),
            fix=f"member.{identifier}",
            gap=True,  # the clerk types it in; no rule refuses
        )

    if channel.face_photo_rule:
        checks.extend(face_photo_checks(member, day, policy))
    return Decision(tuple(checks))


def decide_qinqing(
    owner: Person, member: Person, relation: str, day: date, policy: Policy, confirm_unusual: bool = False
) -> Decision:
    """May OWNER add MEMBER to their e-card 亲情服务 on DAY? Not a 家庭共济 question: the service
    is for the member's own e-card and spends nothing of the owner's (../shared/domain.md,
    Channels 1), so insurance, regions and the sharing circle are not asked; only that they
    are two people, that the birth dates allow the relationship, and the face photo rule."""
    same = owner.id_number == member.id_number
    checks = [Check(FAIL, Problem("qinqing.same_person")) if same else Check(PASS, Problem("qinqing.different_people"))]
    checks.extend(relation_checks(owner, member, relation, day, policy, confirm_unusual))
    checks.extend(face_photo_checks(member, day, policy, "qinqing"))
    return Decision(tuple(checks))


def _channel_check(channel: Channel, day: date) -> Check:
    """Across provinces: the wallet sets sharing up; a counter that is "confirm" in the
    channel data is not refused from its rule's date (the clerk confirms it in the local
    system); "no" is an office's own word that its channel cannot."""
    if channel.cross_province == YES:
        return Check(PASS, Problem("elig.channel_cross_province", channel=channel.label))
    rule = channel.confirm_rule
    if channel.cross_province == CHANNEL_CONFIRM and rule is not None and rule.since <= day:
        return Check(
            REQUIRES,
            Problem(
                "elig.channel_confirm_local",
                channel=channel.label,
                since=rule.since.isoformat(),
                source=rule.source.cite(),
            ),
            "confirm_local",
        )
    return Check(FAIL, Problem("elig.channel_not_cross_province", channel=channel.label))


def relation_checks(
    owner: Person, member: Person, relation: str, day: date, policy: Policy, confirm_unusual: bool
) -> list[Check]:
    """What the birth dates say about the relationship: impossible, unusual (to confirm) or fine."""
    verdict = plausibility.check(relation, owner.birth_date, member.birth_date, day, policy.plausibility)
    if verdict.status == plausibility.IMPOSSIBLE:
        return [Check(FAIL, verdict.problem)]
    if verdict.status == plausibility.UNUSUAL:
        return [
            Check(PASS, Problem("plaus.confirmed", reason=verdict.problem))
            if confirm_unusual
            else Check(REQUIRES, verdict.problem, "confirm_unusual")
        ]
    return [Check(PASS, verdict.problem)] if verdict.problem is not None else []


def face_photo_checks(member: Person, day: date, policy: Policy, words: str = "elig") -> list[Check]:
    """The 亲情服务's face photo for a young member (the age is policy.json's face_photo_under);
    ``words``: "qinqing" names the people as the card holder and the relative added."""
    if not member.birth_date:
        return []
    age, limit = age_on(member.birth_date, day), policy.face_photo_under
    return [
        Check(REQUIRES, Problem(f"{words}.face_photo_needed", age=age, limit=limit), "face_photo")
        if age < limit
        else Check(PASS, Problem(f"{words}.face_photo_not_needed", limit=limit))
    ]


def _since(day) -> str:
    return "—" if day.year == 1 else day.isoformat()


def _region_checks(owner: Region, member: Region, day: date, policy: Policy, catalogue: Catalogue) -> list[Check]:
    if owner.code == member.code:
        return [Check(PASS, Problem("elig.same_region", region=owner.label))]
    if owner.province == member.province:
        rule = policy.intra_rule(owner.province)
        if rule and rule.since <= day:
            return [
                Check(
                    PASS,
                    Problem(
                        "elig.same_province",
                        owner_region=owner.label,
                        member_region=member.label,
                        province=owner.province,
                        since=_since(rule.since),
                        source=rule.source,
                    ),
                )
            ]
        if rule:
            return [
                Check(
                    UNKNOWN,
                    Problem(
                        "elig.province_not_yet",
                        province=owner.province,
                        day=day.isoformat(),
                        since=rule.since.isoformat(),
                        source=rule.source,
                        owner_region=owner.label,
                        member_region=member.label,
                    ),
                )
            ]
        return [
            Check(
                UNKNOWN,
                Problem(
                    "elig.province_unknown",
                    province=owner.province,
                    owner_region=owner.label,
                    member_region=member.label,
                ),
            )
        ]
    out = []
    for region in (owner, member):
        status = catalogue.cross_status(region, day, policy.not_open_months)
        batch = status.batch
        if status.status == OPEN and batch:
            out.append(
                Check(
                    PASS,
                    Problem(
                        "elig.region_open",
                        region=region.label,
                        reported=batch.opened_on.isoformat(),
                        source=batch.cited.cite(),
                    ),
                )
            )
        elif status.status == NOT_OPEN and batch:
            out.append(
                Check(
                    FAIL,
                    Problem(
                        "elig.region_reported_closed",
                        region=region.label,
                        reported=batch.opened_on.isoformat(),
                        source=batch.cited.cite(),
                    ),
                )
            )
        elif batch is not None:  # the last report said not open, and is older than the policy's span
            out.append(
                Check(
                    UNKNOWN,
                    Problem(
                        "elig.region_report_aged",
                        region=region.label,
                        day=day.isoformat(),
                        reported=batch.opened_on.isoformat(),
                        age=status.aged_months,
                        limit=policy.not_open_months,
                        source=batch.cited.cite(),
                    ),
                )
            )
        else:
            later = catalogue.cross_status(region)
            first = later.batch
            out.append(
                Check(
                    UNKNOWN,
                    Problem(
                        "elig.region_unknown_later",
                        region=region.label,
                        day=day.isoformat(),
                        reported=first.opened_on.isoformat(),
                        source=first.cited.cite(),
                    )
                    if later.status == OPEN and first and first.opened_on > day
                    else Problem("elig.region_unknown", region=region.label, day=day.isoformat()),
                )
            )
    return out


def _binding_checks(
    owner: Person, existing: tuple[ExistingBinding, ...], member_region: Region | None, policy: Policy
) -> list[Check]:
    if any(b.owner_id == owner.id and owner.id is not None for b in existing):
        return [Check(FAIL, Problem("elig.already_bound"))]
    others = [b for b in existing if b.owner_id != owner.id]
    province = member_region.province if member_region else ""
    if others and policy.member_exclusive(province):
        return [Check(FAIL, Problem("elig.bound_elsewhere", owner=others[0].owner_name, province=province))]
    return [Check(PASS, Problem("elig.not_bound"))]
