"""What a comment asks, once per text: the signals both reply detectors read.

Patterns (``data/replies/patterns.toml``) mark information requests, personal
cases, partnership demands, spam, and the questions that are not questions
(rhetorical, or put to other readers). Question marks are read here: a
sentence that ends with ``?`` is a question unless something says otherwise.

>>> s = signals("bjr, c'est quand la date limite ?")
>>> s.has("request.information"), s.asks
(True, True)
>>> signals("Encore des travaux ? vous vous moquez de nous ?").asks
False
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from civicmod.detectors.replies.lexicon import replies_lexicon
from civicmod.lexicon import Matcher
from civicmod.text.caching import PER_TEXT
from civicmod.text.normalize import Words, normalize

_TLD = r"\.(?:fr|com|net|org|info|shop|io|ly)\b"
_URL = re.compile(r"(?:https?://|www\.)\S{1,300}|\b[\w-]{1,63}(?:\.[\w-]{1,63}){0,4}" + _TLD + r"\S{0,300}")
"""Links, bounded so that no input makes the search quadratic (DNS labels are at most 63 long)."""
_MAY_LINK = re.compile(r"://|www\.|" + _TLD)
"""What every link of :data:`_URL` holds: a cheap search that spares most comments the full one."""
_SENTENCE = re.compile(r"[^.!?\n]*\?+|[^.!?\n]+[.!\n]*", re.UNICODE)
_SCORN = ("🙄", "🤡", "🤣", "😂", "🤦")
"""Emoji that turn a question into scorn (« on attend quoi ? 🙄 »)."""
_TRAILING_WH = frozenset({"combien", "quand", "ou", "comment", "quoi", "pourquoi", "lequel",
                          "laquelle", "lesquels", "quel", "quelle"})  # fmt: skip
_TRAILING_FILLERS = frozenset({"svp", "stp", "maintenant", "exactement", "alors", "donc", "ici", "deja",
                               "merci", "precisement", "aujourd", "hui"})  # fmt: skip
_MAX_TRAILING = 5
_CAN = frozenset({"avez", "peut", "peux", "pouvez", "faut", "existe", "possible", "droit", "doit",
                  "dois", "pourriez", "auriez", "lien", "site", "infos", "info"})  # fmt: skip
"""A sentence that holds one of these and ends with « svp » asks something."""
_ACCUSING = frozenset({"vous", "nous", "on"})
"""« Vous allez nous taxer encore ? » is scorn; « l'aide existe encore ? » asks."""
_IN_SITU = frozenset({"quel", "quelle", "quels", "quelles", "combien"})
_IN_SITU_AFTER = frozenset({"sur", "pour", "de", "du", "des", "a", "avec", "dans", "par", "en", "est",
                            "sont", "ont", "avoir", "faut", "fait", "font", "prend", "prendre",
                            "choisir", "remplir", "coute", "coutent", "paye", "payer", "donne"})  # fmt: skip
"""Words after which « quel » asks in place (« c'est calculé sur quel revenu », « elle a quelle
vignette »), unlike an exclamation (« mais quelle honte »)."""
_SOMEONE = frozenset({"qqn", "qqun", "qq1", "kelkun", "quelqu1", "quelquun"})
_ANYONE_WITH = frozenset({"des", "un", "une", "deja", "aussi", "encore"})
"""« Qui a des bons plans … ? », « qui a déjà testé … ? »: after « qui a », the readers are asked."""
_TO_THE_SERVICES = frozenset({"vos", "votre", "service", "services", "prefecture", "mairie",
                              "administration", "agent", "agents", "conseiller", "caf", "ants"})  # fmt: skip
"""« Quelqu'un de vos services peut me rappeler ? » is put to the page."""
_TAG_WORDS = frozenset({"non", "hein", "juste", "franchement", "encore", "lol", "mdr", "meme",
                        "serieux", "ca", "etre"})  # fmt: skip


@dataclass(frozen=True)
class Span:
    """A signal: its category, where it is in the text, and the pattern behind it."""

    category: str
    start: int
    end: int
    rule: str


@dataclass(frozen=True)
class Signals:
    """Everything the reply detectors need to know about one comment's text."""

    spans: tuple[Span, ...]
    questions: tuple[tuple[int, int], ...]
    """Character spans of the sentences that end with a question mark and are real questions."""
    rhetorical_questions: tuple[tuple[int, int], ...]
    """Sentences that only look like questions or demands: indignation, irony, scorn."""
    urls: tuple[str, ...]

    def has(self, category: str) -> bool:
        return any(s.category == category for s in self.spans)

    def first(self, category: str) -> Span | None:
        return next((s for s in self.spans if s.category == category), None)

    @property
    def asks(self) -> bool:
        """True when the comment puts a question or a demand to the administration.

        Indignation anywhere (« vous vous moquez de nous ? ») makes its other short
        questions rhetorical too, unless one of them is an explicit demand.
        """
        if self.has("signal.commenter"):
            return False
        demands = [s for s in self.spans if s.category == "request.information"]
        if self.has("signal.rhetorical"):
            return any(not _inside(s, self.rhetorical_questions) for s in demands)
        return bool(self.questions or demands)


    def request_span(self) -> tuple[int, int] | None:
        """Where the request is: its question, or the words that make it a demand."""
        if self.questions:
            return self.questions[0]
        demand = self.first("request.information")
        return (demand.start, demand.end) if demand else None


def _inside(span: Span, ranges: tuple[tuple[int, int], ...]) -> bool:
    return any(a <= span.start < b for a, b in ranges)


def _trailing_question(words: Words, lo: int, hi: int) -> Span | None:
    """A question word that ends a sentence asks, question mark or not (« elle coûte combien »)."""
    if lo >= hi:
        return None
    forms = words.forms
    span = (words.starts[lo], words.ends[hi - 1])
    tail = [i for i in range(max(lo, hi - 3), hi) if forms[i] not in _TRAILING_FILLERS]
    if hi - lo >= 4 and forms[hi - 2] == "ou" and forms[hi - 1] in ("pas", "non"):
        return Span("request.information", *span, "request.or-not")
    if tail and forms[tail[-1]] in _TRAILING_WH and forms[tail[-1] - 1] != "importe":
        return Span("request.information", *span, "request.trailing-wh")
    if any(forms[i] in _IN_SITU and i > lo and forms[i - 1] in _IN_SITU_AFTER
           for i in range(max(lo, hi - 4), hi)):  # fmt: skip
        return Span("request.information", *span, "request.in-situ-wh")
    if forms[hi - 1] == "plait" and any(forms[i] in _CAN for i in range(lo, hi)):
        return Span("request.information", *span, "request.please")
    return None


@lru_cache(maxsize=1)
def _office_words() -> frozenset[str]:
    """First words of the ``office`` phrases (``classes.toml``): no pattern needs them, so the
    pre-filter would skip the tagging :func:`_local_offices` reads."""
    return frozenset(p[0] for p, classes in replies_lexicon().phrases.items() if "office" in classes)


def _local_offices(words: Words, tags: list[dict[str, list[int]]]) -> list[Span]:
    """An office named by its place (« la mairie de Bron ») or asked about its opening (« les
    centres des impôts sont ouverts le samedi ? ») is a local question; « en mairie » or « au
    guichet » alone is how a national procedure is done."""
    proper, sentences = words.proper, words.sentences
    opening = {sentences[i] for i, here in enumerate(tags) if "opening" in here}
    return [
        Span("signal.local", words.starts[i], words.ends[i], "signal.local-office")
        for i, here in enumerate(tags)
        if "office" in here and (any(proper[i + 1 : i + 6]) or sentences[i] in opening)
    ][:1]


_OPENERS = frozenset({"bonjour", "bjr", "slt", "salut", "hello", "bonsoir", "bsr", "coucou", "svp", "stp",
                      "et", "mais", "donc", "alors", "du", "coup", "sinon", "madame", "monsieur",
                      "excusez", "moi", "pardon", "merci", "oui", "ok", "ah", "euh", "bref"})  # fmt: skip
"""Words that may come before the question word that opens a request (« bonjour, du coup comment … »)."""


_INFINITIVE = ("er", "ir", "re", "oir")
_OBJECT = frozenset({"son", "sa", "ses", "mon", "ma", "mes", "notre", "nos", "le", "la", "les", "l", "un",
                     "une", "des", "du", "en", "y", "pour", "ce", "cette", "cet", "ces"})  # fmt: skip
_SHOWING = frozenset({"decouvrez", "decouvre", "voici", "voila", "regardez", "apprenez", "voyez"})
"""« Découvrez comment j'ai remboursé… » shows, it does not ask."""


_ASKS_WHEN_AFTER = frozenset({"jusqu", "jusqua", "jusque", "partir", "depuis", "c", "est", "pour", "de",
                              "ca", "ce"})  # fmt: skip
"""« c jusqu'à qd les restrictions », « à partir de quand », « c'est pour quand »: « quand » asks."""
_ASKS_WHO_AFTER = _OPENERS | {"c", "est", "a", "pour", "de", "avec", "par", "chez", "sur", "aupres"}
"""« c'est qui le responsable », « à qui je m'adresse »: « qui » asks; after a noun it relates
(« l'histoire d'un pingouin qui respirait… »)."""
_CONDITIONAL = frozenset({"peut", "peux", "faut", "doit", "dois", "droit", "pouvez", "devez", "possible",
                          "obligatoire", "ce"})  # fmt: skip
"""« on peut toucher la prime qd on est apprenti », « est-ce qu'il faut … quand … »: a clause that
asks can/must before « quand » asks about that case."""


def _embedded(words: Words, i: int) -> bool:
    """True when the question word at ``i`` is a conjunction (« ils bossent jamais quand on
    passe »), a relative pronoun (« un pingouin qui respirait… ») or opens a question that is
    shown, not asked (« découvrez comment j'ai… »).

    Not for other question words after a verb: in comment French they ask in place
    (« on la renouvelle comment quand elle est cassée », « c'est à partir de quel revenu »);
    nor for « quand » after « jusqu'à », « depuis », « c'est », or in a clause that asks
    whether one can or must (« on peut toucher la prime qd on est apprenti »).
    """
    forms = words.forms
    if i > 0 and forms[i] == "comment" and forms[i - 1] in _SHOWING:
        return True
    if forms[i] == "qui":
        return i > 0 and words.clauses[i - 1] == words.clauses[i] and forms[i - 1] not in _ASKS_WHO_AFTER
    if forms[i] != "quand" or (i > 0 and forms[i - 1] in _ASKS_WHEN_AFTER):
        return False
    clauses = words.clauses
    opened = False
    k = i - 1
    while k >= 0 and clauses[k] == clauses[i]:
        if forms[k] in _CONDITIONAL:
            return False
        opened = opened or forms[k] not in _OPENERS
        k -= 1
    return opened


def _opens_with_how(words: Words, lo: int, hi: int) -> Span | None:
    """« Bonjour comment modifier son taux … »: « comment » or « où » that opens a sentence
    before an infinitive and its object asks, question mark or not; « comment vivre avec 600 € »
    and « comment dire… » sigh."""
    k = lo
    while k < hi and words.forms[k] in _OPENERS:
        k += 1
    if k + 1 >= hi or words.forms[k] not in ("comment", "ou"):
        return None
    verb, after = words.forms[k + 1], words.forms[k + 2] if k + 2 < hi else ""
    if len(verb) < 4 or not verb.endswith(_INFINITIVE) or after not in _OBJECT:
        return None
    return Span("request.information", words.starts[k], words.ends[min(hi, k + 4) - 1], "request.how-to")


_DETERMINERS = frozenset({"un", "une", "le", "la", "les", "l", "ce", "cet", "cette", "ces", "des", "du",
                          "mon", "ma", "mes", "son", "sa", "ses", "notre", "votre", "leur"})  # fmt: skip


def _relative_where(text: str, words: Words, i: int) -> bool:
    """« encore un forum où on fait la queue… »: « où », accent written, after a noun and its
    determiner relates, it asks nothing (in a sentence without a question mark). Without the
    accent it is as often « or » (« la crue a atteint son pic ou ça monte encore »)."""
    forms = words.forms
    return (
        forms[i] == "ou" and i >= 2 and forms[i - 2] in _DETERMINERS
        and words.clauses[i - 2] == words.clauses[i]
        and text[words.starts[i] : words.ends[i]].lower() == "où"
    )


def _to_the_readers(words: Words, lo: int, hi: int) -> Span | None:
    """A question that opens with « quelqu'un … », « qqn … » or « qui a des … » asks the readers
    (« Quelqu'un joue au padel à Caluire ? »), unless it names the page's services."""
    forms = words.forms[lo:hi]
    if len(forms) < 3 or not _TO_THE_SERVICES.isdisjoint(forms):
        return None
    first = 2 if forms[:2] == ["quelqu", "un"] else 1 if forms[0] in _SOMEONE else 0
    opens = (first > 0 and forms[first] not in ("de", "d", "qui")) or (
        forms[:2] == ["qui", "a"] and forms[2] in _ANYONE_WITH
    )
    if not opens:
        return None
    return Span("signal.commenter", words.starts[lo], words.ends[hi - 1], "signal.to-the-readers")


def _sentences(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _SENTENCE.finditer(text)]


def _asked(text: str, at: int) -> bool:
    """True when the sentence around ``at`` ends with a question mark (for the rare hit that
    needs to know before the sentences are read)."""
    stop = min((k for k in (text.find(c, at) for c in ".!?\n") if k >= 0), default=len(text))
    return text.startswith("?", stop)


@lru_cache(maxsize=PER_TEXT)
def signals(text: str) -> Signals:
    """The signals of ``text`` (cached: every reply rule of a comment shares them)."""
    lex = replies_lexicon()
    urls = tuple(m.group() for m in _URL.finditer(text)) if _MAY_LINK.search(text) else ()
    clean = _URL.sub(lambda m: " " * len(m.group()), text) if urls else text
    words = normalize(clean, lex.vocabulary)
    spans_out: list[Span] = []
    candidates = lex.candidates(words.forms)
    if candidates is not None or not _office_words().isdisjoint(words.forms):
        tags = lex.tag(words)
        matcher = Matcher(words.forms, words.sentences, tags)
        for k, hits in sorted(matcher.find_all(lex.index, candidates=candidates or ()).items()):
            pattern = lex.patterns[k]
            for i, j in hits:
                if all(words.quoted[i:j]) or matcher.cancelled(pattern, i):
                    continue
                relates = (pattern.id == "request.wh" and _embedded(words, i)) or (
                    pattern.id == "request.ask" and _relative_where(clean, words, i)
                )
                if relates and not _asked(clean, words.ends[j - 1]):
                    continue
                spans_out.append(Span(pattern.category, words.starts[i], words.ends[j - 1], pattern.id))
        spans_out += _local_offices(words, tags)
    real: list[tuple[int, int]] = []
    rhetorical: list[tuple[int, int]] = []
    marked = sorted(x.start for x in spans_out if x.category == "signal.rhetorical")
    trailing = 0
    previous: tuple[int, int] | None = None
    for start, end in _sentences(clean):
        question = clean[start:end].rstrip().endswith("?")
        lo, hi = bisect_left(words.starts, start), bisect_left(words.starts, end)
        if hi > lo:
            previous = (start, lo)
            if question and (readers := _to_the_readers(words, lo, hi)):
                spans_out.append(readers)
        scornful = bisect_left(marked, start) < bisect_left(marked, end)
        if not question:
            if scornful:
                rhetorical.append((start, end))
            elif trailing < _MAX_TRAILING and (
                found_here := _trailing_question(words, lo, hi) or _opens_with_how(words, lo, hi)
            ):
                spans_out.append(found_here)
                trailing += 1
            continue
        if hi <= lo and previous is not None:
            start, lo = previous
        last = words.forms[hi - 1] if hi > lo else ""
        scorn = any(e in clean[start:min(end + 3, len(clean))] for e in _SCORN)
        here = words.forms[lo:hi]
        tagged = last in _TAG_WORDS and "plait" not in here and (
            last != "encore" or not _ACCUSING.isdisjoint(here)
        )
        if scornful or tagged or hi <= lo or scorn:
            rhetorical.append((start, end))
        else:
            real.append((start, end))
    return Signals(tuple(spans_out), tuple(real), tuple(rhetorical), urls)
