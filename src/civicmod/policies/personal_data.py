"""``replies.personal-data`` and ``replies.personal-case`` for posted identifiers.

A public comment that posts personal data gets ``remove_personal_data`` (with
the redacted text) and the standard contact message: whoever posts their NIR
under a prefecture's post is asking about their own case. A private message
publishes nothing, so nothing is removed, but the same reply rule applies
(``private.same-rules``).
"""

from __future__ import annotations

from collections.abc import Iterable

from civicmod.action import Action
from civicmod.config import Config
from civicmod.detection import Detection
from civicmod.policies.context import PolicyContext
from civicmod.policies.messages import contact_message, mask
from civicmod.redaction import LABELS, redact

PERSONAL_DATA = "personal_data"


def is_public_identifier(d: Detection, config: Config) -> bool:
    """The page's own addresses and ``public_email_domains`` are not personal data."""
    text = d.text.strip().lower()
    if d.category == "personal_data.email":
        official = {e.lower() for e in (config.contact.email, config.partnerships.email) if e}
        domain = text.rsplit("@", 1)[-1]
        public = config.personal_data.public_email_domains
        return text in official or any(domain == p or domain.endswith("." + p) for p in public)
    if d.category == "personal_data.phone" and config.partnerships.phone:
        digits = "".join(c for c in text if c.isdigit())
        return digits == "".join(c for c in config.partnerships.phone if c.isdigit())
    return False


def personal_data_to_remove(ctx: PolicyContext, min_score: float | None = None) -> list[Detection]:
    """Personal-data detections sure enough to act on, the page's own addresses excepted."""
    found = ctx.having(PERSONAL_DATA)
    if not found:
        return []
    threshold = ctx.config.personal_data.min_score if min_score is None else min_score
    return [d for d in found if d.score >= threshold and not is_public_identifier(d, ctx.config)]


def removal_action(ctx: PolicyContext, found: list[Detection]) -> Action:
    """The ``remove_personal_data`` action for ``found`` in the context's comment."""
    assert ctx.comment is not None
    listed = ", ".join(
        f"{LABELS.get(d.category, 'donnée personnelle')} ({mask(d.text)})" for d in found
    )
    return Action(
        kind="remove_personal_data",
        rule="replies.personal-data",
        reason=f"Données personnelles publiées publiquement : {listed}. Masquer le commentaire "
        "ou le republier sous sa forme expurgée.",
        detections=tuple(found),
        redacted_text=redact(ctx.comment.text, found),
    )


def remove_personal_data(ctx: PolicyContext) -> Iterable[Action]:
    """``replies.personal-data``: public comments only."""
    if ctx.comment is None or ctx.is_private:
        return
    found = personal_data_to_remove(ctx)
    if found:
        yield removal_action(ctx, found)


def contact_for_personal_case(ctx: PolicyContext) -> Iterable[Action]:
    """``replies.personal-case``: posting one's identifiers means a personal case."""
    if ctx.comment is None:
        return
    found = personal_data_to_remove(ctx)
    if not found:
        return
    where = "en message privé" if ctx.is_private else "en public"
    yield Action(
        kind="reply_with_contact_message",
        rule="replies.personal-case",
        reason=f"Situation personnelle (données personnelles communiquées {where}) : ne pas "
        "traiter la demande ici, répondre par le message standard de contact.",
        detections=tuple(found),
        message=contact_message(ctx.config),
        related_rules=ctx.private_rules,
    )
