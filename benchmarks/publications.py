"""Publication checks with NER on, and what the public-sphere detectors cost comments.

Two questions, one core:

1. How long does checking one of the page's own posts take, spaCy's NER
   included? Median and p95 milliseconds per post on the corpus's posts
   (``tests/corpus/public_sphere.jsonl``), with NER on and with it off.
2. Do comments pay for the post detectors? Comments per second of the default
   pipeline on the labelled comments (``tests/corpus/*.jsonl``), with and
   without ``public_actors``, ``quotations`` and ``person_names``; and whether
   spaCy was loaded by the comments at all (it must not be).

    python benchmarks/publications.py [--rounds 5]

Without the spaCy model, the NER timing is skipped and said so.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import platform  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from civicmod import (  # noqa: E402
    Comment,
    Config,
    DetectorError,
    Moderator,
    Post,
    __version__,
    load_corpus,
)
from civicmod.detectors import create_detector, default_detector_names  # noqa: E402
from civicmod.text.nlp import french_nlp  # noqa: E402

CORPUS = ROOT / "tests" / "corpus"
POST_DETECTORS = ("public_actors", "quotations", "person_names")


def _pin_one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        core = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {core})
        return f"pinned to core {core}"
    return "not pinned (no sched_setaffinity)"


def _moderator(config: Config, names: list[str]) -> Moderator:
    return Moderator(config, detectors=[create_detector(n, config) for n in names])


def _comments() -> list[Comment]:
    items: list[Comment] = []
    for name in ("personal_data.jsonl", "abuse.jsonl", "requests.jsonl"):
        path = CORPUS / name
        if path.exists():
            items += [ex.item for ex in load_corpus(path) if isinstance(ex.item, Comment)]
    return items


def _comments_per_second(mod: Moderator, comments: list[Comment], rounds: int) -> float:
    best = 0.0
    for _ in range(rounds):
        start = time.perf_counter()
        for c in comments:
            mod.review(c)
        best = max(best, len(comments) / (time.perf_counter() - start))
    return best


def _post_times(mod: Moderator, posts: list[Post], rounds: int) -> list[float]:
    times: list[float] = []
    for _ in range(rounds):
        for p in posts:
            start = time.perf_counter()
            mod.review(p)
            times.append((time.perf_counter() - start) * 1000)
    return times


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    pinned = _pin_one_core()
    print(f"civicmod {__version__}, Python {platform.python_version()}, {pinned}")

    # 1. Comments first, in a process where spaCy has not been loaded yet.
    page = Config.from_toml(ROOT / "examples" / "civicmod.toml")
    comments = _comments()
    every = default_detector_names()
    without = [n for n in every if n not in POST_DETECTORS]
    with_post = _moderator(page, every)
    without_post = _moderator(page, without)
    for mod in (with_post, without_post):  # warm caches
        for c in comments[:200]:
            mod.review(c)
    rate_without = _comments_per_second(without_post, comments, args.rounds)
    rate_with = _comments_per_second(with_post, comments, args.rounds)
    loaded = french_nlp.cache_info().currsize
    print(f"\ncomments: {len(comments)} labelled comments, best of {args.rounds} rounds")
    print(f"  default pipeline without the post detectors: {rate_without:8,.0f} comments/s")
    print(f"  default pipeline with them                 : {rate_with:8,.0f} comments/s "
          f"({(rate_without - rate_with) / rate_without:.1%} fewer)")
    print(f"  spaCy pipelines loaded by comments: {loaded}")

    # 2. Posts.
    config = Config.from_toml(CORPUS / "public_sphere.toml")
    posts = [ex.item for ex in load_corpus(CORPUS / "public_sphere.jsonl") if isinstance(ex.item, Post)]
    print(f"\nposts: {len(posts)} publications of tests/corpus/public_sphere.jsonl, "
          f"{args.rounds} rounds")
    try:
        start = time.perf_counter()
        french_nlp(("tok2vec", "ner"))
        print(f"  spaCy load (tok2vec + ner): {time.perf_counter() - start:.2f} s, once")
        ner_on: list[str] | None = list(every)
    except DetectorError as exc:
        print(f"  NER skipped: {exc}")
        ner_on = None
    runs = [("NER off", [n for n in every if n != "person_names"])]
    if ner_on is not None:
        runs.insert(0, ("NER on", ner_on))
    for label, names in runs:
        mod = _moderator(config, names)
        _post_times(mod, posts[:20], 1)  # warm-up
        times = _post_times(mod, posts, args.rounds)
        print(f"  {label:7}: median {statistics.median(times):6.2f} ms, "
              f"p95 {_p95(times):6.2f} ms, max {max(times):6.2f} ms per post")
    return 0


if __name__ == "__main__":
    sys.exit(main())
