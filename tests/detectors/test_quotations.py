"""quotations: quotations in a post attributed to a public actor."""

from __future__ import annotations

import pytest

from civicmod import AccountEntry, Comment, Config, Post
from civicmod.detectors import create_detector

CONFIG = Config(
    accounts=(
        AccountEntry(
            handle="@Sante_Gouv", name="Ministère de la Santé",
            aliases=("ministre de la Santé",), kind="government",
        ),
        AccountEntry(handle="@meteofrance", name="Météo-France", kind="government"),
        AccountEntry(handle="@ARS_ARA", name="ARS Auvergne-Rhône-Alpes", aliases=("ARS",),
                     kind="government"),
        AccountEntry(
            handle="@CroixRouge", name="Croix-Rouge française", aliases=("la Croix-Rouge",),
            kind="association", partner=True,
        ),
        AccountEntry(handle="@SuperMarche", name="SuperMarché", kind="brand"),
    )
)
DETECTOR = create_detector("quotations", CONFIG)


def quotes(text: str) -> list[tuple[str, str]]:
    return [(d.text, d.evidence) for d in DETECTOR.detect(Post(text=text))]


@pytest.mark.parametrize(
    ("text", "quote", "handle"),
    [
        ("« Buvez régulièrement », a déclaré le ministre de la Santé.", "« Buvez régulièrement »", "@Sante_Gouv"),
        ("« Restez chez vous », rappelle Météo-France ce matin.", "« Restez chez vous »", "@meteofrance"),
        ("« Les orages seront violents », selon Météo-France.", "« Les orages seront violents »", "@meteofrance"),
        ("Selon Météo-France, « les orages seront violents ».", "« les orages seront violents »", "@meteofrance"),
        ("D'après l'ARS, « la vaccination est ouverte à tous ».", "« la vaccination est ouverte à tous »", "@ARS_ARA"),
        ("L'ARS rappelle : « la vaccination est ouverte à tous ».", "« la vaccination est ouverte à tous »", "@ARS_ARA"),
        ("Pour la Croix-Rouge, « chaque don compte ».", "« chaque don compte »", "@CroixRouge"),
        ("“Chaque don compte”, insiste la Croix-Rouge.", "“Chaque don compte”", "@CroixRouge"),
        ('"Chaque don compte", a souligné la Croix-Rouge.', '"Chaque don compte"', "@CroixRouge"),
        ("« Restez au frais » (Météo-France)", "« Restez au frais »", "@meteofrance"),
        ("Le ministre de la Santé a salué « un engagement exemplaire ».", "« un engagement exemplaire »", "@Sante_Gouv"),
        ("« Merci », a déclaré @Sante_Gouv.", "« Merci »", "@Sante_Gouv"),
        ("« Restez chez vous », a-t-il déclaré, selon Météo-France.", "« Restez chez vous »", "@meteofrance"),
    ],
)
def test_attributed_quotations(text: str, quote: str, handle: str) -> None:
    assert quotes(text) == [(quote, handle)]


@pytest.mark.parametrize(
    "text",
    [
        "Avec la Croix-Rouge, nous lançons l'opération « grand froid ».",  # a term, not a quote
        "L'opération « grand froid », menée avec la Croix-Rouge, commence.",
        "Météo-France déclenche l'alerte « canicule » pour le Rhône.",  # a noun, not a verb
        "La Croix-Rouge et son appel « grand froid ».",
        "« Buvez régulièrement », a déclaré Jean Dupont.",  # nobody of the directory
        "« Promo de la semaine », a annoncé SuperMarché.",  # not a public actor
        "« Restez chez vous ». Météo-France publie sa carte.",  # another sentence
        "Météo-France publie sa carte. « Restez chez vous » est le mot d'ordre.",
        "« »  et \"\" vides, et « … »",
    ],
)
def test_no_attribution_no_quotation(text: str) -> None:
    assert quotes(text) == []


def test_two_quotations_two_detections() -> None:
    text = (
        "« Buvez », a déclaré le ministre de la Santé. "
        "Selon Météo-France, « la chaleur dure jusqu'à dimanche »."
    )
    assert [h for _, h in quotes(text)] == ["@Sante_Gouv", "@meteofrance"]


def test_comments_yield_nothing() -> None:
    assert DETECTOR.detect(Comment(text="« Buvez », a déclaré le ministre de la Santé.")) == []


def test_unclosed_quotation_marks_are_linear() -> None:
    text = "« " * 20_000 + "a déclaré Météo-France"
    assert quotes(text) == []
