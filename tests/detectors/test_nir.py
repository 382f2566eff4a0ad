from __future__ import annotations

import pytest

from civicmod.detectors.nir import nir_valid
from tests.detectors._helpers import found

NIR = "personal_data.nir"


@pytest.mark.parametrize(
    ("text", "nir"),
    [
        (
            "Mon numéro de sécu est 1 85 05 78 006 084 91, où en est mon dossier ?",
            "1 85 05 78 006 084 91",
        ),
        ("numero secu 185057800608491 svp rappelez moi", "185057800608491"),
        ("n° SS : 1.85.05.78.006.084.91", "1.85.05.78.006.084.91"),
        ("1-85-05-78-006-084-91 c'est mon numéro", "1-85-05-78-006-084-91"),
        ("ma fille 18505 78006 084 91", "18505 78006 084 91"),
        ("sécu 1850578006084 clé 91 merci", "1850578006084 clé 91"),
        ("sécu 1 85 05 78 006 084 (91)", "1 85 05 78 006 084 (91)"),
        ("née en Corse : 2 55 08 2A 004 018 77", "2 55 08 2A 004 018 77"),
        ("corse en minuscules 2 55 08 2a 004 018 77", "2 55 08 2a 004 018 77"),
    ],
)
def test_finds_nir_in_every_writing(text: str, nir: str) -> None:
    assert found("nir", text) == [(NIR, nir)]


def test_born_abroad_department_99() -> None:
    body = "1850399350012"
    key = 97 - int(body) % 97
    assert found("nir", f"je suis né au Maroc, sécu {body}{key:02d}") == [(NIR, f"{body}{key:02d}")]


@pytest.mark.parametrize(
    "text",
    [
        "sécu 1 85 05 78 006 084 92",  # key off by one
        "Dossier 2024-118754 déposé le 12/03/2024",
        "SIRET 732 829 320 00074",
        "Appelez le 3949 ou le 15",
        "commande 3 85 05 78 006 084 91",  # sex digit 3 makes the key differ
        "1 85 13 78 006 084 91",  # month 13
    ],
)
def test_rejects_what_is_not_a_valid_nir(text: str) -> None:
    assert found("nir", text) == []


def test_nir_valid_checks_corsica_keys() -> None:
    assert nir_valid("255082A00401877")
    assert not nir_valid("255082B00401877")
