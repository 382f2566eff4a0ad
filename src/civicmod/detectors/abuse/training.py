"""Fit the abuse model (:mod:`civicmod.detectors.abuse.model`) on labelled corpora.

Why here: a page with its own labelled comments can refit the model on them, as the
repository does on its own corpora, and check it with the same code. A record is a
positive when it is to be deleted for abuse (:func:`abusive`: ``delete_comment`` and an
``abuse.*`` finding expected); every other comment and private message is a negative
(criticism, requests, personal data, hard negatives, and spam, which the spam detector
handles).

Training is plain stochastic gradient descent on a weighted logistic loss, with a
seeded order: the same corpora and settings give the same file, byte for byte.

    python -m civicmod.detectors.abuse.training tests/corpus/*.jsonl --out model.json

>>> m = fit([("bande de connards", True), ("merci pour l'info", False)] * 5, epochs=5)
>>> m.score("bande de connards") > m.score("merci pour l'info")
True
"""

from __future__ import annotations

import argparse
import math
import random
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

from civicmod.detectors.abuse.lexicon import load_lexicon
from civicmod.detectors.abuse.model import AbuseModel, features, sigmoid
from civicmod.evaluation.corpus import Example, load_corpus
from civicmod.lexicon import Lexicon
from civicmod.models import Comment

DEFAULTS: dict[str, float] = {"epochs": 15, "rate": 0.1, "l2": 1e-4, "min_count": 2, "seed": 0,
                              "prune": 0.1}  # fmt: skip
"""The settings the bundled model was fitted with."""


def abusive(example: Example) -> bool:
    """Whether a labelled record is to be deleted for abuse (not for spam)."""
    return any(a.kind == "delete_comment" for a in example.actions) and any(
        d.category.startswith("abuse.") for d in example.detections
    )


def labelled(paths: Iterable[str | Path]) -> tuple[list[tuple[str, bool]], list[str]]:
    """The comments of labelled corpora as ``(text, to_delete)``, and a line per corpus."""
    examples: list[tuple[str, bool]] = []
    names: list[str] = []
    for path in paths:
        n = 0
        for ex in load_corpus(path):
            if not isinstance(ex.item, Comment):
                continue
            examples.append((ex.item.text, abusive(ex)))
            n += 1
        names.append(f"{Path(path).name} ({n})")
    return examples, names


def fit(
    examples: Sequence[tuple[str, bool]],
    *,
    epochs: float = DEFAULTS["epochs"],
    rate: float = DEFAULTS["rate"],
    l2: float = DEFAULTS["l2"],
    min_count: float = DEFAULTS["min_count"],
    seed: float = DEFAULTS["seed"],
    prune: float = DEFAULTS["prune"],
    trained_on: Sequence[str] = (),
    lexicon: Lexicon | None = None,
) -> AbuseModel:
    """A model fitted on ``examples``; positives weigh as much, in all, as negatives.

    ``lexicon`` reads the texts as a page's detector will (a page's extra lexicon files
    change how disguised words are read); civicmod's own by default."""
    rows = [(sorted(set(features(text, lexicon))), bool(y)) for text, y in examples]
    counts = Counter(f for feats, _ in rows for f in feats)
    kept = {f for f, c in counts.items() if c >= min_count}
    positives = sum(y for _, y in rows)
    pos_weight = (len(rows) - positives) / positives if positives else 1.0
    weights: dict[str, float] = {}
    bias = 0.0
    order = list(range(len(rows)))
    for epoch in range(int(epochs)):
        random.Random(int(seed) * 1000 + epoch).shuffle(order)
        for i in order:
            feats, y = rows[i]
            norm = math.sqrt(len(feats) or 1)
            used = [f for f in feats if f in kept]
            z = bias + sum(weights.get(f, 0.0) for f in used) / norm
            p = sigmoid(z)
            g = (p - y) * (pos_weight if y else 1.0)
            step = rate * g / norm
            for f in used:
                w = weights.get(f, 0.0)
                weights[f] = w - step - rate * l2 * w
            bias -= rate * g
    settings = {"epochs": epochs, "rate": rate, "l2": l2, "min_count": min_count, "seed": seed,
                "prune": prune}  # fmt: skip
    return AbuseModel(
        weights={f: w for f, w in weights.items() if abs(w) >= prune},
        bias=bias,
        trained_on=tuple(trained_on),
        settings=settings,
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m civicmod.detectors.abuse.training",
        description="Fit civicmod's abuse model on labelled JSONL corpora.",
    )
    parser.add_argument("corpora", nargs="+", help="labelled JSONL corpora (civicmod's format)")
    parser.add_argument("--out", required=True, help="where to write the model file")
    parser.add_argument("--lexicon", action="append", default=[],
                        help="a page's extra abuse-lexicon file, as in [moderation] lexicon")  # fmt: skip
    args = parser.parse_args(argv)
    examples, names = labelled(args.corpora)
    if not any(y for _, y in examples) or all(y for _, y in examples):
        print("the corpora need both comments to delete and comments to keep", file=sys.stderr)
        return 2
    model = fit(examples, trained_on=names, lexicon=load_lexicon(tuple(args.lexicon)))
    model.save(args.out)
    print(f"{args.out}: {len(model.weights)} weights from {len(examples)} comments", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
