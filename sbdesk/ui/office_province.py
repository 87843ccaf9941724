"""The office's own province: region boxes rank its regions first (gzs is 赣州市 in a 江西
office, 广州市 elsewhere). A setting of the desk, kept with the others in settings.ini, as is
the short list of regions the desk chose lately."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QInputDialog, QWidget

from ..domain.region_rank import RECENT
from ..services.desk import Desk
from .settings import Settings


def attach(desk: Desk, settings: Settings) -> None:
    """Give the desk's region ranking the saved province and recent regions, and save changes."""
    use = desk.region_use
    use.province, use.recent = settings.office_province, settings.recent_regions[:RECENT]  # a hand-edited file

    def saved(changed) -> None:
        settings.recent_regions = changed.recent

    use.saved = saved


def ask(parent: QWidget, desk: Desk, settings: Settings) -> QInputDialog:
    """Choose the office's province (or none) from the catalogue's provinces. The dialog is
    opened, not run: the window goes on painting and the choice is kept when it is accepted."""
    none = QCoreApplication.translate("OfficeProvince", "(none: rank by population)")
    provinces = list(dict.fromkeys(r.province for r in desk.catalogue.regions))
    choices = [none, *provinces]
    current = desk.region_use.province
    dialog = QInputDialog(parent)
    dialog.setObjectName("officeProvinceDialog")
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowTitle(QCoreApplication.translate("OfficeProvince", "Office's province"))
    dialog.setLabelText(
        QCoreApplication.translate("OfficeProvince", "Region boxes list this province's regions first:")
    )
    dialog.setComboBoxItems(choices)
    dialog.setComboBoxEditable(False)
    dialog.setTextValue(current if current in choices else none)

    def chosen(text: str) -> None:
        desk.region_use.province = settings.office_province = "" if text == none else text
        settings.sync()

    dialog.textValueSelected.connect(chosen)
    dialog.open()
    return dialog
