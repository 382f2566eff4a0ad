"""Where a decision goes in a community manager's queue (``replies.prioritise-requests``).

Higher comes first: information requests, then personal cases, then anything
else to act on, then nothing to do.

>>> priority_of(["remove_personal_data", "reply_with_contact_message"])
2
"""

from __future__ import annotations

from collections.abc import Iterable

REQUEST = 3
PERSONAL_CASE = 2
ACTION = 1
NONE = 0

_BY_KIND = {
    "reply_with_url": REQUEST,
    "answer_request": REQUEST,
    "reply_with_contact_message": PERSONAL_CASE,
    "propose_private_message": PERSONAL_CASE,
    "send_contact_details": PERSONAL_CASE,
}


def priority_of(kinds: Iterable[str]) -> int:
    """The highest priority any of these action kinds calls for."""
    return max((_BY_KIND.get(k, ACTION) for k in kinds), default=NONE)
