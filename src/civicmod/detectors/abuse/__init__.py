"""Abusive comments: insults, hate, threats, apology of crimes, defamation, obscenity.

The detectors share one analysis per comment (:func:`analyse`); each reports
its own category, so a page can turn one off by name.
"""

from civicmod.detectors.abuse.analysis import Hit, analyse
from civicmod.detectors.abuse.detectors import (
    ABUSE_DETECTORS,
    AbuseDetector,
    ApologyDetector,
    DefamationDetector,
    HateDetector,
    InsultDetector,
    ObsceneDetector,
    RudenessDetector,
    ThreatDetector,
    VulgarityDetector,
)
from civicmod.detectors.abuse.lexicon import CATEGORIES, load_lexicon
from civicmod.lexicon import Lexicon, Term, build_lexicon

__all__ = [
    "ABUSE_DETECTORS",
    "CATEGORIES",
    "AbuseDetector",
    "ApologyDetector",
    "DefamationDetector",
    "HateDetector",
    "Hit",
    "InsultDetector",
    "Lexicon",
    "ObsceneDetector",
    "RudenessDetector",
    "Term",
    "ThreatDetector",
    "VulgarityDetector",
    "analyse",
    "build_lexicon",
    "load_lexicon",
]
