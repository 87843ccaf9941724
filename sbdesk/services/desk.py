"""The open workspace a use case runs in: the database, the policy, who and when.

Opening seeds the 统筹区 catalogue from ``resources/`` the first time, so a new data
folder works at once.
"""

from __future__ import annotations

import getpass
import json
import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import paths
from ..domain.edition import parse_manifest
from ..domain.messages import Problem
from ..domain.region_rank import RegionUse, parse_population, ranked
from ..domain.regions import Catalogue, PolicyError, parse_catalogue, parse_maps
from ..domain.retention import office_rule
from ..domain.sources import SourceError, parse_snapshots
from ..store import anchors, audit, cipher_move, db, overrides
from ..store import regions as region_store
from ..store.connection import Connection
from . import protection
from .errors import InputError

if TYPE_CHECKING:
    from ..domain.edition import Edition
    from ..domain.policy import Policy

PACK_KEY = "pack"  # policy_overrides: the installed pack's manifest; "pack:NAME" each of its files


@dataclass
class Desk:
    conn: Connection  # the data folder's file or a branch server (store/connection.py)
    data_dir: Path
    _policy: Policy | None  # None: read when first asked for (a window's first paint never is)
    operator: str
    today: Callable[[], date] = date.today
    office: str = ""  # the branch's name on receipts (a setting of the window)
    # A window at a counter that nobody has signed in to: binding and receipts are refused
    # (see services/operators.py); the CLI names its operator and never sets this.
    needs_operator: bool = False
    _catalogue: Catalogue | None = field(default=None, repr=False)
    _region_use: RegionUse | None = field(default=None, repr=False)
    _closed: bool = field(default=False, repr=False)
    _opened_head: tuple[int, str] = field(default=(0, ""), repr=False)

    @property
    def policy(self) -> Policy:
        if self._policy is None:
            self._policy = effective_policy(load_policy(), self.conn)
        return self._policy

    @policy.setter
    def policy(self, value: Policy) -> None:
        self._policy = value

    @property
    def catalogue(self) -> Catalogue:
        if self._catalogue is None:
            catalogue = region_store.load(self.conn, ShippedMap(0), ShippedMap(1), ShippedMap(2))
            # a mistyped region's closest names in the region boxes' order (gzs: 广州市 first)
            catalogue.rank = lambda text: ranked(catalogue, text, self.region_use)
            self._catalogue = catalogue
        return self._catalogue

    def catalogue_changed(self) -> None:
        self._catalogue = None

    @property
    def region_use(self) -> RegionUse:
        """What the region boxes rank by: the office's province and the regions this desk
        used lately (the window fills both from its settings) and the census population."""
        if self._region_use is None:
            self._region_use = RegionUse(population=shipped_population())
        return self._region_use

    def now(self) -> str:
        return datetime.now().astimezone().isoformat(timespec="seconds")

    def audit(self, action: str, subject: str, sealed: Iterable[str] = (), /, **detail: Any) -> None:
        """Write an audit row; call inside the use case's transaction. ``sealed`` (positional,
        so no detail key can land in it) names the people and bindings written besides
        ``subject`` (see store/seals.py)."""
        # on a branch server the operator is the signed-in database user, whatever was typed
        audit.append(self.conn, self.now(), self.conn.user or self.operator, action, subject, detail, sealed)

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        """Close, writing the audit chain's head outside the file when it moved."""
        if self._closed:
            return
        self._closed = True
        try:
            generation = anchors.generation(self.conn)  # before the head: see anchors.generation
            now = audit.head(self.conn)
            if now != self._opened_head:
                anchors.record(self.data_dir, now, "close", identity=anchors.identity(self.conn), generation=generation)
        except db.StoreError:  # the server went away: nothing to anchor
            pass
        self.conn.close()


def load_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError) as exc:  # RecursionError: nested deeper than json can parse
        raise InputError([("", Problem("policy.invalid", path=str(path), detail=str(exc)))]) from None


# The office's installed policy pack while it is newer than the shipped edition: its rule files
# stand in for resources/ in load_resource, one path for every rule. Per process, as the
# caches of parsed resources are (a process works on one database); set by open_desk and by an
# install (services/policy_pack.py).
_PACK: dict[str, Any] = {"edition": None, "texts": {}}
_FORGET: list[Callable[[], None]] = []


def on_new_resources(forget: Callable[[], None]) -> Callable[[], None]:
    """Register a cache of parsed resources to empty when the pack in use changes."""
    _FORGET.append(forget)
    return forget


def use_pack(edition: Edition | None, texts: Mapping[str, str]) -> None:
    """Make ``texts`` (rule file name -> JSON text) the rule files in use, or none."""
    if _PACK["edition"] == edition and _PACK["texts"].keys() == texts.keys():
        return
    _PACK.update(edition=edition, texts=dict(texts))
    _SHIPPED.clear()
    for forget in _FORGET:
        forget()


def pack_in_use() -> Edition | None:
    return _PACK["edition"]


def load_resource(name: str, parse, resource_dir: Path | None = None):
    """A resource file parsed and validated; any problem becomes one translated message. The
    installed policy pack's copy when one is in use (and no other folder was asked for)."""
    path = (resource_dir or paths.resource_dir()) / name
    text = _PACK["texts"].get(name) if resource_dir is None else None
    try:
        if text is not None:
            path = Path(f"{PACK_KEY} {_PACK['edition'].edition}") / name  # what a message names
            try:
                return parse(json.loads(text))
            except (ValueError, RecursionError) as exc:
                raise PolicyError(str(exc)) from None
        return parse(load_json(path))
    except PolicyError as exc:
        raise InputError([("", Problem("policy.invalid", path=str(path), detail=exc.detail))]) from None


def load_policy(resource_dir: Path | None = None) -> Policy:
    from ..domain.policy import parse_policy  # with its rules, when a policy is first needed

    return load_resource("policy.json", parse_policy, resource_dir)


def load_default_catalogue(resource_dir: Path | None = None) -> Catalogue:
    return load_resource("regions.json", parse_catalogue, resource_dir)


_SHIPPED: dict[str, Any] = {}


def shipped_catalogue() -> Catalogue:
    """The catalogue in resources/, parsed once per process (its ID-number prefixes are used
    beside the stored regions)."""
    if "regions" not in _SHIPPED:
        _SHIPPED["regions"] = load_default_catalogue()
    return _SHIPPED["regions"]


def shipped_population() -> dict[str, int]:
    """Census population by region code (resources/population.json), read once per process
    when a region box first ranks. A file that cannot be read means no figures (cities of the
    same initials then rank by code) and ``population_problem`` says why."""
    if "population" not in _SHIPPED:
        try:
            _SHIPPED["population"] = load_resource("population.json", parse_population)
        except InputError as exc:
            _SHIPPED["population"], _SHIPPED["population_problem"] = {}, exc
    return _SHIPPED["population"]


def population_problem() -> InputError | None:
    """Why the census figures could not be read (None when they were, or were not yet asked for)."""
    return _SHIPPED.get("population_problem")


def shipped_maps() -> tuple[dict[str, str], dict[str, str], dict]:
    """The shipped catalogue's division-code maps, read once per process without building
    its regions (the database holds those)."""
    if "maps" not in _SHIPPED:
        _SHIPPED["maps"] = load_resource("regions.json", parse_maps)
    return _SHIPPED["maps"]


def shipped_snapshots() -> tuple:
    """The national snapshots of the shipped catalogue file (figures as reported, with sources),
    read once per process when first shown."""
    if "snapshots" not in _SHIPPED:

        def parse(data):
            try:
                return parse_snapshots(data)
            except SourceError as exc:
                raise PolicyError(str(exc)) from None

        _SHIPPED["snapshots"] = load_resource("regions.json", parse)
    return _SHIPPED["snapshots"]


class ShippedMap(Mapping[str, Any]):
    """One of shipped_maps(), read on its first lookup: only a region suggested from an ID
    number needs them, and parsing the file was a fifth of the window's first list."""

    def __init__(self, which: int) -> None:
        self.which = which

    def _map(self) -> dict[str, Any]:
        return shipped_maps()[self.which]

    def __getitem__(self, key: str) -> Any:
        return self._map()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._map())

    def __len__(self) -> int:
        return len(self._map())


def regions_edition(resource_dir: Path | None = None) -> str:
    if resource_dir is None and "regions.json" in _PACK["texts"]:  # checked when it was installed
        return _PACK["edition"].files["regions.json"]
    import hashlib  # only when the file may have changed (see merge_shipped_regions)

    path = (resource_dir or paths.resource_dir()) / "regions.json"
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as exc:
        raise InputError([("", Problem("policy.invalid", path=str(path), detail=str(exc)))]) from None


def default_operator() -> str:
    try:
        return os.environ.get("SBDESK_OPERATOR") or getpass.getuser()
    except (KeyError, OSError, ImportError):  # no USER/USERNAME, and no pwd module (Windows)
        return "unknown"


def effective_policy(base: Policy, conn: Connection) -> Policy:
    """The shipped policy with what the office imported on top."""
    from ..domain.policy import RelationRule, parse_figures

    rel = overrides.get(conn, "relations")
    if rel:

        def imported(kinds) -> tuple[RelationRule, ...]:  # an office's list holds at every date
            return (RelationRule(date.min, tuple(kinds), "office import"),)

        base = replace(
            base,
            relations=imported(rel["default"]) if rel.get("default") else base.relations,
            relations_by_province={
                **base.relations_by_province,
                **{p: imported(v) for p, v in rel.get("provinces", {}).items()},
            },
        )
    figures = overrides.get(conn, "pension")
    if figures:
        base = replace(base, pension=parse_figures(figures))
    kept = overrides.get(conn, "image_retention")  # the office's days (services/retention.py)
    if kept:
        base = replace(base, image_retention=office_rule(kept, base.image_retention))
    return base


def open_desk(
    data_dir: str | os.PathLike | None = None,
    operator: str | None = None,
    today: Callable[[], date] | None = None,
    create: bool = True,
    database: str | None = None,
    ask_password: Callable[[str], str | None] | None = None,
) -> Desk:
    """Open the data folder's database, or the branch server's (``database``, a
    postgresql:// URL; default SBDESK_DATABASE); a new one is created (and its 统筹区
    catalogue seeded) only when ``create`` and there is no sign of an earlier one. On the
    server the operator is the signed-in database user, whatever ``operator`` says. Raises
    db.StoreError or InputError; never falls back to the file when the server is away."""
    folder = paths.data_dir(data_dir)
    who = operator or default_operator()
    url = paths.database(database)
    use_pack(None, {})  # a new file is seeded from the shipped files, never from another database's pack

    def seed(conn: Connection) -> None:  # inside the new database, before anyone sees it
        merge_shipped_regions(Desk(conn, folder, None, conn.user or who))

    if url:
        from ..store import server

        if url.startswith(paths.UNREADABLE):  # never the data folder's file instead
            raise InputError([("database", Problem("db.preset", path=url[len(paths.UNREADABLE) :]))])
        if not server.is_url(url):
            scheme = url.partition("://")[0][:20] + "://…" if "://" in url else "…"  # never a password
            raise InputError([("database", Problem("db.url", path=scheme, detail=server.NOT_A_URL))])
        conn: Connection = server.open_database(url, create=create, initialise=seed, ask_password=ask_password)
        who = conn.user or who  # the audit log's operator is the server's current_user
    else:
        # a conversion a kill interrupted is finished (or undone) before the file is opened
        cipher_move.resume(folder, protected=protection.mark(folder).exists())
        conn = db.open_database(paths.db_path(folder), paths.backup_dir(folder), create=create, initialise=seed)
    desk = Desk(conn, folder, None, who, today or date.today)
    try:
        desk._opened_head = audit.head(conn)
        apply_installed_pack(conn)
        merge_shipped_regions(desk)  # a file from before this catalogue, or an updated program
    except BaseException:
        conn.close()
        raise
    return desk


def installed_pack(conn: Connection) -> Edition | None:
    """The manifest of the pack the office installed (checked when it was), or None."""
    data = overrides.get(conn, PACK_KEY)
    return parse_manifest(data, signed=True) if data else None


def shipped_edition() -> Edition:
    if "edition" not in _SHIPPED:
        _SHIPPED["edition"] = load_resource("manifest.json", parse_manifest)
    return _SHIPPED["edition"]


def apply_installed_pack(conn: Connection) -> None:
    """Use the installed pack's files if it is newer than the shipped edition (a program
    update may have brought a newer one). Without a pack this is one small read. A stored
    manifest that no longer reads (edited by hand) leaves the shipped files in use, which
    About and ``sbdesk policy show`` then name, rather than stopping every command."""
    try:
        installed = installed_pack(conn)
    except PolicyError:
        installed = None
    if installed is None or installed.edition <= shipped_edition().edition:
        use_pack(None, {})
        return
    use_pack(installed, {name: overrides.get(conn, f"{PACK_KEY}:{name}") for name in installed.files})


STAMP = "regions.stamp"  # resource_editions row: regions_stamp() of the file whose sha256 is "regions"


def regions_stamp(resource_dir: Path | None = None) -> str:
    """The shipped catalogue file's size and modification time: unchanged, it is the file
    whose sha256 was last merged or checked, and need not be read and hashed again."""
    path = (resource_dir or paths.resource_dir()) / "regions.json"
    try:
        info = path.stat()
    except OSError:
        return ""
    return f"{info.st_size}:{info.st_mtime_ns}"


def merge_shipped_regions(desk: Desk) -> None:
    """First start, or a program update with a new catalogue: merge it in (one transaction,
    audited). Office-added regions and reports stay; every person keeps their region.

    Every open used to read and hash the 290 kB file, loading OpenSSL for it (about 20 ms of
    a cold start); the file's size and time, kept beside its sha256, say whether
    it can have changed."""
    stamp, merged = regions_stamp(), region_store.edition(desk.conn, "regions")
    if stamp and merged and region_store.edition(desk.conn, STAMP) == stamp:
        return
    edition = regions_edition()
    if merged == edition:
        _remember_stamp(desk, stamp)
        return
    if desk.conn.engine == "postgresql" and not region_store.may_write(desk.conn):
        return  # a clerk's desk: a supervisor's or the administrator's next start merges it
    catalogue = shipped_catalogue()
    with db.transaction(desk.conn):
        if region_store.edition(desk.conn, "regions") == edition:  # another process was first
            return
        first = region_store.count(desk.conn) == 0
        counts = region_store.merge_shipped(desk.conn, catalogue)
        region_store.set_edition(desk.conn, "regions", edition, desk.now())
        region_store.set_edition(desk.conn, STAMP, stamp, desk.now())
        desk.audit("regions.seed" if first else "regions.update", "regions", edition=edition[:16], **counts)
    desk.catalogue_changed()


def _remember_stamp(desk: Desk, stamp: str) -> None:
    """The same file under a new time (a reinstall): keep its stamp so the next open skips
    the hash. Best effort: a read-only file or a clerk's sign-in on a server just hashes again."""
    if not stamp or (desk.conn.engine == "postgresql" and not region_store.may_write(desk.conn)):
        return
    try:
        with db.transaction(desk.conn):
            region_store.set_edition(desk.conn, STAMP, stamp, desk.now())
    except db.StoreError:
        pass
