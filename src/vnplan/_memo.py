"""Caches keyed on the *shape* of a phrase (its sequence of grammar terminals), never on its text.

vnplan caches nothing keyed on document text: a cache over texts makes a benchmark that parses
the same documents again measure the cache, and grows with the input. What a grammar decides
for a sequence of terminal types (``SERIAL DASH CODE SLASH CODE``) does not depend on the
values, and a few dozen shapes cover real documents, so readers cache that, like a lazily
built automaton, and fill in the values per phrase. Such caches are declared with
:func:`by_shape`, and ``benchmarks/throughput.py`` clears every other bounded cache before each
document.

>>> @by_shape
... def width(kinds: tuple[str, ...]) -> int:
...     return len(kinds)
>>> width(("SERIAL", "DASH", "CODE")), width in SHAPE_CACHES
(3, True)
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")

SHAPE_CACHES: list[Callable[..., object]] = []
"""Every function declared with :func:`by_shape`."""

MAX_SHAPES = 4096
"""Shapes kept per reader (bounded: junk input can make endless shapes)."""


def by_shape(function: Callable[P, R]) -> Callable[P, R]:
    """Cache ``function``, whose arguments are terminal types and never text, and register it."""
    cached = functools.lru_cache(maxsize=MAX_SHAPES)(function)
    SHAPE_CACHES.append(cached)
    return cached  # type: ignore[return-value]
