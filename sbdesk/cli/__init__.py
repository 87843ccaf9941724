"""``sbdesk``: no sub-command opens the window; sub-commands do batch work and print JSON.

The commands are declared in registry.py and live in their group's module (people.py,
bindings.py, regions.py, pension.py, data.py, policy.py, idcheck.py); here are the entry point
and what every command shares when it fails.

Exit codes: 0 done / allowed / valid, 1 a negative answer (invalid number, refused
binding, a check that found edits made behind sbdesk's back), 2 bad input (one line on
stderr, nothing written), 3 the database cannot be used (locked, damaged, too new, disk
full), a check found damage, or a listing marked rows it could not read.
"""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Sequence

from .. import i18n, paths
from ..domain.messages import QT_TRANSLATE_NOOP, Problem
from ..portable import give_streams
from . import argparse_zh, options, parser
from .argparse_zh import Failure
from .registry import BY_NAME

__all__ = ["Failure", "main"]

# Each command imports the services it uses when it runs (`idcheck` needs none of them: the
# whole CLI's imports were three quarters of its time).


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    give_streams()  # the console script `sbdesk` (pip) comes here without __main__: stderr closed (2>&-) is None
    tx = i18n.translator(i18n.choose(_peek_lang(argv)))
    argparse_zh.install(tx)  # --help and argparse's errors in that language
    args = None
    try:
        args = parser.parse(argv)
        if getattr(args, "database", None) is not None:
            paths.choose_database(args.database)
        if getattr(args, "version", False):  # wherever it stands, as argparse's own --version
            from .policy import cmd_version

            return cmd_version(args, tx)
        options.address_warnings(args, tx)
        if not args.command:
            from ..app import run  # Qt is imported only for the window

            return run(args)
        return BY_NAME[args.command].run(args, tx)
    except Failure as exc:
        print(exc.line, file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:  # Ctrl+C: the command's transaction was rolled back; one line, no traceback
        print(
            tx("cli", QT_TRANSLATE_NOOP("cli", "Interrupted; the unfinished change was not written.")), file=sys.stderr
        )
        return 130
    except BrokenPipeError:  # the reader went away (`sbdesk person list | head`): what was done stays done
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
        return 1
    except Exception as exc:
        code = failed(exc, args, tx)
        if code is None:
            raise
        return code


def failed(exc: Exception, args, tx) -> int | None:
    """One line on stderr and the exit code for a command's failure (None: a real bug). The
    service errors are imported here, when something failed, not on every start."""
    from ..services.errors import NoDatabase, Refused, ServiceError, StoreError

    if isinstance(exc, Refused):
        prefix = {  # a gap the clerk can fill is not called a refusal
            "confirm": QT_TRANSLATE_NOOP("cli", "Needs the clerk's confirmation (--confirm-unusual):"),
            "incomplete": QT_TRANSLATE_NOOP("cli", "Not bound yet; can share once the items below are done:"),
        }.get(exc.decision.verdict, QT_TRANSLATE_NOOP("cli", "Refused:"))
        print(tx("cli", prefix) + " " + " ".join(exc.messages(tx)), file=sys.stderr)
        return 1
    if isinstance(exc, ServiceError):
        print(" ".join(exc.messages(tx)), file=sys.stderr)
        return 2
    if isinstance(exc, StoreError):
        print(Problem(exc.code, **exc.params).render(tx), file=sys.stderr)
        if exc.params.get("detail") and getattr(args, "data_dir", None) is not None:
            from .. import crash  # SQLite's own report (English, lines of it) goes to the log

            crash.log_line(paths.data_dir(args.data_dir), f"{exc.code}: {exc.params['detail']}")
        # a mistyped --data-dir or URL, a sign-in without the grant, a rule that refused: bad input
        return 2 if isinstance(exc, NoDatabase) or exc.bad_input else 3
    if isinstance(exc, OSError):  # a path given on the command line that cannot be used
        print(
            Problem("export.target", path=exc.filename or "", detail=exc.strerror or str(exc)).render(tx),
            file=sys.stderr,
        )
        return 3 if exc.errno == errno.ENOSPC else 2
    return None


def _peek_lang(argv: list[str]) -> str | None:
    """The language asked for, wherever it stands (the last one wins, as in argparse), also
    as argparse's abbreviations --la and --lan (--l would be --limit's too), which set
    args.lang: the help, the errors and the answer then all speak it."""
    found = None
    for i, arg in enumerate(argv):
        if arg == "--":  # what follows is no option
            break
        name, equals, value = arg.partition("=")
        if name not in ("--la", "--lan", "--lang"):
            continue
        if equals:
            found = value
        elif i + 1 < len(argv):
            found = argv[i + 1]
    return found
