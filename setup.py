"""Compile civicmod's hot modules with mypyc when this machine can; else install pure Python.

The modules of ``civicmod.native.HOT`` read every comment word by word (normalisation, lexicon
tagging, pattern matching, the reply signals, resource matching). Compiled by
mypyc, the typed Python already checked by ``mypy --strict``, they run up to 1.9×
as fast (the default pipeline 1.4×); nothing else changes: the same source, the same decisions
(``tests/test_native.py``). Without a C compiler, or with
``CIVICMOD_PURE_PYTHON=1`` in the environment, civicmod installs as pure
Python and works the same, slower. ``civicmod.native_modules()`` says which
case an installation is in. Everything else is in ``pyproject.toml``.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

from setuptools import setup
from setuptools.command.build_ext import build_ext

ROOT = Path(__file__).resolve().parent


def _native() -> ModuleType:
    """``civicmod/native.py`` alone (it imports only the standard library): the list of hot
    modules and the ``CIVICMOD_PURE_PYTHON`` switch live there, once."""
    path = ROOT / "src" / "civicmod" / "native.py"
    spec = importlib.util.spec_from_file_location("_civicmod_native", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


NATIVE = _native()


def hot_sources() -> list[str]:
    """The source files of ``civicmod.native.HOT``, as mypyc wants them."""
    return ["src/" + name.replace(".", "/") + ".py" for name in NATIVE.HOT]


class OptionalBuildExt(build_ext):
    """Build every native module or none: a failed compilation leaves pure Python behind."""

    def run(self) -> None:
        try:
            super().run()
        except Exception as exc:  # no compiler, no headers: the pure-Python package still works
            for path in self._built():
                path.unlink(missing_ok=True)
            print(f"civicmod: native modules not built ({exc}); installing pure Python",
                  file=sys.stderr)  # fmt: skip
            return
        for path in self._built():
            path.touch()  # an unchanged C file is not recompiled: date the build, not the C

    def _built(self) -> list[Path]:
        """Every compiled file of this build: in the build directory and beside the sources."""
        build_py = self.get_finalized_command("build_py")
        paths = [Path(p) for p in self.get_outputs()]
        for ext in self.extensions:
            fullname = self.get_ext_fullname(ext.name)
            package = build_py.get_package_dir(".".join(fullname.split(".")[:-1]))
            paths.append(Path(package) / os.path.basename(self.get_ext_filename(fullname)))
        return [p for p in paths if p.exists()]


def _remove_earlier_builds() -> None:
    """A compiled file left by an earlier build would run instead of a pure-Python install,
    or outlive a module dropped from the list: every build starts without them."""
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    for tree in (ROOT / "src" / "civicmod", *ROOT.glob("build/lib*/civicmod")):
        for path in tree.rglob("*"):
            if path.name.endswith(suffixes):
                path.unlink()


def _extensions() -> list[object]:
    if NATIVE.pure_python_wanted():
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        return []
    try:
        return list(mypycify(hot_sources(), opt_level="3", group_name="civicmod._native"))
    except (Exception, SystemExit) as exc:  # mypyc cannot compile this source: pure Python
        print(f"civicmod: mypyc failed ({exc}); installing pure Python", file=sys.stderr)
        return []


if __name__ == "__main__":  # setuptools runs this file as __main__; tests import it
    _remove_earlier_builds()
    setup(ext_modules=_extensions(), cmdclass={"build_ext": OptionalBuildExt})
