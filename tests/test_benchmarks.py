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
