"""The command line as an office script would use it: a real process, real files."""

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import make_id, pg_user

OWNER = make_id(date(1980, 5, 1), "320505", 11)
WIFE = make_id(date(1982, 1, 2), "510104", 22)


def run(*args, data_dir=None, env=None):
    full_env = {**os.environ, **(env or {})}
    full_env.pop("SBDESK_DATA_DIR", None)
    if data_dir:
        full_env["SBDESK_DATA_DIR"] = str(data_dir)
    return subprocess.run(
        [sys.executable, "-m", "sbdesk", *args], capture_output=True, text=True, env=full_env, timeout=120
    )


def test_idcheck_of_the_standard_example():
    out = run("idcheck", "11010519491231002X", "--json")
    assert out.returncode == 0, out.stderr
    [result] = json.loads(out.stdout)
    assert (result["valid"], result["birth_date"], result["sex"]) == (True, "1949-12-31", "female")
    assert result["id_number"] == "110105********002X"  # masked unless --reveal
    revealed = run("idcheck", "110105 19491231 002x", "--json", "--reveal")
    assert json.loads(revealed.stdout)[0]["id_number"] == "11010519491231002X"


@pytest.mark.parametrize("last", list("0123456789"))
def test_idcheck_any_other_last_character_is_invalid_with_reason(last):
    out = run("idcheck", "11010519491231002" + last, "--json", "--lang", "en")
    assert out.returncode == 1
    [result] = json.loads(out.stdout)
    assert result["valid"] is False
    assert result["problems"][0]["code"] == "id.check_digit"
    assert "should be X" in result["problems"][0]["message"]


def test_idcheck_speaks_chinese_by_default(tmp_path):
    out = run("idcheck", "110105194912310021", env={"LANG": "C.UTF-8", "LC_ALL": ""})
    assert "校验码应为X" in out.stdout


def test_regions_lists_the_whole_country_and_reports_by_date(tmp_path):
    everything = json.loads(run("regions", "--json", data_dir=tmp_path).stdout)
    assert len(everything) >= 333 + 27  # every prefecture of GB/T 2260 and each province's 省本级
    names = {r["name"] for r in everything}
    assert {
        "长沙市",
        "合肥市",
        "西安市",
        "雄安新区",
        "定州市",
        "辛集市",
        "济源市",
        "仙桃市",
        "潜江市",
        "天门市",
        "神农架林区",
        "云阳县",
        "河北省本级",
        "北京市",
        "上海市",
        "天津市",
        "重庆市",
    } <= names

    def opened(day):
        out = run("regions", "--cross-province", "--on", day, "--json", data_dir=tmp_path)
        assert out.returncode == 0, out.stderr
        return {r["name"]: r for r in json.loads(out.stdout)}

    before, after = opened("2025-02-03"), opened("2025-02-05")
    assert "苏州市" in before and "合肥市" not in before  # 安徽 reported open province-wide by 2025-02-04
    assert after["合肥市"]["reported_on"] == "2025-02-04" and after["合肥市"]["cross_province"] == "open"
    assert all(r["reported_on"] != "2026-01-10" for r in everything)  # the article's date is not an opening
    changsha = next(r for r in everything if r["name"] == "长沙市")
    assert (changsha["cross_province"], changsha["reported_on"]) == ("unknown", None)


def test_eligibility_between_open_unknown_and_closed_regions(tmp_path):
    ok = run(
        "eligibility",
        "--owner-region",
        "苏州市",
        "--member-region",
        "成都市",
        "--relation",
        "spouse",
        "--json",
        "--lang",
        "en",
        data_dir=tmp_path,
    )
    assert ok.returncode == 0, ok.stderr
    answer = json.loads(ok.stdout)
    assert answer["allowed"] is True and answer["verdict"] == "allowed"
    assert any("定点零售药店" in line for line in answer["pays_for"]["covers"])
    unknown = run(
        "eligibility",
        "--owner-region",
        "成都市",
        "--member-region",
        "长沙市",
        "--relation",
        "配偶",
        "--json",
        "--lang",
        "en",
        data_dir=tmp_path,
    )
    assert unknown.returncode == 1
    decision = json.loads(unknown.stdout)
    assert decision["verdict"] == "unknown" and not [c for c in decision["checks"] if c["status"] == "fail"]
    [check] = [c for c in decision["checks"] if c["status"] == "unknown"]
    assert "湖南省长沙市: not known to be open" in check["message"] and "Ask" in check["message"]
    text = run(
        "eligibility",
        "--owner-region",
        "成都市",
        "--member-region",
        "长沙市",
        "--relation",
        "配偶",
        "--lang",
        "en",
        data_dir=tmp_path,
    ).stdout
    assert text.startswith("Not known to be possible: 湖南省长沙市") and " ? 湖南省长沙市" in text
    closed = run(
        "eligibility",
        "--owner-region",
        "成都市",
        "--member-region",
        "广州市",
        "--relation",
        "配偶",
        "--on",
        "2025-10-01",
        "--json",
        "--lang",
        "en",
        data_dir=tmp_path,
    )
    failed = [c for c in json.loads(closed.stdout)["checks"] if c["status"] == "fail"]
    assert [c["code"] for c in failed] == ["elig.region_reported_closed"]
    assert "2025-09-22" in failed[0]["message"]


@pytest.mark.usefixtures("both_engines")
def test_people_and_bindings_round_trip_with_masked_output(tmp_path):
    data = tmp_path / "office"
    add = run(
        "person", "add", "--name", "张三", "--id-number", OWNER, "--region", "苏州市", "--json", "--data-dir", str(data)
    )
    assert add.returncode == 0, add.stderr
    assert json.loads(add.stdout)["id_number"] == OWNER[:6] + "********" + OWNER[-4:]
    run(
        "person",
        "add",
        "--name",
        "李四",
        "--id-number",
        WIFE,
        "--region",
        "南京市",
        "--insurance",
        "resident",
        "--card",
        "B00000001",
        "--data-dir",
        str(data),
    )
    listing = run("person", "list", "--data-dir", str(data))
    assert OWNER not in listing.stdout and OWNER[-4:] in listing.stdout
    bound = run(
        "bind",
        "--owner",
        OWNER,
        "--member",
        "B00000001",
        "--relation",
        "spouse",
        "--channel",
        "window",
        "--json",
        "--data-dir",
        str(data),
        "--operator",
        "clerk 7",
    )
    assert bound.returncode == 0, bound.stderr
    b = json.loads(bound.stdout)
    who = pg_user() if os.environ.get("SBDESK_DATABASE") else "clerk 7"  # the server's current_user there
    assert (b["owner"], b["member"], b["status"], b["operator"]) == ("张三", "李四", "active", who)
    shown = json.loads(run("person", "show", WIFE, "--json", "--data-dir", str(data)).stdout)
    assert shown["relatives"][0]["name"] == "张三" and shown["bindings"][0]["channel"] == "window"
    revealed = run("person", "show", WIFE, "--reveal", "--json", "--data-dir", str(data))
    assert json.loads(revealed.stdout)["id_number"] == WIFE
    ended = run("unbind", str(b["id"]), "--reason", "divorce", "--json", "--data-dir", str(data))
    assert json.loads(ended.stdout)["status"] == "ended"
    check = run("check", "--json", "--data-dir", str(data))
    assert check.returncode == 0 and json.loads(check.stdout)["counts"]["audit"] >= 5


@pytest.mark.parametrize(
    "args",
    [
        ("person", "add", "--name", "王五", "--id-number", "110105194912310021", "--region", "北京市"),
        ("person", "add", "--name", "王五", "--id-number", "11010519491231002X", "--region", "火星市"),
        ("bind", "--owner", "nobody", "--member", "nobody2", "--relation", "spouse", "--channel", "window"),
        (
            "eligibility",
            "--owner-region",
            "成都市",
            "--member-region",
            "北京市",
            "--relation",
            "spouse",
            "--on",
            "soon",
        ),
        ("person", "frobnicate"),
        ("regions", "--bogus"),
    ],
)
@pytest.mark.usefixtures("both_engines")
def test_bad_input_exits_2_with_one_line_and_writes_nothing(tmp_path, args):
    out = run(*args, "--lang", "en", data_dir=tmp_path)
    assert out.returncode == 2
    assert out.stdout == ""
    assert len(out.stderr.strip().splitlines()) == 1 and "Traceback" not in out.stderr
    if (tmp_path / "sbdesk.db").exists() or os.environ.get("SBDESK_DATABASE"):
        people = run("person", "list", "--json", data_dir=tmp_path)
        assert json.loads(people.stdout) == []


def test_a_damaged_database_is_reported_and_left_alone(tmp_path):
    (tmp_path / "sbdesk.db").write_bytes(b"not a database at all" * 100)
    out = run("person", "list", "--lang", "en", data_dir=tmp_path)
    assert out.returncode == 3
    assert "damaged" in out.stderr and "Traceback" not in out.stderr
    assert (tmp_path / "sbdesk.db").read_bytes() == b"not a database at all" * 100


@pytest.mark.usefixtures("both_engines")
def test_regions_import_and_pension_from_the_command_line(tmp_path):
    data = tmp_path / "office"
    bad = tmp_path / "bad.csv"
    bad.write_text("code,name,province\n1,甲,火星省\n2,乙,浙江省\n2,乙,浙江省\n", encoding="utf-8")
    out = run("regions", "import", str(bad), "--lang", "en", "--data-dir", str(data))
    assert out.returncode == 2
    assert out.stderr.splitlines() == ["Row 2: 火星省 is not a province.", "Row 4: code 2 already appeared on row 3."]
    good = tmp_path / "batch2.csv"
    before = json.loads(run("regions", "--cross-province", "--json", "--data-dir", str(data)).stdout)
    good.write_text("code,name,province,batch,opened_on\n330100,杭州市,浙江省,second,2026-06-01\n", encoding="utf-8")
    out = run("regions", "import", str(good), "--json", "--data-dir", str(data))
    assert out.returncode == 0 and json.loads(out.stdout)["updated"] == 1
    regions = json.loads(run("regions", "--cross-province", "--json", "--data-dir", str(data)).stdout)
    assert len(regions) == len(before) + 1
    on_day = json.loads(
        run("regions", "--cross-province", "--on", "2026-05-31", "--json", "--data-dir", str(data)).stdout
    )
    assert "330100" not in {r["code"] for r in on_day}

    run("person", "add", "--name", "张三", "--id-number", OWNER, "--region", "苏州市", "--data-dir", str(data))
    for start, end, base in (("2000-01", "2009-12", "5000"), ("2013-01", "2022-12", "6000")):
        assert (
            run(
                "pension",
                "add",
                "--person",
                OWNER,
                "--from",
                start,
                "--to",
                end,
                "--base",
                base,
                "--data-dir",
                str(data),
            ).returncode
            == 0
        )
    out = run("pension", "--person", OWNER, "--as-of", "2022-12", "--json", "--data-dir", str(data))
    report = json.loads(out.stdout)
    assert report["gaps"] == [{"from": "2010-01", "to": "2012-12", "months": 36, "ongoing": False}]
    # born 1980-05, a man: 63 years (1977 or later), retiring 2043-05; 20 years needed then
    assert report["retirement"]["statutory_age"] == {"years": 63, "months": 0}
    assert report["retirement"]["retirement_month"] == "2043-05"
    j = report["projection"]
    assert (j["divisor"], j["minimum_years"], j["projected_months"]) == (117.0, 20.0, 244)
    assert (j["stopped_now"]["months"], j["continued"]["months"]) == (240, 484)
    assert j["gaps_cost_per_month"] == round(j["without_gaps"]["total"] - j["continued"]["total"], 2) > 0
    assert "over_limit" not in out.stdout and "gap_limit" not in out.stdout
    assert report["person"]["id_number"] == OWNER[:6] + "********" + OWNER[-4:]
    bad_period = run(
        "pension", "add", "--person", OWNER, "--from", "2023-13", "--base", "1", "--lang", "en", "--data-dir", str(data)
    )
    assert bad_period.returncode == 2 and "2023-13 is not a month" in bad_period.stderr


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    """One data folder for the retirement commands (they read an office's imported rules)."""
    return tmp_path_factory.mktemp("office")


def retirement(*args, data_dir):
    return run("retirement", *args, "--json", data_dir=data_dir)


@pytest.mark.parametrize(
    "birth, sex, category, age, month",
    [
        ("1964-12", "male", None, (60, 0), "2024-12"),
        ("1965-01", "male", None, (60, 1), "2025-02"),
        ("1965-05", "male", None, (60, 2), "2025-07"),
        ("1977-01", "male", None, (63, 0), "2040-01"),
        ("1974-12", "female", "worker", (50, 0), "2024-12"),
        ("1975-01", "female", "worker", (50, 1), "2025-02"),
        ("1975-03", "female", "worker", (50, 2), "2025-05"),
        ("1985-01", "female", "worker", (55, 0), "2040-01"),
        ("1969-12", "female", "cadre", (55, 0), "2024-12"),
        ("1970-01", "female", "cadre", (55, 1), "2025-02"),
        ("1982-01", "female", "cadre", (58, 0), "2040-01"),
    ],
)
def test_retirement_on_both_sides_of_each_step(birth, sex, category, age, month, office):
    out = retirement("--birth", birth, "--sex", sex, *(["--category", category] if category else []), data_dir=office)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert (data["statutory_age"]["years"], data["statutory_age"]["months"]) == age
    assert data["retirement_month"] == month


def test_retirement_flexible_dates_minimum_years_and_divisor(office):
    data = json.loads(retirement("--birth", "1977-01", "--sex", "male", data_dir=office).stdout)
    assert data["earliest"] == {"age": {"years": 60, "months": 0}, "month": "2037-01", "minimum_years": 19.0}
    assert data["latest"] == {"age": {"years": 66, "months": 0}, "month": "2043-01"}
    assert (data["minimum_years"], data["divisor"]) == (20.0, 117.0)
    assert data["flexible_applies"] is True
    assert (
        json.loads(retirement("--birth", "1960-01", "--sex", "male", data_dir=office).stdout)["flexible_applies"]
        is False
    )
    # retiring in 2029 vs 2030 vs 2039: 15, 15.5, 20 years
    for birth, year, years in (("1968-09", "2029", 15.0), ("1969-05", "2030", 15.5), ("1976-05", "2039", 20.0)):
        data = json.loads(retirement("--birth", birth, "--sex", "male", data_dir=office).stdout)
        assert (data["retirement_month"][:4], data["minimum_years"]) == (year, years)


def test_retirement_speaks_chinese_by_default(office):
    out = run(
        "retirement", "--birth", "1965-05", "--sex", "male", data_dir=office, env={"LANG": "C.UTF-8", "LC_ALL": ""}
    )
    assert out.returncode == 0
    assert "60岁2个月" in out.stdout and "2025-07" in out.stdout


@pytest.mark.parametrize(
    "args, words",
    [
        (["--birth", "1975-13", "--sex", "male"], "1975-13 is not a birth month"),
        (["--birth", "0965-01", "--sex", "male"], "0965-01 is not a birth month"),
        (["--birth", "1965-1-1", "--sex", "male"], "1965-1-1 is not a birth month"),
        (["--birth=", "--sex", "male"], "is not a birth month"),
        (["--birth", "2999-01", "--sex", "male"], "2999-01 is in the future"),
        (["--birth", "1975-03", "--sex", "female"], "For a woman the category is needed"),
        (["--birth", "1975-03", "--sex", "female", "--category", "boss"], "boss is not a retirement category"),
        (["--birth", "1975-03", "--sex", "other"], "other is not a sex"),
        (["--birth", "1975-03", "--sex", "male", "--category", "cadre"], "only asked for a woman"),  # a mistyped sex?
        (["--sex", "male"], "--birth"),
        (["--birth", "1975-03", "--sex", "male", "--json", "--category"], "--category"),
    ],
)
def test_retirement_bad_input_is_one_line_and_exit_2(args, words, office):
    out = run("retirement", *args, "--lang", "en", data_dir=office)
    assert out.returncode == 2 and out.stdout == ""
    assert len(out.stderr.strip().splitlines()) == 1 and words in out.stderr and "Traceback" not in out.stderr


def test_pension_records_a_womans_category_and_refuses_a_bad_one(tmp_path):
    she = make_id(date(1975, 3, 8), "320505", 22)
    run("person", "add", "--name", "王芳", "--id-number", she, "--region", "苏州市", data_dir=tmp_path)
    run("pension", "add", "--person", she, "--from", "1995-01", "--base", "5000", data_dir=tmp_path)
    report = json.loads(run("pension", "--person", she, "--json", data_dir=tmp_path).stdout)
    assert report["category"] is None and report["projection"] is None
    bad = run("pension", "--person", she, "--category", "boss", "--lang", "en", data_dir=tmp_path)
    assert bad.returncode == 2 and "boss is not a retirement category" in bad.stderr
    out = run("pension", "--person", she, "--category", "worker", "--as-of", "2024-12", "--json", data_dir=tmp_path)
    report = json.loads(out.stdout)
    assert report["category"] == "worker" and report["retirement"]["retirement_month"] == "2025-05"
    assert report["projection"]["divisor"] == round(195 - 5 * 2 / 12, 1)


def test_retirement_follows_an_offices_imported_rules(tmp_path):
    shipped = json.loads((Path(__file__).resolve().parents[2] / "resources" / "pension.json").read_text("utf-8"))
    shipped["minimum_years"]["base_until"] = 2035
    (tmp_path / "rules.json").write_text(json.dumps(shipped, ensure_ascii=False), "utf-8")
    assert run("pension", "import", str(tmp_path / "rules.json"), data_dir=tmp_path / "d").returncode == 0
    data = json.loads(retirement("--birth", "1969-05", "--sex", "male", data_dir=tmp_path / "d").stdout)
    assert (data["retirement_month"], data["minimum_years"]) == ("2030-07", 15.0)
    bad = tmp_path / "bad.json"
    bad.write_text('{"retirement": {}}', "utf-8")
    out = run("pension", "import", str(bad), "--lang", "en", data_dir=tmp_path / "d")
    assert out.returncode == 2 and "is invalid" in out.stderr and len(out.stderr.splitlines()) == 1


def test_a_deeply_nested_json_file_is_bad_input_not_a_traceback(tmp_path):
    """A hostile policy file nested deeper than the JSON parser's recursion limit."""
    for name, text in (("objects.json", '{"a":' * 100_000 + "1" + "}" * 100_000), ("arrays.json", "[" * 100_000)):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        for command in (("pension", "import"), ("regions", "import")):
            out = run(*command, str(path), "--lang", "en", data_dir=tmp_path / "d")
            assert out.returncode == 2 and "Traceback" not in out.stderr, (command, out.stderr[-300:])
            assert len(out.stderr.strip().splitlines()) == 1 and out.stdout == ""


def test_export_headers_follow_lang_and_both_import(tmp_path):
    """Export headers in the UI language: 姓名,身份证号码 … with --lang zh_CN, the column keys with --lang en."""
    source = tmp_path / "office"
    assert (
        run("person", "add", "--name", "张伟", "--id-number", OWNER, "--region", "苏州市", data_dir=source).returncode
        == 0
    )
    for lang, first in (("zh_CN", "姓名,身份证号码,统筹区"), ("en", "name,id_number,region")):
        out = tmp_path / f"{lang}.csv"
        assert run("export", str(out), "--full-ids", "--lang", lang, data_dir=source).returncode == 0
        assert out.read_text(encoding="utf-8-sig").startswith(first)
        imported = run("import", str(out), "--lang", "en", data_dir=tmp_path / f"other-{lang}")
        assert imported.returncode == 0 and "Imported 1 people" in imported.stdout, imported.stderr


FOREIGN_ID = "931156198503120016"  # a 2023 外国人永久居留身份证: first digit 9


@pytest.mark.parametrize(
    "lang, kind, note",
    [
        ("en", "foreign permanent resident ID", "no region, birth date or sex is read"),
        ("zh_CN", "外国人永久居留身份证", "不据此推断地区"),
    ],
)
def test_idcheck_accepts_a_foreign_permanent_resident_id_and_names_its_kind(lang, kind, note):
    out = run("idcheck", FOREIGN_ID, "--lang", lang)
    assert out.returncode == 0, out.stderr
    assert kind in out.stdout and note in out.stdout
    out = run("idcheck", FOREIGN_ID, "--json", "--lang", lang)
    [result] = json.loads(out.stdout)
    assert (result["valid"], result["kind"], result["kind_label"]) == (True, "foreign_permanent", kind)
    assert (result["province"], result["division"], result["birth_date"]) == (None, None, None)
    assert note in result["not_read"] and "国家移民管理局" in result["kind_source"]


def test_a_person_from_a_split_division_code_must_have_a_region_chosen(tmp_path):
    number = make_id(date(1970, 1, 1), "341400", 11)  # the old 巢湖: split in 2011
    out = run(
        "person",
        "add",
        "--name",
        "王五",
        "--id-number",
        number,
        "--insurance",
        "employee",
        "--lang",
        "en",
        data_dir=tmp_path,
    )
    assert out.returncode == 2 and out.stdout == ""
    assert "341400" in out.stderr and "合肥市、芜湖市、马鞍山市" in out.stderr and "国函〔2011〕84号" in out.stderr
    out = run(
        "person",
        "add",
        "--name",
        "王五",
        "--id-number",
        number,
        "--insurance",
        "employee",
        "--region",
        "芜湖市",
        data_dir=tmp_path,
    )
    assert out.returncode == 0, out.stderr


@pytest.mark.parametrize(
    "lang, rule, way",
    [
        (
            "en",
            "the member must be in basic medical insurance",
            "the owner's personal account may pay that contribution",
        ),
        ("zh_CN", "被共济人须参加基本医疗保险", "个人缴费可由共济人的个人账户代缴"),
    ],
)
def test_eligibility_of_an_uninsured_member_says_the_rule_and_the_way_forward(tmp_path, lang, rule, way):
    out = run(
        "eligibility",
        "--owner-region",
        "苏州市",
        "--member-region",
        "苏州市",
        "--relation",
        "spouse",
        "--member-insurance",
        "none",
        "--channel",
        "window",
        "--lang",
        lang,
        data_dir=tmp_path,
    )
    assert out.returncode == 1, out.stderr
    [line] = [x for x in out.stdout.splitlines() if x.startswith(" ✗")]
    assert rule in line and way in line and "国办发〔2024〕38号" in line and "news.ifeng.com" in line


@pytest.mark.parametrize(
    "lang, says, names",
    [
        ("en", "does not set up 家庭共济", ("personal web self-service", "service window at a branch", "医保钱包")),
        ("zh_CN", "不办理家庭共济", ("社会保险服务个人网页", "社保分局服务窗口", "医保钱包")),
    ],
)
def test_eligibility_through_the_ecard_qinqing_service_is_never_can_share(tmp_path, lang, says, names):
    """The 亲情服务 is for a relative's own e-card; asked whether it can share,
    the answer is no, with the channels that do set up 家庭共济."""
    out = run(
        "eligibility",
        "--owner-region",
        "苏州市",
        "--member-region",
        "苏州市",
        "--relation",
        "spouse",
        "--channel",
        "ecard",
        "--lang",
        lang,
        data_dir=tmp_path,
    )
    assert out.returncode == 1, out.stderr
    first, second = out.stdout.splitlines()[:2]
    assert first.startswith(("May not share: ", "不能共济：")) and says in first
    assert second.startswith(" ✗") and says in second and all(n in second for n in names)
    answer = json.loads(
        run(
            "eligibility",
            "--owner-region",
            "苏州市",
            "--member-region",
            "苏州市",
            "--relation",
            "spouse",
            "--channel",
            "ecard",
            "--json",
            data_dir=tmp_path,
        ).stdout
    )
    assert answer["allowed"] is False and answer["verdict"] == "refused"
    assert answer["checks"][0]["code"] == "elig.channel_no_sharing"


@pytest.mark.parametrize(
    "lang, gap, refused",
    [
        ("en", "Can share once the items below are done: ", "May not share: The owner has no 职工医保"),
        ("zh_CN", "补齐以下事项后可以共济：", "不能共济：共济人未参加职工医保"),
    ],
)
def test_eligibility_tells_a_gap_to_fill_from_a_rule_that_refuses(tmp_path, lang, gap, refused):
    """The CLI's first line is the window's headline: a missing card number is something to do."""
    member = make_id(date(1982, 3, 4), seq=77)
    added = run("person", "add", "--name", "赵强", "--id-number", member, "--region", "苏州市", data_dir=tmp_path)
    assert added.returncode == 0, added.stderr  # on record with no card number
    ask = ["eligibility", "--owner-region", "苏州市", "--member", member, "--relation", "spouse"]
    out = run(*ask, "--channel", "window", "--lang", lang, data_dir=tmp_path)
    assert out.returncode == 1, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0].startswith(gap) and not [x for x in lines if x.startswith(" ✗")]
    answer = json.loads(run(*ask, "--channel", "window", "--json", data_dir=tmp_path).stdout)
    assert answer["verdict"] == "incomplete" and [c["code"] for c in answer["checks"] if c["gap"]] == [
        "elig.identifier_missing"
    ]
    out = run(*ask, "--channel", "window", "--owner-insurance", "resident", "--lang", lang, data_dir=tmp_path)
    first = out.stdout.splitlines()[0]
    assert out.returncode == 1 and first.startswith(refused), out.stdout
    assert "2021-04-13" in first and "国办发〔2021〕14号" in first
    assert any(x.startswith(" ! ") and ("card number" in x or "社保卡号" in x) for x in out.stdout.splitlines())


@pytest.mark.parametrize(
    "lang, says",
    [("en", "the member is 26.1 years older than the owner"), ("zh_CN", "被共济人比共济人年长26.1岁")],
)
def test_eligibility_says_an_age_gap_in_plain_words(tmp_path, lang, says):
    out = run(
        "eligibility",
        "--owner-region",
        "苏州市",
        "--member-region",
        "苏州市",
        "--relation",
        "child",
        "--owner-birth",
        "1980-01-01",
        "--member-birth",
        "1953-11-24",
        "--lang",
        lang,
        data_dir=tmp_path,
    )
    assert out.returncode == 1, out.stderr
    [line] = [x for x in out.stdout.splitlines() if x.startswith(" ✗")]
    assert says in line and "负数" not in line and "negative" not in line and "-26" not in line


@pytest.mark.parametrize(
    "lang, says",
    [
        ("en", "Not bound yet; can share once the items below are done: This channel needs"),
        ("zh_CN", "尚未绑定，补齐以下事项后可以共济： 该渠道需要被共济人的社保卡号"),
    ],
)
def test_bind_with_a_missing_card_number_is_not_called_refused(tmp_path, lang, says):
    owner, member = make_id(date(1978, 3, 4), seq=15), make_id(date(1982, 3, 4), seq=77)
    for name, number, insurance in (("张伟", owner, "employee"), ("赵强", member, "resident")):
        added = run(
            "person",
            "add",
            "--name",
            name,
            "--id-number",
            number,
            "--region",
            "苏州市",
            "--insurance",
            insurance,
            data_dir=tmp_path,
        )
        assert added.returncode == 0, added.stderr
    ask = ("bind", "--owner", owner, "--member", member, "--relation", "spouse", "--channel", "window")
    out = run(*ask, "--lang", lang, data_dir=tmp_path)
    assert out.returncode == 1 and out.stderr.strip().startswith(says), out.stderr
    assert "Refused" not in out.stderr and "不予办理" not in out.stderr
    assert json.loads(run("bindings", "--json", data_dir=tmp_path).stdout) == []  # nothing written
