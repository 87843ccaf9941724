"""Settings → Branch database… on a computer with IT's preset: the dialog says that an empty
setting means the preset's address (not this computer's own file), and saving it empty says so."""

from sbdesk import paths
from sbdesk.ui.common import dialogs


def test_an_empty_setting_means_the_preset(window, answers, monkeypatch, tmp_path):
    preset = tmp_path / "branch.ini"
    preset.write_text("[branch]\ndatabase = postgresql://db.branch.local/sbdesk?sslmode=verify-full\n", "utf-8")
    monkeypatch.setenv("SBDESK_PRESET", str(preset))
    asked = []

    def ask_text(parent, title, label):
        asked.append(label)
        return answers.ask_text(parent, title, label)

    monkeypatch.setattr(dialogs, "ask_text", ask_text)
    answers.text = ""
    window.actions["database"].trigger()
    assert "Leave it empty for the address set for this computer, postgresql://db.branch.local/sbdesk." in asked[-1]
    assert "this computer's own file" not in asked[-1]
    assert window.settings.database == ""
    assert "uses the address set for this computer" in answers.informed[-1][1]
    preset.write_bytes(b"database = nowhere\n")  # IT's file broken: said, never "its own file"
    window.actions["database"].trigger()
    assert f"the settings file {preset}, which cannot be read" in asked[-1]
    assert paths.preset_database().startswith(paths.UNREADABLE)
