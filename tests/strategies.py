"""Hypothesis strategies: valid French identifiers in every writing citizens use."""

from __future__ import annotations

import phonenumbers
from hypothesis import assume
from hypothesis import strategies as st

from civicmod.detectors.iban import IBAN_LENGTHS
from civicmod.detectors.nir import nir_key

WORDS = [
    "Bonjour",
    "madame",
    "l'agent",
    "m'a",
    "dit",
    "d'écrire",
    "ici",
    "pour",
    "mon",
    "dossier",
    "qu'il",
    "était",
    "bloqué",
    "depuis",
    "trois",
    "semaines",
    "😡",
    "merci",
    "d'avance",
    "svp",
    "j'attends",
    "toujours",
    "réponse",
    "à",
    "la",
    "préfecture",
    "ÉTÉ",
    "déçue",
    "vraiment",
    "rappelez-moi",
    "au",
    "pr",
    "ma",
    "carte",
    "vitale",
    "œuvre",
    "où",
    "en",
    "est",
    "ma",
    "demande",
    "?",
    "!",
    "…",
    "👍",
    "c'est",
    "urgent",
    "voici",
    "mes",
    "coordonnées",
    ":",
]


def french_text(max_words: int = 8) -> st.SearchStrategy[str]:
    """A short run of French words, accents, elisions and emoji, with no digit in it."""
    return st.lists(st.sampled_from(WORDS), max_size=max_words).map(" ".join)


def _digits(n: int) -> st.SearchStrategy[str]:
    return st.text("0123456789", min_size=n, max_size=n)


@st.composite
def nir_parts(draw: st.DrawFn) -> tuple[str, ...]:
    """(sex, year, month, dept, commune, order, key) of a valid NIR."""
    sex = draw(st.sampled_from("12"))
    year = f"{draw(st.integers(0, 99)):02d}"
    month = f"{draw(st.integers(1, 12)):02d}"
    dept = draw(st.sampled_from([f"{d:02d}" for d in range(1, 96) if d != 20] + ["2A", "2B", "99"]))
    commune = f"{draw(st.integers(1, 990)):03d}"
    order = f"{draw(st.integers(1, 999)):03d}"
    body = sex + year + month + dept + commune + order
    key = f"{nir_key(body):02d}"
    return sex, year, month, dept, commune, order, key


@st.composite
def nir_writings(draw: st.DrawFn) -> tuple[str, str]:
    """(written NIR, its 15 characters) in one of the writings citizens use."""
    parts = draw(nir_parts())
    compact = "".join(parts)
    style = draw(
        st.sampled_from(
            ["spaced", "compact", "dots", "dashes", "irregular", "key_apart", "key_paren", "lower"]
        )
    )
    if style == "spaced":
        written = " ".join(parts)
    elif style == "compact":
        written = compact
    elif style == "dots":
        written = ".".join(parts)
    elif style == "dashes":
        written = "-".join(parts)
    elif style == "irregular":
        cuts = sorted(draw(st.sets(st.integers(1, 14), min_size=1, max_size=5)))
        pieces, last = [], 0
        for c in cuts:
            pieces.append(compact[last:c])
            last = c
        pieces.append(compact[last:])
        written = " ".join(pieces)
    elif style == "key_apart":
        written = compact[:13] + " clé " + compact[13:]
    elif style == "key_paren":
        written = " ".join(parts[:6]) + " (" + parts[6] + ")"
    else:
        written = " ".join(parts).lower()
    return written, compact


@st.composite
def french_phone_writings(draw: st.DrawFn) -> str:
    """A valid French number written the ways French people write them."""
    first = draw(st.sampled_from(["1", "2", "3", "4", "5", "6", "7", "9"]))
    rest = draw(_digits(8))
    national = "0" + first + rest
    assume(phonenumbers.is_valid_number(phonenumbers.parse(national, "FR")))
    pairs = [national[i : i + 2] for i in range(0, 10, 2)]
    intl = national[1:]
    style = draw(
        st.sampled_from(
            [
                "spaced",
                "dots",
                "dashes",
                "slashes",
                "compact",
                "plus",
                "plus_trunk",
                "double_zero",
                "three_groups",
                "plus_compact",
            ]
        )
    )
    return {
        "spaced": " ".join(pairs),
        "dots": ".".join(pairs),
        "dashes": "-".join(pairs),
        "slashes": "/".join(pairs),
        "compact": national,
        "plus": "+33 " + intl[0] + " " + " ".join(intl[i : i + 2] for i in range(1, 9, 2)),
        "plus_trunk": "+33 (0)" + intl[0] + " " + " ".join(intl[i : i + 2] for i in range(1, 9, 2)),
        "double_zero": "0033 " + intl[0] + " " + " ".join(intl[i : i + 2] for i in range(1, 9, 2)),
        "three_groups": f"{national[:2]} {national[2:4]} {national[4:7]} {national[7:]}",
        "plus_compact": "+33" + intl,
    }[style]


_LOCAL = st.text("abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=10)


@st.composite
def email_writings(draw: st.DrawFn) -> str:
    """An e-mail address, plain or spelled out (at, arobase, [at], point, dot, spaces)."""
    local = draw(st.lists(_LOCAL, min_size=1, max_size=3))
    sep = draw(st.sampled_from([".", "-", "_"]))
    provider = draw(
        st.sampled_from(
            ["gmail", "orange", "free", "laposte", "hotmail", "yahoo", "mairie-exemple", "wanadoo"]
        )
    )
    tld = draw(st.sampled_from(["fr", "com", "net", "org", "eu"]))
    at = draw(st.sampled_from(["@", " @ ", " at ", " arobase ", "[at]", " (at) ", " [at] "]))
    dot = draw(st.sampled_from([".", " point ", " dot ", "[dot]", " . ", " (point) "]))
    if at == "@" and dot not in (".", " . "):
        dot = "."
    return sep.join(local) + at + provider + dot + tld


def _iban_check(country: str, bban: str) -> str:
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{98 - int(numeric) % 97:02d}"


@st.composite
def iban_writings(draw: st.DrawFn) -> str:
    """A valid IBAN (FR or another SEPA country), grouped, compact, lower case or RIB-style."""
    country = draw(st.sampled_from(["FR", "FR", "DE", "BE", "ES", "IT", "NL", "CH", "LU", "PT"]))
    length = IBAN_LENGTHS[country]
    bban = draw(_digits(length - 4))
    iban = country + _iban_check(country, bban) + bban
    style = draw(st.sampled_from(["groups", "compact", "lower", "rib"]))
    if style == "rib" and country == "FR":
        return f"{iban[:4]} {iban[4:9]} {iban[9:14]} {iban[14:25]} {iban[25:]}"
    grouped = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    return {"groups": grouped, "compact": iban, "lower": grouped.lower(), "rib": grouped}[style]
