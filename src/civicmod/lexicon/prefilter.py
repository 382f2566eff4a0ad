"""A necessary condition for a lexicon to find anything, read off the set of a text's words.

Tagging and matching walk a comment word by word; most comments hold nothing
to find, and a set intersection can say so first. A class can occur only if
every word of one of its phrases is in the text; a sequence can match only if
each of its required elements can (a literal, a class that can occur, or a
phrase alternative all of whose words can); a standalone term only if its
class can occur. Word order, sentences, capitals and exceptions are ignored:
the condition may let a comment through that finds nothing, never the
reverse.

>>> from civicmod.lexicon import build_lexicon
>>> lex = build_lexicon(
...     {}, {"classes": {"first": ["je"], "kill": ["tuer", "buter"]}},
...     {"pattern": [{"id": "t", "category": "c", "match": ["@first ~2 vais @kill"]}]},
...     categories=("c",))
>>> lex.can_match("je vais le buter".split()), lex.can_match("je vais le voir".split())
(True, False)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from civicmod.lexicon.patterns import Element, PatternIndex, rarest

Need = tuple[frozenset[str], frozenset[str], tuple[tuple[tuple[frozenset[str], frozenset[str]], ...], ...]]
"""What one required element needs: one of its words, one of its classes, or every atom
(a word or a class) of one of its phrase alternatives."""


def _split(keys: Iterable[str]) -> tuple[frozenset[str], frozenset[str]]:
    keys = list(keys)
    return (frozenset(k for k in keys if not k.startswith("@")),
            frozenset(k[1:] for k in keys if k.startswith("@")))  # fmt: skip


def _need(el: Element) -> Need:
    phrases = tuple(
        tuple(_split({*a.literals, *("@" + c for c in a.classes)}) for a in phrase)
        for phrase in el.phrases
    )
    return frozenset(el.literals), frozenset(el.classes), phrases


def _possible(need: Need, words: AbstractSet[str], classes: AbstractSet[str]) -> bool:
    literals, wanted, phrases = need
    if not words.isdisjoint(literals) or not classes.isdisjoint(wanted):
        return True
    return any(
        all(not words.isdisjoint(w) or not classes.isdisjoint(c) for w, c in phrase)
        for phrase in phrases
    )


@dataclass(frozen=True)
class Prefilter:
    """The words that bring each class in, and what each sequence needs."""

    single: dict[str, frozenset[str]]
    """A word's classes, among those that matter."""
    multi: dict[str, tuple[tuple[frozenset[str], frozenset[str]], ...]]
    """By its rarest word, each longer phrase's words and classes."""
    standalone: frozenset[str]
    """Classes of terms that need no target: reported wherever they occur."""
    by_word: dict[str, tuple[int, ...]]
    by_class: dict[str, tuple[int, ...]]
    """The sequences one of whose required elements is this word or class (the index anchors)."""
    needs: tuple[tuple[Need, ...], ...]
    """For each sequence, its required elements."""

    @classmethod
    def build(
        cls, phrases: Mapping[tuple[str, ...], AbstractSet[str]], standalone: AbstractSet[str],
        index: PatternIndex,
    ) -> Prefilter:  # fmt: skip
        needs = tuple(
            tuple(_need(el) for el in seq if not el.gap and not el.optional)
            for _, seq in index.sequences
        )
        relevant = set(standalone)
        for seq_needs in needs:
            for _, classes, alternatives in seq_needs:
                relevant |= classes
                relevant.update(c for phrase in alternatives for _, cs in phrase for c in cs)
        single: dict[str, frozenset[str]] = {}
        multi: dict[str, list[tuple[frozenset[str], frozenset[str]]]] = {}
        for phrase, of_phrase in phrases.items():
            kept = frozenset(of_phrase & relevant)
            if not kept:
                continue
            if len(phrase) == 1:
                single[phrase[0]] = kept
            else:
                multi.setdefault(rarest(phrase), []).append((frozenset(phrase), kept))
        by_word: dict[str, list[int]] = {}
        by_class: dict[str, list[int]] = {}
        for key, seq_ids in index.anchors.items():
            if key.startswith("@"):
                by_class.setdefault(key[1:], []).extend(seq_ids)
            else:
                by_word.setdefault(key, []).extend(seq_ids)
        return cls(
            single,
            {k: tuple(v) for k, v in multi.items()},
            frozenset(standalone),
            {k: tuple(v) for k, v in by_word.items()},
            {k: tuple(v) for k, v in by_class.items()},
            needs,
        )

    def classes(self, words: AbstractSet[str]) -> set[str]:
        """The classes that matter and that ``words`` may hold."""
        found: set[str] = set()
        single, multi = self.single, self.multi
        for word in words:
            classes = single.get(word)
            if classes:
                found |= classes
            longer = multi.get(word)
            if longer:
                for phrase, classes in longer:
                    if phrase <= words:
                        found |= classes
        return found

    def can_match(self, forms: Sequence[str]) -> bool:
        """False when no term and no sequence can match ``forms``."""
        words = set(forms)
        classes = self.classes(words)
        if not classes.isdisjoint(self.standalone):
            return True
        needs = self.needs
        tried: set[int] = set()
        for table, keys in ((self.by_class, classes), (self.by_word, words)):
            for key in keys:
                for seq_id in table.get(key, ()):
                    if seq_id in tried:
                        continue
                    tried.add(seq_id)
                    if all(_possible(need, words, classes) for need in needs[seq_id]):
                        return True
        return False
