"""E-mail addresses, plain or obfuscated the ways citizens write them.

``jean.dupont@gmail.com``, ``jean.dupont at gmail.com``, ``jean arobase orange
point fr``, ``jean [at] free [dot] fr``, ``jean . dupont @ gmail . com``.

Matching starts from each ``@`` (or its spelled-out forms) and reads a bounded
window to each side, so time stays linear on hostile input.

>>> [d.text for d in EmailDetector().detect(Comment(text="écrivez à jm (at) free point fr svp"))]
['jm (at) free point fr']
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from civicmod.detectors.registry import register_detector
from civicmod.detectors.text_detector import Found, TextDetector
from civicmod.text import TextView

__all__ = ["EmailDetector"]

_AT = re.compile(
    r"@ ?| @ | @(?=(?:gmail|hotmail|yahoo|orange|free|sfr|laposte|outlook|icloud|wanadoo|live)\.)"
    r"|\s?[\[({<]\s?(?:at|@|arobase|arobas)\s?[\])}>]\s?"
    r"|\s(?:at|arobase|arobas)\s",
    re.IGNORECASE,
)
_LOCAL_REVERSED = re.compile(
    r"[\w+%-]+(?:(?:\.| \. |\s?[\])}>]\s?(?:tod|tniop|\.)\s?[\[({<]\s?|\s(?:tod|tniop)\s)[\w+%-]+)*",
    re.IGNORECASE,
)
_DOMAIN = re.compile(
    r"[\w-]+(?:(?:\.| \. |\s?[\[({<]\s?(?:dot|point|\.)\s?[\])}>]\s?|\s(?:dot|point)\s)[\w-]+)+",
    re.IGNORECASE,
)
_DOMAIN_SEP = re.compile(
    r"\s?[\[({<]\s?(?:dot|point|\.)\s?[\])}>]\s?|\s(?:dot|point)\s|\.| \. ", re.IGNORECASE
)
_COMMON_TLDS = frozenset(
    [
        "fr",
        "com",
        "net",
        "org",
        "eu",
        "be",
        "ch",
        "ca",
        "lu",
        "mc",
        "re",
        "gp",
        "mq",
        "gf",
        "yt",
        "nc",
        "pf",
        "pm",
        "wf",
        "io",
        "info",
        "biz",
        "de",
        "es",
        "it",
        "uk",
        "pt",
        "nl",
        "ma",
        "dz",
        "tn",
        "sn",
        "ci",
        "cm",
        "us",
        "me",
        "co",
    ]
)
_PROVIDERS = frozenset(
    [
        "gmail",
        "hotmail",
        "yahoo",
        "orange",
        "free",
        "sfr",
        "laposte",
        "outlook",
        "icloud",
        "wanadoo",
        "live",
        "protonmail",
        "proton",
        "aol",
        "gmx",
        "neuf",
        "bbox",
        "numericable",
        "club-internet",
        "msn",
        "me",
    ]
)
_WINDOW = 128


@register_detector("email", default=True)
class EmailDetector(TextDetector):
    """``personal_data.email``: addresses, including ``at``/``arobase``/``point`` spellings."""

    name = "email"
    categories = ("personal_data.email",)

    def find(self, view: TextView) -> Iterable[Found]:
        text = view.text
        last_end = 0
        for at in _candidates(text):
            if at.start() < last_end:
                continue
            left_from = max(last_end, at.start() - _WINDOW)
            left = text[left_from : at.start()][::-1]
            local = _LOCAL_REVERSED.match(left)
            if local is None:
                continue
            start = at.start() - local.end()
            if start > 0 and text[start - 1] in "/:@":
                continue
            domain = _DOMAIN.match(text, at.end(), min(len(text), at.end() + _WINDOW))
            if domain is None:
                continue
            end, labels = _trim_domain(domain.group(), at.end())
            if end is None:
                continue
            spelled = "@" not in at.group() or bool(
                _DOMAIN_SEP.search(domain.group()) and "." not in domain.group()
            )
            if (
                spelled
                and labels[-1].lower() not in _COMMON_TLDS
                and not (_PROVIDERS & {label.lower() for label in labels})
            ):
                continue
            evidence = "adresse écrite en toutes lettres" if spelled else "adresse e-mail"
            yield Found("personal_data.email", start, end, 0.95 if spelled else 1.0, evidence)
            last_end = end


def _candidates(text: str) -> Iterator[re.Match[str]]:
    """Every ``@`` and spelled-out « at », overlapping ones included: in ``at @ gmail.fr`` the
    word « at » is the address's local part, and the `` @ `` after it the separator. Each
    match starts at a new position and is at most a few characters long, so this stays
    linear."""
    pos = 0
    while (at := _AT.search(text, pos)) is not None:
        yield at
        pos = at.start() + 1


def _trim_domain(domain: str, offset: int) -> tuple[int | None, list[str]]:
    """Cut the domain after its last label that can be a TLD (2–24 letters)."""
    labels: list[tuple[str, int]] = []
    pos = 0
    for sep in _DOMAIN_SEP.finditer(domain):
        labels.append((domain[pos : sep.start()], pos + len(domain[pos : sep.start()])))
        pos = sep.end()
    labels.append((domain[pos:], len(domain)))
    while len(labels) >= 2:
        tld, tld_end = labels[-1]
        if 2 <= len(tld) <= 24 and tld.isalpha() and all(label for label, _ in labels):
            return offset + tld_end, [label for label, _ in labels]
        labels.pop()
    return None, []
