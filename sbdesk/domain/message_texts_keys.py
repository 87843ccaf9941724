"""The English source text of each message code about a protected (encrypted) data folder's
keys: its password, recovery key, key file and keyring. ``messages.TEMPLATES`` joins it with
the others. No message quotes what was typed or what a key file holds."""

from __future__ import annotations

from .message_texts import QT_TRANSLATE_NOOP

KEYS = {
    "keys.wrong": QT_TRANSLATE_NOOP(
        "messages",
        "Wrong password or recovery key for the data folder {folder}; nothing was opened. Without the "
        "password or the recovery key, the data in it cannot be read by anyone.",
    ),
    "keys.file_wrong": QT_TRANSLATE_NOOP(
        "messages",
        "The key file {path} ({source}) holds neither the password nor the recovery key of the data "
        "folder {folder}; nothing was opened. Without the password or the recovery key, the data in it "
        "cannot be read by anyone.",
    ),
    "keys.file_missing": QT_TRANSLATE_NOOP(
        "messages", "The key file {path} ({source}) does not exist; nothing was done."
    ),
    "keys.file_unreadable": QT_TRANSLATE_NOOP(
        "messages", "The key file {path} ({source}) cannot be read ({detail}); nothing was done."
    ),
    "keys.file_open": QT_TRANSLATE_NOOP(
        "messages",
        "The key file {path} ({source}) may be read by others (mode {mode}) or is another user's; it "
        "was not used. Make it yours and readable by you only: chmod 600.",
    ),
    "keys.file_bad": QT_TRANSLATE_NOOP(
        "messages",
        "{path} ({source}) is not a key file: a short text file whose one line is the password or "
        "the recovery key. Nothing was done.",
    ),
    "keys.no_way": QT_TRANSLATE_NOOP(
        "messages",
        "The data folder {folder} is encrypted and there is no one to type its password: run the command at "
        "a terminal, or set SBDESK_KEY_FILE to a file (chmod 600) holding the password or the recovery key.",
    ),
    "keys.no_new_password": QT_TRANSLATE_NOOP(
        "messages",
        "No password was given and there is no one to type it: run the command at a terminal, or name a "
        "file (chmod 600) holding the password. Nothing was changed.",
    ),
    "keys.cancelled": QT_TRANSLATE_NOOP(
        "messages", "The password for the data folder {folder} was not given; nothing was opened."
    ),
    "keys.no_engine": QT_TRANSLATE_NOOP(
        "messages",
        "The data folder {folder} is encrypted, or was to be, and this copy of sbdesk cannot read encrypted "
        "data (its SQLCipher part is missing). Install a complete sbdesk.",
    ),
    "keys.damaged": QT_TRANSLATE_NOOP(
        "messages",
        "{path} is damaged ({detail}): it holds this data folder's keys, without which its data cannot "
        "be opened. Put back a copy of it; nothing was changed.",
    ),
    "keys.password_short": QT_TRANSLATE_NOOP(
        "messages", "The password must have at least {minimum} characters; nothing was changed."
    ),
    "keys.mismatch": QT_TRANSLATE_NOOP("messages", "The two passwords typed differ; nothing was changed."),
    "keys.aside": QT_TRANSLATE_NOOP(
        "messages",
        "{path} is a damaged copy of the database that a repair kept aside, and it is not encrypted: move it "
        "out of the data folder {folder} (or delete it), then encrypt again. Nothing was changed.",
    ),
    "keys.already": QT_TRANSLATE_NOOP(
        "messages", "The data folder {folder} is already encrypted; nothing was changed."
    ),
    "keys.not_protected": QT_TRANSLATE_NOOP(
        "messages", "The data folder {folder} is not encrypted; nothing was changed."
    ),
    "keys.locked": QT_TRANSLATE_NOOP(
        "messages", "The data folder {folder} is locked: give its password first. Nothing was changed."
    ),
    "keys.no_keyring": QT_TRANSLATE_NOOP(
        "messages",
        "This computer has no system keyring to remember the password in; nothing was changed. Leave out "
        "--remember: the password is then asked for at each start.",
    ),
    "keys.server": QT_TRANSLATE_NOOP(
        "messages",
        "Encryption protects a data folder's own file; a branch server's database is protected by the "
        "server. Nothing was changed.",
    ),
}
