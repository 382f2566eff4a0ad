"""Replace personal data with French placeholders, leaving not one character behind.

>>> from civicmod.detection import Detection
>>> d = Detection(category="personal_data.phone", start=9, end=23, text="06 12 34 56 78")
>>> redact("appelez: 06 12 34 56 78 svp", [d])
'appelez: [TÉLÉPHONE] svp'
"""

from __future__ import annotations

from collections.abc import Iterable

from civicmod.detection import Detection

PLACEHOLDERS: dict[str, str] = {
    "personal_data.nir": "[NIR]",
    "personal_data.email": "[EMAIL]",
    "personal_data.phone": "[TÉLÉPHONE]",
    "personal_data.iban": "[IBAN]",
    "personal_data.rib": "[RIB]",
    "personal_data.bank_card": "[CARTE BANCAIRE]",
    "personal_data.tax_number": "[NUMÉRO FISCAL]",
    "personal_data.caf_number": "[NUMÉRO ALLOCATAIRE]",
    "personal_data.france_travail_id": "[IDENTIFIANT FRANCE TRAVAIL]",
    "personal_data.address": "[ADRESSE]",
}
"""The placeholder each category leaves in the redacted text."""

LABELS: dict[str, str] = {
    "personal_data.nir": "numéro de sécurité sociale",
    "personal_data.email": "adresse e-mail",
    "personal_data.phone": "numéro de téléphone",
    "personal_data.iban": "IBAN",
    "personal_data.rib": "RIB",
    "personal_data.bank_card": "numéro de carte bancaire",
    "personal_data.tax_number": "numéro fiscal",
    "personal_data.caf_number": "numéro allocataire CAF",
    "personal_data.france_travail_id": "identifiant France Travail",
    "personal_data.address": "adresse postale",
}
"""French names of personal-data categories, for reasons a community manager reads."""

DEFAULT_PLACEHOLDER = "[DONNÉE PERSONNELLE]"


def placeholder(category: str) -> str:
    """The placeholder of ``category``; unknown personal data gets a generic one."""
    return PLACEHOLDERS.get(category, DEFAULT_PLACEHOLDER)


def redact(text: str, detections: Iterable[Detection]) -> str:
    """``text`` with every detection's span replaced; overlapping spans are merged first."""
    spans = sorted((d.start, d.end, d.category) for d in detections if d.end > d.start)
    merged: list[tuple[int, int, str]] = []
    for start, end, category in spans:
        if merged and start < merged[-1][1]:
            s, e, c = merged[-1]
            merged[-1] = (s, max(e, end), c)
        else:
            merged.append((start, end, category))
    out, pos = [], 0
    for start, end, category in merged:
        out.append(text[pos:start])
        out.append(placeholder(category))
        pos = end
    out.append(text[pos:])
    return "".join(out)
