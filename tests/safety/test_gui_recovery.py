"""In the window, a missing or empty database is offered recovery."""

import pytest

from sbdesk import app
from sbdesk.services import backup
from sbdesk.services.desk import open_desk
from tests.safety.helpers import count, populate


@pytest.mark.parametrize("how", ["missing", "empty"])
def test_the_window_offers_the_newest_backup_for_a_missing_or_empty_database(qtbot, tmp_path, how):
    folder = tmp_path / "office"
    populate(folder, 3)
    desk = open_desk(folder, operator="t")
    made = backup.backup(desk, automatic=True)
    desk.close()
    for part in folder.glob("sbdesk.db*"):
        part.unlink()
    if how == "empty":
        (folder / "sbdesk.db").write_bytes(b"")
    asked = []
    assert app.open_or_recover(folder, lambda text: asked.append(text) or True) is None
    assert made.name in asked[0]
    assert count(folder) == 3
    if how == "empty":
        assert list(folder.glob("sbdesk.db.damaged-*"))  # the empty file is kept, renamed


def test_damage_found_by_the_background_check_stops_writes(qtbot, tmp_path):
    from sbdesk.store import db
    from tests.ui.test_startup import corrupted_copies

    folder = corrupted_copies(tmp_path)["random"]
    assert backup.integrity(folder).state == "corrupt"
    assert (folder / "sbdesk.db.damaged").exists()
    with pytest.raises(db.StoreError):
        desk = open_desk(folder, operator="t")
        from sbdesk.services import people

        people.add(desk, name="王五", id_number="11010519491231002X", region="成都市")
