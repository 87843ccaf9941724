"""The e-card 亲情服务 as use cases: password, member check, attachments, drafts, submit.

The 亲情服务 lets a card holder apply for and use a relative's *own* e-card; it never spends
the holder's 医保 personal account and sets up no 家庭共济 (../shared/domain.md, Channels 1),
so its checks are its own (eligibility.decide_qinqing) and opening it makes no binding.
``submit`` is the one write that opens the service: the member (if new), the application,
its attachments and the audit entry land in one transaction or not at all.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from .. import paths
from ..domain import attachments as files
from ..domain import idnumber, password, relations
from ..domain.attachments import Attachment
from ..domain.messages import Problem
from ..domain.models import Person
from ..domain.qinqing import UNFINISHED, Application, status_term
from ..store import applications as store
from ..store import db
from ..store import people as people_store
from . import doors, operators, people
from .changes import DISCARDED, Changes
from .desk import Desk
from .errors import InputError, NotFound

if TYPE_CHECKING:  # the binding rules and face detection load when used: a window's start lists drafts only
    from ..domain.eligibility import Decision


@dataclass(frozen=True)
class MemberCheck:
    person: Person | None  # on record, or as it would be added
    on_record: bool
    decision: Decision | None
    problems: list[tuple[str, Problem]]
    needs_face_photo: bool

    @property
    def ok(self) -> bool:
        return (
            not self.problems
            and self.decision is not None
            and self.decision.allowed
            and not self.decision.requires("confirm_unusual")
        )


# -- the service password ---------------------------------------------------------
def has_password(desk: Desk, owner: Person) -> bool:
    return store.password(desk.conn, owner.id) is not None


def set_password(desk: Desk, owner: Person, new: str, again: str) -> None:
    rule = desk.policy.password
    if len(new) < rule.min_length:
        raise InputError([("password", Problem("password.too_short", length=rule.min_length))])
    if new != again:
        raise InputError([("again", Problem("password.mismatch"))])
    with db.transaction(desk.conn):
        store.set_password(desk.conn, owner.id, password.hash_password(new), desk.now())
        desk.audit("qinqing.password_set", f"person:{owner.id}")


def _now() -> datetime:
    return datetime.now().astimezone()


def locked_until(desk: Desk, owner: Person) -> datetime | None:
    record = store.password(desk.conn, owner.id)
    until = record[2] if record else None
    return until if password.is_locked(until, _now()) else None


def verify_password(desk: Desk, owner: Person, typed: str) -> None:
    """Raises InputError on a wrong or locked password; every failure is recorded and audited."""
    rule = desk.policy.password
    now = _now()

    def locked(until: datetime) -> InputError:
        return InputError([("password", Problem("password.locked", name=owner.name, until=until.strftime("%H:%M")))])

    with db.transaction(desk.conn):
        record = store.password(desk.conn, owner.id)
        if record is None:
            raise InputError([("password", Problem("password.wrong", left=rule.max_tries))])
        digest, failures, until = record
        if password.is_locked(until, now):
            raise locked(until)
        if password.verify_password(typed, digest):
            store.record_try(desk.conn, owner.id, 0, None, desk.now())
            return
        failures, until = rule.after_failure(failures, now)
        store.record_try(desk.conn, owner.id, failures, until, desk.now())
        desk.audit("qinqing.locked" if until else "qinqing.password_wrong", f"person:{owner.id}")
    if until:
        raise locked(until)
    raise InputError([("password", Problem("password.wrong", left=rule.max_tries - failures))])


# -- the member and the files -------------------------------------------------------
def check_member(
    desk: Desk,
    owner: Person,
    *,
    name: str,
    id_number: str,
    relation: str,
    region: str,
    insurance: str | None,
    confirm_unusual: bool = False,
    face_photo_passed: bool = False,
) -> MemberCheck:
    """Everything the 添加亲情账户 step can say about the member, field by field;
    ``face_photo_passed``: an under-16 member's face photo is in and passed (✓, no longer !).
    A new member's ``insurance`` None is 请选择: asked, never assumed (no decision until chosen)."""
    info = idnumber.parse(id_number, desk.today())
    existing = None
    if info.valid:
        try:
            existing = people.find(desk, info.text)
        except NotFound:
            existing = None
    problems: list[tuple[str, Problem]] = []
    if existing:
        person = existing
        clean, name_problems = people.check_name(name)
        problems += [("name", p) for p in name_problems]
        if clean and clean != existing.name:
            problems.append((
                "name",
                Problem("qinqing.member_mismatch", id=idnumber.mask(info.text), recorded=existing.name, typed=clean),
            ))
    else:
        unchosen = [("insurance", Problem("insurance.choose"))] if not insurance else []
        try:
            person = people.validate(
                desk, name=name, id_number=id_number, region=region, insurance=insurance or "resident"
            )  # checked once chosen
        except InputError as exc:
            return MemberCheck(None, False, None, exc.problems + unchosen, False)
        problems += unchosen
    from . import binding

    try:
        kind = binding.parse_relation(relation)
    except InputError as exc:
        return MemberCheck(person, existing is not None, None, problems + exc.problems, False)
    if not existing and not insurance:  # no decision on an insurance nobody has said
        return MemberCheck(person, False, None, problems, False)
    decision = evaluate(desk, owner, person, kind, confirm_unusual)
    needs = bool(person.birth_date) and idnumber.age_on(person.birth_date, desk.today()) < desk.policy.face_photo_under
    if face_photo_passed and needs and decision.requires("face_photo"):
        decision = decision.supplied(
            "face_photo",
            Problem(
                "qinqing.face_photo_given",
                age=idnumber.age_on(person.birth_date, desk.today()),
                limit=desk.policy.face_photo_under,
            ),
        )
    return MemberCheck(person, existing is not None, decision, problems, needs)


def evaluate(desk: Desk, owner: Person, member: Person, relation: str, confirm_unusual: bool = False) -> Decision:
    """May ``owner`` add ``member`` to their 亲情服务 today (not: may they share an account)."""
    from ..domain import eligibility

    return eligibility.decide_qinqing(owner, member, relation, desk.today(), desk.policy, confirm_unusual)


def read_attachment(desk: Desk, kind: str, path: str | Path, side: str = "") -> tuple[Attachment, Problem | None]:
    """The file, checked before it is read whole; for a face photo also what the face check
    found (``face.one``, or ``face.unchecked`` when a person must look). ``side``: a
    credential's "front" or "back"."""
    path = Path(path)
    doors.readable(path, desk.data_dir, field=kind)
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise InputError([
            (kind, Problem("attachment.unreadable", name=path.name, reason=exc.strerror or str(exc)))
        ]) from exc
    mime, problems = files.check(kind, path.name, size, head, desk.policy.attachment_max_bytes)
    if problems:
        raise InputError([(kind, p) for p in problems])
    item = Attachment(kind, path.name, mime, path.read_bytes(), side)
    return item, (face_check(item) if kind == "face_photo" else None)


def face_check(item: Attachment) -> Problem:
    """``face.one``, or ``face.unchecked`` where OpenCV cannot look; InputError otherwise."""
    from . import faces

    found = faces.count_faces(item.content)
    if found is None:
        raise InputError([(item.kind, Problem("attachment.not_image", name=item.filename))])
    if not found.available:
        return Problem("face.unchecked", reason=found.reason)
    if found.count == 0:
        raise InputError([(item.kind, Problem("face.none", name=item.filename))])
    if found.count > 1:
        raise InputError([(item.kind, Problem("face.many", count=found.count, name=item.filename))])
    return Problem("face.one", name=item.filename)


# -- drafts and the final write ---------------------------------------------------------
def save_draft(desk: Desk, app: Application, items: list[Attachment]) -> Application:
    """Keep an interrupted application; a draft never becomes a binding."""
    with db.transaction(desk.conn):
        current = store.get(desk.conn, app.id) if app.id else None
        if current and current.status not in ("draft", "pending_face"):
            raise InputError([("", Problem("qinqing.closed", key=app.id, status=status_term(current.status)))])
        status = current.status if current else "draft"
        app_id = store.save(desk.conn, replace(app, status=status), desk.now())
        store.replace_attachments(desk.conn, app_id, items, desk.now())
        desk.audit(
            "qinqing.draft",
            f"application:{app_id}",
            step=app.step,
            member=idnumber.mask(app.member_id_number) if app.member_id_number else "",
        )
    return store.get(desk.conn, app_id)


def load(desk: Desk, app_id: int) -> tuple[Application, list[Attachment]]:
    app = store.get(desk.conn, app_id)
    if app is None:
        raise NotFound([("", Problem("qinqing.not_found", key=app_id))])
    return app, store.attachments(desk.conn, app_id)


def open_picture(desk: Desk, app_id: int, kind: str, side: str = "") -> Attachment:
    """A stored picture of the application, to be shown at full size: one audit row per
    opening, as a full ID number shown (people.reveal). A thumbnail is no such look, nor a
    file the clerk has just taken in the wizard (it is not stored data yet). One deleted
    after its days is said (attachment.purged), never shown."""
    found = [x for x in store.attachments(desk.conn, app_id) if (x.kind, x.side) == (kind, side)]
    if not found:
        raise InputError([(kind, Problem("attachment.purged", days=desk.policy.image_retention.days))])
    item = found[-1]
    with db.transaction(desk.conn):
        desk.audit(
            "attachment.view", f"application:{app_id}", kind=kind, side=side, sha256=item.sha256[:12], purpose="wizard"
        )
    return item


def load_unfinished(desk: Desk, app_id: int) -> tuple[Application, list[Attachment]]:
    """An application to go on with: one recorded as done or given up meanwhile (another desk
    of a branch, or a line shown before) is said, never reopened."""
    app, items = load(desk, app_id)
    if app.status not in UNFINISHED:
        raise InputError([("", Problem("qinqing.closed", key=app_id, status=status_term(app.status)))])
    return app, items


def unfinished(desk: Desk, person_id: int | None = None) -> list[Application]:
    return store.unfinished(desk.conn, person_id)


def submit(
    desk: Desk,
    app: Application,
    items: list[Attachment],
    face_photo_confirmed: bool = False,
    confirm_unusual: bool = False,
    place: str = "",
) -> Application:
    """添加亲情账户 and, once the face recognition is recorded, 开通: one transaction.
    ``place`` ("counter" / "home") goes into the audit row: at home the member's own face
    recognition is only recorded as done, at a counter a clerk saw it."""
    owner = people.get(desk, app.owner_id)
    with db.transaction(desk.conn):
        if app.id:
            current = store.get(desk.conn, app.id)
            if current is None:
                raise NotFound([("", Problem("qinqing.not_found", key=app.id))])
            if current.status not in ("draft", "pending_face"):
                raise InputError([("", Problem("qinqing.closed", key=app.id, status=status_term(current.status)))])
        check = check_member(
            desk,
            owner,
            name=app.member_name,
            id_number=app.member_id_number,
            relation=app.relation,
            region=app.member_region,
            insurance=app.member_insurance,
            confirm_unusual=confirm_unusual,
        )
        if check.problems:
            raise InputError(check.problems)
        decision = check.decision
        refused = (
            [
                ("relation", c.problem)
                for c in decision.checks
                if c.status == "fail" or (c.status == "requires" and c.kind == "confirm_unusual")
            ]
            if decision
            else []
        )
        if refused:  # the same person, or a relationship the birth dates rule out or leave unconfirmed
            raise InputError(refused)
        kinds = {x.kind for x in items}
        missing = []
        if not any(x.kind == "credential" and x.side != "back" for x in items):
            missing.append(("credential", Problem("qinqing.credential_missing")))
        if check.needs_face_photo and "face_photo" not in kinds:
            missing.append(("face_photo", Problem("qinqing.face_photo_missing", limit=desk.policy.face_photo_under)))
        if missing:
            raise InputError(missing)
        member = (
            check.person
            if check.on_record
            else people.add(
                desk,
                name=app.member_name,
                id_number=app.member_id_number,
                region=app.member_region,
                insurance=app.member_insurance,
            )
        )
        status = app.status_after_submit()
        saved = replace(
            app,
            member_id=member.id,
            member_id_number=member.id_number,
            status=status,
            step="done" if status == "opened" else "face",
        )
        app_id = store.save(desk.conn, saved, desk.now())
        store.replace_attachments(desk.conn, app_id, items, desk.now())
        detail: dict[str, object] = dict(
            member=idnumber.mask(member.id_number),
            relation=app.relation,
            attachments=[{"kind": x.kind, "side": x.side, "sha256": x.sha256, "size": x.size} for x in items],
        )
        confirmed = [
            {"code": c.problem.values["reason"].code, **{k: str(v) for k, v in c.problem.values["reason"].params}}
            for c in (decision.checks if decision else ())
            if c.problem.code == "plaus.confirmed"
        ]
        if confirmed:  # the clerk's word on an unusual relationship, on record
            detail["unusual_confirmed"] = confirmed
        if status == "opened":  # the member's own e-card is now reachable; no account is shared
            operators.require(desk)  # a counter's opening names its clerk, as a binding did
            people_store.set_relation(desk.conn, owner.id, member.id, app.relation, relations.inverse(app.relation))
            detail.update(
                face_verified_by=app.face_verified_by,
                face_verified_at=app.face_verified_at,
                face_recorded_at=place or None,
                face_photo_confirmed_by_eye=face_photo_confirmed,
            )
        desk.audit(f"qinqing.{status}", f"application:{app_id}", **detail)
    return store.get(desk.conn, app_id)


def cancel(desk: Desk, app_id: int) -> Changes:
    """Give up an unfinished application (放弃). One recorded as done, or given up already
    (by another desk of a branch meanwhile), is refused: read inside the transaction."""
    with db.transaction(desk.conn):
        app = store.get(desk.conn, app_id)
        if app is None:
            raise NotFound([("", Problem("qinqing.not_found", key=app_id))])
        if app.status not in ("draft", "pending_face"):
            raise InputError([("", Problem("qinqing.closed", key=app_id, status=status_term(app.status)))])
        store.save(desk.conn, replace(app, status="cancelled"), desk.now())
        desk.audit("qinqing.cancelled", f"application:{app_id}")
    return DISCARDED


def notice(lang: str) -> str:
    """The 亲情账户告知书 in ``lang`` (Chinese, the text of record, when there is none)."""
    folder = paths.resource_dir() / "notice"
    path = folder / f"qinqing_{lang}.html"
    return (path if path.exists() else folder / "qinqing_zh_CN.html").read_text(encoding="utf-8")
