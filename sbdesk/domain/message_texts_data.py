"""The English source text of each message code about files, the database and the branch
server: imports and exports, backups, damaged or foreign files, branch mode, policy packs.
``messages.TEMPLATES`` joins it with ``message_texts``.
"""

from __future__ import annotations

from .message_texts import QT_TRANSLATE_NOOP

DATA = {
    # people and bindings exchange
    "exchange.row": QT_TRANSLATE_NOOP("messages", "Row {row}: {message}"),
    "exchange.more": QT_TRANSLATE_NOOP("messages", "… and {count} more problems."),
    "exchange.duplicate": QT_TRANSLATE_NOOP("messages", "{value} already appears on row {first}."),
    "exchange.columns": QT_TRANSLATE_NOOP("messages", "The file needs the columns {columns}; it has {found}."),
    "exchange.cancelled": QT_TRANSLATE_NOOP("messages", "The import was cancelled; nothing was written."),
    "exchange.format": QT_TRANSLATE_NOOP("messages", "{path} is not a CSV or XLSX file."),
    # backups
    "backup.bad_source": QT_TRANSLATE_NOOP(
        "messages", "{path} is not a sound sbdesk database ({state}); nothing was restored."
    ),
    "backup.other_key": QT_TRANSLATE_NOOP(
        "messages",
        "{path} is encrypted with the key of another data folder (or this folder's data is not encrypted); "
        "nothing was restored. Into a new, empty data folder it is restored with its own password.",
    ),
    "backup.none": QT_TRANSLATE_NOOP("messages", "There is no sound backup in {folder}."),
    "backup.locked": QT_TRANSLATE_NOOP(
        "messages", "sbdesk is already open on this data folder (process {pid} on {host}); close it first."
    ),
    "db.locked": QT_TRANSLATE_NOOP("messages", "The database is busy in another program; try again in a moment."),
    "db.corrupt": QT_TRANSLATE_NOOP(
        "messages", "The database file {path} is damaged or not an sbdesk database; it was left untouched."
    ),
    "db.too_new": QT_TRANSLATE_NOOP(
        "messages",
        "The database was written by a newer sbdesk (schema {found}, this one knows {known}); "
        "update sbdesk. The file was left untouched.",
    ),
    "db.disk_full": QT_TRANSLATE_NOOP("messages", "The disk is full; nothing was saved."),
    "db.refused": QT_TRANSLATE_NOOP(
        "messages", "The database {path} refused the change ({detail}); nothing was saved."
    ),
    "db.interrupted": QT_TRANSLATE_NOOP("messages", "The work was stopped before it finished; nothing was changed."),
    "db.readonly": QT_TRANSLATE_NOOP("messages", "The database cannot be written at {path}."),
    "db.key_needed": QT_TRANSLATE_NOOP(
        "messages", "The data in {path} is encrypted; its password, recovery key or key file is needed to open it."
    ),
    "db.key_wrong": QT_TRANSLATE_NOOP(
        "messages",
        "The key does not open the encrypted data in {path}. Without the right password or recovery key the data "
        "cannot be read by anyone.",
    ),
    "db.convert_unverified": QT_TRANSLATE_NOOP(
        "messages", "The converted copy of {path} did not hold the same data; nothing was changed."
    ),
    "db.no_cipher": QT_TRANSLATE_NOOP(
        "messages", "The data in {path} is encrypted, and this copy of sbdesk cannot open encrypted data."
    ),
    "file.own_database": QT_TRANSLATE_NOOP(
        "messages",
        "{path} is sbdesk's own database (or one of its working files): choose another file. "
        "Nothing was read or written.",
    ),
    "file.own_files": QT_TRANSLATE_NOOP(
        "messages",
        "{path} is among sbdesk's own files (its backups, logs and settings): choose a place outside "
        "them. Nothing was written.",
    ),
    "file.special": QT_TRANSLATE_NOOP(
        "messages", "{path} is not a file but a pipe or a device: choose a file. Nothing was read or written."
    ),
    "db.io": QT_TRANSLATE_NOOP(
        "messages",
        "The disk would not read or write the database {path}; nothing was changed. Check the disk and try again.",
    ),
    # branch mode: one PostgreSQL database for every desk
    "db.url": QT_TRANSLATE_NOOP(
        "messages",
        "{path} is not a branch database address: {detail}. An address looks like postgresql://user@host/database.",
    ),
    "db.server_away": QT_TRANSLATE_NOOP(
        "messages",
        "The branch database {path} cannot be reached ({detail}). Nothing was saved and nothing "
        "is kept in a local file instead; try again when the server is back.",
    ),
    "db.not_allowed": QT_TRANSLATE_NOOP(
        "messages", "Your sign-in to {path} may not do this; nothing was changed. Ask a supervisor. ({detail})"
    ),
    "db.server_error": QT_TRANSLATE_NOOP(
        "messages", "The branch database {path} refused the statement ({detail}); nothing was saved."
    ),
    "db.no_database": QT_TRANSLATE_NOOP(
        "messages", "The server {host} has no database named {name}; check the address."
    ),
    "db.clear_text": QT_TRANSLATE_NOOP(
        "messages",
        "Warning: the address of {path} asks for sslmode={mode}, so ID numbers may cross the network "
        "unencrypted. Use sslmode=verify-full with the branch's certificate.",
    ),
    "db.password_in_argv": QT_TRANSLATE_NOOP(
        "messages",
        "Warning: a password in an address on the command line can be read by every user of this "
        "computer in the list of running programs. Leave it out: put it in ~/.pgpass (or the file "
        "PGPASSFILE names), or type it when asked.",
    ),
    # why the server refused (the {detail} of the messages above), never libpq's English
    "db.why.permission": QT_TRANSLATE_NOOP("messages", "no permission for {what}"),
    "db.why.rule": QT_TRANSLATE_NOOP("messages", "the database's rule {rule}, error code {state}"),
    "db.why.state": QT_TRANSLATE_NOOP("messages", "the server's error code {state}"),
    "db.why.code": QT_TRANSLATE_NOOP("messages", "the database's error code {state}"),
    "db.why.parameter": QT_TRANSLATE_NOOP("messages", "an unknown parameter {name}"),
    "db.why.unknown": QT_TRANSLATE_NOOP("messages", "the server gave no reason sbdesk knows"),
    "db.sign_in": QT_TRANSLATE_NOOP(
        "messages",
        "Signing in to {path} failed ({detail}). sbdesk takes the password from a pgpass file or "
        "asks for it, and never saves it.",
    ),
    "db.server_empty": QT_TRANSLATE_NOOP(
        "messages",
        "The branch database {path} has no sbdesk data yet and {user} may not set it up; "
        "the branch's administrator does (see the README, branch mode).",
    ),
    "db.server_behind": QT_TRANSLATE_NOOP(
        "messages",
        "The branch database {path} needs an update for this sbdesk version, which {user} may not "
        "make; the branch's administrator opens it once with this version.",
    ),
    "migrate.from_server": QT_TRANSLATE_NOOP(
        "messages", "migrate-to copies the data folder's own file; leave out --database and SBDESK_DATABASE."
    ),
    "migrate.source_broken": QT_TRANSLATE_NOOP(
        "messages", "The data folder's database does not pass its check ({detail}); nothing was copied."
    ),
    "migrate.not_empty": QT_TRANSLATE_NOOP(
        "messages",
        "The branch database {path} is not empty (it holds {detail}); migrate-to copies only into "
        "an empty database, and nothing was changed.",
    ),
    "migrate.unverified": QT_TRANSLATE_NOOP(
        "messages", "The copy in {path} did not verify ({detail}); it was undone and nothing was kept."
    ),
    "backup.server": QT_TRANSLATE_NOOP(
        "messages",
        "The branch database {path} is backed up on the server by its administrator with pg_dump "
        "(for example: pg_dump -Fc -f branch.dump) and restored with pg_restore, not by a desk.",
    ),
    "policy.invalid": QT_TRANSLATE_NOOP("messages", "The policy file {path} is invalid: {detail}"),
    # policy packs (services/policy_pack.py): every refusal leaves the data as it was
    "pack.too_large": QT_TRANSLATE_NOOP(
        "messages",
        "{path} is refused: it would unpack to more than {limit} MB or holds more than {count} files. "
        "Nothing was changed.",
    ),
    "pack.bad_name": QT_TRANSLATE_NOOP(
        "messages", "{path} is refused: it holds {name}, which is not a plain rule file name. Nothing was changed."
    ),
    "pack.missing": QT_TRANSLATE_NOOP("messages", "{path} is refused: {name} is missing from it. Nothing was changed."),
    "pack.extra": QT_TRANSLATE_NOOP(
        "messages",
        "{path} is refused: {name} is not one of the rule files its manifest and this program name. "
        "Nothing was changed.",
    ),
    "pack.manifest": QT_TRANSLATE_NOOP(
        "messages", "{path} is refused: its manifest is invalid ({detail}). Nothing was changed."
    ),
    "pack.unknown_key": QT_TRANSLATE_NOOP(
        "messages",
        "{path} is refused: it is signed with key {key}, which is not trusted here. A supervisor "
        "can add the office's key. Nothing was changed.",
    ),
    "pack.bad_signature": QT_TRANSLATE_NOOP(
        "messages", "{path} is refused: its signature does not match its manifest. Nothing was changed."
    ),
    "pack.file_changed": QT_TRANSLATE_NOOP(
        "messages", "{path} is refused: {name} does not match the checksum in its manifest. Nothing was changed."
    ),
    "pack.not_newer": QT_TRANSLATE_NOOP(
        "messages",
        "{path} is refused: its edition {edition} is not newer than the edition in use ({current}). "
        "Nothing was changed.",
    ),
    "pack.key_unreadable": QT_TRANSLATE_NOOP(
        "messages", "{path} is not an Ed25519 public key in PEM form ({detail}). Nothing was changed."
    ),
    "pack.key_known": QT_TRANSLATE_NOOP("messages", "The key {key} is already trusted. Nothing was changed."),
    # data safety: damaged, foreign or hostile files and input
    "import.mixed_encoding": QT_TRANSLATE_NOOP(
        "messages",
        "{path}: row {row} is not in the text encoding of the rest of the file (as on row {first}); "
        "save the whole file as UTF-8. Nothing was imported.",
    ),
    "import.cell": QT_TRANSLATE_NOOP(
        "messages", "a cell is too long or malformed ({detail}; at most {limit} characters)."
    ),
    "import.line_too_long": QT_TRANSLATE_NOOP(
        "messages", "Row {row} is longer than {limit} characters. Nothing was imported."
    ),
    "import.too_many_columns": QT_TRANSLATE_NOOP(
        "messages", "Row {row} has more than {limit} columns. Nothing was imported."
    ),
    "import.changed": QT_TRANSLATE_NOOP(
        "messages",
        "{path}: the file changed while it was read. Nothing was imported; import it again once it is saved.",
    ),
    "name.formula": QT_TRANSLATE_NOOP(
        "messages", "A name cannot begin with = + - @ (a spreadsheet would run it as a formula)."
    ),
    "export.target": QT_TRANSLATE_NOOP("messages", "Cannot write {path}: {detail}. Nothing was written."),
    "db.missing": QT_TRANSLATE_NOOP(
        "messages",
        "The database {path} is missing although backups exist; nothing was created. "
        "Restore the newest backup with: sbdesk restore {backup}",
    ),
    "db.empty": QT_TRANSLATE_NOOP(
        "messages", "The database file {path} is empty: it is damaged and was left untouched. Newest backup: {backup}"
    ),
    "db.none": QT_TRANSLATE_NOOP(
        "messages", "There is no sbdesk database at {path}; check --data-dir. Nothing was created."
    ),
    "db.foreign": QT_TRANSLATE_NOOP(
        "messages", "{path} is another program's file, not an sbdesk database; it was left untouched."
    ),
    "db.wal_foreign": QT_TRANSLATE_NOOP(
        "messages",
        "The write-ahead log beside {path} belongs to another database ({detail}); "
        "nothing was opened. Move the -wal file away or restore a backup.",
    ),
    "db.row_damaged": QT_TRANSLATE_NOOP(
        "messages",
        "The {table} row {row} of the database is damaged ({column}); nothing was changed. "
        "Run sbdesk check, then restore a backup (sbdesk restore).",
    ),
    "db.text_damaged": QT_TRANSLATE_NOOP(
        "messages",
        "A row of the database holds damaged text ({column}); nothing was changed. "
        "Run sbdesk check, which names the row, then restore a backup (sbdesk restore).",
    ),
    "db.damaged": QT_TRANSLATE_NOOP(  # one line: SQLite's report ({detail}) goes to the log and to check
        "messages",
        "The database {path} is damaged; it takes no more changes. "
        "Restore a backup (sbdesk restore) or run sbdesk check, which lists the damage.",
    ),
    "check.restored": QT_TRANSLATE_NOOP(
        "messages",
        "The database was restored to an earlier state at audit row {row} (the {event} anchor "
        "recorded row {anchored}); if that restore was intended, accept it with: "
        "sbdesk check --accept-restore",
    ),
    "check.no_restore": QT_TRANSLATE_NOOP("messages", "sbdesk check finds no restore to accept; nothing was changed."),
    "audit.person_ambiguous": QT_TRANSLATE_NOOP(
        "messages", "{count} people are named {name} ({ids}); name one by its #number or ID number."
    ),
    "audit.dates": QT_TRANSLATE_NOOP("messages", "The last day ({end}) is before the first day ({start})."),
    "audit.break": QT_TRANSLATE_NOOP("messages", "Audit row {row}: {why}."),
    "cli.json_csv": QT_TRANSLATE_NOOP("messages", "--json and --csv print one each: choose one of them."),
    "audit.read_only": QT_TRANSLATE_NOOP(
        "messages",
        "This sign-in ({user}) only reads: nothing can be written, not even the audit row a full ID number needs.",
    ),
    "check.restored_server": QT_TRANSLATE_NOOP(
        "messages",
        "The branch database was restored to an earlier state at audit row {row} (the {event} anchor "
        "recorded row {anchored}) and no restore was declared: audit rows were removed, or a backup was "
        "restored without sbdesk restored. If that restore was intended, accept it with: "
        "sbdesk check --accept-restore",
    ),
    "db.preset": QT_TRANSLATE_NOOP(
        "messages",
        "The branch settings file {path} cannot be read; nothing was opened. Ask IT to correct it, "
        "or name this desk's database with --database.",
    ),
    "restored.file": QT_TRANSLATE_NOOP(
        "messages",
        "sbdesk restored is for a branch database after pg_restore; a data folder's file is restored "
        "with sbdesk restore. Nothing was changed.",
    ),
}
