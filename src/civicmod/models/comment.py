"""A citizen's comment or private message, the main thing civicmod reviews."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import Field

from civicmod.models._base import Model
from civicmod.models.account import Account
from civicmod.models.limits import MAX_TEXT_LENGTH
from civicmod.models.post import Post

Channel = Literal["comment", "private_message"]


class Comment(Model):
    """A public comment under a post, or a private message (``channel``).

    ``author_deleted_count`` is the caller's count of this author's comments
    already deleted; it lets a policy suggest hiding a repeat offender.

    >>> Comment(text="Bonjour, où en est mon dossier ?").channel
    'comment'
    """

    id: str = ""
    text: str = Field(..., max_length=MAX_TEXT_LENGTH)
    channel: Channel = "comment"
    author: Account = Account()
    post: Post | None = None
    created_at: datetime | None = None
    author_deleted_count: int = Field(0, ge=0)

    @property
    def is_private(self) -> bool:
        """True for a private message: same reply rules, nothing was published."""
        return self.channel == "private_message"
