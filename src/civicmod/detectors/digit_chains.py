"""Runs of digit groups (``06 12 34 56 78``, ``1.85.05``) shared by number detectors.

The pattern is linear: digits and separators are disjoint sets, so the regex
engine never backtracks more than one separator.

>>> [g.digits for g in digit_chains("tel 06 12-34.56/78 !")[0]]
['06', '12', '34', '56', '78']
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

_CHAIN = re.compile(r"(?<![0-9A-Za-z])[0-9]+(?:(?: ?[.\-/] ?| {1,2})[0-9]+)*")
_GROUP = re.compile(r"[0-9]+")


@dataclass(frozen=True, slots=True)
class Group:
    """A run of digits at ``[start, end)``."""

    digits: str
    start: int
    end: int


@lru_cache(maxsize=64)
def digit_chains(text: str) -> tuple[tuple[Group, ...], ...]:
    """Every maximal chain of digit groups in ``text``; cached, detectors share it."""
    out = []
    for m in _CHAIN.finditer(text):
        base = m.start()
        out.append(
            tuple(
                Group(g.group(), base + g.start(), base + g.end())
                for g in _GROUP.finditer(m.group())
            )
        )
    return tuple(out)


def windows(groups: Sequence[Group], length: int) -> Iterator[tuple[int, int, str]]:
    """Each run of whole groups ``groups[i..j]`` whose digits total exactly ``length``.

    Yields ``(i, j, digits)``; each start looks ahead at most ``length`` digits.
    """
    for i in range(len(groups)):
        digits = ""
        for j in range(i, len(groups)):
            digits += groups[j].digits
            if len(digits) >= length:
                if len(digits) == length:
                    yield i, j, digits
                break


def luhn_ok(digits: str) -> bool:
    """The Luhn checksum of bank cards."""
    total = 0
    for pos, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if pos % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0
