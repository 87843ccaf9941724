"""People and bindings in and out as CSV and XLSX: validated whole, written whole."""

import csv
import os
import stat
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sbdesk.services import binding, exchange, people
from sbdesk.services.errors import InputError
from sbdesk.store import audit
from tests.conftest import make_id

OWNER = make_id(date(1978, 3, 4), "320505", 15)
WIFE = make_id(date(1980, 7, 9), "510104", 24)


def write_csv(path, header, rows, encoding="utf-8"):
    with path.open("w", encoding=encoding, newline="") as fh:
        out = csv.writer(fh)
        out.writerow(header)
        out.writerows(rows)
    return path


def people_rows(n, start=0):
    return [
        [
            f"人{i}",
            make_id(date(1970 + i % 40, 1 + i % 12, 1 + i % 28), "510104", i % 1000),
            "成都市",
            "resident",
            f"Z{i:08d}",
            "",
        ]
        for i in range(start, start + n)
    ]


def test_people_round_trip_through_csv_and_xlsx(desk, tmp_path):
    src = write_csv(tmp_path / "in.csv", exchange.PEOPLE_COLUMNS, people_rows(50))
    assert exchange.import_file(desk, src).rows == 50
    assert people.count(desk) == 50
    for name in ("out.csv", "out.xlsx"):
        assert exchange.export_file(desk, tmp_path / name, full_ids=True) == 50
        assert stat.S_IMODE(os.stat(tmp_path / name).st_mode) == 0o600
    from sbdesk.services.desk import open_desk

    for name in ("out.csv", "out.xlsx"):
        other = open_desk(tmp_path / f"office-{name}", operator="t")
        assert exchange.import_file(other, tmp_path / name).rows == 50
        assert {p.id_number for p in people.search(other, "", 100)} == {
            p.id_number for p in people.search(desk, "", 100)
        }
        other.close()


def test_masked_export_hides_numbers(desk, tmp_path):
    people.add(desk, name="张伟", id_number=OWNER, region="苏州市")
    exchange.export_file(desk, tmp_path / "m.csv")  # masked unless full numbers are chosen
    text = (tmp_path / "m.csv").read_text(encoding="utf-8-sig")
    assert OWNER not in text and OWNER[:6] + "********" + OWNER[-4:] in text


def test_every_bad_row_is_listed_and_nothing_is_written(desk, tmp_path):
    people.add(desk, name="张伟", id_number=OWNER, region="苏州市", card_number="A10000001")
    good = people_rows(3)
    bad_check = good[0][1][:-1] + ("1" if good[0][1][-1] != "1" else "2")
    rows = good + [
        ["坏", bad_check, "成都市", "resident", "", ""],  # row 5: check digit
        ["", make_id(date(1990, 1, 1), "510104", 900), "火星市", "resident", "", ""],  # row 6
        ["重复", good[1][1], "成都市", "resident", "", ""],  # row 7: same ID as row 3
        ["张伟", OWNER, "苏州市", "employee", "", ""],  # row 8: on record
        ["卡", make_id(date(1991, 1, 1), "510104", 901), "成都市", "resident", "A10000001", ""],
    ]
    path = write_csv(tmp_path / "bad.csv", exchange.PEOPLE_COLUMNS, rows)
    with pytest.raises(InputError) as err:
        exchange.import_file(desk, path)
    messages = err.value.messages()
    assert messages[0].startswith("Row 5: The last character should be")
    assert "Row 6: The name is empty." in messages and any(
        m.startswith("Row 6: No 统筹区 is called 火星市. The closest names:") for m in messages
    )
    assert any(m.startswith("Row 7:") and "already appears on row 3" in m for m in messages)
    assert any(m.startswith("Row 8:") and "already on record" in m for m in messages)
    assert "Row 9: Card number A10000001 already belongs to 张伟." in messages
    assert people.count(desk) == 1


def test_chinese_headers_gb18030_and_missing_columns(desk, tmp_path):
    path = write_csv(
        tmp_path / "gbk.csv",
        ["姓名", "身份证号码", "统筹区", "参保类型"],
        [["李娜", WIFE, "成都市", "城乡居民医保"]],
        encoding="gb18030",
    )
    exchange.import_file(desk, path)
    assert people.find(desk, WIFE).insurance == "resident"
    with pytest.raises(InputError) as err:
        exchange.import_file(desk, write_csv(tmp_path / "cols.csv", ["name", "phone"], [["x", "1"]]))
    assert err.value.problems[0][1].code == "exchange.columns"
    (tmp_path / "x.bin").write_bytes(b"\x00\x01\x02binary")
    with pytest.raises(InputError):
        exchange.import_file(desk, tmp_path / "x.bin")


def test_bindings_are_checked_against_the_rules(desk, tmp_path):
    people.add(desk, name="张伟", id_number=OWNER, region="苏州市")
    people.add(desk, name="李娜", id_number=WIFE, region="南京市", insurance="resident", card_number="B20000002")
    other = make_id(date(1975, 1, 1), "320505", 77)
    people.add(desk, name="王强", id_number=other, region="苏州市")
    path = write_csv(
        tmp_path / "b.csv",
        exchange.BINDING_COLUMNS,
        [[OWNER, WIFE, "spouse", "window", "2026-03-01"], [other, WIFE, "sibling", "web", "2026-03-02"]],
    )
    with pytest.raises(InputError) as err:
        exchange.import_file(desk, path)
    assert any(m.startswith("Row 3:") for m in err.value.messages())
    assert binding.listing(desk) == []
    path = write_csv(tmp_path / "b2.csv", exchange.BINDING_COLUMNS, [[OWNER, WIFE, "配偶", "window", "2026-03-01"]])
    assert exchange.import_file(desk, path).rows == 1
    [b] = binding.listing(desk)
    assert (b.owner_name, b.member_name, b.bound_on) == ("张伟", "李娜", date(2026, 3, 1))
    assert [(k, p.name) for k, p in people.detail(desk, people.find(desk, WIFE).id).relatives] == [("spouse", "张伟")]


def test_a_bindings_file_names_people_as_person_list_prints_them(desk, tmp_path):
    """``#12`` in the owner and member columns, as `sbdesk person list` and the members tab show
    a person: the file that imported before the services took ids still imports."""
    owner = people.add(desk, name="张伟", id_number=OWNER, region="苏州市")
    wife = people.add(desk, name="李娜", id_number=WIFE, region="南京市", insurance="resident", card_number="B20000002")
    path = write_csv(
        tmp_path / "ids.csv", exchange.BINDING_COLUMNS, [[f"#{owner.id}", f" #{wife.id} ", "spouse", "window", ""]]
    )
    assert exchange.import_file(desk, path).rows == 1
    [b] = binding.listing(desk)
    assert (b.owner_name, b.member_name) == ("张伟", "李娜")
    path = write_csv(tmp_path / "gone.csv", exchange.BINDING_COLUMNS, [["#999", f"#{wife.id}", "spouse", "web", ""]])
    with pytest.raises(InputError) as err:
        exchange.import_file(desk, path)
    assert err.value.messages() == ["Row 2: No person #999 is on record."]


def test_a_cancelled_import_writes_nothing(desk, tmp_path):
    path = write_csv(tmp_path / "many.csv", exchange.PEOPLE_COLUMNS, people_rows(2500))
    seen = []
    with pytest.raises(exchange.ImportCancelled):
        exchange.import_file(
            desk, path, progress=lambda done, total: seen.append(done), cancelled=lambda: len(seen) >= 2
        )
    assert people.count(desk) == 0 and seen == [1000, 2000]


cell = st.text(st.characters(blacklist_categories=("Cs",)), max_size=24)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.lists(cell, min_size=0, max_size=7), min_size=1, max_size=6))
def test_any_import_rows_are_accepted_or_refused_with_messages(desk, tmp_path, rows):
    path = write_csv(tmp_path / "fuzz.csv", exchange.PEOPLE_COLUMNS, rows)
    before = people.count(desk)
    try:
        exchange.import_file(desk, path)
    except InputError as exc:
        assert exc.problems and all(m.strip() for m in exc.messages())
        assert people.count(desk) == before


@pytest.mark.sqlite_only("restore puts a file in place; a server is restored by its DBA with pg_restore")
def test_restore_never_leaves_an_empty_database_behind(desk, tmp_path, monkeypatch):
    from sbdesk.services import backup
    from sbdesk.store import db

    people.add(desk, name="张伟", id_number=OWNER, region="苏州市")
    copy = backup.backup(desk, tmp_path / "copy.db")
    folder = desk.data_dir
    desk.close()
    with pytest.raises(InputError):
        backup.restore(folder, folder / "sbdesk.db")  # the live file itself

    def disk_full(conn, dest):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(db, "backup", disk_full)  # keeping the current data aside fails
    with pytest.raises(OSError):
        backup.restore(folder, copy)
    assert backup.health(folder / "sbdesk.db").state == "ok"
    assert not list(folder.glob(".sbdesk-tmp-*")) and not list(folder.glob("backups/before-restore-*"))
    from sbdesk.services.desk import open_desk

    again = open_desk(folder, operator="t")
    assert people.find(again, OWNER).name == "张伟"
    assert [e["action"] for e in __import__("sbdesk.store.audit", fromlist=["x"]).entries(again.conn)][
        0
    ] == "backup.manual"
    again.close()


def test_a_folder_name_with_uri_characters_is_not_mistaken_for_damage(tmp_path):
    from sbdesk.services import backup
    from sbdesk.services.desk import open_desk

    folder = tmp_path / "office #1 ?50%"
    open_desk(folder, operator="t").close()
    assert backup.health(folder / "sbdesk.db").state == "ok"


def test_an_import_row_without_a_region_gets_the_one_its_id_number_suggests(desk, tmp_path):
    rows = [
        ["甲", make_id(date(1980, 1, 1), "430102", 1), "", "resident", "", ""],  # 长沙 芙蓉区
        ["乙", make_id(date(1980, 1, 1), "610113", 2), "", "resident", "", ""],  # 西安 雁塔区
        ["丙", make_id(date(1980, 1, 1), "340104", 3), "南京市", "resident", "", ""],
    ]  # moved: kept
    assert exchange.import_file(desk, write_csv(tmp_path / "p.csv", exchange.PEOPLE_COLUMNS, rows)).rows == 3
    assert [p.region_code for p in sorted(people.search(desk, "", 10), key=lambda p: p.id)] == [
        "430100",
        "610100",
        "320100",
    ]


def test_an_export_masks_id_numbers_unless_full_ones_are_chosen_which_is_logged(desk, tmp_path):
    owner = people.add(desk, name="张伟", id_number=OWNER, region="苏州市")
    member = people.add(desk, name="李娜", id_number=make_id(date(1980, 7, 9), "510104", 24), region="成都市")
    binding.bind(desk, owner.id, member.id, "spouse", "wallet")
    for kind in ("people", "bindings"):
        for name in (f"{kind}.csv", f"{kind}.xlsx"):
            exchange.export_file(desk, tmp_path / name, kind)
            _, rows, _, _ = exchange.open_table(tmp_path / name)
            cells = [c for row in rows for c in row]
            assert OWNER not in cells and OWNER[:6] + "********" + OWNER[-4:] in cells, name
    assert not [e for e in audit.entries(desk.conn, limit=1000) if e["action"] == "exchange.export_full_ids"]
    exchange.export_file(desk, tmp_path / "full.csv", "bindings", full_ids=True)
    assert OWNER in (tmp_path / "full.csv").read_text(encoding="utf-8-sig")
    [row] = [e for e in audit.entries(desk.conn, limit=1000) if e["action"] == "exchange.export_full_ids"]
    assert row["subject"] == "bindings"
    assert row["detail"] == {"file": str(tmp_path / "full.csv"), "rows": 1}
