"""The default policy: the guideline as ``rules.md`` reads it."""

from __future__ import annotations

from civicmod.policies.moderation import MODERATION_RULES
from civicmod.policies.personal_data import contact_for_personal_case, remove_personal_data
from civicmod.policies.policy import Policy
from civicmod.policies.precedence import resolve_precedence
from civicmod.policies.public_sphere import PUBLIC_SPHERE_RULES
from civicmod.policies.replies import REPLY_RULES
from civicmod.policies.review import review_failed_detectors

GUIDELINE = Policy(
    name="guideline",
    rules=(
        *MODERATION_RULES,
        remove_personal_data,
        contact_for_personal_case,
        *REPLY_RULES,
        *PUBLIC_SPHERE_RULES,
        review_failed_detectors,
    ),
    resolve=resolve_precedence,
)
"""The French government's guideline for administrations' social-media pages."""
