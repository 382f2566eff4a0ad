"""The base every civicmod model shares: immutable, strict about unknown fields."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Model(BaseModel):
    """Frozen pydantic model that rejects unknown fields, so a typo is an error, not a silence."""

    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=False)
