"""Settings → Branch database…: an address is kept per data folder without its password, a
wrong one is refused with a message, and empty means the folder's own file again."""


def test_the_branch_database_setting(window, answers):
    action = window.actions["database"]
    answers.text = "mysql://clerk@db/branch"
    action.trigger()
    assert answers.informed[-1][2] is True and window.settings.database == ""
    answers.text = "postgresql://clerk3:secret@db.branch.local/sbdesk"
    action.trigger()
    assert "password" in answers.informed[-1][1] and window.settings.database == ""  # never saved with it
    answers.text = " postgresql://clerk3@db.branch.local/sbdesk?sslmode=verify-full "
    action.trigger()
    assert window.settings.database == "postgresql://clerk3@db.branch.local/sbdesk?sslmode=verify-full"
    assert answers.informed[-1][2] is False and "next start" in answers.informed[-1][1]
    assert "secret" not in (window.desk.data_dir / "settings.ini").read_text(encoding="utf-8")
    answers.text = None  # cancelled: nothing changes
    action.trigger()
    assert window.settings.database.startswith("postgresql://clerk3@")
    answers.text = ""
    action.trigger()
    assert window.settings.database == ""  # the folder's own file again


def test_an_address_that_does_not_parse_is_refused_without_its_password(window, answers):
    """A bad % escape (the password here) or an unknown parameter: libpq's message quotes the
    bad part; the dialog says what is wrong in its own words and saves nothing."""
    action = window.actions["database"]
    for address in (
        "postgresql://clerk3:p%zzsecret@db.branch.local/sbdesk",
        "postgresql://clerk3@db.branch.local/sbdesk?sslmod=require&password=zzsecret",
        "postgresql://clerk3@db.branch.local/sbdesk?sslmod=require",
    ):
        answers.text = address
        action.trigger()
        title, text, error = answers.informed[-1]
        assert error is True and "zzsecret" not in text and "Nothing was changed" in text, text
        assert window.settings.database == ""
        assert "zzsecret" not in (window.desk.data_dir / "settings.ini").read_text(encoding="utf-8")


def test_the_status_bar_says_when_the_address_allows_clear_text(caplog):
    from sbdesk.ui import branch_setting

    assert "NOT ENCRYPTED" not in branch_setting.describe("postgresql://clerk3@db.branch.local/sbdesk")
    assert "NOT ENCRYPTED" not in branch_setting.describe("postgresql://clerk3@127.0.0.1/sbdesk?sslmode=disable")
    with caplog.at_level("WARNING"):
        text = branch_setting.describe("postgresql://clerk3@db.branch.local/sbdesk?sslmode=disable")
    assert text.startswith("sbdesk @ db.branch.local") and "NOT ENCRYPTED" in text
    assert any("sslmode=disable" in r.getMessage() for r in caplog.records)
