"""Adverts that use none of the known scam phrases: counting the kinds of cues an offer has.

A spammer's wording changes every week (« Achetez nos ventilateurs à -50% »,
« Massage relaxant, discret, DM », « Location de camping-car dispo, écrivez-moi »);
what an advert must do does not: offer something (``cue.offer``, ``cue.sale``),
give a price or a discount (``cue.price``), say how to reach the seller
(``cue.reach``, or ``cue.link``: a link to a site that is not official), press the reader
(``cue.urgency``). One cue is everyday French (« promo », « urgent »,
« 150 € d'amende »). An advert offers something and presses the reader to
reach the seller or to hurry, or sells with a price, or asks to be reached with
a price, or makes two offers (:attr:`Offer.is_advert`). With three kinds of
cues, one of them a way to reach the seller, or two offers and another cue, it
is an advert even when it also asks something (« Vous êtes propriétaire ? … de
30% avec notre cabinet, appelez-nous »). A comment that warns against a scam
(``signal.warning``: « arnaque », « ne cliquez pas ») quotes such words and is
never read as one.

>>> sorted(offer_cues("Soldes -70% sur nos parapluies, livraison gratuite", ()).kinds)
['cue.offer', 'cue.price']
>>> offer_cues("Soldes -70% sur nos parapluies, livraison gratuite", ()).is_advert
True
>>> offer_cues("150 € d'amende pour 2 km/h, bravo", ()).is_advert
False
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from civicmod.detectors.replies.lexicon import COMMERCE_CUES
from civicmod.detectors.replies.signals import Span, signals

_PRICE = re.compile(
    r"(?<![\w.,])\d{1,3}(?:[ \u00a0\u202f.,]?\d{3}){0,3}(?:[.,]\d{1,2})?\s?(?:€|euros?\b|eur\b|k€)"
    r"|(?<![\w])[-−]\s?\d{1,2}\s?%"
    r"|\d{1,3}\s?%\s?(?:de réduction|de reduction|de remise|offerts?|moins cher)",
    re.IGNORECASE,
)
"""Amounts, discounts (« -50% ») and rebates; every quantifier is bounded, so the search is linear."""
_OFFERING = frozenset({"cue.offer", "cue.sale"})
_REACH = frozenset({"cue.reach", "cue.link"})
_PRESSING = _REACH | {"cue.urgency"}
_STRONG = 3
"""Kinds of cues that make an advert even of a comment that asks something."""


@dataclass(frozen=True)
class Offer:
    """The advert cues of one comment, first of each kind."""

    cues: tuple[Span, ...]
    offers: int
    """How many offer and sale phrases the comment holds (« soldes … livraison gratuite »: 2)."""

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset(c.category for c in self.cues)

    @property
    def is_advert(self) -> bool:
        """An offer with a way to reach the seller or some urgency, a sale or words that ask to
        be reached with a price, or two offers. Not an offer with a price alone: « 135 € l'amende,
        c'est une promo » is scorn, and a link with a price is how news is shared."""
        kinds = self.kinds
        return (
            bool(kinds & _OFFERING and kinds & _PRESSING)
            or {"cue.sale", "cue.price"} <= kinds
            or {"cue.reach", "cue.price"} <= kinds
            or self.offers >= 2
        )

    @property
    def is_strong(self) -> bool:
        """Three kinds of cues, among them an offer and a way to reach the seller; or two offers
        and another kind (« devis gratuit, notre entreprise, intervention dans l'heure »)."""
        kinds = self.kinds
        return (len(kinds) >= _STRONG and bool(kinds & _OFFERING) and bool(kinds & _REACH)) or (
            self.offers >= 2 and len(kinds) >= 2
        )

    @property
    def span(self) -> tuple[int, int]:
        return min(c.start for c in self.cues), max(c.end for c in self.cues)

    def explain(self) -> str:
        """The cues in French, for the community manager (« offre, prix, contact »)."""
        names = {"cue.offer": "offre", "cue.sale": "vente", "cue.price": "prix",
                 "cue.reach": "contact du vendeur", "cue.link": "lien",
                 "cue.urgency": "urgence"}  # fmt: skip
        return ", ".join(names[c.category] for c in sorted(self.cues, key=lambda c: c.start))


def _apart(spans: list[tuple[int, int]]) -> int:
    """How many of the sorted ``spans`` do not overlap the one before (« livraison discrète »
    and « discrète » are one offer)."""
    count, reach = 0, -1
    for start, end in spans:
        if start >= reach:
            count += 1
        reach = max(reach, end)
    return count


def offer_cues(text: str, links: tuple[tuple[int, int], ...]) -> Offer:
    """The advert cues of ``text``; ``links`` are the character spans of its non-official links.

    A warning against scams has none.
    """
    s = signals(text)
    if s.has("signal.warning"):
        return Offer((), 0)
    found = [x for x in s.spans if x.category in COMMERCE_CUES]
    if not found:
        return Offer((), 0)  # a price and a link alone make no advert: no need to look for them
    offers = _apart(sorted((x.start, x.end) for x in found if x.category in _OFFERING))
    if price := _PRICE.search(text):
        found.append(Span("cue.price", price.start(), price.end(), "cue.price"))
    if links:
        found.append(Span("cue.link", *links[0], "cue.link"))
    first: dict[str, Span] = {}
    for cue in sorted(found, key=lambda c: c.start):
        first.setdefault(cue.category, cue)
    return Offer(tuple(first.values()), offers)
