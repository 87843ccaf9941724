"""The four ways a binding is made (seed article, section 二 and 一)."""
from __future__ import annotations

from .messages import QT_TRANSLATE_NOOP, Term

CONTEXT = "channels"

#: channel -> (English label, the member identifier the channel asks for, or None)
CHANNELS: dict[str, tuple[str, str | None]] = {
    "ecard": (QT_TRANSLATE_NOOP("channels", "e-card 亲情服务"), None),
    "web": (QT_TRANSLATE_NOOP("channels", "personal web self-service"), "computer_number"),
    "window": (QT_TRANSLATE_NOOP("channels", "service window at a branch"), "card_number"),
    "hospital": (QT_TRANSLATE_NOOP("channels", "hospital insurance office"), "card_number"),
}

IDENTIFIERS = {
    "computer_number": QT_TRANSLATE_NOOP("channels", "社保电脑号"),
    "card_number": QT_TRANSLATE_NOOP("channels", "social-security card number"),
}


def term(channel: str) -> Term:
    return Term(CONTEXT, CHANNELS[channel][0])


def needed_identifier(channel: str) -> str | None:
    return CHANNELS[channel][1]


def identifier_term(identifier: str) -> Term:
    return Term(CONTEXT, IDENTIFIERS[identifier])
