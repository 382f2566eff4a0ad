"""Which of civicmod's hot modules run compiled, and a warning when one is out of date.

``setup.py`` compiles the modules that read every comment word by word with
mypyc when the machine has a C compiler; the same source then runs about twice
as fast (``docs/performance.md``). An installation without them is pure Python
and decides the same. The compiled file shadows its source: after editing one
of these modules in a development checkout, reinstall (``make test`` does) or
the edit is not what runs — :func:`stale_modules` says so at import.

>>> set(native_modules()) <= set(HOT)
True
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import warnings
from pathlib import Path

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
"""The modules ``setup.py`` compiles (a test keeps both lists in step)."""

_SLACK_S = 2.0
"""An installer writes a module's source and its compiled file a moment apart."""


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


def stale_modules() -> tuple[str, ...]:
    """Compiled hot modules whose source beside them is newer: an edit that is not running."""
    stale = []
    for name in native_modules():
        compiled = _origin(name)
        if compiled is None:
            continue
        source = compiled.with_name(compiled.name.split(".", 1)[0] + ".py")
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
