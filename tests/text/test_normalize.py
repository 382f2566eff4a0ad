"""The shared normalisation step: French writings in, words with original spans out."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from civicmod.text.normalize import Vocabulary, normalize

VOCAB = Vocabulary(["connard", "connards", "salopes", "encules", "gueule", "pute", "cul", "con"])


def forms(text: str) -> list[str]:
    return normalize(text, VOCAB).forms


def test_accents_case_and_elisions() -> None:
    assert forms("L'État, QU'IL écoute") == ["l", "etat", "qu", "il", "ecoute"]


def test_leetspeak_repeats_spacing_dots_asterisks_homoglyphs() -> None:
    assert forms("t'es qu'un gros c0nn4rd") [-1] == "connard"
    assert forms("connnnnnard") == ["connard"]
    assert forms("e n c u l é s") == ["encules"]
    assert forms("des s.a.l.o.p.e.s") == ["des", "salopes"]
    assert forms("ta g*eule") == ["ta", "gueule"]
    assert forms("fils de p*te") == ["fils", "de", "pute"]
    assert forms("сonnаrd") == ["connard"]  # Cyrillic с and а


def test_sms_spellings_are_expanded_but_not_elisions() -> None:
    assert forms("jvais vs voir") == ["je", "vais", "vous", "voir"]
    assert forms("c des malades") == ["c", "est", "des", "malades"]
    assert forms("c'est bien") == ["c", "est", "bien"]


def test_spans_point_into_the_original_text() -> None:
    text = "vous êtes des s.a.l.o.p.e.s\u200b à la caf"
    words = normalize(text, VOCAB)
    last = words[3]
    assert last.form == "salopes"
    assert text[last.start : last.end] == "s.a.l.o.p.e.s"


def test_ordinary_words_are_not_glued() -> None:
    assert forms("a b c le con") == ["a", "b", "c", "est", "le", "con"]
    assert forms("le 1er janvier à 14h") == ["le", "1er", "janvier", "a", "14h"]


def test_sentences_clauses_and_quotes() -> None:
    words = normalize("Il a dit « sale con ». Puis, il est parti", VOCAB)
    assert [w.quoted for w in words][:5] == [False, False, False, True, True]
    assert words[-1].sentence == 1
    assert words[-1].clause > words[-3].clause - 1


@given(st.text(max_size=300))
def test_every_span_is_inside_the_text(text: str) -> None:
    for w in normalize(text, VOCAB):
        assert 0 <= w.start < w.end <= len(text)


def test_a_run_of_asterisks_may_hide_more_or_fewer_letters_than_it_has() -> None:
    assert normalize("ferme ta g***le", VOCAB).forms[-1] == "gueule"
    assert normalize("bande de c******ds", VOCAB).forms[-1] == "connards"
    assert normalize("un c*****d", VOCAB).forms[-1] == "connard"
    assert normalize("c*d", VOCAB).forms[-1] == "cd"  # nothing in the vocabulary fits
