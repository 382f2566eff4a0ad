"""Phone numbers, French and international, validated by ``phonenumbers``.

Candidates are read by a linear scanner (every French writing: ``06 12 34 56
78``, ``06.12…``, ``06/12/34/56/78``, ``+33 (0)6…``, ``0033…``, ``06 12 345
678``); Google's libphonenumber then says whether the number exists. A national
number needs its leading 0 and ten digits, so short numbers (3949, 15, 112),
dates, prices, postcodes, SIREN/SIRET and file numbers are never phones.

>>> [d.text for d in PhoneDetector().detect(Comment(text="rappelez moi au +33 (0)6 12 34 56 78"))]
['+33 (0)6 12 34 56 78']
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from itertools import pairwise

import phonenumbers

from civicmod.detectors.digit_chains import Group
from civicmod.detectors.registry import register_detector
from civicmod.detectors.text_detector import Found, TextDetector
from civicmod.text import TextView

__all__ = ["PhoneDetector"]

_CHAIN = re.compile(
    r"(?<![0-9+])(?:\+ ?)?[0-9]+(?:(?: ?[.\-/] ?| {1,2}| ?\( ?0 ?\) ?)[0-9]+)*"
)
_GROUP = re.compile(r"\(\s?0\s?\)|[0-9]+")
_NOT_A_PHONE_BEFORE = re.compile(
    r"(?:(?:dossier|facture|commande|siret|siren|colis|suivi|contrat|client|immatriculation|"
    r"allocataire|fiscal|avis|quittance|demande|ticket|transaction)\W{0,3}"
    r"(?:n°|no\.?|num[ée]ro|num|#)|r[ée]f[ée]rence|r[ée]f\.?)\W{0,3}$",
    re.IGNORECASE,
)
_NATIONAL_DIGITS = 10
_SERVICE_KINDS = ("numéro vert", "coût partagé", "surtaxé")
_SERVICE_SCORE = 0.3
"""Toll-free, shared-cost and premium numbers belong to services, not to citizens."""
_MAX_INTERNATIONAL_DIGITS = 15
_MIN_INTERNATIONAL_DIGITS = 7


def _segments(text: str, groups: list[Group]) -> list[list[Group]]:
    """Split a chain where the gap is more than one separator (`` / ``, ``. ``, two spaces).

    ``06 12 34 56 78 / 07 11 22 33 44`` is two numbers; ``06/12/34/56/78`` is one.
    """
    segments = [[groups[0]]]
    for prev, group in pairwise(groups):
        trunk = group.digits.startswith("(") or prev.digits.startswith("(")
        if len(text[prev.end : group.start]) > 1 and not trunk:
            segments.append([])
        segments[-1].append(group)
    return segments


@register_detector("phone", default=True)
class PhoneDetector(TextDetector):
    """``personal_data.phone``: numbers that libphonenumber says are valid."""

    needs_digit = True
    name = "phone"
    categories = ("personal_data.phone",)

    def find(self, view: TextView) -> Iterable[Found]:
        text = view.text
        for m in _CHAIN.finditer(text):
            raw = m.group()
            groups = [
                Group(g.group(), m.start() + g.start(), m.start() + g.end())
                for g in _GROUP.finditer(raw)
            ]
            plus = m.start() if raw.startswith("+") else None
            for segment in _segments(text, groups):
                seg_plus = plus if segment[0] is groups[0] else None
                seg_start = seg_plus if seg_plus is not None else segment[0].start
                if _NOT_A_PHONE_BEFORE.search(text, max(0, seg_start - 40), seg_start):
                    continue
                yield from self._numbers(segment, seg_plus)

    def _numbers(self, groups: list[Group], plus: int | None) -> list[Found]:
        """The numbers a segment is made of, or none: a phone is never a piece of a longer number."""
        out: list[Found] = []
        i = 0
        while i < len(groups):
            found = self._longest_valid(groups, i, plus is not None and i == 0)
            if found is None:
                return []
            j, evidence = found
            start = plus if plus is not None and i == 0 else groups[i].start
            score = _SERVICE_SCORE if evidence.startswith(_SERVICE_KINDS) else 1.0
            out.append(Found("personal_data.phone", start, groups[j].end, score, evidence))
            i = j + 1
        return out

    def _longest_valid(self, groups: list[Group], i: int, plus: bool) -> tuple[int, str] | None:
        first = groups[i].digits
        if first.startswith("(") or not (plus or first.startswith("0")):
            return None
        intl = plus or first.startswith("00")
        digits = ""
        best: tuple[int, str] | None = None
        for j in range(i, len(groups)):
            part = groups[j].digits
            if part.startswith("("):
                if not intl:
                    return best
                continue
            digits += part
            if intl:
                number = "+" + (digits[2:] if digits.startswith("00") and not plus else digits)
                if len(number) - 1 > _MAX_INTERNATIONAL_DIGITS or number[1:2] == "0":
                    break
                evidence = _valid(number) if len(number) > _MIN_INTERNATIONAL_DIGITS else ""
                if evidence:
                    best = (j, evidence)
            else:
                if len(digits) >= _NATIONAL_DIGITS:
                    if len(digits) == _NATIONAL_DIGITS and digits[1] != "0":
                        evidence = _valid(digits)
                        if evidence:
                            return j, evidence
                    break
        return best


_TYPES = {
    phonenumbers.PhoneNumberType.MOBILE: "mobile",
    phonenumbers.PhoneNumberType.FIXED_LINE: "fixe",
    phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE: "fixe ou mobile",
    phonenumbers.PhoneNumberType.VOIP: "VoIP",
    phonenumbers.PhoneNumberType.TOLL_FREE: "numéro vert",
    phonenumbers.PhoneNumberType.SHARED_COST: "coût partagé",
    phonenumbers.PhoneNumberType.PREMIUM_RATE: "surtaxé",
}


_OVERSEAS = ("GP", "MQ", "GF", "RE", "YT", "PM", "BL", "MF")
"""French overseas regions dial their own national prefix (0590, 0262…) from a 0."""


@lru_cache(maxsize=8192)
def _valid(number: str) -> str:
    """A short evidence string if libphonenumber says ``number`` exists, else ``""``."""
    regions = ("FR",) if number.startswith("+") else ("FR", *_OVERSEAS)
    for region in regions:
        try:
            parsed = phonenumbers.parse(number, region)
        except phonenumbers.NumberParseException:
            return ""
        if phonenumbers.is_valid_number(parsed):
            break
    else:
        return ""
    region = phonenumbers.region_code_for_number(parsed) or "?"
    kind = _TYPES.get(phonenumbers.number_type(parsed), "numéro")
    return f"{kind} {region} valide"
