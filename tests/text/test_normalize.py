"""The shared normalisation step: French writings in, words with original spans out."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from civicmod.detectors.abuse import load_lexicon
from civicmod.text.normalize import _MAY_BE_SPACED, EMPTY, Vocabulary, _normalize_now, normalize

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


_COMMENT_TEXT = st.lists(
    st.sampled_from([
        "c'est", "c", "d'accord", "d", "svp", "pr", "vs", "jvais", "ce", "1", "il y a", "c o n",
        "Préfet", "les Enfoirés", "CAF", "connnnard", "g*eule", "s.a.l.o.p.e", "c0nn4rd", "«", "»",
        "\"", ",", ".", "!", "?", " - ", "\n", "@jm", "🤡", "l'État", "qu'un", "_", "*", "’",
        "bande", "de", "vous", "êtes", "Mairie", "tg", "fdp",
    ]),
    max_size=30,
).map(" ".join)


@given(st.one_of(_COMMENT_TEXT, st.text(max_size=80)))
def test_the_lazy_columns_equal_the_columns_worked_out_at_once(text: str) -> None:
    """Most texts leave their spans for later (a pre-filter needs only the forms): once asked
    for, every column is what the eager path gives."""
    lex = load_lexicon()
    for vocabulary in (lex.vocabulary, EMPTY):
        lazy = normalize.__wrapped__(text, vocabulary)
        now = _normalize_now(text, vocabulary)
        assert lazy.forms == now.forms
        assert (lazy.starts, lazy.ends, lazy.obfuscated) == (now.starts, now.ends, now.obfuscated)
        assert (lazy.sentences, lazy.clauses, lazy.quoted, lazy.proper) == (
            now.sentences, now.clauses, now.quoted, now.proper)  # fmt: skip


_PLAIN_SPACED = re.compile(r"(?<![^\W_])[^\W_][ .\-_*/·][^\W_](?![^\W_])|[^\W_][.*_·][^\W_]")


@given(st.text(alphabet="ab é_1 .-*/·'x\n", max_size=12))
def test_the_spaced_letters_test_written_from_the_separator_is_the_plain_one(text: str) -> None:
    """« a single letter between separators, or letters glued by a dot », written the obvious
    way, and the faster way normalize uses."""
    assert bool(_MAY_BE_SPACED.search(text)) == bool(_PLAIN_SPACED.search(text))


def _glue_without_pruning(src: str, raw: list[tuple[str, int, int, bool]],
                          vocabulary: Vocabulary) -> list[tuple[str, int, int, bool]]:  # fmt: skip
    """The gluing rule without stopping at the vocabulary's prefixes: the reference."""
    out: list[tuple[str, int, int, bool]] = []
    i = 0
    while i < len(raw):
        best, joined, j = 0, raw[i][0], i
        while j + 1 < len(raw) and j - i < 24:
            gap = src[raw[j][2] : raw[j + 1][1]]
            if len(gap) != 1 or gap not in " .-_*/·":
                break
            left, right = len(raw[j][0]), len(raw[j + 1][0])
            if (left > 2 or right > 2) if gap == " " else (left > 2 and right > 2):
                break
            joined += raw[j + 1][0]
            j += 1
            if joined in vocabulary.words:
                best = j
        if best > i:
            glued = "".join(r[0] for r in raw[i : best + 1])
            out.append((glued, raw[i][1], raw[best][2], src[raw[i][1] : raw[best][2]] != glued))
            i = best + 1
        else:
            out.append(raw[i])
            i += 1
    return out


_SPACED_TEXT = st.lists(
    st.sampled_from(["c o n n a r d", "s.a.l.o.p.e", "f0ut.r3", "t g", "f d p", "il y a", "a", "y",
                     "c", "o", "n", "con", "nard", "e n c u l é", "p d", "à", ".", "-", "vous"]),
    max_size=16,
).map(lambda parts: " ".join(parts))  # fmt: skip


@given(_SPACED_TEXT)
def test_gluing_stops_where_no_vocabulary_word_can_start_and_finds_the_same_words(text: str) -> None:
    """Spaced letters are glued only into a vocabulary word, so the search stops as soon as
    what it glued starts none: same result as trying every run."""
    from civicmod.text.normalize import _TOKEN, _join_spaced

    vocabulary = load_lexicon().vocabulary
    raw = [(vocabulary.read(m.group())[0], m.start(), m.end(), False) for m in _TOKEN.finditer(text)]
    raw = [r for r in raw if r[0]]
    assert _join_spaced(text, raw, vocabulary) == _glue_without_pruning(text, raw, vocabulary)


def test_two_vocabularies_read_one_comment_with_the_same_spans_and_layout() -> None:
    """The reply and abuse detectors read a comment with different vocabularies: the forms may
    differ (a vocabulary word is recovered from its elongation), where the words lie does not."""
    text = "Bande d'abruuuutis. Et c quand l'ouverture, svp ?"
    abusive = normalize(text, load_lexicon().vocabulary)
    plain = normalize(text, Vocabulary(["ouverture"]))
    assert abusive.forms[2] == "abrutis" and plain.forms[2] == "abruutis"
    assert (abusive.starts, abusive.ends) == (plain.starts, plain.ends)
    assert (abusive.sentences, abusive.clauses, abusive.proper) == (
        plain.sentences, plain.clauses, plain.proper)  # fmt: skip
    assert text[abusive.starts[2] : abusive.ends[2]] == "abruuuutis"


def test_a_capital_after_a_title_is_a_name_and_a_title_ends_no_sentence() -> None:
    words = normalize("Merci à Mme Salaud et à M. Connard. Vous êtes formidables")
    proper = dict(zip(words.forms, words.proper, strict=True))
    assert proper["salaud"] and proper["connard"]
    assert words[4].sentence == words[7].sentence != words[-1].sentence


def test_a_capital_after_a_question_mark_starts_a_sentence_not_a_name() -> None:
    words = normalize("on peut venir en mairie ? Je ne trouve pas")
    assert not words[words.forms.index("je")].proper
