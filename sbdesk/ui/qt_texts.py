"""Qt's own texts that its shipped Chinese (qtbase_zh_CN.qm) leaves in English — the file
dialog's "Look in:", "Files of type:" and its Folder/File column — listed here under Qt's own
contexts so lupdate puts them in sbdesk's translation file; Qt asks every installed
translator, so sbdesk's answers where qtbase has none (a translation without Qt's
disambiguating comment matches any comment). Never imported; lupdate reads it."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


MISSING_IN_QTBASE = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "%1 File"),
)
