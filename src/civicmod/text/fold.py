"""Folding French for matching: case, accents, ligatures, apostrophes; tokens with offsets.

Every folded token keeps the span it came from, so detectors that match on
folded words still report spans of the original text.

>>> fold("Élisabeth a reçu l’œuvre")
"elisabeth a recu l'oeuvre"
>>> [(t.text, t.start, t.end) for t in tokens("L'État, c'est nous")]
[('l', 0, 1), ('etat', 2, 6), ('c', 8, 9), ('est', 10, 13), ('nous', 14, 18)]
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

_LIGATURES = str.maketrans(
    {
        "œ": "oe",
        "Œ": "oe",
        "æ": "ae",
        "Æ": "ae",
        "’": "'",
        "ʼ": "'",
        "‘": "'",
        "`": "'",
        "´": "'",
        "ß": "ss",
    }
)
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)


@lru_cache(maxsize=65536)
def fold_word(word: str) -> str:
    """Fold one word; cached because comments repeat words."""
    return fold(word)


def fold(text: str) -> str:
    """Lower case, no accents, ``œ``→``oe``, typographic apostrophes → ``'``.

    Length may change (ligatures); use :func:`tokens` when offsets matter.
    """
    text = text.translate(_LIGATURES).lower()
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True, slots=True)
class Token:
    """A folded word and its span ``[start, end)`` in the original text."""

    text: str
    start: int
    end: int


def tokens(text: str) -> list[Token]:
    """Words of ``text``, folded, split at apostrophes (``l'État`` → ``l``, ``etat``)."""
    return [Token(fold_word(m.group()), m.start(), m.end()) for m in _TOKEN.finditer(text)]
