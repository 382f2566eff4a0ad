"""Names of accounts as comparable keys: folded words, without a leading article.

« le ministère de la Santé », « Ministere de la sante » and « du ministère de la
Santé » are one name; so are « la Croix-Rouge » and « de la Croix-Rouge ». Articles
*inside* a name stay (« ministère de la Santé »).

Two keys: :func:`name_key` keeps the words only; :func:`name_units` also keeps
how they are joined — a space, a hyphen, an apostrophe — because a hyphen makes
a name: « Croix-Rouge » is the association, « une croix rouge sur la carte » is
not (a directory that wants both lists both, as « Météo-France » and « Météo
France »).

>>> name_key("Le ministère de la Santé")
('ministere', 'de', 'la', 'sante')
>>> name_key("de la Croix-Rouge") == name_key("croix rouge")
True
>>> name_units("de la Croix-Rouge"), name_units("croix rouge")
(('croix', '-rouge'), ('croix', ' rouge'))
>>> name_units("l’Agence régionale de santé")
('agence', ' regionale', ' de', ' sante')
"""

from __future__ import annotations

from civicmod.text.fold import Token, tokens

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

_SPACES = " \t\u00a0\u2009\u202f"
_HYPHENS = frozenset("-\u2010\u2011\u2012\u2013")
_APOSTROPHES = frozenset("'\u2019\u02bc\u2018`\u00b4")


def strip_article(words: tuple[str, ...]) -> tuple[str, ...]:
    """``words`` without one leading article, unless nothing would be left."""
    return words[_article_length(words) :]


def _article_length(words: tuple[str, ...]) -> int:
    for article in ARTICLES:
        n = len(article)
        if len(words) > n and words[:n] == article:
            return n
    return 0


def name_key(name: str) -> tuple[str, ...]:
    """Folded words of ``name`` (case, accents, ligatures, apostrophes), no leading article."""
    return strip_article(tuple(t.text for t in tokens(name)))


def join_mark(gap: str) -> str | None:
    """How two words are joined: ``" "``, ``"-"``, ``"'"``; ``None`` if they are not one name.

    >>> [join_mark(g) for g in (" ", "\u00a0", "-", "’", "' ", ", ", " - ", ". ")]
    [' ', ' ', '-', "'", "'", None, None, None]
    """
    if not gap or len(gap) > 3:
        return None
    if not gap.strip(_SPACES):
        return " "
    if len(gap) == 1 and gap in _HYPHENS:
        return "-"
    core = gap.rstrip(_SPACES)
    if len(core) == 1 and core in _APOSTROPHES:
        return "'"
    return None


def units(text: str, words: list[Token]) -> list[str | None]:
    """Each word as it continues a name: its join mark then the word; ``None`` if it cannot."""
    out: list[str | None] = [None] * len(words)
    for i in range(1, len(words)):
        mark = join_mark(text[words[i - 1].end : words[i].start])
        out[i] = None if mark is None else mark + words[i].text
    return out


def name_units(name: str) -> tuple[str, ...]:
    """The first word, then each next word with how it is joined; no leading article.

    The key :class:`~civicmod.directory.Directory` matches names with: it tells
    « Croix-Rouge » (``('croix', '-rouge')``) from « croix rouge ».
    """
    words = tokens(name)
    skip = _article_length(tuple(t.text for t in words))
    if not words[skip:]:
        return ()
    joined = units(name, words)
    rest = tuple(u if u is not None else " " + w.text for u, w in zip(joined, words, strict=True))
    return (words[skip].text, *rest[skip + 1 :])
