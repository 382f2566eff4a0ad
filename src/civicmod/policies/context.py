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

    def note(self, text: str) -> None:
        """Add a short French remark to the decision (a native share, an unknown account)."""
        if text not in self.notes:
            self.notes.append(text)

    def having(self, *prefixes: str) -> tuple[Detection, ...]:
        """Detections whose category is one of ``prefixes`` or under it (``"abuse"``)."""
        return tuple(
            d
            for d in self.detections
            if any(d.category == p or d.category.startswith(p + ".") for p in prefixes)
        )

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
