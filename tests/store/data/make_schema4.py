"""How schema4.db was made: run from the repository root with the code of commit 85b3694 (schema 4,
before migration 0005), then the WAL checkpointed and the file copied here. Kept as a record,
not run by the tests."""

import sys

sys.path.insert(0, ".")
import subprocess
import tempfile
from datetime import date
from pathlib import Path

from tests.conftest import make_id

D = tempfile.mkdtemp()
CSV = Path(D) / "s4.csv"


def run(*a):
    r = subprocess.run(
        [".venv/bin/python", "-m", "sbdesk", *a, "--data-dir", D, "--operator", "fixture"],
        capture_output=True,
        text=True,
        check=False,
    )
    print(a[:2], r.returncode, r.stdout.strip()[:100], r.stderr.strip()[:200])


people = [
    ("张伟", make_id(date(1980, 5, 1), "320505", 11), "苏州市", "employee"),
    ("李娜", make_id(date(1982, 3, 2), "510104", 12), "成都市", "resident"),
    ("周杰", make_id(date(1988, 9, 9), "130984", 81), "华北油田", "employee"),
    ("王芳", make_id(date(1955, 7, 7), "130100", 22), "河北省本级", "employee"),
    ("刘洋", make_id(date(1990, 1, 9), "429005", 31), "潜江市", "employee"),
    ("陈静", make_id(date(2000, 2, 2), "500235", 42), "云阳县", "resident"),
    ("杨磊", make_id(date(1975, 6, 6), "133100", 51), "雄安新区", "employee"),
    ("赵敏", make_id(date(1960, 8, 8), "510100", 62), "四川省本级", "resident"),
    ("孙强", make_id(date(1985, 4, 4), "469001", 71), "五指山市", "employee"),
]
CSV.write_text(
    "code,name,province,level,batch,batch_name,opened_on,source\n440100,广州市,广东省,city,office2,第二批,2025-03-14,office file\n139999,华北油田,河北省,county,,,,\n",
    encoding="utf-8",
)
run("regions", "import", str(CSV))
for n, i, r, ins in people:
    run("person", "add", "--name", n, "--id-number", i, "--region", r, "--insurance", ins)
run(
    "person",
    "add",
    "--name",
    "小明",
    "--id-number",
    make_id(date(2015, 1, 1), "320505", 91),
    "--region",
    "苏州市",
    "--insurance",
    "resident",
    "--card",
    "A12345678",
)
run(
    "bind",
    "--owner",
    people[0][1],
    "--member",
    make_id(date(2015, 1, 1), "320505", 91),
    "--relation",
    "child",
    "--channel",
    "window",
    "--on",
    "2026-03-01",
)
run("person", "card-status", people[0][1], "--ss", "active")
