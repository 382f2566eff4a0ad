"""Word lexicons as data: terms with a category, word classes, and patterns.

A lexicon is three TOML documents written for civicmod: ``[[term]]`` groups
of words with a category, a severity and whether they need a target;
``[classes]`` and ``[nouns]`` (grammar, people, groups, topics…); and
``[[pattern]]`` entries (:mod:`civicmod.lexicon.patterns`). The abuse
detectors and the request detector each load their own from
``civicmod/data/<name>/``. A mistake in the data is a
:class:`~civicmod.ConfigError` naming the file and the entry, never a crash at
review time.

>>> lex = build_lexicon({}, {"classes": {"greeting": ["bonjour", "bjr"]}}, {}, categories=())
>>> sorted(lex.classes_of("Bonjour"))
['greeting']
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from civicmod.errors import ConfigError
from civicmod.lexicon.patterns import Pattern, PatternIndex, compile_pattern
from civicmod.lexicon.prefilter import Prefilter
from civicmod.text.normalize import Vocabulary, Words, normalize

_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées")
_ER_ENDINGS = ("er", "e", "es", "ent", "ons", "ez", "erai", "eras", "era", "erons", "erez",
               "eront", "erais", "erait", "eraient", *_PARTICIPLE_ENDINGS, "ant", "ais", "ait",
               "aient", "ions", "iez")  # fmt: skip


@dataclass(frozen=True, slots=True)
class Term:
    """A lexicon group: its class, category, severity, target need, and note."""

    cls: str
    category: str
    severity: int
    needs_target: bool
    note: str
    names: bool = False
    """True when its words are names used as mockery (« les Shadoks »): a capital does not
    make them innocent."""


@dataclass(eq=False)
class Lexicon:
    """Phrases by class, the terms behind them, exceptions, and compiled patterns."""

    phrases: dict[tuple[str, ...], set[str]] = field(default_factory=dict)
    terms: dict[str, Term] = field(default_factory=dict)
    exceptions: dict[tuple[str, ...], set[str]] = field(default_factory=dict)
    patterns: list[Pattern] = field(default_factory=list)
    vocabulary: Vocabulary = field(default_factory=lambda: Vocabulary(()))
    index: PatternIndex = field(default_factory=lambda: PatternIndex.build(()))
    single: dict[str, frozenset[str]] = field(default_factory=dict)
    multi: dict[tuple[str, str], int] = field(default_factory=dict)
    """The longest phrase or exception starting with two words: most words start none."""
    heads: dict[str, tuple[frozenset[str], dict[str, int]]] = field(default_factory=dict)
    """By first word, :attr:`single` and :attr:`multi` together: one look-up a word."""
    name_terms: frozenset[str] = frozenset()
    needs_group: dict[tuple[bool, bool], frozenset[int]] = field(default_factory=dict)
    """Patterns to skip, by (group named in the comment, group named in its post)."""
    prefilter: Prefilter = field(default_factory=lambda: Prefilter.build({}, set(), PatternIndex.build(())))

    def can_match(self, forms: Sequence[str]) -> bool:
        """False when no standalone term and no pattern can match: every required word or
        class of a pattern must be there (:mod:`civicmod.lexicon.prefilter`)."""
        return self.prefilter.can_match(forms)

    def candidates(self, forms: Sequence[str]) -> list[int] | None:
        """The pattern sequences that may match ``forms`` (for :meth:`Matcher.find_all`), or
        ``None`` when neither a term nor a pattern can match."""
        return self.prefilter.candidates(forms)

    def tag(self, words: Words) -> list[dict[str, list[int]]]:
        """For each word, the classes of lexicon phrases starting there, and their ends.

        A capitalised word inside a sentence (« les Enfoirés », « un Mongol
        d'Oulan-Bator ») is a name: it gets no term class, unless the term is
        made of names.
        """
        forms = words.forms
        sentences: list[int] | None = None  # the layout is worked out only if a phrase needs it
        n = len(forms)
        none: dict[str, list[int]] = {}  # shared by the words that start nothing; never written
        spans: list[dict[str, list[int]]] = [none] * n
        blocked: list[tuple[int, int, str]] = []
        heads, exceptions = self.heads, self.exceptions
        last = n - 1
        for i, form in enumerate(forms):
            head = heads.get(form)
            if head is None:
                continue
            classes, seconds = head
            if classes:
                here = spans[i] = {}
                for cls in classes:
                    here[cls] = [i + 1]
            if i == last or not seconds:
                continue
            longer = seconds.get(forms[i + 1])
            if not longer:
                continue
            if sentences is None:
                sentences = words.sentences
            sent = sentences[i]
            for length in range(2, min(longer, n - i) + 1):
                if sentences[i + length - 1] != sent:
                    break
                key = tuple(forms[i : i + length])
                found = self.phrases.get(key)
                if found:
                    here = spans[i]
                    if here is none:
                        here = spans[i] = {}
                    for cls in found:
                        here.setdefault(cls, []).append(i + length)
                excepted = exceptions.get(key)
                if excepted:
                    blocked += [(i, i + length, cls) for cls in excepted]
        terms = self.terms
        if terms and any(c in terms for here in spans for c in here) and any(proper := words.proper):
            proper = [p and not epithet_at(forms, k) for k, p in enumerate(proper)]
            named = self.name_terms
            for i, here in enumerate(spans):
                for cls in [c for c in here if c in terms and c not in named]:
                    kept = [e for e in here[cls] if not any(proper[i:e])]
                    if kept:
                        here[cls] = kept
                    else:
                        del here[cls]
        for start, end, cls in blocked:
            for j in range(start, end):
                ends = spans[j].get(cls)
                if ends:
                    kept = [e for e in ends if e > end]
                    if kept:
                        spans[j][cls] = kept
                    else:
                        del spans[j][cls]
        return spans

    def terms_of(self, word: str) -> list[Term]:
        """The terms a word or phrase belongs to (handy in tests and notebooks)."""
        key = tuple(w.form for w in normalize(word, self.vocabulary))
        return [self.terms[c] for c in sorted(self.phrases.get(key, ())) if c in self.terms]

    def classes_of(self, word: str) -> set[str]:
        """Every class a word or phrase belongs to."""
        key = tuple(w.form for w in normalize(word, self.vocabulary))
        return set(self.phrases.get(key, ()))


_EPITHET_BEFORE = frozenset({"sale", "sales", "gros", "grosse", "grosses", "pauvre", "pauvres",
                             "sombre", "sombres", "espece", "especes"})  # fmt: skip
"""Words after which a capitalised word is an epithet, not a name (« sale Con »)."""
_EPITHET_OF = frozenset({"espece", "especes", "bande", "bandes", "tas", "fils", "fille", "race"})
"""Nouns whose « de » introduces an epithet (« espèce de Salope », « bande de Connards »)."""
_EPITHET_BE = frozenset({"es", "etes", "est", "qu"})
"""« t'es un », « vous êtes des », « n'est qu'une »: the article after them opens an epithet."""


def epithet_at(forms: Sequence[str], k: int) -> bool:
    """Whether the word at ``k`` stands where an insult is said of someone, so that a capital
    there is emphasis, not a name: « espèce de Salope », « t'es qu'une Pute », « sale Con ».
    Names stay names elsewhere (« Mme Salaud », « les Enfoirés », « un Mongol d'Oulan-Bator »).

    >>> epithet_at(["bande", "de", "connards"], 2), epithet_at(["les", "enfoires"], 1)
    (True, False)
    """
    before = forms[k - 1] if k >= 1 else ""
    if before in _EPITHET_BEFORE:
        return True
    if k < 2:
        return False
    if before in ("de", "d"):
        return forms[k - 2] in _EPITHET_OF
    return before in ("un", "une", "des") and forms[k - 2] in _EPITHET_BE


def _forms(phrase: str) -> tuple[str, ...]:
    return tuple(w.form for w in normalize(phrase))


def _variants(phrase: str, plural: bool) -> Iterable[tuple[str, ...]]:
    forms = _forms(phrase)
    if not forms:
        raise ValueError(f"{phrase!r} reads as no word (an emoji the tokenizer does not know?)")
    yield forms
    last = forms[-1]
    if plural and len(forms) == 1 and last[-1] not in "sxz" and last.isalpha():
        yield (*forms[:-1], last + "s")
        if last.endswith("al"):
            yield (*forms[:-1], last[:-2] + "aux")


def _conjugate(verb: str, endings: tuple[str, ...] = _ER_ENDINGS) -> list[str]:
    if not verb.endswith("er"):
        raise ValueError(f"{verb!r} is not a first-group verb (verbs_er)")
    stem = verb[:-2]
    return [stem + ending for ending in endings]


_AUXILIARIES = ("ai", "as", "a", "avons", "avez", "ont", "avais", "avait", "avaient", "suis", "es",
                "est", "sommes", "êtes", "sont", "été", "était", "étaient")  # fmt: skip


_PASSIVES = ("s'est fait", "se sont fait", "se sont faits", "me suis fait", "nous sommes fait",
             "nous sommes faits", "s'était fait", "s'étaient fait", "t'es fait", "vous êtes fait")  # fmt: skip
_IMPERFECT_ENDINGS = ("ais", "ait", "aient")
_PAST_CUES = ("quand on", "quand ils", "quand elles", "où on", "où l'on", "à l'époque on",
              "autrefois on")  # fmt: skip
"""Before an imperfect, what makes it a story (« quand on guillotinait ») rather than the
imperfect of « si on les tuait tous », a call to kill in the conditional."""


def _narrations(verb: str) -> list[str]:
    """« ai tué », « a été massacrés », « me suis tué »: a past participle after an auxiliary
    tells what happened (a match, a game, a news report), it threatens nothing; so does
    « on s'est fait massacrer » (the speaker was the victim).

    >>> _narrations("tuer")[:2]
    ['ai tué', 'ai tuée']
    >>> _narrations("tuer")[-1]
    'autrefois on tuaient'
    """
    past = [f"{aux} {p}" for aux in _AUXILIARIES for p in _conjugate(verb, _PARTICIPLE_ENDINGS)]
    told = [f"{cue} {form}" for cue in _PAST_CUES for form in _conjugate(verb, _IMPERFECT_ENDINGS)]
    return past + [f"{se} {verb}" for se in _PASSIVES] + told


def _where(source: str, kind: str, index: int) -> str:
    return f"{source}: [[{kind}]] #{index + 1}"


def _add(table: dict[tuple[str, ...], set[str]], forms: tuple[str, ...], cls: str) -> None:
    table.setdefault(forms, set()).add(cls)


def read_toml(path: Path | Any) -> dict[str, Any]:
    """A lexicon file, or a :class:`ConfigError` saying which and why."""
    try:
        data: dict[str, Any] = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the lexicon: {exc}") from None
    return data


def merge_data(
    base: tuple[dict[str, Any], dict[str, Any], dict[str, Any]], extra: dict[str, Any]
) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """Add one extra file's terms, class words and patterns to ``base``; nothing is replaced."""
    lexicon, classes, patterns = base
    lexicon = {"term": [*lexicon.get("term", []), *extra.get("term", [])]}
    for section in ("classes", "nouns", "except"):
        merged = {k: list(v) for k, v in classes.get(section, {}).items()}
        for cls, words in (extra.get(section) or {}).items():
            merged.setdefault(cls, []).extend(words if isinstance(words, list) else [words])
        classes = {**classes, section: merged}
    patterns = {"pattern": [*patterns.get("pattern", []), *extra.get("pattern", [])]}
    return lexicon, classes, patterns


def build_lexicon(
    lexicon: dict[str, Any],
    classes: dict[str, Any],
    patterns: dict[str, Any],
    *,
    categories: tuple[str, ...],
    source: str = "lexicon",
    vocabulary_first: tuple[str, ...] = (),
    vocabulary_extra: tuple[str, ...] = (),
) -> Lexicon:
    """Build a :class:`Lexicon` from parsed TOML data (the package's, or a page's own).

    ``categories`` are the ones terms may report. The vocabulary recovered from
    obfuscation is the terms' one-word forms plus ``vocabulary_extra``;
    ``vocabulary_first`` wins where a ``*`` leaves a choice.
    """
    lex = Lexicon()
    for i, entry in enumerate(lexicon.get("term", [])):
        where = _where(source, "term", i)
        try:
            category = str(entry["category"])
            cls = str(entry.get("class") or category.rsplit(".", 1)[-1])
            if category not in categories:
                raise ValueError(f"category {category!r} is not one of {categories}")
            severity = int(entry.get("severity", 2))
            if not 1 <= severity <= 3:
                raise ValueError("severity must be 1, 2 or 3")
            lex.terms[cls] = Term(
                cls, category, severity, bool(entry.get("needs_target", True)),
                str(entry.get("note", "")), bool(entry.get("names", False)),
            )  # fmt: skip
            plural = bool(entry.get("plural", True))
            for word in entry.get("words", []):
                for forms in _variants(str(word), plural):
                    _add(lex.phrases, forms, cls)
            narrated = bool(entry.get("narrated", False))
            for verb in entry.get("verbs_er", []):
                for form in _conjugate(str(verb)):
                    _add(lex.phrases, _forms(form), cls)
                for narration in _narrations(str(verb)) if narrated else ():
                    _add(lex.exceptions, _forms(narration), cls)
            for phrase in entry.get("except", []):
                _add(lex.exceptions, _forms(str(phrase)), cls)
        except (KeyError, TypeError, ValueError) as exc:
            raise ConfigError(f"{where}: {exc}") from None
    for section, plural in (("classes", False), ("nouns", True)):
        for name, words in (classes.get(section) or {}).items():
            if not isinstance(words, list):
                raise ConfigError(f"{source}: [{section}].{name} must be a list of words")
            try:
                for word in words:
                    for forms in _variants(str(word), plural):
                        _add(lex.phrases, forms, str(name))
            except ValueError as exc:
                raise ConfigError(f"{source}: [{section}].{name}: {exc}") from None
    for name, phrases in (classes.get("except") or {}).items():
        if not isinstance(phrases, list):
            raise ConfigError(f"{source}: [except].{name} must be a list of phrases")
        for phrase in phrases:
            forms = _forms(str(phrase))
            if len(forms) < 2:
                raise ConfigError(f"{source}: [except].{name}: {phrase!r} needs two words or more "
                                  "(a phrase in which the class's word is innocent)")  # fmt: skip
            _add(lex.exceptions, forms, str(name))
    known = {c for classes_ in lex.phrases.values() for c in classes_}
    for i, entry in enumerate(patterns.get("pattern", [])):
        where = _where(source, "pattern", i)
        try:
            pattern = compile_pattern(entry, known)
            wrong = [c for c in (pattern.category, *pattern.also) if c not in categories]
            if wrong:
                raise ValueError(f"category {wrong[0]!r} is not one of {categories}")
            lex.patterns.append(pattern)
        except (KeyError, TypeError, ValueError) as exc:
            raise ConfigError(f"{where} ({entry.get('id', '?')}): {exc}") from None
    term_words = [p[0] for p, c in lex.phrases.items() if len(p) == 1 and c & set(lex.terms)]
    lex.vocabulary = Vocabulary([*vocabulary_first, *term_words, *vocabulary_extra])
    lex.index = PatternIndex.build(lex.patterns)
    lex.name_terms = frozenset(c for c, t in lex.terms.items() if t.names)
    lex.needs_group = group_skips(lex.patterns)
    for phrase, classes_ in lex.phrases.items():
        if len(phrase) == 1:
            lex.single[phrase[0]] = frozenset(classes_)
    for phrase in (*lex.phrases, *lex.exceptions):
        if len(phrase) > 1:
            pair = (phrase[0], phrase[1])
            lex.multi[pair] = max(lex.multi.get(pair, 0), len(phrase))
    seconds: dict[str, dict[str, int]] = {}
    for (first, second), longest in lex.multi.items():
        seconds.setdefault(first, {})[second] = longest
    lex.heads = {w: (lex.single.get(w, frozenset()), seconds.get(w, {}))
                 for w in (*lex.single, *seconds)}  # fmt: skip
    standalone = {c for c, t in lex.terms.items() if not t.needs_target}
    lex.prefilter = Prefilter.build(lex.phrases, standalone, lex.index)
    return lex


def group_skips(patterns: list[Pattern]) -> dict[tuple[bool, bool], frozenset[int]]:
    """Which patterns cannot match, by (group named in the comment, group named in the post)."""
    return {
        (here, in_post): frozenset(
            k
            for k, p in enumerate(patterns)
            if (p.group == "comment" and not here) or (p.group == "any" and not (here or in_post))
        )
        for here in (False, True)
        for in_post in (False, True)
    }
