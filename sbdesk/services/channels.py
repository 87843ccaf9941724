"""The real steps of each binding channel, read from ``resources/channels.json``."""
from __future__ import annotations

from functools import cache

from .. import paths
from .desk import load_json


@cache
def _steps_document() -> dict:
    return load_json(paths.resource_dir() / "channels.json")["channels"]


def steps(channel: str, lang: str) -> list[str]:
    """The channel's steps in ``lang`` (falling back to Chinese, the text of record)."""
    entry = _steps_document()[channel]
    return list(entry.get(lang) or entry["zh_CN"])

