"""Write sbdesk/cli/help_texts.py: every help text and description of ``sbdesk``'s parser,
marked for lupdate (context "cli_help"), so `sbdesk --help` can be translated in the .ts like
every other word. Run after adding or changing an option's help, then i18n/update.py.

    python i18n/cli_help.py

tests/cli/test_cli_language.py fails while a help text is missing from the list.
"""

from __future__ import annotations

import argparse
import subprocess
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


def formatted(source: str) -> str:
    """The source as `ruff format` writes it with the project's settings (a long text split
    over lines, its quotes), so the file passes the format check as written."""
    done = subprocess.run(  # noqa: S603 - this interpreter, fixed arguments
        [sys.executable, "-m", "ruff", "format", "--stdin-filename", str(TARGET.relative_to(ROOT)), "-"],
        input=source,
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        check=False,
    )
    if done.returncode:
        raise SystemExit(f"ruff format (in the dev tools) could not format {TARGET.name}: {done.stderr.strip()}")
    return done.stdout


def main() -> None:
    lines = [f'    QT_TRANSLATE_NOOP("cli_help", {text!r}),\n' for text in help_texts()]
    TARGET.write_text(formatted(HEAD + "".join(lines) + ")\n"), encoding="utf-8", newline="\n")


if __name__ == "__main__":
    main()
