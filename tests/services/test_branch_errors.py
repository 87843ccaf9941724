"""What the branch server refused is said as that, in the clerk's language: never "the database
file is damaged" (there is no file), never "the server cannot be reached" for a server that
answered, and never libpq's English inside a Chinese sentence."""

import os
import re
import subprocess
import sys

import psycopg
import pytest

from tests.conftest import need_server, pg_url

HAN = re.compile(r"[\u4e00-\u9fff]")


def sbdesk(url, tmp_path, *args, lang="en"):
    done = subprocess.run(
        [sys.executable, "-m", "sbdesk", "--data-dir", str(tmp_path / "d"), "--lang", lang, *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "SBDESK_DATABASE": url},
    )
    return done.returncode, done.stderr.strip()


def english_words(text: str) -> list[str]:
    """Latin words of a Chinese sentence besides names sbdesk quotes (addresses, tables, codes)."""
    bare = re.sub(r"postgresql://\S+|sbdesk_\w+|[\w.]*\d[\w.]*|sslmode=\S+|people|nosuchdb", "", text)
    return re.findall(r"[A-Za-z]{3,}", bare)


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_a_database_name_the_server_does_not_have_is_named_not_called_away(lang, tmp_path):
    need_server()
    code, err = sbdesk(pg_url("nosuchdb"), tmp_path, "person", "list", lang=lang)
    assert code == 2 and "\n" not in err and "nosuchdb" in err
    if lang == "en":
        assert "has no database named nosuchdb" in err and "cannot be reached" not in err
    else:
        assert HAN.search(err) and english_words(err) == [], err
        assert "does not exist" not in err


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_a_statement_the_server_refuses_is_not_a_damaged_file(server_db, lang, tmp_path):
    """The DBA renamed a table sbdesk reads: the server refuses the statement (42P01)."""
    with psycopg.connect(server_db, autocommit=True) as admin:
        admin.execute("ALTER TABLE people RENAME TO persons")
    code, err = sbdesk(server_db, tmp_path, "person", "list", lang=lang)
    assert code == 3 and "\n" not in err, err
    assert "damaged" not in err and "损坏" not in err and str(tmp_path) not in err
    assert "42P01" in err
    if lang == "en":
        assert "refused the statement" in err
    else:
        assert english_words(err) == [], err


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_a_rule_of_the_server_that_refuses_a_change_is_named(server_db, lang, tmp_path):
    """A rule the services do not know (the DBA's own CHECK): a refusal, exit 2, not damage."""
    with psycopg.connect(server_db, autocommit=True) as admin:
        admin.execute("ALTER TABLE people ADD CONSTRAINT branch_no_zhang CHECK (name <> '张三')")
    code, err = sbdesk(
        server_db,
        tmp_path,
        "person",
        "add",
        "--name",
        "张三",
        "--id-number",
        "11010519491231002X",
        "--region",
        "北京市",
        lang=lang,
    )
    assert code == 2 and "\n" not in err, err
    assert "damaged" not in err and "损坏" not in err and "branch_no_zhang" in err
    if lang == "zh_CN":
        assert english_words(err.replace("branch_no_zhang", "")) == [], err


def test_a_clerk_without_the_grant_is_told_in_words_not_libpqs(logins, tmp_path):
    url, _, _ = logins("auditor")
    code, err = sbdesk(
        url,
        tmp_path,
        "person",
        "add",
        "--name",
        "张三",
        "--id-number",
        "11010519491231002X",
        "--region",
        "北京市",
        lang="zh_CN",
    )
    assert code == 2 and "permission denied" not in err and "people" in err, err
    assert english_words(err) == [], err
