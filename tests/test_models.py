from __future__ import annotations

import pytest
from pydantic import ValidationError

from civicmod import Account, Comment, Interaction, Post, parse_record
from civicmod.errors import InputError


def test_defaults_are_the_least_trusted_profile() -> None:
    author = Account(handle="jm")
    assert (author.handle, author.kind, author.verified, author.partner) == (
        "@jm",
        "individual",
        False,
        False,
    )


def test_a_comment_post_may_carry_only_id_and_text() -> None:
    c = Comment(text="ok", post={"id": "p1", "text": "Alerte canicule"})  # type: ignore[arg-type]
    assert c.post is not None and c.post.media == () and c.post.author is None


def test_models_are_frozen() -> None:
    c = Comment(text="bonjour")
    with pytest.raises(ValidationError):
        c.text = "autre"  # type: ignore[misc]


def test_validation_errors_name_the_field() -> None:
    with pytest.raises(InputError, match=r"author\.kind"):
        parse_record({"type": "comment", "text": "x", "author": {"kind": "alien"}})
    with pytest.raises(InputError, match="channel"):
        parse_record({"type": "comment", "text": "x", "channel": "sms"})
    with pytest.raises(InputError, match="unknown field"):
        parse_record({"type": "comment", "text": "x", "txet": "typo"})


def test_records_of_every_type() -> None:
    post = parse_record(
        {
            "type": "post",
            "id": "p2",
            "text": "Visite",
            "is_native_share": False,
            "media": [
                {
                    "type": "photo",
                    "people": [{"handle": "maire", "name": "Marie Durand"}],
                    "tagged": [],
                }
            ],
            "quotes": [
                {
                    "text": "Merci",
                    "author": {"name": "Ministère de la Santé", "handle": "@Sante_Gouv"},
                }
            ],
        }
    )
    assert isinstance(post, Post) and post.media[0].people[0].handle == "@maire"
    like = parse_record(
        {
            "type": "interaction",
            "id": "i1",
            "kind": "like",
            "actor": {"handle": "@prefet", "kind": "government", "verified": True},
            "target": {"handle": "@marque", "kind": "brand", "verified": True},
        }
    )
    assert isinstance(like, Interaction) and like.target.kind == "brand"


def test_unknown_record_type_is_a_clear_error() -> None:
    with pytest.raises(InputError, match="tweet"):
        parse_record({"type": "tweet", "text": "x"})
