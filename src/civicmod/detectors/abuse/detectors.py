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
from civicmod.detectors.abuse.lexicon import CATEGORIES, load_lexicon
from civicmod.detectors.registry import register_detector
from civicmod.models import Comment, Item


@register_detector("abuse", default=True)
class AbuseDetector:
    """Every abuse category in one pass: what a page runs by default.

    The per-category detectors below (``insult``, ``threat``…) report one
    category each; a page that disables one of them by name (``[detectors]
    disable = ["rudeness"]``) removes that category from this one too.
    ``config`` also brings the page's extra lexicon files (``[moderation] lexicon``).
    """

    name = "abuse"
    categories: tuple[str, ...] = CATEGORIES

    def __init__(self, config: Config | None = None) -> None:
        self.lexicon = load_lexicon(config.moderation.lexicon if config is not None else ())
        if config is not None and type(self) is AbuseDetector:
            off = set(config.detectors.disable)
            self.categories = tuple(c for c in CATEGORIES if c.split(".")[1] not in off)
        self._looked_for = None if self.categories == CATEGORIES else frozenset(self.categories)

    def detect(self, item: Item) -> list[Detection]:
        if not isinstance(item, Comment):
            return []
        post_text = item.post.text if item.post is not None else ""
        out: list[Detection] = []
        for hit in analyse(item.text, post_text, self.lexicon, self._looked_for):
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
                    detector=hit.category.split(".")[1],
                    evidence=evidence,
                )
            )
        return out


@register_detector("insult")
class InsultDetector(AbuseDetector):
    """``abuse.insult``: insults aimed at a person or a group, staff included."""

    name = "insult"
    categories = ("abuse.insult",)


@register_detector("hate")
class HateDetector(AbuseDetector):
    """``abuse.hate``: incitement to hatred or discrimination against a protected group."""

    name = "hate"
    categories = ("abuse.hate",)


@register_detector("threat")
class ThreatDetector(AbuseDetector):
    """``abuse.threat``: threats and calls to violence, direct or general."""

    name = "threat"
    categories = ("abuse.threat",)


@register_detector("apology")
class ApologyDetector(AbuseDetector):
    """``abuse.apology``: apology of terrorism or of crimes."""

    name = "apology"
    categories = ("abuse.apology",)


@register_detector("defamation")
class DefamationDetector(AbuseDetector):
    """``abuse.defamation``: a precise offence imputed to an identifiable person or body."""

    name = "defamation"
    categories = ("abuse.defamation",)


@register_detector("obscene")
class ObsceneDetector(AbuseDetector):
    """``abuse.obscene``: sexual or degrading content."""

    name = "obscene"
    categories = ("abuse.obscene",)


@register_detector("vulgarity")
class VulgarityDetector(AbuseDetector):
    """``abuse.vulgarity``: vulgar words that insult nobody (« putain, quelle journée »)."""

    name = "vulgarity"
    categories = ("abuse.vulgarity",)


@register_detector("rudeness")
class RudenessDetector(AbuseDetector):
    """``abuse.rudeness``: mockery without an unlawful insult (« bande de guignols »)."""

    name = "rudeness"
    categories = ("abuse.rudeness",)


ABUSE_DETECTORS = ("abuse", *(c.split(".")[1] for c in CATEGORIES))
"""The abuse detectors by name: the combined one, then one per category."""
