"""Imports the built-in detectors so that they register themselves, in running order."""

from civicmod.detectors import (  # noqa: F401
    address,
    bank_card,
    cued_identifier,
    email,
    iban,
    nir,
    person_names,
    phone,
    public_actors,
    quotations,
    tax_number,
)
from civicmod.detectors.abuse import detectors as abuse_detectors  # noqa: F401
from civicmod.detectors.abuse import suspected  # noqa: F401
from civicmod.detectors.replies import offtopic, requests  # noqa: F401
