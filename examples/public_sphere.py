"""The page's own activity: check a draft post before publishing, screen a like.

Uses the Préfecture de l'Isère's example configuration, whose directory is the
``[[accounts]]`` of ``examples/civicmod.toml`` plus ``examples/accounts.csv``.
Run it::

    python examples/public_sphere.py
"""

from __future__ import annotations

from civicmod import Account, Config, Interaction, Media, Moderator, PersonRef, Post

moderator = Moderator(Config.from_toml("examples/civicmod.toml"))

# 1. A draft post, before publishing.
draft = Post(
    id="brouillon-canicule",
    text=(
        "Canicule : « Buvez régulièrement, même sans soif », a rappelé le ministre de "
        "la Santé. Météo-France place l'Isère en vigilance orange. Merci à la "
        "Croix-Rouge et aux Restos du Cœur, mobilisés avec @villegrenoble et le docteur "
        "Paul Girard, chef des urgences."
    ),
    media=(
        Media(
            type="photo",
            people=(PersonRef(name="la préfète de la Savoie"), PersonRef(name="Marie Durand")),
        ),
    ),
)
checked = moderator.review(draft)
for action in checked.actions:
    target = action.handle or ", ".join(action.handles or ()) or "(suggestion)"
    print(action.kind, target, "—", action.rule)
    print("   ", action.reason)
for note in checked.notes:
    print("note:", note)

# 2. A like the community manager is about to give.
like = Interaction(
    kind="like",
    target=Account(handle="@Decathlon", name="Decathlon", kind="brand", verified=True),
)
screened = moderator.review(like)
print()
print(screened.kinds)
print(screened.actions[0].reason)

# 3. Following a government account: allowed, and preferred.
follow = moderator.review(Interaction(kind="follow", target=Account(handle="@meteofrance")))
print()
print(follow.kinds, follow.notes)
