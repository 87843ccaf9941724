"""What a write changed, so a door reloads only what shows it (after Anki's ``OpChanges``).

A write's ``Changes`` travels with its result to the window, whose router (ui/refresh.py)
reloads each tab or panel the change touches, once. Refresh (F5) reads everything anyway:
another desk of a branch may have written anything.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Changes:
    people: bool = False  # a person added, edited or deleted: lists, counts, decisions
    bindings: bool = False  # a binding made or ended, with its relation rows
    applications: bool = False  # a 亲情服务 application drafted or submitted
    catalogue: bool = False  # the regions (统筹区) and their reports
    policy: bool = False  # the rules and the policy edition in use
    operator: bool = False  # who works at the desk (refusals beside Bind and receipts)

    def decisions(self) -> bool:
        """Whether an eligibility decision on screen may now answer otherwise."""
        return self.people or self.bindings or self.catalogue or self.policy


# What each write of the services changes (a door routes it beside the write's result)
PERSON = Changes(people=True)  # people.add, people.delete, people.set_card_status
BINDING = Changes(bindings=True)  # binding.bind, binding.unbind
APPLICATION = Changes(people=True, applications=True)  # qinqing: may add the member as a person
DISCARDED = Changes(applications=True)  # qinqing.cancel: an unfinished application given up
POLICY = Changes(catalogue=True, policy=True)  # policy_import.import_file, policy_pack.install
OPERATOR = Changes(operator=True)  # operators.sign_in


def imported(kind: str) -> Changes:
    """exchange.import_file: the people of a people file, the bindings of a bindings file."""
    return PERSON if kind == "people" else BINDING


EVERYTHING = Changes(people=True, bindings=True, applications=True, catalogue=True, policy=True)
#: What another desk's audit row says changed, by its action's first word (or whole name);
#: rows that change nothing another desk shows (a sign-in, an export, a backup, an ID number
#: revealed) are absent. An action not named here reads everything: safe for a new one.
_HEARD = {
    "person": PERSON,
    "person.reveal_id": Changes(),
    "pension": PERSON,  # a person's 养老 category and periods, in their detail
    "binding": BINDING,
    "exchange.import_people": PERSON,
    "exchange.import_bindings": BINDING,
    "exchange": Changes(),  # an export
    "qinqing": APPLICATION,
    "qinqing.cancelled": DISCARDED,
    "qinqing.password_set": Changes(),
    "qinqing.password_wrong": Changes(),
    "qinqing.locked": Changes(),
    "policy": POLICY,
    "retention.purge": DISCARDED,  # pictures deleted: an application on screen shows them no more
    "attachment.view": Changes(),  # a picture looked at, as an ID number revealed
    "regions": Changes(catalogue=True),
    "operator": Changes(),  # another desk's clerk: this desk's stays
    "backup.manual": Changes(),
    "audit": Changes(),  # a restore accepted, seals of a migration: the rows are as they were
}


def heard(actions: Iterable[str]) -> Changes:
    """What the audit rows of other desks' writes (their actions, in order) changed here:
    one ``Changes`` for all of them, so an import and a hundred bindings reload once."""
    flags = dict.fromkeys(("people", "bindings", "applications", "catalogue", "policy"), False)
    for action in actions:
        one = _HEARD.get(action, _HEARD.get(action.partition(".")[0], EVERYTHING))
        for name in flags:
            flags[name] = flags[name] or getattr(one, name)
    return Changes(**flags)
