"""A non-verbal interaction of the page: like, share, repost or follow."""

from __future__ import annotations

from typing import Literal

from civicmod.models._base import Model
from civicmod.models.account import Account

InteractionKind = Literal["like", "share", "repost", "follow"]


class Interaction(Model):
    """The page (``actor``) likes, shares, reposts or follows ``target``.

    >>> Interaction(kind="like", target=Account(handle="@marque", kind="brand")).target.kind
    'brand'
    """

    id: str = ""
    kind: InteractionKind
    actor: Account = Account(kind="government")
    target: Account
