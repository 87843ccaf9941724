"""Installing Qt translators (ours and Qt's own) and switching them at run time."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from .. import paths
from .glossing import Glossing

LANGUAGES = {"zh_CN": "中文", "en": "English"}


_installed: list[QTranslator] = []  # one application, one set of translators
_loaded: dict[str, list[QTranslator]] = {}  # loaded once per language: switching back and forth all day
#                                             must not load (and keep) a new copy each time


class LanguageManager:
    def __init__(self) -> None:
        self.current = "en"

    def install(self, lang: str) -> None:
        """Swap translators; Qt then sends LanguageChange to every widget."""
        app = QCoreApplication.instance()
        while _installed:
            app.removeTranslator(_installed.pop())
        for t in _translators(app, lang) if lang != "en" else [_glossing(app)]:
            app.installTranslator(t)
            _installed.append(t)
        QLocale.setDefault(QLocale(lang))
        self.current = lang


def _glossing(app) -> QTranslator:
    """English: the source texts, each Chinese term glossed (``ui/glossing.py``)."""
    if "en" not in _loaded:
        _loaded["en"] = [Glossing(app)]
    return _loaded["en"][0]


def _translators(app, lang: str) -> list[QTranslator]:
    if lang not in _loaded:
        _loaded[lang] = []
        for folder, name in (
            (paths.i18n_dir(), f"sbdesk_{lang}"),
            (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), f"qtbase_{lang}"),
        ):
            t = QTranslator(app)
            if t.load(name, str(folder)):
                _loaded[lang].append(t)
            else:
                t.deleteLater()
    return _loaded[lang]
