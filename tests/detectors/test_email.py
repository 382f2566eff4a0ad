from __future__ import annotations

import pytest

from tests.detectors._helpers import found

EMAIL = "personal_data.email"


@pytest.mark.parametrize(
    ("text", "email"),
    [
        ("écrivez moi : jean.dupont@gmail.com merci", "jean.dupont@gmail.com"),
        ("mon mail c jean.dupont at gmail.com", "jean.dupont at gmail.com"),
        ("jean arobase orange point fr pour le rdv", "jean arobase orange point fr"),
        ("contact: jean [at] free [dot] fr", "jean [at] free [dot] fr"),
        ("écrivez à at @ gmail.fr", "at @ gmail.fr"),
        ("marie.l(at)laposte.net svp", "marie.l(at)laposte.net"),
        ("jean . dupont @ gmail . com", "jean . dupont @ gmail . com"),
        ("MAIL: Andre.Lefevre@Wanadoo.FR", "Andre.Lefevre@Wanadoo.FR"),
        ("réponse à andré.müller@exemple.de stp", "andré.müller@exemple.de"),
        ("Merci. jean@gmail.com. Bonne journée", "jean@gmail.com"),
        ("mail jean.dupont@ gmail.com", "jean.dupont@ gmail.com"),
        ("mail jean.dupont @gmail.com", "jean.dupont @gmail.com"),
    ],
)
def test_finds_plain_and_obfuscated_emails(text: str, email: str) -> None:
    assert found("email", text) == [(EMAIL, email)]


@pytest.mark.parametrize(
    "text",
    [
        "meet me at the station",
        "rendez-vous at home",
        "merci @Prefet38 pour l'info",
        "au point où on en est, arobase ou pas, rien ne marche",
        "le site service-public.fr est en panne",
        "https://x.com/@prefet38",
        "Bonjour @jean.dupont, tu as eu ta carte ?",
        "merci @mairie.de.lyon pour la réponse",
    ],
)
def test_rejects_what_is_not_an_email(text: str) -> None:
    assert found("email", text) == []
