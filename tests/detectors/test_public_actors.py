"""public_actors: directory accounts named in a post, and the @handles it writes."""

from __future__ import annotations

from civicmod import AccountEntry, Comment, Config, Post
from civicmod.detectors import create_detector

CONFIG = Config(
    accounts=(
        AccountEntry(handle="@Sante_Gouv", name="Ministère de la Santé", kind="government"),
        AccountEntry(
            handle="@CroixRouge", name="Croix-Rouge française", aliases=("la Croix-Rouge",),
            kind="association", partner=True,
        ),
        AccountEntry(handle="@LeMonde", name="Le Monde", kind="media", verified=True),
    )
)
DETECTOR = create_detector("public_actors", CONFIG)


def found(text: str) -> list[tuple[str, str, str]]:
    return [(d.category, d.text, d.evidence) for d in DETECTOR.detect(Post(text=text))]


def test_public_actors_other_accounts_and_handles() -> None:
    text = "Le ministère de la Santé, avec @CroixRouge, répond au Monde."
    assert found(text) == [
        ("public_sphere.actor", "ministère de la Santé", "@Sante_Gouv"),
        ("public_sphere.account", "Monde", "@LeMonde"),
        ("public_sphere.handle", "@CroixRouge", "@CroixRouge"),
    ]


def test_a_partner_of_any_kind_is_a_public_actor() -> None:
    assert found("Merci à la Croix-Rouge !") == [
        ("public_sphere.actor", "Croix-Rouge", "@CroixRouge")
    ]


def test_handles_are_whole_tokens() -> None:
    assert [h for c, h, _ in found("@Sante_Gouvernement x@y.fr #Sante_Gouv @Sante_Gouv.") if c.endswith("handle")] == [
        "@Sante_Gouvernement",
        "@Sante_Gouv",
    ]


def test_comments_and_empty_posts_yield_nothing() -> None:
    assert DETECTOR.detect(Comment(text="Merci au ministère de la Santé @Sante_Gouv")) == []
    assert DETECTOR.detect(Post(text="")) == []


def test_built_without_config_it_knows_only_handles() -> None:
    bare = create_detector("public_actors")
    assert [d.category for d in bare.detect(Post(text="Merci @Sante_Gouv et la Croix-Rouge"))] == [
        "public_sphere.handle"
    ]
