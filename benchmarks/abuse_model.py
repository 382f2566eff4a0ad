"""The abuse model on text it never saw: each abuse corpus held out in turn.

For every labelled corpus of ``tests/corpus``, a model is fitted on all the other corpora of
the repository (``civicmod.detectors.abuse.training``, the bundled settings) and
scored on the held-out one. Printed per corpus, at the review threshold
(``--threshold``, the default of ``[moderation] model_threshold``):

- the model alone: precision and recall of « to delete for abuse » (``delete_comment``
  and an ``abuse.*`` finding expected; spam is the spam detector's), and how many hard
  negatives it would send to a person;
- with the lexicon, as a page runs them: the share of those comments that are
  either deleted by the lexicon or sent to a person by the model (« caught »), the
  hard negatives sent to a person, and all the comments to keep sent to a person
  (the review load the model adds; the replies and personal-data corpora are
  ordinary traffic).

The lexicon has been tuned on every abuse corpus but the newest blind one, so the
« caught » figure is unseen text only there; the model's own figures are unseen text
everywhere. Then the bundled model's cost: microseconds a comment and the memory it
holds.

    python benchmarks/abuse_model.py [--threshold 0.5] [--only abuse_blind7.jsonl]
"""

from __future__ import annotations

import argparse
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from civicmod import Config, Moderator
from civicmod.detectors.abuse.analysis import words_of
from civicmod.detectors.abuse.lexicon import load_lexicon
from civicmod.detectors.abuse.model import read_model
from civicmod.detectors.abuse.training import abusive, fit, labelled
from civicmod.evaluation.corpus import load_corpus
from civicmod.models import Comment

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"


def held_out(name: str, threshold: float, lexicon: Moderator) -> str:
    others = sorted(p for p in CORPUS.glob("*.jsonl") if p.name != name)
    examples, _ = labelled(others)
    model = fit(examples)
    rows = [ex for ex in load_corpus(CORPUS / name) if isinstance(ex.item, Comment)]
    decisions = lexicon.review_many(ex.item for ex in rows)
    tp = fp = fn = hn = hn_flag = caught = hn_review = positives = kept_review = 0
    for ex, decision in zip(rows, decisions, strict=True):
        assert isinstance(ex.item, Comment)
        gold = abusive(ex)
        flagged = model.score(ex.item.text) >= threshold
        deleted = "delete_comment" in decision.kinds
        negative = "hard_negative" in ex.tags
        tp += gold and flagged
        fp += flagged and not gold
        fn += gold and not flagged
        positives += gold
        caught += gold and (deleted or flagged)
        kept_review += flagged and not gold and not deleted
        if negative:
            hn += 1
            hn_flag += flagged
            hn_review += flagged and not deleted
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return (f"{name:24} {len(rows):5}  {p:6.3f} {r:6.3f} {hn_flag:4}/{hn:<4}  "
            f"{caught / positives if positives else 1.0:6.3f}  {hn_review:4}/{hn:<4}  "
            f"{kept_review:4}/{len(rows) - positives:<4}")  # fmt: skip


def cost(threshold: float) -> str:
    texts = [ex.item.text for p in sorted(CORPUS.glob("*.jsonl")) for ex in load_corpus(p)
             if isinstance(ex.item, Comment)]  # fmt: skip
    tracemalloc.start()
    model = read_model(ROOT / "src" / "civicmod" / "data" / "abuse" / "model.json")
    held = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    lexicon = load_lexicon()
    forms = [words_of(t, lexicon).forms for t in texts]

    def best(run: Callable[[], object]) -> float:
        times = []
        for _ in range(3):
            start = time.perf_counter()
            run()
            times.append(time.perf_counter() - start)
        return min(times) / len(texts) * 1e6

    scoring = best(lambda: [model.logit(f) for f in forms])
    def read_and_score() -> None:
        words_of.cache_clear()
        for t in texts:
            model.score(t, lexicon)

    cold = best(read_and_score)
    flagged = sum(model.score(t) >= threshold for t in texts)
    return (f"bundled model: {len(model.weights)} weights, {held / 1e6:.1f} MB held; "
            f"{scoring:.1f} µs a comment when the abuse analysis has read its words (as in a "
            f"review), {cold:.1f} µs reading them too; {len(texts)} comments, {flagged} at or "
            f"above {threshold}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--threshold", type=float, default=Config().moderation.model_threshold)
    parser.add_argument("--only", action="append", default=[], help="a corpus file name")
    args = parser.parse_args()
    names = args.only or sorted(p.name for p in CORPUS.glob("*.jsonl") if p.name != "public_sphere.jsonl")
    lexicon = Moderator(Config.model_validate({"detectors": {"disable": ["abuse_model"]}}))
    print(f"threshold {args.threshold}; each corpus held out, the model fitted on all the others")
    print(f"{'corpus':24} {'n':>5}  {'P':>6} {'R':>6} {'HN flagged':>9}  {'caught':>6}  {'HN to review':>9}  {'kept to review':>9}")
    for name in names:
        print(held_out(name, args.threshold, lexicon), flush=True)
    print(cost(args.threshold))


if __name__ == "__main__":
    main()
