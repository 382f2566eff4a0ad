"""The abuse pre-filter is a necessary condition: it never skips a comment that has a finding."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from civicmod.detectors.abuse import load_lexicon
from civicmod.evaluation import load_corpus
from civicmod.lexicon import Matcher
from civicmod.text.normalize import normalize

LEX = load_lexicon()
CORPUS = Path(__file__).resolve().parent.parent / "corpus"
STANDALONE = {c for c, t in LEX.terms.items() if not t.needs_target}
LEXICON_WORDS = sorted(
    {w for phrase in LEX.phrases for w in phrase}
    | {w for _, seq in LEX.index.sequences for el in seq for w in el.literals}
)


def _finds_something(text: str) -> bool:
    """Tagging and matching without the pre-filter or the guards: what the filter must let by."""
    words = normalize(text, LEX.vocabulary)
    spans = LEX.tag(words)
    if any(STANDALONE & here.keys() for here in spans):
        return True
    return bool(Matcher(words.forms, words.sentences, spans).find_all(LEX.index))


def _let_through(text: str) -> bool:
    return LEX.can_match(normalize(text, LEX.vocabulary).forms)


def test_every_corpus_comment_with_a_match_passes_the_filter() -> None:
    texts = [
        getattr(e.item, "text", "") or "" for path in sorted(CORPUS.glob("*.jsonl"))
        for e in load_corpus(path)
    ]  # fmt: skip
    skipped = [t for t in texts if not _let_through(t)]
    assert len(skipped) > len(texts) / 3
    assert not [t for t in skipped if _finds_something(t)]


def test_every_pattern_example_passes_the_filter() -> None:
    for pattern in LEX.patterns:
        for text in pattern.examples:
            assert _let_through(text), (pattern.id, text)


def test_ordinary_comments_are_skipped() -> None:
    assert not _let_through("Bonjour, pour la demande de carte grise, vous pouvez m'aider ?")
    assert not _let_through("Merci pour votre réponse, le service a été très efficace.")
    assert _let_through("bande de connards")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(LEXICON_WORDS), min_size=1, max_size=12))
def test_sequences_of_lexicon_words_that_match_pass_the_filter(words: list[str]) -> None:
    text = " ".join(words)
    if _finds_something(text):
        assert _let_through(text), text


def _matches(text: str, with_candidates: bool) -> dict[int, list[tuple[int, int]]]:
    words = normalize(text, LEX.vocabulary)
    candidates = LEX.candidates(words.forms) if with_candidates else None
    if with_candidates and candidates is None:
        return {}
    matcher = Matcher(words.forms, words.sentences, LEX.tag(words))
    return matcher.find_all(LEX.index, candidates=candidates)


def test_the_candidates_find_what_the_whole_index_finds_on_every_corpus_comment() -> None:
    texts = [
        getattr(e.item, "text", "") or "" for path in sorted(CORPUS.glob("*.jsonl"))
        for e in load_corpus(path)
    ]  # fmt: skip
    assert sum(bool(_matches(t, False)) for t in texts) > 500
    assert not [t for t in texts if _matches(t, True) != _matches(t, False)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(LEXICON_WORDS), min_size=1, max_size=12))
def test_the_candidates_find_what_the_whole_index_finds(words: list[str]) -> None:
    text = " ".join(words)
    assert _matches(text, True) == _matches(text, False)
