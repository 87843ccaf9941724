"""Counting frontal faces in a photo with OpenCV's bundled Haar cascade.

OpenCV is an optional boundary: where it cannot be loaded the answer says why, and the
wizard asks the operator to confirm the photo by eye instead.
"""
from __future__ import annotations

import os
from functools import lru_cache

from ..domain.record import record


@record(frozen=True)
class FaceCount:
    available: bool
    count: int = 0
    reason: str = ""  # why no automatic check was possible


@lru_cache(maxsize=1)
def _detector():
    try:
        import cv2  # opencv-python-headless
    except Exception as exc:  # noqa: BLE001 - ImportError, or a broken native library
        return None, f"OpenCV is not available: {exc.__class__.__name__}"
    path = os.path.join(getattr(getattr(cv2, "data", None), "haarcascades", ""),
                        "haarcascade_frontalface_default.xml")
    if not hasattr(cv2, "CascadeClassifier") or not os.path.exists(path):
        return None, "OpenCV has no frontal-face cascade"
    classifier = cv2.CascadeClassifier(path)
    if classifier.empty():
        return None, "the frontal-face cascade could not be loaded"
    return (cv2, classifier), ""


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
