"""Every docstring example in the package runs, so the examples cannot drift from the code."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import vnplan

OPTIONAL = {"vnplan.spark"}  # examples there need a Spark session; tests/test_spark.py runs them

MODULES = sorted(
    m.name
    for m in pkgutil.walk_packages(vnplan.__path__, prefix="vnplan.")
    if m.name not in OPTIONAL and m.name != "vnplan.__main__"
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed in {name}"
