"""What a policy rule sees: the item, every detection, the config, what failed."""

from __future__ import annotations

from dataclasses import dataclass, field

from civicmod.config import Config
from civicmod.detection import Detection
from civicmod.models import Comment, Item


@dataclass(frozen=True)
class PolicyContext:
    """Input of every rule function. Detections are already de-duplicated."""

    item: Item
    detections: tuple[Detection, ...]
    config: Config
    failed_detectors: tuple[str, ...] = ()
    notes: list[str] = field(default_factory=list)
    _under: tuple[frozenset[str], ...] = field(init=False, repr=False, compare=False)
    """Each detection's category and the categories it is under (``abuse`` for
    ``abuse.insult``), worked out once: rules ask ~20 times a comment."""
    _asked: dict[tuple[str, ...], tuple[Detection, ...]] = field(
        init=False, repr=False, compare=False, default_factory=dict
    )
    """What :meth:`having` answered, by prefixes: several rules ask the same question."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "_under", tuple(_under(d.category) for d in self.detections))

    def note(self, text: str) -> None:
        """Add a short French remark to the decision (a native share, an unknown account)."""
        if text not in self.notes:
            self.notes.append(text)

    def having(self, *prefixes: str) -> tuple[Detection, ...]:
        """Detections whose category is one of ``prefixes`` or under it (``"abuse"``)."""
        if not self.detections:
            return ()
        found = self._asked.get(prefixes)
        if found is None:
            wanted = set(prefixes)
            found = tuple(
                d for d, under in zip(self.detections, self._under, strict=True)
                if not wanted.isdisjoint(under)
            )  # fmt: skip
            self._asked[prefixes] = found
        return found

    @property
    def comment(self) -> Comment | None:
        """The item when it is a comment or private message, else ``None``."""
        return self.item if isinstance(self.item, Comment) else None

    @property
    def is_private(self) -> bool:
        return isinstance(self.item, Comment) and self.item.is_private

    @property
    def private_rules(self) -> tuple[str, ...]:
        """``("private.same-rules",)`` in a private conversation, which a reply action cites."""
        return ("private.same-rules",) if self.is_private else ()


def _under(category: str) -> frozenset[str]:
    """``category`` and every prefix of it that ends before a dot.

    >>> sorted(_under("abuse.insult"))
    ['abuse', 'abuse.insult']
    """
    return frozenset((category, *(category[:i] for i, c in enumerate(category) if c == ".")))
