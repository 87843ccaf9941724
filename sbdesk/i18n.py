"""Translations for the command line, read straight from the Qt Linguist ``.ts`` files.

The GUI loads compiled ``.qm`` files through QTranslator; the CLI must not need Qt, so it
reads the same source of truth with the standard library's XML parser.
"""
from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

from . import paths

LANGUAGES = ("zh_CN", "en")


def choose(requested: str | None = None) -> str:
    """``--lang``, SBDESK_LANG, LC_ALL, LANG: the first that names a language; else Chinese."""
    for value in (requested, os.environ.get("SBDESK_LANG"), os.environ.get("LC_ALL"),
                  os.environ.get("LANG")):
        if not value or value in ("C", "POSIX") or value.startswith("C."):
            continue
        return "en" if value.lower().startswith("en") else "zh_CN"
    return "zh_CN"


@cache
def table(lang: str, folder: Path | None = None) -> dict[tuple[str, str], str]:
    path = (folder or paths.i18n_dir()) / f"sbdesk_{lang}.ts"
    if not path.exists():
        return {}
    out: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):  # noqa: S314 - our own shipped .ts file, never input
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if translation.text:
                out[(name, message.findtext("source", ""))] = translation.text
    return out


class translator:  # noqa: N801 - used like a function
    """``translator(lang)(context, source)``; ``.lang`` tells data texts which language to show."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self._entries = table(lang) if lang != "en" else {}

    def __call__(self, context: str, text: str) -> str:
        return self._entries.get((context, text), text)
