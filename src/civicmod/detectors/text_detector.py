"""Base class for detectors that read a comment's text.

Subclasses implement :meth:`find` on the cleaned view (see
:func:`civicmod.text.clean_view`) and return spans in that view; the base maps
them back to the original text and builds :class:`Detection` objects.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

from civicmod.detection import Detection
from civicmod.models import Comment, Item
from civicmod.text import TextView, clean_view

_DIGIT = re.compile("[0-9]")


@dataclass(frozen=True, slots=True)
class Found:
    """A span found in a cleaned view, before it is mapped back."""

    category: str
    start: int
    end: int
    score: float = 1.0
    evidence: str = ""


class TextDetector:
    """Reads ``Comment.text``; other items yield nothing unless :meth:`texts` says so."""

    name: str = "text"
    needs_digit: ClassVar[bool] = False
    """True when every span :meth:`find` can return holds an ASCII digit of the view (a NIR, a
    phone, an IBAN): :meth:`detect` then skips texts without one, three comments in four, so
    the numeric detectors cost next to nothing on them. ``tests/detectors`` checks the claim."""

    def texts(self, item: Item) -> Iterable[str]:
        """The texts of ``item`` this detector reads (a comment's text by default)."""
        if isinstance(item, Comment):
            yield item.text

    def find(self, view: TextView) -> Iterable[Found]:
        """Spans in ``view.text``. Override this."""
        raise NotImplementedError

    def detect(self, item: Item) -> list[Detection]:
        out: list[Detection] = []
        for text in self.texts(item):
            view = clean_view(text)
            if self.needs_digit and _DIGIT.search(view.text) is None:
                continue
            for f in self.find(view):
                start, end = view.original_span(f.start, f.end)
                out.append(
                    Detection(
                        category=f.category,
                        start=start,
                        end=end,
                        text=text[start:end],
                        score=f.score,
                        detector=self.name,
                        evidence=f.evidence,
                    )
                )
        return out
