from __future__ import annotations

import pytest

from tests.detectors._helpers import found

PHONE = "personal_data.phone"


@pytest.mark.parametrize(
    "number",
    [
        "06 12 34 56 78",
        "06.12.34.56.78",
        "06-12-34-56-78",
        "06/12/34/56/78",
        "0612345678",
        "06 12 345 678",
        "+33 6 12 34 56 78",
        "+33 (0)6 12 34 56 78",
        "+33612345678",
        "0033 6 12 34 56 78",
        "01 40 20 50 50",
        "09 72 12 34 56",
        "0590 12 34 56",
        "+32 470 12 34 56",
        "+41 79 123 45 67",
        "+44 7911 123456",
    ],
)
def test_finds_every_french_writing_and_international_numbers(number: str) -> None:
    assert found("phone", f"rappelez moi au {number} svp") == [(PHONE, number)]


def test_two_numbers_in_a_row() -> None:
    text = "fixe 01 40 20 50 50 / portable 06 12 34 56 78"
    assert found("phone", text) == [(PHONE, "01 40 20 50 50"), (PHONE, "06 12 34 56 78")]


@pytest.mark.parametrize(
    "text",
    [
        "appelez le 3949",
        "en cas d'urgence le 15, le 17, le 18 ou le 112",
        "le 115 pour le samu social, le 3919 pour les violences",
        "rdv le 06/12/2024 à 14h30",
        "le 06 12 2024",
        "ça coûte 1 250,50 € ou 49.99€",
        "code postal 75015 Paris",
        "SIRET 732 829 320 00074 et SIREN 732 829 320",
        "dossier n° 0612345678",
        "réf. 0612345678",
        "en 2024, 12 345 678 habitants",
        "article L. 115-2 du code",
    ],
)
def test_rejects_numbers_that_are_not_phones(text: str) -> None:
    assert found("phone", text) == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("tél06 12 34 56 78 svp", "06 12 34 56 78"),
        ("mon tel 06 12 34 56 78. 2 enfants à charge", "06 12 34 56 78"),
        ("voici +33 (0)5 60 63 40 87 / 1 10 03 71 545 448 96", "+33 (0)5 60 63 40 87"),
    ],
)
def test_number_boundaries(text: str, number: str) -> None:
    assert found("phone", text) == [(PHONE, number)]


@pytest.mark.parametrize(
    "text",
    [
        "sur le formulaire ils ont écrit 2 65 04 62 163 894 89",  # an invalid NIR
        "le RIB imprimé FR02 3919 2495 7561 7524 4802 431 est faux",  # an invalid IBAN
        "n° fiscal : 06 44 927 905 426",  # a numéro fiscal
    ],
)
def test_a_phone_is_never_a_piece_of_a_longer_number(text: str) -> None:
    assert found("phone", text) == []


def test_service_numbers_are_hints_not_personal_data() -> None:
    from civicmod import Comment
    from civicmod.detectors import create_detector

    [d] = create_detector("phone").detect(Comment(text="numéro vert 0 800 130 000"))
    assert d.score < 0.5 and d.evidence.startswith("numéro vert")
