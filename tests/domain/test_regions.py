import json
import re
from datetime import date
from pathlib import Path

import pytest

from sbdesk.domain.regions import PolicyError, parse_catalogue, provinces

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


def test_first_batch_is_the_seed_articles_31_regions(catalogue):
    opened = catalogue.cross_province()
    assert len(opened) == 31
    expected = seed_lists()
    assert sum(len(v) for v in expected.values()) == 31
    by_province = provinces(opened)
    assert set(by_province) == set(expected)
    for province, names in expected.items():
        got = ["省本级" if r.level == "province" else r.name for r in by_province[province]]
        assert sorted(got) == sorted(names)


def test_opening_date_and_batch_are_recorded(catalogue):
    for region in catalogue.cross_province():
        assert region.batch == "first"
        assert region.opened_on == date(2026, 1, 10)
    assert catalogue.cross_province(on=date(2025, 12, 31)) == []
    assert "社保网" in catalogue.batches["first"].source


def test_find_by_code_name_and_province(catalogue):
    assert catalogue.find("510100")[0].name == "成都市"
    assert catalogue.find("成都市")[0].code == "510100"
    assert catalogue.find("河北省本级")[0].province == "河北省"
    region, problem = catalogue.find("火星市")
    assert region is None and problem.code == "region.unknown"


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
