"""Problems as values: a code plus parameters; the English source text for each code.

The domain never formats for a person; the CLI and the UI look the code up in ``TEMPLATES``
and translate the English text through the Qt Linguist files in ``i18n/`` (context
``messages``). Keeping the texts in one table (written in ``message_texts`` and
``message_texts_data``) lets a test check that every code has a translation with the same
placeholders.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from .message_texts import CHECKS, QT_TRANSLATE_NOOP
from .message_texts_data import DATA
from .message_texts_keys import KEYS

__all__ = ["CONTEXT", "QT_TRANSLATE_NOOP", "TEMPLATES", "Localized", "Problem", "Term", "sentences"]

CONTEXT = "messages"
TEMPLATES = MappingProxyType({**CHECKS, **DATA, **KEYS})


@dataclass(frozen=True)
class Term:
    """A word that is itself translated when a message is shown (a relationship, an identifier)."""

    context: str
    text: str

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class Localized:
    """Text from an office's data file, written in each language (not in the .ts files)."""

    texts: tuple[tuple[str, str], ...]

    @classmethod
    def of(cls, value: Any) -> Localized:
        if isinstance(value, dict):
            return cls(tuple(sorted((str(k), str(v)) for k, v in value.items())))
        return cls((("zh_CN", str(value)),))

    def pick(self, lang: str) -> str:
        table = dict(self.texts)
        return table.get(lang) or table.get("zh_CN") or next(iter(table.values()), "")

    def __str__(self) -> str:
        return self.pick("zh_CN")


@dataclass(frozen=True, init=False)
class Problem:
    """One thing wrong (or, in a decision, one rule checked), as a code and its values.
    Written ``Problem("id.length", length=17)``: the values are kept sorted by name."""

    code: str
    params: tuple[tuple[str, Any], ...]

    def __init__(self, code: str, /, **params: Any) -> None:
        if code not in TEMPLATES:
            raise KeyError(f"unknown message code {code!r}")
        object.__setattr__(self, "code", code)  # frozen: set once, here
        object.__setattr__(self, "params", tuple(sorted(params.items())))

    @property
    def values(self) -> dict[str, Any]:
        return dict(self.params)

    def render(self, translate=lambda context, text: text) -> str:
        """The message in a person's language; ``translate(context, source)`` does the lookup
        and its ``lang`` attribute (English when absent) picks office-supplied data texts."""
        lang = getattr(translate, "lang", "en")

        def show(value: Any) -> Any:
            if isinstance(value, Term):
                return translate(value.context, value.text)
            if isinstance(value, Localized):
                return value.pick(lang)
            if isinstance(value, Problem):
                return value.render(translate)
            if isinstance(value, tuple):  # 配偶、父母、子女 in Chinese
                return ("、" if lang == "zh_CN" else ", ").join(str(show(v)) for v in value)
            return value

        values = {k: show(v) for k, v in self.params}
        return translate(CONTEXT, TEMPLATES[self.code]).format(**values)


def sentences(*parts: str) -> str:
    """Sentences one after another: a space after an English one, none after a Chinese full stop
    (full-width punctuation carries its own room)."""
    out = ""
    for part in filter(None, parts):
        out += part if not out or out.endswith(("。", "！", "？", "；", "）", "」")) else " " + part
    return out
