"""vnplan caches nothing keyed on document text (see ``vnplan._memo``).

A bounded cache must be a declared shape cache (keyed on grammar terminal types); an unbounded one
(``functools.cache``: lexicon tables, compiled patterns, grammars) must not grow with the
documents parsed.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import vnplan
from vnplan._memo import SHAPE_CACHES

CORPUS = Path(__file__).parent / "fixtures" / "corpus" / "docs"
# extras (no cache of theirs is at stake) and the command-line entry point, which runs on import
SKIPPED = {"vnplan.spark", "vnplan.plot", "vnplan.tables", "vnplan.__main__"}


def _caches() -> dict[str, Any]:
    found: dict[str, Any] = {}
    for info in pkgutil.walk_packages(vnplan.__path__, "vnplan."):
        if info.name in SKIPPED:
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if callable(getattr(value, "cache_info", None)) and getattr(value, "__module__", "") == info.name:
                found[f"{info.name}.{name}"] = value
    return found


def _is_shape_cache(function: Callable[..., object]) -> bool:
    return any(function is cache for cache in SHAPE_CACHES)


def test_every_bounded_cache_is_a_shape_cache() -> None:
    bounded = [name for name, f in _caches().items() if f.cache_info().maxsize is not None]
    assert bounded, "the grammar readers declare shape caches"
    assert [name for name in bounded if not _is_shape_cache(_caches()[name])] == []


ROTATE_DIGITS = str.maketrans("0123456789", "1234567890")


def _takes_arguments(function: Any) -> bool:
    return bool(inspect.signature(function.__wrapped__).parameters)


def test_some_unbounded_caches_take_arguments() -> None:
    assert any(_takes_arguments(f) for f in _caches().values() if f.cache_info().maxsize is None)


@pytest.mark.timeout(300)
def test_no_cache_grows_with_the_documents() -> None:
    # Every corpus document fills what the lexicon and grammars need; the same documents with
    # other numbers and dates, and words two spaces apart, then take the same paths with new
    # text: no cache may grow.
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    for text in texts:
        vnplan.parse(text)
        vnplan.find_dates(text)
    # (a function of no arguments holds one value at most: made on first use, it cannot grow)
    unbounded = {n: f for n, f in _caches().items() if f.cache_info().maxsize is None and _takes_arguments(f)}
    before = {name: f.cache_info().currsize for name, f in unbounded.items()}
    for text in texts:
        other = text.translate(ROTATE_DIGITS).replace(" ", "  ")
        vnplan.parse(other)
        vnplan.find_dates(other)
    grown = {
        name: (before[name], f.cache_info().currsize)
        for name, f in unbounded.items()
        if f.cache_info().currsize > before[name]
    }
    assert grown == {}
