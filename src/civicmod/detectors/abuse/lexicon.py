"""The abuse lexicon: words with their category, severity and need of a target.

Three TOML files in ``civicmod/data/abuse/`` hold it, written for civicmod:
``lexicon.toml`` (abuse words), ``classes.toml`` (grammar, people, groups,
praise, crime…) and ``patterns.toml`` (how words combine), in the format of
:mod:`civicmod.lexicon`. A page adds its own files (``[moderation] lexicon``).

>>> lex = load_lexicon()
>>> lex.terms_of("connard")[0].category
'abuse.insult'
>>> "abuse.hate" in {t.category for t in lex.terms_of("bougnoules")}
True
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from civicmod.lexicon import Lexicon, build_lexicon, merge_data, read_toml

CATEGORIES = (
    "abuse.insult",
    "abuse.hate",
    "abuse.threat",
    "abuse.apology",
    "abuse.defamation",
    "abuse.obscene",
    "abuse.vulgarity",
    "abuse.rudeness",
)
"""Every category the abuse detectors report."""

_PRIORITY = ("cul", "con", "bite", "pute", "encule", "gueule", "suce", "putain")
"""Words a ``*`` resolves to first when several fit (``c**`` is ``cul``)."""
_SMS_ABUSE = ("fdp", "ntm", "tg", "pd", "ftg")
"""Abbreviations rebuilt from ``f.d.p`` before they are expanded."""


def load_lexicon(extra: tuple[str, ...] = ()) -> Lexicon:
    """The lexicon shipped with civicmod, plus a page's ``extra`` files, loaded once
    (``load_lexicon()`` and ``load_lexicon(())`` are the same object)."""
    return _load_lexicon(tuple(extra))


@lru_cache(maxsize=8)
def _load_lexicon(extra: tuple[str, ...]) -> Lexicon:
    """The lexicon shipped with civicmod, plus a page's ``extra`` files, loaded once.

    An extra file may hold ``[[term]]``, ``[classes]``, ``[nouns]`` and
    ``[[pattern]]`` entries in the same format as civicmod's own
    (``docs/abuse.md``); they are added to civicmod's, never replace them.
    """
    base = files("civicmod") / "data" / "abuse"
    data = (
        read_toml(base / "lexicon.toml"),
        read_toml(base / "classes.toml"),
        read_toml(base / "patterns.toml"),
    )
    source = str(base)
    for name in extra:
        data = merge_data(data, read_toml(Path(name)))
        source += f" + {name}"
    return build_lexicon(
        *data,
        categories=CATEGORIES,
        source=source,
        vocabulary_first=_PRIORITY,
        vocabulary_extra=_SMS_ABUSE,
    )
