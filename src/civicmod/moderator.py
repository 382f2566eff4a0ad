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
from civicmod.batches import batches
from civicmod.config import Config
from civicmod.detection import Detection
from civicmod.detectors import Detector, create_detector, default_detector_names, detector_names
from civicmod.errors import ConfigError, DetectorError
from civicmod.models import Comment, Interaction, Item, Post
from civicmod.policies import GUIDELINE, Policy, PolicyContext
from civicmod.priority import priority_of

log = logging.getLogger("civicmod")

BATCH = 64
"""Items :meth:`Moderator.review_many` reads at a time. Within the per-text caches'
size (:data:`civicmod.text.caching.PER_TEXT`), so that what one detector read of a comment
is still there when the next detector and the policy ask for it."""

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
        return self._detect_batch((item,))[0]

    def _detect_batch(
        self, items: Sequence[Item]
    ) -> list[tuple[list[Detection], list[str], list[str]]]:
        """:meth:`detect` for each item, each detector running over the whole batch before the
        next: one reader's tables stay in the processor's cache (``review_many``)."""
        found: list[list[Detection]] = [[] for _ in items]
        errors: list[list[str]] = [[] for _ in items]
        failed: list[list[str]] = [[] for _ in items]
        for detector in self.detectors:
            for k, item in enumerate(items):
                try:
                    found[k].extend(detector.detect(item))
                except Exception as exc:  # a detector's failure must reach a person
                    log.exception("detector %s failed", detector.name)
                    errors[k].append(
                        f"detector {detector.name!r} failed: {type(exc).__name__}: {exc}"
                    )
                    failed[k].append(detector.name)
        return [(resolve_overlaps(f), e, n) for f, e, n in zip(found, errors, failed, strict=True)]

    def review(self, item: Item) -> Decision:
        """The decision for one item."""
        return self._decide(item, *self.detect(item))

    def _decide(
        self, item: Item, detections: list[Detection], errors: list[str], failed: list[str]
    ) -> Decision:
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

    def review_many(self, items: Iterable[Item], *, batch: int = BATCH) -> Iterator[Decision]:
        """One decision per item, in order: the same decisions as :meth:`review`, faster.

        Items are read ``batch`` at a time and each detector runs over a batch before
        the next, so that each reader's tables stay in the processor's cache: with the
        personal-data and abuse detectors, 14–23 % faster than one item after another
        (``docs/performance.md``). A decision is yielded once its batch is read, so a
        caller answering a live stream one message at a time passes ``batch=1``. When
        ``items`` raises, the items read before get their decisions, then the error goes on.

        >>> [d.kinds for d in Moderator().review_many([Comment(text="bande de connards"),
        ...                                             Comment(text="merci pour l'info")])]
        [['delete_comment', 'do_not_reply'], []]
        """
        if batch < 1:
            raise ValueError(f"batch must be at least 1, not {batch}")
        return (d for chunk in batches(items, batch) for d in self._review_batch(chunk))

    def _review_batch(self, items: Sequence[Item]) -> Iterator[Decision]:
        for item, found in zip(items, self._detect_batch(items), strict=True):
            yield self._decide(item, *found)


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
