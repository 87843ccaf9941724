"""Per-data-folder settings (language, 长辈模式, operator, window geometry) in an INI file
beside the database, so tests and offices with several folders never mix them up."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from ..domain.operator import label


class Settings:
    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        path = folder / "settings.ini"
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))  # the operator's name is personal data
        self._q = QSettings(str(path), QSettings.Format.IniFormat)

    def _get(self, key: str, default):
        value = self._q.value(key, default)
        if isinstance(default, bool) and isinstance(value, str):
            return value.lower() == "true"
        return value

    @property
    def language(self) -> str | None:
        return self._get("language", None)

    @language.setter
    def language(self, value: str) -> None:
        self._q.setValue("language", value)

    @property
    def elder_mode(self) -> bool:
        return bool(self._get("elder_mode", False))

    @elder_mode.setter
    def elder_mode(self, value: bool) -> None:
        self._q.setValue("elder_mode", bool(value))

    @property
    def operator(self) -> str | None:
        return self._get("operator", None) or None

    @operator.setter
    def operator(self, value: str) -> None:
        self._q.setValue("operator", value)

    @property
    def operator_id(self) -> str | None:
        """The operator's 工号, printed beside the name on receipts and in the audit log."""
        return self._get("operator_id", None) or None

    @operator_id.setter
    def operator_id(self, value: str) -> None:
        self._q.setValue("operator_id", value)

    @property
    def place(self) -> str | None:
        """Where the window works: "counter" (a branch or hospital desk, words for clerks) or
        "home" (a person at home); None until chosen at first start."""
        value = self._get("place", None)
        return value if value in ("counter", "home") else None

    @place.setter
    def place(self, value: str) -> None:
        if value not in ("counter", "home"):
            raise ValueError(value)
        self._q.setValue("place", value)

    @property
    def office(self) -> str:
        """The branch's name printed on receipts."""
        return str(self._get("office", "") or "")

    @office.setter
    def office(self, value: str) -> None:
        self._q.setValue("office", value)

    @property
    def office_province(self) -> str:
        """The office's own province (湖南省): region boxes rank its regions first; "" for none."""
        return str(self._get("office_province", "") or "")

    @office_province.setter
    def office_province(self, value: str) -> None:
        self._q.setValue("office_province", value)

    @property
    def recent_regions(self) -> list[str]:
        """The region codes this desk chose lately, most recent first (a short list)."""
        value = self._get("regions/recent", "")
        codes = value.split(",") if isinstance(value, str) else value if isinstance(value, list) else []
        return [str(c) for c in codes if str(c).strip()]

    @recent_regions.setter
    def recent_regions(self, value: list[str]) -> None:
        self._q.setValue("regions/recent", ",".join(value))

    def who(self) -> str | None:
        """The operator as the audit log names them, by what was chosen at first start; None
        before anything was chosen or while nobody is signed in at a counter."""
        if self.place == "home":
            return label(self.operator, None, "home")
        if self.place == "counter":
            return label(self.operator, self.operator_id) if self.operator and self.operator_id else None
        return self.operator

    @property
    def database(self) -> str:
        """The branch server's address (postgresql://user@host/db, never with a password), or
        "" for the data folder's own file (branch mode)."""
        return str(self._get("database", "") or "")

    @database.setter
    def database(self, value: str) -> None:
        self._q.setValue("database", value)

    @property
    def geometry(self) -> QByteArray | None:
        """The saved window geometry; None for anything else a damaged or hand-edited file holds
        (restoreGeometry takes bytes only: a TypeError there kept the window from starting)."""
        value = self._get("window/geometry", None)
        return value if isinstance(value, QByteArray) else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._q.setValue("window/geometry", value)

    @property
    def printer(self) -> tuple[str, str, str]:
        """The desk's printer as last printed with: its name ("" for the system's default), its
        paper (a QPageSize id's name such as "A5") and orientation ("portrait", "landscape");
        anything else a hand-edited file holds reads as ""."""
        values = [self._get(f"printer/{key}", "") for key in ("name", "paper", "orientation")]
        name, paper, orientation = (v if isinstance(v, str) else "" for v in values)
        return name, paper, orientation if orientation in ("portrait", "landscape") else ""

    @printer.setter
    def printer(self, value: tuple[str, str, str]) -> None:
        for key, part in zip(("name", "paper", "orientation"), value, strict=True):
            self._q.setValue(f"printer/{key}", part)

    def sync(self) -> None:
        self._q.sync()
