"""Use cases about people: add, find, show, reveal, edit, delete."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace

from ..domain import cardnumber, end_reasons, idnumber, region_suggest
from ..domain.card_activation import CardActivation
from ..domain.card_activation import parse as parse_card_activation
from ..domain.messages import Problem
from ..domain.models import ACCOUNT_STATES, INSURANCE, Binding, Person
from ..store import bindings as binding_store
from ..store import db, people_search
from ..store import people as people_store
from ..store.rows import DamagedRow
from .changes import Changes
from .desk import Desk, load_resource, on_new_resources
from .errors import InputError, NotFound

NAME_LIMIT = 50


@dataclass(frozen=True)
class PersonDetail:
    person: Person
    relatives: list[tuple[str, Person]]
    bindings: list[Binding]
    damaged_relatives: tuple[DamagedRow, ...] = ()  # rows that cannot be read, left out above
    damaged_bindings: tuple[DamagedRow, ...] = ()

    @property
    def damaged(self) -> tuple[DamagedRow, ...]:
        return self.damaged_relatives + self.damaged_bindings


def check_name(raw: str) -> tuple[str, list[Problem]]:
    name = unicodedata.normalize("NFKC", raw or "").strip()
    if not name:
        return name, [Problem("name.empty")]
    if len(name) > NAME_LIMIT:
        return name, [Problem("name.too_long", limit=NAME_LIMIT)]
    if any(unicodedata.category(ch)[0] == "C" for ch in name):
        return name, [Problem("name.characters")]
    if "<" in name or ">" in name:  # markup, not a name: a label would render it (after NFKC, ＜＞ too)
        return name, [Problem("name.markup")]
    if name[0] in "=+-@":  # after NFKC, so full-width ＝＋－＠ too; no name starts so
        return name, [Problem("name.formula")]
    return name, []


def validate(
    desk: Desk,
    *,
    name: str,
    id_number: str,
    region: str,
    insurance: str = "employee",
    card_number: str | None = None,
    computer_number: str | None = None,
    ss_account: str = "unknown",
    financial_account: str = "unknown",
) -> Person:
    """Every field checked at once; raises InputError listing each problem by field."""
    problems: list[tuple[str, Problem]] = []
    clean_name, name_problems = check_name(name)
    problems += [("name", p) for p in name_problems]
    info = idnumber.parse(id_number, desk.today())
    problems += [("id_number", p) for p in info.problems]
    split = None
    if not (region or "").strip() and not info.problems:  # pre-select what the ID number suggests
        suggestion = region_suggest.suggest(info.text, desk.catalogue)
        region = suggestion.region.code if suggestion else ""
        split = None if suggestion else region_suggest.split(info.text, desk.catalogue)
    found, region_problem = desk.catalogue.find(region)
    if region_problem and split:  # say why this number's region is not taken from it
        region_problem = Problem(
            "region.split_code",
            code=split.code,
            name=split.name,
            year=split.split_in,
            into="、".join(split.into),
            source=split.source,
        )
    if region_problem:
        problems.append(("region", region_problem))
    if insurance not in INSURANCE:
        problems.append(("insurance", Problem("insurance.unknown", value=insurance)))
    for field_name, state in (("ss_account", ss_account), ("financial_account", financial_account)):
        if state not in ACCOUNT_STATES:
            problems.append((field_name, Problem("card.status", value=state)))
    card = computer = None
    code = found.code if found else ""
    if card_number:
        card, card_problems = cardnumber.check_card(card_number, desk.policy.card_rule_for(code))
        problems += [("card_number", p) for p in card_problems]
    if computer_number:
        computer, comp_problems = cardnumber.check_computer_number(computer_number, desk.policy.computer_rule_for(code))
        problems += [("computer_number", p) for p in comp_problems]
    if problems:
        raise InputError(problems)
    return Person(
        None,
        info.text,
        clean_name,
        code,
        insurance,
        card,
        computer,
        info.birth_date,
        info.sex,
        ss_account,
        financial_account,
    )


def _card_free(desk: Desk, person: Person) -> None:
    holder = people_store.by_card(desk.conn, person.card_number) if person.card_number else None
    if holder and holder.id != person.id:
        raise InputError([("card_number", Problem("card.exists", card=person.card_number, name=holder.name))])


def add(desk: Desk, **fields) -> Person:
    person = validate(desk, **fields)
    with db.transaction(desk.conn):
        if people_store.by_id_number(desk.conn, person.id_number):
            raise InputError([("id_number", Problem("person.exists", id=idnumber.mask(person.id_number)))])
        _card_free(desk, person)
        pid = people_store.insert(desk.conn, person, desk.now())
        desk.audit("person.add", f"person:{pid}", id_number=idnumber.mask(person.id_number), region=person.region_code)
    return replace(person, id=pid)


@dataclass(frozen=True)
class Edited:
    """An edit and what it brought with it: the bindings that ended by themselves."""

    person: Person
    ended: tuple[tuple[Binding, str], ...] = ()  # (the binding as ended, why)

    @property
    def changes(self) -> Changes:
        """The person, and the bindings only when the edit ended some."""
        return Changes(people=True, bindings=bool(self.ended))

    def notices(self) -> list[Problem]:
        """One sentence per ended binding, for the CLI and the window to say."""
        return [
            Problem("binding.ended_" + why, id=b.id, owner=b.owner_name, member=b.member_name, name=self.person.name)
            for b, why in self.ended
        ]


def edit(desk: Desk, person_id: int, **fields) -> Edited:
    """Change a person's details; bindings the change ends are ended in the same transaction,
    each with its own audit row, and returned so the door can say so. The person is read
    inside the writing transaction, so an edit at another desk meanwhile is built on, never
    overwritten with what this desk read before (branch mode: many desks, one database)."""
    with db.transaction(desk.conn):
        return _edit(desk, person_id, **fields)


def _edit(desk: Desk, person_id: int, **fields) -> Edited:
    current = get(desk, person_id)
    if "region" in fields and not (fields["region"] or "").strip():
        # add() pre-selects the ID number's region for a blank; an edit must not: that would
        # move the person (and end their bindings) without anyone choosing it
        raise InputError([("region", Problem("region.choose"))])
    fields.setdefault("ss_account", current.ss_account)  # edits that leave the card alone keep its state
    fields.setdefault("financial_account", current.financial_account)
    person = replace(validate(desk, id_number=current.id_number, **fields), id=current.id)
    ended: list[tuple[Binding, str]] = []
    with db.transaction(desk.conn):
        _card_free(desk, person)
        people_store.update(desk.conn, person, desk.now())
        for b in binding_store.for_person(desk.conn, person.id):
            why = (
                end_reasons.ends_sharing(current, person, as_owner=b.owner_id == person.id)
                if b.status == "active"
                else None
            )
            if why is None:
                continue
            day = max(desk.today(), b.bound_on)
            binding_store.end(desk.conn, b.id, day, end_reasons.AUTOMATIC[why])
            desk.audit(
                "binding.end",
                f"binding:{b.id}",
                ended_on=day.isoformat(),
                reason=end_reasons.AUTOMATIC[why],
                automatic=why,
                person=f"person:{person.id}",
            )
            ended.append((binding_store.get(desk.conn, b.id), why))
        changed = sorted(k for k in people_store.EDITABLE if getattr(person, k) != getattr(current, k))
        desk.audit("person.edit", f"person:{person.id}", fields=changed, ended_bindings=[b.id for b, _ in ended])
    return Edited(person, tuple(ended))


def update(desk: Desk, person_id: int, **fields) -> Person:
    return edit(desk, person_id, **fields).person


def _blockers(desk: Desk, person: Person) -> list[Problem]:
    out = []
    if binding_store.count_active_for(desk.conn, person.id):
        out.append(Problem("person.has_bindings", name=person.name))
    if people_store.unfinished_applications(desk.conn, person.id):
        out.append(Problem("person.has_applications", name=person.name))
    return out


def delete_blockers(desk: Desk, person_id: int) -> list[Problem]:
    """Why the person cannot be deleted now (empty: they can), for a door to say before asking."""
    return _blockers(desk, get(desk, person_id))


def delete(desk: Desk, person_id: int) -> None:
    person = get(desk, person_id)
    with db.transaction(desk.conn):
        blockers = _blockers(desk, person)
        if blockers:
            raise InputError([("", p) for p in blockers])
        gone = [f"binding:{b.id}" for b in binding_store.for_person(desk.conn, person.id)]
        people_store.delete(desk.conn, person.id)
        desk.audit("person.delete", f"person:{person.id}", gone, id_number=idnumber.mask(person.id_number))


def get(desk: Desk, person_id: int) -> Person:
    """A person by row id: what the window and the services hand each other. A door where
    someone types ``#12`` reads it through ``typed`` below, never here."""
    if not isinstance(person_id, int) or isinstance(person_id, bool):
        raise TypeError(f"a person's row id is an int, not {type(person_id).__name__}")
    person = people_store.get(desk.conn, person_id) if 0 < person_id < 2**63 else None  # SQLite's are 64-bit
    if person is None:
        raise NotFound([("", Problem("person.not_found", key=f"#{person_id}"))])
    return person


def typed(desk: Desk, text: str) -> Person:
    """The person a person names in text (the command line, an import file's owner and member):
    ``#12`` (a row id, as ``person list`` prints it), an ID number or a card number. The one
    place a typed ``#12`` is read; everything else takes ids."""
    key = (text or "").strip()
    digits = key[1:]
    if key.startswith("#") and digits.isascii() and digits.isdigit() and len(digits) < 20:
        return get(desk, int(digits))  # a bare number could be the first keystrokes of a card number
    return find(desk, key)


def find(desk: Desk, text: str) -> Person:
    """A person by what a clerk types or a card reader swipes: an ID number or a card number."""
    text = (text or "").replace("\x00", "").strip()  # as _search_text: the same answer on both engines
    person = None
    number = idnumber.normalise(text)
    if len(number) in (15, 18):
        person = people_store.by_id_number(desk.conn, idnumber.parse(number, desk.today()).text)
    if person is None and text:
        person = people_store.by_card(desk.conn, cardnumber.normalise(text))
    if person is None:
        raise NotFound([("", Problem("person.not_found", key=idnumber.mask(text) if len(text) > 12 else text))])
    return person


def _search_text(text: str) -> str:
    """What people type, folded the way the stored values are: full-width to ASCII, no spaces."""
    clean = (text or "").encode("utf-8", "ignore").decode("utf-8")  # a lone surrogate cannot be stored
    clean = clean.replace("\x00", "")  # nor a NUL (the server refuses it, SQLite would compare it): one answer
    folded = unicodedata.normalize("NFKC", clean).strip()
    compact = "".join(folded.split())
    return compact.upper() if compact[:1] in "0123456789" and compact else folded


def search(desk: Desk, text: str = "", limit: int = 200) -> list[Person]:
    return people_search.search(desk.conn, _search_text(text), limit)


def stream(desk: Desk, text: str = "", limit: int = 200):
    """search()'s people one at a time (``sbdesk person list`` of a million streams)."""
    return people_search.stream(desk.conn, _search_text(text), limit)


def find_ids(desk: Desk, text: str = "", limit: int = -1, order: str = "name", descending: bool = False) -> list[int]:
    """Row ids only, so a table of a million people fetches just the rows on screen;
    in pinyin order of names unless ``order`` names another column (people_search.ORDERS)."""
    return people_search.search_ids(desk.conn, _search_text(text), limit, order, descending)


PAGED_SEARCH = people_search.PAGED_SEARCH  # orders a search pages through; others are capped


def search_page(
    desk: Desk, text: str, after: int = 0, size: int = 1000, order: str = "name", descending: bool = False
) -> list[int]:
    """A search's matches a page at a time (the first page with ``after`` 0), for the table
    that pages in more as it scrolls, in one of PAGED_SEARCH's orders."""
    text = _search_text(text)
    return people_search.search_page(desk.conn, text, after, size, order, descending) if text else []


def id_page(desk: Desk, after: int = 0, size: int = 2000, order: str = "name", descending: bool = False) -> list[int]:
    """Everyone, a page of row ids at a time (the unfiltered table of a million people),
    in one of people_search.PAGEABLE's orders."""
    return people_search.id_page(desk.conn, after, size, order, descending)


def ids_around(
    desk: Desk, person_id: int, size: int = 2000, order: str = "name", descending: bool = False
) -> tuple[list[int], list[int]]:
    """A window of everyone around one person: the ids before it and from it on."""
    return people_search.ids_around(desk.conn, person_id, size, order, descending)


def id_page_before(
    desk: Desk, before: int, size: int = 2000, order: str = "name", descending: bool = False
) -> list[int]:
    """The page of ids just above ``before`` (scrolling up a list that starts mid-way)."""
    return people_search.id_page_before(desk.conn, before, size, order, descending)


def rows(desk: Desk, ids: list[int]) -> list[Person]:
    return people_search.get_many(desk.conn, ids)


def count(desk: Desk) -> int:
    return people_store.count(desk.conn)


def detail(desk: Desk, person_id: int) -> PersonDetail:
    """The person with their family and bindings; a relative's or binding's row that cannot
    be read is left out and named in ``damaged_*`` (the person's own row must read)."""
    person = get(desk, person_id)
    relatives: list[DamagedRow] = []
    bindings: list[DamagedRow] = []
    return PersonDetail(
        person,
        people_store.relatives(desk.conn, person.id, relatives),
        binding_store.for_person(desk.conn, person.id, bindings),
        tuple(relatives),
        tuple(bindings),
    )


def reveal(desk: Desk, person: Person, purpose: str = "") -> str:
    """The full ID number, with an audit row saying who looked and why."""
    with db.transaction(desk.conn):
        desk.audit("person.reveal_id", f"person:{person.id}", purpose=purpose)
    return person.id_number


def set_card_status(
    desk: Desk, person_id: int, ss_account: str | None = None, financial_account: str | None = None
) -> Person:
    """Record whether the card's 社保账户 and 金融账户 are activated."""
    current = get(desk, person_id)
    problems = [
        (f, Problem("card.status", value=v))
        for f, v in (("ss_account", ss_account), ("financial_account", financial_account))
        if v is not None and v not in ACCOUNT_STATES
    ]
    if problems:
        raise InputError(problems)
    updated = replace(
        current,
        ss_account=ss_account or current.ss_account,
        financial_account=financial_account or current.financial_account,
    )
    with db.transaction(desk.conn):
        people_store.update(desk.conn, updated, desk.now())
        desk.audit(
            "person.card_status",
            f"person:{person_id}",
            ss_account=updated.ss_account,
            financial_account=updated.financial_account,
        )
    return updated


_ACTIVATION: list[CardActivation] = []
on_new_resources(_ACTIVATION.clear)  # an installed policy pack brings its own card_activation.json


def card_activation() -> CardActivation:
    """How each card function is enabled (resources/card_activation.json), checked on loading
    and read once per process (the detail pane asks on every keystroke's selection)."""
    if not _ACTIVATION:
        _ACTIVATION.append(load_resource("card_activation.json", parse_card_activation))
    return _ACTIVATION[0]
