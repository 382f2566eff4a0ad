"""Print every decision on the labelled corpora, as JSON lines (``tests/test_native.py``).

``--pure`` loads the modules ``setup.py`` compiles from their Python source
instead, so that the two runs can be compared byte for byte.
"""

from __future__ import annotations

import ast
import importlib.abc
import importlib.util
import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType

CORPUS = Path(__file__).resolve().parent / "corpus"
SRC = Path(__file__).resolve().parent.parent / "src"


class PureSource(importlib.abc.MetaPathFinder):
    """Finds the hot modules' ``.py`` files before the import system finds their compiled ones."""

    def __init__(self, names: Sequence[str]) -> None:
        self.names = frozenset(names)

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if fullname not in self.names:
            return None
        return importlib.util.spec_from_file_location(
            fullname, SRC / (fullname.replace(".", "/") + ".py")
        )


def hot_modules() -> tuple[str, ...]:
    """``civicmod.native.HOT``, read without importing civicmod (which would load them)."""
    tree = ast.parse((SRC / "civicmod" / "native.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and ast.unparse(node.targets[0]) == "HOT":
            names: tuple[str, ...] = ast.literal_eval(node.value)
            return names
    raise LookupError("HOT not found in civicmod/native.py")


def _config_for(corpus: Path) -> Path | None:
    own = corpus.with_suffix(".toml")
    if own.exists():
        return own
    if corpus.name.startswith("requests"):
        return CORPUS / "requests.toml"
    return None


def main(argv: list[str]) -> None:
    if "--pure" in argv:
        sys.meta_path.insert(0, PureSource(hot_modules()))
    from civicmod import Config, Moderator, load_corpus, native_modules

    print(f"# native: {len(native_modules())}")
    for corpus in sorted(CORPUS.glob("*.jsonl")):
        config = _config_for(corpus)
        mod = Moderator(Config.from_toml(config) if config else Config())
        for example in load_corpus(corpus):
            print(mod.review(example.item).model_dump_json())


if __name__ == "__main__":
    main(sys.argv[1:])
