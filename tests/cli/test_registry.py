"""The command line is one package, sbdesk/cli/, with one registry: each command is declared
once there (name, help, its group's add_<name> and run_<name>), and both the parser and the
dispatch come from it. A command added to the parser but not to the dispatch (or the other
way round), or one registered twice, used to be possible: they were separate lists."""

from __future__ import annotations

import argparse
import collections
import importlib
from pathlib import Path

import sbdesk
from sbdesk import cli
from sbdesk.cli import parser as cli_parser
from sbdesk.cli import registry

PACKAGE = Path(sbdesk.__file__).parent


def _subcommands(parser: argparse.ArgumentParser) -> list[str]:
    actions = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return [name for action in actions for name in action.choices]


def test_no_command_line_module_is_left_at_the_package_root():
    assert sorted(p.name for p in PACKAGE.glob("cli*.py")) == []
    assert (PACKAGE / "cli" / "__init__.py").is_file()


def test_every_subcommand_of_the_parser_is_declared_exactly_once():
    declared = collections.Counter(c.name for c in registry.COMMANDS)
    assert [name for name, n in declared.items() if n > 1] == []
    assert sorted(_subcommands(cli_parser.build_parser())) == sorted(declared)


def test_each_command_runs_a_function_of_its_group_module():
    for command in registry.COMMANDS:
        word = command.name.replace("-", "_")
        module = importlib.import_module(command.run.__module__)
        assert module.__name__.startswith("sbdesk.cli."), command.name
        assert module.__name__ not in ("sbdesk.cli.registry", "sbdesk.cli.parser"), command.name
        assert command.run.__name__ == f"run_{word}", command.name
        assert getattr(module, f"run_{word}") is command.run, command.name
        assert command.add_arguments.__name__ == f"add_{word}", command.name
        assert command.add_arguments.__module__ == module.__name__, command.name


def test_main_dispatches_to_the_group_modules_run_function(monkeypatch):
    seen = []

    def run(args, tx) -> int:
        seen.append(args.command)
        return 42

    monkeypatch.setattr(importlib.import_module("sbdesk.cli.idcheck"), "run_idcheck", run)
    assert cli.main(["--lang", "en", "idcheck", "11010519491231002X"]) == 42  # en: argparse stays as other tests expect
    assert seen == ["idcheck"]


def test_every_module_of_the_command_line_stays_under_500_lines():
    long = {
        p.name: n
        for p in (PACKAGE / "cli").glob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) >= 500
    }
    assert long == {}
