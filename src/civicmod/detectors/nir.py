"""French social security numbers (NIR), key checked.

15 characters: sex, year, month, department (``2A``/``2B`` for Corsica, ``99``
born abroad), commune, order, and a key ``97 - (first 13 digits mod 97)``.
Found however written: grouped, dotted, dashed, irregular groups, lower case,
key written apart (``… 084 clé 91``).

>>> [d.text for d in NirDetector().detect(Comment(text="mon n° 2 55 08 2A 004 018 77 merci"))]
['2 55 08 2A 004 018 77']
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from civicmod.detectors.registry import register_detector
from civicmod.detectors.text_detector import Found, TextDetector
from civicmod.text import TextView

__all__ = ["NirDetector", "nir_key", "nir_valid"]

_SEP = r"(?: ?[.\-/] ?| {1,2})"
_CHAIN = re.compile(
    r"(?<![0-9A-Za-z])[1-478][0-9]*(?:[AaBb][0-9]*)?(?:" + _SEP + r"(?:[0-9]+(?:[AaBb][0-9]*)?|[AaBb][0-9]*))*"
)
_TOKEN = re.compile(r"[0-9]+(?:[AaBb][0-9]*)?|[AaBb][0-9]*")
"""A group of a NIR; Corsica's letter may open one, or stand alone, when the citizen cut « 2A »
(« 100012 A001… », « 100012 A 001… »)."""
_KEY_APART = re.compile(
    r"[ ,]{0,2}(?:\(?\s?(?:cl[ée]f?|key|cle)\s?:?\s?|\()\s?([0-9]{2})\)?(?![0-9])", re.IGNORECASE
)


def nir_key(body: str) -> int:
    """The key of the first 13 characters; Corsica's 2A/2B count as 19/18."""
    body = body.upper().replace("2A", "19", 1) if body[5:7].upper() == "2A" else body
    body = body.upper().replace("2B", "18", 1) if body[5:7].upper() == "2B" else body
    return 97 - int(body) % 97


def nir_valid(nir: str) -> bool:
    """True for a well-formed 15-character NIR with the right key.

    >>> nir_valid("185057800608491"), nir_valid("185057800608492")
    (True, False)
    """
    nir = nir.upper()
    if len(nir) != 15 or nir[0] not in "123478":
        return False
    if not (nir[:5] + nir[7:]).isdigit():
        return False
    dept = nir[5:7]
    if not (dept.isdigit() or dept in ("2A", "2B")):
        return False
    month = int(nir[3:5])
    if not (1 <= month <= 12 or 20 <= month <= 42 or 50 <= month <= 99):
        return False
    return nir_key(nir[:13]) == int(nir[13:])


@register_detector("nir", default=True)
class NirDetector(TextDetector):
    """``personal_data.nir``: the numéro de sécurité sociale, key verified."""

    needs_digit = True
    name = "nir"
    categories = ("personal_data.nir",)

    def find(self, view: TextView) -> Iterable[Found]:
        text = view.text
        for m in _CHAIN.finditer(text):
            tokens = [
                (t.group(), m.start() + t.start(), m.start() + t.end())
                for t in _TOKEN.finditer(m.group())
            ]
            yield from self._in_chain(text, tokens)

    def _in_chain(self, text: str, tokens: list[tuple[str, int, int]]) -> Iterable[Found]:
        i = 0
        while i < len(tokens):
            chars = ""
            found = None
            for j in range(i, len(tokens)):
                chars += tokens[j][0]
                if len(chars) == 15 and nir_valid(chars):
                    found = (j, tokens[j][2], "clé vérifiée")
                    break
                if len(chars) == 13 and j == len(tokens) - 1:
                    key = _KEY_APART.match(text, tokens[j][2])
                    if key and nir_valid(chars + key.group(1)):
                        found = (j, key.end(), "clé écrite à part, vérifiée")
                    break
                if len(chars) >= 15:
                    break
            if found is None:
                i += 1
                continue
            j, end, evidence = found
            yield Found("personal_data.nir", tokens[i][1], end, 1.0, evidence)
            i = j + 1
