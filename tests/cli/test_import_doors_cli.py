"""Nothing half-written from a bad file: the region, relationship and
pension import doors and `pension add` refuse what they must, one line and exit 2, writing nothing."""

import json
from datetime import date

import pytest

from sbdesk import cli
from sbdesk.domain.policy_import import MAX_REGIONS, MAX_TEXT
from sbdesk.services.desk import open_desk
from tests.conftest import make_id

OWNER = make_id(date(1980, 5, 1), "320505", 11)


def run(tmp_path, capsys, *args) -> tuple[int, list[str]]:
    capsys.readouterr()
    code = cli.main([*map(str, args), "--lang", "en", "--data-dir", str(tmp_path / "office")])
    return code, capsys.readouterr().err.strip().splitlines()


def catalogue(tmp_path):
    desk = open_desk(tmp_path / "office", operator="t")
    try:
        return [(r.code, r.batch, r.opened_on) for r in desk.catalogue.regions], sorted(
            (b.id, b.opened_on) for b in desk.catalogue.batches.values()
        )
    finally:
        desk.close()


def write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


# -- a batch given twice, differently --------------------------------------------------------------
CONFLICT_CSV = (
    "code,name,province,level,batch,batch_name,opened_on\n"
    "330100,杭州市,浙江省,city,B1,第二批,2026-06-01\n"
    "110100,北京市,北京市,city,B1,第二批,2099-01-01\n"
)
CONFLICT_JSON = {
    "batches": [
        {"id": "B1", "name": "第二批", "opened_on": "2026-06-01"},
        {"id": "B1", "name": "第二批", "opened_on": "2099-01-01"},
    ],
    "regions": [
        {"code": "330100", "name": "杭州市", "province": "浙江省", "batch": "B1"},
        {"code": "110100", "name": "北京市", "province": "北京市", "batch": "B1"},
    ],
}
DIFFERS = (
    "batch B1 is given differently on row {first} (opening date, name, source or status); "
    "a batch must read the same wherever it is given."
)


@pytest.mark.parametrize(
    "name, text, row, first",
    [
        ("batch.csv", CONFLICT_CSV, 3, 2),
        ("batch.json", json.dumps(CONFLICT_JSON, ensure_ascii=False), 2, 1),  # rows: the batches' places in the list
    ],
)
def test_a_batch_given_twice_with_different_dates_is_refused_naming_both_rows(tmp_path, capsys, name, text, row, first):
    assert run(tmp_path, capsys, "regions")[0] == 0  # the office, with the shipped catalogue
    before = catalogue(tmp_path)
    code, err = run(tmp_path, capsys, "regions", "import", write(tmp_path / name, text))
    assert (code, err) == (2, [f"Row {row}: " + DIFFERS.format(first=first)])
    assert catalogue(tmp_path) == before  # 北京 was not opened on 杭州's date


def test_a_batch_repeated_the_same_on_every_row_still_imports(tmp_path, capsys):
    same = CONFLICT_CSV.replace("2099-01-01", "2026-06-01")
    code, _ = run(tmp_path, capsys, "regions", "import", write(tmp_path / "batch.csv", same))
    assert code == 0
    assert ("B1", date(2026, 6, 1)) in catalogue(tmp_path)[1]


# -- low: bounded region lists ---------------------------------------------------------------------
def test_a_region_list_of_more_rows_than_china_has_is_refused(tmp_path, capsys):
    rows = "".join(f"{900000 + i},区{i},浙江省\n" for i in range(MAX_REGIONS + 1))
    code, err = run(tmp_path, capsys, "regions", "import", write(tmp_path / "many.csv", "code,name,province\n" + rows))
    assert (code, err) == (2, [f"The file holds more than {MAX_REGIONS} rows."])


def test_a_region_list_that_would_make_the_catalogue_too_long_is_refused(tmp_path, capsys):
    assert run(tmp_path, capsys, "regions")[0] == 0
    known = len(catalogue(tmp_path)[0])
    extra = MAX_REGIONS - known + 1
    rows = "".join(f"{900000 + i},区{i},浙江省\n" for i in range(extra))
    code, err = run(tmp_path, capsys, "regions", "import", write(tmp_path / "many.csv", "code,name,province\n" + rows))
    assert (code, err) == (
        2,
        [f"With this file there would be {MAX_REGIONS + 1} 统筹区; at most {MAX_REGIONS} are kept."],
    )
    assert len(catalogue(tmp_path)[0]) == known


def test_a_note_longer_than_a_few_thousand_characters_is_refused(tmp_path, capsys):
    data = {
        "batches": [{"id": "B9", "name": "第九批", "opened_on": "2026-06-01", "note": "注" * 100_000}],
        "regions": [{"code": "330100", "name": "杭州市", "province": "浙江省", "batch": "B9"}],
    }
    code, err = run(
        tmp_path, capsys, "regions", "import", write(tmp_path / "note.json", json.dumps(data, ensure_ascii=False))
    )
    assert (code, err) == (2, [f"Row 1: note is 100000 characters long; at most {MAX_TEXT} are kept."])


# -- low: a relationship policy of the wrong types ---------------------------------------------------
@pytest.mark.parametrize(
    "relations, row", [({"default": 5}, 1), ({"provinces": {"四川省": {"x": 1}}}, 2), ({"default": ["spouse", 3]}, 1)]
)
def test_a_relationship_policy_of_the_wrong_types_is_one_line(tmp_path, capsys, relations, row):
    path = write(tmp_path / "policy.json", json.dumps({"relations": relations}, ensure_ascii=False))
    code, err = run(tmp_path, capsys, "regions", "import", path)
    assert code == 2 and len(err) == 1
    assert err[0].startswith(f"Row {row}: relations must be a list of relationship kinds, not ")


# -- low: pension figures and months -------------------------------------------------------------------
@pytest.mark.parametrize(
    "figures, field, value",
    [
        ({"average_wage": 8000, "account_rate": 8}, "account_rate", "8"),
        ({"average_wage": 8000, "account_rate": 800}, "account_rate", "800"),
        ({"average_wage": True, "account_rate": 0.08}, "average_wage", "True"),
        ({"average_wage": "8000", "account_rate": 0.08}, "average_wage", "8000"),
    ],
)
def test_a_pension_figure_out_of_range_or_not_a_number_is_refused_naming_it(tmp_path, capsys, figures, field, value):
    path = write(tmp_path / "pension.json", json.dumps({"pension": figures}))
    code, err = run(tmp_path, capsys, "pension", "import", path)
    name, low, high = {
        "account_rate": ("personal account rate", 0.001, 0.3),
        "average_wage": ("average monthly wage", 100, 1000000),
    }[field]
    assert (code, err) == (2, [f"The {name} ({field}) must be a number from {low} to {high}, not {value}."])
    assert (
        run(
            tmp_path,
            capsys,
            "pension",
            "import",
            write(tmp_path / "good.json", json.dumps({"pension": {"average_wage": 9000, "account_rate": 0.08}})),
        )[0]
        == 0
    )


@pytest.mark.parametrize("start, end", [("0000-01", None), ("1949-12", None), ("2000-01", "9999-12")])
def test_a_contribution_month_out_of_any_plausible_year_is_refused(tmp_path, capsys, start, end):
    assert run(tmp_path, capsys, "person", "add", "--name", "张三", "--id-number", OWNER, "--region", "苏州市")[0] == 0
    code, err = run(
        tmp_path,
        capsys,
        "pension",
        "add",
        "--person",
        OWNER,
        "--from",
        start,
        *(["--to", end] if end else []),
        "--base",
        "5000",
    )
    high = date.today().year + 1
    assert (code, err) == (2, [f"{end or start} is not a month contributions can be paid in (years 1950 to {high})."])
    assert (
        run(
            tmp_path,
            capsys,
            "pension",
            "add",
            "--person",
            OWNER,
            "--from",
            "1950-01",
            "--to",
            f"{high}-12",
            "--base",
            "5000",
        )[0]
        == 0
    )
