"""``replies.*`` for requests, personal cases, partnerships and off-topic comments.

« Répondre en priorité aux commentaires comportant une demande d'information »:

- an information request an official page answers → ``reply_with_url`` with the
  page and a ready French reply (``replies.official-url``); none answers →
  ``answer_request``: a person answers it, first (``replies.prioritise-requests``);
- a request about the author's own case → ``reply_with_contact_message``
  (``replies.personal-case``), never an answer in public;
- a contact or partnership demand from the verified account of an institution,
  association or organisation → ``propose_private_message``, and in a private
  conversation ``send_contact_details`` (``replies.partnership*``); from anyone
  else it is a request a person answers;
- spam → ``delete_comment`` (inappropriate) and ``do_not_reply``; an unrelated
  comment → ``do_not_reply`` only (``replies.no-reply-offtopic``).

Private messages follow the same reply rules (``private.same-rules``), which the
reply actions cite.

>>> from civicmod import Comment, Moderator
>>> Moderator().review(Comment(text="c'est quand la date limite pour la déclaration ?")).kinds
['answer_request']
"""

from __future__ import annotations

from collections.abc import Iterable

from civicmod.action import Action
from civicmod.config import Resource
from civicmod.detection import Detection
from civicmod.detectors.replies.relevance import follows_up, local_beside
from civicmod.models import Comment
from civicmod.policies.context import PolicyContext
from civicmod.policies.messages import (
    contact_details,
    contact_message,
    private_message_proposal,
    quote_span,
    url_message,
)
from civicmod.policies.personal_data import personal_data_to_remove
from civicmod.policies.policy import RuleFunction
from civicmod.resources import ResourceIndex, ResourceMatch, keys_of, other_kind, resource_index

PARTNER_KINDS = frozenset({"institution", "association", "organization"})
"""Accounts whose verified contact demands are partnerships (« hors de la sphère gouvernementale »)."""
_NO_POST_NOTE = (
    "Publication inconnue : seul le spam peut être repéré comme hors-sujet "
    "(replies.no-reply-offtopic)."
)


def _personal_case(ctx: PolicyContext) -> bool:
    return bool(ctx.having("request.personal_case") or personal_data_to_remove(ctx))


def answer_information(ctx: PolicyContext) -> Iterable[Action]:
    """``replies.official-url`` or ``replies.prioritise-requests`` for information requests."""
    comment = ctx.comment
    if comment is None or _personal_case(ctx):
        return
    found = ctx.having("request.information")
    if not found:
        return
    match, via_post = official_page(ctx.config.resources, comment)
    asked = quote_span(found[0].text)
    if match is not None:
        r = match.resource
        how = "la publication commentée en traite, mots-clés" if via_post else "mots-clés"
        yield Action(
            kind="reply_with_url",
            rule="replies.official-url",
            reason=f"Demande d'information ({asked}) : la page officielle « {r.title or r.url} » "
            f"y répond ({how} « {match.phrase} »). Répondre en priorité avec son adresse.",
            detections=found,
            url=r.url,
            message=url_message(ctx.config, r.url, r.title),
            related_rules=("replies.prioritise-requests", *ctx.private_rules),
        )
        return
    yield Action(
        kind="answer_request",
        rule="replies.prioritise-requests",
        reason=f"Demande d'information ({asked}) sans page officielle configurée qui y réponde : "
        "à traiter en priorité par une personne.",
        detections=found,
        related_rules=ctx.private_rules,
    )


def official_page(resources: tuple[Resource, ...], comment: Comment) -> tuple[ResourceMatch | None, bool]:
    """The page that answers ``comment``, and whether it was found through the post.

    A follow-up question (« c'est fermé aussi le week-end ? » under a post on
    road works) names nothing itself: the page that answers the post answers it,
    unless the question has a topic of its own that the post does not share.
    """
    if not resources:
        return None, False
    index = resource_index(resources)
    text = comment.text
    post = comment.post.text if comment.post is not None else ""
    post_keys = frozenset(keys_of(post))
    match = index.best(text, context=post_keys)
    if match is not None:
        if local_beside(text, frozenset(keys_of(match.resource.title))) or _another_kind(
            index, text, post_keys, match
        ):
            return None, False
        return match, False
    if not post.strip() or index.scores(text):
        return None, False
    follow = index.follow_up(text, post)
    if follow is None:
        return None, False
    page_keys = index.keys_for(follow.resource.url)
    if not follows_up(text, post, page_keys) or _another_kind(index, text, post_keys, follow):
        return None, False
    return follow, True


def _another_kind(
    index: ResourceIndex, text: str, post_keys: frozenset[str], match: ResourceMatch
) -> bool:
    """« le vaccin contre le zona » is not what the flu page answers, though it names a vaccine."""
    return other_kind(text, index.keys_for(match.resource.url) | post_keys) is not None


def answer_personal_case(ctx: PolicyContext) -> Iterable[Action]:
    """``replies.personal-case`` for a request about the author's own file, payment or appointment."""
    if ctx.comment is None:
        return
    found = ctx.having("request.personal_case")
    if found:
        yield Action(
            kind="reply_with_contact_message",
            rule="replies.personal-case",
            reason=f"Situation personnelle ({quote_span(found[0].text)}) : ne pas traiter la "
            "demande ici, répondre par le message standard de contact.",
            detections=found,
            message=contact_message(ctx.config),
            related_rules=ctx.private_rules,
        )


def answer_partnership(ctx: PolicyContext) -> Iterable[Action]:
    """``replies.partnership`` and ``replies.partnership-private`` for legitimate partners."""
    comment = ctx.comment
    if comment is None or _personal_case(ctx):
        return
    found = ctx.having("request.contact")
    if not found:
        return
    author = comment.author
    asked = quote_span(found[0].text)
    if author.verified and author.kind in PARTNER_KINDS:
        who = f"compte officiel vérifié ({author.kind}) {author.handle or author.name}".strip()
        if ctx.is_private:
            yield Action(
                kind="send_contact_details",
                rule="replies.partnership-private",
                reason=f"Demande de contact ou de partenariat ({asked}) d'un {who}, en message "
                "privé : transmettre les coordonnées de l'équipe.",
                detections=found,
                message=contact_details(ctx.config),
                related_rules=("private.same-rules",),
            )
        else:
            yield Action(
                kind="propose_private_message",
                rule="replies.partnership",
                reason=f"Demande de contact ou de partenariat ({asked}) d'un {who} : proposer de "
                "poursuivre par message privé.",
                detections=found,
                message=private_message_proposal(ctx.config),
            )
        return
    why = "non vérifié" if not author.verified else f"de type « {author.kind} »"
    yield Action(
        kind="answer_request",
        rule="replies.prioritise-requests",
        reason=f"Demande de contact ({asked}) d'un compte {why}, qui n'est pas un partenaire au "
        "sens de la charte : à traiter par une personne.",
        detections=found,
        related_rules=ctx.private_rules,
    )


def silence_off_topic(ctx: PolicyContext) -> Iterable[Action]:
    """``replies.no-reply-offtopic``; spam is also deleted as inappropriate (``moderation.delete``)."""
    comment = ctx.comment
    if comment is None:
        return
    spam = ctx.having("offtopic.spam")
    if spam:
        why = quote_span(spam[0].text)
        if not ctx.is_private:
            yield Action(
                kind="delete_comment",
                rule="moderation.delete",
                reason=f"Publicité, arnaque ou chaîne ({why}) : contenu inapproprié, à supprimer.",
                detections=spam,
            )
        yield Action(
            kind="do_not_reply",
            rule="replies.no-reply-offtopic",
            reason=f"Hors-sujet (publicité ou arnaque, {why}) : ne pas répondre.",
            detections=spam,
            related_rules=ctx.private_rules,
        )
        return
    if comment.post is None and not ctx.is_private:
        ctx.note(_NO_POST_NOTE)
    unrelated = _unrelated(ctx)
    if unrelated:
        yield Action(
            kind="do_not_reply",
            rule="replies.no-reply-offtopic",
            reason=f"Hors-sujet ({unrelated[0].evidence}) : ne pas répondre, ne pas supprimer.",
            detections=unrelated,
            related_rules=ctx.private_rules,
        )


def _unrelated(ctx: PolicyContext) -> tuple[Detection, ...]:
    """Unrelated remarks, unless the comment also asks something or posts personal data."""
    if ctx.having("request") or personal_data_to_remove(ctx):
        return ()
    return ctx.having("offtopic.unrelated")


REPLY_RULES: tuple[RuleFunction, ...] = (
    answer_information,
    answer_personal_case,
    answer_partnership,
    silence_off_topic,
)
"""The rule functions of this part of the guideline, in the order they run."""
