"""Abuse detectors: external check on French tweets, and what they cost beside personal data.

Four parts, one run:

1. **External labels.** The labelled tweets in ``../shared/data/mlma_fr`` (MLMA,
   Ousidhoum et al. 2019) and ``../shared/data/ftr_fr`` (FTR, Vanetik & Mimoun
   2022) are read where they are — never copied into this repository — and
   skipped with a message when absent. For each external label, precision and
   recall of the civicmod category that corresponds, and of the decision to
   delete. Label noise there is high and tweets are not comments under an
   administration's post: these are stress figures, not targets.
2. **Throughput.** Comments per second and peak memory of the personal-data
   detectors alone, then with the abuse detectors, each engine in its own
   process on one core, the two taking turns for ``--rounds`` rounds (each
   keeps its best, so a drifting machine favours neither). Before each timed pass the per-text caches are emptied
   (a page never sees the same comment twice), while the per-word caches stay
   warm (a page sees the same words all day): the steady state of a service.
   Each engine runs in batch mode, as ``civicmod review`` does: its lexicons
   loaded and frozen out of the cycle collector first (``Moderator.warm_up``),
   the comments reviewed 64 at a time, each detector over a batch before the next
   (``Moderator.review_many``); ``--one-by-one`` calls ``Moderator.review`` for
   each comment instead, as a service answering one comment at a time does.
3. **By share of abusive comments.** The same two engines on mixes of 1,600
   comments of the labelled corpora in which a given share (``--shares``) are
   abusive (their expected detections hold an ``abuse.*`` category) and the rest
   are not: what a page can expect as its own share of abuse grows, and the share
   at which the abuse detectors would halve the personal-data path.
4. **Where an abusive comment's time goes.** On the labelled corpora's 843 abusive
   comments, in one process on one core, the passes of each variant taking turns:
   the personal-data path, the path with the abuse detectors, the same with every
   abuse analysis already done (what is left is the abuse detections, the actions
   and their French reasons), and the abuse analysis alone. The third gives the best
   ratio any abuse reader could reach on such comments, however fast.

    python benchmarks/abuse.py [--data ../shared/data] [--repeat 3] [--rounds 3] [--errors 15]
                               [--shares 0,10,20,30,40,50] [--skip-external] [--skip-shares]
                               [--skip-breakdown] [--one-by-one]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from bench_common import build, clear_text_caches, peak_rss_mb, run_on_one_core

from civicmod.moderator import BATCH

ROOT = Path(__file__).resolve().parent.parent
PII = ("nir", "email", "phone", "iban", "bank_card", "tax_number", "caf_number",
       "france_travail_id", "address")  # fmt: skip
ABUSE = ("abuse",) if os.environ.get("CIVICMOD_BENCH_NO_MODEL") else ("abuse", "abuse_model")
"""The abuse detectors as a page runs them by default: the lexicon and the learned scorer
(``CIVICMOD_BENCH_NO_MODEL=1``: the lexicon alone, as before 2026-12-07 night)."""
MIXES: dict[str, tuple[str, ...]] = {
    "ordinary comments (requests, personal data)": ("requests.jsonl", "personal_data.jsonl"),
    "abuse-heavy (all labelled corpora)": (
        "abuse.jsonl", "abuse_holdout.jsonl", "personal_data.jsonl", "requests.jsonl"),
    "pii.py generated corpus": (),
}  # fmt: skip

# External label -> the civicmod categories that answer it.
MAPPING: dict[str, tuple[str, ...]] = {
    "hate": ("abuse.hate",),
    "insult": ("abuse.insult", "abuse.hate"),
    "threat": ("abuse.threat",),
    "offensive": ("abuse.insult", "abuse.hate", "abuse.threat", "abuse.apology",
                  "abuse.defamation", "abuse.obscene", "abuse.vulgarity", "abuse.rudeness"),
}  # fmt: skip
NEGATIVE = ("normal", "not_hate")


def _moderator(detectors: tuple[str, ...]) -> Any:
    from civicmod import Moderator
    from civicmod.detectors import create_detector

    return Moderator(detectors=[create_detector(n) for n in detectors])


def external(data: Path, show_errors: int) -> None:
    from civicmod import Comment

    mod = _moderator(ABUSE)
    for name in ("mlma_fr", "ftr_fr"):
        path = data / name / f"{name}.jsonl"
        if not path.exists():
            print(f"\n{name}: {path} not found, skipped (the data is read in place, never copied)")
            continue
        rows = [json.loads(line) for line in path.open(encoding="utf-8")]
        counts: dict[str, Counter[str]] = {}
        errors: dict[str, list[str]] = {"missed hate": [], "flagged normal": []}
        start = time.perf_counter()
        for row in rows:
            decision = mod.review(Comment(text=row["text"]))
            found = {d.category for d in decision.detections}
            deleted = "delete_comment" in decision.kinds
            labels = set(row["labels"])
            for label, cats in (*MAPPING.items(), ("delete", ())):
                c = counts.setdefault(label, Counter())
                pred = deleted if label == "delete" else bool(found & set(cats))
                gold = bool(labels & {"hate", "insult", "threat"}) if label == "delete" else (
                    label in labels
                )
                c["tp" if pred and gold else "fp" if pred else "fn" if gold else "tn"] += 1
            if "hate" in labels and "abuse.hate" not in found:
                errors["missed hate"].append(row["text"])
            if labels & set(NEGATIVE) and deleted:
                errors["flagged normal"].append(row["text"])
        elapsed = time.perf_counter() - start
        print(f"\n{name}: {len(rows)} tweets, {len(rows) / elapsed:,.0f} tweets/s (abuse detectors)")
        print(f"{'label':<12} {'civicmod':<40} {'prec':>6} {'rec':>6} {'support':>8}")
        for label, c in counts.items():
            support = c["tp"] + c["fn"]
            if not support:
                continue
            prec = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
            rec = c["tp"] / support
            what = "delete_comment (gold: hate|insult|threat)" if label == "delete" else (
                "|".join(x.split(".")[1] for x in MAPPING[label])
            )
            print(f"{label:<12} {what[:40]:<40} {prec:>6.3f} {rec:>6.3f} {support:>8}")
        negatives = sum(1 for r in rows if set(r["labels"]) & set(NEGATIVE))
        print(f"normal/not_hate tweets deleted: {len(errors['flagged normal'])} / {negatives}")
        for kind, texts in errors.items():
            for text in texts[:show_errors]:
                print(f"  {kind}: {text[:140]!r}")


SHARE_SIZE = 1600
"""Comments in each mix of :func:`_shared_texts`: the labelled corpora hold 843 abusive
comments and 1,753 others, so every share up to one half draws each comment once."""


def _abusive_and_other() -> tuple[list[str], list[str]]:
    """The labelled corpora's comments whose expected detections hold an ``abuse.*``
    category, and the others, in the corpora's order."""
    abusive: list[str] = []
    other: list[str] = []
    for name in MIXES["abuse-heavy (all labelled corpora)"]:
        for line in (ROOT / "tests" / "corpus" / name).open(encoding="utf-8"):
            record = json.loads(line)
            found = record.get("expected", {}).get("detections", [])
            is_abuse = any(d["category"].startswith("abuse.") for d in found)
            (abusive if is_abuse else other).append(record["text"])
    return abusive, other


def _shared_texts(share: float) -> list[str]:
    """``SHARE_SIZE`` comments of the labelled corpora, ``share`` of them abusive, in a fixed
    order: the same mix at every run."""
    abusive, other = _abusive_and_other()
    rng = random.Random(7)
    rng.shuffle(abusive)
    rng.shuffle(other)
    k = round(share * SHARE_SIZE)
    if k > len(abusive) or SHARE_SIZE - k > len(other):
        raise SystemExit(f"--shares: {share:.0%} of {SHARE_SIZE} comments needs more "
                         "comments than the labelled corpora hold")
    texts = abusive[:k] + other[: SHARE_SIZE - k]
    rng.shuffle(texts)
    return texts


def _texts(mix: str) -> list[str]:
    if mix.startswith("share="):
        return _shared_texts(float(mix.removeprefix("share=")))
    if not MIXES[mix]:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from pii_corpus import generate

        return [s.text for s in generate(3000, seed=7)]
    texts = []
    for name in MIXES[mix]:
        path = ROOT / "tests" / "corpus" / name
        if path.exists():
            texts += [json.loads(line)["text"] for line in path.open(encoding="utf-8")]
    return texts


def _run(engine: str, mix: str, repeat: int, one_by_one: bool = False) -> dict[str, float]:
    from civicmod import Comment

    detectors = PII if engine == "pii" else PII + ABUSE
    mod = _moderator(detectors)
    mod.warm_up(freeze=True)
    texts = _texts(mix)
    items = [Comment(text=t) for t in texts]
    review_all = _reviewer(mod, items, one_by_one)
    review_all()
    best = min(_timed(review_all) for _ in range(repeat))
    rss = peak_rss_mb()
    return {"comments": len(texts), "seconds": best, "per_s": len(texts) / best, "rss_mb": rss}


def _mode(one_by_one: bool) -> str:
    return "one review() call a comment" if one_by_one else f"review_many(), batches of {BATCH}"


def _mode_args(one_by_one: bool) -> list[str]:
    """How a process this run starts reviews, on its command line."""
    return ["--one-by-one"] if one_by_one else []


def _reviewer(mod: Any, items: list[Any], one_by_one: bool = False) -> Callable[[], None]:
    """A pass over ``items``: in batches, as ``civicmod review`` reads a file
    (``Moderator.review_many``), or one ``Moderator.review`` call after another."""

    def in_batches() -> None:
        for _ in mod.review_many(items):
            pass

    def one_after_another() -> None:
        for item in items:
            mod.review(item)

    return one_after_another if one_by_one else in_batches


def throughput(repeat: int, rounds: int, one_by_one: bool) -> None:
    """Both engines in turn, ``rounds`` times, each run in its own process and best of
    ``repeat`` passes; each engine keeps its best round. Taking turns keeps a machine whose
    speed drifts (a shared VM) from favouring one engine."""
    print(f"\n{build()}")
    print(f"\nthroughput, best of {rounds} rounds x {repeat} passes, one core, each engine in its "
          f"own process, the engines taking turns; {_mode(one_by_one)}")
    print(f"{'comments':<46} {'detectors':<10} {'n':>5} {'comments/s':>11} {'ms/comment':>11} "
          f"{'peak RSS (MB)':>14}")  # fmt: skip
    for mix in MIXES:
        results = _best_of(mix, repeat, rounds, one_by_one)
        for engine, r in results.items():
            print(f"{mix:<46} {engine:<10} {r['comments']:>5.0f} {r['per_s']:>11,.0f} "
                  f"{1000 / r['per_s']:>11.3f} {r['rss_mb']:>14.0f}")  # fmt: skip
        ratio = results["pii+abuse"]["per_s"] / results["pii"]["per_s"]
        print(f"{'':<46} with abuse: {ratio:.0%} of the personal-data path's throughput")


def _best_of(mix: str, repeat: int, rounds: int,
             one_by_one: bool) -> dict[str, dict[str, float]]:  # fmt: skip
    """Each engine's best run over ``rounds`` processes, the two engines taking turns."""
    results: dict[str, dict[str, float]] = {}
    for _ in range(rounds):
        for engine in ("pii", "pii+abuse"):
            r = run_on_one_core(__file__, "--engine", engine, "--mix", mix, "--repeat", str(repeat),
                                *_mode_args(one_by_one))  # fmt: skip
            if engine not in results or r["per_s"] > results[engine]["per_s"]:
                results[engine] = r
    return results


def by_share(shares: list[float], repeat: int, rounds: int, one_by_one: bool) -> None:
    """The ratio of the two engines' throughputs as the share of abusive comments grows."""
    print(f"\nby share of abusive comments ({SHARE_SIZE} comments of the labelled corpora each), "
          f"best of {rounds} rounds x {repeat} passes; {_mode(one_by_one)}")
    print(f"{'abusive':>8} {'personal data/s':>16} {'+ abuse/s':>10} {'ratio':>6}")
    for share in shares:
        results = _best_of(f"share={share}", repeat, rounds, one_by_one)
        pii, both = results["pii"]["per_s"], results["pii+abuse"]["per_s"]
        print(f"{share:>8.0%} {pii:>16,.0f} {both:>10,.0f} {both / pii:>6.0%}")


@contextmanager
def analysis_done(answers: dict[tuple[Any, ...], Any]) -> Iterator[None]:
    """Within it, the abuse detectors take each analysis from ``answers``, which the first
    request for it fills: once full, what a review costs beyond the personal-data path is
    the abuse detections, the actions and their French reasons, nothing of the reading."""
    from civicmod.detectors.abuse import detectors

    namespace = vars(detectors)  # the name the detectors call, not the cached function itself
    real: Callable[..., Any] = namespace["analyse"]

    def remembered(*args: Any) -> Any:
        if args not in answers:
            answers[args] = real(*args)
        return answers[args]

    namespace["analyse"] = remembered
    try:
        yield
    finally:
        namespace["analyse"] = real


def _breakdown(repeat: int, rounds: int, one_by_one: bool = False) -> dict[str, float]:
    """Microseconds a comment of each variant on the abusive comments, in this process, the
    variants taking turns pass by pass; each keeps its best pass."""
    from civicmod import Comment
    from civicmod.detectors.abuse.analysis import analyse
    from civicmod.detectors.abuse.lexicon import load_lexicon

    texts = _abusive_and_other()[0]
    items = [Comment(text=t) for t in texts]
    pii, both = _moderator(PII), _moderator(PII + ABUSE)
    both.warm_up()
    pii.warm_up(freeze=True)
    lexicon = load_lexicon()
    answers: dict[tuple[Any, ...], Any] = {}

    def with_analysis_done() -> None:
        with analysis_done(answers):
            _reviewer(both, items, one_by_one)()

    def analysis_alone() -> None:
        for text in texts:
            analyse(text, "", lexicon, None)

    passes: dict[str, Callable[[], None]] = {
        "personal data only": _reviewer(pii, items, one_by_one),
        "+ abuse": _reviewer(both, items, one_by_one),
        "+ abuse, its analysis already done": with_analysis_done,
        "the abuse analysis alone": analysis_alone,
    }
    for run in passes.values():
        run()  # warm: the per-word caches, the table of analyses
    best = dict.fromkeys(passes, float("inf"))
    for _ in range(rounds * repeat):
        for name, run in passes.items():
            best[name] = min(best[name], _timed(run))
    return {name: seconds / len(items) * 1e6 for name, seconds in best.items()} | {
        "comments": len(items)
    }


def _timed(run: Callable[[], None]) -> float:
    clear_text_caches()
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def breakdown(repeat: int, rounds: int, one_by_one: bool) -> None:
    """Where an abusive comment's time goes, and the best ratio a free abuse reader would give."""
    r = run_on_one_core(__file__, "--breakdown-json", "--repeat", str(repeat),
                        "--rounds", str(rounds), *_mode_args(one_by_one))  # fmt: skip
    print(f"\nwhere an abusive comment's time goes ({r.pop('comments'):.0f} abusive comments of "
          f"the labelled corpora, one process, one core, best of {rounds * repeat} passes each; "
          f"{_mode(one_by_one)})")
    for name, us in r.items():
        print(f"  {name:<38} {us:>7.1f} µs a comment")
    pii = r["personal data only"]
    print(f"  with abuse: {pii / r['+ abuse']:.0%} of the personal-data path's throughput; with "
          f"every analysis already done: {pii / r['+ abuse, its analysis already done']:.0%}, "
          "the best any abuse reader could give")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--repeat", type=int, default=3, help="passes per process")
    parser.add_argument("--rounds", type=int, default=3, help="processes per engine, in turns")
    parser.add_argument("--errors", type=int, default=0, help="print this many errors per kind")
    parser.add_argument("--engine", choices=["pii", "pii+abuse"], help=argparse.SUPPRESS)
    parser.add_argument("--mix", help=argparse.SUPPRESS)
    parser.add_argument("--skip-external", action="store_true", help="throughput only")
    parser.add_argument("--shares", default="0,10,20,30,40,50",
                        help="percentages of abusive comments, comma-separated")
    parser.add_argument("--skip-shares", action="store_true", help="no mixes by share of abuse")
    parser.add_argument("--skip-breakdown", action="store_true",
                        help="no breakdown of an abusive comment's time")
    parser.add_argument("--breakdown-json", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--one-by-one", action="store_true",
                        help="one Moderator.review call a comment, not batches (review_many)")
    args = parser.parse_args()
    if args.engine:
        print(json.dumps(_run(args.engine, args.mix, args.repeat, args.one_by_one)))
        return
    if args.breakdown_json:
        print(json.dumps(_breakdown(args.repeat, args.rounds, args.one_by_one)))
        return
    if not args.skip_external:
        external(Path(args.data), args.errors)
    throughput(args.repeat, args.rounds, args.one_by_one)
    if not args.skip_shares:
        shares = [float(x) / 100 for x in args.shares.split(",")]
        by_share(shares, args.repeat, args.rounds, args.one_by_one)
    if not args.skip_breakdown:
        breakdown(args.repeat, args.rounds, args.one_by_one)


if __name__ == "__main__":
    main()
