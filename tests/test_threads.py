"""``parse`` is safe to share: 8 threads at once give exactly the serial results.

The lazily built parts (Lark parsers, lexicons, compiled patterns behind ``functools`` caches) are
dropped first, so the threads also race to build them on first use.
"""

from __future__ import annotations

import functools
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import vnplan
import vnplan.grammar

DOCS = sorted((Path(__file__).resolve().parent / "fixtures" / "corpus" / "docs").glob("*.txt"))
THREADS = 8


def _clear_lazy_caches() -> int:
    """Empty every ``functools`` cache of the vnplan modules; the number emptied."""
    cleared = 0
    for name, module in list(sys.modules.items()):
        if name != "vnplan" and not name.startswith("vnplan."):
            continue
        for value in list(vars(module).values()):
            if isinstance(value, functools._lru_cache_wrapper):
                value.cache_clear()
                cleared += 1
    return cleared


def _dumps(texts: list[str]) -> list[dict[str, Any]]:
    return [vnplan.parse(text).model_dump() for text in texts]


def test_parse_from_eight_threads_equals_serial() -> None:
    texts = [d.read_text(encoding="utf-8") for d in DOCS]
    serial = _dumps(texts)

    assert _clear_lazy_caches() > 0
    assert vnplan.grammar.get_parser.cache_info().currsize == 0
    start = threading.Barrier(THREADS)

    def worker(offset: int) -> list[tuple[int, dict[str, Any]]]:
        start.wait()  # every thread reaches the first, cold parse together
        order = list(range(offset, len(texts))) + list(range(offset))
        return [(i, vnplan.parse(texts[i]).model_dump()) for i in order]

    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        results = list(pool.map(worker, range(THREADS)))

    assert vnplan.grammar.get_parser.cache_info().currsize > 0  # the grammars were built again
    for per_thread in results:
        assert len(per_thread) == len(texts)
        for i, dump in per_thread:
            assert dump == serial[i], f"thread result differs on {DOCS[i].name}"
