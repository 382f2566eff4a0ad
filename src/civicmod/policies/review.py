"""Never silence: a detector that failed sends the item to a person."""

from __future__ import annotations

from collections.abc import Iterable

from civicmod.action import Action
from civicmod.policies.context import PolicyContext


def review_failed_detectors(ctx: PolicyContext) -> Iterable[Action]:
    """``needs_human_review`` naming every detector that failed on this item."""
    if ctx.failed_detectors:
        names = ", ".join(ctx.failed_detectors)
        yield Action(
            kind="needs_human_review",
            rule="review.detector-failed",
            reason=f"Analyse incomplète (détecteur en échec : {names}) : à vérifier par une "
            "personne avant toute action.",
        )
