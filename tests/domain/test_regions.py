import json
import re
from datetime import date
from pathlib import Path

import pytest

from sbdesk.domain.regions import PolicyError, parse_catalogue

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT.parent / "shared" / "seed-article.txt"


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


def test_the_seed_articles_31_regions_opened_on_2024_12_02_not_on_the_republishing_date(catalogue):
    """The first batch (9 provinces, 31 统筹区) launched on 2024-12-02; 2025-09-19 is
    the date the list was republished."""
    expected = seed_lists()
    for province, names in expected.items():
        for name in names:
            region = catalogue.find(province + ("本级" if name == "省本级" else name))[0]
            status = catalogue.cross_status(region, date(2024, 12, 2))
            assert status.status == "open", (province, name)
            assert status.batch.opened_on == date(2024, 12, 2)
            assert catalogue.cross_status(region, date(2024, 12, 1)).status == "unknown"
    assert all(b.opened_on != date(2025, 9, 19) for b in catalogue.batches.values())
    first = catalogue.cross_status(catalogue.find("成都市")[0], date(2024, 12, 2)).batch
    assert first.cited.publisher and first.cited.title and first.cited.credibility == "confirmed"


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
    assert len({r.province for r in catalogue.regions}) == 32  # 31 provinces and 兵团 (its own unit)
    for name in (
        "长沙市",
        "合肥市",
        "西安市",
        "济源市",
        "仙桃市",
        "潜江市",
        "天门市",
        "神农架林区",
        "辛集市",
        "定州市",
        "雄安新区",
        "云阳县",
        "新疆生产建设兵团",
        "湖南省本级",
        "内蒙古自治区本级",
    ):
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
    doc = {
        "batches": [{"id": "b1", "name": "首批", "opened_on": "2026-01-10"}],
        "regions": [
            {"code": "1", "name": "甲市", "province": "甲省", "batch": "b1"},
            {"code": "2", "name": "乙市", "province": "甲省"},
        ],
    }
    doc.update(over)
    return doc


@pytest.mark.parametrize(
    "doc, words",
    [
        (
            _doc(
                regions=[{"code": "1", "name": "甲", "province": "省"}, {"code": "1", "name": "乙", "province": "省"}]
            ),
            "regions[2]: duplicate code 1",
        ),
        (_doc(regions=[{"code": "1", "name": "甲", "province": "省", "batch": "nope"}]), "regions[1]: unknown batch"),
        (_doc(batches=[{"id": "b1", "name": "x", "opened_on": "2026-13-01"}]), "batches[1]"),
        (_doc(regions=[{"code": "1", "province": "省"}]), "regions[1]: missing name"),
        (_doc(regions=[{"code": "1", "name": "甲", "province": "省", "level": "planet"}]), "level"),
        ({"nothing": 1}, "regions"),
        (
            _doc(batches=[{"id": "b1", "name": "x", "opened_on": "2026-01-01", "sources": "http://a"}]),
            "batches[1].sources",
        ),
        (_doc(batches=[{"id": "b1", "name": "x", "opened_on": "2026-01-01", "sources": [5]}]), "batches[1].sources"),
        (
            _doc(
                batches=[
                    {
                        "id": "b1",
                        "name": "x",
                        "opened_on": "2026-01-01",
                        "sources": [{"address": "http://a", "published": "yesterday"}],
                    }
                ]
            ),
            "batches[1].sources",
        ),
        (_doc(snapshots=[{"as_of": "2026-01-09", "regions": "many", "source": "http://a"}]), "snapshots[1]"),
        (_doc(snapshots=[5]), "snapshots[1]"),
        (_doc(snapshots={"a": 1}), "snapshots"),
    ],
)
def test_bad_catalogues_are_refused_with_the_place_named(doc, words):
    with pytest.raises(PolicyError, match=re.escape(words)):
        parse_catalogue(doc)


def test_ambiguous_name_lists_the_choices():
    cat = parse_catalogue({
        "regions": [
            {"code": "1", "name": "新区", "province": "甲省"},
            {"code": "2", "name": "新区", "province": "乙省"},
        ]
    })
    region, problem = cat.find("新区")
    assert region is None and problem.code == "region.ambiguous"
    assert "甲省新区 (1)" in problem.render() and "乙省新区 (2)" in problem.render()
    assert cat.find("乙省新区")[0].code == "2"


def test_the_bingtuan_is_a_province_level_unit_of_its_own(catalogue):
    """NHSA counts "30省和兵团"; 新疆's province-wide reports do not speak for it."""
    bingtuan = catalogue.find("新疆生产建设兵团")[0]
    assert bingtuan.province == "新疆生产建设兵团" != catalogue.find("乌鲁木齐市")[0].province
    assert all(b.province != "新疆维吾尔自治区" for b in catalogue.reports_for(bingtuan))
    assert catalogue.cross_status(bingtuan, date(2025, 5, 8)).status == "open"


def test_a_report_of_not_open_ages_into_unknown_and_a_report_of_opening_stands(catalogue):
    """广东 "暂未上线" on 2025-09-22 refuses for 3 months, then the status is unknown
    with the last report and its age; 苏州's opening (2024-12-02) still stands two years on."""
    guangzhou = catalogue.find("广州市")[0]
    assert catalogue.cross_status(guangzhou, date(2025, 12, 21), 3).status == "not_open"
    aged = catalogue.cross_status(guangzhou, date(2026, 12, 6), 3)
    assert (aged.status, aged.aged_months, aged.batch.opened_on) == ("unknown", 14, date(2025, 9, 22))
    assert catalogue.cross_status(guangzhou, date(2026, 12, 6)).status == "not_open"  # no span given: as reported
    assert catalogue.cross_status(catalogue.find("苏州市")[0], date(2026, 12, 6), 3).status == "open"


def test_sources_carry_publisher_kind_date_and_title_and_older_files_still_load():
    """A report names who said it; a file with addresses only derives the publisher
    from the host, kind "other"; several sources: the official one is cited."""
    from sbdesk.domain.sources import Source

    doc = {
        "batches": [
            {
                "id": "a",
                "name": "a",
                "opened_on": "2025-01-01",
                "source": "https://reportify.cn/x ; https://www.nhsa.gov.cn/y",
            }
        ],
        "regions": [{"code": "320500", "name": "苏州市", "province": "江苏省", "batch": "a"}],
    }
    old = parse_catalogue(doc).batches["a"]
    assert old.cited == Source("https://reportify.cn/x") and old.cited.who == "reportify.cn"
    assert old.cited.cite().render() == "reportify.cn (other, undated)"
    doc["batches"][0]["sources"] = [
        {
            "address": "https://reportify.cn/x",
            "publisher": "人民日报（reportify 摘要）",
            "kind": "other",
            "title": "T1",
            "published": "2026-01-10",
            "credibility": "confirmed",
        },
        {
            "address": "https://www.nhsa.gov.cn/y",
            "publisher": "国家医保局",
            "kind": "official",
            "title": "T2",
            "published": "2026-01-09",
        },
    ]
    new = parse_catalogue(doc).batches["a"]
    assert new.cited.publisher == "国家医保局"
    assert new.cited.cite().render() == "国家医保局 (official, 2026-01-09): “T2”"
    doc["batches"][0]["sources"][1]["kind"] = "blog"
    with pytest.raises(PolicyError, match=r"batches\[1\]\.sources"):
        parse_catalogue(doc)


def test_the_shipped_reports_name_publishers_and_keep_low_credibility_rows_unapplied(catalogue):
    """The 22 广东 regions' report and 成都's are cited by publisher, not by an
    aggregator's address; AI-written sites are kept for the record and open nothing."""
    doc = json.loads((ROOT / "resources" / "regions.json").read_text(encoding="utf-8"))
    guangzhou = catalogue.find("广州市")[0]
    last = catalogue.latest_on(guangzhou, date(2026, 12, 6))
    assert last.cited.kind == "state_media" and last.cited.publisher.startswith("央视")
    chengdu = catalogue.cross_status(catalogue.find("成都市")[0], date(2026, 12, 6)).batch
    assert "Japanese" not in chengdu.cited.address
    low = [r for r in doc["reports"] if r["cited"].get("credibility") == "low"]
    assert low and all(r["applied_to"] == [] and "low credibility" in r["why_not"] for r in low)
    shaanxi = catalogue.find("宝鸡市")[0]
    assert catalogue.cross_status(shaanxi, date(2025, 10, 30)).status == "open"
    assert catalogue.cross_status(shaanxi, date(2025, 10, 29)).status == "unknown"


def test_the_national_snapshots_are_shipped_with_their_sources(catalogue):
    """全国：截至 2026-01-09 共 337 个统筹区 (人民日报, via a summary), the low-credibility
    256 of 2025-10 never the figure shown."""
    from sbdesk.domain.sources import latest_snapshot

    latest = latest_snapshot(catalogue.snapshots, date(2026, 12, 6))
    assert (latest.as_of, latest.regions) == (date(2026, 1, 9), 337)
    assert "337" in latest.line().render() and "人民日报" in latest.line().render()
    assert latest_snapshot(catalogue.snapshots, date(2025, 11, 1)).regions == 337  # 2025-06-30, not the 256
    assert [s.regions for s in catalogue.snapshots if s.as_of == date(2024, 12, 2)] == [31]
