"""The reply rules' detectors: requests, personal cases, partnerships, off-topic comments."""

from civicmod.detectors.replies.lexicon import OFFTOPIC_CATEGORIES, REQUEST_CATEGORIES
from civicmod.detectors.replies.offtopic import OffTopicDetector
from civicmod.detectors.replies.requests import RequestDetector
from civicmod.detectors.replies.signals import Signals, signals

__all__ = [
    "OFFTOPIC_CATEGORIES",
    "REQUEST_CATEGORIES",
    "OffTopicDetector",
    "RequestDetector",
    "Signals",
    "signals",
]
