"""The benchmarks' own mixes say what they hold (they are read in ``docs/performance.md``)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
CORPUS = Path(__file__).resolve().parent / "corpus"


def _abuse_benchmark() -> ModuleType:
    sys.path.insert(0, str(BENCHMARKS))  # the script imports bench_common by name
    try:
        spec = importlib.util.spec_from_file_location("abuse_benchmark", BENCHMARKS / "abuse.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(BENCHMARKS))


def _abusive_texts() -> set[str]:
    texts = set()
    for name in ("abuse.jsonl", "abuse_holdout.jsonl", "personal_data.jsonl", "requests.jsonl"):
        for line in (CORPUS / name).open(encoding="utf-8"):
            record = json.loads(line)
            if any(d["category"].startswith("abuse.") for d in record["expected"]["detections"]):
                texts.add(record["text"])
    return texts


@pytest.mark.parametrize("share", [0.0, 0.1, 0.3, 0.5])
def test_a_share_mix_holds_that_share_of_abusive_comments(share: float) -> None:
    bench = _abuse_benchmark()
    texts = bench._texts(f"share={share}")
    abusive = _abusive_texts()
    assert len(texts) == bench.SHARE_SIZE
    assert sum(t in abusive for t in texts) == round(share * bench.SHARE_SIZE)
    assert texts == bench._texts(f"share={share}")  # the same mix at every run


def test_a_share_the_corpora_cannot_fill_is_refused() -> None:
    with pytest.raises(SystemExit, match="more comments than the labelled corpora hold"):
        _abuse_benchmark()._texts("share=0.9")


def test_with_the_analysis_done_the_decisions_are_the_same() -> None:
    """The breakdown's « analysis already done » variant measures the same work, minus reading."""
    from civicmod import Comment, Moderator
    from civicmod.detectors import create_detector

    bench = _abuse_benchmark()
    texts = bench._abusive_and_other()[0][:40]
    assert len(texts) == 40
    mod = Moderator(detectors=[create_detector(n) for n in bench.PII + bench.ABUSE])
    items = [Comment(text=t) for t in texts]
    expected = [mod.review(item) for item in items]
    answers: dict[tuple[object, ...], object] = {}
    with bench.analysis_done(answers):
        first = [mod.review(item) for item in items]
        again = [mod.review(item) for item in items]
    assert len(answers) == len(set(texts))
    assert first == expected and again == expected
    assert sum("delete_comment" in d.kinds for d in expected) >= 30


def test_the_abusive_comments_are_those_with_an_expected_abuse_detection() -> None:
    abusive, other = _abuse_benchmark()._abusive_and_other()
    expected = _abusive_texts()
    assert set(abusive) == expected
    assert expected.isdisjoint(other)
