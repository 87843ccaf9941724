"""Data folders for the safety tests, made quickly through the real store functions."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

from sbdesk.services import exchange
from sbdesk.services.desk import open_desk
from tests.conftest import make_id


def populate(folder: Path, n: int, start: int = 0) -> None:
    """``n`` people written through the real import (the same on every version of sbdesk)."""
    source = folder.parent / f"{folder.name}-people.csv"
    with source.open("w", encoding="utf-8") as fh:
        fh.write("name,id_number,region,insurance\n")
        for i in range(start, start + n):
            number = make_id(date(1950 + i % 50, 1 + i % 12, 1 + i % 28), f"5101{(i // 1000) % 100:02d}", i % 1000)
            fh.write(f"人{i},{number},成都市,resident\n")
    desk = open_desk(folder, operator="t")
    try:
        exchange.import_file(desk, source)
    finally:
        desk.close()
    source.unlink()


def count(folder: Path, table: str = "people") -> int:
    conn = sqlite3.connect(folder / "sbdesk.db")
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


def cli(*args, env=None):
    full = {**os.environ, **(env or {})}
    full.pop("SBDESK_DATA_DIR", None)
    return subprocess.run(
        [sys.executable, "-m", "sbdesk", *map(str, args), "--lang", "en"],
        capture_output=True,
        text=True,
        env=full,
        timeout=300,
    )


def leftovers(folder: Path) -> list[str]:
    """Files that are neither the database, its WAL, the logs nor a finished backup."""
    allowed = ("sbdesk.db", "sbdesk.db-wal", "sbdesk.db-shm", "logs", "backups", "sbdesk.lock")
    found = [p.name for p in folder.iterdir() if p.name not in allowed]
    found += (
        [f"backups/{p.name}" for p in (folder / "backups").glob("*") if not p.name.endswith(".db")]
        if (folder / "backups").exists()
        else []
    )
    return sorted(found)
