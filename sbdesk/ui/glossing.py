"""The English window's glosses: every text ``tr()`` gives in English passes through
``domain.glossary.gloss`` on its way to the widget (installed as Qt's translator for English
only; the Chinese window is never touched). Placeholders are filled after, so a person's name
or a region typed by a clerk is never glossed."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QTranslator

from ..domain.glossary import gloss, has_terms


class Glossing(QTranslator):
    """Answers None (untranslated: Qt shows the source) unless the text names a glossary term."""

    def translate(self, context, source_text, disambiguation=None, n=-1):
        return _glossed(source_text)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name; an "empty" translator is skipped
        return False


@lru_cache(maxsize=4096)  # a table cell asks for the same few texts at every repaint
def _glossed(source_text: str) -> str | None:
    return gloss(source_text) if has_terms(source_text) else None  # None, not "": "" would blank the text
