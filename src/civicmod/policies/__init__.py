"""Policies: detections and context in, guideline actions out.

>>> from civicmod.policies import GUIDELINE
>>> GUIDELINE.name
'guideline'
"""

from civicmod.policies.context import PolicyContext
from civicmod.policies.guideline import GUIDELINE
from civicmod.policies.messages import contact_message
from civicmod.policies.personal_data import (
    contact_for_personal_case,
    personal_data_to_remove,
    removal_action,
    remove_personal_data,
)
from civicmod.policies.policy import Policy, Resolver, RuleFunction
from civicmod.policies.precedence import resolve_precedence
from civicmod.policies.review import review_failed_detectors

__all__ = [
    "GUIDELINE",
    "Policy",
    "PolicyContext",
    "Resolver",
    "RuleFunction",
    "contact_for_personal_case",
    "contact_message",
    "personal_data_to_remove",
    "removal_action",
    "remove_personal_data",
    "resolve_precedence",
    "review_failed_detectors",
]
