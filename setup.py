"""Compile civicmod's hot modules with mypyc when this machine can; else install pure Python.

The modules below read every comment word by word (normalisation, lexicon
tagging, pattern matching, the reply signals, resource matching). Compiled by
mypyc, the typed Python already checked by ``mypy --strict``, they run about
twice as fast; nothing else changes: the same source, the same decisions
(``tests/test_native.py``). Without a C compiler, or with
``CIVICMOD_PURE_PYTHON=1`` in the environment, civicmod installs as pure
Python and works the same, slower. ``civicmod.native_modules()`` says which
case an installation is in. Everything else is in ``pyproject.toml``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext

HOT = (
    "civicmod/text/fold.py",
    "civicmod/text/normalize.py",
    "civicmod/text/stem.py",
    "civicmod/lexicon/patterns.py",
    "civicmod/lexicon/prefilter.py",
    "civicmod/lexicon/lexicon.py",
    "civicmod/detectors/abuse/analysis.py",
    "civicmod/detectors/replies/signals.py",
    "civicmod/detectors/replies/relevance.py",
    "civicmod/resources.py",
)
"""Kept in step with ``civicmod.native.HOT`` (a test checks it)."""


class OptionalBuildExt(build_ext):
    """Build every native module or none: a failed compilation leaves pure Python behind."""

    def run(self) -> None:
        try:
            super().run()
        except Exception as exc:  # no compiler, no headers: the pure-Python package still works
            for output in self.get_outputs():
                Path(output).unlink(missing_ok=True)
            print(f"civicmod: native modules not built ({exc}); installing pure Python",
                  file=sys.stderr)  # fmt: skip


def _extensions() -> list[object]:
    if os.environ.get("CIVICMOD_PURE_PYTHON"):
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        return []
    try:
        return list(mypycify([f"src/{m}" for m in HOT], opt_level="3",
                             group_name="civicmod._native"))  # fmt: skip
    except (Exception, SystemExit) as exc:  # mypyc cannot compile this source: pure Python
        print(f"civicmod: mypyc failed ({exc}); installing pure Python", file=sys.stderr)
        return []


setup(ext_modules=_extensions(), cmdclass={"build_ext": OptionalBuildExt})
