"""The data of the reply rules: request signals, spam cues, topics.

``civicmod/data/replies/`` holds ``classes.toml`` and ``patterns.toml`` (what
marks a request, a personal case, a partnership demand, a rhetorical question,
spam) and ``topics.toml`` (what a post or a comment is about), in the format of
:mod:`civicmod.lexicon`.

>>> sorted(topics().classes_of("vigilance"))
['topic:weather']
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files

from civicmod.lexicon import Lexicon, build_lexicon, read_toml

REQUEST_CATEGORIES = ("request.information", "request.personal_case", "request.contact")
"""What the request detector reports."""
OFFTOPIC_CATEGORIES = ("offtopic.unrelated", "offtopic.spam")
"""What the off-topic detector reports."""
SIGNALS = ("signal.rhetorical", "signal.commenter", "signal.chitchat", "signal.local",
           "signal.warning", "signal.lost_document")
"""Intermediate signals the detectors weigh; never reported."""
COMMERCE_CUES = ("cue.sale", "cue.offer", "cue.reach", "cue.urgency")
"""The kinds of advert cues :mod:`civicmod.detectors.replies.commerce` counts; never reported."""


@lru_cache(maxsize=1)
def replies_lexicon() -> Lexicon:
    """Request, personal-case, partnership, rhetorical and spam patterns."""
    base = files("civicmod") / "data" / "replies"
    return build_lexicon(
        {},
        read_toml(base / "classes.toml"),
        read_toml(base / "patterns.toml"),
        categories=(*REQUEST_CATEGORIES, *OFFTOPIC_CATEGORIES, *SIGNALS, *COMMERCE_CUES),
        source=str(base),
    )


@lru_cache(maxsize=1)
def topics() -> Lexicon:
    """Topic words as classes ``topic:<name>``, ``universal`` for the administration's own, ``thanks``."""
    data = read_toml(files("civicmod") / "data" / "replies" / "topics.toml")
    classes = {f"topic:{name}": words for name, words in (data.get("topics") or {}).items()}
    classes["universal"] = (data.get("universal") or {}).get("words", [])
    classes["thanks"] = (data.get("thanks") or {}).get("words", [])
    return build_lexicon({}, {"nouns": classes}, {}, categories=())
