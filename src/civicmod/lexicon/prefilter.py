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

from collections.abc import Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from civicmod.lexicon.patterns import Element, PatternIndex, rarest, rarity

Phrase = tuple[frozenset[str], tuple[frozenset[str], ...]]
"""A phrase alternative: the keys its one-key atoms need, all of them (words, and classes as
``@class``), then the keys each other atom may be."""
Need = tuple[frozenset[str], tuple[Phrase, ...]]
"""What one required element needs: one of its keys, or every atom of one of its phrase
alternatives."""
Check = tuple[int, tuple[frozenset[str], ...], tuple[Need, ...]]
"""A sequence, and what it still needs once its anchor is there: elements that are a plain
set of keys (one must be present), then the elements with phrase alternatives."""


def _keys(literals: Iterable[str], classes: Iterable[str]) -> frozenset[str]:
    return frozenset((*literals, *("@" + c for c in classes)))


def _phrase(atoms: Iterable[Element]) -> Phrase:
    keys = [_keys(a.literals, a.classes) for a in atoms]
    return frozenset(k for ks in keys if len(ks) == 1 for k in ks), tuple(ks for ks in keys if len(ks) > 1)


def _need(el: Element) -> Need:
    return _keys(el.literals, el.classes), tuple(_phrase(phrase) for phrase in el.phrases)


def _possible(need: Need, keys: AbstractSet[str]) -> bool:
    direct, phrases = need
    if not keys.isdisjoint(direct):
        return True
    for every, some in phrases:
        if every <= keys:
            for atom in some:
                if keys.isdisjoint(atom):
                    break
            else:
                return True
    return False


def _check(seq_id: int, needs: Iterable[Need], anchor: str) -> Check:
    """The needs left to test when ``anchor`` is present, the most selective first."""
    rest = [n for n in needs if n[1] or anchor not in n[0]]
    plain = sorted((n[0] for n in rest if not n[1]), key=rarity)
    return seq_id, tuple(plain), tuple(n for n in rest if n[1])


@dataclass(frozen=True)
class Prefilter:
    """The words that bring each class in, and what each sequence needs."""

    single: dict[str, tuple[frozenset[str], bool]]
    """A word's classes that matter, as ``@class`` keys, and whether one is standalone."""
    multi: dict[str, tuple[tuple[frozenset[str], frozenset[str], bool], ...]]
    """By its rarest word, each longer phrase's words, its ``@class`` keys, and whether one
    is standalone."""
    standalone: frozenset[str]
    """Classes of terms that need no target: reported wherever they occur."""
    checks: dict[str, tuple[Check, ...]]
    """By anchor key (a word, or ``@class``), what each sequence it switches on still needs."""

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
            for direct, alternatives in seq_needs:
                atoms = [direct, *(a for every, some in alternatives for a in (every, *some))]
                relevant.update(k[1:] for keys in atoms for k in keys if k.startswith("@"))
        single: dict[str, tuple[frozenset[str], bool]] = {}
        multi: dict[str, list[tuple[frozenset[str], frozenset[str], bool]]] = {}
        for phrase, of_phrase in phrases.items():
            kept = of_phrase & relevant
            if not kept:
                continue
            keys, alone = _keys((), kept), not kept.isdisjoint(standalone)
            if len(phrase) == 1:
                single[phrase[0]] = (keys, alone)
            else:
                multi.setdefault(rarest(phrase), []).append((frozenset(phrase), keys, alone))
        checks: dict[str, list[Check]] = {}
        for key, seq_ids in index.anchors.items():
            checks[key] = [_check(seq_id, needs[seq_id], key) for seq_id in dict.fromkeys(seq_ids)]
        return cls(
            single,
            {k: tuple(v) for k, v in multi.items()},
            frozenset(standalone),
            {k: tuple(dict.fromkeys(v)) for k, v in checks.items()},
        )

    def _keys(self, forms: Sequence[str]) -> tuple[frozenset[str] | set[str], bool]:
        """The words and ``@classes`` ``forms`` may hold, and whether a standalone term is there."""
        words = frozenset(forms)
        single, multi = self.single, self.multi
        present = single.keys() & words
        longer = multi.keys() & words
        if not present and not longer:
            return words, False
        keys = set(words)
        standalone = False
        for word in present:
            classes, alone = single[word]
            keys |= classes
            standalone = standalone or alone
        for word in longer:
            for phrase, classes, alone in multi[word]:
                if phrase <= words:
                    keys |= classes
                    standalone = standalone or alone
        return keys, standalone

    def can_match(self, forms: Sequence[str]) -> bool:
        """False when no term and no sequence can match ``forms``."""
        keys, standalone = self._keys(forms)
        return standalone or next(self._passing(keys), None) is not None

    def candidates(self, forms: Sequence[str]) -> list[int] | None:
        """The sequences that may match ``forms``, in order; ``None`` when nothing may be
        found (no standalone term either). The matcher then tries only these."""
        keys, standalone = self._keys(forms)
        found = set(self._passing(keys))
        return sorted(found) if found or standalone else None

    def _passing(self, keys: AbstractSet[str]) -> Iterator[int]:
        """The sequences whose needs ``keys`` may meet (loops, not ``all()``: this is hot)."""
        checks = self.checks
        for anchor in checks.keys() & keys:
            for seq_id, plain, phrased in checks[anchor]:
                for need in plain:
                    if keys.isdisjoint(need):
                        break
                else:
                    for alternatives in phrased:
                        if not _possible(alternatives, keys):
                            break
                    else:
                        yield seq_id
