"""``interactions.avoid`` and ``public-sphere.*``: the page's own activity."""

from __future__ import annotations

from civicmod.policies.policy import RuleFunction

PUBLIC_SPHERE_RULES: tuple[RuleFunction, ...] = ()
"""The rule functions of this part of the guideline, in the order they run."""
