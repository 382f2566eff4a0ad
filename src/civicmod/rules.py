"""The guideline's rules by id, each with the French sentence it comes from.

Rule ids are a public contract (``../shared/guideline/rules.md``): services keep
them in audit logs. The ``review.*`` ids and ``public-sphere.unknown-actor`` are
civicmod's own, for the cases the guideline is silent on; they follow the same
contract.

>>> RULES["replies.personal-data"].quote[:20]
'supprimez toute info'
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Rule:
    """A rule id, the guideline's words, and what civicmod does about it."""

    id: str
    quote: str
    meaning: str


_RULES = (
    Rule(
        "moderation.delete",
        "vous devez supprimer impérativement les commentaires illégaux, inappropriés "
        "et incitant à la haine",
        "delete_comment for unlawful, inappropriate or hateful comments; never for criticism",
    ),
    Rule(
        "moderation.hide-author",
        "masquer les utilisateurs ayant eu ces comportements … avec prudence et parcimonie",
        "hide_author, only as a suggestion, for severe content or repeated deletions",
    ),
    Rule(
        "moderation.report",
        "voire les signaler aux administrateurs du réseau",
        "report_to_platform for threats, incitement to violence or hatred, apology of terrorism",
    ),
    Rule(
        "replies.prioritise-requests",
        "répondre en priorité aux commentaires comportant une demande d'information à "
        "destination de votre administration",
        "a decision carries a priority; information requests come first",
    ),
    Rule(
        "replies.official-url",
        "si l'information recherchée est disponible sur une page web officielle … "
        "répondez en fournissant l'URL",
        "reply_with_url with a configured official resource",
    ),
    Rule(
        "replies.personal-data",
        "supprimez toute information personnelle publiée publiquement par l'internaute "
        "(notamment : adresse mail, numéro de téléphone ou de sécurité sociale)",
        "remove_personal_data with the spans found and a redacted text",
    ),
    Rule(
        "replies.personal-case",
        "ne traitez pas la demande directement dans les commentaires, mais répondez-y par "
        "un message standard incluant l'adresse e-mail ou l'URL du formulaire de contact adéquat",
        "reply_with_contact_message with the page's contact e-mail or form URL",
    ),
    Rule(
        "replies.partnership",
        "demande de contact ou de partenariat légitime émanant du compte officiel d'une "
        "institution, association ou organisation hors de la sphère gouvernementale : "
        "proposez à l'émetteur de poursuivre la conversation par message privé",
        "propose_private_message to a verified institution, association or organisation",
    ),
    Rule(
        "replies.partnership-private",
        "par message privé, fournissez à votre interlocuteur les coordonnées (adresse e-mail "
        "et numéro de téléphone) du collaborateur ou de l'équipe en mesure d'apporter une réponse",
        "send_contact_details with the partnerships team's e-mail and phone",
    ),
    Rule(
        "replies.no-reply-abuse",
        "ne répondez pas aux injures et autres propos diffamatoires",
        "do_not_reply for insults and defamation; wins over every reply",
    ),
    Rule(
        "replies.no-reply-offtopic",
        "ne répondez pas … aux commentaires hors-sujet",
        "do_not_reply for off-topic comments; off-topic alone is no reason to delete",
    ),
    Rule(
        "private.same-rules",
        "pour ces messages, les modalités de réponse sont les mêmes que celles énoncées pour "
        "les commentaires publics",
        "private messages get the same reply rules",
    ),
    Rule(
        "interactions.avoid",
        "vous devez éviter, dans la mesure du possible, toute interaction non-verbale avec les "
        "profils d'entreprises, de marques, d'organisations, de personnalités ou d'individus "
        "non-vérifiés et ne faisant pas directement partie de la sphère publique",
        "avoid_interaction with profiles outside the public sphere and official partners",
    ),
    Rule(
        "public-sphere.prefer",
        "vous devez vous abonner et interagir en priorité avec les autres comptes de la "
        "sphère gouvernementale",
        "interactions with government accounts are allowed and preferred",
    ),
    Rule(
        "public-sphere.native-share",
        "le compte à l'origine du contenu est clairement identifié : vous n'avez rien à ajouter",
        "a native share needs no mention",
    ),
    Rule(
        "public-sphere.mention",
        "vous devez insérer manuellement dans votre publication le nom d'utilisateur (@) "
        "officiel de l'acteur concerné",
        "add_mention for a public actor named without its handle",
    ),
    Rule(
        "public-sphere.photo-tag",
        'si le contenu est une photo, vous devez utiliser l\'option "Identifier des personnes"',
        "tag_people for people shown in a photo and not tagged",
    ),
    Rule(
        "public-sphere.quote",
        "la même règle s'applique aux citations, que vous devez attribuer à leur auteur en "
        "citant son nom d'utilisateur (@) officiel",
        "attribute_quote for a quotation whose author's handle is missing",
    ),
    Rule(
        "review.detector-failed",
        "(civicmod) la bibliothèque n'a pas pu décider sans risque",
        "needs_human_review when a detector failed: never silence",
    ),
    Rule(
        "review.policy-failed",
        "(civicmod) la politique n'a pas pu décider",
        "needs_human_review when a policy rule raised: never silence",
    ),
    Rule(
        "review.invalid-input",
        "(civicmod) l'enregistrement reçu est illisible",
        "needs_human_review on the error record of a malformed input line",
    ),
    Rule(
        "public-sphere.unknown-actor",
        "(civicmod) un nom de personne ou d'organisation absent de l'annuaire : peut-être "
        "un acteur public dont le nom d'utilisateur (@) officiel manque",
        "needs_human_review, as a suggestion, for a name in a post the directory lacks",
    ),
    Rule(
        "review.mild-vulgarity",
        "(civicmod) vulgarité sans cible : ni supprimée, ni ignorée",
        "needs_human_review for mild vulgarity that insults nobody",
    ),
    Rule(
        "review.suspected-abuse",
        "(civicmod) un modèle statistique estime probable un contenu à supprimer que les "
        "règles n'ont pas reconnu : une personne décide",
        "needs_human_review when the abuse model finds a comment likely to delete and no rule did",
    ),
)

RULES: dict[str, Rule] = {r.id: r for r in _RULES}
"""Every rule civicmod may cite, by id."""
