"""Counting frontal faces in a photo with OpenCV's bundled Haar cascade.

OpenCV is optional (``pip install sbdesk[faces]``; the default bundle leaves it out:
it and numpy were half the bundle): where it is not installed, or cannot be loaded, the answer
says so in the clerk's words, and the wizard asks the operator to confirm the photo by eye.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from functools import lru_cache

from ..domain.messages import Problem

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FaceCount:
    available: bool
    count: int = 0
    reason: Problem | None = None  # why no automatic check was possible


def status() -> Problem:
    """One line for ``sbdesk --version``: checked automatically, or by eye and why."""
    reason = _detector()[1]
    return Problem("face.status_on") if reason is None else Problem("face.status_off", reason=reason)


@lru_cache(maxsize=1)
def _detector():
    try:
        import cv2  # opencv-python-headless, numpy: the `faces` extra
        import numpy  # noqa: F401 - count_faces needs it; a half install is "not installed"
    except ModuleNotFoundError as exc:
        log.info("automatic face check not installed: %s", exc)
        return None, Problem("face.not_installed")
    except Exception as exc:  # noqa: BLE001 - a broken native library (ImportError, OSError) says why in the log
        return _broken(f"OpenCV cannot be loaded: {exc.__class__.__name__}: {exc}")
    path = os.path.join(getattr(getattr(cv2, "data", None), "haarcascades", ""), "haarcascade_frontalface_default.xml")
    if not hasattr(cv2, "CascadeClassifier") or not os.path.exists(path):
        return _broken("OpenCV has no frontal-face cascade")
    classifier = cv2.CascadeClassifier(path)
    if classifier.empty():
        return _broken("the frontal-face cascade could not be loaded")
    return (cv2, classifier), None


def _broken(why: str):
    log.warning("automatic face check unavailable: %s", why)
    return None, Problem("face.check_broken")


def count_faces(content: bytes) -> FaceCount | None:
    """Faces found, or None when the bytes are not a decodable image."""
    loaded, reason = _detector()
    if loaded is None:
        return FaceCount(False, reason=reason)
    cv2, classifier = loaded
    import numpy

    image = cv2.imdecode(numpy.frombuffer(content, numpy.uint8), cv2.IMREAD_GRAYSCALE)
    if image is None:
        return None
    scale = 800 / max(image.shape) if max(image.shape) > 800 else 1.0
    if scale != 1.0:
        image = cv2.resize(image, None, fx=scale, fy=scale)
    image = cv2.equalizeHist(image)
    side = max(40, min(image.shape) // 8)
    faces = classifier.detectMultiScale(image, scaleFactor=1.1, minNeighbors=5, minSize=(side, side))
    return FaceCount(True, len(faces))
