"""`sbdesk person list` streams its rows (a million people held 4.1 GB as one list) and prints
exactly what it printed when it built the whole list first."""

import json
from datetime import date

import pytest

from sbdesk import cli
from sbdesk.cli.common import person_json, person_line
from sbdesk.services import people
from sbdesk.services.desk import open_desk
from tests.conftest import make_id

NAMES = ["张伟", "李娜", "王秀英", 'Anna "A" O\'Neil', "赵\\六"]


@pytest.fixture
def office(tmp_path):
    folder = tmp_path / "office"
    desk = open_desk(folder, operator="t")
    for i, name in enumerate(NAMES):
        people.add(
            desk,
            name=name,
            id_number=make_id(date(1970 + i, 1 + i, 1 + i), "510104", 11 + i),
            region="成都市",
            card_number=f"A{i:08d}" if i % 2 else None,
        )
    made = people.search(desk, "", 100)
    desk.close()
    return folder, made


def listing(capsys, *args):
    assert cli.main(["person", "list", *args]) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("search", ["", "张", "5101", "无此人"])
def test_the_streamed_listing_is_the_old_listing(office, capsys, search):
    folder, made = office
    found = [p for p in made if not search or p.name.startswith(search) or p.id_number.startswith(search)]
    old_json = json.dumps([person_json(p) for p in found], ensure_ascii=False, indent=2) + "\n"
    assert listing(capsys, "--json", "--search", search, "--data-dir", str(folder)) == old_json
    old_text = "\n".join(person_line(p) for p in found) + "\n"
    assert listing(capsys, "--search", search, "--data-dir", str(folder)) == old_text


def test_the_limit_still_holds(office, capsys):
    folder, made = office
    assert len(json.loads(listing(capsys, "--json", "--limit", "2", "--data-dir", str(folder)))) == 2
