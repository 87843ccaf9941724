"""Shared by the benchmark scripts: a cached synthetic data folder and a timer."""

from __future__ import annotations

import os
import statistics
import time
from pathlib import Path

from generate import generate

# synthetic people only, kept between runs on purpose; SBDESK_BENCH_CACHE puts them elsewhere
CACHE = Path(os.environ.get("SBDESK_BENCH_CACHE", "/tmp/sbdesk-bench"))  # noqa: S108


def data_folder(people: int) -> Path:
    """A folder with ``people`` people and half as many bindings, made once and reused."""
    folder = CACHE / f"people-{people}"
    if not (folder / "sbdesk.db").exists():
        started = time.perf_counter()
        generate(folder, people)
        print(f"(generated {people:,} people and {people // 2:,} bindings in {time.perf_counter() - started:.0f} s)")
    return folder


def median_ms(fn, repeat: int = 15) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def line(label: str, ours: float, base: float, unit: str = "ms", goal: str = "") -> str:
    return f"{label:52s} sbdesk {ours:9.2f} {unit}   baseline {base:9.2f} {unit}   ratio {ours / base:5.2f}x  {goal}"
