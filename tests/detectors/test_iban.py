from __future__ import annotations

import pytest

from civicmod.detectors.iban import iban_valid
from tests.detectors._helpers import found


@pytest.mark.parametrize(
    "iban",
    [
        "FR76 3000 6000 0112 3456 7890 189",
        "FR7630006000011234567890189",
        "fr76 3000 6000 0112 3456 7890 189",
        "FR76 30006 00001 12345678901 89",
        "DE89 3704 0044 0532 0130 00",
        "BE68 5390 0754 7034",
        "GB29 NWBK 6016 1331 9268 19",
    ],
)
def test_finds_ibans(iban: str) -> None:
    assert found("iban", f"mon iban : {iban} merci") == [("personal_data.iban", iban)]


def test_finds_a_bare_rib_with_its_key() -> None:
    assert found("iban", "RIB 30006 00001 12345678901 89") == [
        ("personal_data.rib", "30006 00001 12345678901 89")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "FR76 3000 6000 0112 3456 7890 188",  # wrong check
        "RIB 30006 00001 12345678901 88",  # wrong RIB key
        "le 12 rue des Lilas",
        "DE 12 ans à 18 ans",
    ],
)
def test_rejects_bad_checksums(text: str) -> None:
    assert found("iban", text) == []


def test_iban_valid_is_case_insensitive() -> None:
    assert iban_valid("fr7630006000011234567890189")
