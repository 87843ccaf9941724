"""The command line is parsed with the typed command's parser alone (building all of
them was a third of `sbdesk idcheck`). Whatever the guess, the answer is the whole parser's."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from sbdesk.cli import parser as cli_parser
from sbdesk.cli.parser import Failure

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


@pytest.mark.parametrize(
    "argv",
    [
        ["idcheck"],  # numbers missing
        ["bind", "--owner", "1"],  # required options missing
        ["--operator", "bind", "idcheck"],  # a wrong guess that then fails
        ["unbind", "x"],
        ["frobnicate"],
        ["person"],
        ["idcheck", "1", "--bogus"],
        ["--lang", "fr", "idcheck", "1"],
    ],
)
def test_mistakes_get_the_whole_parsers_message(argv):
    answer = one(argv)
    assert isinstance(answer, str) and answer == whole(argv)


def test_help_lists_every_command(capsys):
    for argv in (["--help"], ["--he"], ["-h", "idcheck"]):
        with pytest.raises(SystemExit):
            cli_parser.parse(argv)
        shown = capsys.readouterr().out
        assert all(name in shown for name in cli_parser.BY_NAME), argv


def test_idcheck_loads_no_command_it_does_not_run():
    """What made `sbdesk idcheck` 2.6× `python -c pass`: every command's parser, the services
    and json. (dataclasses and typing it loads: the values it prints are dataclasses, and the
    two cost it about 13 ms, docs/performance.md.)"""
    probe = (
        "import sys; from sbdesk import cli; code = cli.main(['idcheck', '11010519491231002X']);"
        "print('loaded:', *sorted(m for m in ('json', 'sqlite3', 'sbdesk.services',"
        " 'sbdesk.domain.models', 'sbdesk.domain.relations') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.splitlines()[-1] == "loaded:"


# -- red team: generated command lines, compared with the whole parser -------------------------

import contextlib  # noqa: E402
import io  # noqa: E402
import random  # noqa: E402

_WORDS = [
    *cli_parser.BY_NAME,
    "add",
    "update",
    "list",
    "card-status",
    "show",
    "estimate",
    "remove",
    "import",
    "--",
    "-h",
    "--he",
    "--help",
    "",
    "-",
    "张三",
    "11010519491231002X",
    "-1",
    "#1",
    "en",
    "zh_CN",
    "fr",
    "spouse",
    "wallet",
    "2020-01",
    "1970-05",
    "female",
    "active",
    "people",
    "idcheck\u200b",
    "ｉｄｃｈｅｃｋ",
]
_OPTIONS = [
    "--data-dir",
    "--dat",
    "--da",
    "--json",
    "--js",
    "--lang",
    "--la",
    "--operator",
    "--op",
    "--database",
    "--on",
    "--reveal",
    "--owner",
    "--own",
    "--member",
    "--relation",
    "--channel",
    "--name",
    "--id-number",
    "--id",
    "--region",
    "--limit",
    "--lim",
    "--search",
    "--person",
    "--from",
    "--to",
    "--base",
    "--period",
    "--age",
    "--retire-at",
    "--category",
    "--birth",
    "--sex",
    "--kind",
    "--masked",
    "--reason",
    "--status",
    "--ss",
    "--insurance",
    "--confirm-unusual",
    "--cross-province",
    "--re",
    "--o",
]
_STARTS = [
    ["idcheck", "1"],
    ["person", "list"],
    ["person", "add", "--name", "a", "--id-number", "1"],
    ["person", "update", "#1", "--region", "x"],
    ["bind", "--owner", "1", "--member", "2", "--relation", "spouse", "--channel", "wallet"],
    ["eligibility", "--relation", "spouse"],
    ["unbind", "3"],
    ["pension", "add", "--person", "#1"],
    ["retirement", "--birth", "1970-05", "--sex", "male"],
    ["regions", "import", "f"],
    ["backup"],
    [],
]


def _outcome(parse, argv):
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
            return sorted(vars(parse(argv)).items())
    except Failure as exc:
        return ("error", exc.line, exc.code)
    except SystemExit as exc:  # help
        return ("exit", exc.code, out.getvalue())


def _argv(rng):
    argv = list(rng.choice(_STARTS))
    for _ in range(rng.randint(0, 4)):
        kind = rng.random()
        word = rng.choice(_OPTIONS) if kind < 0.5 else rng.choice(_WORDS)
        if kind < 0.15:  # an option given its value with =, the value a command word or empty
            word += "=" + rng.choice(_WORDS)
        argv.insert(rng.randint(0, len(argv)), word)
    return argv


def test_generated_command_lines_parse_as_the_whole_parser_would():
    """Command words as option values in every position, abbreviations, `--`, help in odd
    places, empty and unicode words: the answer (values, error line or help) is the whole parser's."""
    rng = random.Random(14)
    for _ in range(200):
        argv = _argv(rng)
        assert _outcome(cli_parser.parse, argv) == _outcome(cli_parser.build_parser().parse_args, argv), argv


@pytest.mark.parametrize(
    "argv",
    [
        ["idcheck"] + ["11010519491231002X"] * 3000,
        ["--json"] * 2000 + ["check"],
        ["--operator", "x" * 100_000, "idcheck", "1"],
    ],
    ids=["many", "repeated", "long"],
)
def test_long_command_lines_parse_as_the_whole_parser_would(argv):
    assert _outcome(cli_parser.parse, argv) == _outcome(cli_parser.build_parser().parse_args, argv)


@pytest.mark.parametrize(
    "argv",
    [
        ["--operator", "bind", "idcheck"],
        ["--data-dir", "idcheck", "frob"],
        ["--lang=fr", "idcheck", "1"],
        ["idcheck", "1", "--on"],
        ["person", "person", "list"],
        ["--dat", "x", "frobnicate"],
        ["unbind", "-x"],
    ],
)
def test_the_program_exits_2_with_the_whole_parsers_line(argv):
    expected = _outcome(cli_parser.build_parser().parse_args, argv)
    done = subprocess.run(
        [sys.executable, "-m", "sbdesk", *argv],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "SBDESK_LANG": "en"},
    )  # argparse's own words, as in this process
    assert (done.returncode, done.stderr.strip()) == (2, expected[1]), argv


@pytest.mark.parametrize("argv", [["--he"], ["person", "-h", "list"], ["--operator=x", "idcheck", "--hel"]])
def test_the_program_shows_the_whole_parsers_help(argv):
    expected = _outcome(cli_parser.build_parser().parse_args, argv)
    done = subprocess.run(
        [sys.executable, "-m", "sbdesk", *argv],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "SBDESK_LANG": "en"},
    )  # argparse's own words, as in this process
    assert (done.returncode, done.stdout) == (0, expected[2]), argv
