"""The key that puts people's names in pinyin order (拼音顺序), as a Chinese clerk expects,
computed once per name and stored in ``people.name_key`` so the database sorts by it
(``ORDER BY name_key``) and no Python runs per comparison.

Each Han character becomes its most common reading with the tone as a digit, followed by
the character itself: 张伟 -> "zhang1张wei3伟". The digit ends each syllable, so 万 (wan4)
sorts before 王 (wang2) as in a dictionary; the character keeps different characters of one
reading apart. A name's first character takes its surname reading where that differs
(曾 zēng, 单 shàn). Other characters stay as they are, case-folded. The table is
readings.txt, made by pinyin/make.py from pypinyin; keys are plain text, the same on every
machine and Qt or ICU version (QCollator.sortKey's bytes are not: they follow the ICU
version and must not be stored).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, str]]:
    pieces: dict[str, str] = {}
    surnames: dict[str, str] = {}
    text = (Path(__file__).with_name("pinyin") / "readings.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        reading, _, chars = line.partition("\t")
        if reading == "#surnames":
            surnames = {c: r + c for c, _, r in (pair.partition("=") for pair in chars.split())}
        else:
            pieces.update((c, reading + c) for c in chars)
    return pieces, surnames


def name_key(name: str | None) -> str:
    """The sort key of one name (empty for no name)."""
    if not name:
        return ""
    pieces, surnames = _tables()
    get = pieces.get
    first = surnames.get(name[0])
    if first is None:
        return "".join(map(get, name, name)).casefold()
    rest = name[1:]
    return (first + "".join(map(get, rest, rest))).casefold()
