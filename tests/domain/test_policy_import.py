"""Each kind of bad row in an office's update, found all at once with its row number."""

import json
from pathlib import Path

import pytest

from sbdesk.domain.policy_import import check_regions, check_relations
from sbdesk.domain.regions import parse_catalogue

ROOT = Path(__file__).resolve().parents[2]
CAT = parse_catalogue(json.loads((ROOT / "resources/regions.json").read_text(encoding="utf-8")))
BATCH = [(1, {"id": "second", "name": "第二批", "opened_on": "2026-06-01"})]


def codes(problems):
    return [(p.code, p.values.get("row")) for p in problems]


def test_a_good_later_batch_is_accepted():
    update, problems = check_regions(
        BATCH,
        [
            (1, {"code": "110000", "name": "北京市", "province": "北京市", "batch": "second"}),
            (2, {"code": "330100", "name": "杭州市", "province": "浙江省", "batch": "second"}),
        ],
        CAT,
    )
    assert problems == [] and [r.code for r in update.regions] == ["110000", "330100"]


@pytest.mark.parametrize(
    "row, expected",
    [
        ({"code": "1", "name": "甲", "province": "火星省"}, "import.unknown_province"),
        ({"code": "1", "name": "甲"}, "import.missing"),
        ({"code": "1", "name": "甲", "province": "浙江省", "level": "village"}, "import.bad_level"),
        ({"code": "1", "name": "甲", "province": "浙江省", "batch": "third"}, "import.unknown_batch"),
    ],
)
def test_each_kind_of_bad_region_row(row, expected):
    update, problems = check_regions(BATCH, [(7, row)], CAT)
    assert update is None and codes(problems) == [(expected, 7)]


def test_all_problems_are_reported_together_with_rows():
    rows = [
        (2, {"code": "9", "name": "甲", "province": "浙江省"}),
        (3, {"code": "9", "name": "乙", "province": "X"}),
        (4, {"code": "", "name": "丙", "province": "浙江省"}),
    ]
    bad_batch = [(1, {"id": "b", "name": "b", "opened_on": "2026-02-30"})]
    update, problems = check_regions(bad_batch, rows, CAT)
    assert update is None
    assert codes(problems) == [
        ("import.bad_date", 1),
        ("import.unknown_province", 3),
        ("import.duplicate_code", 3),
        ("import.missing", 4),
    ]
    assert "Row 3: code 9 already appeared on row 2." in [p.render() for p in problems]


def test_relationship_policy_rows():
    update, problems = check_relations([
        (2, {"province": "*", "relations": "spouse;parent;child"}),
        (3, {"province": "浙江省", "relations": "spouse;parent;child;sibling"}),
    ])
    assert problems == [] and update.default == ("spouse", "parent", "child")
    assert update.provinces == {"浙江省": ("spouse", "parent", "child", "sibling")}
    update, problems = check_relations([
        (2, {"province": "浙江省", "relations": "spouse;cousin"}),
        (3, {"province": "火星省", "relations": "spouse"}),
        (4, {"province": "浙江省", "relations": "spouse"}),
        (5, {"province": "江苏省", "relations": ""}),
    ])
    assert update is None
    assert codes(problems) == [
        ("import.unknown_relation", 2),
        ("import.unknown_province", 3),
        ("import.duplicate_province", 4),
        ("import.missing", 5),
    ]


def test_an_empty_file_is_a_problem_not_a_no_op():
    assert codes(check_regions([], [], CAT)[1]) == [("import.empty", None)]
    assert codes(check_relations([])[1]) == [("import.empty", None)]


def test_an_office_report_may_name_its_source_and_an_older_file_still_imports():
    """Sources a clerk can judge: publisher, kind, title and date travel with an office's report; a file
    with the address only still imports (publisher from the host, kind other)."""
    region = [(2, {"code": "440100", "name": "广州市", "province": "广东省", "batch": "gd"})]
    batch = {"id": "gd", "name": "广东上线", "opened_on": "2026-12-01", "source": "https://ybj.gd.gov.cn/x"}
    update, problems = check_regions([(2, batch)], region, CAT)
    assert problems == [] and update.batches[0].cited.who == "ybj.gd.gov.cn" and update.batches[0].cited.kind == "other"
    described = {
        **batch,
        "publisher": "广东省医疗保障局",
        "kind": "official",
        "title": "医保钱包全省上线",
        "published": "2026-12-01",
        "credibility": "confirmed",
    }
    update, problems = check_regions([(2, described)], region, CAT)
    assert (
        problems == []
        and update.batches[0].cited.cite().render() == "广东省医疗保障局 (official, 2026-12-01): “医保钱包全省上线”"
    )
    _, problems = check_regions([(2, {**described, "kind": "blog"})], region, CAT)
    assert codes(problems) == [("import.bad_source", 2)]


def test_a_csv_batch_named_with_two_publishers_is_refused_not_one_kept():
    """A CSV gives its batch on every region's row: the same each time, or refused naming both
    rows. That holds for the report's publisher, kind, title, date and credibility too, else
    the first row's publisher would win silently."""
    batch = {
        "id": "gd",
        "name": "广东上线",
        "opened_on": "2026-12-01",
        "source": "https://ybj.gd.gov.cn/x",
        "publisher": "广东省医疗保障局",
        "kind": "official",
    }
    regions = [
        (2, {"code": "440100", "name": "广州市", "province": "广东省", "batch": "gd"}),
        (3, {"code": "440300", "name": "深圳市", "province": "广东省", "batch": "gd"}),
    ]
    update, problems = check_regions([(2, batch), (3, dict(batch))], regions, CAT)
    assert problems == [] and update.batches[0].cited.who == "广东省医疗保障局"
    update, problems = check_regions([(2, batch), (3, {**batch, "publisher": "某网站", "kind": "other"})], regions, CAT)
    assert update is None and codes(problems) == [("import.duplicate_batch", 3)]
