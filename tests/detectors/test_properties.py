"""Every valid identifier, in any supported writing, inside French text, is found and redacted."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from civicmod import Comment, Moderator
from civicmod.redaction import placeholder
from tests.strategies import (
    email_writings,
    french_phone_writings,
    french_text,
    iban_writings,
    nir_parts,
    nir_writings,
)

MOD = Moderator()


def _check_found_and_redacted(before: str, written: str, after: str, category: str) -> None:
    text = f"{before} {written} {after}"
    decision = MOD.review(Comment(text=text))
    start = len(before) + 1
    found = [d for d in decision.detections if d.category == category]
    assert [(d.start, d.end) for d in found] == [(start, start + len(written))], decision.detections
    action = decision.action("remove_personal_data")
    assert action is not None
    assert action.redacted_text == f"{before} {placeholder(category)} {after}"
    assert "reply_with_contact_message" in decision.kinds


@settings(max_examples=300, deadline=None)
@given(french_text(), nir_writings(), french_text())
def test_every_valid_nir_is_found_and_redacted(
    before: str, nir: tuple[str, str], after: str
) -> None:
    _check_found_and_redacted(before, nir[0], after, "personal_data.nir")


@settings(max_examples=300, deadline=None)
@given(french_text(), french_phone_writings(), french_text())
def test_every_french_phone_is_found_and_redacted(before: str, phone: str, after: str) -> None:
    _check_found_and_redacted(before, phone, after, "personal_data.phone")


@settings(max_examples=300, deadline=None)
@given(french_text(), email_writings(), french_text())
def test_every_email_is_found_and_redacted(before: str, email: str, after: str) -> None:
    _check_found_and_redacted(before, email, after, "personal_data.email")


@settings(max_examples=300, deadline=None)
@given(french_text(), iban_writings(), french_text())
def test_every_iban_is_found_and_redacted(before: str, iban: str, after: str) -> None:
    _check_found_and_redacted(before, iban, after, "personal_data.iban")


@settings(max_examples=300, deadline=None)
@given(nir_parts(), st.integers(1, 96), french_text(), french_text())
def test_no_invalid_key_nir_is_reported(
    parts: tuple[str, ...], shift: int, before: str, after: str
) -> None:
    key = (int(parts[6]) + shift - 1) % 97 + 1
    wrong = " ".join((*parts[:6], f"{key:02d}"))
    decision = MOD.review(Comment(text=f"{before} {wrong} {after}"))
    assert not [d for d in decision.detections if d.category == "personal_data.nir"]
