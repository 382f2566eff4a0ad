"""Typed, immutable models of what civicmod reviews."""

from __future__ import annotations

from civicmod.models.account import ACCOUNT_KINDS, Account, AccountKind, normalize_handle
from civicmod.models.comment import Channel, Comment
from civicmod.models.interaction import Interaction, InteractionKind
from civicmod.models.limits import MAX_TEXT_LENGTH
from civicmod.models.post import Media, PersonRef, Post, Quote, QuoteAuthor

Item = Comment | Post | Interaction
"""Anything a :class:`~civicmod.Moderator` reviews."""

__all__ = [
    "ACCOUNT_KINDS",
    "MAX_TEXT_LENGTH",
    "Account",
    "AccountKind",
    "Channel",
    "Comment",
    "Interaction",
    "InteractionKind",
    "Item",
    "Media",
    "PersonRef",
    "Post",
    "Quote",
    "QuoteAuthor",
    "normalize_handle",
]
