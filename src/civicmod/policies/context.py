"""What a policy rule sees: the item, every detection, the config, what failed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, TypeVar

from civicmod.config import Config
from civicmod.detection import Detection
from civicmod.models import Comment, Item

T = TypeVar("T")


@dataclass(frozen=True)
class PolicyContext:
    """Input of every rule function. Detections are already de-duplicated.

    Rules ask it the same questions many times an item (about twenty ``having``
    calls a comment), so it indexes the detections by category once and
    remembers what it answered.
    """

    item: Item
    detections: tuple[Detection, ...]
    config: Config
    failed_detectors: tuple[str, ...] = ()
    notes: list[str] = field(default_factory=list)
    _index: dict[str, tuple[Detection, ...]] = field(init=False, repr=False, compare=False)
    """The detections under each category and each of its prefixes (``abuse`` for
    ``abuse.insult``), in order."""
    _asked: dict[tuple[str, ...], tuple[Detection, ...]] = field(
        init=False, repr=False, compare=False, default_factory=dict
    )
    """What :meth:`having` answered for several prefixes: several rules ask the same question."""
    _memo: dict[Any, Any] = field(init=False, repr=False, compare=False, default_factory=dict)

    def __post_init__(self) -> None:
        index: dict[str, list[Detection]] = {}
        for d in self.detections:
            for name in _under(d.category):
                index.setdefault(name, []).append(d)
        object.__setattr__(self, "_index", {k: tuple(v) for k, v in index.items()})

    def note(self, text: str) -> None:
        """Add a short French remark to the decision (a native share, an unknown account)."""
        if text not in self.notes:
            self.notes.append(text)

    def having(self, *prefixes: str) -> tuple[Detection, ...]:
        """Detections whose category is one of ``prefixes`` or under it (``"abuse"``), in order.

        >>> from civicmod import Comment, Config, Detection
        >>> d = Detection(category="abuse.insult", start=0, end=7, text="connard", detector="abuse")
        >>> ctx = PolicyContext(Comment(text="connard"), (d,), Config())
        >>> [x.category for x in ctx.having("abuse")], ctx.having("request")
        (['abuse.insult'], ())
        """
        if not self.detections:
            return ()
        index = self._index
        if len(prefixes) == 1:
            return index.get(prefixes[0], ())
        found = self._asked.get(prefixes)
        if found is None:
            hits = [p for p in prefixes if p in index]
            if not hits:
                found = ()
            elif len(hits) == 1:
                found = index[hits[0]]
            else:
                wanted = frozenset(hits)
                found = tuple(d for d in self.detections if not wanted.isdisjoint(_under(d.category)))
            self._asked[prefixes] = found
        return found

    def remember(self, key: Any, make: Callable[[], T]) -> T:
        """``make()``, worked out once per item for ``key``: what several rules need
        (a French explanation of the same detections) is built once."""
        memo = self._memo
        if key in memo:
            return memo[key]  # type: ignore[no-any-return]
        value = memo[key] = make()
        return value

    @property
    def comment(self) -> Comment | None:
        """The item when it is a comment or private message, else ``None``."""
        return self.item if isinstance(self.item, Comment) else None

    @property
    def is_private(self) -> bool:
        """True for a private message."""
        return isinstance(self.item, Comment) and self.item.is_private

    @property
    def private_rules(self) -> tuple[str, ...]:
        """``("private.same-rules",)`` in a private conversation, which a reply action cites."""
        return ("private.same-rules",) if self.is_private else ()


@lru_cache(maxsize=1024)
def _under(category: str) -> tuple[str, ...]:
    """``category`` and every prefix of it that ends before a dot.

    >>> _under("abuse.insult")
    ('abuse.insult', 'abuse')
    """
    return (category, *(category[:i] for i, c in enumerate(category) if c == "."))
