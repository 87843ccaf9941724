"""统筹区 tab: the whole country by province, search by name, pinyin initials or code, the
status of each region as reported (open / not open / unknown, with date and source), and
the two-region checker."""

from PySide6.QtCore import Qt

from tests.ui.conftest import GRANDMA, OWNER, type_text


def visible_regions(tab):
    out = []
    for i in range(tab.tree.topLevelItemCount()):
        top = tab.tree.topLevelItem(i)
        for j in range(top.childCount()):
            if not top.isHidden() and not top.child(j).isHidden():
                out.append(top.child(j).text(0))
    return out


def row(tab, name):
    return next(
        tab.tree.topLevelItem(i).child(j)
        for i in range(tab.tree.topLevelItemCount())
        for j in range(tab.tree.topLevelItem(i).childCount())
        if tab.tree.topLevelItem(i).child(j).text(0) == name
    )


def shown(window):
    """The tab as a clerk sees it: the tree is built when it is first shown."""
    window.tabs.setCurrentWidget(window.regions)
    return window.regions


def test_the_tree_is_built_when_the_tab_is_first_shown_not_at_start_up(window):
    assert window.regions.tree.topLevelItemCount() == 0
    assert shown(window).tree.topLevelItemCount() == 32  # 31 provinces and 兵团


def test_tree_lists_the_whole_country_with_each_status_and_source(window):
    tab = shown(window)
    assert tab.tree.topLevelItemCount() == 32
    assert len(visible_regions(tab)) >= 333 + 27
    hefei, changsha, guangzhou = row(tab, "合肥市"), row(tab, "长沙市"), row(tab, "广州市")
    assert (hefei.text(2), hefei.text(3)) == ("open", "2025-02-04") and "http" in hefei.toolTip(4)
    assert (changsha.text(2), changsha.text(3), changsha.text(4)) == ("unknown", "—", "no report found")
    # 2025-09-22's "not open" is 14 months old on 2026-11-25: unknown, with the report and its age
    assert (guangzhou.text(2), guangzhou.text(3)) == ("unknown", "2025-09-22")
    assert guangzhou.toolTip(2) == "last report 2025-09-22: not yet open (14 months ago)"
    assert all(row(tab, n).text(3) != "2026-01-10" for n in ("苏州市", "成都市", "云阳县"))


def test_search_by_name_pinyin_initials_and_code(window, qtbot):
    tab = shown(window)
    type_text(qtbot, tab.search, "成都")
    assert visible_regions(tab) == ["成都市"]
    tab.search.clear()
    qtbot.keyClicks(tab.search, "css")
    assert visible_regions(tab) == ["长沙市"]
    tab.search.clear()
    qtbot.keyClicks(tab.search, "hf")
    assert visible_regions(tab) == ["合肥市"]
    tab.search.clear()
    qtbot.keyClicks(tab.search, "6101")
    assert visible_regions(tab) == ["西安市"]
    tab.search.clear()
    type_text(qtbot, tab.search, "甘肃")
    assert "临夏回族自治州" in visible_regions(tab) and "兰州市" in visible_regions(tab)


def pick_region(qtbot, box, typed):
    """Type into a region box as a person does, then Enter."""
    box.setFocus()
    box.lineEdit().selectAll()
    type_text(qtbot, box.lineEdit(), typed)
    qtbot.keyClick(box.lineEdit(), Qt.Key_Return)


def test_the_checker_starts_empty_and_says_what_to_choose(window):
    tab = window.regions
    assert (tab.owner_region.currentText(), tab.member_region.currentText()) == ("", "")
    assert (tab.owner_region.currentData(), tab.member_region.currentData()) == (None, None)
    assert tab.owner_region.lineEdit().placeholderText() == "name, pinyin initials or code"
    assert tab.relation.currentText() == "— choose —" and tab.relation.currentData() is None
    assert tab.result.texts() == [
        ("Choose the owner's region or the owner, the member's region or the member, the relationship.")
    ]


def test_checker_answers_for_two_regions_with_reasons(window, qtbot):
    tab = window.regions
    pick_region(qtbot, tab.owner_region, "苏州")
    assert tab.owner_region.currentText() == "江苏省 · 苏州市"
    assert tab.result.texts() == ["Choose the member's region or the member, the relationship."]
    pick_region(qtbot, tab.member_region, "cdu")  # nothing has those initials: the text stays, no choice
    assert tab.member_region.currentData() is None and tab.result.texts()[0].startswith(
        "No 统筹区 (pooling region) is called cdu"
    )
    pick_region(qtbot, tab.member_region, "成都")
    tab.relation.setFocus()
    qtbot.keyClicks(tab.relation, "po")  # 配偶 by its pinyin initials
    assert tab.relation.currentData() == "spouse"
    texts = tab.result.texts()
    assert any(t.startswith("✓  江苏省苏州市: reported open") for t in texts)
    assert any(t.startswith("✓  四川省成都市: reported open") for t in texts)
    pick_region(qtbot, tab.member_region, "css")
    assert tab.member_region.currentData() == "430100"
    assert any(t.startswith("?  湖南省长沙市: not known to be open") for t in tab.result.texts())
    assert not any(t.startswith("✗") for t in tab.result.texts())
    pick_region(qtbot, tab.member_region, "火星市")
    assert tab.result.texts() == [
        ("No 统筹区 (pooling region) is called 火星市: type its name, pinyin initials or code, then press Enter.")
    ]


def test_checker_answers_for_two_people(family, qtbot):
    tab = family.regions
    qtbot.keyClicks(tab.owner_person, OWNER)
    qtbot.keyClicks(tab.member_person, "D40000004")
    assert tab.result.texts() == ["Choose the relationship."]
    tab.relation.setFocus()
    qtbot.keyClicks(tab.relation, "fm")  # 父母
    assert any(
        t.startswith("✓  北京市: reported open for cross-province sharing by 2025-06-30") for t in tab.result.texts()
    )
    tab.member_person.clear()
    qtbot.keyClicks(tab.member_person, "nobody")
    assert tab.result.texts() == ["No person nobody is on record."]
    assert GRANDMA


def test_no_region_name_is_cut_short_in_elder_mode(window, qtbot):
    from PySide6.QtWidgets import QApplication

    window.resize(1024, 700)
    tab = shown(window)  # built in the normal font, then the clerk switches 长辈模式 on
    window.set_elder_mode(True)
    QApplication.processEvents()
    metrics = tab.tree.fontMetrics()
    room = tab.tree.columnWidth(0) - 2 * tab.tree.indentation()
    names = [
        tab.tree.topLevelItem(i).child(j).text(0)
        for i in range(tab.tree.topLevelItemCount())
        for j in range(tab.tree.topLevelItem(i).childCount())
    ]
    assert [n for n in names if metrics.horizontalAdvance(n) > room] == []
    assert metrics.horizontalAdvance("内蒙古自治区") <= room
    window.set_elder_mode(False)


def test_the_list_shows_the_national_snapshot_and_sources_by_publisher(window, qtbot):
    """Sources a clerk can judge: above the list, the latest national figure with its source; each
    region's source by publisher, kind, date and title, the address kept in the tooltip."""
    tab = shown(window)
    assert tab.national.isVisible()
    assert tab.national.text() == (
        "Nationwide: by 2026-01-09, 337 统筹区 (pooling region) had opened cross-province sharing "
        "(人民日报（reportify 摘要） (other, 2026-01-10): “医保个人账户跨省共济范围拓展至全国”)."
    )
    assert "2024-12-02" in tab.national.toolTip() and "low credibility" not in tab.national.text()
    chengdu = row(tab, "成都市")
    assert chengdu.text(3) == "2024-12-02"
    assert chengdu.text(4).startswith("zhcmtxw.com（转载，来源：网络） (other, 2024-12-02): “")
    assert "http://zhcmtxw.com/view/?id=8932" in chengdu.toolTip(4)
    window.set_language("zh_CN")
    qtbot.waitUntil(lambda: tab.national.text().startswith("全国"))
    assert tab.national.text().startswith("全国：截至 2026-01-09 共 337 个统筹区开通跨省共济（来源：人民日报")
    assert row(tab, "广州市").toolTip(2) == "最近一次报道 2025-09-22：尚未开通（14个月前）"
