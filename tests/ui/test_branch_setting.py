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
