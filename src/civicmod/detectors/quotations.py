"""Quotations in the page's own publication, and the public actor they are attributed to.

A quotation is text between French quotation marks « … », English ones “ … ”,
or straight ones " … ". It is attributed when the clause right next to it says
who spoke, with a speech verb or « selon » / « d'après », and names a public
actor of the directory (or writes an ``@handle``)::

    « Buvez régulièrement », a déclaré le ministère de la Santé.
    Selon Météo-France, « les orages seront violents ».
    L'ARS rappelle : « la vaccination est ouverte à tous ».
    Le maire de Lyon a salué « une coopération exemplaire ».
    « Restez chez vous » (Météo-France)

A quoted term with no attribution (l'opération « grand froid ») is no quotation
of anybody and yields nothing. ``public_sphere.quote`` spans the quotation, its
marks included; ``evidence`` is the handle of its author.

>>> from civicmod import Config, Post
>>> cfg = Config.from_toml("examples/civicmod.toml")
>>> [(d.text, d.evidence) for d in QuotationDetector(config=cfg).detect(Post(
...     text="« Merci aux bénévoles », a déclaré le ministère de la Santé."))]
[('« Merci aux bénévoles »', '@Sante_Gouv')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from civicmod.config import Config
from civicmod.detection import Detection
from civicmod.detectors.registry import register_detector
from civicmod.models import Item, Post
from civicmod.text.fold import tokens
from civicmod.text.handles import handle_spans

QUOTE = "public_sphere.quote"

_QUOTATION = re.compile(r"«[^«»]*»|“[^“”]*”|\"[^\"\n]*\"")
_CLAUSE_END = re.compile(r"[.!?;\n«“»”\"]")
_WINDOW = 240
"""Characters read on each side of a quotation for its attribution."""
_CUE_REACH = 4
"""After a quotation, the speech verb comes within this many words (« , a-t-il déclaré »)."""

_CUE_WORDS = frozenset({"selon", "apres", "dit", "dixit", "disent", "note", "notent"})
_CUE_STEMS = (
    "declar",
    "affirm",
    "rappel",
    "soulign",
    "indiqu",
    "precis",
    "expliqu",
    "annonc",
    "estim",
    "ajout",
    "insist",
    "confi",
    "temoign",
    "assur",
    "conclu",
    "previen",
    "prevenu",
    "alert",
    "martel",
    "comment",
    "resum",
    "ecrit",
    "salu",
    "recommand",
    "appell",
    "appel",
    "invit",
    "observ",
    "constat",
    "reconn",
    "detaill",
    "poursui",
    "reagi",
    "souhait",
    "encourag",
    "tweet",
    "exhort",
    "promet",
    "promis",
    "repond",
)


_DIRECT = """
    declare declaree declarent dit affirme affirmee affirment souligne soulignee salue saluee
    saluent estime estimee explique expliquee precise precisee ajoute ajoutee assure assuree
    confie confiee rappelle rappele rappelee indique indiquee temoigne martele resume ecrit
"""
_DIRECT_CUES = frozenset(_DIRECT.split())
"""Verbs that introduce a quotation right after them (« a salué « … » »): no noun among
them, so that « l'alerte « canicule » » or « l'appel « grand froid » » quote nobody."""


def is_speech_cue(word: str) -> bool:
    """A folded word that says someone spoke: « déclare », « rappelle », « selon »…"""
    return word in _CUE_WORDS or (len(word) >= 4 and word.startswith(_CUE_STEMS))


@dataclass(frozen=True, slots=True)
class _Speaker:
    handle: str
    start: int
    end: int


@register_detector("quotations", default=True)
class QuotationDetector:
    """Attributed quotations in a post; nothing for comments."""

    name = "quotations"
    categories = (QUOTE,)

    def __init__(self, config: Config | None = None) -> None:
        self.directory = (config or Config()).account_directory()

    def detect(self, item: Item) -> list[Detection]:
        if not isinstance(item, Post) or not item.text:
            return []
        text = item.text
        out = []
        for m in _QUOTATION.finditer(text):
            if len(m.group()) <= 2 or not any(c.isalpha() for c in m.group()):
                continue
            speaker = self._after(text, m.end()) or self._before(text, m.start())
            if speaker is None:
                continue
            out.append(
                Detection(
                    category=QUOTE,
                    start=m.start(),
                    end=m.end(),
                    text=m.group(),
                    detector=self.name,
                    evidence=speaker.handle,
                )
            )
        return out

    def _speakers(self, clause: str, offset: int) -> list[_Speaker]:
        """Public actors named, and handles written, in ``clause``, in order."""
        found = [
            _Speaker(m.account.handle, offset + m.start, offset + m.end)
            for m in self.directory.find_names(clause)
            if m.account.is_public_actor
        ]
        found += [_Speaker(h.text, offset + h.start, offset + h.end) for h in handle_spans(clause)]
        return sorted(found, key=lambda s: s.start)

    def _after(self, text: str, end: int) -> _Speaker | None:
        """« … », a déclaré X / « … », selon X / « … » (X) / « … » — X."""
        clause = _clause_after(text, end)
        stripped = clause.lstrip()
        if not stripped:
            return None
        offset = end + len(clause) - len(stripped)
        speakers = self._speakers(stripped, offset)
        if not speakers:
            return None
        if stripped[0] in "(—–-":
            return speakers[0]
        words = tokens(stripped)
        cue = next(
            (i for i, w in enumerate(words[:_CUE_REACH]) if is_speech_cue(w.text)),
            None,
        )
        if cue is None:
            return None
        after_cue = offset + words[cue].end
        return next((s for s in speakers if s.start >= after_cue), None)

    def _before(self, text: str, start: int) -> _Speaker | None:
        """X a déclaré : « … » / Selon X, « … » / Pour X, « … » / X a salué « … »."""
        clause = _clause_before(text, start)
        stripped = clause.rstrip()
        if not stripped:
            return None
        words = [w.text for w in tokens(stripped)]
        if not words:
            return None
        if stripped[-1] == ",":
            if words[0] != "pour" and not any(is_speech_cue(w) for w in words):
                return None
        elif stripped[-1] != ":" and words[-1] not in _DIRECT_CUES:
            return None
        speakers = self._speakers(stripped, start - len(clause))
        return speakers[-1] if speakers else None


def _clause_after(text: str, end: int) -> str:
    window = text[end : end + _WINDOW]
    stop = _CLAUSE_END.search(window)
    return window[: stop.start()] if stop else window


def _clause_before(text: str, start: int) -> str:
    window = text[max(0, start - _WINDOW) : start]
    ends = [m.end() for m in _CLAUSE_END.finditer(window)]
    return window[ends[-1] :] if ends else window


def quotation_inner(text: str) -> str:
    """The words of a quotation without its marks: ``« Buvez »`` → ``Buvez``."""
    return text.strip().strip("«»“”\"").strip()


__all__ = ["QUOTE", "QuotationDetector", "is_speech_cue", "quotation_inner"]

