"""Input records (one JSON object per JSONL line) to models, with errors that say where.

>>> parse_record({"type": "comment", "id": "c1", "text": "Bonjour"}).id
'c1'
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from civicmod.config import format_validation_error
from civicmod.errors import InputError
from civicmod.models import Comment, Interaction, Item, Post

RECORD_TYPES: dict[str, type[Comment] | type[Post] | type[Interaction]] = {
    "comment": Comment,
    "post": Post,
    "interaction": Interaction,
}
EXTRA_KEYS = frozenset({"type", "expected", "tags", "note"})
"""Keys a record may carry beside the model's fields (corpora add the last three)."""


def parse_record(data: object, *, line: int | None = None) -> Item:
    """Validate one decoded record; :class:`InputError` names the field that is wrong."""
    if not isinstance(data, dict):
        raise InputError(f"expected a JSON object, got {type(data).__name__}", line=line)
    record_id = data.get("id") if isinstance(data.get("id"), str) else None
    kind = data.get("type", "comment")
    model = RECORD_TYPES.get(kind) if isinstance(kind, str) else None
    if model is None:
        raise InputError(
            f"type: {kind!r} is not one of {sorted(RECORD_TYPES)}", line=line, record_id=record_id
        )
    fields = {k: v for k, v in data.items() if k not in EXTRA_KEYS}
    try:
        return model.model_validate(fields)
    except ValidationError as exc:
        raise InputError(format_validation_error(exc), line=line, record_id=record_id) from None


@dataclass(frozen=True)
class Line:
    """One input line: its number, the item, or the error that stopped it."""

    number: int
    item: Item | None
    error: InputError | None
    raw: dict[str, Any] | None = None


def read_lines(lines: Iterable[bytes]) -> Iterator[Line]:
    """Decode a JSONL byte stream; every non-blank line yields exactly one :class:`Line`."""
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield Line(number, None, InputError(f"invalid UTF-8 at byte {exc.start}", line=number))
            continue
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            yield Line(
                number,
                None,
                InputError(f"invalid JSON: {exc.msg} (column {exc.colno})", line=number),
            )
            continue
        except RecursionError:
            yield Line(number, None, InputError("invalid JSON: nested too deeply", line=number))
            continue
        try:
            yield Line(
                number,
                parse_record(data, line=number),
                None,
                data if isinstance(data, dict) else None,
            )
        except InputError as exc:
            yield Line(number, None, exc, data if isinstance(data, dict) else None)
