"""Every sub-command of ``sbdesk``, declared once: its name, its one-line help, and its
group module's two functions, ``add_<name>(parser, common)`` (its arguments) and
``run_<name>(args, tx)`` (the work; the exit code). The parser (parser.py) and the dispatch
(``main`` in __init__.py) are both built from this list, so a new command is one line here
and two functions in its group's module. The order is that of ``sbdesk --help``."""
from __future__ import annotations

from . import bindings, data, idcheck, pension, people, policy, regions

TYPE_CHECKING = False  # importing typing is a tenth of `sbdesk idcheck`; type checkers know the name
if TYPE_CHECKING:
    from collections.abc import Callable


class Command:
    """One sub-command: what the parser needs and what runs it."""

    __slots__ = ("add_arguments", "help", "name", "run")

    def __init__(self, name: str, help: str, add_arguments: Callable, run: Callable) -> None:  # noqa: A002 - argparse's word
        self.name, self.help, self.add_arguments, self.run = name, help, add_arguments, run


COMMANDS: tuple[Command, ...] = (
    Command("idcheck", "check 公民身份号码 numbers", idcheck.add_idcheck, idcheck.run_idcheck),
    Command("regions", "list 统筹区, or import an office's policy update", regions.add_regions, regions.run_regions),
    Command("eligibility", "may OWNER share with MEMBER?", regions.add_eligibility, regions.run_eligibility),
    Command("person", "people on record", people.add_person, people.run_person),
    Command("bind", "bind a member to an owner's account", bindings.add_bind, bindings.run_bind),
    Command("unbind", "end a binding", bindings.add_unbind, bindings.run_unbind),
    Command("bindings", "list bindings", bindings.add_bindings, bindings.run_bindings),
    Command("pension", "contribution history and pension estimate", pension.add_pension, pension.run_pension),
    Command("retirement", "statutory retirement date (2025 reform), flexible range, minimum years",
            pension.add_retirement, pension.run_retirement),
    Command("check", "check the database and the audit chain", data.add_check, data.run_check),
    Command("import", "import people or bindings from CSV or XLSX", data.add_import, data.run_import),
    Command("export", "export people or bindings to CSV or XLSX", data.add_export, data.run_export),
    Command("backup", "copy the database (a consistent snapshot)", data.add_backup, data.run_backup),
    Command("restore", "put a backup in place; the current file is kept aside", data.add_restore, data.run_restore),
    Command("migrate-to", "copy the data folder's file into an empty branch database (postgresql://…)",
            data.add_migrate_to, data.run_migrate_to),
    Command("policy", "the edition of the policy data in use; install a signed policy pack",
            policy.add_policy, policy.run_policy),
)

BY_NAME: dict[str, Command] = {c.name: c for c in COMMANDS}
