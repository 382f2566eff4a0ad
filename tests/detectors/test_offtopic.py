"""Off-topic remarks and spam: silence the first, delete the second, never silence a request."""

from __future__ import annotations

import pytest

from civicmod import Comment, Config, Post
from civicmod.detectors import create_detector
from civicmod.detectors.replies.relevance import private_matter, relation

DETECTOR = create_detector("offtopic", Config.from_toml("tests/corpus/requests.toml"))
TAX = Post(text="Taxe foncière : les avis sont disponibles dans votre espace particulier.")
FLOOD = Post(text="🌊 Crue de la Saône : la vigilance jaune crues est maintenue, les quais bas sont fermés.")


def _categories(text: str, post: Post | None) -> list[str]:
    return [d.category for d in DETECTOR.detect(Comment(text=text, post=post))]


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("Allez le PSG !!! ⚽", FLOOD),
        ("J'ai perdu mon chat tigré vers la Croix-Rousse, il répond au nom de Pixel", TAX),
        ("qqn a une bonne recette de bugnes ? 😋", FLOOD),
        ("Quel film vous conseillez au cinéma cette semaine ?", TAX),
        ("premier !", TAX),
    ],
)
def test_unrelated_comments(text: str, post: Post) -> None:
    assert _categories(text, post) == ["offtopic.unrelated"]


@pytest.mark.parametrize(
    "text",
    [
        "Gagnez 500€ par jour depuis chez vous, lien dans ma bio",
        "Je vends 4 pneus neige 205/55 R16 presque neufs, 150€ le lot",
        "Partagez ce message à 10 amis sinon vous aurez 7 ans de malchance",
        "Découvrez le nouveau casino en ligne, 200 free spins offerts 🎰",
        "Votre carte vitale expire : renouvelez-la sur ameli-renouvellement.com",
    ],
)
def test_spam_needs_no_post(text: str) -> None:
    assert _categories(text, None) == ["offtopic.spam"]


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("+12% de taxe foncière, jusqu'où ça va aller ?", TAX),
        ("Merci pour le rappel 👍", TAX),
        ("et pour le permis de conduire, c'est quoi la démarche ?", TAX),
        ("les étudiants doivent déclarer leurs revenus même s'ils ont presque rien gagné ?", TAX),
        ("Ma voisine a ses caves inondées, qui appeler ?", FLOOD),
        ("La préfecture pourrait répondre aux messages, au lieu de poster", FLOOD),
    ],
)
def test_replies_to_the_post_requests_and_thanks_are_not_off_topic(text: str, post: Post) -> None:
    assert _categories(text, post) == []


def test_official_links_are_not_spam() -> None:
    assert _categories("la page officielle : https://www.impots.gouv.fr/particulier", TAX) == []


def test_without_a_post_only_spam_is_detected() -> None:
    assert _categories("Allez le PSG !!!", None) == []


def test_relation_and_private_matter() -> None:
    assert relation("la taxe a encore augmenté ?", TAX.text) == "related"
    assert relation("Allez l'OL", TAX.text) == "unrelated"
    assert private_matter("Quel film vous conseillez ?", TAX.text)
    assert not private_matter("et pour la carte grise ?", TAX.text)
