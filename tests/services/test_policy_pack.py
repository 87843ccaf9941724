"""An office's policy pack: signed, checked whole, stored in the database (both engines), in
use on every desk, audited; every refusal leaves everything as it was."""

from __future__ import annotations

import io
import zipfile

import pytest

from sbdesk.services import channels, pack_format, policy_pack
from sbdesk.services import edition as edition_service
from sbdesk.services.desk import installed_pack, open_desk, use_pack
from sbdesk.services.errors import InputError
from sbdesk.store import audit, overrides
from tests.conftest import TODAY
from tests.packs import keypair, make_pack, shipped_files, with_channel_name


@pytest.fixture(autouse=True)
def no_pack_left():
    yield
    use_pack(None, {})  # the process's pack in use: the next test starts from the shipped files


@pytest.fixture
def office_key(desk, tmp_path):
    private, public = keypair(tmp_path)
    policy_pack.trust_key(desk, public)
    return private


def refusal(desk, path) -> str:
    before = len(audit.entries(desk.conn, limit=10_000))
    with pytest.raises(InputError) as caught:
        policy_pack.install(desk, path)
    assert installed_pack(desk.conn) is None and len(audit.entries(desk.conn, limit=10_000)) == before
    return caught.value.problems[0][1].code


def test_a_signed_pack_is_installed_used_and_audited(desk, office_key, tmp_path, data_dir, engine):
    pack = make_pack(tmp_path, office_key, files=with_channel_name(shipped_files(), "web", "网厅（新）"))
    edition = policy_pack.install(desk, pack)
    assert edition.edition.isoformat() == "2027-03-31" and edition_service.in_use(desk).publisher == "某市医保经办中心"
    assert channels.get("web").label.pick("zh_CN") == "网厅（新）"  # the pack's file answers now
    row = audit.entries(desk.conn, limit=1)[0]
    assert row["action"] == "policy.pack_install" and row["operator"] == desk.operator
    assert row["detail"]["edition"] == "2027-03-31"
    use_pack(None, {})  # as a new process: another desk of the branch opens the same data
    other = open_desk(data_dir, operator="second", today=lambda: TODAY, database=engine)
    try:
        assert channels.get("web").label.pick("zh_CN") == "网厅（新）"
        assert edition_service.in_use(other).edition.isoformat() == "2027-03-31"
    finally:
        other.close()


def test_the_trusted_key_is_audited(desk, office_key):
    row = audit.entries(desk.conn, limit=1)[0]
    assert row["action"] == "policy.trust_key" and row["operator"] == desk.operator


def test_a_key_trusted_twice_is_refused(desk, tmp_path):
    _, public = keypair(tmp_path)
    policy_pack.trust_key(desk, public)
    with pytest.raises(InputError) as caught:
        policy_pack.trust_key(desk, public)
    assert caught.value.problems[0][1].code == "pack.key_known"


def test_a_file_that_is_no_key_is_refused(desk, tmp_path):
    bad = tmp_path / "key.pem"
    bad.write_text("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n", encoding="ascii")
    with pytest.raises(InputError) as caught:
        policy_pack.trust_key(desk, bad)
    assert caught.value.problems[0][1].code == "pack.key_unreadable" and not overrides.get(desk.conn, "pack_keys")


def test_an_unknown_key_is_refused(desk, tmp_path):
    private, _ = keypair(tmp_path, "stranger")
    assert refusal(desk, make_pack(tmp_path, private)) == "pack.unknown_key"


def rewrite(path, change) -> None:
    """The pack with its members changed by ``change(members)``, signature kept."""
    with zipfile.ZipFile(path) as archive:
        members = {i.filename: archive.read(i) for i in archive.infolist()}
    change(members)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    path.write_bytes(out.getvalue())


def test_a_tampered_file_is_refused(desk, office_key, tmp_path):
    pack = make_pack(tmp_path, office_key)
    rewrite(pack, lambda m: m.update({"policy.json": m["policy.json"].replace(b"spouse", b"friend", 1)}))
    assert refusal(desk, pack) == "pack.file_changed"


def test_a_tampered_manifest_is_refused(desk, office_key, tmp_path):
    pack = make_pack(tmp_path, office_key)
    rewrite(pack, lambda m: m.update({"manifest.json": m["manifest.json"].replace(b"2027-03-31", b"2099-03-31")}))
    assert refusal(desk, pack) == "pack.bad_signature"


def test_an_older_or_equal_edition_is_refused(desk, office_key, tmp_path):
    assert refusal(desk, make_pack(tmp_path, office_key, edition="2025-01-01")) == "pack.not_newer"  # than shipped
    policy_pack.install(desk, make_pack(tmp_path, office_key, edition="2027-03-31"))
    with pytest.raises(InputError) as caught:
        policy_pack.install(desk, make_pack(tmp_path, office_key, edition="2027-03-31", name="again.sbpack"))
    assert caught.value.problems[0][1].code == "pack.not_newer"
    assert installed_pack(desk.conn).edition.isoformat() == "2027-03-31"


def test_a_rule_file_that_does_not_validate_is_refused(desk, office_key, tmp_path):
    files = {**shipped_files(), "pension.json": b'{"retirement": 1}'}
    assert refusal(desk, make_pack(tmp_path, office_key, files=files)) == "policy.invalid"


def test_a_missing_or_extra_file_is_refused(desk, office_key, tmp_path):
    files = shipped_files()
    del files["card_activation.json"]
    assert refusal(desk, make_pack(tmp_path, office_key, files=files)) == "pack.missing"
    files = {**shipped_files(), "extra.json": b"{}"}
    assert refusal(desk, make_pack(tmp_path, office_key, files=files, name="extra.sbpack")) == "pack.extra"


def test_a_path_with_dots_is_refused(desk, office_key, tmp_path):
    pack = make_pack(tmp_path, office_key)
    rewrite(pack, lambda m: m.update({"../policy.json": b"{}"}))
    assert refusal(desk, pack) == "pack.bad_name"


def test_a_zip_bomb_is_refused_before_it_is_inflated(desk, office_key, tmp_path):
    pack = make_pack(tmp_path, office_key)
    bomb = b"\0" * (pack_format.MAX_MEMBER_BYTES + 1)  # a few tens of kB compressed
    rewrite(pack, lambda m: m.update({"policy.json": bomb}))
    assert pack.stat().st_size < 1024 * 1024
    assert refusal(desk, pack) == "pack.too_large"


def test_too_many_members_are_refused(desk, office_key, tmp_path):
    pack = make_pack(tmp_path, office_key)
    rewrite(pack, lambda m: m.update({f"x{i}.json": b"{}" for i in range(pack_format.MAX_MEMBERS)}))
    assert refusal(desk, pack) == "pack.too_large"


def test_a_file_that_is_no_zip_is_refused(desk, tmp_path):
    path = tmp_path / "update.sbpack"
    path.write_bytes(b"PK\x03\x04 not really")
    assert refusal(desk, path) == "import.unreadable"


def test_the_shipped_publisher_key_is_trusted(desk):
    keys = policy_pack.trusted_keys(desk)
    assert len(keys) == 1 and next(iter(policy_pack.shipped_keys().values())) == "publisher.pem"


def test_stale_after_the_months_in_the_manifest(desk):
    shipped = edition_service.in_use(desk)
    assert edition_service.stale_after(desk) == 6
    desk.today = lambda: shipped.edition.replace(year=shipped.edition.year + 1)
    assert edition_service.stale(desk) is not None
    desk.today = lambda: shipped.edition
    assert edition_service.stale(desk) is None


def test_a_member_larger_than_its_declared_size_is_refused(desk, office_key, tmp_path):
    """A zip that understates a member's size: zipfile stops at the stated size, and the CRC fails."""
    import struct

    pack = make_pack(tmp_path, office_key)
    raw = bytearray(pack.read_bytes())
    at = raw.find(b"PK\x01\x02")
    while at != -1:  # the central directory's entry for policy.json says 10 bytes
        length = struct.unpack("<H", raw[at + 28 : at + 30])[0]
        if raw[at + 46 : at + 46 + length] == b"policy.json":
            raw[at + 24 : at + 28] = struct.pack("<I", 10)
        at = raw.find(b"PK\x01\x02", at + 4)
    pack.write_bytes(bytes(raw))
    assert refusal(desk, pack) == "import.unreadable"


def test_a_large_file_is_no_key(desk, tmp_path):
    big = tmp_path / "big.pem"
    big.write_bytes(b"-" * (policy_pack.MAX_KEY_BYTES + 1))
    with pytest.raises(InputError) as caught:
        policy_pack.trust_key(desk, big)
    assert caught.value.problems[0][1].code == "pack.key_unreadable"


def test_a_new_data_folder_opened_after_one_with_a_pack_gets_the_shipped_catalogue(desk, office_key, tmp_path, engine):
    import json as _json

    from tests.packs import RESOURCES

    regions = _json.loads((RESOURCES / "regions.json").read_text(encoding="utf-8"))
    regions["regions"] = [r for r in regions["regions"] if r["code"] != "110000"]  # a pack without 北京市
    files = {**shipped_files(), "regions.json": _json.dumps(regions, ensure_ascii=False).encode("utf-8")}
    policy_pack.install(desk, make_pack(tmp_path, office_key, files=files))
    if engine:
        pytest.skip("a second server database is another test's business")
    fresh = open_desk(tmp_path / "fresh", operator="t", today=lambda: TODAY)
    try:
        assert fresh.catalogue.get("110000") is not None and edition_service.in_use(fresh).publisher == "sbdesk 项目组"
    finally:
        fresh.close()


def test_a_damaged_stored_manifest_leaves_the_shipped_files_in_use(desk, office_key, tmp_path, data_dir, engine):
    from sbdesk.store import db

    policy_pack.install(desk, make_pack(tmp_path, office_key))
    with db.transaction(desk.conn):
        overrides.put(desk.conn, "pack", {"edition": "not a date"}, "hand edit", "2026-11-25T00:00:00+08:00")
    other = open_desk(data_dir, operator="second", today=lambda: TODAY, database=engine)
    try:
        assert edition_service.in_use(other).publisher == "sbdesk 项目组"
    finally:
        other.close()
