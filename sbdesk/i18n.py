"""Translations for the command line, read straight from the Qt Linguist ``.ts`` files.

The GUI loads compiled ``.qm`` files through QTranslator; the CLI must not need Qt, so it
reads the same source of truth with the standard library's XML parser.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from . import paths

LANGUAGES = ("zh_CN", "en")


def choose(requested: str | None = None) -> str:
    """``--lang``, SBDESK_LANG, LC_ALL, LANG: the first that names a language; else Chinese."""
    known = requested if requested in LANGUAGES else None  # `--lang fr` is refused in the environment's language
    for value in (known, os.environ.get("SBDESK_LANG"), os.environ.get("LC_ALL"), os.environ.get("LANG")):
        if not value or value in ("C", "POSIX") or value.startswith("C."):
            continue
        return "en" if value.lower().startswith("en") else "zh_CN"
    return "zh_CN"


@cache
def _source(lang: str, folder: Path | None = None) -> str:
    path = (folder or paths.i18n_dir()) / f"sbdesk_{lang}.ts"
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return ""


def _parse(text: str):
    """The XML parser is imported when a translation is first looked up: the window never
    does (Qt reads the .qm files), and it is a tenth of a command's start."""
    import xml.etree.ElementTree as ET

    return ET.fromstring(text)  # noqa: S314 - our own shipped .ts file, never input


def _entries(part) -> dict[tuple[str, str], str]:
    out: dict[tuple[str, str], str] = {}
    for context in part.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if translation.text:
                out[(name, message.findtext("source", ""))] = translation.text
    return out


@cache
def table(lang: str, folder: Path | None = None) -> dict[tuple[str, str], str]:
    """Every translation of the file."""
    text = _source(lang, folder)
    return _entries(_parse(text)) if text else {}


@cache
def context_table(lang: str, context: str, folder: Path | None = None) -> dict[tuple[str, str], str]:
    """The translations of one context, parsed alone: a command asks for two or three of the
    file's contexts, and parsing all of them was a third of `sbdesk idcheck`'s own time."""
    text = _source(lang, folder)
    at = text.find(f"<name>{context}</name>")
    if at < 0:
        return {}
    start, end = text.rfind("<context>", 0, at), text.find("</context>", at)
    if start < 0 or end < 0:
        return table(lang, folder)
    return _entries(_parse(text[start : end + len("</context>")]))


class translator:  # noqa: N801 - used like a function
    """``translator(lang)(context, source)``; ``.lang`` tells data texts which language to show."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def __call__(self, context: str, text: str) -> str:
        if self.lang == "en":
            return text
        return context_table(self.lang, context).get((context, text), text)
