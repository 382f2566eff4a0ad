from __future__ import annotations

import pytest

from tests.detectors._helpers import found


@pytest.mark.parametrize(
    ("text", "card"),
    [
        ("ma CB 4970 1012 3456 7893 a été débitée deux fois", "4970 1012 3456 7893"),
        ("carte 4111111111111111", "4111111111111111"),
        ("amex 3782 822463 10005", "3782 822463 10005"),
    ],
)
def test_bank_cards_with_luhn(text: str, card: str) -> None:
    assert found("bank_card", text) == [("personal_data.bank_card", card)]


@pytest.mark.parametrize("text", ["carte 4970 1012 3456 7891", "commande 1234 5678 9012 3456"])
def test_bank_cards_failing_luhn_or_prefix(text: str) -> None:
    assert found("bank_card", text) == []


def test_tax_number_key_mod_511() -> None:
    assert found("tax_number", "mon numéro fiscal 30 23 217 600 053") == [
        ("personal_data.tax_number", "30 23 217 600 053")
    ]
    assert found("tax_number", "mon numéro fiscal 30 23 217 600 054") == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("mon numéro allocataire est 1234567", "1234567"),
        ("n° CAF : 7654321, toujours pas de versement", "7654321"),
        ("num alloc 123 4567", "123 4567"),
    ],
)
def test_caf_number_needs_its_cue(text: str, number: str) -> None:
    assert found("caf_number", text) == [("personal_data.caf_number", number)]


@pytest.mark.parametrize(
    "text", ["j'ai reçu 1234567 appels", "la CAF a 80 ans", "le 1234567e visiteur"]
)
def test_caf_number_without_cue_is_nothing(text: str) -> None:
    assert found("caf_number", text) == []


@pytest.mark.parametrize(
    ("text", "ident"),
    [
        ("mon identifiant France Travail 1234567A", "1234567A"),
        ("id pole emploi : 7654321B", "7654321B"),
    ],
)
def test_france_travail_identifier(text: str, ident: str) -> None:
    assert found("france_travail_id", text) == [("personal_data.france_travail_id", ident)]


@pytest.mark.parametrize(
    ("text", "address", "score"),
    [
        (
            "j'habite au 12 bis rue des Lilas 69003 Lyon depuis 2 ans",
            "12 bis rue des Lilas 69003 Lyon",
            0.9,
        ),
        ("mon adresse : 4 avenue Jean Jaurès, toujours rien reçu", "4 avenue Jean Jaurès", 0.9),
        ("livrez au 7 impasse du Moulin 38000 Grenoble", "7 impasse du Moulin 38000 Grenoble", 0.9),
        ("la réunion a lieu au 3 place du Marché", "3 place du Marché", 0.5),
    ],
)
def test_addresses_and_how_personal_they_look(text: str, address: str, score: float) -> None:
    from civicmod import Comment
    from civicmod.detectors import create_detector

    [d] = create_detector("address").detect(Comment(text=text))
    assert (d.text, d.score) == (address, score)


@pytest.mark.parametrize(
    "text",
    ["les travaux rue de la République durent", "la mairie place du Marché", "RN7 et A6 bouchées"],
)
def test_streets_without_a_number_are_not_addresses(text: str) -> None:
    assert found("address", text) == []
