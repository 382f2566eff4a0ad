"""Which official page answers a request (``replies.official-url``).

A page configures its official pages as ``[[resources]]`` (url, title,
keywords). Each title and keyword becomes a set of keys: roots of its content
words (:func:`civicmod.text.stem.stem`) and names of synonym groups, so that
« CNI » meets « carte d'identité » and « renouvellement » meets « renouveler ».
A request matches a phrase when it holds all the phrase's keys (three quarters
for long phrases); keys shared by many pages weigh less. The best page wins if
its score clears a threshold.

>>> from civicmod.config import Resource
>>> index = ResourceIndex((
...     Resource(url="https://www.service-public.fr/particuliers/vosdroits/F1342",
...              title="Passeport", keywords=("renouveler un passeport",)),
...     Resource(url="https://www.service-public.fr/particuliers/vosdroits/F1341",
...              title="Carte nationale d'identité", keywords=("CNI",)),
... ))
>>> index.best("comment on fait pr refaire sa carte d'identite ?").resource.title
"Carte nationale d'identité"
>>> index.best("c'est quand la fête de la musique ?") is None
True
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import NamedTuple

from civicmod.config import Resource
from civicmod.lexicon import Lexicon, build_lexicon, read_toml
from civicmod.text.caching import PER_TEXT
from civicmod.text.normalize import normalize
from civicmod.text.stem import STOPWORDS, stem

MIN_SCORE = 0.8
"""Below this, no page is sure enough to be proposed: a person answers instead. A key that
only one page holds weighs 1; a key that every page holds weighs little."""
_PARTIAL = 0.75
"""Share of a long phrase's weight a request must hold to match it."""


@dataclass(frozen=True)
class ResourceMatch:
    """The page that answers, how well, and the phrase of its configuration that matched."""

    resource: Resource
    score: float
    phrase: str
    keys: tuple[str, ...]


@lru_cache(maxsize=1)
def synonyms() -> Lexicon:
    """civicmod's synonym groups (``data/replies/synonyms.toml``) as a tagging lexicon."""
    data = read_toml(files("civicmod") / "data" / "replies" / "synonyms.toml")
    return build_lexicon({}, {"nouns": data.get("synonyms", {})}, {}, categories=())


KINDS = frozenset({
    "vaccin", "vaccins", "vaccination", "permis", "prime", "primes", "titre", "titres", "aide",
    "aides", "allocation", "allocations", "cheque", "cheques", "taxe", "taxes", "impot", "impots",
    "certificat", "attestation", "vignette", "pass", "acte", "actes", "extrait", "demande",
})  # fmt: skip
"""Nouns that name a kind of thing (« le vaccin contre … », « le permis … »): what follows says
which one, and a page about one of them does not answer another (« le vaccin contre le zona »
under a flu campaign, « le permis de chasser » beside the driving licence's page)."""
_OF = frozenset({"de", "du", "des", "d", "contre", "anti"})
_DIRECT = frozenset({"vaccin", "vaccins", "vaccination"})
"""Kind nouns that comments often join straight to what they name, « contre » dropped
(« vaccin fièvre jaune », « vaccination rougeole »)."""
_ARTICLES = frozenset({"la", "le", "l", "les"})
_SAME_KIND = frozenset({
    "nationale", "national", "francaise", "francais", "europeenne", "europeen", "nouveau",
    "nouvelle", "nouvelles", "nouveaux", "ancien", "ancienne", "anciens", "anciennes", "premier",
    "premiere", "provisoire", "papier", "ligne", "gratuit", "gratuite", "obligatoire", "actuel",
    "actuelle", "meme", "etat",
})  # fmt: skip
"""Words after a kind noun that do not name another thing (« la nouvelle carte »)."""


def _content(form: str) -> bool:
    """A word that says what a request is about: no stop word, no lone letter, no number."""
    return form not in STOPWORDS and len(form) > 1 and not form.isdigit()


class Keyed(NamedTuple):
    """A word of a request, its key (``None`` for a stop word), and whether a synonym phrase
    holds it."""

    form: str
    key: str | None
    grouped: bool


@lru_cache(maxsize=PER_TEXT)
def keyed(text: str) -> tuple[Keyed, ...]:
    """Each word of ``text`` with its key; a synonym phrase gives its group's key once, on its
    first word. Cached: a post's text is read for each of its comments."""
    lex = synonyms()
    words = normalize(text)
    spans = lex.tag(words)
    out: list[Keyed] = []
    skip_until = 0
    for i, form in enumerate(words.forms):
        if i < skip_until:
            out.append(Keyed(form, None, True))
        elif spans[i]:
            cls, ends = max(spans[i].items(), key=lambda kv: (max(kv[1]), kv[0]))
            out.append(Keyed(form, "@" + cls, True))
            skip_until = max(ends)
        elif _content(form):
            out.append(Keyed(form, stem(form), False))
        else:
            out.append(Keyed(form, None, False))
    return tuple(out)


@lru_cache(maxsize=PER_TEXT)
def keys_of(text: str) -> tuple[str, ...]:
    """The keys of ``text``: synonym groups (``@identity_card``) and roots of content words.

    A synonym phrase whose words are all there, in another order, names its group too
    (« les piscines privées, on peut les remplir ? » holds « remplir sa piscine »).
    """
    words = keyed(text)
    keys = [w.key for w in words if w.key is not None]
    free = frozenset(roots_of(words)).difference(borrowed(text))
    keys += [g for g in _scattered_groups(free) if g not in keys]
    return tuple(keys)


def roots_of(words: Sequence[Keyed]) -> list[str]:
    """The roots of every content word, those inside synonym phrases included."""
    return [stem(w.form) for w in words if _content(w.form)]


@lru_cache(maxsize=PER_TEXT)
def borrowed(text: str) -> dict[str, frozenset[str]]:
    """Roots that only words inside synonym phrases give, with the groups of those phrases.

    Such a root already speaks for its group: « voter » in « la personne qui va voter à ma
    place » asks about a proxy, and must not also make « inscrite … voter » read as « s'inscrire
    pour voter ». A phrase of the same group may still use it (« carte d'identité » meets the
    roots of « Carte nationale d'identité »).
    """
    inside: dict[str, set[str]] = {}
    outside: set[str] = set()
    group = ""
    for w in keyed(text):
        if not w.grouped:
            group = ""
        elif w.key is not None:
            group = w.key
        if not _content(w.form):
            continue
        root = stem(w.form)
        if group:
            inside.setdefault(root, set()).add(group)
        else:
            outside.add(root)
    return {root: frozenset(gs) for root, gs in inside.items() if root not in outside}


@lru_cache(maxsize=1)
def _group_roots() -> dict[str, list[tuple[str, frozenset[str]]]]:
    """Multi-word synonym phrases as root sets, by their first root: ``{root: [(@group, roots)]}``."""
    lex = synonyms()
    out: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for phrase, groups in lex.phrases.items():
        roots = frozenset(stem(f) for f in phrase if _content(f))
        if len(roots) >= 2:
            first = min(roots)
            out.setdefault(first, []).extend(("@" + g, roots) for g in sorted(groups))
    return out


def _scattered_groups(roots: frozenset[str]) -> list[str]:
    index = _group_roots()
    return sorted({g for r in roots for g, need in index.get(r, ()) if need <= roots})


def other_kind(text: str, known: frozenset[str]) -> str | None:
    """The word that makes ``text`` ask about another thing of a kind ``known`` keys cover.

    >>> other_kind("Le vaccin contre le zona est remboursé ?", frozenset({"vaccin", "@flu"}))
    'zona'
    >>> other_kind("le vaccin contre la grippe c'est quand", frozenset({"vaccin", "@flu"})) is None
    True
    """
    words = keyed(text)
    n = len(words)
    for i, w in enumerate(words):
        if w.grouped or w.form not in KINDS:
            continue
        j = i + 1
        if j < n and words[j].form in _OF:
            j += 1 + (j + 1 < n and words[j + 1].form in _ARTICLES)
        elif w.form not in _DIRECT or (j < n and words[j].form.endswith("ment")):
            continue  # only « vaccin fièvre jaune » drops its « contre »; « ce vaccin exactement »
        if j >= n:
            continue
        spec = words[j]
        if spec.key is None or spec.form in _SAME_KIND or spec.form in KINDS:
            continue
        if spec.key not in known:
            return spec.form
    return None


class ResourceIndex:
    """The ``[[resources]]`` of a page, ready to be matched against requests."""

    def __init__(self, resources: Iterable[Resource]) -> None:
        self.resources = tuple(resources)
        self._phrases: list[tuple[int, str, frozenset[str], frozenset[str]]] = []
        """Resource, phrase, keys, and the synonym groups it names (the roots they lend are its)."""
        for k, resource in enumerate(self.resources):
            for phrase in (resource.title, *resource.keywords):
                words = keyed(phrase)
                keys = frozenset(w.key for w in words if w.key is not None)
                groups = frozenset(key for key in keys if key.startswith("@"))
                if keys:
                    self._phrases.append((k, phrase, keys, groups))
                roots = frozenset(roots_of(words))
                if len(roots) >= 2 and roots != keys:
                    self._phrases.append((k, phrase, roots, groups))
        df: dict[str, set[int]] = {}
        for k, _, keys, _ in self._phrases:
            for key in keys:
                df.setdefault(key, set()).add(k)
        n = max(len(self.resources), 1)
        top = math.log(1 + n)
        self._weight = {key: math.log(1 + n / len(ks)) / top for key, ks in df.items()}
        self._keys_by_url: dict[str, frozenset[str]] = {}
        for k, _, keys, _ in self._phrases:
            url = self.resources[k].url
            self._keys_by_url[url] = self._keys_by_url.get(url, frozenset()) | keys
        self._totals = [sum(self._weight[key] for key in sorted(keys)) for _, _, keys, _ in self._phrases]
        self._by_key: dict[str, list[int]] = {}
        for p, (_, _, keys, _) in enumerate(self._phrases):
            for key in keys:
                self._by_key.setdefault(key, []).append(p)

    def scores(self, text: str) -> tuple[ResourceMatch, ...]:
        """Every page some phrase of which the request holds, best first.

        Cached per text: the request detectors, the off-topic detector and the reply
        rule all ask about the same comment.
        """
        return _scores(self, text)

    def _score(self, text: str) -> tuple[ResourceMatch, ...]:
        words = keyed(text)
        present = set(keys_of(text)) | set(roots_of(words))
        lent = borrowed(text)
        lent_roots = lent.keys()
        best: dict[int, ResourceMatch] = {}
        weight = self._weight.__getitem__
        candidates = {p for key in present for p in self._by_key.get(key, ())}
        for p in sorted(candidates):
            k, phrase, keys, groups = self._phrases[p]
            total = self._totals[p]
            held = keys & present
            if lent and not lent_roots.isdisjoint(held):
                held = frozenset(key for key in held if key not in lent or lent[key] & groups)
            got = sum(map(weight, sorted(held)))
            coverage = got / total if total else 0.0
            if coverage < 1.0 and not (len(keys) >= 4 and coverage >= _PARTIAL):
                continue
            score = got * coverage
            if k not in best or score > best[k].score:
                best[k] = ResourceMatch(self.resources[k], score, phrase, tuple(sorted(held)))
        return tuple(sorted(best.values(), key=lambda m: (-m.score, -len(m.keys), m.resource.url)))

    def best(
        self, text: str, min_score: float = MIN_SCORE, context: frozenset[str] = frozenset()
    ) -> ResourceMatch | None:
        """The page that best answers ``text``, or ``None`` when none is sure enough.

        ``context`` holds the keys of the post the comment answers: of two pages the comment
        names, the one it adds to its post is what it asks about (« avec la canicule, y a des
        restrictions d'eau ? » under a heat alert asks about water restrictions), provided the
        comment names it as surely: a weaker page is a passing word (« un malaise à cause de
        la chaleur sur le chantier » under a heat alert asks about the heat, not road works).
        """
        ranked = [m for m in self.scores(text) if m.score >= min_score]
        top = ranked[0].score if ranked else 0.0
        adding = [m for m in ranked if not set(m.keys) <= context and m.score >= top]
        chosen = adding or ranked
        return chosen[0] if chosen else None

    def keys_for(self, url: str) -> frozenset[str]:
        """Every key of a page's title and keywords."""
        return self._keys_by_url.get(url, frozenset())

    def follow_up(self, text: str, post_text: str, min_score: float = MIN_SCORE) -> ResourceMatch | None:
        """The page that answers the post ``text`` follows up on, when there is no doubt which.

        A post about « permis de conduire, carte grise » matches two pages: the
        follow-up must then name something of one of them (« le permis ») to get it.
        """
        ranked = [m for m in self.scores(post_text) if m.score >= min_score]
        if len(ranked) <= 1:
            return ranked[0] if ranked else None
        mine = set(keys_of(text))
        sharing = [m for m in ranked if mine & self._keys_by_url[m.resource.url]]
        return sharing[0] if len(sharing) == 1 else None


@lru_cache(maxsize=PER_TEXT)
def _scores(index: ResourceIndex, text: str) -> tuple[ResourceMatch, ...]:
    return index._score(text)


@lru_cache(maxsize=16)
def resource_index(resources: tuple[Resource, ...]) -> ResourceIndex:
    """One index per set of resources, built once (a page's config rarely changes)."""
    return ResourceIndex(resources)
