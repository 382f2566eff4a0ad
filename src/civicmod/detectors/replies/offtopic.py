"""``offtopic.spam`` and ``offtopic.unrelated``: what a comment has nothing to do with.

Spam is read in the comment alone: adverts, scams, phishing links dressed as an
official site, chain messages. Being unrelated needs the post: a comment is off
topic when it has a subject of its own (« Allez l'OL », a lost cat, family
news, the rain under a tax notice), shares no topic and no content word with the
post, is not a request to the administration, and says nothing of the
administration itself (see :mod:`civicmod.detectors.replies.relevance`). With no post,
only spam can be told; the reply rules say so in the decision.

>>> from civicmod import Comment, Post
>>> tax = Post(text="Taxe foncière : les avis sont disponibles dans votre espace particulier.")
>>> [d.category for d in OffTopicDetector().detect(Comment(text="Allez l'OL 🔴🔵", post=tax))]
['offtopic.unrelated']
>>> OffTopicDetector().detect(Comment(text="+12% de taxe foncière, jusqu'où ça va aller ?", post=tax))
[]
"""

from __future__ import annotations

import re

from civicmod.config import Config
from civicmod.detection import Detection
from civicmod.detectors.registry import register_detector
from civicmod.detectors.replies.commerce import offer_cues
from civicmod.detectors.replies.lexicon import OFFTOPIC_CATEGORIES
from civicmod.detectors.replies.relevance import (
    beside_the_post,
    only_private_life,
    relation,
    topics_and_roots,
)
from civicmod.detectors.replies.requests import Audience
from civicmod.detectors.replies.signals import Signals, signals
from civicmod.models import Comment, Item

OFFICIAL_DOMAINS = ("gouv.fr", "service-public.fr", "ameli.fr", "caf.fr", "francetravail.fr",
                    "urssaf.fr", "msa.fr", "info-retraite.fr", "lassuranceretraite.fr",
                    "education.gouv.fr", "vie-publique.fr", "legifrance.gouv.fr")  # fmt: skip
"""Links to these are never spam."""
_BRANDS = re.compile(r"ameli|impot|caf\b|caf-|ants|gouv|service-?public|antai|franceconnect|"
                     r"vitale|cheque-?energie|critair|crit-air|france-?travail|urssaf", re.I)  # fmt: skip
_DOMAIN = re.compile(r"(?:https?://)?(?:www\.)?([\w.-]+\.[a-z]{2,})", re.I)


def _domain(url: str) -> str:
    m = _DOMAIN.match(url)
    return m.group(1).lower() if m else ""


@register_detector("offtopic", default=True)
class OffTopicDetector:
    """Spam in any comment; unrelated comments when the post they answer is known."""

    name = "offtopic"
    categories = OFFTOPIC_CATEGORIES

    def __init__(self, config: Config | None = None) -> None:
        own = {_domain(r.url) for r in config.resources} if config is not None else set()
        self.official = tuple(d for d in (*OFFICIAL_DOMAINS, *own) if d)
        self.audience = Audience(config)

    def _is_official(self, domain: str) -> bool:
        return any(domain == d or domain.endswith("." + d) for d in self.official)

    def _asks_beyond_contact(self, comment: Comment, s: Signals) -> bool:
        """A question to the page or a personal case. A request never counts as spam on its
        words alone (« j'ai presque rien gagné »); a contact demand does not protect an advert
        that holds an offer and a way to reach the seller (« intervention rapide »,
        « nos partenaires » are how adverts read too)."""
        return s.has("request.personal_case") or self.audience.asks_the_page(comment, s)

    def _asks(self, comment: Comment, s: Signals) -> bool:
        return s.has("request.contact") or self._asks_beyond_contact(comment, s)

    def _links(self, text: str, s: Signals) -> tuple[tuple[int, int], ...]:
        """Where the links to sites that are not official are."""
        spans = []
        for url in s.urls:
            if not self._is_official(_domain(url)) and (start := text.find(url)) >= 0:
                spans.append((start, start + len(url)))
        return tuple(spans)

    def detect(self, item: Item) -> list[Detection]:
        if not isinstance(item, Comment):
            return []
        text = item.text
        s = signals(text)
        asks = self._asks(item, s)
        spam = s.first("offtopic.spam")
        warns = s.has("signal.warning")
        if spam is not None and (spam.rule == "spam.lure" or not (asks or warns)):
            return [self._detection(text, "offtopic.spam", spam.start, spam.end,
                                    f"{spam.rule} : publicité, arnaque ou chaîne")]  # fmt: skip
        for url in s.urls:
            domain = _domain(url)
            if domain and _BRANDS.search(domain) and not self._is_official(domain):
                start = text.find(url)
                return [self._detection(text, "offtopic.spam", start, start + len(url),
                                        f"lien qui imite un site officiel ({domain})")]  # fmt: skip
        offer = offer_cues(text, self._links(text, s))
        if offer.is_strong or (offer.is_advert and not (asks and self._asks_beyond_contact(item, s))):
            start, end = offer.span
            return [self._detection(text, "offtopic.spam", start, end,
                                    f"annonce ({offer.explain()}) : publicité sans rapport")]  # fmt: skip
        if item.post is None or not item.post.text.strip():
            return []
        if asks:
            return []
        if relation(text, item.post.text) != "unrelated":
            readers = any(x.rule == "signal.to-the-readers" for x in s.spans)
            if not (readers and beside_the_post(text, item.post.text)):
                return []
            return [self._detection(text, "offtopic.unrelated", 0, len(text),
                                    "question aux autres lecteurs sur un autre sujet que la publication")]  # fmt: skip
        if s.asks and not only_private_life(text):
            return []
        own = sorted(t.split(":")[1] for t in topics_and_roots(text)[0] if t.startswith("topic:"))
        why = f"sujet sans rapport avec la publication ({', '.join(own)})" if own else (
            "bavardage sans rapport avec la publication")
        return [self._detection(text, "offtopic.unrelated", 0, len(text), why)]

    def _detection(self, text: str, category: str, start: int, end: int, evidence: str) -> Detection:
        return Detection(category=category, start=start, end=end, text=text[start:end],
                         score=0.9, detector=self.name, evidence=evidence)  # fmt: skip
