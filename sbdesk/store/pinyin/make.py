"""Write readings.txt, the table behind the people's pinyin sort key (store/name_key.py),
from pypinyin's single-character dictionary:

    pip install pypinyin==0.55.0 && python sbdesk/store/pinyin/make.py

One line per reading ("zhang1" + TAB + every character whose most common reading it is).
pypinyin is needed only to regenerate the table; the program reads the text file, because
importing pypinyin takes 1–4 s (its dictionaries are Python literals) and the CLI and the
window must start fast. Changing the table changes stored keys: ship it with a migration
that refills ``people.name_key`` (as 0009 does).
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from pypinyin.contrib.tone_convert import to_tone3
from pypinyin.pinyin_dict import pinyin_dict

# Surnames read otherwise than their most common reading (《百家姓》 readings); used for a
# name's first character only. 曾 is céng in 曾经 but Zēng as a surname, and so on.
SURNAMES = {
    "曾": "zeng1",
    "单": "shan4",
    "解": "xie4",
    "仇": "qiu2",
    "朴": "piao2",
    "查": "zha1",
    "区": "ou1",
    "盖": "ge3",
    "乐": "yue4",
    "尉": "yu4",
    "覃": "qin2",
    "翟": "zhai2",
    "缪": "miao4",
    "召": "shao4",
    "种": "chong2",
    "员": "yun4",
    "秘": "bi4",
    "任": "ren2",
    "华": "hua4",
    "纪": "ji3",
    "燕": "yan1",
    "冼": "xian3",
    "适": "kuo4",
    "车": "che1",
    "沈": "shen3",
    "石": "shi2",
    "万": "wan4",
    "柏": "bai3",
}


def main() -> None:
    by_reading: dict[str, list[str]] = defaultdict(list)
    for code, readings in sorted(pinyin_dict.items()):
        char = chr(code)
        if not char.isprintable() or char.isascii():
            continue
        by_reading[to_tone3(readings.split(",")[0], neutral_tone_with_five=True)].append(char)
    lines = [f"{reading}\t{''.join(chars)}" for reading, chars in sorted(by_reading.items())]
    lines.append("#surnames\t" + " ".join(f"{c}={r}" for c, r in SURNAMES.items() if len(c) == 1))
    out = Path(__file__).with_name("readings.txt")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{sum(map(len, by_reading.values()))} characters, {len(by_reading)} readings -> {out}")


if __name__ == "__main__":
    main()
