import json
import re
from datetime import date
from pathlib import Path

import pytest

from sbdesk.domain.regions import PolicyError, parse_catalogue

ROOT = Path(__file__).resolve().parents[2]
SEED = (ROOT.parent / "shared" / "seed-article.txt")


@pytest.fixture(scope="module")
def catalogue():
    return parse_catalogue(json.loads((ROOT / "resources" / "regions.json").read_text(encoding="utf-8")))


def seed_lists() -> dict[str, list[str]]:
    """The first-batch list exactly as the seed article prints it: 1、四川省(省本级、成都市、广安市) …"""
    if SEED.exists():
        text = SEED.read_text(encoding="utf-8")
    else:  # the checkout without ../shared: the same nine lines, copied from the article
        text = (ROOT / "tests" / "domain" / "seed_first_batch.txt").read_text(encoding="utf-8")
    return {m[1]: m[2].split("、") for m in re.finditer(r"\d、(\S+?[省市])\((.+?)\)", text)}


def test_the_seed_articles_31_regions_are_reported_open_by_2025_09_19_not_2026(catalogue):
    expected = seed_lists()
    assert sum(len(v) for v in expected.values()) == 31
    for province, names in expected.items():
        for name in names:
            region = catalogue.find(province + ("本级" if name == "省本级" else name))[0]
            status = catalogue.cross_status(region, date(2025, 9, 19))
            assert status.status == "open", (province, name)
            assert status.batch.opened_on <= date(2025, 9, 19)
    assert all(b.opened_on != date(2026, 1, 10) for b in catalogue.batches.values())


def test_the_catalogue_covers_every_prefecture_and_the_special_regions(catalogue):
    cities = [r for r in catalogue.regions if r.level == "city"]
    assert len(cities) >= 333
    assert len({r.province for r in catalogue.regions}) == 31
    for name in ("长沙市", "合肥市", "西安市", "济源市", "仙桃市", "潜江市", "天门市", "神农架林区", "辛集市",
                 "定州市", "雄安新区", "云阳县", "新疆生产建设兵团", "湖南省本级", "内蒙古自治区本级"):
        region, problem = catalogue.find(name)
        assert problem is None, name
        assert region.initials or not region.name.isascii()
    xiongan = catalogue.find("雄安新区")[0]
    assert xiongan.source and xiongan.note  # added on top of GB/T 2260, with its source


def test_a_province_wide_report_opens_every_region_of_the_province_from_its_date(catalogue):
    anhui = [r for r in catalogue.regions if r.province == "安徽省"]
    assert all(catalogue.cross_status(r, date(2025, 2, 5)).status == "open" for r in anhui)
    fuyang = catalogue.find("阜阳市")[0]
    assert catalogue.cross_status(fuyang, date(2025, 2, 3)).status == "unknown"


def test_search_by_name_pinyin_initials_and_code(catalogue):
    assert [r.name for r in catalogue.search("css")] == ["长沙市"]
    assert [r.name for r in catalogue.search("4301")] == ["长沙市"]
    assert "合肥市" in [r.name for r in catalogue.search("合肥")]


def test_an_unknown_name_gets_the_three_closest(catalogue):
    region, problem = catalogue.find("长莎市")
    assert region is None and problem.code == "region.unknown_closest"
    closest = problem.values["closest"]
    assert len(closest) == 3 and closest[0] == "湖南省长沙市"
    assert "湖南省长沙市" in problem.render()


def test_find_by_code_name_and_province(catalogue):
    assert catalogue.find("510100")[0].name == "成都市"
    assert catalogue.find("成都市")[0].code == "510100"
    assert catalogue.find("成都")[0].code == "510100"
    assert catalogue.find("河北省本级")[0].province == "河北省"
    region, problem = catalogue.find("")
    assert region is None and problem.code == "region.choose"


def _doc(**over):
    doc = {"batches": [{"id": "b1", "name": "首批", "opened_on": "2026-01-10"}],
           "regions": [{"code": "1", "name": "甲市", "province": "甲省", "batch": "b1"},
                       {"code": "2", "name": "乙市", "province": "甲省"}]}
    doc.update(over)
    return doc


@pytest.mark.parametrize("doc, words", [
    (_doc(regions=[{"code": "1", "name": "甲", "province": "省"}, {"code": "1", "name": "乙", "province": "省"}]),
     "regions[2]: duplicate code 1"),
    (_doc(regions=[{"code": "1", "name": "甲", "province": "省", "batch": "nope"}]), "regions[1]: unknown batch"),
    (_doc(batches=[{"id": "b1", "name": "x", "opened_on": "2026-13-01"}]), "batches[1]"),
    (_doc(regions=[{"code": "1", "province": "省"}]), "regions[1]: missing name"),
    (_doc(regions=[{"code": "1", "name": "甲", "province": "省", "level": "planet"}]), "level"),
    ({"nothing": 1}, "regions"),
])
def test_bad_catalogues_are_refused_with_the_place_named(doc, words):
    with pytest.raises(PolicyError, match=re.escape(words)):
        parse_catalogue(doc)


def test_ambiguous_name_lists_the_choices():
    cat = parse_catalogue({"regions": [{"code": "1", "name": "新区", "province": "甲省"},
                                       {"code": "2", "name": "新区", "province": "乙省"}]})
    region, problem = cat.find("新区")
    assert region is None and problem.code == "region.ambiguous"
    assert "甲省新区 (1)" in problem.render() and "乙省新区 (2)" in problem.render()
    assert cat.find("乙省新区")[0].code == "2"
