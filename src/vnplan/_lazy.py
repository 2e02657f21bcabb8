"""Patterns compiled on first use, so that ``import vnplan`` stays cheap.

A module-level ``_X_RE = lazy_regex(r"...")`` reads like a compiled pattern and is one on
first use; compiling the ~80 patterns of the pipeline eagerly would double import time.

>>> WORD = lazy_regex(r"\\p{L}+")
>>> WORD.findall("Kế hoạch 62")
['Kế', 'hoạch']
"""

from __future__ import annotations

from typing import Any

import regex


class LazyPattern:
    """A ``regex`` pattern compiled the first time one of its methods is used.

    Each attribute looked up is then stored on the instance, so later calls go straight to the
    compiled pattern's method without passing through ``__getattr__`` again.
    """

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._pattern = pattern
        self._flags = flags
        self._compiled: Any = None

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):  # copy, pickle and friends probe dunders: not a pattern's
            raise AttributeError(name)
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = regex.compile(self._pattern, self._flags)
        value = getattr(compiled, name)
        setattr(self, name, value)
        return value

    def __repr__(self) -> str:
        return f"lazy_regex({self._pattern!r})"


def lazy_regex(pattern: str, flags: int = 0) -> Any:
    """A pattern compiled on first use (typed as the compiled pattern it stands for)."""
    return LazyPattern(pattern, flags)
