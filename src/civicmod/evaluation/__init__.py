"""Measure detectors and policies on labelled corpora."""

from civicmod.evaluation.corpus import Example, ExpectedAction, ExpectedSpan, load_corpus
from civicmod.evaluation.evaluate import EvaluationReport, Mismatch, evaluate
from civicmod.evaluation.scores import Scores

__all__ = [
    "EvaluationReport",
    "Example",
    "ExpectedAction",
    "ExpectedSpan",
    "Mismatch",
    "Scores",
    "evaluate",
    "load_corpus",
]
