"""What a detector found: a category, a span of the original text, and why."""

from __future__ import annotations

from typing import Any

from pydantic import Field, model_validator

from civicmod.models._base import Model


class Detection(Model):
    """One finding, with offsets **in the text the caller gave**.

    ``category`` is dotted (``personal_data.nir``, ``abuse.insult``); ``evidence``
    is a short English or French note on why (``"key 91 checks"``).

    >>> d = Detection(category="personal_data.email", start=4, end=18,
    ...               text="jm@example.org", detector="email")
    >>> d.family
    'personal_data'
    """

    category: str = Field(..., pattern=r"^[a-z_]+(\.[a-z0-9_]+)+$")
    start: int = Field(0, ge=0)
    end: int = Field(0, ge=0)
    text: str = ""
    score: float = Field(1.0, ge=0.0, le=1.0)
    detector: str = ""
    evidence: str = ""

    @model_validator(mode="after")
    def _span(self) -> Detection:
        if self.end < self.start:
            raise ValueError(f"end ({self.end}) is before start ({self.start})")
        return self

    @property
    def family(self) -> str:
        """The first part of the category: ``personal_data``, ``abuse``, ``request``…"""
        return self.category.split(".", 1)[0]

    def overlaps(self, other: Detection) -> bool:
        """True when both spans share at least one character."""
        return self.start < other.end and other.start < self.end

    def to_json(self) -> dict[str, Any]:
        """The compact form the CLI prints."""
        return {
            "category": self.category,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "detector": self.detector,
            "score": round(self.score, 3),
            "evidence": self.evidence,
        }
