"""The labelled corpora as regression floors: figures may rise, never silently fall.

The floors sit a little under the figures recorded in docs/evaluation.md.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from civicmod import Config, Moderator, evaluate, load_corpus

CORPUS = Path(__file__).parent / "corpus"


def _report(name: str, config: str | None = None) -> dict[str, dict[str, dict[str, float]]]:
    path = CORPUS / name
    if not path.exists():
        pytest.skip(f"{path} not written yet")
    cfg = Config.from_toml(CORPUS / config) if config else Config.from_toml("examples/civicmod.toml")
    return evaluate(load_corpus(path), Moderator(cfg)).as_dict()


def test_personal_data_corpus() -> None:
    report = _report("personal_data.jsonl")
    for category, scores in report["categories"].items():
        if category.startswith("personal_data."):
            assert scores["precision"] >= 0.95, (category, scores)
            assert scores["recall"] >= 0.90, (category, scores)
    for kind in ("remove_personal_data", "reply_with_contact_message"):
        assert report["actions"][kind]["precision"] >= 0.95, report["actions"][kind]
        assert report["actions"][kind]["recall"] >= 0.95, report["actions"][kind]
