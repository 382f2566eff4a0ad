"""Score a Moderator against a labelled corpus: per category and per action kind.

>>> from civicmod import Moderator
>>> report = evaluate(load_corpus("tests/corpus/personal_data.jsonl"), Moderator())  # doctest: +SKIP
>>> report.categories["personal_data.nir"].recall  # doctest: +SKIP
1.0
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from civicmod.action import Action, Decision
from civicmod.detection import Detection
from civicmod.evaluation.corpus import Example, ExpectedAction, ExpectedSpan
from civicmod.evaluation.scores import Scores
from civicmod.moderator import Moderator


@dataclass
class Mismatch:
    """A record whose output differs from its labels."""

    line: int
    id: str
    text: str
    missing: list[str]
    unexpected: list[str]

    def as_dict(self) -> dict[str, Any]:
        return {
            "line": self.line,
            "id": self.id,
            "text": self.text,
            "missing": self.missing,
            "unexpected": self.unexpected,
        }


@dataclass
class EvaluationReport:
    """Plain data: scores by category and by action kind, slices by tag, mismatches."""

    records: int = 0
    categories: dict[str, Scores] = field(default_factory=lambda: defaultdict(Scores))
    records_by_category: dict[str, Scores] = field(default_factory=lambda: defaultdict(Scores))
    actions: dict[str, Scores] = field(default_factory=lambda: defaultdict(Scores))
    tags: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    deleted_by_tag: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    mismatches: list[Mismatch] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready: ``{"records", "categories", "records_by_category", "actions", "tags",
        "mismatches"}``. ``categories`` scores spans; ``records_by_category`` scores each
        record as one yes/no per category (did the comment get it at all?)."""
        return {
            "records": self.records,
            "categories": {k: v.as_dict() for k, v in sorted(self.categories.items())},
            "records_by_category": {
                k: v.as_dict() for k, v in sorted(self.records_by_category.items())
            },
            "actions": {k: v.as_dict() for k, v in sorted(self.actions.items())},
            "tags": {
                k: {
                    "records": t,
                    "exact": e,
                    "exact_rate": round(e / t, 4) if t else 1.0,
                    "deleted": self.deleted_by_tag.get(k, 0),
                }
                for k, (e, t) in sorted(self.tags.items())
            },
            "mismatches": [m.as_dict() for m in self.mismatches],
        }


def _match_spans(
    expected: list[ExpectedSpan], predicted: list[Detection], scores: Scores
) -> tuple[int, int]:
    """One-to-one overlap matching; an expected entry without a span takes any prediction."""
    used: set[int] = set()
    missed = 0
    for e in expected:
        if e.start is None or e.end is None:
            continue
        start, end = e.start, e.end
        hit = next(
            (
                i
                for i, p in enumerate(predicted)
                if i not in used and p.start < end and start < p.end
            ),
            None,
        )
        if hit is None:
            missed += 1
        else:
            used.add(hit)
    if any(e.start is None for e in expected):
        if predicted:
            used = set(range(len(predicted)))
        else:
            missed += sum(1 for e in expected if e.start is None)
    fp = len(predicted) - len(used)
    scores.tp += len(expected) - missed
    scores.fn += missed
    scores.fp += fp
    return missed, fp


def _action_matches(e: ExpectedAction, a: Action) -> bool:
    if e.kind != a.kind:
        return False
    for name, value in e.fields:
        got = getattr(a, name, None)
        if isinstance(value, tuple):
            if tuple(sorted(got or ())) != tuple(sorted(value)):
                return False
        elif got != value:
            return False
    return True


HINT_SCORE = 0.5
"""Detections scored below this are hints (a numéro vert, a public street), not claims."""


ALWAYS_SCORED = "delete_comment"


def evaluate(
    examples: Iterable[Example], moderator: Moderator, *, min_score: float = HINT_SCORE
) -> EvaluationReport:
    """Review every example and count. Only labelled categories and kinds are scored, and
    ``delete_comment`` always: a wrong deletion is the one error a page cannot take back, so a
    corpus that expects none still counts the deletions it gets.

    Detections below ``min_score`` are not counted: the decision keeps them for
    information, but nothing acts on them.
    """
    examples = list(examples)
    cats = {e.category for ex in examples for e in ex.detections}
    kinds = {a.kind for ex in examples for a in ex.actions} | {ALWAYS_SCORED}
    report = EvaluationReport(records=len(examples))
    decisions = moderator.review_many(ex.item for ex in examples)
    for ex, decision in zip(examples, decisions, strict=True):
        claimed = tuple(d for d in decision.detections if d.score >= min_score)
        _score(ex, decision.model_copy(update={"detections": claimed}), cats, kinds, report)
    return report


def _score(
    ex: Example, decision: Decision, cats: set[str], kinds: set[str], report: EvaluationReport
) -> None:
    missing: list[str] = []
    unexpected: list[str] = []
    for cat in cats:
        exp = [e for e in ex.detections if e.category == cat]
        pred = [d for d in decision.detections if d.category == cat]
        if not exp and not pred:
            continue
        per_record = report.records_by_category[cat]
        per_record.tp += bool(exp and pred)
        per_record.fp += bool(pred and not exp)
        per_record.fn += bool(exp and not pred)
        missed, fp = _match_spans(exp, pred, report.categories[cat])
        missing += [cat] * missed
        unexpected += [f"{cat}: {d.text!r}" for d in pred][:fp] if fp else []
    emitted = [a for a in decision.actions if a.kind in kinds]
    used: set[int] = set()
    for e in ex.actions:
        scores = report.actions[e.kind]
        hit = next(
            (i for i, a in enumerate(emitted) if i not in used and _action_matches(e, a)), None
        )
        if hit is None:
            scores.fn += 1
            missing.append(e.kind + (f" {dict(e.fields)}" if e.fields else ""))
        else:
            used.add(hit)
            scores.tp += 1
    for i, a in enumerate(emitted):
        if i not in used:
            report.actions[a.kind].fp += 1
            unexpected.append(a.kind + (f" {a.url or a.handle or a.handles or ''}".rstrip()))
    exact = not missing and not unexpected
    for tag in ex.tags:
        report.tags[tag][1] += 1
        report.tags[tag][0] += int(exact)
        if "delete_comment" in decision.kinds:
            report.deleted_by_tag[tag] += 1
    if not exact:
        text = getattr(ex.item, "text", "") or ""
        report.mismatches.append(Mismatch(ex.line, ex.item.id, text[:200], missing, unexpected))
