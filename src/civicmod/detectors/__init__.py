"""Detectors: plain classes that find things in an item and never decide.

>>> from civicmod.detectors import create_detector
>>> create_detector("nir").name
'nir'
"""

from civicmod.detectors.protocol import Detector
from civicmod.detectors.registry import (
    ENTRY_POINT_GROUP,
    create_detector,
    default_detector_names,
    detector_names,
    register_detector,
)
from civicmod.detectors.text_detector import Found, TextDetector

__all__ = [
    "ENTRY_POINT_GROUP",
    "Detector",
    "Found",
    "TextDetector",
    "create_detector",
    "default_detector_names",
    "detector_names",
    "register_detector",
]
