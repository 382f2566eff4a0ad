"""The per-text caches stay small: each entry is walked by every cycle collection."""

from __future__ import annotations

import importlib

import pytest

from civicmod.resources import _scores, borrowed, keyed, keys_of
from civicmod.text.caching import PER_TEXT
from civicmod.text.normalize import normalize
from civicmod.text.view import clean_view

_signals = importlib.import_module("civicmod.detectors.replies.signals")
_relevance = importlib.import_module("civicmod.detectors.replies.relevance")
_analysis = importlib.import_module("civicmod.detectors.abuse.analysis")
CACHES = [normalize, clean_view, keyed, keys_of, borrowed, _scores, _signals.signals,
          _relevance._read, _analysis.analyse]  # fmt: skip


@pytest.mark.parametrize("cache", CACHES)
def test_every_per_text_cache_keeps_per_text_entries(cache: object) -> None:
    assert cache.cache_info().maxsize == PER_TEXT  # type: ignore[attr-defined]


def test_a_cache_full_of_other_comments_still_answers_the_same() -> None:
    text = "bjr c'est quand la date limite pr la carte grise ?"
    first = _signals.signals(text)
    for k in range(PER_TEXT + 10):
        _signals.signals(f"commentaire numéro {k}")
    again = _signals.signals(text)
    assert again is not first and again == first
