"""``moderation.*`` and ``replies.no-reply-abuse``: unlawful and abusive comments.

« Supprimer impérativement les commentaires illégaux, inappropriés et incitant
à la haine » — insults, hate, threats, apology of crimes, defamation and
obscene content are deleted; hate, threats and apology are also reported to
the platform; hiding the author is only ever a suggestion, for threats and
hate or a repeat offender. Mockery (« bande de guignols ») gets no reply but
stays; vulgarity that insults nobody goes to a person. Fair criticism, however
harsh, produces no detection here and so no action.

>>> from civicmod import Comment, Moderator
>>> Moderator().review(Comment(text="bande de connards, c'est quand que vous ouvrez ?")).kinds
['delete_comment', 'do_not_reply']
"""

from __future__ import annotations

from collections.abc import Iterable

from civicmod.action import Action
from civicmod.detection import Detection
from civicmod.policies.context import PolicyContext
from civicmod.policies.messages import quote_span
from civicmod.policies.policy import RuleFunction

DELETE = ("abuse.insult", "abuse.hate", "abuse.threat", "abuse.apology", "abuse.defamation",
          "abuse.obscene")  # fmt: skip
"""Unlawful or inappropriate: deleted (``moderation.delete``)."""
REPORT = ("abuse.hate", "abuse.threat", "abuse.apology")
"""Offences the platform must handle (``moderation.report``)."""
SEVERE = ("abuse.hate", "abuse.threat")
"""Severe enough to suggest hiding the author (``moderation.hide-author``)."""
NO_REPLY = ("abuse.rudeness",)
"""Not unlawful, but no reply either (``replies.no-reply-abuse``)."""

LABELS: dict[str, str] = {
    "abuse.insult": "injure",
    "abuse.hate": "incitation à la haine",
    "abuse.threat": "menace ou appel à la violence",
    "abuse.apology": "apologie du terrorisme ou d'un crime",
    "abuse.defamation": "accusation diffamatoire",
    "abuse.obscene": "contenu obscène",
    "abuse.vulgarity": "vulgarité",
    "abuse.rudeness": "moquerie",
    "abuse.suspected": "contenu peut-être abusif (modèle statistique)",
}
"""French names of the abuse categories, for reasons a community manager reads."""


def _found(ctx: PolicyContext, categories: tuple[str, ...]) -> tuple[Detection, ...]:
    found = ctx.having(*categories)
    if not found:
        return found
    threshold = ctx.config.moderation.min_score
    return ctx.remember(("found", *categories), lambda: tuple(d for d in found if d.score >= threshold))


def _explained(ctx: PolicyContext, found: tuple[Detection, ...]) -> str:
    """:func:`explain`, once per item for the same detections (several rules quote them)."""
    return ctx.remember(("explain", *map(id, found)), lambda: explain(found))


def explain(found: Iterable[Detection]) -> str:
    """« injure : « bande de connards » ; menace … : « … » » — what triggered, quoted."""
    by_label: dict[str, list[str]] = {}
    for d in found:
        quoted = quote_span(d.text)
        words = by_label.setdefault(LABELS.get(d.category, d.category), [])
        if quoted not in words:
            words.append(quoted)
    return " ; ".join(f"{label} : {', '.join(words)}" for label, words in by_label.items())


def delete_unlawful(ctx: PolicyContext) -> Iterable[Action]:
    """``moderation.delete`` for public comments; a private message has nothing to delete."""
    if ctx.comment is None or ctx.is_private:
        return
    found = _found(ctx, DELETE)
    if found:
        yield Action(
            kind="delete_comment",
            rule="moderation.delete",
            reason=f"Commentaire illégal ou inapproprié ({_explained(ctx, found)}) : à supprimer.",
            detections=found,
        )


def report_offences(ctx: PolicyContext) -> Iterable[Action]:
    """``moderation.report`` for hate, threats and apology of crimes."""
    if ctx.comment is None:
        return
    found = _found(ctx, REPORT)
    if found:
        yield Action(
            kind="report_to_platform",
            rule="moderation.report",
            reason=f"Infraction à signaler aux administrateurs du réseau ({_explained(ctx, found)}).",
            detections=found,
        )


def suggest_hiding(ctx: PolicyContext) -> Iterable[Action]:
    """``moderation.hide-author``: a suggestion only, « avec prudence et parcimonie »."""
    comment = ctx.comment
    if comment is None:
        return
    severe = _found(ctx, SEVERE)
    repeated = comment.author_deleted_count >= ctx.config.moderation.hide_after_deletions
    deleted = _found(ctx, DELETE)
    if severe:
        why = f"propos graves ({_explained(ctx, severe)})"
        found = severe
    elif repeated and deleted:
        why = f"{comment.author_deleted_count} commentaires déjà supprimés, et celui-ci ({_explained(ctx, deleted)})"
        found = deleted
    else:
        return
    yield Action(
        kind="hide_author",
        rule="moderation.hide-author",
        reason=f"Suggestion, à confirmer par une personne : masquer l'auteur ({why}).",
        detections=found,
        handle=comment.author.handle or None,
        suggestion=True,
    )


def no_reply_to_abuse(ctx: PolicyContext) -> Iterable[Action]:
    """``replies.no-reply-abuse``: no reply to insults, defamation, mockery or deleted content."""
    if ctx.comment is None:
        return
    found = _found(ctx, (*DELETE, *NO_REPLY))
    if found:
        yield Action(
            kind="do_not_reply",
            rule="replies.no-reply-abuse",
            reason=f"Ne pas répondre ({_explained(ctx, found)}).",
            detections=found,
            related_rules=ctx.private_rules,
        )


def review_mild_vulgarity(ctx: PolicyContext) -> Iterable[Action]:
    """``review.mild-vulgarity``: vulgar words aimed at nobody go to a person, undeleted."""
    if ctx.comment is None or _found(ctx, DELETE):
        return
    found = _found(ctx, ("abuse.vulgarity",))
    if found:
        yield Action(
            kind="needs_human_review",
            rule="review.mild-vulgarity",
            reason=f"Vulgarité sans cible ({_explained(ctx, found)}) : ni supprimée ni ignorée, "
            "à apprécier par une personne.",
            detections=found,
        )


def review_suspected_abuse(ctx: PolicyContext) -> Iterable[Action]:
    """``review.suspected-abuse``: the abuse model finds a comment likely to delete that no
    rule flagged; a person looks, nothing is deleted on the model's word alone."""
    if ctx.comment is None or _found(ctx, (*DELETE, "abuse.vulgarity")) or ctx.having("offtopic.spam"):
        return
    found = ctx.having("abuse.suspected")
    if found:
        d = found[0]
        what = (
            "Message privé peut-être abusif que les règles n'ont pas reconnu"
            if ctx.is_private
            else "Contenu peut-être à supprimer que les règles n'ont pas reconnu"
        )
        after = "" if ctx.is_private else " ; rien n'est supprimé sans elle"
        yield Action(
            kind="needs_human_review",
            rule="review.suspected-abuse",
            reason=f"{what} ({d.evidence}) : à vérifier par une personne avant toute réponse{after}.",
            detections=found,
            related_rules=ctx.private_rules,
        )


MODERATION_RULES: tuple[RuleFunction, ...] = (
    delete_unlawful,
    report_offences,
    suggest_hiding,
    no_reply_to_abuse,
    review_mild_vulgarity,
    review_suspected_abuse,
)
"""The rule functions of this part of the guideline, in the order they run."""
