"""The data folder's encryption: ``encrypt`` (protect it with a password; the recovery key is
printed once), ``decrypt`` (back to plain files) and ``password`` (a new password). A new
password comes from a file (SBDESK_KEY_FILE for encrypt, --new-key-file for password: one
line, chmod 600) or is typed twice at the terminal; nothing prints or logs it."""

from __future__ import annotations

import sys

from .. import paths
from ..domain.messages import QT_TRANSLATE_NOOP, Problem
from .common import emit


def add_encrypt(p, common) -> None:
    p.add_argument(
        "--remember",
        action="store_true",
        help="also keep the key in this computer's system keyring, so that this user is not asked for the password",
    )


def run_encrypt(args, tx) -> int:
    from ..services import keys

    folder = paths.data_dir(args.data_dir)
    password = keys.key_file_text()
    if password is None:
        password = _new_password(
            tx,
            tx("cli", QT_TRANSLATE_NOOP("cli", "Password for the data folder: ")),
            tx("cli", QT_TRANSLATE_NOOP("cli", "The same password again: ")),
        )
    encrypting = tx("cli", QT_TRANSLATE_NOOP("cli", "Encrypting: file {done} of {total}…"))
    shown = _watched(
        encrypting, lambda progress: keys.encrypt(folder, password, args.remember, progress, args.operator)
    )
    text = tx(
        "cli",
        QT_TRANSLATE_NOOP(
            "cli",
            "The data folder {folder} is now encrypted. Its recovery key, shown this once:\n\n    {key}\n\n"
            "Write it down or print it, and keep it apart from this computer. It opens the data when the "
            "password is forgotten. Without the password or the recovery key, the data cannot be read by "
            "anyone: a lost password and a lost recovery key mean lost data.",
        ),
    ).format(folder=folder, key=shown)
    emit(args, {"encrypted": str(folder), "recovery_key": shown}, text)
    return 0


def add_decrypt(p, common) -> None:
    pass


def run_decrypt(args, tx) -> int:
    from ..services import keys
    from .unlock import unlock

    folder = paths.data_dir(args.data_dir)
    unlock(args, tx, database="")  # the folder's own file, whatever --database says
    decrypting = tx("cli", QT_TRANSLATE_NOOP("cli", "Decrypting: file {done} of {total}…"))
    _watched(decrypting, lambda progress: keys.decrypt(folder, progress, args.operator))
    text = tx(
        "cli",
        QT_TRANSLATE_NOOP(
            "cli", "The data folder {folder} is no longer encrypted: anyone who can read its files can read the data."
        ),
    ).format(folder=folder)
    emit(args, {"decrypted": str(folder)}, text)
    return 0


def add_password(p, common) -> None:
    p.add_argument(
        "--new-key-file",
        metavar="FILE",
        help="read the new password from FILE (one line; the file must be readable by you only, chmod 600) "
        "instead of asking at the terminal",
    )
    keep = p.add_mutually_exclusive_group()
    keep.add_argument(
        "--remember", action="store_true", help="keep the key in this computer's system keyring from now on"
    )
    keep.add_argument("--forget", action="store_true", help="take the key out of this computer's system keyring")


def run_password(args, tx) -> int:
    from ..services import keys
    from .unlock import unlock

    folder = paths.data_dir(args.data_dir)
    unlock(args, tx, database="")
    if args.new_key_file:
        new = keys.read_key_file(args.new_key_file, "--new-key-file")
    else:
        new = _new_password(
            tx,
            tx("cli", QT_TRANSLATE_NOOP("cli", "New password: ")),
            tx("cli", QT_TRANSLATE_NOOP("cli", "The same new password again: ")),
        )
    remember = True if args.remember else False if args.forget else None
    keys.change_password(folder, new, remember, operator=args.operator)
    text = tx(
        "cli",
        QT_TRANSLATE_NOOP(
            "cli", "The password of the data folder {folder} was changed; its recovery key is still the same."
        ),
    ).format(folder=folder)
    emit(args, {"password_changed": str(folder)}, text)
    return 0


def _new_password(tx, first: str, second: str) -> str:
    """A new password typed twice at the terminal (not echoed), checked before it is asked again."""
    from ..services import keys
    from ..services.errors import InputError
    from .unlock import typed

    if not sys.stdin.isatty():
        raise InputError([("password", Problem("keys.no_new_password"))])
    password = typed(first)
    if password is None:
        raise InputError([("password", Problem("keys.no_new_password"))])
    password = keys.check_password(password)
    again = typed(second)
    if again is None or again.strip() != password:
        raise InputError([("password", Problem("keys.mismatch"))])
    return password


def _watched(text: str, work):
    """``work(progress)`` with "file 2 of 5" (the database, then each backup) on a terminal."""
    from .progress import on_terminal  # only for the two commands that convert files

    line = on_terminal()
    if line is None:
        return work(None)

    def progress(stage: str, done: int, total: int) -> None:
        if stage == "copy":
            line.show(text.format(done=done + 1, total=total), force=True)

    try:
        return work(progress)
    finally:
        line.clear()
