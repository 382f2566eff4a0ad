"""The abuse detectors, one per category, registered by name.

Each reads a comment (public or private) and the text of the post it answers,
and reports only its own category from the shared :func:`analyse`:

>>> from civicmod import Comment
>>> [d.text for d in ThreatDetector().detect(Comment(text="on sait où tu habites, fais gaffe à toi"))]
['sait où tu', 'fais gaffe à toi']
"""

from __future__ import annotations

from civicmod.config import Config
from civicmod.detection import Detection
from civicmod.detectors.abuse.analysis import analyse
from civicmod.detectors.abuse.lexicon import load_lexicon
from civicmod.detectors.registry import register_detector
from civicmod.models import Comment, Item


class AbuseDetector:
    """Reports the findings of :func:`analyse` in ``categories``.

    ``config`` brings the page's extra lexicon files (``[moderation] lexicon``).
    """

    name = "abuse"
    categories: tuple[str, ...] = ()

    def __init__(self, config: Config | None = None) -> None:
        self.lexicon = load_lexicon(config.moderation.lexicon if config is not None else ())

    def detect(self, item: Item) -> list[Detection]:
        if not isinstance(item, Comment):
            return []
        post_text = item.post.text if item.post is not None else ""
        out: list[Detection] = []
        for hit in analyse(item.text, post_text, self.lexicon):
            if hit.category not in self.categories:
                continue
            evidence = f"{hit.rule} : {hit.note}"
            if hit.obfuscated:
                evidence += " (écriture déguisée)"
            out.append(
                Detection(
                    category=hit.category,
                    start=hit.start,
                    end=hit.end,
                    text=item.text[hit.start : hit.end],
                    score=hit.score,
                    detector=self.name,
                    evidence=evidence,
                )
            )
        return out


@register_detector("insult", default=True)
class InsultDetector(AbuseDetector):
    """``abuse.insult``: insults aimed at a person or a group, staff included."""

    name = "insult"
    categories = ("abuse.insult",)


@register_detector("hate", default=True)
class HateDetector(AbuseDetector):
    """``abuse.hate``: incitement to hatred or discrimination against a protected group."""

    name = "hate"
    categories = ("abuse.hate",)


@register_detector("threat", default=True)
class ThreatDetector(AbuseDetector):
    """``abuse.threat``: threats and calls to violence, direct or general."""

    name = "threat"
    categories = ("abuse.threat",)


@register_detector("apology", default=True)
class ApologyDetector(AbuseDetector):
    """``abuse.apology``: apology of terrorism or of crimes."""

    name = "apology"
    categories = ("abuse.apology",)


@register_detector("defamation", default=True)
class DefamationDetector(AbuseDetector):
    """``abuse.defamation``: a precise offence imputed to an identifiable person or body."""

    name = "defamation"
    categories = ("abuse.defamation",)


@register_detector("obscene", default=True)
class ObsceneDetector(AbuseDetector):
    """``abuse.obscene``: sexual or degrading content."""

    name = "obscene"
    categories = ("abuse.obscene",)


@register_detector("vulgarity", default=True)
class VulgarityDetector(AbuseDetector):
    """``abuse.vulgarity``: vulgar words that insult nobody (« putain, quelle journée »)."""

    name = "vulgarity"
    categories = ("abuse.vulgarity",)


@register_detector("rudeness", default=True)
class RudenessDetector(AbuseDetector):
    """``abuse.rudeness``: mockery without an unlawful insult (« bande de guignols »)."""

    name = "rudeness"
    categories = ("abuse.rudeness",)


ABUSE_DETECTORS = (
    "insult",
    "hate",
    "threat",
    "apology",
    "defamation",
    "obscene",
    "vulgarity",
    "rudeness",
)
"""The abuse detectors by name, in running order."""
