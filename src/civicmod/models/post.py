"""A publication: the one a comment answers, or a draft of the page's own."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, field_validator

from civicmod.models._base import Model
from civicmod.models.account import Account, normalize_handle
from civicmod.models.limits import MAX_TEXT_LENGTH


class PersonRef(Model):
    """Somebody shown in a photo: their official handle if they have one, and their name."""

    handle: str = ""
    name: str = ""

    @field_validator("handle")
    @classmethod
    def _handle(cls, value: str) -> str:
        return normalize_handle(value)


class Media(Model):
    """A photo (or video) attached to a post: who is shown, who is tagged."""

    type: Literal["photo", "video"] = "photo"
    people: tuple[PersonRef, ...] = ()
    tagged: tuple[str, ...] = ()

    @field_validator("tagged")
    @classmethod
    def _tagged(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(normalize_handle(h) for h in value)


class QuoteAuthor(Model):
    """Who said a quotation: a name, and the official handle when known."""

    name: str = ""
    handle: str = ""

    @field_validator("handle")
    @classmethod
    def _handle(cls, value: str) -> str:
        return normalize_handle(value)


class Quote(Model):
    """A quotation the post reproduces."""

    text: str = Field("", max_length=MAX_TEXT_LENGTH)
    author: QuoteAuthor = QuoteAuthor()


class Post(Model):
    """A publication. A comment's ``post`` may carry only ``id`` and ``text``.

    >>> Post(id="p1", text="Alerte orange canicule").is_native_share
    False
    """

    id: str = ""
    text: str = Field("", max_length=MAX_TEXT_LENGTH)
    author: Account | None = None
    is_native_share: bool = False
    shared_from: Account | None = None
    media: tuple[Media, ...] = ()
    quotes: tuple[Quote, ...] = ()
