"""Hostile input: huge comments, invisible characters, bidi overrides; linear time."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

import pytest

from civicmod import Comment, Config, Moderator, Post
from civicmod.detectors import create_detector
from civicmod.models import MAX_TEXT_LENGTH

MOD = Moderator()


def _seconds(text: str) -> float:
    start = time.perf_counter()
    MOD.review(Comment(text=text))
    return time.perf_counter() - start


def _small_and_large(seconds: Callable[[str], float], unit: str) -> tuple[float, float]:
    """Seconds for 100 KB and for 1 MB of ``unit`` (after a warm-up; best of two large runs).

    The objects earlier tests left alive (caches of huge texts) are frozen out of the garbage
    collector's scans first: what is timed is the code on this input, not the suite's heap.
    """
    small = unit * (100_000 // len(unit))
    large = unit * (1_000_000 // len(unit))
    seconds(small[:1000])
    gc.collect()
    gc.freeze()
    try:
        return max(seconds(small), 1e-3), min(seconds(large), seconds(large))
    finally:
        gc.unfreeze()


@pytest.mark.parametrize(
    "unit",
    [
        "a",
        " ",
        "0",
        "0 ",
        "1.",
        "a@",
        "@a.",
        "a.a",
        "aa at ",
        "x (at) ",
        "06 12 34 56 78 ",
        "12 rue ",
        "FR76 ",
        "j'habite au 1 rue de la ",
        "\u200b",
        "😡",
        "connard ",
        "c o n n a r d ",
        "f.d.p ",
        "a.a.",
        "je vais te tuer ",
        "les migrants sont des parasites ",
        "« sale » ",
        "le préfet a touché des pots-de-vin ",
        "1 000 000 ",
        "-5% livraison gratuite en MP 150€ ",
    ],
)
def test_review_time_grows_linearly(unit: str) -> None:
    t_small, t_large = _small_and_large(_seconds, unit)
    assert t_large / t_small < 25, (unit, t_small, t_large)


def test_zero_width_and_bidi_characters_inside_identifiers() -> None:
    text = "tel 06\u200b12\u200c34\u202e56\u202c78 merci"
    d = MOD.review(Comment(text=text))
    action = d.action("remove_personal_data")
    assert action is not None
    assert action.redacted_text == "tel [TÉLÉPHONE] merci"
    assert d.detections[0].text == "06\u200b12\u200c34\u202e56\u202c78"


def test_narrow_no_break_spaces_and_full_width_digits() -> None:
    d = MOD.review(Comment(text="tél : 06\u202f12\u00a034 56 78 ou ０６ １２ ３４ ５６ ７８"))
    assert [x.category for x in d.detections] == ["personal_data.phone"] * 2


def test_control_characters_do_not_crash() -> None:
    text = "".join(chr(c) for c in range(32)) + "mail jean@gmail.com\x00\x07"
    assert MOD.review(Comment(text=text)).action("remove_personal_data") is not None


def test_a_million_characters_is_reviewed() -> None:
    text = ("Bonjour, où en est mon dossier ? " * 40_000)[:1_000_000] + " tel 06 12 34 56 78"
    d = MOD.review(Comment(text=text))
    assert d.kinds == ["remove_personal_data", "reply_with_contact_message"]


def test_text_over_the_limit_is_a_clear_error() -> None:
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match="at most"):
        Comment(text="a" * (MAX_TEXT_LENGTH + 1))


_POSTS = Moderator(
    Config.from_toml("examples/civicmod.toml"),
    detectors=[
        create_detector(n, Config.from_toml("examples/civicmod.toml"))
        for n in ("public_actors", "quotations")
    ],
)


def _post_seconds(text: str) -> float:
    start = time.perf_counter()
    _POSTS.review(Post(text=text))
    return time.perf_counter() - start


@pytest.mark.parametrize(
    "unit",
    ["« ", '" ', "@a ", "#a ", "la Croix-", "ministère de la ", "« a », a déclaré ", "Météo-France "],
)
def test_post_checks_grow_linearly(unit: str) -> None:
    t_small, t_large = _small_and_large(_post_seconds, unit)
    assert t_large / t_small < 25, (unit, t_small, t_large)
