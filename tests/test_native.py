"""The modules compiled by mypyc decide exactly as their Python source does.

``setup.py`` compiles the hot modules when it can. A compiled module is the
same source, but it checks its type annotations at run time and its functions
carry no doctests pytest can collect, so these tests compare the two builds on
every labelled corpus and run the compiled modules' doctests from source.
"""

from __future__ import annotations

import doctest
import importlib.machinery
import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

from civicmod import native_modules
from civicmod.native import HOT, is_stale, pure_python_wanted

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"
COMPILED = bool(native_modules())


def _setup_hot() -> list[str]:
    spec = importlib.util.spec_from_file_location("_civicmod_setup", ROOT / "setup.py")
    assert spec is not None and spec.loader is not None
    setup = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(setup)  # not as __main__: it defines, it does not build
    paths: list[str] = setup.hot_sources()
    return paths


def test_setup_compiles_the_modules_civicmod_names() -> None:
    names = [p.removeprefix("src/").removesuffix(".py").replace("/", ".") for p in _setup_hot()]
    assert names == list(HOT)
    assert all((ROOT / p).is_file() for p in _setup_hot())


def test_every_hot_module_is_compiled_or_none() -> None:
    assert native_modules() in ((), HOT)


@pytest.mark.skipif(not os.environ.get("CIVICMOD_EXPECT_NATIVE"),
                    reason="CIVICMOD_EXPECT_NATIVE unset: a machine may lack a C compiler")  # fmt: skip
def test_a_machine_with_a_compiler_runs_the_compiled_build() -> None:
    """CI sets it: without this, a build that silently fell back to pure Python would skip
    every comparison below and pass."""
    assert native_modules() == HOT


def test_no_compiled_file_shadows_a_module_setup_py_does_not_build() -> None:
    """A compiled file left behind (a module dropped from the list) would run instead of
    its edited source, and nothing else would say so."""
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    built = {
        ".".join(p.relative_to(SRC).with_name(p.name.split(".", 1)[0]).parts)
        for p in (SRC / "civicmod").rglob("*")
        if p.name.endswith(suffixes)
    }
    assert built - {"civicmod._native__mypyc"} <= set(HOT)


@pytest.mark.skipif(not COMPILED, reason="pure-Python installation: nothing to compare")
def test_compiled_and_source_decide_the_same_on_every_corpus() -> None:
    script = str(ROOT / "tests" / "native_decisions.py")
    env = {k: v for k, v in os.environ.items() if k != "CIVICMOD_PURE_PYTHON"}

    def run(**extra: str) -> list[str]:
        out = subprocess.run([sys.executable, script], check=True, capture_output=True,
                             text=True, env={**env, **extra}, cwd=ROOT).stdout  # fmt: skip
        return out.splitlines()

    compiled, pure = run(), run(CIVICMOD_PURE_PYTHON="1")
    assert compiled[0] == f"# native: {len(HOT)}"
    assert pure[0] == "# native: 0"
    assert len(compiled) > 6000
    assert compiled[1:] == pure[1:]


@pytest.mark.skipif(not COMPILED, reason="pure-Python installation: pytest collects them itself")
@pytest.mark.parametrize("name", HOT)
def test_doctests_of_compiled_modules_pass_on_their_source(name: str) -> None:
    path = SRC / (name.replace(".", "/") + ".py")
    private = f"_civicmod_source_{name.rsplit('.', 1)[-1]}"
    spec = importlib.util.spec_from_file_location(private, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[private] = module
    try:
        spec.loader.exec_module(module)
        result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    finally:
        del sys.modules[private]
    assert result.failed == 0
    assert result.attempted > 0


def test_a_source_edited_after_its_build_is_stale(tmp_path: Path) -> None:
    source, compiled = tmp_path / "m.py", tmp_path / "m.so"
    source.write_text("x = 1\n")
    compiled.write_bytes(b"")
    os.utime(compiled, (1_000_000, 1_000_000))
    os.utime(source, (1_000_001, 1_000_001))
    assert not is_stale(source, compiled)  # written a moment apart by an installer
    os.utime(source, (1_000_100, 1_000_100))
    assert is_stale(source, compiled)
    assert not is_stale(tmp_path / "missing.py", compiled)


@pytest.mark.parametrize(("value", "wanted"), [("1", True), ("yes", True), ("", False),
                                               ("0", False), ("false", False), (" No ", False)])  # fmt: skip
def test_pure_python_is_asked_for_by_a_true_value_only(
    monkeypatch: pytest.MonkeyPatch, value: str, wanted: bool
) -> None:
    monkeypatch.setenv("CIVICMOD_PURE_PYTHON", value)
    assert pure_python_wanted() is wanted
