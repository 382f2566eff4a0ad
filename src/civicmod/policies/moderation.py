"""``moderation.*`` and ``replies.no-reply-abuse``: unlawful and abusive comments."""

from __future__ import annotations

from civicmod.policies.policy import RuleFunction

MODERATION_RULES: tuple[RuleFunction, ...] = ()
"""The rule functions of this part of the guideline, in the order they run."""
