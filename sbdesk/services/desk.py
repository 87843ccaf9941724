"""The open workspace a use case runs in: the database, the policy, who and when.

Opening seeds the 统筹区 catalogue from ``resources/`` the first time, so a new data
folder works at once.
"""
from __future__ import annotations

import getpass
import json
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path

from .. import paths
from ..domain.messages import Problem
from ..domain.policy import Policy, parse_figures, parse_policy
from ..domain.regions import Catalogue, PolicyError, parse_catalogue
from ..store import audit, db, overrides
from ..store import regions as region_store
from .errors import InputError


@dataclass
class Desk:
    conn: sqlite3.Connection
    data_dir: Path
    policy: Policy
    operator: str
    today: Callable[[], date] = date.today
    _catalogue: Catalogue | None = field(default=None, repr=False)
    _closed: bool = field(default=False, repr=False)

    @property
    def catalogue(self) -> Catalogue:
        if self._catalogue is None:
            self._catalogue = region_store.load(self.conn)
        return self._catalogue

    def catalogue_changed(self) -> None:
        self._catalogue = None

    def now(self) -> str:
        return datetime.now().astimezone().isoformat(timespec="seconds")

    def audit(self, action: str, subject: str, **detail) -> None:
        """Write an audit row; call inside the use case's transaction."""
        audit.append(self.conn, self.now(), self.operator, action, subject, detail)

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        self._closed = True
        self.conn.close()


def load_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError([("", Problem("policy.invalid", path=str(path), detail=str(exc)))]) from None


def load_resource(name: str, parse, resource_dir: Path | None = None):
    """A resource file parsed and validated; any problem becomes one translated message."""
    path = (resource_dir or paths.resource_dir()) / name
    try:
        return parse(load_json(path))
    except PolicyError as exc:
        raise InputError([("", Problem("policy.invalid", path=str(path), detail=exc.detail))]) from None


def load_policy(resource_dir: Path | None = None) -> Policy:
    return load_resource("policy.json", parse_policy, resource_dir)


def load_default_catalogue(resource_dir: Path | None = None) -> Catalogue:
    return load_resource("regions.json", parse_catalogue, resource_dir)


def default_operator() -> str:
    try:
        return os.environ.get("SBDESK_OPERATOR") or getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def effective_policy(base: Policy, conn: sqlite3.Connection) -> Policy:
    """The shipped policy with what the office imported on top."""
    rel = overrides.get(conn, "relations")
    if rel:
        base = replace(base, relations=tuple(rel["default"]) if rel.get("default") else base.relations,
                       relations_by_province={**base.relations_by_province,
                                              **{p: tuple(v) for p, v in rel.get("provinces", {}).items()}})
    figures = overrides.get(conn, "pension")
    if figures:
        base = replace(base, pension=parse_figures(figures))
    return base


def open_desk(data_dir: str | os.PathLike | None = None, operator: str | None = None,
              today: Callable[[], date] | None = None) -> Desk:
    """Open (or create) the data folder's database; raises db.StoreError or InputError."""
    folder = paths.data_dir(data_dir)
    policy = load_policy()
    conn = db.open_database(paths.db_path(folder), paths.backup_dir(folder))
    desk = Desk(conn, folder, effective_policy(policy, conn), operator or default_operator(), today or date.today)
    if region_store.count(conn) == 0:
        catalogue = load_default_catalogue()
        with db.transaction(conn):
            region_store.replace_all(conn, catalogue)
            desk.audit("regions.seed", "regions", regions=len(catalogue.regions),
                       batches=sorted(catalogue.batches))
    return desk
