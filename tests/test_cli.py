from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from civicmod.cli import main


def _run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "civicmod", *args], input=stdin, capture_output=True, check=False
    )


def test_review_the_bundled_examples() -> None:
    proc = _run("review", "examples/comments.jsonl", "--config", "examples/civicmod.toml")
    assert proc.returncode == 0, proc.stderr
    lines = [json.loads(x) for x in proc.stdout.decode().splitlines()]
    inputs = Path("examples/comments.jsonl").read_text(encoding="utf-8").splitlines()
    assert [d["id"] for d in lines] == [json.loads(x)["id"] for x in inputs]
    first = lines[0]
    assert [a["kind"] for a in first["actions"]] == [
        "remove_personal_data",
        "reply_with_contact_message",
    ]
    assert first["actions"][0]["rule"] == "replies.personal-data"
    assert first["detections"][0]["category"] == "personal_data.nir"


def test_malformed_lines_give_error_records_and_a_nonzero_exit() -> None:
    proc = _run("review", "examples/malformed.jsonl")
    assert proc.returncode == 1
    out = [json.loads(x) for x in proc.stdout.decode().splitlines()]
    assert len(out) == 6
    assert out[0]["id"] == "ok1" and out[0]["type"] == "comment"
    assert out[1]["type"] == "invalid" and out[1]["id"] == "bad-type"
    assert out[1]["errors"] == ["line 2: text: Input should be a valid string"]
    assert "invalid JSON" in out[2]["errors"][0] and out[2]["id"] == "line:3"
    assert "'tweet'" in out[3]["errors"][0]
    assert "invalid UTF-8" in out[4]["errors"][0] and "line 5" in out[4]["errors"][0]
    assert out[5]["id"] == "last"
    assert all(d["actions"][0]["kind"] == "needs_human_review" for d in out[1:5])
    assert b"4 malformed" in proc.stderr


def test_standard_input_and_sorting_by_priority() -> None:
    data = "\n".join(
        [
            json.dumps({"type": "comment", "id": "a", "text": "Merci !"}),
            json.dumps({"type": "comment", "id": "b", "text": "mon tel 06 12 34 56 78"}),
        ]
    ).encode()
    proc = _run("review", "-", "--sort-by-priority", stdin=data)
    assert [json.loads(x)["id"] for x in proc.stdout.decode().splitlines()] == ["b", "a"]


def test_evaluate_prints_scores(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        "\n".join(
            [
                json.dumps(
                    {
                        "type": "comment",
                        "id": "1",
                        "text": "tel 06 12 34 56 78",
                        "expected": {
                            "detections": [
                                {"category": "personal_data.phone", "text": "06 12 34 56 78"}
                            ],
                            "actions": ["remove_personal_data", "reply_with_contact_message"],
                        },
                    }
                ),
                json.dumps(
                    {
                        "type": "comment",
                        "id": "2",
                        "text": "appelez le 3949",
                        "expected": {"detections": [], "actions": []},
                        "tags": ["hard_negative"],
                    }
                ),
            ]
        ),
        encoding="utf-8",
    )
    assert main(["evaluate", str(corpus), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["categories"]["personal_data.phone"] == {
        "tp": 1,
        "fp": 0,
        "fn": 0,
        "support": 1,
        "precision": 1.0,
        "recall": 1.0,
        "f1": 1.0,
    }
    assert report["actions"]["remove_personal_data"]["tp"] == 1
    assert report["tags"]["hard_negative"]["exact"] == 1


def test_missing_file_and_bad_config_are_usage_errors(tmp_path: Path) -> None:
    assert _run("review", "nowhere.jsonl").returncode == 2
    bad = tmp_path / "bad.toml"
    bad.write_text("[contact]\nemail = 1\n", encoding="utf-8")
    proc = _run("review", "examples/comments.jsonl", "--config", str(bad))
    assert proc.returncode == 2 and b"contact.email" in proc.stderr


def test_directory_checks_the_csv_and_looks_names_up(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        ["directory", "--config", "examples/civicmod.toml", "la croix-rouge", "@METEOFRANCE"]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert "11 accounts ([[accounts]] + examples/accounts.csv), 9 public actors" in out
    assert "'la croix-rouge': @CroixRouge" in out and "public actor" in out
    assert "'@METEOFRANCE': @meteofrance" in out
    assert main(["directory", "--config", "examples/civicmod.toml", "Préfecture du Nord"]) == 1


def test_directory_with_a_bad_csv_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "comptes.csv").write_text("handle,kind\n@x,ministere\n", encoding="utf-8")
    (tmp_path / "c.toml").write_text('[directory]\ncsv = "comptes.csv"\n', encoding="utf-8")
    assert main(["directory", "--config", str(tmp_path / "c.toml")]) == 2
    assert "comptes.csv: line 2, column kind" in capsys.readouterr().err


def test_review_warms_up_and_freezes_once_before_reading(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from civicmod import Moderator

    calls: list[bool] = []
    monkeypatch.setattr(Moderator, "warm_up", lambda self, *, freeze=False: calls.append(freeze))
    source = tmp_path / "in.jsonl"
    source.write_text('{"type": "comment", "id": "a", "text": "bonjour"}\n', encoding="utf-8")
    assert main(["review", str(source), "--quiet"]) == 0
    assert calls == [True]
    assert json.loads(capsys.readouterr().out)["id"] == "a"


@pytest.mark.parametrize("source", ["examples/comments.jsonl", "examples/malformed.jsonl"])
def test_review_in_batches_prints_what_line_by_line_prints(
    source: str, capsys: pytest.CaptureFixture[str]
) -> None:
    outputs = []
    for batch in ("1", "2", "64"):
        main(["review", source, "--quiet", "--batch", batch])
        outputs.append(capsys.readouterr().out)
    assert outputs[0] == outputs[1] == outputs[2]
    assert len(outputs[0].splitlines()) == len(Path(source).read_bytes().splitlines())


def test_a_batch_below_one_is_a_usage_error() -> None:
    proc = _run("review", "examples/comments.jsonl", "--batch", "0")
    assert proc.returncode == 2
    assert b"expected a whole number of at least 1, not '0'" in proc.stderr


def test_lines_read_before_the_stream_fails_are_still_printed() -> None:
    from typing import IO, cast

    from civicmod import Moderator
    from civicmod.cli import _decisions

    def failing_stream() -> Iterator[bytes]:
        yield b'{"type": "comment", "id": "a", "text": "bande de connards"}\n'
        yield b"not json\n"
        raise OSError("disk gone")

    got: list[str] = []
    with pytest.raises(OSError, match="disk gone"):
        for decision in _decisions(Moderator(), cast(IO[bytes], failing_stream()), False, 64):
            got.append(decision.id)
    assert got == ["a", "line:2"]
