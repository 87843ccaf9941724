"""argparse in the UI language: `--help` and argparse's own errors ("the following
arguments are required", "invalid choice" …) stayed English under zh_CN.

argparse looks up each of its words at the moment it uses them, through the ``_`` and
``ngettext`` its module imported from :mod:`gettext`. gettext's own route (the global or an
'argparse' text domain) needs compiled .mo catalogues and changes every module's lookups; here
those two names in argparse's module are pointed at the .ts the rest of the CLI reads (context
"argparse"), for the language this command runs in. The help texts of sbdesk's own options are
translated as the help is formatted (context "cli_help", listed in help_texts.py).
"""

from __future__ import annotations

import argparse
import re

from ..domain.messages import QT_TRANSLATE_NOOP

CONTEXT, HELP_CONTEXT = "argparse", "cli_help"

#: argparse's words a person can meet (Python 3.11's spelling), and those of our option types.
#: The ones only a programmer meets (conflicting option strings …) stay English.
TEXTS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid number: %s"),
    QT_TRANSLATE_NOOP("argparse", "number out of range: %s"),
)

#: The names of the positional arguments (their dest), which argparse shows in the usage, the
#: help and its errors ("缺少以下必填参数：file"): words of the program's code, not of a clerk's.
NAMES_CONTEXT = "cli_names"
NAMES = (
    QT_TRANSLATE_NOOP("cli_names", "command"),
    QT_TRANSLATE_NOOP("cli_names", "action"),
    QT_TRANSLATE_NOOP("cli_names", "numbers"),
    QT_TRANSLATE_NOOP("cli_names", "file"),
    QT_TRANSLATE_NOOP("cli_names", "key"),
    QT_TRANSLATE_NOOP("cli_names", "binding"),
    QT_TRANSLATE_NOOP("cli_names", "dest"),
    QT_TRANSLATE_NOOP("cli_names", "source"),
    QT_TRANSLATE_NOOP("cli_names", "url"),
)

_tx = None  # the running command's translator
_action_name = argparse._get_action_name  # argparse's own, wrapped below
_HEADING = r"^(\S[^\n]*[\u3400-\u9fff]):$"  # compiled when help is shown, not at each start


def say(text: str) -> str:
    """One of TEXTS in the command's language."""
    return _tx(CONTEXT, text) if _tx is not None else text


#: The words argparse takes while it builds a parser, which every command does: translated when
#: the help is formatted instead, so a command that shows no help never reads the .ts for them.
_AT_HELP = frozenset(("positional arguments", "options", "show this help message and exit"))


def _words(text: str) -> str:
    return text if text in _AT_HELP else say(text)


def _plural(singular: str, plural: str, n: int) -> str:
    return say(singular if n == 1 else plural)


def positional_name(dest: str) -> str:
    """A positional argument's name in the command's language."""
    return _tx(NAMES_CONTEXT, dest) if _tx is not None else dest


def _get_action_name(argument):
    """argparse's name of an argument in its errors: a positional's dest translated."""
    if (
        argument is not None
        and not argument.option_strings
        and argument.metavar is None
        and argument.dest not in (None, argparse.SUPPRESS)
    ):
        return positional_name(argument.dest)
    return _action_name(argument)


def install(tx) -> None:
    """From now on argparse speaks ``tx``'s language (each command calls this first, so a test
    running commands in both languages in one process gets each in its own)."""
    global _tx
    _tx = tx
    argparse._ = _words  # type: ignore[attr-defined]  # argparse's gettext names, looked up at each use
    argparse.ngettext = _plural  # type: ignore[attr-defined]
    argparse._get_action_name = _get_action_name  # looked up at each error


class Formatter(argparse.HelpFormatter):
    """The help of sbdesk's commands and options, and the parser's description, translated."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        text = super()._get_help_string(action)
        if text in _AT_HELP:
            return say(text)
        return _tx(HELP_CONTEXT, text) if text and _tx is not None and text != argparse.SUPPRESS else text

    def _get_default_metavar_for_positional(self, action: argparse.Action) -> str:
        return positional_name(action.dest)

    def start_section(self, heading: str | None) -> None:
        super().start_section(say(heading) if heading in _AT_HELP else heading)

    def format_help(self) -> str:
        """A heading in Chinese ends in a full-width colon (argparse adds an ASCII one)."""
        return re.sub(_HEADING, "\\1：", super().format_help(), flags=re.MULTILINE)

    def add_text(self, text: str | None) -> None:
        if text and _tx is not None and text != argparse.SUPPRESS:
            text = _tx(HELP_CONTEXT, text)
        super().add_text(text)


class Failure(Exception):
    """Ends the command with one line and an exit code."""

    def __init__(self, line: str, code: int) -> None:
        super().__init__(line)
        self.line, self.code = line, code


class Parser(argparse.ArgumentParser):
    """sbdesk's parsers: help in the UI language, and an error is one line and exit 2."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("formatter_class", Formatter)  # help in the UI language
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> None:  # one clear line, not a usage dump
        from ..crash import mask_ids  # argparse quotes what was typed: an ID number masked

        raise Failure(say("%(prog)s: %(message)s") % {"prog": self.prog, "message": mask_ids(message)}, 2)
