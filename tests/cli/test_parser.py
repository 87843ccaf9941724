"""The command line is parsed with the typed command's parser alone (issue 14: building all of
them was a third of `sbdesk idcheck`). Whatever the guess, the answer is the whole parser's."""
from __future__ import annotations

import subprocess
import sys

import pytest

from sbdesk import cli_parser
from sbdesk.cli_parser import Failure

LINES = [
    ["idcheck", "11010519491231002X", "--json"],
    ["--json", "idcheck", "11010519491231002X"],
    ["--operator", "bind", "idcheck", "11010519491231002X"],  # the first command word is a value
    ["--data-dir", "idcheck", "idcheck", "110105"],
    ["--operator", "idcheck"],  # no command at all: the window
    [],
    ["--lang", "en"],
    ["person", "list", "--limit", "3", "--data-dir", "/x"],
    ["person", "add", "--name", "张三", "--id-number", "1", "--region", "import"],
    ["pension", "add", "--person", "#1", "--from", "2020-01", "--base", "5000"],
    ["retirement", "--birth", "1970-05", "--sex", "female", "--category", "worker"],
    ["regions", "import", "check"],
    ["eligibility", "--owner", "bind", "--member", "x", "--relation", "spouse"],
]


def whole(argv):
    try:
        return cli_parser.build_parser().parse_args(argv)
    except Failure as exc:
        return exc.line


def one(argv):
    try:
        return cli_parser.parse(argv)
    except Failure as exc:
        return exc.line


@pytest.mark.parametrize("argv", LINES, ids=" ".join)
def test_the_typed_command_parses_as_the_whole_parser_would(argv):
    assert one(argv) == whole(argv)


@pytest.mark.parametrize("argv", [
    ["idcheck"],  # numbers missing
    ["bind", "--owner", "1"],  # required options missing
    ["--operator", "bind", "idcheck"],  # a wrong guess that then fails
    ["unbind", "x"],
    ["frobnicate"],
    ["person"],
    ["idcheck", "1", "--bogus"],
    ["--lang", "fr", "idcheck", "1"],
])
def test_mistakes_get_the_whole_parsers_message(argv):
    answer = one(argv)
    assert isinstance(answer, str) and answer == whole(argv)


def test_help_lists_every_command(capsys):
    for argv in (["--help"], ["--he"], ["-h", "idcheck"]):
        with pytest.raises(SystemExit):
            cli_parser.parse(argv)
        shown = capsys.readouterr().out
        assert all(name in shown for name in cli_parser.BUILDERS), argv


def test_idcheck_loads_no_command_it_does_not_run():
    """What made `sbdesk idcheck` 2.6× `python -c pass`: every command's parser, the services,
    dataclasses (with inspect and ast), typing and json."""
    probe = ("import sys; from sbdesk import cli; code = cli.main(['idcheck', '11010519491231002X']);"
             "print('loaded:', *sorted(m for m in ('dataclasses', 'typing', 'json', 'sqlite3', 'sbdesk.services',"
             " 'sbdesk.domain.models', 'sbdesk.domain.relations') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.splitlines()[-1] == "loaded:"
