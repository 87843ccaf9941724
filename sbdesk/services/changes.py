"""What a write changed, so a door reloads only what shows it (after Anki's ``OpChanges``).

A write's ``Changes`` travels with its result to the window, whose router (ui/refresh.py)
reloads each tab or panel the change touches, once. Refresh (F5) reads everything anyway:
another desk of a branch may have written anything.
"""

from __future__ import annotations

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
