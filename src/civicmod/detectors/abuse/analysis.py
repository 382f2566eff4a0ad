"""One pass over a comment that every abuse detector shares.

The text is normalised once (:func:`civicmod.text.normalize.normalize`),
lexicon phrases are tagged with their classes, standalone abuse words and the
patterns are matched, and each match goes through the guards that keep fair
speech up: quotation marks, reported speech (« il m'a traité de … »),
negation (« ne sont pas des parasites ») and counter-speech (« arrêtez de
dire… »). The result is cached per (text, post text), so the eight detectors
pay for one analysis.

>>> [h.category for h in analyse("bande de connards, vous nous prenez pour des cobayes")]
['abuse.insult']
>>> analyse("Mon fils s'est fait traiter de « sale arabe » a l'ecole.")
()
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import NamedTuple

from civicmod.detectors.abuse.lexicon import load_lexicon
from civicmod.lexicon import Lexicon, group_skips
from civicmod.lexicon.patterns import MAX_HITS, Matcher, Pattern, PatternIndex
from civicmod.text.caching import PER_TEXT
from civicmod.text.normalize import Words, normalize

_REPORT_WINDOW = 7
_NEGATION_BEFORE = 2
_NEGATION_AFTER = frozenset({"pas", "jamais", "nullement"})
_GROUP_CLASSES = frozenset({"group"})
_TARGETS = frozenset({"group", "worship"})
_DELETING = frozenset(
    {"abuse.insult", "abuse.hate", "abuse.threat", "abuse.apology", "abuse.defamation",
     "abuse.obscene"}
)  # fmt: skip
_SUBSUMED = frozenset({"abuse.vulgarity", "abuse.rudeness"})
"""Mild categories that say nothing more once a comment is unlawful."""


class _Raw(NamedTuple):
    category: str
    i: int
    j: int
    rule: str
    note: str
    score: float


class Hit(NamedTuple):
    """One finding: its category, original span, the rule behind it and why."""

    category: str
    start: int
    end: int
    rule: str
    note: str
    score: float
    obfuscated: bool = False


class _Guards:
    """What makes a match reported speech, negated or counter-speech."""

    def __init__(self, words: Words, spans: list[dict[str, list[int]]]) -> None:
        self.forms = words.forms
        self.sentences = words.sentences
        self.clauses = words.clauses
        self.quotes = words.quoted
        self.spans = spans
        self.n = len(words)

    def _has(self, cls: str, lo: int, hi: int, sent: int, clause: int | None = None) -> bool:
        spans, sentences, clauses = self.spans, self.sentences, self.clauses
        return any(
            cls in spans[j] and sentences[j] == sent and (clause is None or clauses[j] == clause)
            for j in range(max(lo, 0), min(hi, self.n))
        )

    def quoted(self, i: int, j: int) -> bool:
        quoted = self.quotes
        return quoted[i] or quoted[j - 1] or all(quoted[i:j])

    def reported(self, i: int, j: int) -> bool:
        return self._has("report", i - _REPORT_WINDOW, i, self.sentences[i])

    def negated(self, i: int, j: int, inside_only: bool = False) -> bool:
        """A negation in the match, right before it (same clause) or a « pas » right after."""
        if self._has("neg", i, j, self.sentences[i]):
            return True
        clauses = self.clauses
        if j < self.n and self.forms[j] in _NEGATION_AFTER and clauses[j] == clauses[j - 1]:
            return True
        if inside_only:
            return False
        return self._has("neg", i - _NEGATION_BEFORE, i, self.sentences[i], clauses[i])

    def countered(self, i: int, j: int) -> bool:
        return self._has("counter", i - 12, j + 12, self.sentences[i], self.clauses[i])


def _group_in(spans: list[dict[str, list[int]]]) -> bool:
    return any(s.keys() & _GROUP_CLASSES for s in spans)


def _hit(words: Words, raw: _Raw) -> Hit:
    i, j = raw.i, raw.j
    return Hit(raw.category, words.starts[i], words.ends[j - 1], raw.rule, raw.note, raw.score,
               any(words.obfuscated[i:j]))  # fmt: skip


def _terms(words: Words, spans: list[dict[str, list[int]]], lex: Lexicon,
           guards: _Guards) -> list[_Raw]:  # fmt: skip
    hits: list[_Raw] = []
    counts: dict[str, int] = {}
    for i, classes in enumerate(spans):
        for cls, ends in classes.items():
            term = lex.terms.get(cls)
            if term is None or term.needs_target or counts.get(cls, 0) >= MAX_HITS:
                continue
            j = max(ends)
            if guards.quoted(i, j) or guards.reported(i, j):
                continue
            counts[cls] = counts.get(cls, 0) + 1
            score = 0.95 if term.severity >= 2 else 0.9
            hits.append(_Raw(term.category, i, j, f"lexique.{cls}", term.note, score))
    return hits


def _patterns(words: Words, spans: list[dict[str, list[int]]], lex: Lexicon,
              guards: _Guards, group_in_post: bool,
              candidates: list[int] | None = None) -> list[_Raw]:  # fmt: skip
    group_here = _group_in(spans)
    matcher = Matcher(words.forms, words.sentences, spans)
    hits: list[_Raw] = []
    skip = lex.needs_group[(group_here, group_in_post)]
    for k, found in sorted(matcher.find_all(lex.index, skip, candidates).items()):
        pattern = lex.patterns[k]
        for i, j in found:
            if guards.quoted(i, j) or guards.reported(i, j):
                continue
            if matcher.cancelled(pattern, i):
                continue
            if _about_groups(pattern) and guards.countered(i, j):
                continue
            if pattern.negatable == "inside":
                if guards.negated(i, j, inside_only=True):
                    continue
            elif pattern.negatable and guards.negated(i, j):
                continue
            for category in _categories(pattern, group_here or group_in_post):
                hits.append(_Raw(category, i, j, pattern.id, pattern.note, 0.9))
    return hits


def _about_groups(pattern: Pattern) -> bool:
    """Counter-speech (« arrêtez les amalgames ») only cancels what speaks of groups."""
    return pattern.category == "abuse.hate" or pattern.hate_if_group


def _categories(pattern: Pattern, group_context: bool) -> tuple[str, ...]:
    first = "abuse.hate" if pattern.hate_if_group and group_context else pattern.category
    return (first, *pattern.also)


def _aimed_at_groups(hits: list[_Raw], words: Words,
                     spans: list[dict[str, list[int]]]) -> list[_Raw]:  # fmt: skip
    """Threats aimed at a protected group are incitement to hatred too."""
    if not any(h.category == "abuse.threat" for h in hits):
        return []
    targeted = {words.sentences[i] for i, s in enumerate(spans) if s.keys() & _TARGETS}
    return [
        _Raw("abuse.hate", h.i, h.j, f"{h.rule}+groupe",
             "Menace visant un groupe protégé : incitation à la haine.", h.score)
        for h in hits
        if h.category == "abuse.threat" and words.sentences[h.i] in targeted
    ]  # fmt: skip


def _merge(hits: list[_Raw]) -> list[_Raw]:
    """One hit per category and span; hate absorbs the insult it overlaps; once a comment
    is unlawful, its vulgarity and mockery say nothing more."""
    hate = [h for h in hits if h.category == "abuse.hate"]
    unlawful = any(h.category in _DELETING for h in hits)
    hits = [
        h
        for h in hits
        if not (unlawful and h.category in _SUBSUMED)
        and not (h.category == "abuse.insult" and any(h.i < g.j and g.i < h.j for g in hate))
    ]
    hits.sort(key=lambda h: (h.category, h.i, -(h.j - h.i), -h.score))
    kept: list[_Raw] = []
    for h in hits:
        last = kept[-1] if kept else None
        if last and last.category == h.category and h.i < last.j:
            continue
        kept.append(h)
    kept.sort(key=lambda h: (h.i, h.category))
    return kept


def pattern_matches(text: str, pattern_id: str, post_text: str = "") -> list[str]:
    """The spans of ``text`` one pattern alone reports, guards applied (tests, docs).

    >>> pattern_matches("je viens avec un flingue", "threat.weapon")
    ['je viens avec un flingue']
    """
    lex = load_lexicon()
    patterns = [p for p in lex.patterns if p.id == pattern_id]
    if not patterns:
        raise KeyError(pattern_id)
    words = normalize(text, lex.vocabulary)
    spans = lex.tag(words)
    group_in_post = bool(post_text) and _group_in(_post_spans(post_text, lex))
    solo = replace(
        lex, patterns=patterns, index=PatternIndex.build(patterns), needs_group=group_skips(patterns)
    )
    raws = _patterns(words, spans, solo, _Guards(words, spans), group_in_post)
    return [text[words.starts[r.i] : words.ends[r.j - 1]] for r in raws]


@lru_cache(maxsize=PER_TEXT)
def words_of(text: str, lexicon: Lexicon) -> Words:
    """The words of ``text`` as the abuse lexicon reads them, worked out once per text: the
    abuse analysis and the abuse model (:mod:`civicmod.detectors.abuse.model`) share them."""
    return normalize(text, lexicon.vocabulary)


@lru_cache(maxsize=PER_TEXT)
def analyse(
    text: str,
    post_text: str = "",
    lexicon: Lexicon | None = None,
    categories: frozenset[str] | None = None,
) -> tuple[Hit, ...]:
    """Every abuse finding in ``text``; ``post_text`` gives the context of groups.

    ``categories`` limits what is looked for (a page that turned some off):
    mockery is only subsumed by an unlawful category that is looked for.
    """
    lex = lexicon or load_lexicon()
    words = words_of(text, lex)
    candidates = lex.candidates(words.forms)
    if candidates is None:
        return ()
    spans = lex.tag(words)
    guards = _Guards(words, spans)
    group_in_post = bool(post_text) and _group_in(_post_spans(post_text, lex))
    hits = _terms(words, spans, lex, guards) + _patterns(
        words, spans, lex, guards, group_in_post, candidates
    )
    hits += _aimed_at_groups(hits, words, spans)
    if categories is not None:
        hits = [h for h in hits if h.category in categories]
    return tuple(_hit(words, h) for h in _merge(hits))


@lru_cache(maxsize=PER_TEXT)
def _post_spans(post_text: str, lex: Lexicon) -> list[dict[str, list[int]]]:
    """A post's classes: posts repeat across their comments, so they are cached."""
    return lex.tag(normalize(post_text, lex.vocabulary))
