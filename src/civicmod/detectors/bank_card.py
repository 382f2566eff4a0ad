"""Bank card numbers: known issuer prefix, card length, and the Luhn checksum.

>>> [d.text for d in BankCardDetector().detect(Comment(text="ma CB 4970 1012 3456 7893"))]
['4970 1012 3456 7893']
"""

from __future__ import annotations

from collections.abc import Iterable

from civicmod.detectors.digit_chains import digit_chains, luhn_ok
from civicmod.detectors.registry import register_detector
from civicmod.detectors.text_detector import Found, TextDetector
from civicmod.text import TextView

__all__ = ["BankCardDetector", "card_network"]

_NETWORK_FIRST_DIGITS = frozenset("23456")


def card_network(digits: str) -> str:
    """The network a card number belongs to by its prefix and length, or ``""``."""
    n = len(digits)
    if digits[0] == "4" and n in (13, 16, 19):
        return "Visa"
    if n == 16 and (51 <= int(digits[:2]) <= 55 or 2221 <= int(digits[:4]) <= 2720):
        return "Mastercard"
    if n == 15 and digits[:2] in ("34", "37"):
        return "American Express"
    if n == 16 and (digits.startswith(("6011", "65")) or 644 <= int(digits[:3]) <= 649):
        return "Discover"
    if n == 16 and 3528 <= int(digits[:4]) <= 3589:
        return "JCB"
    return ""


def _card_grouping(groups: list[str]) -> bool:
    """Printed the way cards are: one block, fours (the last may be shorter), or Amex 4-6-5."""
    lengths = [len(g) for g in groups]
    return (
        len(lengths) == 1
        or (all(n == 4 for n in lengths[:-1]) and 1 <= lengths[-1] <= 4)
        or lengths in ([4, 6, 5], [4, 6, 4])
    )


@register_detector("bank_card", default=True)
class BankCardDetector(TextDetector):
    """``personal_data.bank_card``: a card number with a valid Luhn checksum."""

    needs_digit = True
    name = "bank_card"
    categories = ("personal_data.bank_card",)

    def find(self, view: TextView) -> Iterable[Found]:
        for groups in digit_chains(view.text):
            i = 0
            while i < len(groups):
                if groups[i].digits[0] not in _NETWORK_FIRST_DIGITS:
                    i += 1
                    continue
                digits, found = "", None
                for j in range(i, len(groups)):
                    digits += groups[j].digits
                    if len(digits) > 19:
                        break
                    if (
                        len(digits) >= 13
                        and _card_grouping([g.digits for g in groups[i : j + 1]])
                        and card_network(digits)
                        and luhn_ok(digits)
                    ):
                        found = (j, card_network(digits))
                if found is None:
                    i += 1
                    continue
                j, network = found
                yield Found(
                    "personal_data.bank_card",
                    groups[i].start,
                    groups[j].end,
                    1.0,
                    f"carte {network}, Luhn vérifié",
                )
                i = j + 1
