"""Branch mode in the window: the database setting (Settings → Branch database…), the
password prompt, and what the window says when the branch server is away."""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QMessageBox, QWidget

from .. import paths
from ..services.errors import StoreError
from .common import dialogs, plain
from .common.texts import error_text

log = logging.getLogger(__name__)

translate = QCoreApplication.translate  # called with the literal context "branch", which lupdate reads


def ask_database(parent: QWidget, settings) -> None:
    """Point this data folder at a branch server, or back at its own file. The address is
    kept without a password (pgpass or the prompt at start); it takes effect at the next start."""
    from ..services import branch_address

    empty = without_own_choice(paths.preset_database())  # what an empty setting means here
    current = branch_address.shown(settings.database) if settings.database else translate("branch", "empty")
    text = dialogs.ask_text(
        parent,
        translate("branch", "Branch database"),
        translate(
            "branch",
            "The branch server's address, postgresql://user@host/database.\nLeave it empty for {empty}.\n"
            "Now: {current}. It takes effect at the next start.",
        ).format(empty=empty, current=current),
    )
    if text is None:
        return
    text = text.strip()
    try:
        problem = branch_address.address_problem(text) if text else None
    except StoreError as exc:  # BadUrl: said without the address's password, and never saved
        dialogs.inform(
            parent,
            translate("branch", "Branch database"),
            error_text(exc) + " " + translate("branch", "Nothing was changed."),
            error=True,
        )
        return
    if problem == "scheme":
        dialogs.inform(
            parent,
            translate("branch", "Branch database"),
            translate("branch", "The address must begin with postgresql://; nothing was changed."),
            error=True,
        )
        return
    if problem == "password":
        dialogs.inform(
            parent,
            translate("branch", "Branch database"),
            translate(
                "branch",
                "Leave the password out of the address: sbdesk asks for it at start, or reads it from a pgpass "
                "file, and never saves it. Nothing was changed.",
            ),
            error=True,
        )
        return
    settings.database = text
    dialogs.inform(
        parent,
        translate("branch", "Branch database"),
        translate("branch", "Saved. sbdesk uses {where} from the next start.").format(
            where=branch_address.shown(text) if text else empty
        ),
    )


def without_own_choice(preset: str) -> str:
    """What a desk without a setting of its own uses: the computer's preset (IT's branch.ini),
    else its own file."""
    from ..services import branch_address

    if not preset:
        return translate("branch", "this computer's own file")
    if preset.startswith(paths.UNREADABLE):
        return translate("branch", "the settings file {path}, which cannot be read").format(
            path=preset[len(paths.UNREADABLE) :]
        )
    return translate("branch", "the address set for this computer, {address}").format(
        address=branch_address.shown(preset)
    )


def describe(url: str) -> str:
    """A branch server's address for the status bar: database on host, never a password, and
    a warning when the address lets data cross a network unencrypted (logged once too)."""
    if not url:
        return ""

    from ..services import branch_address

    parts = urlsplit(url)
    text = f"{parts.path.lstrip('/') or '?'} @ {parts.hostname or 'localhost'}"
    warning = branch_address.clear_text_warning(url)
    if warning is None:
        return text
    if url not in _warned:
        _warned.add(url)
        log.warning("%s", warning.render())
    return text + " " + translate("branch", "(NOT ENCRYPTED: see the log)")


_warned: set[str] = set()


def signed_in(parent: QWidget, desk) -> bool:
    """On a branch server the audit log names the signed-in database user: say so (and that
    the operator name cannot be changed here); False on the data folder's own file."""
    user = desk.conn.user
    if user is None:
        return False
    dialogs.inform(
        parent,
        translate("branch", "Branch database"),
        translate(
            "branch",
            "On the branch database the audit log names your sign-in, {user}; sign in as yourself to change it.",
        ).format(user=user),
    )
    return True


def ask_password(where: str) -> str | None:
    """The sign-in password, typed: used for this session, never saved."""
    return (
        plain.typed(
            plain.input_dialog(
                None,
                "sbdesk",
                translate("branch", "Password for {where}:").format(where=where),
                QLineEdit.EchoMode.Password,
            )
        )
        or None
    )


def retry_away(message: str) -> bool:
    """The server is away: say so, and offer to try again (never a local file instead)."""
    box = plain.message_box(
        None,
        QMessageBox.Icon.Warning,
        "sbdesk",
        message + "\n\n" + translate("branch", "Try again?"),
        QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Close,
    )
    box.setDefaultButton(QMessageBox.StandardButton.Retry)
    return plain.answer(box) == QMessageBox.StandardButton.Retry
