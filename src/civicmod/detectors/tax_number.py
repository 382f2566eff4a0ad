"""The French numéro fiscal (SPI): 13 digits, the last three a key mod 511.

>>> [d.text for d in TaxNumberDetector().detect(Comment(text="mon numéro fiscal 30 23 217 600 053"))]
['30 23 217 600 053']
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from civicmod.detectors.digit_chains import digit_chains, windows
from civicmod.detectors.registry import register_detector
from civicmod.detectors.text_detector import Found, TextDetector
from civicmod.text import TextView

__all__ = ["TaxNumberDetector", "tax_number_valid"]

_CUE = re.compile(r"fiscal|imp[oô]ts?|spi\b|d[ée]claration|avis", re.IGNORECASE)


def tax_number_valid(digits: str) -> bool:
    """First digit 0–3 and ``int(first 10) % 511 == last 3``.

    >>> tax_number_valid("3023217600053")
    True
    """
    return (
        len(digits) == 13
        and digits.isdigit()
        and digits[0] in "0123"
        and int(digits[:10]) % 511 == int(digits[10:])
    )


@register_detector("tax_number", default=True)
class TaxNumberDetector(TextDetector):
    """``personal_data.tax_number``: the key makes a random 13-digit match 1 in 511."""

    needs_digit = True
    name = "tax_number"
    categories = ("personal_data.tax_number",)

    def find(self, view: TextView) -> Iterable[Found]:
        text = view.text
        for groups in digit_chains(text):
            last = -1
            for i, j, digits in windows(groups, 13):
                if i <= last or not tax_number_valid(digits):
                    continue
                start, end = groups[i].start, groups[j].end
                cue = _CUE.search(text, max(0, start - 60), start) is not None
                yield Found(
                    "personal_data.tax_number",
                    start,
                    end,
                    0.95 if cue else 0.85,
                    "numéro fiscal, clé mod 511 vérifiée",
                )
                last = j
