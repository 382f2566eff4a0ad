"""``abuse_model``: the learned scorer as a detector, reporting ``abuse.suspected``.

Why a detector of its own: detection and decision stay apart. This one only says
how likely the model finds it that a comment is one to delete, with the words that
weigh most; the policy (``review.suspected-abuse``) decides what that means — a
person looks, nothing is deleted on the model's word. A page that wants none of it
disables it by name (``[detectors] disable = ["abuse_model"]``).

>>> from civicmod import Comment
>>> [d.category for d in AbuseModelDetector().detect(Comment(text="on va tous vous crever"))]
['abuse.suspected']
"""

from __future__ import annotations

from civicmod.config import Config
from civicmod.detection import Detection
from civicmod.detectors.abuse.lexicon import load_lexicon
from civicmod.detectors.abuse.model import AbuseModel, load_model
from civicmod.detectors.registry import register_detector
from civicmod.models import Comment, Item


@register_detector("abuse_model", default=True)
class AbuseModelDetector:
    """``abuse.suspected`` over the whole comment when the model's probability reaches the
    page's ``[moderation] model_threshold``; the score is that probability."""

    name = "abuse_model"

    def __init__(self, config: Config | None = None) -> None:
        moderation = (config or Config()).moderation
        self.model: AbuseModel = load_model(moderation.model)
        self.threshold = moderation.model_threshold
        self.lexicon = load_lexicon(moderation.lexicon)  # the abuse detector's: words read once

    def detect(self, item: Item) -> list[Detection]:
        if not isinstance(item, Comment) or not item.text.strip():
            return []
        p = self.model.score(item.text, self.lexicon)
        if p < self.threshold:
            return []
        words = ", ".join(f"« {w} »" for w in self.model.strongest(item.text, lexicon=self.lexicon))
        return [
            Detection(
                category="abuse.suspected",
                start=0,
                end=len(item.text),
                text=item.text,
                score=round(p, 3),
                detector=self.name,
                evidence=f"modèle statistique : probabilité {p:.2f}".replace(".", ",")
                + (f" ; mots les plus lourds : {words}" if words else ""),
            )
        ]
