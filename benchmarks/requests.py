"""Reply rules: service-public.fr questions as an external check, and what each stage costs.

Two parts, one run:

1. **External questions.** The 535 titles of service-public.fr "question-réponse"
   fiches in ``../shared/data/spf_questions`` (via etalab-ia/piaf-ml; © DILA,
   Licence Ouverte 2.0) are read where they are — never copied into this
   repository — and skipped with a message when absent. Request recall: the
   share of them the request detector reports as a request. URL top-1: with
   the 535 fiches loaded as ``[[resources]]`` (the fiche's title as its only
   keyword), how often the best-scoring page is the question's own fiche, with
   and without civicmod's threshold.
2. **Throughput.** Comments per second and peak memory of the default pipeline
   built stage by stage (personal data; + abuse; + requests; + off-topic, i.e.
   everything ``Moderator()`` runs on a comment), on every labelled comment of
   the repository's corpora with their posts and the replies corpus's page
   configuration, each stage in its own process on one core, in batch mode
   (``Moderator.review_many`` after ``Moderator.warm_up(freeze=True)``, as
   ``civicmod review`` runs; a last row gives the default pipeline without the
   freeze, as a service that embeds civicmod may run it). Per-text caches are emptied before each timed
   pass (a page never sees the same comment twice); per-word caches stay warm.
   The stages take turns for ``--rounds`` rounds and each keeps its best, so a
   shared machine whose speed drifts favours no stage.

    python benchmarks/requests.py [--data ../shared/data] [--repeat 3] [--rounds 3] [--errors 10]
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path
from typing import Any

from bench_common import build, clear_text_caches, peak_rss_mb, run_on_one_core

ROOT = Path(__file__).resolve().parent.parent
PII = ("nir", "email", "phone", "iban", "bank_card", "tax_number", "caf_number",
       "france_travail_id", "address")  # fmt: skip
EMBEDDED = "default pipeline, GC not frozen"
"""The default pipeline as a service embeds it without :meth:`Moderator.warm_up`'s freeze."""
STAGES: dict[str, tuple[str, ...]] = {
    "personal data": PII,
    "+ abuse": (*PII, "abuse"),
    "+ requests": (*PII, "abuse", "request"),
    "+ off-topic (default pipeline)": (),
    EMBEDDED: (),
}
"""Detector names per stage; the empty tuple is the configuration's default set."""
CORPORA = ("requests.jsonl", "requests_holdout.jsonl", "personal_data.jsonl", "abuse.jsonl",
           "abuse_holdout.jsonl", "abuse_blind.jsonl")  # fmt: skip


def external(data: Path, show_errors: int) -> None:
    from civicmod import Comment, Config
    from civicmod.config import Resource
    from civicmod.detectors import create_detector
    from civicmod.resources import ResourceIndex

    path = data / "spf_questions" / "spf_questions.jsonl"
    if not path.exists():
        print(f"spf_questions: {path} not found, skipped (the data is read in place, never copied)")
        return
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    detector = create_detector("request", Config())
    kinds: Counter[str] = Counter()
    missed: list[str] = []
    start = time.perf_counter()
    for row in rows:
        found = detector.detect(Comment(text=row["text"]))
        kinds[found[0].category if found else "none"] += 1
        if not found:
            missed.append(row["text"])
    elapsed = time.perf_counter() - start
    recall = (len(rows) - kinds["none"]) / len(rows)
    print(f"spf_questions: {len(rows)} questions, {len(rows) / elapsed:,.0f} questions/s")
    print(f"request recall: {recall:.3f}  ({', '.join(f'{k} {v}' for k, v in kinds.most_common())})")
    for text in missed[:show_errors]:
        print(f"  missed: {text!r}")

    resources = [Resource(url=row["url"], title=row["text"]) for row in rows]
    unique = {r.url for r in resources}
    index = ResourceIndex(resources)
    top1 = top1_any = 0
    wrong: list[tuple[str, str]] = []
    start = time.perf_counter()
    for row in rows:
        ranked = index.scores(row["text"])
        best = index.best(row["text"])
        top1_any += bool(ranked) and ranked[0].resource.url == row["url"]
        top1 += best is not None and best.resource.url == row["url"]
        if not (best is not None and best.resource.url == row["url"]):
            wrong.append((row["text"], best.resource.title if best else "-"))
    elapsed = time.perf_counter() - start
    print(f"URL top-1 with the {len(resources)} fiches as resources ({len(unique)} distinct URLs), "
          f"{len(rows) / elapsed:,.0f} questions/s:")  # fmt: skip
    print(f"  best page above civicmod's threshold is the question's own: {top1 / len(rows):.3f}")
    print(f"  best-ranked page, threshold ignored, is the question's own:  {top1_any / len(rows):.3f}")
    for text, got in wrong[:show_errors]:
        print(f"  {text!r} -> {got!r}")


def _config() -> Any:
    from civicmod import Config

    return Config.from_toml(ROOT / "tests" / "corpus" / "requests.toml")


def _comments() -> list[Any]:
    from civicmod import Comment, load_corpus

    items = []
    for name in CORPORA:
        path = ROOT / "tests" / "corpus" / name
        if path.exists():
            items += [ex.item for ex in load_corpus(path) if isinstance(ex.item, Comment)]
    return items


def _run(stage: str, repeat: int) -> dict[str, float]:
    from civicmod import Moderator
    from civicmod.detectors import create_detector

    config = _config()
    names = STAGES[stage]
    if names:
        mod = Moderator(config, detectors=[create_detector(n, config) for n in names])
    else:
        mod = Moderator(config)
    mod.warm_up(freeze=stage != EMBEDDED)
    items = _comments()  # read after the freeze, as the CLI reads its input
    for _ in mod.review_many(items):
        pass
    best = float("inf")
    for _ in range(repeat):
        clear_text_caches()
        start = time.perf_counter()
        for _ in mod.review_many(items):
            pass
        best = min(best, time.perf_counter() - start)
    rss = peak_rss_mb()
    return {"comments": len(items), "seconds": best, "per_s": len(items) / best, "rss_mb": rss}


def throughput(repeat: int, rounds: int) -> None:
    """Every stage in turn, ``rounds`` times, each run in its own process and best of
    ``repeat`` passes; each stage keeps its best round."""
    print(f"\n{build()}")
    print(f"\nthroughput, best of {rounds} rounds x {repeat} passes, one core, each stage in its "
          "own process, the stages taking turns, batch mode")
    best: dict[str, dict[str, float]] = {}
    for _ in range(rounds):
        for stage in STAGES:
            r = run_on_one_core(__file__, "--stage", stage, "--repeat", str(repeat))
            if stage not in best or r["per_s"] > best[stage]["per_s"]:
                best[stage] = r
    print(f"{'stage':<32} {'n':>5} {'comments/s':>11} {'ms/comment':>11} {'stage cost (ms)':>16} "
          f"{'peak RSS (MB)':>14}")  # fmt: skip
    previous = 0.0
    for stage, r in best.items():
        ms = 1000 / r["per_s"]
        cost = "" if stage == EMBEDDED else f"{ms - previous:.3f}"
        print(f"{stage:<32} {r['comments']:>5.0f} {r['per_s']:>11,.0f} {ms:>11.3f} "
              f"{cost:>16} {r['rss_mb']:>14.0f}")  # fmt: skip
        previous = ms


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--repeat", type=int, default=3, help="passes per process")
    parser.add_argument("--rounds", type=int, default=3, help="processes per stage, in turns")
    parser.add_argument("--errors", type=int, default=0, help="print this many errors per kind")
    parser.add_argument("--stage", choices=list(STAGES), help=argparse.SUPPRESS)
    parser.add_argument("--skip-external", action="store_true", help="throughput only")
    args = parser.parse_args()
    if args.stage:
        print(json.dumps(_run(args.stage, args.repeat)))
        return
    if not args.skip_external:
        external(Path(args.data), args.errors)
    throughput(args.repeat, args.rounds)


if __name__ == "__main__":
    main()
