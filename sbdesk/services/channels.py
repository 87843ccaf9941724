"""The binding channels, each one record of ``resources/channels.json``, checked on loading."""

from __future__ import annotations

from functools import cache

from ..domain.channels import Channel, Channels
from ..domain.channels import parse as parse_channels
from .desk import load_resource, on_new_resources


@cache
def catalogue() -> Channels:
    return load_resource("channels.json", parse_channels)


on_new_resources(catalogue.cache_clear)  # an installed policy pack brings its own channels.json


def get(key: str) -> Channel:
    return catalogue()[key]


def keys() -> list[str]:
    return catalogue().keys()


def steps(channel: str, lang: str) -> list[str]:
    """The channel's steps in ``lang`` (falling back to Chinese, the text of record)."""
    return get(channel).step_list(lang)


def qinqing() -> Channel | None:
    """The e-card 亲情服务's record (the channel carried out by the wizard), if the data has one."""
    return next((c for c in catalogue().channels.values() if c.carried_out_by == "wizard"), None)
