"""Office updates from real JSON and CSV files: all or nothing, audited."""

import json
from datetime import date

import pytest

from sbdesk.services import binding, people, policy_import
from sbdesk.services.errors import InputError
from sbdesk.store import audit
from tests.conftest import database_of, make_id


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_later_batch_from_csv_opens_new_regions(desk, tmp_path):
    owner = people.add(desk, name="张伟", id_number=make_id(date(1978, 3, 4), "320505", 15), region="苏州市")
    member = people.add(
        desk, name="王芳", id_number=make_id(date(1980, 1, 1), "330106", 24), region="杭州市", insurance="resident"
    )
    assert not binding.evaluate(desk, owner, member, "spouse", "wallet").allowed
    path = write(
        tmp_path,
        "batch2.csv",
        "code,name,province,level,batch,batch_name,opened_on,source\n"
        "330100,杭州市,浙江省,city,second,第二批,2026-06-01,office letter 12\n"
        "330200,宁波市,浙江省,city,second,第二批,2026-06-01,office letter 12\n",
    )
    result = policy_import.import_file(desk, path)
    assert (result.kind, result.added, result.updated, result.batches) == ("regions", 0, 2, 1)
    assert desk.catalogue.get("330200").opened_on == date(2026, 6, 1)
    assert binding.evaluate(desk, owner, member, "spouse", "wallet").allowed
    [entry] = [e for e in audit.entries(desk.conn) if e["action"] == "regions.import"]
    assert entry["detail"]["file"] == "batch2.csv" and len(entry["detail"]["sha256"]) == 64


def test_a_file_with_bad_rows_changes_nothing_and_lists_every_row(desk, tmp_path):
    before = [(r.code, r.batch) for r in desk.catalogue.regions]
    audit_before = len(audit.entries(desk.conn, limit=10000))
    path = write(
        tmp_path,
        "bad.csv",
        "code,name,province,batch,opened_on\n"
        "330100,杭州市,浙江省,second,2026-06-01\n"
        "330200,宁波市,火星省,second,2026-06-01\n"
        "330100,杭州市,浙江省,second,2026-06-01\n"
        "330300,温州市,浙江省,third,2026-13-01\n",
    )
    with pytest.raises(InputError) as err:
        policy_import.import_file(desk, path)
    assert list(err.value.messages()) == [
        "Row 5: 2026-13-01 is not a date in the form YYYY-MM-DD.",
        "Row 3: 火星省 is not a province.",
        "Row 4: code 330100 already appeared on row 2.",
        "Row 5: batch third is neither in the file nor on record.",
    ]  # its date was bad, so it is not known
    desk.catalogue_changed()
    assert [(r.code, r.batch) for r in desk.catalogue.regions] == before
    assert len(audit.entries(desk.conn, limit=10000)) == audit_before


def test_a_relationship_policy_widens_a_province(desk, tmp_path):
    owner = people.add(desk, name="张伟", id_number=make_id(date(1978, 3, 4), "320505", 15), region="苏州市")
    sister = people.add(
        desk, name="张丽", id_number=make_id(date(1982, 1, 1), "320505", 26), region="苏州市", insurance="resident"
    )
    assert binding.evaluate(desk, owner, sister, "sibling", "wallet").allowed  # all 近亲属 since 2024-07
    path = write(
        tmp_path,
        "policy.json",
        json.dumps(  # an office's narrower local rule
            {"relations": {"provinces": {"江苏省": ["spouse", "parent", "child"]}}}, ensure_ascii=False
        ),
    )
    assert policy_import.import_file(desk, path).provinces == 1
    assert not binding.evaluate(desk, owner, sister, "sibling", "wallet").allowed
    desk.close()
    from sbdesk.services.desk import open_desk

    again = open_desk(desk.data_dir, operator="tester", database=database_of(desk))  # kept with the data
    assert "sibling" not in again.policy.allowed_relations("江苏省")
    assert "sibling" in again.policy.allowed_relations("四川省")
    again.close()


def test_unreadable_or_unknown_files_say_so(desk, tmp_path):
    with pytest.raises(InputError) as err:
        policy_import.import_file(desk, tmp_path / "missing.csv")
    assert err.value.problems[0][1].code == "import.unreadable"
    with pytest.raises(InputError) as err:
        policy_import.import_file(desk, write(tmp_path, "x.json", "{not json"))
    assert err.value.problems[0][1].code == "import.unreadable"
    with pytest.raises(InputError) as err:
        policy_import.import_file(desk, write(tmp_path, "x.csv", "a,b\n1,2\n"))
    assert err.value.problems[0][1].code == "import.unknown_kind"


def test_gb18030_csv_from_a_chinese_spreadsheet(desk, tmp_path):
    path = tmp_path / "gbk.csv"
    path.write_bytes("code,name,province\n330100,杭州市,浙江省\n".encode("gb18030"))
    assert policy_import.import_file(desk, path).updated == 1


def test_a_list_without_batches_keeps_openings_and_a_dash_clears_one(desk, tmp_path):
    assert desk.catalogue.get("510100").opened_on is not None
    policy_import.import_file(desk, write(tmp_path, "names.csv", "code,name,province\n510100,成都市,四川省\n"))
    assert desk.catalogue.get("510100").opened_on is not None  # a renaming list does not close a region
    policy_import.import_file(desk, write(tmp_path, "close.csv", "code,name,province,batch\n510100,成都市,四川省,-\n"))
    assert desk.catalogue.get("510100").opened_on is None


@pytest.mark.parametrize(
    "text",
    ['[{"code": "510100"}]', '{"relations": {"provinces": ["浙江省"]}}', '{"regions": {"code": 1}}', '"just a string"'],
)
def test_json_of_the_wrong_shape_is_refused_in_one_sentence(desk, tmp_path, text):
    with pytest.raises(InputError) as err:
        policy_import.import_file(desk, write(tmp_path, "odd.json", text))
    assert [p.code for _, p in err.value.problems] == ["import.unknown_kind"]


def test_markup_in_a_region_file_is_refused_and_changes_nothing(desk, tmp_path):
    """Qt renders a label's text as HTML when it looks like markup: a region named
    <img src=...> made the window open the file it names (the live database too)."""
    before = [(r.code, r.name) for r in desk.catalogue.regions]
    path = write(tmp_path, "r.csv", 'code,name,province\n330100,<img src="sbdesk.db">杭州市,浙江省\n')
    with pytest.raises(InputError) as caught:
        policy_import.import_file(desk, path)
    assert "Row 2: name cannot contain < or >." in str(caught.value)
    assert [(r.code, r.name) for r in desk.catalogue.regions] == before
