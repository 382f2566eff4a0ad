"""The worked example of docs/public-sphere.md runs and says what the docs say."""

from __future__ import annotations

import runpy


def test_the_documented_worked_example() -> None:
    example = runpy.run_path("examples/public_sphere.py")
    checked = example["checked"]
    assert [(a.kind, a.handle or a.handles) for a in checked.actions] == [
        ("add_mention", "@meteofrance"),
        ("add_mention", "@CroixRouge"),
        ("add_mention", "@restosducoeur38"),
        ("tag_people", ("@Prefet73",)),
        ("attribute_quote", "@Sante_Gouv"),
        ("needs_human_review", None),  # « Paul Girard », if spaCy's model is installed
    ][: len(checked.actions)]
    assert len(checked.actions) >= 5
    if len(checked.actions) == 6:
        review = checked.actions[5]
        assert review.suggestion and review.rule == "public-sphere.unknown-actor"
        assert "« Paul Girard »" in review.reason
    assert any("Marie Durand" in n for n in checked.notes)
    assert example["screened"].kinds == ["avoid_interaction"]
    assert example["follow"].kinds == []
