"""French comment text as normalised words, each keeping its span in the original.

Citizens write ``t'es qu'un gros c0nn4rd``, ``e n c u l é s``, ``connnnards``,
``s.a.l.o.p.e.s``, ``ta g*eule``, ``sаloрards`` (Cyrillic а and р), ``jvous``,
``c des malades``. Detectors that match words must see ``connard``, ``encules``,
``salopes``, ``gueule``, ``je vous``, ``c'est`` — and still report spans of the
text the citizen wrote. :func:`normalize` does that once per text:

- invisible characters and typographic spaces (via :func:`clean_view`);
- homoglyphs (Cyrillic and Greek letters that look Latin) to Latin;
- case, accents, ligatures, apostrophes; elisions split (``l'État`` → ``l``, ``etat``);
- leetspeak inside words (``0→o 1→i 3→e 4→a 5→s 7→t @→a $→s €→e``);
- letters repeated three times or more (``connnnard`` → ``connard``);
- letters spaced or dotted (``e n c u l é``, ``s.a.l.o.p.e``), asterisks standing
  for a letter (``g*eule``, ``p*te``), when the result is a word of the vocabulary;
- SMS spellings expanded (``jvais`` → ``je vais``, ``vs`` → ``vous``, ``c`` → ``c'est``).

Each :class:`Word` also knows its sentence and whether it sits inside quotation
marks, so that reported speech can be told from speech.

>>> [w.form for w in normalize("T'es qu'un gr0s c0nnnnard !")]
['t', 'es', 'qu', 'un', 'gros', 'connard']
>>> w = normalize("bande de s.a.l.o.p.e.s", Vocabulary({"salopes"}))[-1]
>>> (w.form, w.start, w.end)
('salopes', 9, 22)
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache, partial
from typing import NamedTuple, TypeVar

from civicmod.text.caching import PER_TEXT
from civicmod.text.fold import fold_word
from civicmod.text.view import clean_view

_HOMOGLYPHS = str.maketrans(
    {
        "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i",
        "ј": "j", "ѕ": "s", "к": "k", "м": "m", "т": "t", "н": "h", "в": "b",
        "А": "A", "Е": "E", "О": "O", "Р": "P", "С": "C", "У": "Y", "Х": "X", "І": "I",
        "Ј": "J", "Ѕ": "S", "К": "K", "М": "M", "Т": "T", "Н": "H", "В": "B",
        "α": "a", "ε": "e", "ο": "o", "ρ": "p", "ν": "v", "τ": "t", "ι": "i", "κ": "k",
        "Α": "A", "Ε": "E", "Ο": "O", "Ρ": "P", "Τ": "T", "Ι": "I", "Κ": "K", "Μ": "M",
    }
)  # fmt: skip
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t",
                       "@": "a", "$": "s", "€": "e", "|": "l"})  # fmt: skip
_ONE_AS = ("l", "in")
"""``1`` also stands for ``l`` (``encu1é``) and ``in`` (``put1``); the vocabulary decides."""
_LEET_CHARS = frozenset("013457@$€|")
_NUMBER_WITH_UNIT = re.compile(r"\d+(?:er|ere|e|eme|ème|ieme|nd|nde|h|km|kg|min|an|ans|k)?")
_EMOJI = "🤡🐒🐵🙈🍆🍑💦🐷🐖🐀🪳🦠🐍🖕🔪🔫💣🪓🪢🙌👏"
_TOKEN = re.compile(r"[\w@$€*]+|[" + _EMOJI + r"=]")
"""A word, leet and asterisks included (s@l0pe, g*eule), a mention (@jm), or an emoji."""
_TOKEN_ELIDED = re.compile(r"[\w@$€*]+['’]?|[" + _EMOJI + r"=]")
"""The same tokens, each with the apostrophe that follows it (``c'``, ``l'``): an elided
word is never an SMS spelling."""
_SENTENCE_END = re.compile(r"[!;\n…]|\.(?<!\bM\.)(?<!\bMM\.)(?<!\bDr\.)(?<!\bMme\.)(?<!\bMlle\.)(?:\s|$)")
"""A sentence ends at ``!``, ``;``, a line, an ellipsis, or a full stop that is not a title's
(« M. Dupont »). The dot comes before the look-behinds: tried at every character, they cost 5×."""
_CLAUSE_END = re.compile(r"[,:?()\[\]–—]|\s-\s")
_RUN3 = re.compile(r"([^*])\1{2,}")
_RUN2 = re.compile(r"(.)\1+")
_MAX_WILDCARD = 24
"""Longer words with ``*`` are not guessed: no French insult is that long."""
_QUOTES = re.compile(r"«[^»]{0,400}»|“[^”]{0,400}”|\"[^\"\n]{0,400}\"")
_JOINERS = frozenset(" .-_*/·")
_MAY_BE_SPACED = re.compile(
    r"[ .\-_*/·](?:(?<=(?<![^\W_])[^\W_].)(?=[^\W_](?![^\W_]))|(?<=[^\W_][.*_·])(?=[^\W_]))"
)
"""A single letter between separators, or letters glued by a dot: maybe ``c o n`` or ``f0ut.r3``.
Written from the separator so that the search skips quickly to candidates."""
_HAS_QUOTE = re.compile("[«“\"]")
_TITLES = frozenset({"m", "mme", "mmes", "mlle", "mr", "madame", "monsieur", "mademoiselle", "dr",
                     "docteur", "docteure", "maitre", "maître", "pr", "professeur"})
"""Civil and professional titles: the capitalised word after one is a name (« Mme Salaud »)."""
_END = 1 << 62

SMS: dict[str, tuple[str, ...]] = {
    "c": ("c", "est"), "cé": ("c", "est"), "sé": ("c", "est"),
    "jvais": ("je", "vais"), "jvai": ("je", "vais"), "jve": ("je", "veux"),
    "jvous": ("je", "vous"), "jte": ("je", "te"), "jle": ("je", "le"), "jla": ("je", "la"),
    "jles": ("je", "les"), "jlui": ("je", "lui"), "jsuis": ("je", "suis"),
    "chui": ("je", "suis"), "chuis": ("je", "suis"), "jsui": ("je", "suis"),
    "g": ("j", "ai"), "jai": ("j", "ai"), "jpeux": ("je", "peux"),
    "kil": ("qu", "il"), "kils": ("qu", "ils"), "kel": ("quel",), "kelle": ("quelle",),
    "ke": ("que",), "k": ("que",), "ki": ("qui",), "koi": ("quoi",), "kan": ("quand",),
    "vs": ("vous",), "ns": ("nous",), "tt": ("tout",), "tts": ("tous",), "ts": ("tous",),
    "ds": ("dans",), "pr": ("pour",), "avc": ("avec",), "ac": ("avec",), "mm": ("meme",),
    "qd": ("quand",), "pk": ("pourquoi",), "pq": ("pourquoi",), "pcq": ("parce", "que"),
    "bcp": ("beaucoup",), "tjrs": ("toujours",), "tjs": ("toujours",), "svp": ("s", "il", "vous", "plait"),
    "stp": ("s", "il", "te", "plait"), "dc": ("donc",), "ya": ("il", "y", "a"),
    "slt": ("salut",), "bjr": ("bonjour",), "mrc": ("merci",), "mci": ("merci",),
    "ptn": ("putain",), "ptin": ("putain",), "tg": ("ta", "gueule"), "ftg": ("ferme", "ta", "gueule"),
    "fdp": ("fils", "de", "pute"), "ntm": ("nique", "ta", "mere"), "ntr": ("nique", "ta", "race"),
    "pd": ("pede",), "pds": ("pedes",), "vrmt": ("vraiment",), "keuf": ("flic",),
    "keufs": ("flics",), "btrd": ("batard",), "btrds": ("batards",), "couto": ("couteau",), "1": ("un",), "d": ("des",),
    "ct": ("c", "etait"), "cetait": ("c", "etait"), "jfai": ("je", "fais"), "jfais": ("je", "fais"),
}  # fmt: skip
"""SMS and oral spellings, expanded to the words patterns are written with."""


class Word(NamedTuple):
    """A normalised word and the original span ``[start, end)`` it came from.

    ``obfuscated`` is true when undoing leetspeak, spacing, asterisks or
    homoglyphs was needed to read it: a sign of intent the evidence can cite.
    ``proper`` marks a capitalised word inside a sentence after a lower-case one
    (« à Poil », « les Enfoirés ») or after a title (« Mme Salaud »): a name, not the word
    it spells.
    ``clause`` counts commas and colons too: a negation holds inside its clause.
    """

    form: str
    start: int
    end: int
    sentence: int = 0
    quoted: bool = False
    obfuscated: bool = False
    proper: bool = False
    clause: int = 0


class Words:
    """The words of a text as parallel columns: cheap to build, quick to scan.

    ``forms`` is read at once. Where the words lie (``starts``, ``ends``,
    ``obfuscated``) and the layout columns (``sentences``, ``clauses``,
    ``quoted``, ``proper``) are worked out on first use: most comments stop at a
    pre-filter that needs only the forms. Indexing gives a :class:`Word`.
    """

    __slots__ = ("_ends", "_layout", "_obfuscated", "_parts", "_reads", "_shared", "_spans",
                 "_src", "_starts", "forms")  # fmt: skip

    def __init__(self) -> None:
        self.forms: list[str] = []
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._obfuscated: list[bool] = []
        self._src = ""
        self._spans: tuple[list[int], list[int]] = ([], [])
        """Where each token starts and ends in the cleaned text, before SMS expansion."""
        self._shared = False
        """True on the lazy path: the spans and the layout are the text's own, whatever the
        vocabulary, so words of one comment read with several vocabularies share them."""
        self._reads: list[tuple[str, bool]] | None = None
        """Set while the spans are not worked out yet: each token's form and disguise."""
        self._parts: list[tuple[str, ...]] | None = None
        self._layout: tuple[list[int], list[int], list[bool], list[bool]] | None = None

    def _locate(self) -> None:
        """The tokens' spans, found again: only texts whose tokens each give one word or one
        SMS expansion (no gluing, no invisible characters) are left unlocated."""
        reads, self._reads = self._reads, None
        if reads is None:
            return
        starts, ends = self._spans = _token_spans(self._src)
        self._starts, self._ends = starts, ends
        self._obfuscated = [d for _, d in reads]
        parts = self._parts
        if parts is not None:
            self._starts, self._ends = _repeat(self._starts, parts), _repeat(self._ends, parts)
            self._obfuscated = _repeat(self._obfuscated, parts)

    @property
    def starts(self) -> list[int]:
        """Where each word starts in the original text."""
        if self._reads is not None:
            self._locate()
        return self._starts

    @property
    def ends(self) -> list[int]:
        """Where each word ends in the original text (exclusive)."""
        if self._reads is not None:
            self._locate()
        return self._ends

    @property
    def obfuscated(self) -> list[bool]:
        """Whether reading each word needed undoing leetspeak, spacing, ``*`` or homoglyphs."""
        if self._reads is not None:
            self._locate()
        return self._obfuscated

    def _columns(self) -> tuple[list[int], list[int], list[bool], list[bool]]:
        if self._layout is None:
            if self._reads is not None:
                self._locate()
            if self._shared:
                plain, parts = _plain_layout(self._src), self._parts
                self._layout = plain if parts is None else _repeat_layout(plain, parts)
            else:
                self._layout = _layout(self._src, *self._spans, self._parts)
        return self._layout

    @property
    def sentences(self) -> list[int]:
        """The sentence each word is in (a full stop, ``!``, ``;`` or a line ends one)."""
        return self._columns()[0]

    @property
    def clauses(self) -> list[int]:
        """The clause each word is in (commas, colons, brackets and dashes end one too)."""
        return self._columns()[1]

    @property
    def quoted(self) -> list[bool]:
        """Whether each word sits inside « », “ ” or "" quotation marks."""
        return self._columns()[2]

    @property
    def proper(self) -> list[bool]:
        """Whether each word is capitalised inside a sentence (a proper noun, say)."""
        return self._columns()[3]

    def __len__(self) -> int:
        return len(self.forms)

    def __getitem__(self, i: int) -> Word:
        sentences, clauses, quoted, proper = self._columns()
        return Word(self.forms[i], self.starts[i], self.ends[i], sentences[i], quoted[i],
                    self.obfuscated[i], proper[i], clauses[i])  # fmt: skip

    def __iter__(self) -> Iterator[Word]:
        return (self[i] for i in range(len(self.forms)))

    def __repr__(self) -> str:
        return f"Words({self.forms!r})"


class Vocabulary:
    """The words a caller wants recovered from obfuscation (spacing, ``*``, elongation).

    Order matters: where ``*`` leaves a choice (``c**``), the first word wins.
    Only words in the vocabulary are rebuilt from ``c o n n a r d`` or ``p*te``:
    ordinary words are never glued together by guesswork.
    """

    def __init__(self, words: Iterable[str]) -> None:
        ordered = list(dict.fromkeys(words))
        self.words = frozenset(ordered)
        self._ordered = tuple(ordered)
        self._skeletons: dict[str, str] = {}
        self._by_length: dict[int, list[str]] = {}
        for w in ordered:
            self._skeletons.setdefault(_RUN2.sub(r"\1", w), w)
            self._by_length.setdefault(len(w), []).append(w)
        self.prefixes = frozenset(w[:k] for w in ordered for k in range(1, len(w) + 1))
        """Every start of a vocabulary word: gluing spaced letters stops once it leaves them."""
        self.read: Callable[[str], tuple[str, bool]] = lru_cache(maxsize=65536)(
            partial(_read_token, vocabulary=self)
        )
        """One raw token's form and whether it was disguised; cached, comments repeat words."""

    def elongated(self, form: str) -> str | None:
        """The vocabulary word a word with repeated letters stands for, if any."""
        return self._skeletons.get(_RUN2.sub(r"\1", form))

    def wildcard(self, form: str) -> str | None:
        """The vocabulary word matching ``form`` where each ``*`` hides one letter."""
        stripped = form.strip("*")
        if not stripped:
            return None
        for candidate in self._by_length.get(len(form), ()):
            if all(c == "*" or c == k for c, k in zip(form, candidate, strict=True)):
                return candidate
        plain = form.replace("*", "")
        if plain in self.words:
            return plain
        if len(form) > _MAX_WILDCARD or len(stripped) < 2:
            return None
        shape = re.compile("".join(
            f"[a-z]{{1,{len(part) + 2}}}" if part.startswith("*") else re.escape(part)
            for part in re.findall(r"\*+|[^*]+", form)
        ))  # fmt: skip
        return next((w for w in self._ordered if shape.fullmatch(w)), None)



def _fold_token(raw: str, vocabulary: Vocabulary) -> tuple[str, bool]:
    """Lower case, accents, leet and elongation; returns the form and whether it was disguised."""
    token = raw.translate(_HOMOGLYPHS)
    disguised = token != raw
    if (
        not token.isalpha()
        and any(c in _LEET_CHARS for c in token)
        and any(c.isalpha() for c in token)
        and not _NUMBER_WITH_UNIT.fullmatch(token.lower())
    ):
        lowered = token.lower()
        token = lowered.translate(_LEET)
        disguised = True
        if "1" in lowered and fold_word(token) not in vocabulary.words:
            for one in _ONE_AS:
                other = lowered.replace("1", one).translate(_LEET)
                if fold_word(other) in vocabulary.words:
                    token = other
                    break
    form = fold_word(token)
    if _RUN3.search(form):
        form = _RUN3.sub(r"\1\1", form)
    return form, disguised


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _QUOTES.finditer(text)]


def _read_token(tok: str, vocabulary: Vocabulary) -> tuple[str, bool]:
    """One raw token's form and whether it was disguised (:meth:`Vocabulary.read` caches it).
    An apostrophe after the token (``c'``) is not part of it."""
    if tok[-1] in "'’":
        tok = tok[:-1]
    if tok.startswith("@") and len(tok) > 1 and not any(c in "$€*" for c in tok):
        return "@", False
    tok = tok.strip("_")
    form, disguised = _fold_token(tok, vocabulary)
    if "*" in form:
        found = vocabulary.wildcard(form)
        return (found, True) if found else (form.replace("*", ""), disguised)
    if form not in vocabulary.words and len(form) > 3 and _RUN2.search(form):
        found = vocabulary.elongated(form)
        if found and (_RUN3.search(tok.lower()) or disguised):
            return found, True
    return form, disguised


EMPTY = Vocabulary(())


@lru_cache(maxsize=PER_TEXT)
def normalize(text: str, vocabulary: Vocabulary = EMPTY) -> Words:
    """The words of ``text``, normalised, with original offsets. Linear in ``len(text)``."""
    view = clean_view(text)
    src = view.text
    out = Words()
    out._src = src
    if view.offsets is None and not (vocabulary.words and _MAY_BE_SPACED.search(src)):
        tokens, elided = _tokens_of(src)
        reads = list(map(vocabulary.read, tokens))
        forms = [f for f, _ in reads]
        if "" not in forms:
            parts = _sms_parts(forms, elided)
            if parts is not None:
                out._parts = parts
                forms = [p for group in parts for p in group]
            out.forms, out._reads, out._shared = forms, reads, True
            return out
    return _normalize_now(text, vocabulary)


def _normalize_now(text: str, vocabulary: Vocabulary) -> Words:
    """:func:`normalize` with every column worked out at once: the path of texts with
    invisible characters or spaced letters, and the reference the lazy path is tested against."""
    view = clean_view(text)
    src = view.text
    out = Words()
    out._src = src
    spans = [m.span() for m in _TOKEN.finditer(src)]
    read = [vocabulary.read(src[a:b]) for a, b in spans]
    raw = [(f, a, b, d) for (f, d), (a, b) in zip(read, spans, strict=True) if f]
    if vocabulary.words and _MAY_BE_SPACED.search(src):
        raw = _join_spaced(src, raw, vocabulary)
    out._spans = ([r[1] for r in raw], [r[2] for r in raw])
    forms = [r[0] for r in raw]
    starts = [r[1] for r in raw]
    ends = [r[2] for r in raw]
    disguised = [r[3] for r in raw]
    if view.offsets is not None:
        offsets = view.offsets
        starts = [offsets[a] for a in starts]
        ends = [offsets[b - 1] + 1 for b in ends]
    parts = _sms_parts(forms, [src[b : b + 1] in ("'", "’") for _, _, b, _ in raw])
    if parts is not None:
        out._parts = parts
        forms = [p for group in parts for p in group]
        starts, ends, disguised = _repeat(starts, parts), _repeat(ends, parts), _repeat(disguised, parts)
    out.forms, out._starts, out._ends, out._obfuscated = forms, starts, ends, disguised
    return out


@lru_cache(maxsize=PER_TEXT)
def _tokens_of(src: str) -> tuple[tuple[str, ...], tuple[bool, ...]]:
    """The raw tokens of a cleaned text, each with the apostrophe after it, and whether it has
    one (an elided word): the same for every vocabulary."""
    tokens = tuple(_TOKEN_ELIDED.findall(src))
    return tokens, tuple(t[-1] in "'’" for t in tokens)


@lru_cache(maxsize=PER_TEXT)
def _token_spans(src: str) -> tuple[list[int], list[int]]:
    """Where each token of :func:`_tokens_of` starts and ends, its apostrophe left out."""
    find = src.find
    starts: list[int] = []
    ends: list[int] = []
    end = 0
    for token in _tokens_of(src)[0]:
        start = find(token, end)  # no token character lies between two tokens
        end = start + len(token) - (token[-1] in "'’")
        starts.append(start)
        ends.append(end)
    return starts, ends


@lru_cache(maxsize=PER_TEXT)
def _plain_layout(src: str) -> tuple[list[int], list[int], list[bool], list[bool]]:
    """The layout of the tokens of :func:`_tokens_of`, before any SMS expansion."""
    return _layout(src, *_token_spans(src), None)


def _repeat_layout(
    layout: tuple[list[int], list[int], list[bool], list[bool]], parts: list[tuple[str, ...]]
) -> tuple[list[int], list[int], list[bool], list[bool]]:
    sentences, clauses, quoted, proper = layout
    return (_repeat(sentences, parts), _repeat(clauses, parts), _repeat(quoted, parts),
            _repeat(proper, parts))  # fmt: skip


def clear_caches() -> None:
    """Forget every text read so far (benchmarks: a page never sees the same comment twice).
    The per-word caches of each :class:`Vocabulary` stay."""
    for cache in (normalize, _tokens_of, _token_spans, _plain_layout):
        cache.cache_clear()


def _sms_parts(forms: list[str], elided: Sequence[bool]) -> list[tuple[str, ...]] | None:
    """The words each form stands for (``vs`` → ``vous``), or ``None`` when no form is an SMS
    spelling. A form followed by an apostrophe (``c'``, ``d'``) is an elided word, kept."""
    if SMS.keys().isdisjoint(forms):
        return None
    return [SMS[f] if f in SMS and not e else (f,) for f, e in zip(forms, elided, strict=True)]


def _layout(
    src: str, starts: list[int], ends: list[int], parts: list[tuple[str, ...]] | None
) -> tuple[list[int], list[int], list[bool], list[bool]]:
    """Sentences, clauses, quotation and capitals of each token (its span in ``src`` given),
    expanded like the forms."""
    n = len(starts)
    sentence_ends = [m.start() for m in _SENTENCE_END.finditer(src)]
    clause_ends = [m.start() for m in _CLAUSE_END.finditer(src)]
    sentences = [bisect_left(sentence_ends, a) for a in starts] if sentence_ends else [0] * n
    if clause_ends:
        breaks = sorted(sentence_ends + clause_ends)
        clauses = [bisect_left(breaks, a) for a in starts]
    else:
        clauses = sentences
    if _HAS_QUOTE.search(src):
        quotes = _quoted_spans(src)
        opens = [q[0] for q in quotes]
        quoted = []
        for a in starts:
            k = bisect_left(opens, a) - 1
            quoted.append(k >= 0 and a < quotes[k][1])
    else:
        quoted = [False] * n
    proper = [False] * n
    if not src.islower():
        for k in range(1, n):
            a = starts[k]
            if (
                src[a].isupper()
                and sentences[k - 1] == sentences[k]
                and not src[a : ends[k]].isupper()
                and (
                    src[starts[k - 1]].islower()
                    or src[starts[k - 1] : ends[k - 1]].lower() in _TITLES
                )
                and "?" not in src[ends[k - 1] : a]
            ):
                proper[k] = True
    if parts is not None:
        return _repeat_layout((sentences, clauses, quoted, proper), parts)
    return sentences, clauses, quoted, proper


T = TypeVar("T")


def _repeat(column: list[T], parts: list[tuple[str, ...]]) -> list[T]:
    """A column with each value repeated once per word its token expanded to."""
    return [v for v, group in zip(column, parts, strict=True) for _ in group]


def _join_spaced(
    src: str, raw: list[tuple[str, int, int, bool]], vocabulary: Vocabulary
) -> list[tuple[str, int, int, bool]]:
    """Glue ``c o n n a r d s`` or ``f0ut.r3`` back together when the result is a known word."""
    if not vocabulary.words:
        return raw
    out: list[tuple[str, int, int, bool]] = []
    prefixes, words = vocabulary.prefixes, vocabulary.words
    i = 0
    n = len(raw)
    while i < n:
        best = 0
        joined = raw[i][0]
        if joined not in prefixes:
            out.append(raw[i])
            i += 1
            continue
        j = i
        while j + 1 < n and j - i < 24:
            gap = src[raw[j][2] : raw[j + 1][1]]
            if len(gap) != 1 or gap not in _JOINERS:
                break
            left, right = len(raw[j][0]), len(raw[j + 1][0])
            if (left > 2 or right > 2) if gap == " " else (left > 2 and right > 2):
                break
            joined += raw[j + 1][0]
            j += 1
            if joined not in prefixes:
                break
            if joined in words:
                best = j
        if best > i:
            form = src[raw[i][1] : raw[best][2]]
            glued = "".join(r[0] for r in raw[i : best + 1])
            out.append((glued, raw[i][1], raw[best][2], form != glued))
            i = best + 1
        else:
            out.append(raw[i])
            i += 1
    return out
