"""Switching the language back and forth all day must not keep a new copy of the
translations each time (each copy held about 96 kB)."""

import gc

from tests.ui.soak import rss_kb


def test_switching_language_forty_times_keeps_memory_flat(window):
    for lang in ("zh_CN", "en") * 2:  # warm up: both languages loaded once
        window.set_language(lang)
    gc.collect()
    before = rss_kb()
    for lang in ("zh_CN", "en") * 20:
        window.set_language(lang)
    gc.collect()
    grown = rss_kb() - before
    assert grown < 1536, f"memory grew {grown} kB over 40 language switches"
