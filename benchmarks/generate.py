"""Make a data folder with N valid synthetic people (and N/2 bindings) for benchmarks.

    python benchmarks/generate.py DIR --people 100000

Rows go in through executemany on the real schema (the services would be the thing being
measured otherwise); numbers are valid 公民身份号码 built with the domain's check digit.
"""

from __future__ import annotations

import argparse
import random
from datetime import date, timedelta

from sbdesk import paths
from sbdesk.domain.idnumber import PROVINCES, check_char
from sbdesk.services.desk import open_desk
from sbdesk.store import audit
from sbdesk.store.name_key import name_key

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂"


def people_rows(n: int, regions: list[str], seed: int = 7, start: int = 0):
    """Rows ``start`` to ``n``: rows from ``start`` on share no number or card with a folder
    generated with ``start`` people (an import into it finds no duplicates on record)."""
    rnd = random.Random(seed)
    base = date(1940, 1, 1)
    for i in range(start, n):
        # (birth date, sequence) is unique per row, so no two rows share a number
        birth = base + timedelta(days=(i // 1000) * 37 % (80 * 365))
        region = rnd.choice(regions)
        body = f"{region[:4]}{rnd.randrange(1, 99):02d}{birth:%Y%m%d}{i % 1000:03d}"
        number = body + check_char(body)
        name = rnd.choice(SURNAMES) + rnd.choice(GIVEN) + rnd.choice(GIVEN)
        yield (
            number,
            name,
            "male" if int(body[16]) % 2 else "female",
            birth.isoformat(),
            region,
            rnd.choice(("employee", "resident")),
            f"{chr(65 + i % 26)}{i:08d}",
            None,
            "2026-01-01",
            "2026-01-01",
            name_key(name),
        )


def generate(folder, n: int) -> None:
    desk = open_desk(folder, operator="generator")
    # ID numbers begin with a real division code: placeholders like 华油's 13HY01 or 兵团's 66 cannot
    codes = [r.code for r in desk.catalogue.regions if r.code.isdigit() and r.code[:2] in PROVINCES]
    conn = desk.conn
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO people (id_number, name, sex, birth_date, region_code, insurance, card_number,"
        " computer_number, created_at, updated_at, name_key) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        people_rows(n, codes),
    )
    ids = [r[0] for r in conn.execute("SELECT id FROM people ORDER BY id")]
    conn.executemany(
        "INSERT INTO bindings (owner_id, member_id, relation, channel, status, bound_on, operator, created_at)"
        " VALUES (?,?,'spouse','window','active','2026-02-01','generator','2026-02-01')",
        ((ids[i], ids[i + 1]) for i in range(0, len(ids) - 1, 2)),
    )
    # sealed like an import, so `sbdesk check` on a benchmark folder is sound
    subjects = [f"person:{i}" for i in ids] + [f"binding:{b}" for (b,) in conn.execute("SELECT id FROM bindings")]
    audit.append(conn, desk.now(), "generator", "benchmark.generate", "database", {"people": n}, sealed=subjects)
    conn.execute("COMMIT")
    desk.close()


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("folder")
    ap.add_argument("--people", type=int, default=100_000)
    a = ap.parse_args()
    generate(a.folder, a.people)
    print(f"generated {a.people} people in {paths.db_path(paths.data_dir(a.folder))}")
