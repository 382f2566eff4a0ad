"""Names of accounts as comparable keys: folded words, without a leading article.

« le ministère de la Santé », « Ministere de la sante » and « du ministère de la
Santé » are one name; so are « la Croix-Rouge », « Croix Rouge » and « de la
Croix-Rouge ». Articles *inside* a name stay (« ministère de la Santé »).

>>> name_key("Le ministère de la Santé")
('ministere', 'de', 'la', 'sante')
>>> name_key("de la Croix-Rouge") == name_key("croix rouge")
True
>>> name_key("l'Agence régionale de santé")
('agence', 'regionale', 'de', 'sante')
"""

from __future__ import annotations

from civicmod.text.fold import tokens

ARTICLES: tuple[tuple[str, ...], ...] = (
    ("de", "la"),
    ("de", "l"),
    ("le",),
    ("la",),
    ("les",),
    ("l",),
    ("du",),
    ("des",),
    ("d",),
    ("au",),
    ("aux",),
)
"""Leading articles and elisions folded away, longest first (« de la » before « de »)."""


def strip_article(words: tuple[str, ...]) -> tuple[str, ...]:
    """``words`` without one leading article, unless nothing would be left."""
    for article in ARTICLES:
        n = len(article)
        if len(words) > n and words[:n] == article:
            return words[n:]
    return words


def name_key(name: str) -> tuple[str, ...]:
    """Folded words of ``name`` (case, accents, ligatures, apostrophes), no leading article."""
    return strip_article(tuple(t.text for t in tokens(name)))
