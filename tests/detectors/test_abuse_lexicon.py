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
        build_lexicon({"term": [{"category": "abuse.rude", "words": ["x"]}]}, {}, {},
                      categories=CATEGORIES)
    with pytest.raises(ConfigError, match=r"\(p1\): unknown class '@nope'"):
        build_lexicon({}, {}, {"pattern": [{"id": "p1", "category": "abuse.insult",
                                            "match": ["@nope"]}]}, categories=CATEGORIES)
    with pytest.raises(ConfigError, match=r"\(p2\): category 'abuse.insults'"):
        build_lexicon({}, {}, {"pattern": [{"id": "p2", "category": "abuse.insults",
                                            "match": ["connard"]}]}, categories=CATEGORIES)
    with pytest.raises(ConfigError, match="first-group verb"):
        build_lexicon({"term": [{"category": "abuse.threat", "verbs_er": ["pendre"]}]}, {}, {},
                      categories=CATEGORIES)


def test_a_page_can_build_its_own_lexicon_from_data() -> None:
    lex = build_lexicon(
        {"term": [{"class": "local", "category": "abuse.insult", "needs_target": False,
                   "note": "injure locale", "words": ["gougnafier"]}]},
        {}, {}, categories=CATEGORIES,
    )
    assert lex.terms_of("gougnafiers")[0].category == "abuse.insult"


def test_a_page_adds_its_own_words_through_the_config(tmp_path: object) -> None:
    from pathlib import Path

    from civicmod import Comment, Config, Moderator

    base = Path(str(tmp_path))
    (base / "local.toml").write_text(
        '[[term]]\nclass = "local"\ncategory = "abuse.insult"\nneeds_target = false\n'
        'note = "Injure locale que notre équipe voit souvent."\nwords = ["gougnafier"]\n',
        encoding="utf-8",
    )
    (base / "civicmod.toml").write_text('[moderation]\nlexicon = ["local.toml"]\n', encoding="utf-8")
    mod = Moderator(Config.from_toml(base / "civicmod.toml"))
    assert mod.review(Comment(text="espèce de gougnafier")).kinds == ["delete_comment", "do_not_reply"]
    # Without the page's word the lexicon misses it; the abuse model sends it to a person.
    unknown = Moderator().review(Comment(text="espèce de gougnafier"))
    assert unknown.kinds == ["needs_human_review"]
    assert unknown.actions[0].rule == "review.suspected-abuse"
    (base / "bad.toml").write_text('[[term]]\ncategory = "abuse.nope"\n', encoding="utf-8")
    (base / "bad-config.toml").write_text('[moderation]\nlexicon = ["bad.toml"]\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"bad\.toml"):
        Config.from_toml(base / "bad-config.toml")


def test_a_pattern_unless_names_a_known_class() -> None:
    with pytest.raises(ConfigError, match=r"\(p3\): unknown class 'nope' in unless"):
        build_lexicon({}, {}, {"pattern": [{"id": "p3", "category": "abuse.insult",
                                            "match": ["connard"], "unless": "nope"}]},
                      categories=CATEGORIES)


def test_an_except_section_makes_a_class_innocent_in_a_phrase() -> None:
    lex = build_lexicon({}, {"nouns": {"group": ["femme"]}, "except": {"group": ["ma femme"]}}, {},
                        categories=CATEGORIES)  # fmt: skip
    from civicmod.text.normalize import normalize

    tagged = lex.tag(normalize("ma femme et les femmes", lex.vocabulary))
    assert "group" not in tagged[1] and "group" in tagged[4]
    with pytest.raises(ConfigError, match=r"\[except\]\.group: 'femme' needs two words"):
        build_lexicon({}, {"except": {"group": ["femme"]}}, {}, categories=CATEGORIES)


def test_a_word_the_tokenizer_cannot_read_is_a_typed_error() -> None:
    with pytest.raises(ConfigError, match="reads as no word"):
        build_lexicon({"term": [{"category": "abuse.obscene", "words": ["🛑"]}]}, {}, {},
                      categories=CATEGORIES)
    with pytest.raises(ConfigError, match=r"\[classes\]\.x: .*reads as no word"):
        build_lexicon({}, {"classes": {"x": ["🛑"]}}, {}, categories=CATEGORIES)


def test_unless_and_not_with_are_one_guard_in_the_matcher() -> None:
    """``unless`` covers the first word, ``not_with`` anywhere in the sentence, never beyond it."""
    from civicmod.lexicon.patterns import Matcher
    from civicmod.text.normalize import normalize

    lex = build_lexicon(
        {}, {"classes": {"pest": ["mort aux rats"], "src": ["selon le"]}},
        {"pattern": [{"id": "a", "category": "abuse.threat", "match": ["mort aux"], "unless": "pest"},
                     {"id": "b", "category": "abuse.defamation", "match": ["a volé"], "not_with": "src"}]},
        categories=CATEGORIES,
    )  # fmt: skip
    by_id = {p.id: p for p in lex.patterns}

    def found(text: str, pid: str) -> bool:
        words = normalize(text, lex.vocabulary)
        matcher = Matcher(words.forms, words.sentences, lex.tag(words))
        k = lex.patterns.index(by_id[pid])
        return any(not matcher.cancelled(by_id[pid], i) for i, _ in matcher.find_all(lex.index).get(k, []))

    assert not found("mort aux rats", "a") and found("mort aux flics", "a")
    assert not found("il a volé la caisse, selon le journal", "b")
    assert found("Selon le journal il pleut. Il a volé la caisse.", "b")
