"""Identifiers with no checksum, found only right after the words that name them.

A CAF allocataire number is 7 digits, a France Travail identifier 7 digits and
a letter: without a cue (« mon numéro allocataire », « identifiant France
Travail ») they are indistinguishable from any number, so the cue is required.

>>> [d.text for d in CafNumberDetector().detect(Comment(text="num allocataire : 1234567 merci"))]
['1234567']
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from civicmod.detectors.registry import register_detector
from civicmod.detectors.text_detector import Found, TextDetector
from civicmod.text import TextView

__all__ = ["CafNumberDetector", "CuedIdentifierDetector", "FranceTravailIdDetector"]

_LINK = r"[^0-9\n]{0,20}?"


class CuedIdentifierDetector(TextDetector):
    """A detector for ``pattern`` where it follows ``cue`` within a few words."""

    needs_digit = True
    category: str = ""
    evidence: str = ""
    pattern: re.Pattern[str]

    def find(self, view: TextView) -> Iterable[Found]:
        for m in self.pattern.finditer(view.text):
            yield Found(self.category, m.start("id"), m.end("id"), 0.9, self.evidence)


@register_detector("caf_number", default=True)
class CafNumberDetector(CuedIdentifierDetector):
    """``personal_data.caf_number``: 7 digits after « allocataire » or « n° CAF »."""

    name = "caf_number"
    categories = ("personal_data.caf_number",)
    category = "personal_data.caf_number"
    evidence = "numéro allocataire annoncé"
    pattern = re.compile(
        r"(?:allocataire|\balloc\b|\bcaf\b)"
        + _LINK
        + r"(?<![0-9])(?P<id>[0-9]{7}|[0-9]{3} [0-9]{4}|[0-9]{4} [0-9]{3})(?![0-9])",
        re.IGNORECASE,
    )


@register_detector("france_travail_id", default=True)
class FranceTravailIdDetector(CuedIdentifierDetector):
    """``personal_data.france_travail_id``: 7 digits and a letter (or 8 characters) after the cue."""

    name = "france_travail_id"
    categories = ("personal_data.france_travail_id",)
    category = "personal_data.france_travail_id"
    evidence = "identifiant France Travail annoncé"
    pattern = re.compile(
        r"(?:france\s?travail|p[oô]le[\s-]?emploi|\bft\b|\bpe\b)"
        + _LINK
        + r"(?<![0-9A-Za-z])(?P<id>[0-9]{7}[A-Za-z]|[0-9]{8}|[0-9]{3} ?[0-9]{4} ?[A-Za-z])"
        r"(?![0-9A-Za-z])",
        re.IGNORECASE,
    )
