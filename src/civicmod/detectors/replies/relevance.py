"""Whether a comment is about the post it answers, and whether its question is put to the page.

Both reply detectors need this: a question about a film under a tax notice is
neither a request to the administration nor a reply to the post, it is off
topic; « @julie on y va ? » is put to another reader. A comment is *related*
when it names the administration itself (``universal`` words) or shares a
content word with the post; *unrelated* when its own topics are all private life
(sport, food, pets, a birthday…) and the post has none of them, or when it is a
short piece of chit-chat (« premier ! »); *unknown* otherwise. An administrative
topic other than the post's (« la police fait quoi ? » under an election notice),
politics or the weather are never enough: criticism is related to the page, and
unknown never silences anyone.

>>> relation("Quel film vous conseillez au cinéma ?", "Taxe foncière : les avis sont en ligne.")
'unrelated'
>>> relation("la taxe a encore augmenté ?", "Taxe foncière : les avis sont en ligne.")
'related'
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from civicmod.detectors.replies.lexicon import topics
from civicmod.detectors.replies.signals import signals
from civicmod.models.account import normalize_handle
from civicmod.resources import keys_of
from civicmod.text.normalize import normalize
from civicmod.text.stem import STOPWORDS, stem

Relation = Literal["related", "unrelated", "unknown"]
PRIVATE_LIFE = frozenset({"topic:sport", "topic:culture", "topic:food", "topic:pets", "topic:life",
                          "topic:shopping"})  # fmt: skip
"""Topics no administration's page is asked about: a question on them under an unrelated post
is put to the readers, or to nobody."""
_STRONG_PRIVATE = PRIVATE_LIFE - {"topic:life"}
"""Private topics that outweigh a « merci » (« chat perdu, merci de partager »); family and
neighbours do not (« merci, partagé à mes voisins »)."""
_MIN_WORD = 4
_CHITCHAT_WORDS = 10
"""« premier ! » and « joyeux anniversaire maman » are chit-chat; « selon les premiers éléments,
le conducteur… » is not."""
_MARKERS = frozenset({"universal", "thanks"})
_LEADING_MENTION = re.compile(r"\s*(@[\w.]{2,})")
_POINTING_BACK = frozenset({"aussi", "pareil", "meme", "ca", "cela", "concerne", "concernes",
                            "concernee", "concernees", "interdit", "interdite", "interdits",
                            "interdites", "autorise", "autorisee", "autorises", "droit"})  # fmt: skip
"""Words by which a question points back at its post (« c'est pareil pour … », « interdit aussi »)."""


@lru_cache(maxsize=4096)
def topics_and_roots(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The topics of ``text`` (``topic:weather``, ``universal``) and the roots of its content words."""
    lex = topics()
    words = normalize(text)
    found: set[str] = set()
    for here in lex.tag(words):
        found.update(here)
    roots = frozenset(
        stem(f) for f, name in zip(words.forms, words.proper, strict=True)
        if len(f) >= _MIN_WORD and f not in STOPWORDS and f.isalpha() and not name
    )  # fmt: skip
    return frozenset(found), roots


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
    if "thanks" in mine and not own & _STRONG_PRIVATE:
        return "related"
    short = len(normalize(text).forms) <= _CHITCHAT_WORDS
    if short and signals(text).has("signal.chitchat") and (own & about) <= PRIVATE_LIFE:
        return "unrelated"
    if own and own <= PRIVATE_LIFE and not (own & about):
        return "unrelated"
    return "unknown"


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
    (« c'est interdit aussi ? », « ça concerne aussi les golfs ? », « et pour les motos ? »).
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
    shared = bool(my_roots & their_roots or keys & (set(keys_of(post_text)) | page_keys))
    forms = normalize(text).forms
    back = not _POINTING_BACK.isdisjoint(forms) or forms[:2] == ["et", "pour"]
    return (shared or back) and (not own or (shared and back))


def is_local(text: str) -> bool:
    """True when ``text`` asks about a named place or a local service (« la piscine de Vaulx »).

    The page of a national scheme does not say whether the Part-Dieu centre opens
    on Saturdays: a person answers that.
    """
    return any(normalize(text).proper) or signals(text).has("signal.local")


def addressed_to_someone_else(text: str, page_handle: str) -> bool:
    """True when the comment opens by naming another account (« @julie tu y vas ? »)."""
    m = _LEADING_MENTION.match(text)
    if m is None:
        return False
    return not page_handle or normalize_handle(m.group(1)).lower() != page_handle.lower()
