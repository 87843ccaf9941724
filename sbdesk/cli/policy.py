"""``sbdesk policy show | install PACK | trust-key FILE`` and ``sbdesk --version``: the
edition of the policy data in use, and an office's signed update of it (services/policy_pack.py).

Every refusal is one translated line and exit 2, with nothing written. On a branch server
installing and trusting need a supervisor's sign-in (the server's grants refuse a clerk).
"""

from __future__ import annotations

from .. import __version__, paths
from ..domain.messages import QT_TRANSLATE_NOOP
from .argparse_zh import Parser
from .common import emit, password_prompt

CONTEXT = "cli"


def add_policy(policy, common) -> None:
    psub = policy.add_subparsers(dest="action", parser_class=Parser)  # none: show
    psub.add_parser("show", parents=[common], help="the edition in use (the default)")
    psub.add_parser("install", parents=[common], help="install a signed policy pack (supervisor)").add_argument(
        "file", help="a .sbpack file"
    )
    psub.add_parser("trust-key", parents=[common], help="accept packs signed with this key (supervisor)").add_argument(
        "file", help="an Ed25519 public key (PEM)"
    )


def edition_json(edition, source: str) -> dict:
    return {
        "edition": edition.edition.isoformat(),
        "publisher": edition.publisher,
        "source": source,
        **({"key": edition.key[:16]} if edition.key else {}),
    }


def edition_line(edition, source: str, tx) -> str:
    text = (
        QT_TRANSLATE_NOOP("cli", "Policy data: edition {edition} ({publisher}, installed pack)")
        if source == "pack"
        else QT_TRANSLATE_NOOP("cli", "Policy data: edition {edition} ({publisher}, shipped)")
    )
    return tx(CONTEXT, text).format(edition=edition.edition.isoformat(), publisher=edition.publisher)


def cmd_version(args, tx) -> int:
    """The program's version and the edition of the policy data in use: the shipped one, or
    the data folder's installed pack if newer (read without opening the database for work; a
    branch server's pack is shown by ``sbdesk policy show``)."""
    from ..domain.edition import in_use, parse_manifest
    from ..domain.regions import PolicyError
    from ..services.desk import shipped_edition
    from ..store import overrides

    shipped = shipped_edition()
    installed = None
    if not paths.database(None):
        try:
            stored = overrides.peek(paths.db_path(paths.data_dir(args.data_dir)), "pack")
            installed = parse_manifest(stored, signed=True) if stored else None
        except (PolicyError, OSError):
            installed = None  # a damaged row: `sbdesk check` and `policy show` say so; the version still prints
    edition = in_use(shipped, installed)
    source = "shipped" if edition is shipped else "pack"
    from ..services import faces

    face = faces.status()  # OpenCV is the optional `faces` extra (half the bundle)
    if args.json:
        import json

        from ..store import cipher

        print(
            json.dumps(
                {
                    "version": __version__,
                    "policy": edition_json(edition, source),
                    "face_check": face.code == "face.status_on",
                    "encryption": cipher.available(),  # SQLCipher in this build (not on every platform)
                },
                ensure_ascii=False,
            )
        )
    else:
        print(f"sbdesk {__version__}\n{edition_line(edition, source, tx)}\n{face.render(tx)}")
    return 0


def run_policy(args, tx) -> int:
    from ..services import edition as edition_service
    from ..services import policy_pack
    from ..services.desk import open_desk, pack_in_use, shipped_edition
    from .unlock import unlock

    unlock(args, tx)
    desk = open_desk(
        args.data_dir, args.operator, create=args.action in ("install", "trust-key"), ask_password=password_prompt(tx)
    )
    try:
        if args.action == "install":
            edition = policy_pack.install(desk, args.file)
            emit(
                args,
                edition_json(edition, "pack"),
                tx(
                    CONTEXT, QT_TRANSLATE_NOOP("cli", "Installed the policy data of edition {edition} ({publisher}).")
                ).format(edition=edition.edition.isoformat(), publisher=edition.publisher),
            )
            return 0
        if args.action == "trust-key":
            key = policy_pack.trust_key(desk, args.file)
            emit(
                args,
                {"key": key},
                tx(CONTEXT, QT_TRANSLATE_NOOP("cli", "Policy packs signed with key {key} are now accepted.")).format(
                    key=key[:16]
                ),
            )
            return 0
        edition = edition_service.in_use(desk)
        source = "pack" if pack_in_use() else "shipped"
        since = edition_service.stale(desk)
        data = {
            **edition_json(edition, source),
            "shipped": shipped_edition().edition.isoformat(),
            "stale_since": since.isoformat() if since else None,
        }
        lines = [edition_line(edition, source, tx)]
        if since:
            lines.append(
                tx(
                    CONTEXT, QT_TRANSLATE_NOOP("cli", "It is older than {months} months: ask for a newer policy pack.")
                ).format(months=edition_service.stale_after(desk))
            )
        emit(args, data, "\n".join(lines))
        return 0
    finally:
        desk.close()
