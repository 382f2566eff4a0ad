"""IBANs (mod-97 checked, any SEPA country) and bare French RIBs (RIB key checked).

Written grouped by four, contiguous, lower case, or the RIB way
(``FR76 30006 00001 12345678901 89``).

>>> [d.text for d in IbanDetector().detect(Comment(text="iban fr76 3000 6000 0112 3456 7890 189"))]
['fr76 3000 6000 0112 3456 7890 189']
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from civicmod.detectors.registry import register_detector
from civicmod.detectors.text_detector import Found, TextDetector
from civicmod.text import TextView

__all__ = ["IBAN_LENGTHS", "IbanDetector", "iban_valid", "rib_valid"]

IBAN_LENGTHS: dict[str, int] = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22,
    "BH": 22, "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22,
    "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FO": 18, "FR": 27,
    "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28,
    "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20,
    "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MA": 28, "MC": 27,
    "MD": 24, "ME": 22, "MK": 19, "MR": 27, "MT": 31, "MU": 30, "NL": 18, "NO": 15,
    "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "SA": 24,
    "SC": 31, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "ST": 25, "SV": 28, "TL": 23,
    "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
}  # fmt: skip
"""IBAN length by country (ISO 13616 registry)."""

_IBAN = re.compile(r"(?<![0-9A-Za-z])[A-Za-z]{2} ?[0-9]{2}(?:[ \-]?[0-9A-Za-z]){8,30}")
_RIB = re.compile(
    r"(?<![0-9A-Za-z])([0-9]{5})[ \-]?([0-9]{5})[ \-]?([0-9A-Za-z]{11})[ \-]?([0-9]{2})"
    r"(?![0-9A-Za-z])"
)
_RIB_LETTERS = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "12345678912345678923456789")


def iban_valid(iban: str) -> bool:
    """Known country, right length, and ``int(rearranged) % 97 == 1``.

    >>> iban_valid("FR7630006000011234567890189"), iban_valid("FR7630006000011234567890188")
    (True, False)
    """
    iban = iban.upper()
    if IBAN_LENGTHS.get(iban[:2]) != len(iban) or not iban.isalnum():
        return False
    rearranged = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1


def rib_valid(bank: str, branch: str, account: str, key: str) -> bool:
    """The French RIB key: ``97 - (89·bank + 15·branch + 3·account) mod 97``."""
    acc = int(account.upper().translate(_RIB_LETTERS))
    return 97 - (89 * int(bank) + 15 * int(branch) + 3 * acc) % 97 == int(key)


@register_detector("iban", default=True)
class IbanDetector(TextDetector):
    """``personal_data.iban`` and ``personal_data.rib``: bank account numbers, checked."""

    needs_digit = True
    name = "iban"
    categories = ("personal_data.iban", "personal_data.rib")

    def find(self, view: TextView) -> Iterable[Found]:
        text = view.text
        ibans: list[tuple[int, int]] = []
        for m in _IBAN.finditer(text):
            length = IBAN_LENGTHS.get(m.group()[:2].upper())
            if length is None:
                continue
            chars, end = [], m.start()
            for pos in range(m.start(), m.end()):
                if text[pos].isalnum():
                    chars.append(text[pos])
                    if len(chars) == length:
                        end = pos + 1
                        break
            if len(chars) < length or (end < len(text) and text[end].isalnum()):
                continue
            if iban_valid("".join(chars)):
                yield Found("personal_data.iban", m.start(), end, 1.0, "IBAN, clé mod 97 vérifiée")
                ibans.append((m.start(), end))
        for m in _RIB.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in ibans):
                continue
            if rib_valid(*m.groups()):
                yield Found("personal_data.rib", m.start(), m.end(), 1.0, "RIB, clé vérifiée")
