"""Small helpers for detector tests."""

from __future__ import annotations

from civicmod import Comment
from civicmod.detectors import create_detector


def found(detector: str, text: str) -> list[tuple[str, str]]:
    """(category, matched text) pairs the named detector reports on ``text``."""
    return [(d.category, d.text) for d in create_detector(detector).detect(Comment(text=text))]
