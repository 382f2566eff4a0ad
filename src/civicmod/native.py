"""Which of civicmod's hot modules run compiled, and a warning when one is out of date.

``setup.py`` compiles the modules that read every comment word by word with
mypyc when the machine has a C compiler; the same source then runs up to 1.9× as
fast (``docs/performance.md``). An installation without them is pure Python
and decides the same. The compiled file shadows its source: after editing one
of these modules in a development checkout, reinstall (``make test`` does) or
the edit is not what runs — :func:`stale_modules` says so at import.
``CIVICMOD_PURE_PYTHON=1`` in the environment loads the hot modules from their
source even where they are compiled (a profiler, a debugger, a comparison):
``civicmod`` imports this module first so that it can.

>>> set(native_modules()) <= set(HOT)
True
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import importlib.util
import os
import sys
import warnings
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType

HOT = (
    "civicmod.text.fold",
    "civicmod.text.normalize",
    "civicmod.text.stem",
    "civicmod.lexicon.patterns",
    "civicmod.lexicon.prefilter",
    "civicmod.lexicon.lexicon",
    "civicmod.detectors.abuse.analysis",
    "civicmod.detectors.replies.signals",
    "civicmod.detectors.replies.relevance",
    "civicmod.resources",
)
"""The modules ``setup.py`` compiles, and the Makefile's reinstall prerequisites."""

_ROOT = Path(__file__).resolve().parent.parent
"""The directory that holds the ``civicmod`` package."""
_SLACK_S = 2.0
"""An installer writes a module's source and its compiled file a moment apart."""


class _Source(importlib.abc.MetaPathFinder):
    """Finds a hot module's ``.py`` file before the import system finds its compiled one."""

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        source = _ROOT.joinpath(*fullname.split(".")).with_suffix(".py")
        if fullname not in HOT or not source.is_file():
            return None  # no source beside it (an installation without): the usual import
        return importlib.util.spec_from_file_location(fullname, source)


def pure_python_wanted() -> bool:
    """``CIVICMOD_PURE_PYTHON`` set to anything but empty, ``0``, ``false`` or ``no``."""
    value = os.environ.get("CIVICMOD_PURE_PYTHON", "").strip().lower()
    return value not in ("", "0", "false", "no")


def _load_source_if_asked() -> None:
    if pure_python_wanted() and not any(isinstance(f, _Source) for f in sys.meta_path):
        sys.meta_path.insert(0, _Source())


_load_source_if_asked()


def _origin(name: str) -> Path | None:
    spec = importlib.util.find_spec(name)
    return Path(spec.origin) if spec is not None and spec.origin else None


def _is_compiled(path: Path) -> bool:
    return path.name.endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES))


def native_modules() -> tuple[str, ...]:
    """The hot modules this installation loads compiled: all of :data:`HOT`, or none."""
    found = []
    for name in HOT:
        path = _origin(name)
        if path is not None and _is_compiled(path):
            found.append(name)
    return tuple(found)


def is_stale(source: Path, compiled: Path) -> bool:
    """True when ``source`` was changed after ``compiled`` was built from it."""
    try:
        return source.stat().st_mtime > compiled.stat().st_mtime + _SLACK_S
    except OSError:
        return False


def _beside(name: str) -> tuple[Path, Path | None]:
    """A hot module's source file and its compiled file in the package directory, if any.
    (A compiled module's own ``__file__`` is not reliable: mypyc writes it from its group.)"""
    where = _ROOT.joinpath(*name.split("."))
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        compiled = where.with_name(where.name + suffix)
        if compiled.exists():
            return where.with_suffix(".py"), compiled
    return where.with_suffix(".py"), None


def stale_modules() -> tuple[str, ...]:
    """Compiled hot modules whose source beside them is newer: an edit that is not running.

    The compiled code of every module lives in one group library (``_native__mypyc``); a
    rebuild may leave a module's own small file as it was, so the newer of the two counts.
    """
    group = _beside("civicmod._native__mypyc")[1]
    stale = []
    for name in native_modules():
        source, compiled = _beside(name)
        if compiled is None:
            continue
        if group is not None and group.stat().st_mtime > compiled.stat().st_mtime:
            compiled = group
        if is_stale(source, compiled):
            stale.append(name)
    return tuple(stale)


def warn_if_stale() -> None:
    """Warn, once at import, that a development checkout runs an old compiled module."""
    stale = stale_modules()
    if stale:
        warnings.warn(
            f"civicmod: compiled modules older than their source: {', '.join(stale)}; "
            "the source edits do not run until you reinstall (make test, or pip install -e .)",
            RuntimeWarning,
            stacklevel=2,
        )
