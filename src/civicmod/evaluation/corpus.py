"""Labelled corpora (``docs/corpus-format.md``): records plus what they should yield."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from civicmod.errors import InputError
from civicmod.models import Item
from civicmod.records import parse_record


@dataclass(frozen=True)
class ExpectedSpan:
    """An expected detection; ``start is None`` means "anywhere in the record"."""

    category: str
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class ExpectedAction:
    """An expected action kind, with the fields that must match when given."""

    kind: str
    fields: tuple[tuple[str, Any], ...] = ()


@dataclass(frozen=True)
class Example:
    """One labelled record."""

    item: Item
    detections: tuple[ExpectedSpan, ...]
    actions: tuple[ExpectedAction, ...]
    tags: tuple[str, ...] = ()
    line: int = 0
    raw: dict[str, Any] = field(default_factory=dict)


def _expected_span(entry: dict[str, Any], text: str, line: int) -> ExpectedSpan:
    category = entry["category"]
    if "start" in entry and "end" in entry:
        return ExpectedSpan(category, int(entry["start"]), int(entry["end"]))
    if entry.get("text"):
        pos = text.find(entry["text"])
        if pos < 0:
            raise InputError(f"expected text {entry['text']!r} is not in the record", line=line)
        return ExpectedSpan(category, pos, pos + len(entry["text"]))
    return ExpectedSpan(category)


def _expected_action(entry: str | dict[str, Any]) -> ExpectedAction:
    if isinstance(entry, str):
        return ExpectedAction(entry)
    fields = tuple(
        sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in entry.items() if k != "kind")
    )
    return ExpectedAction(entry["kind"], fields)


def load_corpus(path: str | Path) -> list[Example]:
    """Read a corpus; a malformed line is an :class:`InputError` naming it."""
    examples = []
    with Path(path).open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}: invalid JSON: {exc.msg}", line=number) from None
            expected = data.get("expected") or {}
            item = parse_record(data, line=number)
            text = getattr(item, "text", "") or ""
            try:
                spans = tuple(
                    _expected_span(e, text, number) for e in expected.get("detections", [])
                )
                actions = tuple(_expected_action(a) for a in expected.get("actions", []))
            except (KeyError, TypeError, ValueError) as exc:
                raise InputError(f"{path}: bad expected part: {exc}", line=number) from None
            examples.append(
                Example(item, spans, actions, tuple(data.get("tags", ())), number, data)
            )
    return examples
