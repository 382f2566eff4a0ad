"""The one small protocol every detector follows.

A detector is a plain class with a ``name`` and ``detect(item)``; it finds, it
never decides (that is the policies' job)::

    class Shouting:
        name = "shouting"

        def detect(self, item: Item) -> list[Detection]:
            if isinstance(item, Comment) and item.text.isupper():
                return [Detection(category="style.shouting", end=len(item.text),
                                  text=item.text, detector=self.name)]
            return []
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from civicmod.detection import Detection
from civicmod.models import Item


@runtime_checkable
class Detector(Protocol):
    """Anything with a ``name`` and a ``detect`` method is a detector."""

    name: str

    def detect(self, item: Item) -> list[Detection]:
        """Return what was found in ``item``; offsets point into the item's own text."""
        ...
