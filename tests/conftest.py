"""Shared fixtures: every test gets its own data folder and a fixed 'today'."""

from __future__ import annotations

import os
import sys
from datetime import date

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sbdesk.domain.idnumber import check_char
from sbdesk.services.desk import open_desk
from tests.bundle import bundle  # noqa: F401 - the session's one PyInstaller bundle, shared

TODAY = date(2026, 11, 25)


def pytest_addoption(parser):
    parser.addoption(
        "--soak-minutes",
        type=float,
        default=0,
        help="run the window's soak test for this many minutes instead of 2,000 actions",
    )


def make_id(birth: date, division: str = "510104", seq: int = 123) -> str:
    """A valid number for a given birth date; odd ``seq`` is male."""
    body = f"{division}{birth:%Y%m%d}{seq:03d}"
    return body + check_char(body)


@pytest.fixture
def data_dir(tmp_path):
    return tmp_path / "data"


@pytest.fixture
def desk(data_dir):
    d = open_desk(data_dir, operator="tester", today=lambda: TODAY)
    yield d
    d.close()


@pytest.fixture
def without_opencv(monkeypatch):
    """OpenCV and numpy unimportable, as without the `faces` extra (the default bundle)."""
    from sbdesk.services import faces

    monkeypatch.setitem(sys.modules, "cv2", None)
    monkeypatch.setitem(sys.modules, "numpy", None)
    faces._detector.cache_clear()
    yield
    faces._detector.cache_clear()


# --- the branch server (PostgreSQL) ----------------------------------------------------------
# `.ci/bootstrap test` starts a throw-away cluster and sets SBDESK_TEST_PG (its admin's URL);
# without it the server's tests are skipped here, and fail under CI, which always has one.
PG_URL = os.environ.get("SBDESK_TEST_PG", "")


def pg_url(dbname: str, user: str | None = None, password: str | None = None) -> str:
    """The test server's URL for another database (and another login)."""
    from urllib.parse import quote

    from psycopg.conninfo import conninfo_to_dict

    info = conninfo_to_dict(PG_URL)
    login = quote(user or info["user"]) + (
        ":" + quote(password if user else info.get("password", ""))
        if (password if user else info.get("password"))
        else ""
    )
    return f"postgresql://{login}@{info['host']}:{info['port']}/{dbname}"


def pg_admin():
    import psycopg

    return psycopg.connect(PG_URL, autocommit=True)


def need_server() -> None:
    if not PG_URL:
        if os.environ.get("CI"):
            pytest.fail("CI has no PostgreSQL server: SBDESK_TEST_PG is unset (.ci/bootstrap test sets it)")
        pytest.skip("no PostgreSQL server (SBDESK_TEST_PG unset; `.ci/bootstrap test` starts one)")


@pytest.fixture(scope="session")
def pg_template(tmp_path_factory):
    """A database with sbdesk's schema and seeded catalogue, copied for each test (fast)."""
    need_server()
    name = f"sbdesk_tpl_{os.getpid()}"
    with pg_admin() as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.execute(f"CREATE DATABASE {name}")
    open_desk(tmp_path_factory.mktemp("tpl"), database=pg_url(name), today=lambda: TODAY).close()
    yield name
    with pg_admin() as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def scratch_database(prefix: str, template: str = ""):
    """A new database on the test server (from ``template``, else empty): its URL, dropped after."""
    import uuid

    name = f"{prefix}{uuid.uuid4().hex[:12]}"
    with pg_admin() as admin:
        admin.execute(f"CREATE DATABASE {name}" + (f" TEMPLATE {template}" if template else ""))
    yield pg_url(name)
    with pg_admin() as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def server_db(pg_template):
    """A fresh branch database (its URL) for one test, dropped afterwards."""
    yield from scratch_database("sbdesk_t_", pg_template)


@pytest.fixture
def empty_server_db():
    """An empty database on the test server (no sbdesk schema), dropped afterwards."""
    need_server()
    yield from scratch_database("sbdesk_e_")


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request):
    """Both engines: "" (the SQLite file in the data folder) or a fresh server database's URL.
    A test marked ``sqlite_only`` (with its reason) runs on the file only."""
    if request.param == "sqlite":
        return ""
    marker = request.node.get_closest_marker("sqlite_only")
    if marker:
        pytest.skip("SQLite file only: " + (marker.args[0] if marker.args else ""))
    return request.getfixturevalue("server_db")


def pytest_configure(config):
    config.addinivalue_line("markers", "sqlite_only(why): a test of the SQLite file itself (not the server's)")


def pg_user() -> str:
    """The test server's admin login (what the audit log names on the server)."""
    from psycopg.conninfo import conninfo_to_dict

    return conninfo_to_dict(PG_URL)["user"]


def database_of(desk) -> str:
    """The desk's server URL, "" for the SQLite file: to open the same database again."""
    return desk.conn.url


def signed_in(desk, name: str) -> str:
    """Who the audit log names: the name the desk gave on SQLite, the server's login otherwise."""
    return desk.conn.user or name


# --- markers: gui, server, slow (registered in pyproject.toml) -------------------------------
# Applied here, from what a test uses, so that no test has to remember its own: the inner loop
# `pytest -m "not gui and not server and not slow"` leaves out Qt, the server and the long runs.
GUI_FIXTURES = {"qtbot", "qapp"}
SERVER_FIXTURES = {"pg_template", "server_db", "empty_server_db", "logins", "doc_cluster"}
SERVER_CALLS = {"need_server", "pg_admin", "pg_url", "PG_URL"}  # tests that reach the server themselves
#: Over 5 s each on a 2-core machine (measured with --durations): the builds (the PyInstaller bundle,
#: the .deb, the wheel) by the fixture that makes them, and long days and real screens by name.
SLOW_FIXTURES = {"bundle", "deb", "built", "installed"}
SLOW = (
    "tests/ui/test_soak.py::",
    "tests/ui/test_screen_fit.py::",
    "tests/safety/test_file_guard.py::test_many_first_starts_at_once_make_one_sound_office",
    "tests/services/test_import_crash.py::test_killing_an_import_anywhere_leaves_all_or_nothing",
    "tests/cli/test_import_flat_cli.py::test_import_memory_is_flat_in_the_number_of_rows",
    "tests/services/test_branch_doc.py::test_a_branch_set_up_backed_up_and_restored_as_the_document_says",
)


def pytest_collection_modifyitems(config, items):
    for item in items:
        names = set(getattr(item, "fixturenames", ()))
        nodeid = item.nodeid.replace("\\", "/")
        if names & GUI_FIXTURES or nodeid.startswith("tests/ui/"):
            item.add_marker(pytest.mark.gui)
        params = getattr(getattr(item, "callspec", None), "params", {})
        code = getattr(getattr(item, "function", None), "__code__", None)
        if (
            params.get("engine") == "postgresql"
            or names & SERVER_FIXTURES
            or (code is not None and SERVER_CALLS & set(code.co_names))
        ):
            item.add_marker(pytest.mark.server)
        if names & SLOW_FIXTURES or nodeid.startswith(SLOW):
            item.add_marker(pytest.mark.slow)
