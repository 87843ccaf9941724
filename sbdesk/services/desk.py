"""The open workspace a use case runs in: the database, the policy, who and when.

Opening seeds the 统筹区 catalogue from ``resources/`` the first time, so a new data
folder works at once.
"""
from __future__ import annotations

import getpass
import json
import os
import sqlite3
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any, Callable, Iterable

from .. import paths
from ..domain.messages import Problem
from ..domain.policy import Policy, parse_figures, parse_policy
from ..domain.regions import Catalogue, PolicyError, parse_catalogue
from ..store import anchors, audit, db, overrides
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
    _opened_head: tuple[int, str] = field(default=(0, ""), repr=False)

    @property
    def catalogue(self) -> Catalogue:
        if self._catalogue is None:
            self._catalogue = region_store.load(self.conn)
        return self._catalogue

    def catalogue_changed(self) -> None:
        self._catalogue = None

    def now(self) -> str:
        return datetime.now().astimezone().isoformat(timespec="seconds")

    def audit(self, action: str, subject: str, *, sealed: Iterable[str] = (), **detail: Any) -> None:
        """Write an audit row; call inside the use case's transaction. ``sealed`` names the
        people and bindings written besides ``subject`` (see store/seals.py)."""
        audit.append(self.conn, self.now(), self.operator, action, subject, detail, sealed)

    def seed_regions(self, catalogue: Catalogue) -> None:
        """The shipped 统筹区 catalogue, once: a second process finds it already there."""
        with db.transaction(self.conn):
            if region_store.count(self.conn) == 0:
                region_store.replace_all(self.conn, catalogue)
                self.audit("regions.seed", "regions", regions=len(catalogue.regions),
                           batches=sorted(catalogue.batches))

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        """Close, writing the audit chain's head outside the file when it moved."""
        if self._closed:
            return
        self._closed = True
        try:
            now = audit.head(self.conn)
            if now != self._opened_head:
                anchors.record(self.data_dir, now, "close")
        except sqlite3.Error:
            pass
        self.conn.close()


def load_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError([("", Problem("policy.invalid", path=str(path), detail=str(exc)))]) from None


def _load_resource(name: str, parse, resource_dir: Path | None):
    """A resource file parsed and validated; any problem becomes one translated message."""
    path = (resource_dir or paths.resource_dir()) / name
    try:
        return parse(load_json(path))
    except PolicyError as exc:
        raise InputError([("", Problem("policy.invalid", path=str(path), detail=exc.detail))]) from None


def load_policy(resource_dir: Path | None = None) -> Policy:
    return _load_resource("policy.json", parse_policy, resource_dir)


def load_default_catalogue(resource_dir: Path | None = None) -> Catalogue:
    return _load_resource("regions.json", parse_catalogue, resource_dir)


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
              today: Callable[[], date] | None = None, create: bool = True) -> Desk:
    """Open the data folder's database; a new one is created (and its 统筹区 catalogue seeded)
    only when ``create`` and there is no sign of an earlier one. Raises db.StoreError or
    InputError."""
    folder = paths.data_dir(data_dir)
    policy = load_policy()
    who = operator or default_operator()

    def seed(conn: sqlite3.Connection) -> None:  # inside the new file, before anyone sees it
        Desk(conn, folder, policy, who).seed_regions(load_default_catalogue())

    conn = db.open_database(paths.db_path(folder), paths.backup_dir(folder), create=create, initialise=seed)
    desk = Desk(conn, folder, effective_policy(policy, conn), who, today or date.today)
    try:
        desk._opened_head = audit.head(conn)
        if region_store.count(conn) == 0:  # a file from before regions were seeded on creation
            desk.seed_regions(load_default_catalogue())
    except BaseException:
        conn.close()
        raise
    return desk
