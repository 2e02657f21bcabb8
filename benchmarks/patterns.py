"""Which compiled patterns the time of ``vnplan.parse`` goes to: microseconds per document for each.

    python benchmarks/patterns.py               # 2–10 KB corpus documents, 20 rounds, top 40
    python benchmarks/patterns.py --rounds 40 --top 80

``re.compile`` and ``regex.compile`` are replaced before ``vnplan`` is imported, so every pattern its
modules compile (at import or on first use) comes back wrapped: each call of a method (``search``,
``match``, ``finditer``, ``sub``...) is timed, and so is each step of the iterator ``finditer`` returns.
Patterns are labelled with the engine, the ``vnplan`` module and line that compiled them, and the
pattern's first characters. A whole-text scan shows as one call a document with a high figure; a
pattern tried at many places as many calls. The wrappers cost ~0.3 µs a call, so the figures are a
guide to where to look (``stages.py`` for the stages, callgrind for a before/after), not a measure.
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import regex

sys.path.insert(0, str(Path(__file__).resolve().parent))

SPENT: collections.Counter[str] = collections.Counter()  # ns by pattern label
CALLS: collections.Counter[str] = collections.Counter()
TIMING = [False]  # on during the measured rounds only


class TimedPattern:
    """A compiled pattern whose method calls add their time to :data:`SPENT` under ``label``."""

    __slots__ = ("label", "pattern")

    def __init__(self, pattern: Any, label: str) -> None:
        self.pattern, self.label = pattern, label

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self.pattern, name)
        if not callable(attribute):
            return attribute  # (a method is wrapped even before the timing starts: a lazy pattern keeps it)
        if name == "finditer":
            return self._timed_iterator(attribute)
        return self._timed(attribute)

    def _timed(self, method: Callable[..., Any]) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            if not TIMING[0]:
                return method(*args, **kwargs)
            start = time.perf_counter_ns()
            try:
                return method(*args, **kwargs)
            finally:
                SPENT[self.label] += time.perf_counter_ns() - start
                CALLS[self.label] += 1

        return call

    def _timed_iterator(self, method: Callable[..., Iterator[Any]]) -> Callable[..., Iterator[Any]]:
        def call(*args: Any, **kwargs: Any) -> Iterator[Any]:
            if not TIMING[0]:
                yield from method(*args, **kwargs)
                return
            CALLS[self.label] += 1
            matches = method(*args, **kwargs)
            while True:
                start = time.perf_counter_ns()
                found = next(matches, None)
                SPENT[self.label] += time.perf_counter_ns() - start
                if found is None:
                    return
                yield found

        return call


DEFINED_AT: dict[int, str] = {}  # id of a lazy pattern -> where its module defined it


def _recording_definitions(init: Callable[..., None]) -> Callable[..., None]:
    """``LazyPattern.__init__`` that records the line defining the pattern (compiled later, elsewhere)."""

    def record(self: Any, *args: Any, **kwargs: Any) -> None:
        init(self, *args, **kwargs)
        frame = sys._getframe(1)
        while frame.f_back is not None and frame.f_globals.get("__name__") == "vnplan._lazy":
            frame = frame.f_back  # (``lazy_regex`` made it for the module that called it)
        DEFINED_AT[id(self)] = f"{Path(frame.f_code.co_filename).name}:{frame.f_lineno}"

    return record


def _caller_in_vnplan() -> str | None:
    """``module.py:line`` of the ``vnplan`` code compiling a pattern (for a lazy pattern of
    :mod:`vnplan._lazy`, the line that defined it); None when the caller is no ``vnplan`` module
    (Lark's and Pydantic's patterns, even when ``vnplan`` asked them to build a parser)."""
    frame = sys._getframe(2)
    module = frame.f_globals.get("__name__", "")
    if module == "vnplan._lazy":
        return DEFINED_AT.get(id(frame.f_locals.get("self")), "_lazy.py")
    if not module.startswith("vnplan."):
        return None
    return f"{Path(frame.f_code.co_filename).name}:{frame.f_lineno}"


def _wrapping(compile_: Callable[..., Any], engine: str) -> Callable[..., Any]:
    def compile_and_wrap(pattern: Any, flags: int = 0, *args: Any, **kwargs: Any) -> Any:
        compiled = compile_(pattern, flags, *args, **kwargs)
        where = _caller_in_vnplan()
        if where is None:
            return compiled
        return TimedPattern(compiled, f"{engine} {where} {str(pattern)[:60]!r}")

    return compile_and_wrap


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args(argv)
    if any(name == "vnplan" or name.startswith("vnplan.") for name in sys.modules):
        parser.error("vnplan is imported already: its patterns would not be timed")
    re.compile = _wrapping(re.compile, "re")
    regex.compile = _wrapping(regex.compile, "regex")

    from throughput import corpus_texts, parse_unseen  # noqa: PLC0415

    from vnplan import _lazy  # noqa: PLC0415 (after the compile functions are wrapped)

    _lazy.LazyPattern.__init__ = _recording_definitions(_lazy.LazyPattern.__init__)  # type: ignore[method-assign]
    import vnplan  # noqa: PLC0415

    texts = list(corpus_texts().values())
    parse = parse_unseen(vnplan.parse)  # as benchmarks/throughput.py: each document as never seen
    for text in texts:  # warm-up: the patterns built on first use are built
        parse(text)
    TIMING[0] = True
    start = time.process_time()
    for _ in range(args.rounds):
        for text in texts:
            parse(text)
    TIMING[0] = False
    n = args.rounds * len(texts)
    total = (time.process_time() - start) / n * 1e6
    print(f"{'µs/doc':>8} {'calls/doc':>9}  pattern (engine, where compiled, first characters)")
    for label, ns in SPENT.most_common(args.top):
        print(f"{ns / n / 1000:8.2f} {CALLS[label] / n:9.2f}  {label}")
    patterns = sum(SPENT.values()) / n / 1000
    calls = sum(CALLS.values()) / n
    print(f"{patterns:8.2f} {calls:9.2f}  all patterns, of a parse of {total:.0f} µs (timed)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
