"""The shipped 统筹区 catalogue is merged when the program brings a new one, and otherwise not
read at every open: hashing the 290 kB file loaded OpenSSL for it, 20 ms of a cold start."""

from __future__ import annotations

import json
import os
import shutil

import pytest

from sbdesk import paths
from sbdesk.services import desk as desk_module
from sbdesk.services.desk import open_desk
from sbdesk.store import audit


@pytest.fixture
def resources(tmp_path, monkeypatch):
    folder = tmp_path / "resources"
    shutil.copytree(paths.resource_dir(), folder)
    monkeypatch.setattr(paths, "resource_dir", lambda: folder)
    desk_module._SHIPPED.clear()
    yield folder
    desk_module._SHIPPED.clear()


def actions(desk) -> list[str]:
    return [e["action"] for e in audit.entries(desk.conn, limit=1000)]


def test_an_unchanged_file_is_not_hashed_again_and_a_new_one_is_merged(resources, tmp_path, monkeypatch):
    folder = tmp_path / "office"
    open_desk(folder, operator="t").close()  # seeds the catalogue
    real_edition = desk_module.regions_edition

    def refuse(*args):
        raise AssertionError("the unchanged catalogue file was read and hashed again")

    monkeypatch.setattr(desk_module, "regions_edition", refuse)
    desk = open_desk(folder, operator="t")
    assert actions(desk).count("regions.seed") == 1
    desk.close()

    doc = json.loads((resources / "regions.json").read_text(encoding="utf-8"))  # a program update
    doc["regions"].append({"code": "329901", "name": "测试新区", "province": "江苏省", "level": "city"})
    (resources / "regions.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    desk_module._SHIPPED.clear()
    monkeypatch.setattr(desk_module, "regions_edition", real_edition)
    desk = open_desk(folder, operator="t")
    assert desk.catalogue.get("329901").name == "测试新区"
    assert actions(desk)[0] == "regions.update"
    desk.close()


def test_the_same_file_under_a_new_time_is_checked_once_and_not_merged(resources, tmp_path):
    folder = tmp_path / "office"
    open_desk(folder, operator="t").close()
    stat = (resources / "regions.json").stat()
    os.utime(resources / "regions.json", ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))  # a reinstall
    desk = open_desk(folder, operator="t")
    assert "regions.update" not in actions(desk)  # same content: nothing merged, nothing audited
    assert (
        desk.conn.execute("SELECT edition FROM resource_editions WHERE name = 'regions.stamp'").fetchone()[0]
        == desk_module.regions_stamp()
    )
    desk.close()
