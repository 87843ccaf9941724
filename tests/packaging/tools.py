"""Debian's tools the packaging tests run: missing ones skip a test here, but fail it under CI,
whose set-up (.ci/bootstrap test) installs them."""

from __future__ import annotations

import os
import shutil

import pytest


def need(*tools: str) -> None:
    missing = [t for t in tools if shutil.which(t) is None]
    if missing and os.environ.get("CI"):
        pytest.fail(f"missing {', '.join(missing)}: .ci/bootstrap test installs them")
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (Debian packages; .ci/bootstrap test installs them)")
