"""What rules ask the context: detections by category prefix, in order, and per-item memos."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from civicmod import Comment, Config, Detection
from civicmod.policies import PolicyContext

CATEGORIES = ["abuse.insult", "abuse.threat", "abuse.hate", "personal_data.phone",
              "request.information", "request.personal_case", "offtopic.spam"]  # fmt: skip
PREFIXES = [*CATEGORIES, "abuse", "personal_data", "request", "offtopic", "public_sphere"]


def _detection(category: str, start: int) -> Detection:
    return Detection(category=category, start=start, end=start + 1, text="x", detector="test")


def _context(categories: list[str]) -> PolicyContext:
    found = tuple(_detection(c, i) for i, c in enumerate(categories))
    return PolicyContext(Comment(text="x" * (len(categories) + 1)), found, Config())


def test_a_comment_with_an_insult_and_a_phone_number_answers_by_family() -> None:
    ctx = _context(["abuse.insult", "personal_data.phone", "abuse.threat"])
    assert [d.category for d in ctx.having("abuse")] == ["abuse.insult", "abuse.threat"]
    assert [d.category for d in ctx.having("abuse.threat", "personal_data")] == [
        "personal_data.phone",
        "abuse.threat",
    ]
    assert ctx.having("request") == ()
    assert ctx.having("abuse.ins") == ()  # a prefix ends at a dot


@given(st.lists(st.sampled_from(CATEGORIES), max_size=8),
       st.lists(st.sampled_from(PREFIXES), min_size=1, max_size=4))  # fmt: skip
def test_having_is_the_detections_under_any_prefix_in_their_order(
    categories: list[str], prefixes: list[str]
) -> None:
    ctx = _context(categories)
    expected = tuple(
        d for d in ctx.detections
        if any(d.category == p or d.category.startswith(p + ".") for p in prefixes)
    )  # fmt: skip
    assert ctx.having(*prefixes) == expected
    assert ctx.having(*prefixes) == expected  # the remembered answer is the same


def test_remember_works_a_value_out_once_per_item() -> None:
    calls: list[int] = []

    def make() -> str:
        calls.append(1)
        return "injure : « connard »"

    ctx = _context(["abuse.insult"])
    assert ctx.remember(("explain", 1), make) == ctx.remember(("explain", 1), make)
    assert len(calls) == 1
    assert _context(["abuse.insult"]).remember(("explain", 1), make) == "injure : « connard »"
    assert len(calls) == 2
