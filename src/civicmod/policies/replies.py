"""``replies.*`` for requests, personal cases, partnerships and off-topic comments."""

from __future__ import annotations

from civicmod.policies.policy import RuleFunction

REPLY_RULES: tuple[RuleFunction, ...] = ()
"""The rule functions of this part of the guideline, in the order they run."""
