"""A wheel carries every data file the package reads, not only what an editable install sees."""

from __future__ import annotations

import importlib.machinery
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "civicmod"


def test_every_data_file_is_package_data() -> None:
    globs = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
        "setuptools"
    ]["package-data"]["civicmod"]
    built = tuple(importlib.machinery.EXTENSION_SUFFIXES)  # setup.py's compiled modules
    data = {
        p
        for p in PACKAGE.rglob("*")
        if p.is_file() and p.suffix not in (".py", ".pyc") and not p.name.endswith(built)
    }
    shipped = {p for g in globs for p in PACKAGE.glob(g)}
    assert PACKAGE / "data" / "replies" / "synonyms.toml" in data
    assert sorted(str(p.relative_to(PACKAGE)) for p in data - shipped) == []
