"""Which region the initials a clerk types mean: the exact name, the office's province, the
desk's recent regions, then the 2020 census population (with its source), then the code."""

import json
from pathlib import Path

from sbdesk.domain.region_rank import RegionUse, parse_population, ranked
from sbdesk.services.desk import load_default_catalogue

ROOT = Path(__file__).resolve().parents[2]
POPULATION = ROOT / "resources" / "population.json"


def people() -> dict[str, int]:
    return parse_population(json.loads(POPULATION.read_text(encoding="utf-8")))


def names(text: str, use: RegionUse) -> list[str]:
    return [r.name for r in ranked(load_default_catalogue(), text, use)]


def test_gzs_means_guangzhou_and_cds_chengdu_by_the_census():
    use = RegionUse(population=people())
    assert names("gzs", use)[:2] == ["广州市", "赣州市"]  # 18 676 605 before 8 970 014
    assert names("cds", use)[:4] == ["成都市", "常德市", "承德市", "昌都市"]  # 20.9, 5.3, 3.4, 0.8 million


def test_the_office_province_comes_before_a_larger_city():
    use = RegionUse(province="江西省", population=people())
    assert names("gzs", use)[0] == "赣州市"
    assert names("广州", use)[0] == "广州市"  # the exact name still wins


def test_a_recent_region_ranks_above_a_larger_city_and_the_list_stays_short():
    use = RegionUse(population=people())
    use.used("130800")  # 承德市, chosen by this desk a moment ago
    assert names("cds", use)[0] == "承德市"
    for code in ("110000", "120000", "310000", "500000", "130100", "130200", "130300", "130400", "130500"):
        use.used(code)
    assert len(use.recent) == 8 and use.recent[0] == "130500" and "130800" not in use.recent
    assert names("cds", use)[0] == "成都市"


def test_regions_without_a_figure_follow_those_with_one_by_code():
    use = RegionUse(population={"540300": 1})  # only 昌都市 has a figure here
    got = [r.code for r in ranked(load_default_catalogue(), "cds", use)]
    assert got[0] == "540300" and got[1:4] == sorted(got[1:4])
