"""The learned abuse scorer: plain data, reproducible, and never a deletion on its own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from civicmod import Comment, Config, Moderator
from civicmod.detectors.abuse.model import ModelError, features, load_model, read_model
from civicmod.detectors.abuse.suspected import AbuseModelDetector
from civicmod.detectors.abuse.training import fit, labelled, main
from civicmod.errors import ConfigError

ROOT = Path(__file__).resolve().parents[2]
BUNDLED = ROOT / "src" / "civicmod" / "data" / "abuse" / "model.json"


def test_features_are_the_lexicons_normalised_words_and_their_pairs() -> None:
    assert features("C0NN4RD") == features("connard") == ["w:connard"]
    assert features("Ça va, MERCI") == features("ca va merci")
    assert "b:tous des" in features("vous êtes tous des incapables")


def test_the_bundled_model_tells_threats_from_thanks() -> None:
    model = load_model()
    assert model.score("on va tous vous crever, bande de chiens") > 0.9
    assert model.score("Merci pour ces informations, le formulaire est-il en ligne ?") < 0.2
    assert "crever" in model.strongest("on va tous vous crever")
    assert model.strongest("Bande de C0NN4RDS")[0] == "C0NN4RDS"  # quoted as written


def test_the_bundled_model_is_what_the_repositorys_corpora_give() -> None:
    """Fitted again on the corpora of ``tests/corpus`` with the bundled settings, the model
    is the bundled file byte for byte: no weight of unknown origin ships."""
    examples, names = labelled(sorted((ROOT / "tests" / "corpus").glob("*.jsonl")))
    again = fit(examples, trained_on=names)
    assert json.dumps(again.to_json(), ensure_ascii=False, indent=0) + "\n" == BUNDLED.read_text(
        encoding="utf-8"
    )


def test_training_is_deterministic_and_the_command_writes_a_model(tmp_path: Path) -> None:
    corpus = tmp_path / "page.jsonl"
    lines = []
    pairs = [("bande de connards", True), ("merci pour la réponse", False),
             ("espèce d'abruti", True), ("à quelle heure ouvre la mairie ?", False)]  # fmt: skip
    for i, (text, delete) in enumerate(pairs * 3):
        actions = ["delete_comment", "do_not_reply"] if delete else []
        found = [{"category": "abuse.insult"}] if delete else []
        lines.append(json.dumps({"type": "comment", "id": f"c{i}", "text": text,
                                 "expected": {"detections": found, "actions": actions}}))  # fmt: skip
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "model.json"
    assert main([str(corpus), "--out", str(out)]) == 0
    first = out.read_text(encoding="utf-8")
    assert main([str(corpus), "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == first
    model = read_model(out)
    assert model.trained_on == ("page.jsonl (12)",)
    lexicon = tmp_path / "local.toml"
    lexicon.write_text('[[term]]\nclass = "local"\ncategory = "abuse.insult"\nneeds_target = false\n'
                       'note = "Injure locale."\nwords = ["gougnafier"]\n', encoding="utf-8")  # fmt: skip
    assert main([str(corpus), "--out", str(tmp_path / "page.json"), "--lexicon", str(lexicon)]) == 0
    assert model.score("bande de connards") > model.score("merci pour la réponse")


def test_a_corpus_with_one_class_only_is_refused(tmp_path: Path) -> None:
    corpus = tmp_path / "kind.jsonl"
    corpus.write_text('{"type": "comment", "id": "a", "text": "merci", "expected": {}}\n', encoding="utf-8")
    assert main([str(corpus), "--out", str(tmp_path / "m.json")]) == 2


UNUSABLE = ["", "not json", '{"format": 2, "weights": {}, "bias": 0}',
            '{"format": 1, "weights": {"w:x": "heavy"}, "bias": 0}', '{"format": 1}',
            '{"format": 1, "weights": {"w:x": NaN}, "bias": 0}',
            '{"format": 1, "weights": {}, "bias": Infinity}',
            '{"format": 1, "weights": {"w:x": true}, "bias": 0}',
            '{"format": 1, "weights": {}, "bias": 0, "settings": {"epochs": "x"}}',
            '{"format": 1, "weights": {}, "bias": 0, "trained_on": 5}']  # fmt: skip


@pytest.mark.parametrize("content", UNUSABLE)
def test_an_unusable_model_file_is_a_typed_error(tmp_path: Path, content: str) -> None:
    path = tmp_path / "m.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ModelError):
        read_model(path)


def test_a_page_names_its_own_model_relative_to_its_config(tmp_path: Path) -> None:
    (tmp_path / "models").mkdir()
    (tmp_path / "models" / "ours.json").write_text(BUNDLED.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "civicmod.toml").write_text('[moderation]\nmodel = "models/ours.json"\n', encoding="utf-8")
    config = Config.from_toml(tmp_path / "civicmod.toml")
    assert config.moderation.model == str(tmp_path / "models" / "ours.json")
    (tmp_path / "bad.toml").write_text('[moderation]\nmodel = "missing.json"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"missing\.json"):
        Config.from_toml(tmp_path / "bad.toml")
    (tmp_path / "models" / "ours.json").write_text('{"format": 1, "weights": {}, "bias": NaN}', encoding="utf-8")
    with pytest.raises(ConfigError, match="finite"):  # a changed file is read again
        Config.from_toml(tmp_path / "civicmod.toml")


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_any_text_gets_a_probability_from_its_own_words(text: str) -> None:
    model = load_model()
    p = model.score(text)
    assert 0.0 <= p <= 1.0
    assert p == pytest.approx(model.score(text + " "))  # a trailing space is no word


def test_hostile_input_is_scored_in_linear_time() -> None:
    model = load_model()
    for text in ("😡" * 50_000, "!?" * 50_000, "con " * 25_000, "a" * 100_000):
        assert 0.0 <= model.score(text) <= 1.0


def test_the_model_is_immutable_and_its_weights_are_what_it_sums() -> None:
    model = load_model()
    with pytest.raises(TypeError):
        model.weights["w:merci"] = 50.0  # type: ignore[index]
    assert hash(model) == hash(model) and model == model


def test_the_detector_reports_over_the_whole_comment_with_its_words() -> None:
    text = "Ces gens-là, toujours les mêmes, on sait d'où ils viennent et ce qu'ils font"
    found = AbuseModelDetector().detect(Comment(text=text))
    assert [d.category for d in found] == ["abuse.suspected"]
    assert (found[0].start, found[0].end, found[0].text) == (0, len(text), text)
    assert "probabilité" in found[0].evidence and "mots les plus lourds" in found[0].evidence
    strict = AbuseModelDetector(Config.from_dict({"moderation": {"model_threshold": 0.999}}))
    assert strict.detect(Comment(text=text)) == []


def test_the_model_sends_to_a_person_and_never_deletes() -> None:
    text = "Ces gens-là, toujours les mêmes, on sait d'où ils viennent et ce qu'ils font"
    decision = Moderator().review(Comment(text=text))
    assert decision.kinds == ["needs_human_review"]
    action = decision.actions[0]
    assert action.rule == "review.suspected-abuse"
    assert [d.category for d in action.detections] == ["abuse.suspected"]
    assert "rien n'est supprimé" in action.reason
    off = Moderator(Config.from_dict({"detectors": {"disable": ["abuse_model"]}}))
    assert off.review(Comment(text=text)).kinds == []


def test_no_review_where_a_rule_already_decided() -> None:
    deleted = Moderator().review(Comment(text="bande de connards, on va vous crever"))
    assert "needs_human_review" not in deleted.kinds
    assert "delete_comment" in deleted.kinds
    eager = Moderator(Config.from_dict({"moderation": {"model_threshold": 0.01}}))
    spam = eager.review(Comment(text="Gagnez 500€ par jour depuis chez vous, lien dans ma bio"))
    assert spam.kinds == ["delete_comment", "do_not_reply"]
    vulgar = eager.review(Comment(text="putain, encore des travaux sur la rocade"))
    assert [a.rule for a in vulgar.actions] == ["review.mild-vulgarity"]


def test_a_private_message_is_reviewed_without_talk_of_deletion() -> None:
    text = "Ces gens-là, toujours les mêmes, on sait d'où ils viennent et ce qu'ils font"
    decision = Moderator().review(Comment(text=text, channel="private_message"))
    action = decision.actions[0]
    assert action.rule == "review.suspected-abuse"
    assert action.related_rules == ("private.same-rules",)
    assert "supprim" not in action.reason and action.reason.startswith("Message privé")


def test_the_model_only_ever_adds_a_review_on_every_corpus() -> None:
    """On every labelled record of the repository, the decisions with the model are those
    without it plus, at most, one ``needs_human_review`` of rule ``review.suspected-abuse``."""
    from civicmod.evaluation.corpus import load_corpus

    items = [ex.item for p in sorted((ROOT / "tests" / "corpus").glob("*.jsonl")) for ex in load_corpus(p)]
    off = Moderator(Config.from_dict({"detectors": {"disable": ["abuse_model"]}}))
    added = 0
    for item, on_d, off_d in zip(items, Moderator().review_many(items), off.review_many(items), strict=True):
        extra = [a for a in on_d.actions if a.rule == "review.suspected-abuse"]
        assert [a.kind for a in on_d.actions if a not in extra] == off_d.kinds, item.id
        assert len(extra) <= 1 and all(a.kind == "needs_human_review" for a in extra)
        added += len(extra)
    assert 0 < added < len(items) // 10


def test_a_question_the_model_doubts_keeps_its_answer() -> None:
    """A review flag does not silence: the person sees the proposed reply beside it."""
    text = "Vous êtes vraiment tous des incapables ou quoi, à quelle heure ouvre la mairie ?"
    doubtful = Moderator(Config.from_dict({"moderation": {"model_threshold": 0.05}}))
    assert doubtful.review(Comment(text=text)).kinds == ["answer_request", "needs_human_review"]
    assert Moderator().review(Comment(text=text)).kinds == ["answer_request"]
