"""``interactions.avoid`` and ``public-sphere.prefer``: the page's likes, shares, reposts, follows.

They are public, so the page keeps them to the public sphere (``government``
accounts) and its official partners; with anyone else — a company, a brand, an
organisation, an association, a personality, an individual, verified or not —
it gets ``avoid_interaction``. Following a government account is what the
guideline asks for first: a note says it is preferred.

The directory is authoritative: when the target's handle is in it, its kind and
standing decide, whatever the record says; otherwise the target's own fields
decide and the decision notes that the directory had no entry.

>>> from civicmod import Account, Interaction, Moderator
>>> d = Moderator().review(Interaction(kind="like", target=Account(handle="@SuperMarche",
...                                                              kind="brand", verified=True)))
>>> d.kinds, d.actions[0].rule
(['avoid_interaction'], 'interactions.avoid')
"""

from __future__ import annotations

from collections.abc import Iterable

from civicmod.action import Action
from civicmod.models import Interaction
from civicmod.policies.context import PolicyContext

PROFILE_LABELS: dict[str, str] = {
    "individual": "individu",
    "personality": "personnalité",
    "company": "profil d'entreprise",
    "brand": "marque",
    "organization": "organisation",
    "association": "association",
    "institution": "institution hors sphère gouvernementale",
    "media": "média",
    "government": "compte de la sphère gouvernementale",
}
"""The French name of each kind of profile, as reasons say it."""

INTERACTION_LABELS: dict[str, str] = {
    "like": "Mention « J'aime »",
    "share": "Partage",
    "repost": "Republication",
    "follow": "Abonnement",
}


def profile_label(kind: str, verified: bool) -> str:
    """« individu non vérifié », « marque, compte vérifié », « personnalité, compte non vérifié ».

    >>> profile_label("company", False)
    "profil d'entreprise, compte non vérifié"
    """
    label = PROFILE_LABELS.get(kind, kind)
    if kind == "individual":
        return f"{label} {'vérifié' if verified else 'non vérifié'}"
    return f"{label}, {'compte vérifié' if verified else 'compte non vérifié'}"


def screen_interaction(ctx: PolicyContext) -> Iterable[Action]:
    """``avoid_interaction`` outside the public sphere and the official partners."""
    item = ctx.item
    if not isinstance(item, Interaction):
        return
    target = item.target
    shown = target.handle or target.name or "un compte sans nom"
    entry = ctx.config.account_directory().by_handle(target.handle) if target.handle else None
    if entry is not None:
        shown = entry.handle
        kind, verified, partner = entry.kind, entry.verified, entry.partner
    else:
        kind, verified, partner = target.kind, target.verified, target.partner
        ctx.note(
            f"{shown} est absent de l'annuaire : jugé sur le profil transmis "
            f"({profile_label(kind, verified)}{', partenaire officiel' if partner else ''})."
        )
    what = INTERACTION_LABELS[item.kind]
    if kind == "government":
        if item.kind == "follow":
            ctx.note(
                f"Abonnement à {shown}, compte de la sphère gouvernementale : à privilégier "
                "(public-sphere.prefer)."
            )
        else:
            ctx.note(
                f"{what} : {shown} est un compte de la sphère gouvernementale, interaction "
                "autorisée et à privilégier (public-sphere.prefer)."
            )
        return
    if partner:
        ctx.note(f"{what} : {shown} est un partenaire officiel, interaction autorisée.")
        return
    yield Action(
        kind="avoid_interaction",
        rule="interactions.avoid",
        reason=f"{what} visant {shown} ({profile_label(kind, verified)}), ni de la sphère "
        "publique ni partenaire officiel : interaction à éviter, elle associerait "
        "publiquement l'administration à ce profil.",
        handle=target.handle or None,
    )
