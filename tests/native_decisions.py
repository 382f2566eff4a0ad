"""Print every decision on the labelled corpora, as JSON lines (``tests/test_native.py``).

Run it with ``CIVICMOD_PURE_PYTHON=1`` and without, and compare: the hot modules
load from their source in the first run, compiled in the second.
"""

from __future__ import annotations

from pathlib import Path

CORPUS = Path(__file__).resolve().parent / "corpus"


def _config_for(corpus: Path) -> Path | None:
    own = corpus.with_suffix(".toml")
    if own.exists():
        return own
    if corpus.name.startswith("requests"):
        return CORPUS / "requests.toml"
    return None


def main() -> None:
    from civicmod import Config, Moderator, load_corpus, native_modules

    print(f"# native: {len(native_modules())}")
    for corpus in sorted(CORPUS.glob("*.jsonl")):
        config = _config_for(corpus)
        mod = Moderator(Config.from_toml(config) if config else Config())
        for example in load_corpus(corpus):
            print(mod.review(example.item).model_dump_json())


if __name__ == "__main__":
    main()
