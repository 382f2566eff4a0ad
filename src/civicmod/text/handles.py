"""@handles, #hashtags and links in a text: what is already a mention, and what is no name.

A handle counts as written only as a whole token: ``@Sante_Gouv`` is in
« merci @Sante_Gouv. » but not in « @Sante_Gouvernement », nor in an e-mail
address (``contact@sante.gouv.fr``), nor in a hashtag (``#Sante_Gouv``).
Comparison ignores case, as the platforms do.

>>> [(h.text, h.start) for h in handle_spans("Merci @Sante_Gouv et @MeteoFrance. #Canicule")]
[('@Sante_Gouv', 6), ('@MeteoFrance', 21)]
>>> sorted(handles_in("Avec @CroixRouge, pas contact@croix-rouge.fr ni #Sante_Gouv"))
['@croixrouge']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_HANDLE = re.compile(r"(?<![\w@#&/.])@[^\W](?:[\w.]{0,99}\w)?")
_MARKUP = re.compile(r"(?<![\w@#&/.])[@#][^\W][\w.]{0,199}|(?:https?://|www\.)[^\s<>«»\"]{1,2000}")


@dataclass(frozen=True, slots=True)
class HandleSpan:
    """A handle as written (``@Sante_Gouv``) and its span in the text."""

    text: str
    start: int
    end: int

    @property
    def key(self) -> str:
        """Lower case: how handles are compared."""
        return self.text.lower()


def handle_spans(text: str) -> list[HandleSpan]:
    """Every ``@handle`` written as a whole token, with its span; a final ``.`` is not part of it."""
    return [HandleSpan(m.group(), m.start(), m.end()) for m in _HANDLE.finditer(text)]


def handles_in(text: str) -> set[str]:
    """The handles written in ``text``, lower case (``{"@sante_gouv"}``)."""
    return {h.key for h in handle_spans(text)}


def markup_spans(text: str) -> list[tuple[int, int]]:
    """Spans of handles, hashtags and links: places where no name is being written."""
    return [(m.start(), m.end()) for m in _MARKUP.finditer(text)]
