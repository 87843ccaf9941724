"""Every sub-command of ``sbdesk``, declared once: its name, its one-line help, and its
group module, which holds two functions, ``add_<name>(parser, common)`` (its arguments)
and ``run_<name>(args, tx)`` (the work; the exit code). The parser (parser.py) and the dispatch
(``main`` in __init__.py) are both built from this list, so a new command is one line here
and two functions in its group's module. The order is that of ``sbdesk --help``."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable


@dataclass(frozen=True)
class Command:
    """One sub-command: its name, its help, and the group module that holds its two functions.
    The module is imported when the command is parsed or run, so `sbdesk idcheck` loads only
    idcheck.py (the parser builds only the typed command's parser)."""

    name: str
    group: str
    help: str  # argparse's word

    def _function(self, kind: str) -> Callable:
        module = importlib.import_module(f"{__package__}.{self.group}")
        return getattr(module, f"{kind}_{self.name.replace('-', '_')}")

    @property
    def add_arguments(self) -> Callable:
        """``add_<name>(parser, common)``: the command's arguments on its sub-parser."""
        return self._function("add")

    @property
    def run(self) -> Callable:
        """``run_<name>(args, tx)``: the command's work; returns the exit code."""
        return self._function("run")


COMMANDS: tuple[Command, ...] = (
    Command("idcheck", "idcheck", "check 公民身份号码 numbers"),
    Command("regions", "regions", "list 统筹区, or import an office's policy update"),
    Command("eligibility", "regions", "may OWNER share with MEMBER?"),
    Command("person", "people", "people on record"),
    Command("bind", "bindings", "bind a member to an owner's account"),
    Command("unbind", "bindings", "end a binding"),
    Command("bindings", "bindings", "list bindings"),
    Command("report", "report", "bindings made and ended per day, clerk, channel and 统筹区 (a supervisor's)"),
    Command("pension", "pension", "contribution history and pension estimate"),
    Command("retirement", "pension", "statutory retirement date (2025 reform), flexible range, minimum years"),
    Command("check", "data", "check the database and the audit chain"),
    Command("audit", "audit", "read the audit log: filter, verify the chain, export"),
    Command("import", "data", "import people or bindings from CSV or XLSX"),
    Command("export", "data", "export people or bindings to CSV or XLSX"),
    Command("purge", "retention", "delete the pictures of 亲情服务 applications kept past their days"),
    Command("retention", "retention", "how many days those pictures are kept; --days sets the office's own"),
    Command("backup", "data", "copy the database (a consistent snapshot)"),
    Command("restore", "data", "put a backup in place; the current file is kept aside"),
    Command("restored", "data", "after pg_restore of a branch database: record the restore, so every desk accepts it"),
    Command("migrate-to", "data", "copy the data folder's file into an empty branch database (postgresql://…)"),
    Command("encrypt", "keys", "encrypt the data folder with a password; prints its recovery key once"),
    Command("decrypt", "keys", "take the data folder's encryption off"),
    Command("password", "keys", "change the password of an encrypted data folder"),
    Command("policy", "policy", "the edition of the policy data in use; install a signed policy pack"),
)

BY_NAME: dict[str, Command] = {c.name: c for c in COMMANDS}
