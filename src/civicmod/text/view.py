"""A cleaned view of a text whose offsets map back to the original.

Citizens paste text with invisible characters (zero-width spaces, soft hyphens,
bidi overrides) and typographic spaces (NBSP, the narrow NBSP French puts in
``1 234``). Detectors must see through them, yet every span they report must
point into the text the caller gave. A :class:`TextView` holds both::

    >>> v = clean_view("06\\u200b12 34 56 78")
    >>> v.text
    '0612 34 56 78'
    >>> v.original_span(0, len(v.text))
    (0, 14)
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from civicmod.text.caching import PER_TEXT

_NEEDS_CLEANING = re.compile(
    "[\u00a0\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u2000-\u200f\u2028-\u202f"
    "\u205f-\u206f\u3000\u3164\ufe00-\ufe0f\ufeff\uff01-\uff5e\U000e0000-\U000e007f]"
)


@dataclass(frozen=True, slots=True)
class TextView:
    """``text`` is what detectors read; ``offsets[i]`` is where its i-th char was.

    ``offsets`` is ``None`` when the view is the original itself (the common case).
    """

    original: str
    text: str
    offsets: tuple[int, ...] | None = None

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map ``[start, end)`` of :attr:`text` to the smallest original span covering it."""
        if self.offsets is None:
            return start, end
        if end <= start:
            pos = self.offsets[start] if start < len(self.offsets) else len(self.original)
            return pos, pos
        return self.offsets[start], self.offsets[end - 1] + 1


def _clean_char(ch: str) -> str:
    cat = unicodedata.category(ch)
    if cat in ("Cf", "Mn") or ch in "\u115f\u1160\u3164":
        return ""
    if cat == "Zs" or ch in "\u2028\u2029":
        return " "
    if "\uff01" <= ch <= "\uff5e":
        return chr(ord(ch) - 0xFEE0)
    return ch


@lru_cache(maxsize=PER_TEXT)
def clean_view(text: str) -> TextView:
    """Drop invisible characters and fold typographic spaces and full-width ASCII.

    Cached, so every detector that asks for the view of one comment shares it.
    """
    if text.isascii() or _NEEDS_CLEANING.search(text) is None:
        return TextView(text, text)
    out: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        if _NEEDS_CLEANING.match(ch) is None:
            out.append(ch)
            offsets.append(i)
            continue
        repl = _clean_char(ch)
        if repl:
            out.append(repl)
            offsets.append(i)
    return TextView(text, "".join(out), tuple(offsets))
