"""``sbdesk``'s argument parser, built for the command typed.

Building every command's parser took a third of `sbdesk idcheck` and of every window start
(argparse makes a help formatter and looks up its catalogues per option). So each
command has its builder, :func:`parse` builds only the one the command line names, and the
whole parser is built when that guess cannot be trusted: help asked for, an error to report,
or a command word that turned out to be an option's value. The full parser is the grammar;
the one-command parser answers only where it agrees with it.
"""
from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence

from . import cli_argparse, cli_policy, cli_retirement
from .cli_options import global_options, number


class Failure(Exception):
    """Ends the command with one line and an exit code."""

    def __init__(self, line: str, code: int) -> None:
        super().__init__(line)
        self.line, self.code = line, code


class Parser(argparse.ArgumentParser):
    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("formatter_class", cli_argparse.Formatter)  # help in the UI language
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> None:  # one clear line, not a usage dump
        raise Failure(cli_argparse.say("%(prog)s: %(message)s") % {"prog": self.prog, "message": message}, 2)


def _idcheck(sub, common) -> None:
    p = sub.add_parser("idcheck", parents=[common], help="check 公民身份号码 numbers")
    p.add_argument("numbers", nargs="+")
    p.add_argument("--on", help="date for the age (YYYY-MM-DD, default today)")
    p.add_argument("--reveal", action="store_true", help="print full numbers (masked by default)")


def _regions(sub, common) -> None:
    p = sub.add_parser("regions", parents=[common], help="list 统筹区, or import an office's policy update")
    p.add_argument("action", nargs="?", choices=("list", "import"), default="list")
    p.add_argument("file", nargs="?", help="for import: a region list or relationship policy (JSON or CSV)")
    p.add_argument("--cross-province", action="store_true", help="only regions reported open cross-province")
    p.add_argument("--on", help="status on this date (YYYY-MM-DD, default: today)")
    p.add_argument("--search", help="name, pinyin initials or code")


def _eligibility(sub, common) -> None:
    from .domain import relations
    from .domain.models import INSURANCE
    p = sub.add_parser("eligibility", parents=[common], help="may OWNER share with MEMBER?")
    p.add_argument("--owner", help="owner: ID number, card number or #id of a stored person")
    p.add_argument("--member", help="member: ID number, card number or #id of a stored person")
    p.add_argument("--owner-region", help="owner's 统筹区 when no stored person is named")
    p.add_argument("--member-region", help="member's 统筹区 when no stored person is named")
    p.add_argument("--owner-insurance", choices=INSURANCE, default="employee")
    p.add_argument("--member-insurance", choices=INSURANCE, default="resident")
    p.add_argument("--member-birth", help="member's birth date, for the under-16 rule and plausibility")
    p.add_argument("--owner-birth", help="owner's birth date, for plausibility")
    p.add_argument("--confirm-unusual", action="store_true",
                   help="the clerk checked an unusual relationship (by the birth dates)")
    p.add_argument("--relation", required=True, help="the member is the owner's …: " + ", ".join(relations.KINDS))
    p.add_argument("--channel", default="wallet", help="a channel of resources/channels.json: ecard, web, window, hospital, wallet … (default: wallet, the national carrier that also works across provinces)")
    p.add_argument("--on", help="date of the decision (YYYY-MM-DD, default today)")


def _person(sub, common) -> None:
    from .domain.models import ACCOUNT_STATES, INSURANCE
    person = sub.add_parser("person", parents=[common], help="people on record")
    psub = person.add_subparsers(dest="action", required=True, parser_class=Parser)
    p = psub.add_parser("add", parents=[common])
    p.add_argument("--name", required=True)
    p.add_argument("--id-number", required=True)
    p.add_argument("--region", default="", help="统筹区 name or code (default: suggested by the ID number)")
    p.add_argument("--insurance", choices=INSURANCE, default="employee")
    p.add_argument("--card", help="social-security card number")
    p.add_argument("--computer-number", help="社保电脑号")
    p = psub.add_parser("update", parents=[common],
                        help="change a person's details; bindings the change ends are ended and listed")
    p.add_argument("key", help="ID number, card number or #row-id")
    p.add_argument("--name")
    p.add_argument("--region", help="统筹区 name or code (moving ends the person's bindings)")
    p.add_argument("--insurance", choices=INSURANCE, help="leaving 职工医保 ends the bindings the person pays for")
    p.add_argument("--card", help="social-security card number ('' removes it)")
    p.add_argument("--computer-number", help="社保电脑号 ('' removes it)")
    p = psub.add_parser("list", parents=[common])
    p.add_argument("--search", default="", help="ID or card prefix, or name prefix")
    p.add_argument("--limit", type=number, default=200)
    p.add_argument("--reveal", action="store_true", help="show full ID numbers (audited)")
    p = psub.add_parser("card-status", parents=[common], help="record the card's two accounts")
    p.add_argument("key")
    p.add_argument("--ss", choices=ACCOUNT_STATES, help="社保账户 (must be active to use the card)")
    p.add_argument("--financial", choices=ACCOUNT_STATES, help="金融账户 (optional)")
    p = psub.add_parser("show", parents=[common])
    p.add_argument("key", help="ID number, card number or #row-id")
    p.add_argument("--reveal", action="store_true", help="show the full ID number (audited)")


def _bind(sub, common) -> None:
    p = sub.add_parser("bind", parents=[common], help="bind a member to an owner's account")
    p.add_argument("--owner", required=True)
    p.add_argument("--member", required=True)
    p.add_argument("--relation", required=True)
    p.add_argument("--channel", required=True, help="a channel of resources/channels.json: ecard, web, window, hospital, wallet …")
    p.add_argument("--on", help="binding date (YYYY-MM-DD, default today)")
    p.add_argument("--confirm-unusual", action="store_true",
                   help="the clerk checked an unusual relationship (by the birth dates); recorded in the audit")
    p.add_argument("--face-photo-checked", action="store_true",
                   help="for a member under 16 on the e-card channel: the face photo was checked")


def _unbind(sub, common) -> None:
    p = sub.add_parser("unbind", parents=[common], help="end a binding")
    p.add_argument("binding", type=number)
    p.add_argument("--reason", default="")
    p.add_argument("--on", help="end date (YYYY-MM-DD, default today)")


def _bindings(sub, common) -> None:
    p = sub.add_parser("bindings", parents=[common], help="list bindings")
    p.add_argument("--channel", help="a channel of resources/channels.json: ecard, web, window, hospital, wallet …")
    p.add_argument("--status", choices=("active", "ended"))


def _pension(sub, common) -> None:
    from .domain.models import RETIRE_AT
    p = sub.add_parser("pension", parents=[common], help="contribution history and pension estimate")
    p.add_argument("action", nargs="?", choices=("estimate", "add", "remove", "import"), default="estimate")
    p.add_argument("file", nargs="?", help="import: national rules shaped like resources/pension.json and/or "
                                           "{\"pension\": {\"average_wage\": N, \"account_rate\": R}}")
    p.add_argument("--person", help="ID number, card number or #row-id")
    p.add_argument("--from", dest="start", help="add: first month paid (YYYY-MM)")
    p.add_argument("--to", dest="end", help="add: last month paid (YYYY-MM); omit while still paying")
    p.add_argument("--base", help="add: monthly contribution base (缴费基数)")
    p.add_argument("--period", type=number, help="remove: the period's number")
    p.add_argument("--as-of", help="estimate as of this month (YYYY-MM, default this month)")
    p.add_argument("--age", type=number, help="retire at this age in whole years (default: the statutory date)")
    p.add_argument("--retire-at", choices=RETIRE_AT, default="statutory",
                   help="project to the statutory, earliest or latest retirement date")
    p.add_argument("--category", help="record a woman's retirement category: worker (女职工) or cadre (女干部)")


def _check(sub, common) -> None:
    p = sub.add_parser("check", parents=[common], help="check the database and the audit chain")
    p.add_argument("--accept-restore", action="store_true",
                   help="the earlier state check found is a restore you meant (pg_restore of an older dump): "
                        "record that in the audit log and anchor the history from it")


def _import(sub, common) -> None:
    p = sub.add_parser("import", parents=[common], help="import people or bindings from CSV or XLSX")
    p.add_argument("file")


def _export(sub, common) -> None:
    p = sub.add_parser("export", parents=[common], help="export people or bindings to CSV or XLSX")
    p.add_argument("file", help="ends in .csv or .xlsx")
    p.add_argument("--kind", choices=("people", "bindings"), default="people")
    p.add_argument("--masked", action="store_true", help="mask ID numbers (the file cannot be re-imported)")


def _backup(sub, common) -> None:
    p = sub.add_parser("backup", parents=[common], help="copy the database (a consistent snapshot)")
    p.add_argument("dest", nargs="?", help="file or folder (default: the data folder's backups/)")


def _restore(sub, common) -> None:
    p = sub.add_parser("restore", parents=[common], help="put a backup in place; the current file is kept aside")
    p.add_argument("source")


def _migrate_to(sub, common) -> None:
    p = sub.add_parser("migrate-to", parents=[common],
                       help="copy the data folder's file into an empty branch database (postgresql://…)")
    p.add_argument("url")


BUILDERS: dict[str, Callable] = {
    "idcheck": _idcheck, "regions": _regions, "eligibility": _eligibility, "person": _person, "bind": _bind,
    "unbind": _unbind, "bindings": _bindings, "pension": _pension, "retirement": cli_retirement.add_parser,
    "check": _check, "import": _import, "export": _export, "backup": _backup, "restore": _restore,
    "migrate-to": _migrate_to, "policy": cli_policy.add_parser}


def build_parser(only: Sequence[str] | None = None) -> Parser:
    """The parser with the commands named in ``only`` (all of them when None)."""
    common = global_options(Parser(add_help=False), defaults=False)
    parser = Parser(prog="sbdesk", description="Family sharing of the social-security card.",
                    parents=[global_options(Parser(add_help=False), defaults=True)])
    parser.add_argument("--version", action="store_true", help="the program's version and the policy data's edition")
    sub = parser.add_subparsers(dest="command", parser_class=Parser)
    for name, build in BUILDERS.items():
        if only is None or name in only:
            build(sub, common)
    return parser


def _guess(argv: Sequence[str]) -> str | None:
    """The first word that names a command (it may be an option's value: parse() checks)."""
    return next((arg for arg in argv if arg in BUILDERS), None)


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
