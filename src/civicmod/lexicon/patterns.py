"""A small pattern language over normalised words, matched in linear time.

A pattern is written as elements separated by spaces (``patterns.toml``)::

    @first ~3 @pro_person|tous @violence_t     « on va vous buter », « je la tue »

- ``word``: a literal (folded); ``a|b|@cls``: alternatives, ``@cls`` a word class;
- ``(la pire erreur|a la cuisine)``: alternatives of several words;
- ``elem?``: optional; ``~N``: up to N words of anything, inside the sentence.

Matching tries each pattern only where its first element can match, walks at
most a bounded number of words, and stops after :data:`MAX_HITS` matches per
pattern, so hostile input costs time proportional to its length.

>>> p = compile_pattern({"id": "t", "category": "abuse.threat", "match": ["je ~2 tuer"]}, set())
>>> [e.literals for e in p.sequences[0] if e.literals]
[frozenset({'je'}), frozenset({'tuer'})]
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from typing import Any

from civicmod.text.fold import fold_word

MAX_HITS = 20
"""Matches kept per pattern and text: enough to explain, bounded on hostile input."""

MAX_GAP = 12


@dataclass(frozen=True, slots=True)
class Element:
    """One position of a pattern: literals or classes, optional, or a gap of up to ``gap`` words."""

    literals: frozenset[str] = frozenset()
    classes: frozenset[str] = frozenset()
    optional: bool = False
    gap: int = 0
    phrases: tuple[tuple[Element, ...], ...] = ()
    phrase_starts: frozenset[str] = frozenset()
    """The words and ``@classes`` a phrase alternative can start with: a quick test."""


@dataclass(frozen=True)
class Pattern:
    """A compiled pattern with what it reports and how it is guarded."""

    id: str
    category: str
    sequences: tuple[tuple[Element, ...], ...]
    note: str = ""
    negatable: bool | str = True
    hate_if_group: bool = False
    group: str = ""
    also: tuple[str, ...] = ()
    examples: tuple[str, ...] = ()
    counter: tuple[str, ...] = ()
    unless: str = ""
    """A word class: the pattern does not fire where a phrase of it covers its first word
    (« c'est quand même » is no « c'est quand »)."""
    not_with: str = ""
    """A word class: a phrase of it anywhere in the match's sentence cancels the match
    (« selon Le Parisien », « mis en examen »: a sourced report, not an accusation)."""


def _split(text: str) -> list[str]:
    """Split a pattern at spaces, keeping ``( … )`` groups whole."""
    out: list[str] = []
    depth = 0
    current = ""
    for ch in text:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                raise ValueError(f"unbalanced ')' in {text!r}")
        if ch.isspace() and depth == 0:
            if current:
                out.append(current)
            current = ""
        else:
            current += ch
    if depth:
        raise ValueError(f"unbalanced '(' in {text!r}")
    if current:
        out.append(current)
    return out


def _alternatives(body: str) -> list[str]:
    """Split at top-level ``|``: ``jamais|(hors de question)`` → two alternatives."""
    out: list[str] = []
    depth = 0
    current = ""
    for ch in body:
        depth += ch == "("
        depth -= ch == ")"
        if ch == "|" and depth == 0:
            out.append(current)
            current = ""
        else:
            current += ch
    out.append(current)
    return out


def _atom(alt: str, known: set[str]) -> tuple[set[str], set[str]]:
    if not alt or alt.startswith("~") or alt.endswith("?") or "(" in alt:
        raise ValueError(f"bad word {alt!r}")
    if alt.startswith("@"):
        if alt[1:] not in known:
            raise ValueError(f"unknown class {alt!r}")
        return set(), {alt[1:]}
    if "'" in alt or "’" in alt:
        raise ValueError(f"write {alt!r} as separate words (c est, qu il)")
    return {fold_word(alt)}, set()


def _atom_element(alt: str, known: set[str]) -> Element:
    literals, classes = _atom(alt, known)
    return Element(frozenset(literals), frozenset(classes))


def _element(token: str, known: set[str]) -> Element:
    if token.startswith("~"):
        gap = int(token[1:])
        if not 0 < gap <= MAX_GAP:
            raise ValueError(f"gap {token!r} must be ~1 to ~{MAX_GAP}")
        return Element(gap=gap)
    optional = token.endswith("?") and len(token) > 1
    body = token[:-1] if optional else token
    literals: set[str] = set()
    classes: set[str] = set()
    phrases: list[tuple[Element, ...]] = []
    for alt in _alternatives(body):
        if alt.startswith("(") and alt.endswith(")"):
            for words in _alternatives(alt[1:-1]):
                atoms = words.split()
                if not atoms:
                    raise ValueError(f"empty alternative in {token!r}")
                if len(atoms) == 1:
                    lits, cls = _atom(atoms[0], known)
                    literals |= lits
                    classes |= cls
                else:
                    phrases.append(tuple(_atom_element(a, known) for a in atoms))
        else:
            lits, cls = _atom(alt, known)
            literals |= lits
            classes |= cls
    starts = {a for phrase in phrases for a in _first_keys(phrase[0])}
    return Element(frozenset(literals), frozenset(classes), optional, phrases=tuple(phrases),
                   phrase_starts=frozenset(starts))  # fmt: skip


def _expand_leading(seq: list[Element]) -> list[tuple[Element, ...]]:
    """Patterns are indexed by their first element, so a leading optional becomes two patterns."""
    if not seq:
        raise ValueError("empty pattern")
    first = seq[0]
    if first.gap:
        raise ValueError("a pattern cannot start with a gap")
    if first.optional:
        required = replace(first, optional=False)
        return [(required, *seq[1:]), *_expand_leading(seq[1:])]
    return [tuple(seq)]


def _merge_gaps(seq: list[Element]) -> list[Element]:
    """``~12 ~4`` is ``~16``: one gap walks each position once where two would walk pairs.
    Both find the same leftmost match."""
    out: list[Element] = []
    for el in seq:
        if el.gap and out and out[-1].gap:
            out[-1] = Element(gap=out[-1].gap + el.gap)
        else:
            out.append(el)
    return out


def _negatable(value: object) -> bool | str:
    if isinstance(value, bool) or value == "inside":
        return value if isinstance(value, bool) else "inside"
    raise ValueError(f"negatable must be true, false or \"inside\", not {value!r}")


def compile_pattern(entry: dict[str, Any], known: set[str]) -> Pattern:
    """Compile one ``[[pattern]]`` entry; :class:`ValueError` says what is wrong."""
    matches = entry["match"]
    if isinstance(matches, str):
        matches = [matches]
    sequences: list[tuple[Element, ...]] = []
    for text in matches:
        sequences += _expand_leading(_merge_gaps([_element(t, known) for t in _split(str(text))]))
    group = str(entry.get("group", ""))
    if group not in ("", "comment", "any"):
        raise ValueError(f"group must be 'comment' or 'any', not {group!r}")
    return Pattern(
        id=str(entry["id"]),
        category=str(entry["category"]),
        sequences=tuple(sequences),
        note=str(entry.get("note", "")),
        negatable=_negatable(entry.get("negatable", True)),
        hate_if_group=bool(entry.get("hate_if_group", False)),
        group=group,
        also=tuple(entry.get("also", ())),
        examples=tuple(entry.get("examples", ())),
        counter=tuple(entry.get("counter", ())),
        unless=_class_field(entry, "unless", known),
        not_with=_class_field(entry, "not_with", known),
    )


def _class_field(entry: dict[str, Any], name: str, known: set[str]) -> str:
    """A field that names a word class (``unless``, ``not_with``): empty, or a known class."""
    cls = str(entry.get(name, ""))
    if cls and cls not in known:
        raise ValueError(f"unknown class {cls!r} in {name}")
    return cls


Spans = Sequence[dict[str, list[int]]]
"""For each word index, the classes a phrase starting there belongs to, and where it ends."""


class Matcher:
    """Runs compiled sequences over one text's words and class spans."""

    def __init__(
        self,
        forms: Sequence[str],
        sentences: Sequence[int],
        spans: Spans,
        keys: Sequence[AbstractSet[str]] | None = None,
    ) -> None:
        self.forms = forms
        self.sentences = sentences
        self.spans = spans
        self.n = len(forms)
        self.keys = keys
        """Each word's index keys when the caller gives them; else its form and ``@class``es."""
        self._covered: dict[str, frozenset[int]] = {}

    def covered(self, cls: str) -> frozenset[int]:
        """The word positions inside a phrase of class ``cls`` (for ``unless`` and ``not_with``)."""
        if cls not in self._covered:
            self._covered[cls] = frozenset(
                k for i, here in enumerate(self.spans) for end in here.get(cls, ()) for k in range(i, end)
            )
        return self._covered[cls]

    def cancelled(self, pattern: Pattern, i: int) -> bool:
        """Whether the pattern's own word classes cancel its match starting at word ``i``.

        ``unless`` cancels it where one of its phrases covers the first word,
        ``not_with`` where one of its phrases starts anywhere in the sentence.
        Both the abuse analysis and the reply signals ask here, so a field
        means the same in every lexicon: with ``unless = "pest"``, « mort aux
        rats » (the product) is no « mort aux … » call.
        """
        if pattern.unless and i in self.covered(pattern.unless):
            return True
        if pattern.not_with:
            sent, sentences = self.sentences[i], self.sentences
            return any(sentences[k] == sent for k in self.covered(pattern.not_with))
        return False

    def _ends(self, el: Element, i: int, sent: int) -> list[int]:
        if i >= self.n or self.sentences[i] != sent:
            return []
        ends: list[int] = []
        if el.phrases and (
            self.forms[i] in el.phrase_starts
            or any("@" + c in el.phrase_starts for c in self.spans[i])
        ):
            for phrase in el.phrases:
                end = self.match(phrase, 0, i, sent)
                if end >= 0:
                    ends.append(end)
        if self.forms[i] in el.literals:
            ends.append(i + 1)
        if el.classes:
            for cls, cls_ends in self.spans[i].items():
                if cls in el.classes:
                    ends.extend(e for e in cls_ends if self.sentences[e - 1] == sent)
        if len(ends) > 1:
            ends = sorted(set(ends), reverse=True)
        return ends

    def match(self, seq: tuple[Element, ...], k: int, i: int, sent: int) -> int:
        """End of a match of ``seq[k:]`` starting at word ``i``, or -1."""
        if k == len(seq):
            return i
        el = seq[k]
        if el.gap:
            nxt = seq[k + 1] if k + 1 < len(seq) else el
            plain = not (nxt.gap or nxt.optional or nxt.phrases)
            forms, spans, literals, classes = self.forms, self.spans, nxt.literals, nxt.classes
            for j in range(i, min(i + el.gap, self.n) + 1):
                if j > i and self.sentences[j - 1] != sent:
                    break
                if plain and j < self.n and forms[j] not in literals and classes.isdisjoint(spans[j]):
                    continue  # what follows the gap cannot start here
                end = self.match(seq, k + 1, j, sent)
                if end >= 0:
                    return end
            return -1
        for e in self._ends(el, i, sent):
            end = self.match(seq, k + 1, e, sent)
            if end >= 0:
                return end
        if el.optional:
            return self.match(seq, k + 1, i, sent)
        return -1

    def _present(self) -> set[str]:
        if self.keys is not None:
            return set().union(*self.keys)
        return {*self.forms, *("@" + c for c in set().union(*self.spans))}

    def find_all(
        self,
        index: PatternIndex,
        skip: frozenset[int] = frozenset(),
        candidates: Iterable[int] | None = None,
    ) -> dict[int, list[tuple[int, int]]]:
        """For each pattern (by position), its non-overlapping ``(start, end)`` matches.

        Only sequences all of whose required elements occur somewhere in the
        text are tried (or only ``candidates``, which a pre-filter worked out),
        and only at words where their first element occurs.
        """
        sequences = index.sequences
        starts: dict[str, list[int]] = {}
        if candidates is None:
            present = self._present()
            active: set[int] = set()
            for key in index.anchors.keys() & present:
                active.update(index.anchors[key])
            required = index.required
            for seq_id in sorted(active):
                if sequences[seq_id][0] not in skip and all(
                    not keys.isdisjoint(present) for keys in required[seq_id]
                ):
                    for key in index.firsts[seq_id] & present:
                        starts.setdefault(key, []).append(seq_id)
        else:
            for seq_id in candidates:
                if sequences[seq_id][0] not in skip:
                    for key in index.firsts[seq_id]:
                        starts.setdefault(key, []).append(seq_id)
        found: dict[int, list[tuple[int, int]]] = {}
        if not starts:
            return found
        for i, ids in self._starts(starts):
            sent = self.sentences[i]
            for seq_id in ids:
                k, seq = sequences[seq_id]
                end = self.match(seq, 0, i, sent)
                if end > i:
                    found.setdefault(k, []).append((i, end))
        return {k: _non_overlapping(spans) for k, spans in found.items()}

    def _starts(self, starts: dict[str, list[int]]) -> Iterable[tuple[int, Iterable[int]]]:
        """Each word where a sequence of ``starts`` (by first key) may begin, with those sequences."""
        if self.keys is not None:
            for i, keys in enumerate(self.keys):
                found = dict.fromkeys(s for key in keys for s in starts.get(key, ()))
                if found:
                    yield i, found
            return
        by_word = {k: v for k, v in starts.items() if not k.startswith("@")}
        by_class = {k[1:]: v for k, v in starts.items() if k.startswith("@")}
        for i, (form, here) in enumerate(zip(self.forms, self.spans, strict=True)):
            ids: Sequence[int] = by_word.get(form, ())
            if here and by_class:
                more = [s for c in here for s in by_class.get(c, ())]
                if more:
                    ids = list(dict.fromkeys([*ids, *more]))
            if ids:
                yield i, ids


def _non_overlapping(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Leftmost first, longest at the same start; at most :data:`MAX_HITS`."""
    spans.sort(key=lambda s: (s[0], -s[1]))
    kept: list[tuple[int, int]] = []
    for start, end in spans:
        if kept and start < kept[-1][1]:
            continue
        kept.append((start, end))
        if len(kept) >= MAX_HITS:
            break
    return kept


def _first_keys(el: Element) -> set[str]:
    keys = set(el.literals) | {"@" + c for c in el.classes}
    for phrase in el.phrases:
        keys |= _first_keys(phrase[0])
    return keys


COMMON: dict[str, int] = {
    "@det": 100, "@copula": 100, "@pro": 100, "@pro_person": 100, "@first": 100,
    "@second": 100, "@fut": 100, "@adv": 100, "@neg": 100, "@deontic": 80,
    "@marker_strong": 80, "@intensifier": 80, "@person": 60, "@admin": 60, "@place": 60,
    "@official": 60, "@actor": 60, "@praise": 40, "@victim": 30, "@group": 20, "@crime": 10,
}  # fmt: skip
"""How often a class occurs in ordinary comments, roughly: patterns anchor on rarer ones."""


_FREQUENT_WORDS = (
    "pour dans avec sans sont tous tout toute toutes bien fait faire fais mon vous nous plus "
    "encore rien comme chez voir aller jamais toujours soir cause voila quand leur leurs "
    "meme aussi apres avant depuis alors donc mais elle elles ils eux cette sont etait etre "
    "avoir peut faut veut vient viens va vont encore fille fils bon bonne contre demande "
    "mettre emploi france argent nature entre petit petite grand grande premier dernier "
    "jour jours temps gens")
FREQUENT = frozenset(_FREQUENT_WORDS.split())
"""Everyday words: a poor anchor for a pattern."""


def _cost(key: str) -> int:
    if key in COMMON:
        return COMMON[key]
    if key.startswith("@"):
        return 1
    if key in FREQUENT or len(key) <= 3:
        return 80
    return max(2, 12 - len(key))


def rarity(keys: AbstractSet[str]) -> tuple[int, int]:
    """Lower is rarer: frequent words and classes cost more; longer words break ties."""
    return sum(_cost(k) for k in keys), -min((len(k) for k in keys), default=0)


def rarest(words: Iterable[str]) -> str:
    """The word of a phrase least likely to occur in an ordinary comment."""
    return min(words, key=lambda w: rarity({w}))


def _anchor_keys(el: Element) -> set[str]:
    """Keys one of which must occur for ``el`` to match: for a group, the rarest word of each
    alternative."""
    keys = set(el.literals) | {"@" + c for c in el.classes}
    for phrase in el.phrases:
        keys |= min((_anchor_keys(atom) for atom in phrase), key=rarity)
    return keys


def _required(seq: tuple[Element, ...]) -> list[Element]:
    return [el for el in seq if not el.gap and not el.optional]


def _anchor(seq: tuple[Element, ...]) -> set[str]:
    """The keys of the required element least likely to occur in an ordinary comment."""
    return min((_anchor_keys(el) for el in _required(seq)), key=rarity)


@dataclass(frozen=True)
class PatternIndex:
    """Every sequence of every pattern, reachable from the words or classes it starts with,
    and switched on by its rarest element (``anchors``)."""

    sequences: tuple[tuple[int, tuple[Element, ...]], ...]
    by_key: dict[str, tuple[int, ...]]
    anchors: dict[str, tuple[int, ...]]
    required: tuple[tuple[frozenset[str], ...], ...]
    """For each sequence, the keys each required element needs one of: all must occur
    (the rarest first, so that a test fails early)."""
    firsts: tuple[frozenset[str], ...] = ()
    """For each sequence, the keys its first element can match."""

    @classmethod
    def build(cls, patterns: Sequence[Pattern]) -> PatternIndex:
        sequences = tuple((k, seq) for k, p in enumerate(patterns) for seq in p.sequences)
        by_key: dict[str, list[int]] = {}
        anchors: dict[str, list[int]] = {}
        for seq_id, (_, seq) in enumerate(sequences):
            for key in _first_keys(seq[0]):
                by_key.setdefault(key, []).append(seq_id)
            for key in _anchor(seq):
                anchors.setdefault(key, []).append(seq_id)
        required = tuple(
            tuple(sorted((frozenset(_anchor_keys(el)) for el in _required(seq)), key=rarity))
            for _, seq in sequences
        )
        return cls(
            sequences,
            {k: tuple(v) for k, v in by_key.items()},
            {k: tuple(v) for k, v in anchors.items()},
            required,
            tuple(frozenset(_first_keys(seq[0])) for _, seq in sequences),
        )
