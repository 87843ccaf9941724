"""``sbdesk``'s argument parser, built for the command typed.

Building every command's parser took a third of `sbdesk idcheck` and of every window start
(argparse makes a help formatter and looks up its catalogues per option). So each
command has its builder (registry.py), :func:`parse` builds only the one the command line names, and the
whole parser is built when that guess cannot be trusted: help asked for, an error to report,
or a command word that turned out to be an option's value. The full parser is the grammar;
the one-command parser answers only where it agrees with it.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from .argparse_zh import Failure, Parser
from .options import global_options
from .registry import BY_NAME, COMMANDS

__all__ = ["Failure", "Parser", "build_parser", "parse"]


def build_parser(only: Sequence[str] | None = None) -> Parser:
    """The parser with the commands named in ``only`` (all of them when None)."""
    common = global_options(Parser(add_help=False), defaults=False)
    parser = Parser(
        prog="sbdesk",
        description="Family sharing of the social-security card.",
        parents=[global_options(Parser(add_help=False), defaults=True)],
    )
    parser.add_argument("--version", action="store_true", help="the program's version and the policy data's edition")
    sub = parser.add_subparsers(dest="command", parser_class=Parser)
    for command in COMMANDS:
        if only is None or command.name in only:
            command.add_arguments(sub.add_parser(command.name, parents=[common], help=command.help), common)
    return parser


def _guess(argv: Sequence[str]) -> str | None:
    """The first word that names a command (it may be an option's value: parse() checks)."""
    return next((arg for arg in argv if arg in BY_NAME), None)


def _asks_help(argv: Sequence[str]) -> bool:
    return any(arg.startswith(("-h", "--h")) for arg in argv)  # argparse takes --he for --help


def parse(argv: Sequence[str]) -> argparse.Namespace:
    """Parse with the typed command's parser alone when that gives what the whole parser
    would; otherwise (and for every error and help text) with the whole parser."""
    guess = _guess(argv)
    if not _asks_help(argv):  # help lists every command
        try:
            args = build_parser([guess] if guess else []).parse_args(argv)
        except Failure:
            pass  # maybe a wrong guess: the whole parser gives the real message
        else:
            if args.command == guess:
                return args
    return build_parser().parse_args(argv)
