"""The paragraph a person reads at the first start and again under Help → About: what is
kept, where, how it is protected and how to delete it, in plain words (one text for both)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ...domain.messages import sentences


def paragraph(folder: Path, protected: bool | None) -> str:
    """``protected`` None: the first start, before the choice is made."""
    kept = QCoreApplication.translate(
        "protection",
        "The names, ID numbers, family ties, insurance details and photos of documents and faces typed "
        "in here are kept on this computer only, in the folder {folder}, with their backups.",
    ).format(folder=folder)
    if protected is None:
        how = QCoreApplication.translate(
            "protection",
            "Protected with a password, everything in that folder is encrypted: someone who takes the "
            "computer or its disk cannot read it.",
        )
    elif protected:
        how = QCoreApplication.translate(
            "protection", "It is encrypted with a password: someone who takes the computer or its disk cannot read it."
        )
    else:
        how = QCoreApplication.translate(
            "protection",
            "It is not encrypted: anyone who can open that folder can read it. Settings → Encrypt this "
            "data folder… protects it with a password.",
        )
    lost = "" if protected is False else lost_sentence()
    return sentences(
        kept,
        how,
        lost,
        QCoreApplication.translate("protection", "To delete it all, close the program and delete that folder."),
    )


def lost_sentence() -> str:
    return QCoreApplication.translate(
        "protection",
        "If both the password and the recovery key are lost, nobody can open the data again, you included.",
    )
