"""The labelled corpora as regression floors: figures may rise, never silently fall.

The floors sit a little under the figures recorded in docs/evaluation.md.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from civicmod import Config, Interaction, Moderator, Post, evaluate, load_corpus
from civicmod.evaluation import Example

CORPUS = Path(__file__).parent / "corpus"


def _report(name: str, config: str | None = None) -> dict[str, dict[str, dict[str, float]]]:
    path = CORPUS / name
    if not path.exists():
        pytest.skip(f"{path} not written yet")
    cfg = Config.from_toml(CORPUS / config) if config else Config.from_toml("examples/civicmod.toml")
    return evaluate(load_corpus(path), Moderator(cfg)).as_dict()


def test_personal_data_corpus() -> None:
    report = _report("personal_data.jsonl")
    for category, scores in report["categories"].items():
        if category.startswith("personal_data."):
            assert scores["precision"] >= 0.95, (category, scores)
            assert scores["recall"] >= 0.90, (category, scores)
    for kind in ("remove_personal_data", "reply_with_contact_message"):
        assert report["actions"][kind]["precision"] >= 0.95, report["actions"][kind]
        assert report["actions"][kind]["recall"] >= 0.95, report["actions"][kind]
    assert "delete_comment" not in report["actions"], "a comment giving its own data is never deleted"


def test_deletions_are_scored_even_where_none_is_expected(tmp_path: Path) -> None:
    """A corpus that labels no deletion still counts the deletions it gets: « merci de me
    recontacter à l'adresse suivante » was once deleted as a threat, unseen."""
    record = (
        '{"type": "comment", "id": "x1", "text": "espèce de connard, tu comprends rien", '
        '"expected": {"detections": [], "actions": []}}\n'
    )
    path = tmp_path / "one.jsonl"
    path.write_text(record, encoding="utf-8")
    report = evaluate(load_corpus(path), Moderator(Config.from_toml("examples/civicmod.toml"))).as_dict()
    assert report["actions"]["delete_comment"]["fp"] == 1


def test_abuse_corpus() -> None:
    """Targets of the abuse issue: recall ≥ 0.95 for insult, hate, threat; deletion precision
    ≥ 0.97; fewer than 1 in 100 hard negatives deleted."""
    report = _report("abuse.jsonl")
    records = report["records_by_category"]
    for category in ("abuse.insult", "abuse.hate", "abuse.threat"):
        assert records[category]["recall"] >= 0.95, (category, records[category])
    assert report["actions"]["delete_comment"]["precision"] >= 0.97
    assert report["actions"]["delete_comment"]["recall"] >= 0.95
    negatives = report["tags"]["hard_negative"]
    assert negatives["deleted"] / negatives["records"] < 0.01, negatives
    unrelated = records.get("offtopic.unrelated", {"fp": 0})
    assert unrelated["fp"] == 0, unrelated  # criticism and testimony are never called unrelated


@pytest.mark.parametrize(("name", "recall"), [("abuse_holdout.jsonl", 0.95), ("abuse_blind.jsonl", 0.90)])
def test_abuse_corpora_written_apart(name: str, recall: float) -> None:
    """Written apart from the detectors; docs/evaluation.md gives their first, untuned runs."""
    report = _report(name)
    assert report["actions"]["delete_comment"]["precision"] >= 0.97
    assert report["actions"]["delete_comment"]["recall"] >= recall
    negatives = report["tags"]["hard_negative"]
    assert negatives["deleted"] / negatives["records"] < 0.01, negatives
    assert report["actions"]["do_not_reply"]["precision"] >= 0.94  # off-topic silences no one here
    unrelated = report["records_by_category"].get("offtopic.unrelated", {"fp": 0})
    assert unrelated["fp"] == 0, unrelated  # criticism and testimony are never called unrelated


def _public_sphere() -> tuple[list[Example], Moderator]:
    path = CORPUS / "public_sphere.jsonl"
    if not path.exists():
        pytest.skip(f"{path} not written yet")
    return load_corpus(path), Moderator(Config.from_toml(CORPUS / "public_sphere.toml"))


def test_public_sphere_interactions_are_all_right() -> None:
    """Interactions are a rule, not a guess: every one of them exactly right."""
    examples, mod = _public_sphere()
    interactions = [ex for ex in examples if isinstance(ex.item, Interaction)]
    assert len(interactions) >= 200
    report = evaluate(interactions, mod)
    assert report.mismatches == [], [m.as_dict() for m in report.mismatches]


def test_public_sphere_publications() -> None:
    """add_mention: precision ≥ 0.97 and recall ≥ 0.95 for the directory's public actors."""
    examples, mod = _public_sphere()
    posts = [ex for ex in examples if isinstance(ex.item, Post)]
    assert len(posts) >= 200
    report = evaluate(posts, mod).as_dict()
    mention = report["actions"]["add_mention"]
    assert mention["precision"] >= 0.97 and mention["recall"] >= 0.95, mention
    for kind in ("tag_people", "attribute_quote"):
        assert report["actions"][kind]["precision"] >= 0.95, report["actions"][kind]
        assert report["actions"][kind]["recall"] >= 0.95, report["actions"][kind]
    assert report["tags"]["native_share"]["exact_rate"] == 1.0
    assert report["tags"]["hard_negative"]["exact_rate"] >= 0.97


def _requests_report(name: str) -> dict[str, dict[str, dict[str, float]]]:
    return _report(name, "requests.toml")


@pytest.mark.parametrize(
    ("name", "insult", "hate", "threat", "delete_precision", "delete_recall", "negatives_deleted"),
    [("abuse_blind2.jsonl", 0.93, 0.93, None, 0.97, 0.82, 0.01),
     ("abuse_blind3.jsonl", 0.92, 0.82, 0.87, 0.97, 0.86, 0.01),
     ("abuse_blind4.jsonl", 0.93, 0.87, 0.84, 0.97, 0.86, 0.01),
     ("abuse_blind5.jsonl", 0.92, 0.84, 0.87, 0.97, 0.87, 0.01),
     ("abuse_blind6.jsonl", 0.94, 0.87, 0.87, 0.97, 0.95, 0.01),
     ("abuse_blind7.jsonl", 0.70, 0.45, 0.28, 0.97, 0.50, 0.015)],
)
def test_abuse_corpora_written_blind(
    name: str, insult: float, hate: float, threat: float | None, delete_precision: float,
    delete_recall: float, negatives_deleted: float,
) -> None:
    """abuse_blind2 (two parts), abuse_blind3 (2026-12-03), abuse_blind4 and abuse_blind5
    (2026-12-07), written blind and committed before their first runs (docs/evaluation.md gives
    both runs; blind4 and blind5 have since been tuned on): deletion precision and criticism
    kept as on the other corpora, lower recall floors. abuse_blind6 (2026-12-07) was first run
    untuned (5 of 155 hard negatives deleted, deletion recall 0.702), then tuned on: its floors
    sit under the tuned figures and it is no longer blind. abuse_blind7 (2026-12-07) is blind:
    recall floors under its first run; its wrong deletions were then looked at and guarded
    (8 of 155 hard negatives deleted at first, 1 since), the unmet part is its recall."""
    report = _report(name)
    records = report["records_by_category"]
    assert records["abuse.insult"]["recall"] >= insult, records["abuse.insult"]
    assert records["abuse.hate"]["recall"] >= hate, records["abuse.hate"]
    if threat is not None:
        assert records["abuse.threat"]["recall"] >= threat, records["abuse.threat"]
    assert report["actions"]["delete_comment"]["precision"] >= delete_precision
    assert report["actions"]["delete_comment"]["recall"] >= delete_recall
    negatives = report["tags"]["hard_negative"]
    assert negatives["deleted"] / negatives["records"] < negatives_deleted, negatives


@pytest.mark.parametrize(("name", "url"), [("requests.jsonl", 0.95), ("requests_holdout.jsonl", 0.94)])
def test_replies_corpora(name: str, url: float) -> None:
    """Floors under the figures of docs/evaluation.md. A wrong off-topic silences a citizen, so
    its precision has the highest floor; ``reply_with_url`` recall is the right URL's top-1."""
    report = _requests_report(name)
    records = report["records_by_category"]
    assert records["request.information"]["f1"] >= 0.93, records["request.information"]
    assert records["request.personal_case"]["precision"] >= 0.95, records["request.personal_case"]
    assert records["offtopic.unrelated"]["precision"] >= 0.97, records["offtopic.unrelated"]
    assert records["offtopic.unrelated"]["recall"] >= 0.93, records["offtopic.unrelated"]
    assert records["offtopic.spam"]["precision"] >= 0.97, records["offtopic.spam"]
    actions = report["actions"]
    assert actions["reply_with_url"]["precision"] >= 0.85, actions["reply_with_url"]
    assert actions["reply_with_url"]["recall"] >= url, actions["reply_with_url"]
    assert actions["do_not_reply"]["precision"] >= 0.97, actions["do_not_reply"]
    assert actions["reply_with_contact_message"]["precision"] >= 0.97
    for kind in ("propose_private_message", "send_contact_details"):
        assert actions[kind]["precision"] == 1.0, (kind, actions[kind])
    assert report["tags"]["hard_negative"]["deleted"] <= 1


def test_replies_corpus_written_blind() -> None:
    """Written blind and measured once before any change (docs/evaluation.md): lower floors,
    the same order of priorities (off-topic precision first)."""
    report = _requests_report("requests_blind.jsonl")
    records = report["records_by_category"]
    assert records["request.information"]["f1"] >= 0.87, records["request.information"]
    assert records["request.personal_case"]["precision"] >= 0.85, records["request.personal_case"]
    assert records["offtopic.unrelated"]["precision"] >= 0.95, records["offtopic.unrelated"]
    assert report["actions"]["reply_with_url"]["recall"] >= 0.82, report["actions"]["reply_with_url"]
    assert report["actions"]["do_not_reply"]["precision"] >= 0.95


def test_second_replies_corpus_written_blind() -> None:
    """Written blind (docs/evaluation.md gives its first run); nothing was tuned on it. Floors a
    little under those figures: a change that silences citizens or loses pages shows here."""
    report = _requests_report("requests_blind2.jsonl")
    records = report["records_by_category"]
    assert records["request.information"]["recall"] >= 0.92, records["request.information"]
    assert records["request.personal_case"]["precision"] >= 0.86, records["request.personal_case"]
    assert records["offtopic.unrelated"]["precision"] >= 0.95, records["offtopic.unrelated"]
    actions = report["actions"]
    assert actions["reply_with_url"]["recall"] >= 0.75, actions["reply_with_url"]
    assert actions["do_not_reply"]["precision"] >= 0.97, actions["do_not_reply"]
    assert actions["propose_private_message"]["precision"] == 1.0, actions["propose_private_message"]
    assert report["tags"]["hard_negative"]["deleted"] == 0


def test_replies_third_blind_corpus() -> None:
    """requests_blind3.jsonl, written blind and measured once before any change (2026-12-03):
    floors at those first figures, so unseen-text quality can only rise."""
    report = _requests_report("requests_blind3.jsonl")
    records = report["records_by_category"]
    assert records["request.information"]["recall"] >= 0.95, records["request.information"]
    assert records["request.personal_case"]["precision"] >= 0.92, records["request.personal_case"]
    assert records["offtopic.spam"]["precision"] >= 0.97, records["offtopic.spam"]
    assert records["offtopic.spam"]["recall"] >= 0.85, records["offtopic.spam"]
    assert records["offtopic.unrelated"]["recall"] >= 0.62, records["offtopic.unrelated"]
    actions = report["actions"]
    assert actions["reply_with_url"]["recall"] >= 0.80, actions["reply_with_url"]
    assert actions["do_not_reply"]["precision"] >= 0.92, actions["do_not_reply"]
    assert actions["delete_comment"]["precision"] >= 0.97, actions["delete_comment"]
    assert actions["propose_private_message"]["precision"] == 1.0, actions["propose_private_message"]
    assert report["tags"]["hard_negative"]["deleted"] == 0


def test_replies_fourth_and_fifth_blind_corpora() -> None:
    """requests_blind4.jsonl and requests_blind5.jsonl (a Gironde page), written blind and
    committed before their first measurement (2026-12-03). The floors are a little under
    the figures after that session's changes (see docs/evaluation.md for the first-run figures),
    so unseen-text quality can only rise."""
    for name, info_f1, url, off_recall, spam_recall in (
        ("requests_blind4.jsonl", 0.87, 0.76, 0.75, 0.92),
        ("requests_blind5.jsonl", 0.84, 0.70, 0.50, 0.92),
    ):
        report = _requests_report(name)
        records = report["records_by_category"]
        assert records["request.information"]["f1"] >= info_f1, (name, records["request.information"])
        assert records["offtopic.unrelated"]["precision"] >= 0.95, (name, records["offtopic.unrelated"])
        assert records["offtopic.unrelated"]["recall"] >= off_recall, (name, records["offtopic.unrelated"])
        assert records["offtopic.spam"]["precision"] >= 0.97, (name, records["offtopic.spam"])
        assert records["offtopic.spam"]["recall"] >= spam_recall, (name, records["offtopic.spam"])
        actions = report["actions"]
        assert actions["reply_with_url"]["recall"] >= url, (name, actions["reply_with_url"])
        assert actions["delete_comment"]["precision"] == 1.0, (name, actions["delete_comment"])
        assert actions["do_not_reply"]["precision"] >= 0.97, (name, actions["do_not_reply"])
        assert report["tags"]["hard_negative"]["deleted"] == 0, name


def test_replies_sixth_blind_corpus_a_city_halls_own_resources() -> None:
    """requests_blind6.jsonl with its own page configuration (a city hall, 28 resources written
    by the same blind helper), committed before its first measurement (2026-12-03)."""
    report = _report("requests_blind6.jsonl", "requests_blind6.toml")
    records = report["records_by_category"]
    assert records["request.information"]["f1"] >= 0.86, records["request.information"]
    assert records["request.personal_case"]["precision"] >= 0.90, records["request.personal_case"]
    assert records["request.personal_case"]["recall"] >= 0.74, records["request.personal_case"]
    assert report["actions"]["reply_with_url"]["recall"] >= 0.65, report["actions"]["reply_with_url"]
    assert report["actions"]["delete_comment"]["precision"] == 1.0
    assert report["actions"]["do_not_reply"]["precision"] >= 0.97
