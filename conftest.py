"""Doctests see the models without importing them in every module."""

import pytest

import civicmod


@pytest.fixture(autouse=True)
def _doctest_names(doctest_namespace: dict[str, object]) -> None:
    doctest_namespace["Comment"] = civicmod.Comment
    doctest_namespace["civicmod"] = civicmod
