from __future__ import annotations

import gc
import itertools
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from civicmod import Comment, Detection, Item, Moderator, Post
from civicmod.detectors import create_detector
from tests.strategies import french_text


class Exploding:
    name = "exploding"

    def detect(self, item: Item) -> list[Detection]:
        raise RuntimeError("lexicon file missing")


def test_a_failing_detector_gives_needs_human_review_not_silence() -> None:
    mod = Moderator(detectors=[create_detector("phone"), Exploding()])
    d = mod.review(Comment(id="c1", text="tel 06 12 34 56 78"))
    assert d.kinds == ["remove_personal_data", "reply_with_contact_message", "needs_human_review"]
    review = d.action("needs_human_review")
    assert review is not None and review.rule == "review.detector-failed"
    assert "exploding" in review.reason
    assert d.errors == ("detector 'exploding' failed: RuntimeError: lexicon file missing",)


def test_overlapping_identifiers_are_one_detection() -> None:
    d = Moderator().review(Comment(text="sécu 1850578006084 clé 91"))
    assert [x.category for x in d.detections] == ["personal_data.nir"]


def test_review_many_keeps_order() -> None:
    items = [Comment(id=str(i), text=f"message {i}") for i in range(5)]
    assert [d.id for d in Moderator().review_many(items)] == ["0", "1", "2", "3", "4"]


def test_decision_json_shape() -> None:
    d = Moderator().review(Comment(id="c1", text="tel 06 12 34 56 78"))
    out = d.to_json()
    assert set(out) == {"id", "type", "actions", "detections", "priority", "errors", "notes"}
    assert out["actions"][0]["kind"] == "remove_personal_data"
    assert out["actions"][0]["redacted_text"] == "tel [TÉLÉPHONE]"
    assert out["detections"][0] == {
        "category": "personal_data.phone",
        "start": 4,
        "end": 18,
        "text": "06 12 34 56 78",
        "detector": "phone",
        "score": 1.0,
        "evidence": "mobile FR valide",
    }


def test_a_failing_policy_rule_gives_needs_human_review() -> None:
    from collections.abc import Iterable

    from civicmod import GUIDELINE, Action, PolicyContext

    def broken(ctx: PolicyContext) -> Iterable[Action]:
        raise KeyError("template")

    d = Moderator(policy=GUIDELINE.with_rules(broken)).review(Comment(id="c", text="ok"))
    assert d.kinds == ["needs_human_review"]
    assert d.actions[0].rule == "review.policy-failed"
    assert d.errors and "KeyError" in d.errors[0]


def test_words_inside_an_identifier_are_not_speech() -> None:
    """« tg » (ta gueule) inside an e-mail address insults nobody: the address is removed, the
    comment answered; the same word outside it still counts."""
    mod = Moderator()
    d = mod.review(Comment(text="écrivez moi à tg @ gmail.fr svp"))
    assert d.kinds == ["remove_personal_data", "reply_with_contact_message"]
    d = mod.review(Comment(text="tg connard, mon mail tg@gmail.fr"))
    assert "delete_comment" in d.kinds and "remove_personal_data" in d.kinds


def test_a_nir_cut_inside_the_corsican_department_is_found() -> None:
    for written in ["100012 A00100104", "100012 A 00100104"]:
        d = Moderator().review(Comment(text=f"mon numéro {written} merci"))
        assert [x.text for x in d.detections if x.category == "personal_data.nir"] == [written]


def test_warm_up_loads_without_deciding_differently() -> None:
    comment = Comment(id="w1", text="bjr c'est quand la date limite pr la carte grise ?")
    cold = Moderator().review(comment)
    mod = Moderator()
    frozen_before = gc.get_freeze_count()
    mod.warm_up()
    assert gc.get_freeze_count() == frozen_before
    assert mod.review(comment) == cold


def test_warm_up_can_freeze_what_is_loaded_out_of_the_cycle_collector() -> None:
    mod = Moderator()
    try:
        mod.warm_up(freeze=True)
        assert gc.get_freeze_count() > 0
        assert mod.review(Comment(text="espèce d'abruti")).kinds[0] == "delete_comment"
    finally:
        gc.unfreeze()


def test_a_failing_detector_during_warm_up_raises_nothing() -> None:
    mod = Moderator(detectors=[Exploding()])
    mod.warm_up()
    assert mod.review(Comment(text="bonjour")).kinds == ["needs_human_review"]


_MIXED = [
    Comment(id="a", text="bande de connards, c'est quand que vous ouvrez ?"),
    Comment(id="b", text="mon tel 06 12 34 56 78 pour mon dossier svp"),
    Comment(id="c", text="Merci pour l'info, bonne journée"),
    Comment(id="d", text="je vais venir avec un flingue à la préfecture"),
    Comment(id="e", text="Comment renouveler ma carte d'identité ?",
            post=Post(text="Carte d'identité : prenez rendez-vous en mairie.")),
    Post(id="p", text="Le ministère de la Santé lance sa campagne de vaccination."),
    Comment(id="f", text="mon IBAN FR76 3000 6000 0112 3456 7890 189, remboursez-moi"),
]


@pytest.mark.parametrize("batch", [1, 2, 3, 64])
def test_review_many_decides_as_review_whatever_the_batch(batch: int) -> None:
    mod = Moderator()
    expected = [mod.review(item) for item in _MIXED]
    assert list(mod.review_many(_MIXED, batch=batch)) == expected
    assert [d.kinds[0] for d in expected if d.kinds][:2] == ["delete_comment", "remove_personal_data"]


def test_in_a_batch_a_failing_detector_marks_only_the_items_it_failed_on() -> None:
    class FailsOnThreats:
        name = "fragile"

        def detect(self, item: Item) -> list[Detection]:
            if "flingue" in item.text:
                raise RuntimeError("boom")
            return []

    mod = Moderator(detectors=[create_detector("phone"), FailsOnThreats()])
    decisions = list(mod.review_many(_MIXED, batch=64))
    assert [bool(d.errors) for d in decisions] == [False, False, False, True, False, False, False]
    assert decisions[3].errors == ("detector 'fragile' failed: RuntimeError: boom",)
    assert decisions[3].kinds == ["needs_human_review"]
    assert decisions[1].kinds == ["remove_personal_data", "reply_with_contact_message"]


def test_review_many_yields_each_batch_before_reading_the_next() -> None:
    read: list[int] = []

    def endless() -> Iterator[Comment]:
        for i in itertools.count():
            read.append(i)
            yield Comment(id=str(i), text=f"message {i}")

    decisions = Moderator().review_many(endless(), batch=3)
    assert next(decisions).id == "0" and read == [0, 1, 2]
    assert [d.id for d in itertools.islice(decisions, 3)] == ["1", "2", "3"] and len(read) == 6


def test_items_read_before_the_input_fails_still_get_their_decisions() -> None:
    def failing() -> Iterator[Comment]:
        yield Comment(id="a", text="bande de connards")
        yield Comment(id="b", text="merci")
        raise OSError("connection reset")

    got: list[str] = []
    with pytest.raises(OSError, match="connection reset"):
        for decision in Moderator().review_many(failing(), batch=64):
            got.append(decision.id)
    assert got == ["a", "b"]


def test_a_batch_below_one_is_refused() -> None:
    with pytest.raises(ValueError, match="batch must be at least 1"):
        Moderator().review_many([Comment(text="bonjour")], batch=0)  # at the call, not later


@settings(max_examples=40, deadline=None)
@given(st.lists(french_text(), max_size=12), st.integers(min_value=1, max_value=5))
def test_batches_never_change_a_decision(texts: list[str], batch: int) -> None:
    items = [Comment(id=str(i), text=t) for i, t in enumerate(texts)]
    mod = _MODERATOR
    assert list(mod.review_many(items, batch=batch)) == [mod.review(item) for item in items]


_MODERATOR = Moderator()
