"""The documented custom policy: a stricter page that also removes every postal address."""

from __future__ import annotations

import runpy

from civicmod import Comment, Moderator


def test_stricter_page_removes_public_addresses_too() -> None:
    example = runpy.run_path("examples/strict_policy.py")
    strict = Moderator(policy=example["STRICT"])
    default = Moderator()
    text = "rdv au 3 place du Marché, mon tel 06 12 34 56 78"
    assert default.review(Comment(text=text)).action("remove_personal_data").redacted_text == (  # type: ignore[union-attr]
        "rdv au 3 place du Marché, mon tel [TÉLÉPHONE]"
    )
    action = strict.review(Comment(text=text)).action("remove_personal_data")
    assert action is not None
    assert action.redacted_text == "rdv au [ADRESSE], mon tel [TÉLÉPHONE]"
    assert strict.review(Comment(text=text)).kinds.count("remove_personal_data") == 1


def test_stricter_page_leaves_clean_comments_alone() -> None:
    example = runpy.run_path("examples/strict_policy.py")
    strict = Moderator(policy=example["STRICT"])
    assert strict.review(Comment(text="Merci pour l'info, très utile")).kinds == []
