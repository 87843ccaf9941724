"""Relation plausibility from birth dates, and the region an ID number suggests."""

import json
from datetime import date
from pathlib import Path

import pytest

from sbdesk.domain import plausibility, region_suggest
from sbdesk.domain.plausibility import IMPOSSIBLE, PLAUSIBLE, UNUSUAL, Thresholds
from sbdesk.domain.regions import parse_catalogue
from tests.conftest import make_id

ROOT = Path(__file__).resolve().parents[2]
CAT = parse_catalogue(json.loads((ROOT / "resources/regions.json").read_text(encoding="utf-8")))
DAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    "relation, owner, member, expected",
    [
        ("child", date(1980, 1, 1), date(1979, 1, 1), IMPOSSIBLE),  # a 子女 older than the owner
        ("child", date(1980, 1, 1), date(1992, 1, 1), UNUSUAL),  # 12 years
        ("child", date(1980, 1, 1), date(2005, 1, 1), PLAUSIBLE),
        ("parent", date(1980, 1, 1), date(1975, 1, 1), IMPOSSIBLE),  # a 父母 5 years older
        ("parent", date(1980, 1, 1), date(1910, 1, 1), UNUSUAL),  # 70 years older
        ("grandparent", date(1980, 1, 1), date(1962, 1, 1), IMPOSSIBLE),
        ("grandchild", date(1950, 1, 1), date(1977, 1, 1), UNUSUAL),  # 27 years: younger than a 子女 would be
        ("grandchild", date(1950, 1, 1), date(1990, 1, 1), PLAUSIBLE),
        ("sibling", date(1950, 1, 1), date(1985, 1, 1), UNUSUAL),
        ("spouse", date(1980, 1, 1), date(2008, 1, 1), UNUSUAL),  # 18 on the day
        ("spouse", date(1980, 1, 1), date(1982, 1, 1), PLAUSIBLE),
    ],
)
def test_birth_dates_make_a_relation_impossible_unusual_or_plausible(relation, owner, member, expected):
    assert plausibility.check(relation, owner, member, DAY, Thresholds()).status == expected


@pytest.mark.parametrize(
    "prefix, name, basis",
    [
        ("430102", "长沙市", "county"),  # 芙蓉区
        ("610113", "西安市", "county"),
        ("500235", "云阳县", "exact"),  # a county-level 统筹区 a source names
        ("500103", "渝中区", "exact"),
        ("500110", "重庆市", "county"),  # other 重庆 districts (綦江区): the 直辖市
        ("130638", "雄安新区", "county"),  # 雄县
        ("429004", "仙桃市", "exact"),
        ("341421", "合肥市", "retired"),  # 巢湖市庐江县 until 2011
        ("342601", "合肥市", "retired"),  # 巢湖地区巢湖市 (retired 1999), now 合肥市巢湖市
    ],
)
def test_the_id_number_suggests_todays_region(prefix, name, basis):
    s = region_suggest.suggest(make_id(date(1970, 1, 1), prefix, 11), CAT)
    assert (s.region.name, s.basis) == (name, basis)


def test_no_suggestion_without_a_division():
    assert region_suggest.suggest("99", CAT) is None
    assert region_suggest.suggest("990101199001011234", CAT) is None


@pytest.mark.parametrize("prefix", ["341400", "341499"])  # 巢湖 itself, and an unknown 3414 county
def test_a_division_code_split_between_regions_suggests_none(prefix):
    """341400 (the old prefecture 巢湖市) went to 合肥、芜湖、马鞍山 in 2011: no single region."""
    number = make_id(date(1970, 1, 1), prefix, 11)
    assert region_suggest.suggest(number, CAT) is None
    split = region_suggest.split(number, CAT)
    assert split.code == "341400" and set(split.into) == {"合肥市", "芜湖市", "马鞍山市"}
    assert "国函〔2011〕84号" in split.source


def test_the_split_codes_counties_keep_their_successor():
    number = make_id(date(1970, 1, 1), "341421", 11)  # 庐江县 went whole to 合肥市
    assert region_suggest.split(number, CAT) is None
    assert region_suggest.suggest(number, CAT).region.name == "合肥市"


def test_a_foreign_permanent_resident_id_suggests_no_region():
    assert region_suggest.suggest("931156198503120016", CAT) is None
    assert region_suggest.suggest("9311", CAT) is None
