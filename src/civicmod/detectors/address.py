"""Postal addresses: a house number, a street type, a name, and perhaps a postcode and city.

A street alone (« les travaux rue de la République ») is not personal data, and
a number on a public building (« la mairie, 3 place du Marché ») rarely is. So
the score says how personal the address looks: 0.9 with a postcode or a personal
cue (« j'habite au », « mon adresse »), 0.5 for a bare number and street. The
default policy removes from 0.8; a stricter page can remove them all.

>>> d = AddressDetector().detect(Comment(text="j'habite au 12 bis rue des Lilas 69003 Lyon depuis 2 ans"))
>>> d[0].text, d[0].score
('12 bis rue des Lilas 69003 Lyon', 0.9)
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from civicmod.detectors.registry import register_detector
from civicmod.detectors.text_detector import Found, TextDetector
from civicmod.text import TextView

__all__ = ["AddressDetector"]

_STREET_TYPES = (
    "rue|avenue|av|ave|boulevard|bd|bld|blvd|place|pl|chemin|ch|allée|allee|impasse|imp|route|"
    "rte|quai|cours|square|sq|passage|résidence|residence|lotissement|lot|cité|cite|hameau|"
    "lieu-dit|lieu dit|voie|sentier|esplanade|promenade|faubourg|fbg|parvis|rond-point|montée|"
    "montee|traverse|villa|clos|domaine|mail"
)
_START = re.compile(
    r"(?<![\w,.])(?P<num>[0-9]{1,4})(?: ?(?:bis|ter|quater|[abt])\b)?,? (?:"
    + _STREET_TYPES
    + r")\.?(?= )",
    re.IGNORECASE,
)
_WORD = re.compile(r" ?([^\W\d_][\w'’\-]*)")
_POSTCODE_CITY = re.compile(
    r",? ?(?:[0-9]{5}|[0-9]{2} [0-9]{3}) ?,? ?(?:[A-Za-zÀ-ÿ][\w'’\-]*(?: [A-Za-zÀ-ÿ][\w'’\-]*){0,2})?"
)
_CITY_STOP = re.compile(
    r" (?:et|mais|depuis|pour|car|donc|je|j'|on|il|elle|svp|merci)\b.*$", re.IGNORECASE
)
_PERSONAL_CUE = re.compile(
    r"(?:j['’ ]?\s?habite|habitons|habitant|mon adresse|notre adresse|adresse\s?:|domicile|"
    r"chez (?:moi|nous)|je (?:vis|réside|reside|loge)|nous (?:vivons|résidons)|demeurant|"
    r"déménagé|demenage|nouvelle adresse|envoyez|envoyer|livr)",
    re.IGNORECASE,
)
_CONNECTORS = frozenset(
    [
        "de",
        "du",
        "des",
        "la",
        "le",
        "les",
        "l",
        "d",
        "l'",
        "d'",
        "l’",
        "d’",
        "à",
        "a",
        "au",
        "aux",
        "saint",
        "sainte",
        "st",
        "ste",
        "sur",
        "sous",
        "en",
    ]
)
_STOP = frozenset(
    [
        "et",
        "mais",
        "depuis",
        "pour",
        "car",
        "donc",
        "ou",
        "où",
        "je",
        "j'",
        "j’",
        "on",
        "nous",
        "il",
        "elle",
        "ils",
        "elles",
        "ça",
        "ca",
        "ce",
        "c'",
        "c’",
        "qui",
        "que",
        "qu'",
        "qu’",
        "avec",
        "sans",
        "mon",
        "ma",
        "mes",
        "votre",
        "vos",
        "notre",
        "nos",
        "est",
        "sont",
        "a",
        "ai",
        "avait",
        "svp",
        "stp",
        "merci",
        "bonjour",
        "il",
        "y",
        "dans",
        "par",
        "vers",
    ]
)
_MAX_NAME_WORDS = 5


@register_detector("address", default=True)
class AddressDetector(TextDetector):
    """``personal_data.address``: score 0.9 when clearly personal, 0.5 otherwise."""

    needs_digit = True
    name = "address"
    categories = ("personal_data.address",)

    def find(self, view: TextView) -> Iterable[Found]:
        text = view.text
        for m in _START.finditer(text):
            end = self._name_end(text, m.end())
            if end is None:
                continue
            postcode = _POSTCODE_CITY.match(text, end, min(len(text), end + 60))
            if postcode and any(c.isdigit() for c in postcode.group()):
                tail = _CITY_STOP.sub("", postcode.group())
                end += len(tail.rstrip(" ,"))
            cue = _PERSONAL_CUE.search(text, max(0, m.start() - 40), m.start()) is not None
            score = 0.9 if (postcode and any(c.isdigit() for c in postcode.group())) or cue else 0.5
            evidence = "adresse complète" if score > 0.5 else "numéro et voie"
            yield Found("personal_data.address", m.start(), end, score, evidence)

    @staticmethod
    def _name_end(text: str, pos: int) -> int | None:
        end, words, named = None, 0, False
        while words < _MAX_NAME_WORDS:
            w = _WORD.match(text, pos)
            if w is None:
                break
            word = w.group(1).lower()
            if word in _STOP:
                break
            pos = w.end()
            words += 1
            if word not in _CONNECTORS:
                named = True
                end = pos
        return end if named else None
