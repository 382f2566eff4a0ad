"""Who wrote a comment, who the page interacts with, who a publication names."""

from __future__ import annotations

from typing import Literal, get_args

from pydantic import Field, field_validator

from civicmod.models._base import Model

AccountKind = Literal[
    "individual",
    "personality",
    "company",
    "brand",
    "organization",
    "association",
    "institution",
    "media",
    "government",
]
"""The kinds of profile the guideline distinguishes; ``government`` is the public sphere."""

ACCOUNT_KINDS: tuple[str, ...] = get_args(AccountKind)


def normalize_handle(handle: str) -> str:
    """``"Sante_Gouv"`` and ``" @Sante_Gouv "`` both become ``"@Sante_Gouv"``; empty stays empty."""
    handle = handle.strip()
    if not handle:
        return ""
    return handle if handle.startswith("@") else "@" + handle


class Account(Model):
    """A social-media profile.

    Unknown fields default to the least trusted profile: an unverified individual,
    not a partner, so that no rule grants more than it should by omission.

    >>> Account(handle="jm").handle
    '@jm'
    """

    handle: str = Field("", max_length=200)
    name: str = Field("", max_length=500)
    kind: AccountKind = "individual"
    verified: bool = False
    partner: bool = False

    @field_validator("handle")
    @classmethod
    def _handle(cls, value: str) -> str:
        return normalize_handle(value)
