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


def test_abuse_corpus() -> None:
    """Targets of the abuse issue: recall ≥ 0.95 for insult, hate, threat; deletion precision
    ≥ 0.97; fewer than 1 in 100 hard negatives deleted."""
    report = _report("abuse.jsonl")
    records = report["records_by_category"]
    for category in ("abuse.insult", "abuse.hate", "abuse.threat"):
        assert records[category]["recall"] >= 0.95, (category, records[category])
    assert report["actions"]["delete_comment"]["precision"] >= 0.97
    assert report["actions"]["delete_comment"]["recall"] >= 0.95
    negatives = report["tags"]["hard_negative"]
    assert negatives["deleted"] / negatives["records"] < 0.01, negatives


def test_abuse_second_corpus() -> None:
    """Written apart from the detectors; see docs/evaluation.md for its first, untuned run."""
    report = _report("abuse_holdout.jsonl")
    assert report["actions"]["delete_comment"]["precision"] >= 0.97
    assert report["actions"]["delete_comment"]["recall"] >= 0.93
    negatives = report["tags"]["hard_negative"]
    assert negatives["deleted"] / negatives["records"] < 0.01, negatives
