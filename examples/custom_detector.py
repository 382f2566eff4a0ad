"""A custom detector: French licence plates (``AB-123-CD``), as personal data.

Registered by name, so a page turns it on in its TOML::

    [detectors]
    enable = ["nir", "email", "phone", "iban", "bank_card", "tax_number",
              "caf_number", "france_travail_id", "address", "licence_plate"]

A third-party package would instead declare it under the ``civicmod.detectors``
entry-point group (see docs/detectors.md). Run it::

    python examples/custom_detector.py
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from civicmod import Comment, Moderator, TextDetector, register_detector
from civicmod.detectors import Found
from civicmod.text import TextView

_PLATE = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}[- ]?[0-9]{3}[- ]?[A-Z]{2}(?![A-Za-z0-9])")


@register_detector("licence_plate")
class LicencePlateDetector(TextDetector):
    """``personal_data.licence_plate``: the SIV format in use since 2009."""

    name = "licence_plate"

    def find(self, view: TextView) -> Iterable[Found]:
        for m in _PLATE.finditer(view.text):
            yield Found("personal_data.licence_plate", m.start(), m.end(), 0.9, "plaque SIV")


if __name__ == "__main__":
    mod = Moderator(detectors=[LicencePlateDetector()])
    decision = mod.review(Comment(text="ma voiture AB-123-CD est en fourrière depuis lundi"))
    print(decision.kinds, decision.actions[0].redacted_text)
