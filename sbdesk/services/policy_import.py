"""An office's policy update from a JSON or CSV file: validated whole, then applied in one
transaction with one audit entry, or not at all.

Region lists: JSON like resources/regions.json ({"batches": [...], "regions": [...]}), or CSV
with columns code,name,province[,level,batch,batch_name,opened_on,source,status,remove] and,
for the report's source, [publisher,kind,title,published,credibility] (kind official /
state_media / other; without them the publisher is the address's host and the kind other). An
empty batch leaves a known region's report as it is; ``-`` clears it (status unknown again).
A batch with status ``not_open`` records a report that the region was not open on its date.
A row with ``remove`` set (1, true, 删除) removes the region; refused, with the row number,
while any person is registered there.
Relationship policy: JSON {"relations": {"default": [...], "provinces": {"省": [...]}}}, or
CSV with columns province,relations (``*`` for the default; kinds separated by ``;``).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from ..domain.messages import Problem
from ..domain.policy_import import check_regions, check_relations
from ..store import db, overrides
from ..store import regions as region_store
from . import doors, filein
from .desk import Desk, effective_policy, load_policy
from .errors import InputError


@dataclass(frozen=True)
class ImportResult:
    kind: str  # regions / relations
    added: int = 0
    updated: int = 0
    batches: int = 0
    provinces: int = 0


def _read(path: Path) -> tuple[str, object]:
    raw = filein.read_bytes(path, 64 * 1024 * 1024)
    text = filein.decode(raw, path)
    digest = hashlib.sha256(raw).hexdigest()
    if path.suffix.lower() == ".json" or text.lstrip().startswith(("{", "[")):
        return digest, filein.parse_json(text, path)
    table = filein.csv_rows(text, path)
    header = [(k or "").strip().lower() for k in (table[0] if table else [])]
    return digest, [
        (i, {k: (row[j] if j < len(row) else "").strip() for j, k in enumerate(header)})
        for i, row in enumerate(table[1:], start=2)
    ]  # row 1 is the header


def _numbered(items) -> list[tuple[int, dict]]:
    return [(i, item if isinstance(item, dict) else {}) for i, item in enumerate(items or [], start=1)]


def _shape_ok(data) -> bool:
    """JSON of the two documented shapes, or CSV rows; anything else is refused whole."""
    if isinstance(data, dict) and "regions" in data:
        return isinstance(data["regions"], list) and isinstance(data.get("batches", []), list)
    if isinstance(data, dict) and "relations" in data:
        rel = data["relations"]
        return isinstance(rel, dict) and isinstance(rel.get("provinces", {}), dict)
    return isinstance(data, list) and all(isinstance(r, tuple) and len(r) == 2 for r in data)


def import_file(desk: Desk, path: str | Path) -> ImportResult:
    path = Path(path)
    doors.readable(path, desk.data_dir)
    digest, data = _read(path)
    if not _shape_ok(data):
        raise InputError([("", Problem("import.unknown_kind", path=path.name))])
    if isinstance(data, dict) and "regions" in data:
        return _apply_regions(desk, path, digest, _numbered(data.get("batches")), _numbered(data["regions"]))
    if isinstance(data, dict) and "relations" in data:
        rel = data["relations"] if isinstance(data["relations"], dict) else {}
        rows = ([(1, {"province": "*", "relations": rel["default"]})] if "default" in rel else []) + [
            (i, {"province": p, "relations": v}) for i, (p, v) in enumerate(rel.get("provinces", {}).items(), 2)
        ]
        return _apply_relations(desk, path, digest, rows)
    if isinstance(data, list) and data and "code" in data[0][1]:
        # every row that gives a batch's date is one batch row: check_regions accepts a batch
        # given the same on every row and refuses one given differently, naming both rows
        batch_rows = [
            (
                row,
                {
                    "id": r["batch"],
                    "name": r.get("batch_name") or r["batch"],
                    "opened_on": r["opened_on"],
                    "source": r.get("source", ""),
                    "status": r.get("status") or "open",
                    **{k: r.get(k, "") for k in ("publisher", "kind", "title", "published", "credibility")},
                },
            )
            for row, r in data
            if r.get("batch") and r.get("opened_on")
        ]
        return _apply_regions(desk, path, digest, batch_rows, data)
    if isinstance(data, list) and data and "relations" in data[0][1]:
        return _apply_relations(desk, path, digest, data)
    raise InputError([("", Problem("import.unknown_kind", path=path.name))])


def _apply_regions(desk: Desk, path: Path, digest: str, batch_rows, region_rows) -> ImportResult:
    update, problems = check_regions(batch_rows, region_rows, desk.catalogue)
    if problems:
        raise InputError([("", p) for p in problems])
    with db.transaction(desk.conn):
        in_use = region_store.people_in(desk.conn, [code for _, code in update.removals])
        refused = [
            Problem("import.region_in_use", row=row, code=code, name=desk.catalogue.get(code).name, count=in_use[code])
            for row, code in update.removals
            if code in in_use
        ]
        if refused:  # a person must never be left without a region: move them first
            raise InputError([("", p) for p in refused])
        region_store.remove(desk.conn, [code for _, code in update.removals])
        added, updated = region_store.upsert(desk.conn, update.batches, update.regions)
        desk.audit(
            "regions.import",
            "regions",
            file=path.name,
            sha256=digest,
            added=added,
            updated=updated,
            batches=[b.id for b in update.batches],
            removed=[code for _, code in update.removals],
        )
    desk.catalogue_changed()
    return ImportResult("regions", added, updated, len(update.batches))


def _apply_relations(desk: Desk, path: Path, digest: str, rows) -> ImportResult:
    update, problems = check_relations(rows)
    if problems:
        raise InputError([("", p) for p in problems])
    base = load_policy()  # before writing: a damaged policy.json refuses the import, not after it is saved
    with db.transaction(desk.conn):
        current = overrides.get(desk.conn, "relations") or {"default": None, "provinces": {}}
        merged = {
            "default": list(update.default) if update.default else current.get("default"),
            "provinces": {**current.get("provinces", {}), **{p: list(v) for p, v in update.provinces.items()}},
        }
        overrides.put(desk.conn, "relations", merged, path.name, desk.now())
        desk.audit(
            "policy.relations_import",
            "policy",
            file=path.name,
            sha256=digest,
            default=list(update.default) if update.default else None,
            provinces=sorted(update.provinces),
        )
    desk.policy = effective_policy(base, desk.conn)
    return ImportResult("relations", provinces=len(update.provinces) + (1 if update.default else 0))
