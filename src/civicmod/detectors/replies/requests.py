"""``request.*``: what a comment asks of the administration.

- ``request.information``: a question or demand for information (« c'est quand
  la date limite ? », « comment on fait pr renouveler un passeport », « dites-nous »);
- ``request.personal_case``: about the author's own file, payment, appointment
  or situation (« mon dossier est bloqué », « j'ai pas reçu mes APL »);
- ``request.contact``: a demand for contact or partnership.

A comment gets one of them, in that order of strength: contact, personal
case, information. Rhetorical questions, questions to other readers, and
questions about something the post and the page's official resources have
nothing to do with (« quel film vous conseillez ? » under a tax notice) are
not requests.

>>> from civicmod import Comment
>>> [d.category for d in RequestDetector().detect(Comment(text="mon passeport n'est toujours pas arrivé, vous pouvez vérifier ?"))]
['request.personal_case']
"""

from __future__ import annotations

from civicmod.config import Config
from civicmod.detection import Detection
from civicmod.detectors.registry import register_detector
from civicmod.detectors.replies.lexicon import REQUEST_CATEGORIES
from civicmod.detectors.replies.relevance import addressed_to_someone_else, private_matter
from civicmod.detectors.replies.signals import Signals, Span, signals
from civicmod.models import Comment, Item
from civicmod.resources import ResourceIndex, resource_index


class Audience:
    """What a detector must know of the page to tell its questions from others'."""

    def __init__(self, config: Config | None = None) -> None:
        self.page = config.page.handle if config is not None else ""
        self.index: ResourceIndex | None = (
            resource_index(config.resources) if config is not None and config.resources else None
        )

    def asks_the_page(self, comment: Comment, s: Signals) -> bool:
        """True when the comment's question is put to the administration.

        Not when it opens by naming another reader, nor when it is about something
        neither its post nor any of the page's resources is about.
        """
        if not s.asks or addressed_to_someone_else(comment.text, self.page):
            return False
        post = comment.post
        if post is None or not post.text.strip() or not private_matter(comment.text, post.text):
            return True
        return self.index is not None and self.index.best(comment.text) is not None


def _a_lost_document_procedure(s: Signals, span: Span) -> bool:
    """« j'ai perdu mon passeport, je fais comment pr en refaire un » tells the author's story but
    asks the procedure, the same for everyone: an information request the page answers."""
    return span.rule == "request.own-case" and s.has("signal.lost_document") and s.has("request.information")


@register_detector("request", default=True)
class RequestDetector:
    """Information requests, personal cases and partnership demands in comments."""

    name = "request"
    categories = REQUEST_CATEGORIES

    def __init__(self, config: Config | None = None) -> None:
        self.audience = Audience(config)

    def detect(self, item: Item) -> list[Detection]:
        if not isinstance(item, Comment):
            return []
        text = item.text
        s = signals(text)
        for category, evidence in (
            ("request.contact", "demande de contact ou de partenariat"),
            ("request.personal_case", "demande sur sa propre situation"),
        ):
            span = s.first(category)
            if span is not None and not _a_lost_document_procedure(s, span):
                return [self._detection(text, category, span.start, span.end,
                                        f"{span.rule} : {evidence}")]  # fmt: skip
        if self.audience.asks_the_page(item, s):
            where = s.request_span()
            if where is not None:
                rule = "question" if s.questions else (s.first("request.information") or s.spans[0]).rule
                return [self._detection(text, "request.information", *where,
                                        f"{rule} : demande d'information à l'administration")]  # fmt: skip
        return []

    def _detection(self, text: str, category: str, start: int, end: int, evidence: str) -> Detection:
        while start < end and text[start].isspace():
            start += 1
        return Detection(category=category, start=start, end=end, text=text[start:end],
                         score=0.9, detector=self.name, evidence=evidence)  # fmt: skip
