"""The entry point: run detectors, apply a policy, return a :class:`Decision`.

>>> mod = Moderator()
>>> mod.review(Comment(text="mon tel 06 12 34 56 78 pour mon dossier")).kinds
['remove_personal_data', 'reply_with_contact_message']
"""

from __future__ import annotations

import bisect
import gc
import logging
from collections.abc import Iterable, Iterator, Sequence
from typing import Literal

from civicmod.action import Action, Decision
from civicmod.config import Config
from civicmod.detection import Detection
from civicmod.detectors import Detector, create_detector, default_detector_names, detector_names
from civicmod.errors import ConfigError, DetectorError
from civicmod.models import Comment, Interaction, Item, Post
from civicmod.policies import GUIDELINE, Policy, PolicyContext
from civicmod.priority import priority_of

log = logging.getLogger("civicmod")

_PRIVATE_NOTE = (
    "Message privé : les modalités de réponse sont les mêmes que pour les commentaires "
    "publics (private.same-rules)."
)
_WARM_UP = Comment(
    text="bjr bande de c0nnards, mon tel 06 12 34 56 78, c'est quand la date limite ? www.x.fr",
    post=Post(text="Impôts : la déclaration en ligne est ouverte jusqu'au 22 mai."),
)
"""A comment that goes through every detector's lexicons and the policy's reply rules."""


class Moderator:
    """Reviews comments, posts and interactions against a page's configuration.

    ``detectors`` replaces the set the config names; ``policy`` replaces the
    guideline. Both default to what the config says.
    """

    def __init__(
        self,
        config: Config | None = None,
        *,
        detectors: Sequence[Detector] | None = None,
        policy: Policy | None = None,
    ) -> None:
        self.config = config or Config()
        self.policy = policy or GUIDELINE
        self.detectors: tuple[Detector, ...] = (
            tuple(detectors) if detectors is not None else self._configured_detectors()
        )

    def _configured_detectors(self) -> tuple[Detector, ...]:
        wanted = self.config.detectors.enable
        names = list(wanted) if wanted is not None else default_detector_names()
        unknown = sorted(set(self.config.detectors.disable) - set(detector_names()))
        if unknown:
            raise ConfigError(f"[detectors] disable: unknown detector(s) {unknown}; "
                              f"known: {detector_names()}")  # fmt: skip
        names = [n for n in names if n not in self.config.detectors.disable]
        try:
            return tuple(create_detector(n, self.config) for n in names)
        except DetectorError as exc:
            raise ConfigError(f"[detectors]: {exc}") from exc

    def detect(self, item: Item) -> tuple[list[Detection], list[str], list[str]]:
        """Run every detector; returns detections, errors and the names that failed."""
        found: list[Detection] = []
        errors: list[str] = []
        failed: list[str] = []
        for detector in self.detectors:
            try:
                found.extend(detector.detect(item))
            except Exception as exc:  # a detector's failure must reach a person
                log.exception("detector %s failed", detector.name)
                errors.append(f"detector {detector.name!r} failed: {type(exc).__name__}: {exc}")
                failed.append(detector.name)
        return resolve_overlaps(found), errors, failed

    def review(self, item: Item) -> Decision:
        """The decision for one item."""
        detections, errors, failed = self.detect(item)
        ctx = PolicyContext(item, tuple(detections), self.config, tuple(failed))
        if isinstance(item, Comment) and item.is_private:
            ctx.note(_PRIVATE_NOTE)
        try:
            actions = self.policy.decide(ctx)
        except Exception as exc:  # a policy's failure must reach a person too
            log.exception("policy %s failed", self.policy.name)
            errors.append(f"policy {self.policy.name!r} failed: {type(exc).__name__}: {exc}")
            actions = [policy_failure(self.policy.name)]
        return Decision(
            id=item.id,
            item_type=item_type(item),
            actions=tuple(actions),
            detections=tuple(detections),
            priority=priority_of(a.kind for a in actions),
            errors=tuple(errors),
            notes=tuple(ctx.notes),
        )

    def warm_up(self, *, freeze: bool = False) -> None:
        """Load the lexicons, indexes and tables now, not on the first comment.

        ``freeze=True`` then takes every object alive, the loaded lexicons among them, out
        of the reach of Python's cyclic garbage collector (:func:`gc.freeze`). Its full
        collections otherwise walk the lexicons again and again: about a tenth of a batch's
        time, which freezing halves (``docs/performance.md``). It is for a process that
        owns its interpreter, a batch job or a worker: ``civicmod review`` does it. Frozen
        objects are still freed by reference counting; only reference cycles among them
        are never collected, so call it once, after start-up.

        >>> Moderator().warm_up()
        """
        self.review(_WARM_UP)
        if freeze:
            gc.freeze()

    def review_many(self, items: Iterable[Item]) -> Iterator[Decision]:
        """One decision per item, in order."""
        for item in items:
            yield self.review(item)


def policy_failure(name: str) -> Action:
    """The only action left when the policy itself raised."""
    return Action(
        kind="needs_human_review",
        rule="review.policy-failed",
        reason=f"La politique « {name} » a échoué sur cet élément : à traiter par une personne.",
    )


def item_type(item: Item) -> Literal["comment", "post", "interaction"]:
    """``comment``, ``post`` or ``interaction``."""
    if isinstance(item, Comment):
        return "comment"
    if isinstance(item, Post):
        return "post"
    assert isinstance(item, Interaction)
    return "interaction"


def resolve_overlaps(detections: list[Detection]) -> list[Detection]:
    """Overlapping personal-data detections keep only the surest, then the longest.

    A NIR written with its key apart also reads as a numéro fiscal: one
    identifier, one detection. Words inside an identifier are not speech: an
    e-mail written ``tg @ gmail.fr`` insults nobody, so an abuse finding that lies
    within a personal-data span is dropped. Other families may overlap freely.
    """
    pd = sorted(
        (d for d in detections if d.family == "personal_data"),
        key=lambda d: (-d.score, -(d.end - d.start), d.start),
    )
    kept: list[Detection] = []
    starts: list[int] = []
    for d in pd:
        i = bisect.bisect_left(starts, d.start)
        if (i > 0 and kept[i - 1].overlaps(d)) or (i < len(kept) and kept[i].overlaps(d)):
            continue
        starts.insert(i, d.start)
        kept.insert(i, d)
    others = [
        d for d in detections
        if d.family != "personal_data"
        and not (d.family == "abuse" and any(k.start <= d.start and d.end <= k.end for k in kept))
    ]  # fmt: skip
    return sorted(kept + others, key=lambda d: (d.start, d.end, d.category))
