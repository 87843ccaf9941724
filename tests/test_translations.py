"""Every message a person can see has a Chinese translation with the same placeholders."""
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from sbdesk.domain import channels, relations
from sbdesk.domain.messages import CONTEXT, TEMPLATES

TS = Path(__file__).resolve().parents[1] / "i18n" / "sbdesk_zh_CN.ts"


def translations():
    out = {}
    for context in ET.parse(TS).getroot().iter("context"):  # noqa: S314 - the repository's own .ts file
        for m in context.iter("message"):
            t = m.find("translation")
            out[(context.findtext("name"), m.findtext("source"))] = (t.text or "", t.get("type"))
    return out


def placeholders(text):
    return sorted(re.findall(r"\{(\w+)\}", text))


NEEDED = ([(CONTEXT, t) for t in TEMPLATES.values()]
          + [(relations.CONTEXT, label) for _, label in relations.KINDS.values()]
          + [(channels.CONTEXT, label) for label in channels.IDENTIFIERS.values()])


@pytest.mark.parametrize("context, source", NEEDED)
def test_translated_with_the_same_placeholders(context, source):
    text, kind = translations()[(context, source)]
    assert kind is None, f"{source!r} is {kind}"
    assert text.strip()
    assert placeholders(text) == placeholders(source)


def test_every_translation_in_the_file_is_finished():
    unfinished = [s for (c, s), (t, kind) in translations().items() if kind or not t]
    assert unfinished == []


HALF_WIDTH_AROUND_CHINESE = re.compile(
    r"[\u3400-\u9fff][,:;?!]|[,:;?!][\u3400-\u9fff]"  # a comma, colon … touching Chinese
    r"|[\u3400-\u9fff}]\((?!&[A-Za-z0-9]\))|\)[\u3400-\u9fff]")  # ( ) around Chinese; "(&F)" is Qt's access key


def test_chinese_texts_use_full_width_punctuation():
    """：，（）、；？ in Chinese sentences; ASCII ones stay in codes, URLs and file filters."""
    found = [s for (c, src), (s, kind) in translations().items() if HALF_WIDTH_AROUND_CHINESE.search(s)]
    assert found == []
