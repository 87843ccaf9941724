"""Qt's own texts that its shipped Chinese (qtbase_zh_CN.qm) leaves in English — the file
dialog's "Look in:", "Files of type:" and its Folder/File column — translated in sbdesk's
file (context "qt") and handed to Qt by a small translator installed with the others."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

CONTEXT = "qt"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


# (Qt's context, Qt's source text) -> the same text in sbdesk's "qt" context
GAPS = {
    ("QFileDialog", "&Look in:"): QT_TRANSLATE_NOOP("qt", "&Look in:"),
    ("QFileDialog", "Files of &type:"): QT_TRANSLATE_NOOP("qt", "Files of &type:"),
    ("QAbstractFileIconProvider", "Folder"): QT_TRANSLATE_NOOP("qt", "Folder"),
    ("QAbstractFileIconProvider", "File"): QT_TRANSLATE_NOOP("qt", "File"),
    ("QAbstractFileIconProvider", "%1 File"): QT_TRANSLATE_NOOP("qt", "%1 File"),
}


class GapTranslator(QTranslator):
    """Answers only for the texts in GAPS (an empty answer lets Qt ask the next translator)."""

    def translate(self, context, source, disambiguation=None, n=-1):
        ours = GAPS.get((context, source))
        return QCoreApplication.translate(CONTEXT, ours) if ours else ""

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False
