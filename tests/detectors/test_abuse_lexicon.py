"""The abuse lexicon is data: it loads, every entry explains itself, every pattern proves itself."""

from __future__ import annotations

import pytest

from civicmod import ConfigError
from civicmod.detectors.abuse import CATEGORIES, build_lexicon, load_lexicon
from civicmod.detectors.abuse.analysis import pattern_matches

LEX = load_lexicon()


def test_every_term_has_a_category_a_severity_and_a_note() -> None:
    assert LEX.terms
    for term in LEX.terms.values():
        assert term.category in CATEGORIES
        assert 1 <= term.severity <= 3
        assert len(term.note) > 20, term.cls


@pytest.mark.parametrize("pattern", LEX.patterns, ids=lambda p: p.id)
def test_each_pattern_finds_its_examples_and_not_its_counter_examples(pattern: object) -> None:
    assert pattern.note, pattern.id  # type: ignore[attr-defined]
    for text in pattern.examples:  # type: ignore[attr-defined]
        assert pattern_matches(text, pattern.id), (pattern.id, text)  # type: ignore[attr-defined]
    for text in pattern.counter:  # type: ignore[attr-defined]
        assert not pattern_matches(text, pattern.id), (pattern.id, text)  # type: ignore[attr-defined]


def test_a_mistake_in_the_data_is_a_typed_error_naming_the_entry() -> None:
    with pytest.raises(ConfigError, match=r"\[\[term\]\] #1: category 'abuse.rude'"):
        build_lexicon({"term": [{"category": "abuse.rude", "words": ["x"]}]}, {}, {})
    with pytest.raises(ConfigError, match=r"\(p1\): unknown class '@nope'"):
        build_lexicon({}, {}, {"pattern": [{"id": "p1", "category": "abuse.insult",
                                            "match": ["@nope"]}]})
    with pytest.raises(ConfigError, match="first-group verb"):
        build_lexicon({"term": [{"category": "abuse.threat", "verbs_er": ["pendre"]}]}, {}, {})


def test_a_page_can_build_its_own_lexicon_from_data() -> None:
    lex = build_lexicon(
        {"term": [{"class": "local", "category": "abuse.insult", "needs_target": False,
                   "note": "injure locale", "words": ["gougnafier"]}]},
        {}, {},
    )
    assert lex.terms_of("gougnafiers")[0].category == "abuse.insult"
