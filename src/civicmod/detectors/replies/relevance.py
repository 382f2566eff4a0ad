"""Whether a comment is about the post it answers, and whether its question is put to the page.

Both reply detectors need this: a question about a film under a tax notice is
neither a request to the administration nor a reply to the post, it is off
topic; « @julie on y va ? » is put to another reader. A comment is *related*
when it names the administration itself (``universal`` words: a service, an
official, a file, a rule) or shares a content word with the post; *unrelated*
when it has a subject of its own that concerns nothing of the post: its topics
are all private life (sport, food, pets, family news, greetings, a lost
wallet…) and the post has none of them, or they are small talk (the weather,
the trams, exams, a local fair, politics, world news) beside a post they do not
concern (:data:`SMALL_TALK`), not turned to the page; or it is a short piece of
chit-chat (« premier ! »). *Unknown* otherwise: a reaction with no subject
(« enfin ! »), another administrative topic than the post's (« la police fait
quoi ? » under an election notice), politics under a social benefit. Unknown
never silences anyone.

>>> relation("Quel film vous conseillez au cinéma ?", "Taxe foncière : les avis sont en ligne.")
'unrelated'
>>> relation("la taxe a encore augmenté ?", "Taxe foncière : les avis sont en ligne.")
'related'
>>> relation("Y en a marre de la pluie", "Taxe foncière : les avis sont en ligne.")
'unrelated'
>>> relation("Y en a marre de la pluie", "Vigilance orange orages ce soir.")
'unknown'
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from civicmod.detectors.replies.lexicon import topics
from civicmod.detectors.replies.signals import signals
from civicmod.models.account import normalize_handle
from civicmod.resources import KINDS, keys_of
from civicmod.text.caching import PER_TEXT
from civicmod.text.normalize import normalize
from civicmod.text.stem import STOPWORDS, stem

Relation = Literal["related", "unrelated", "unknown"]
PRIVATE_LIFE = frozenset({"topic:sport", "topic:culture", "topic:food", "topic:pets", "topic:life",
                          "topic:shopping", "topic:leisure", "topic:lost", "topic:money",
                          "topic:greetings"})  # fmt: skip
"""Topics no administration's page is asked about: a question on them under an unrelated post
is put to the readers, or to nobody."""
_STRONG_PRIVATE = frozenset({"topic:sport", "topic:culture", "topic:food", "topic:pets",
                             "topic:shopping", "topic:lost", "topic:money"})  # fmt: skip
"""Private topics that outweigh a « merci » (« chat perdu, merci de partager »); family and
neighbours do not (« merci, partagé à mes voisins »)."""
_OUTDOORS = frozenset({"topic:weather", "topic:ceremony", "topic:sport", "topic:culture",
                       "topic:leisure", "topic:mobility", "topic:transit", "topic:events",
                       "topic:health", "topic:school"})  # fmt: skip
"""Posts the weather or a local fair concerns: outings, events, roads, health in the heat."""
SMALL_TALK: dict[str, frozenset[str]] = {
    "topic:weather": _OUTDOORS,
    "topic:transit": frozenset({"topic:transit", "topic:mobility", "topic:work", "topic:weather",
                                "topic:events"}),
    "topic:events": _OUTDOORS | {"topic:security"},
    "topic:exams": frozenset({"topic:exams", "topic:school", "topic:work"}),
    "topic:milestones": frozenset({"topic:milestones", "topic:civil_status", "topic:social",
                                   "topic:immigration"}),
    "topic:politics": frozenset({"topic:politics", "topic:elections", "topic:social", "topic:work",
                                 "topic:taxes", "topic:mobility", "topic:ceremony", "topic:immigration",
                                 "topic:security", "topic:society", "topic:religion", "topic:world"}),
    "topic:world": frozenset({"topic:world", "topic:politics", "topic:elections", "topic:immigration",
                              "topic:ceremony", "topic:security", "topic:society", "topic:religion"}),
}  # fmt: skip
"""Small talk on the weather, the trams, exams, weddings and moves, local fairs or politics, and
the posts it concerns.

« Y en a marre de la pluie » under a tax notice says nothing of it; under a storm
warning, a ceremony or the holiday traffic it does. « Macron démission » is beside
a vaccination campaign, not beside a reform of the RSA. A question on them is put
to the page (« le marché de Noël ouvre quand ? »), and under a post whose topic is
not known nothing is beside it.
"""
_MIN_WORD = 4
_CHITCHAT_WORDS = 10
"""« premier ! » and « joyeux anniversaire maman » are chit-chat; « selon les premiers éléments,
le conducteur… » is not."""
_MARKERS = frozenset({"universal", "thanks"})
_GENERIC_WORDS = frozenset({
    "soir", "soiree", "matin", "matinee", "journee", "jour", "jours", "nuit", "semaine", "semaines",
    "mois", "annee", "annees", "heure", "heures", "minute", "minutes", "moment", "fois", "week",
    "weekend", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "prochain", "prochaine", "dernier", "derniere", "bonne", "bonnes", "vrai", "vraie",
    "reste", "gens", "chose", "choses", "truc", "trucs", "petit", "petite", "petits", "petites",
    "grand", "grande", "beaucoup", "vraiment", "franchement", "enfin", "juste", "comme",
})  # fmt: skip
"""Words of time and degree every kind of text holds: sharing « ce soir » or « la semaine
prochaine » with a snow warning does not make a rugby result about the snow. Not months: a
date shared with the post is its subject (« jamais oublier le 13 novembre »)."""
_LEADING_MENTION = re.compile(r"\s*(@[\w.]{2,})")
_POINTING_BACK = frozenset({"aussi", "pareil", "meme", "ca", "cela", "concerne", "concernes",
                            "concernee", "concernees", "interdit", "interdite", "interdits",
                            "interdites", "autorise", "autorisee", "autorises", "droit", "y",
                            "cette", "ces", "cet"})  # fmt: skip
"""Words by which a question points back at its post (« c'est pareil pour … », « interdit aussi »,
« je peux y prétendre ? », « cette aide »); so does a question that opens with « et »."""
_GENERIC = frozenset(stem(w) for w in KINDS)
"""Roots of nouns that name a kind of thing (« demande », « aide »): a page's keyword that
holds one (« demande de RSA ») is not taken up by a comment that says it of something else
(« l'AAH après la demande à la MDPH »)."""
_MODALS = frozenset({"peut", "peux", "peuvent", "pouvez", "pouvons", "pourra", "pourrait",
                     "pourrais", "pourrons", "doit", "dois", "doivent", "devez", "devons", "puis"})
"""« il peut encore le faire », « on doit la renouveler »: after one of these, « le », « la »,
« les », « en » stand for a thing, the post's. Not « faut », which is followed by articles as
often (« il faut la carte d'identité »)."""
_CLITICS = frozenset({"le", "la", "les", "l", "en"})
_HAVE = frozenset({"ai", "a", "as", "avons", "avez", "ont", "avais", "avait", "aurai", "aura"})
_CONCERNED = frozenset({"concerne", "concernes", "concernee", "concernees", "concernent", "pareil", "pareille"})
_WEAK = "topic:weak_"
"""``weak_social`` in ``topics.toml``: words that touch the social topic without naming it."""
_FIRST = frozenset({"premier", "premiere", "1er", "1ere", "first", "deuxieme", "2eme", "2e"})
"""« 1er 😎 », « First !! »: a comment made of nothing else is chit-chat."""
_TO_THE_PAGE = frozenset({"vous", "votre", "vos"})
"""Small talk that turns to the page (« et vous, vous faites quoi contre la pluie ») is hers."""


def _kept(tags: list[dict[str, list[int]]]) -> list[tuple[str, int, int]]:
    """The tags left when a longer phrase of another topic covers a shorter one.

    « coucher de soleil » is a view, not the weather; « pots-de-vin » is no
    wine; « vacances au ski » is no holiday traffic.
    """
    found = [(cls, i, end) for i, here in enumerate(tags) for cls, ends in here.items() for end in ends]
    longest: dict[int, tuple[int, int, set[str]]] = {}
    for cls, i, end in found:
        for j in range(i, end):
            start, stop, classes = longest.get(j, (j, j, set()))
            if end - i > stop - start:
                longest[j] = (i, end, {cls})
            elif (i, end) == (start, stop):
                classes.add(cls)
    return [(cls, i, end) for cls, i, end in found if _survives(cls, i, end, longest)]


def _survives(cls: str, i: int, end: int, longest: dict[int, tuple[int, int, set[str]]]) -> bool:
    start, stop, classes = longest[i]
    if cls in _MARKERS or cls in classes:
        return True
    return not (start <= i and end <= stop and stop - start > end - i)


@lru_cache(maxsize=PER_TEXT)
def _read(text: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The topics of ``text``, the topics its weak words touch, and the roots of its content words."""
    words = normalize(text)
    found = {cls for cls, _, _ in _kept(topics().tag(words))}
    strong = frozenset(c for c in found if not c.startswith(_WEAK))
    weak = frozenset("topic:" + c[len(_WEAK):] for c in found if c.startswith(_WEAK))
    roots = frozenset(
        stem(f) for f, name in zip(words.forms, words.proper, strict=True)
        if len(f) >= _MIN_WORD and f not in STOPWORDS and f not in _GENERIC_WORDS and f.isalpha() and not name
    )  # fmt: skip
    return strong, weak, roots


def topics_and_roots(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The topics of ``text`` (``topic:weather``, ``universal``) and the roots of its content words."""
    strong, _, roots = _read(text)
    return strong, roots


def weak_topics(text: str) -> frozenset[str]:
    """Topics ``text`` touches with words that name other things too (« rentrée », « enfants »).

    They relate a comment to a post on that topic, but give it no topic of its own.

    >>> sorted(weak_topics("Les Minions au cinéma c'est génial pour les enfants"))
    ['topic:social']
    """
    return _read(text)[1]


def _turns_to_the_page(text: str) -> bool:
    return any(f in _TO_THE_PAGE for f in normalize(text).forms)


def _small_talk_beside(own: frozenset[str], about: frozenset[str], text: str) -> bool:
    """True when the weather, trams or politics ``own`` talks about concern none of ``about``."""
    talk = own - PRIVATE_LIFE
    if not about or _turns_to_the_page(text):
        return False
    return all(t in SMALL_TALK and not SMALL_TALK[t] & about for t in talk)


def _touched(own: frozenset[str], about: frozenset[str], text: str, post_text: str) -> frozenset[str]:
    """The topics ``text`` (its topics ``own``) and its post (``about``) share, weak words included."""
    return (own & (about | weak_topics(post_text))) | (weak_topics(text) & about)


def relation(text: str, post_text: str) -> Relation:
    """How ``text`` stands to the post ``post_text`` it answers."""
    mine, my_roots = topics_and_roots(text)
    if "universal" in mine:
        return "related"
    theirs, their_roots = topics_and_roots(post_text)
    if my_roots & their_roots:
        return "related"
    own = mine - _MARKERS
    about = theirs - _MARKERS
    touched = _touched(own, about, text, post_text)
    if "thanks" in mine and not own & _STRONG_PRIVATE:
        return "related"
    forms = normalize(text).forms
    if forms and all(f in _FIRST for f in forms):
        return "unrelated"
    short = len(forms) <= _CHITCHAT_WORDS
    if short and signals(text).has("signal.chitchat") and touched <= PRIVATE_LIFE:
        return "unrelated"
    if not own or touched:
        return "unknown"
    if own <= PRIVATE_LIFE or _small_talk_beside(own, about, text):
        return "unrelated"
    return "unknown"


def beside_the_post(text: str, post_text: str) -> bool:
    """True when ``text`` has a subject of its own that its post says nothing of.

    For a question put to the other readers (« Quelqu'un joue au padel à Caluire ? »,
    « qui connaît un bon garage ? » under a warning on fake sites): the page is not asked, and
    a subject of its own, a topic or a name the post does not hold, that shares no word and no
    topic with the post, nor one the post's topic concerns (the roads under a storm warning,
    :data:`SMALL_TALK`), is not the post's. Without a subject (« quelqu'un a réussi à se
    connecter ? ») it may well be about the post, and it is left alone.

    >>> beside_the_post("Quelqu'un joue au padel à Caluire ?", "Taxe foncière : les avis sont en ligne.")
    True
    >>> beside_the_post("Quelqu'un a réussi à se connecter ?", "Taxe foncière : les avis sont en ligne.")
    False
    """
    mine, my_roots = topics_and_roots(text)
    theirs, their_roots = topics_and_roots(post_text)
    if "universal" in mine or my_roots & their_roots:
        return False
    own = mine - _MARKERS
    if _touched(own, theirs - _MARKERS, text, post_text):
        return False
    concerned = {t for p in theirs for t in SMALL_TALK.get(p, ())}
    if own & concerned or any(SMALL_TALK.get(t, frozenset()) & theirs for t in own):
        return False
    words = normalize(text)
    post_forms = set(normalize(post_text).forms)
    named = any(name and f not in post_forms for f, name in zip(words.forms, words.proper, strict=True))
    return bool(own) or named


def private_matter(text: str, post_text: str) -> bool:
    """True when ``text`` is unrelated to its post and about private life or chit-chat only.

    A question about another administrative topic than the post's (« et pour le
    permis ? » under a tax notice) stays a request; one about a film does not.

    >>> private_matter("Quel film vous conseillez ?", "Taxe foncière : les avis sont en ligne.")
    True
    >>> private_matter("et pour le permis de conduire ?", "Taxe foncière : les avis sont en ligne.")
    False
    """
    return relation(text, post_text) == "unrelated" and only_private_life(text)


def only_private_life(text: str) -> bool:
    """True when every topic of ``text`` is private life (or it has none)."""
    return topics_and_roots(text)[0] - _MARKERS <= PRIVATE_LIFE


def follows_up(text: str, post_text: str, page_keys: frozenset[str] = frozenset()) -> bool:
    """True when ``text`` takes up its post, or the page its post points to, and asks nothing else.

    It takes them up by sharing a word or a synonym with them (« les vieux permis roses, faut
    les changer ? » under a post on the driving licence), or by pointing back at them
    (« c'est interdit aussi ? », « je peux y prétendre ? », « et pour les motos ? »).
    A topic of its own that the post does not have is something else, unless the comment
    both shares a word and points back (« le lavage des voitures c'est interdit aussi ? »
    under a drought order that forbids watering). A named place or a local service is for a
    person (« les écoles vont fermer avec la chaleur ? »). ``page_keys`` are the keys of the
    page the post points to (:meth:`civicmod.resources.ResourceIndex.keys_for`).

    >>> follows_up("c'est fermé aussi le week-end ?", "La chaussée sera fermée du 3 au 14 juin.")
    True
    >>> follows_up("Allez l'OL", "La chaussée sera fermée du 3 au 14 juin.")
    False
    """
    if is_local(text):
        return False
    mine, my_roots = topics_and_roots(text)
    theirs, their_roots = topics_and_roots(post_text)
    own = (mine - _MARKERS) - theirs
    keys = set(keys_of(text))
    shared = bool(my_roots & their_roots or keys & set(keys_of(post_text)) or keys & (page_keys - _GENERIC))
    forms = normalize(text).forms
    back = not _POINTING_BACK.isdisjoint(forms) or forms[:1] == ["et"] or _takes_up(forms)
    return (shared or back) and (not own or (shared and back))


def _takes_up(forms: list[str]) -> bool:
    """True when an object pronoun stands for what the post is about: after a modal verb
    (« mon fils peut encore le faire ? » under a post on a vaccine), or elided before « avoir »
    (« je l'ai perdu, comment faire ? » under a post on the energy cheque)."""
    return any(
        form in _CLITICS and i + 1 < len(forms) and (
            not _MODALS.isdisjoint(forms[max(0, i - 2) : i]) or (form == "l" and forms[i + 1] in _HAVE)
        )
        for i, form in enumerate(forms)
    )


def local_beside(text: str, page_keys: frozenset[str]) -> bool:
    """True when ``text`` names a local place or service that the page is not about.

    On a prefecture's page « la piscine » is a town's business that no national page
    answers; on a city hall's page that configured « Piscines municipales » it is
    exactly what the page is about (« la piscine est ouverte le dimanche ? »).
    ``page_keys`` are the keys of the page's title: a keyword alone (« vaccination au
    collège ») does not make the page answer what happens in one school.

    >>> local_beside("la piscine est ouverte dimanche ?", frozenset({"piscin"}))
    False
    >>> local_beside("la piscine est ouverte dimanche ?", frozenset({"passeport"}))
    True
    """
    return any(
        page_keys.isdisjoint(keys_of(text[s.start : s.end]))
        for s in signals(text).spans
        if s.category == "signal.local"
    )


def is_local(text: str) -> bool:
    """True when ``text`` asks about a named place or a local service (« la piscine de Vaulx »).

    The page of a national scheme does not say whether the Part-Dieu centre opens
    on Saturdays: a person answers that. Whether a named place is concerned by what
    the post announces (« Villefranche est concernée ? » under a storm alert, « et en
    Savoie c'est pareil ? » under a deadline) is the scope of the post, which its page gives.
    """
    words = normalize(text)
    named = _CONCERNED.isdisjoint(words.forms) and any(words.proper)  # no name after « ? »
    return named or signals(text).has("signal.local")


def addressed_to_someone_else(text: str, page_handle: str) -> bool:
    """True when the comment opens by naming another account (« @julie tu y vas ? »)."""
    m = _LEADING_MENTION.match(text)
    if m is None:
        return False
    return not page_handle or normalize_handle(m.group(1)).lower() != page_handle.lower()
