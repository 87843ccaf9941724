"""Write sbdesk/cli/help_texts.py: every help text and description of ``sbdesk``'s parser,
marked for lupdate (context "cli_help"), so `sbdesk --help` can be translated in the .ts like
every other word. Run after adding or changing an option's help, then i18n/update.py.

    python i18n/cli_help.py

tests/cli/test_cli_language.py fails while a help text is missing from the list.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "sbdesk" / "cli" / "help_texts.py"
HEAD = '''"""The help texts of `sbdesk`'s commands and options, for lupdate (context "cli_help").
Written by i18n/cli_help.py from the parser: do not edit by hand."""
from ..domain.messages import QT_TRANSLATE_NOOP

TEXTS = (
'''


def help_texts() -> list[str]:
    """In the order `sbdesk --help` and each command's help show them."""
    sys.path.insert(0, str(ROOT))
    from sbdesk.cli.parser import build_parser

    found: list[str] = []

    def add(text: str | None) -> None:
        if text and text != argparse.SUPPRESS and text not in found:
            found.append(text)

    def walk(parser: argparse.ArgumentParser) -> None:
        add(parser.description)
        add(parser.epilog)
        for action in parser._actions:
            if action.help == "show this help message and exit":
                continue  # argparse's own (context "argparse")
            add(action.help)
            if isinstance(action, argparse._SubParsersAction):
                for choice in action._choices_actions:
                    add(choice.help)
                for sub in dict.fromkeys(action.choices.values()):
                    walk(sub)

    walk(build_parser())
    return found


def main() -> None:
    lines = [f'    QT_TRANSLATE_NOOP("cli_help", {text!r}),\n' for text in help_texts()]
    TARGET.write_text(HEAD + "".join(lines) + ")\n", encoding="utf-8")


if __name__ == "__main__":
    main()
