"""The regions tab's schematic (no map that paints a whole province open): equal province tiles, no outlines; a tile's
fill is the share of its 统筹区 reported open, its label the count; a legend explains both;
a tile is chosen by keyboard or mouse and filters the list."""

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication

from sbdesk.domain.regions import OPEN, provinces
from sbdesk.ui.regions.province_tiles import FULL_FILL, NONE_FILL, share_fill
from tests.ui.test_regions_tab import visible_regions


def schematic(window, qtbot):
    tab = window.regions
    window.tabs.setCurrentWidget(tab)
    tab.views.setCurrentIndex(1)
    view = tab.schematic
    qtbot.waitExposed(view.tiles)
    return tab, view


def counts(window, province):
    cat, today = window.desk.catalogue, window.desk.today()
    regions = provinces(cat.regions)[province]
    return sum(cat.cross_status(r, today).status == OPEN for r in regions), len(regions)


def fill_at(tiles, province):
    """The colour just inside the tile's corner (its label sits in the middle)."""
    image = tiles.grab().toImage()
    corner = tiles.tile_rect(province).topLeft() + QPointF(4, 4)
    dpr = image.devicePixelRatio()
    return image.pixelColor(int(corner.x() * dpr), int(corner.y() * dpr)).name()


def test_a_province_is_coloured_by_the_share_opened_not_as_a_whole(window, qtbot):
    tab, view = schematic(window, qtbot)
    tiles = view.tiles
    opened, total = counts(window, "江苏省")
    assert 0 < opened < total  # 苏州、无锡、常州 reported, the rest not
    assert fill_at(tiles, "江苏省") == share_fill(opened, total).name() != FULL_FILL.name()
    assert tiles.label_for("江苏省") == f"{opened}/{total}"
    assert fill_at(tiles, "河北省") == FULL_FILL.name()  # reported open province-wide
    assert fill_at(tiles, "湖南省") == NONE_FILL.name()  # no report at all
    # the darker, the larger the share
    assert share_fill(1, 10).lightness() > share_fill(5, 10).lightness() > share_fill(10, 10).lightness()


def test_the_legend_explains_the_numbers_and_the_detail_names_the_opened_regions(window, qtbot):
    tab, view = schematic(window, qtbot)
    assert view.legend_texts["sample"].text().startswith("3/14: 3 of the province's 14 统筹区")
    assert "not a map" in view.caption.text()
    assert "not open" not in view.describe("湖南省").split(":")[1].split("(")[0]  # unknown is not "not open"
    assert "with no report" in view.describe("湖南省")
    view.tiles.setFocus()
    qtbot.keyClick(view.tiles, Qt.Key_Home)
    for key in (Qt.Key_Down, Qt.Key_Down, Qt.Key_Down, Qt.Key_Down, Qt.Key_Right):  # 黑龙江 … 安徽, 江苏
        qtbot.keyClick(view.tiles, key)
    assert view.tiles.current == "江苏省"
    detail = view.detail.text()
    assert "江苏省" in detail and "●" in detail and "苏州市" in detail and "南京市" not in detail


def test_a_tile_is_chosen_by_keyboard_and_filters_the_list(window, qtbot):
    tab, view = schematic(window, qtbot)
    tiles = view.tiles
    tiles.setFocus()
    qtbot.keyClick(tiles, Qt.Key_Home)
    assert tiles.current == "黑龙江省"
    for key in (Qt.Key_Down, Qt.Key_Down, Qt.Key_Down, Qt.Key_Down, Qt.Key_Left):
        qtbot.keyClick(tiles, key)
    assert tiles.current == "湖北省"
    assert "湖北省" in tiles.accessibleDescription()
    qtbot.keyClick(tiles, Qt.Key_Return)
    assert tab.views.currentIndex() == 0 and tab.search.text() == "湖北省"
    assert "襄阳市" in visible_regions(tab) and "成都市" not in visible_regions(tab)


def test_a_click_on_a_tile_filters_the_list_too(window, qtbot):
    tab, view = schematic(window, qtbot)
    qtbot.mouseClick(view.tiles, Qt.LeftButton, pos=view.tiles.tile_rect("四川省").center().toPoint())
    assert tab.search.text() == "四川省" and "成都市" in visible_regions(tab)


def test_tile_labels_follow_the_application_font_and_elder_mode(window, qtbot):
    window.resize(1600, 1000)
    tab, view = schematic(window, qtbot)
    QApplication.processEvents()
    normal = view.tiles.label_fonts(*view.tiles.cell()[:2])[0].pointSizeF()
    assert normal == QApplication.font().pointSizeF()
    window.set_elder_mode(True)
    QApplication.processEvents()
    elder = view.tiles.label_fonts(*view.tiles.cell()[:2])[0].pointSizeF()
    assert elder > normal * 1.3
    assert view.legend_texts["sample"].font().pointSizeF() > normal * 1.3
    window.set_elder_mode(False)


def test_the_chinese_schematic_has_no_english(window, qtbot):
    window.set_language("zh_CN")
    tab, view = schematic(window, qtbot)
    qtbot.waitUntil(lambda: "示意图" in view.caption.text() and "示意图" in tab.views.tabText(1))
    texts = [
        view.caption.text(),
        view.describe("湖南省"),
        view.describe("江苏省"),
        view.describe("台湾省"),
        *(label.text() for label in view.legend_texts.values()),
        tab.views.tabText(1),
    ]
    assert [t for t in texts if any("a" <= ch.lower() <= "z" for ch in t.replace("&M", ""))] == []
    assert "未开通" not in view.describe("湖南省").split("（")[0] and "尚无报道" in view.describe("湖南省")
    window.set_language("en")
