"""The numeric detectors' shortcut: texts without a digit are skipped, and nothing is lost."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from civicmod import Comment
from civicmod.detectors import Found, TextDetector, create_detector, detector_names
from civicmod.text import TextView, clean_view
from tests.strategies import french_phone_writings, french_text, iban_writings, nir_writings

CORPUS = Path(__file__).parent.parent / "corpus"
_DIGIT = re.compile("[0-9]")


def _numeric() -> list[TextDetector]:
    made = [create_detector(name) for name in detector_names()]
    return [d for d in made if isinstance(d, TextDetector) and d.needs_digit]


NUMERIC = _numeric()


def _corpus_texts() -> list[str]:
    return [json.loads(line)["text"] for path in sorted(CORPUS.glob("*.jsonl"))
            for line in path.read_text(encoding="utf-8").splitlines() if '"text"' in line]  # fmt: skip


def _spans_hold_a_digit(text: str) -> None:
    view = clean_view(text)
    for detector in NUMERIC:
        for f in detector.find(view):
            assert _DIGIT.search(view.text, f.start, f.end), (detector.name, text, f)


def test_the_personal_data_detectors_that_read_numbers_say_so() -> None:
    names = {d.name for d in NUMERIC}
    assert names == {"address", "bank_card", "caf_number", "france_travail_id", "iban", "nir",
                     "phone", "tax_number"}  # fmt: skip
    assert not create_detector("email").needs_digit


def test_every_span_found_in_the_corpora_holds_a_digit() -> None:
    texts = _corpus_texts()
    assert len(texts) > 5000
    for text in texts:
        _spans_hold_a_digit(text)


NUMBERS = st.one_of(
    nir_writings().map(lambda w: w[0]),
    french_phone_writings(),
    iban_writings(),
    st.text("0123456789 +.-/()AaBbFRrue,", max_size=40),
)


@settings(max_examples=300, deadline=None)
@given(french_text(), NUMBERS, french_text())
def test_every_span_found_holds_a_digit(before: str, written: str, after: str) -> None:
    _spans_hold_a_digit(f"{before} allocataire {written} rue {after}")


class _Counting(TextDetector):
    needs_digit = True
    name = "counting"

    def __init__(self) -> None:
        self.read: list[str] = []

    def find(self, view: TextView) -> Iterable[Found]:
        self.read.append(view.text)
        return [Found("personal_data.test", 0, 1)]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Mon numéro allocataire est sur le courrier", False),
        ("Appelez-moi au zéro six douze", False),
        ("Mon numéro allocataire est 1234567", True),
        ("tél. ０６ 12", True),
    ],
)
def test_a_numeric_detector_reads_only_texts_with_a_digit(text: str, read: bool) -> None:
    detector = _Counting()
    found = detector.detect(Comment(text=text))
    assert bool(detector.read) is read
    assert len(found) == int(read)
