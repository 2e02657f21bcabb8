"""Where the time of ``vnplan.parse`` goes: milliseconds per document for each stage.

    python benchmarks/stages.py               # 2–10 KB corpus documents, 30 rounds
    python benchmarks/stages.py --rounds 100

Each stage function that :mod:`vnplan.api` calls is wrapped with a timer (CPU time of this
process, so a busy neighbour on a shared machine moves the figures less); the wrappers cost
about a microsecond a call. As in ``throughput.py``, caches that could be keyed on text are
cleared before each document. Stages nest only where the pipeline nests them (``read_deadlines``
includes its date scan, shown on its own line as well).
"""

from __future__ import annotations

import argparse
import collections
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import corpus_texts, parse_unseen

import vnplan
from vnplan import api, dates, deadlines, docnumber, header, recipients, references, signature

SPENT: collections.Counter[str] = collections.Counter()

STAGES: list[tuple[Any, str, str]] = [
    (api, "normalise", "normalise"),
    (api, "segment", "segment"),
    (docnumber, "scan", "docnumber.scan"),
    (header, "place_and_date", "header.place_and_date"),
    (header, "issuer_from_header", "header.issuer_from_header"),
    (header, "issuer_from_body", "header.issuer_from_body"),
    (header, "trim_title", "header.trim_title"),
    (references, "references_in", "references.references_in"),
    (deadlines, "addressee_level", "deadlines.addressee_level"),
    (deadlines, "read_deadlines", "deadlines.read_deadlines"),
    (dates, "scan_phrases", "  of which dates.scan_phrases"),
    (recipients, "read_recipients", "recipients.read_recipients"),
    (signature, "read_signature", "signature.read_signature"),
    (signature, "read_unmarked_signature", "signature.read_unmarked_signature"),
    (api, "Plan", "models.Plan"),
]


def timed(function: Callable[..., Any], label: str) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            SPENT[label] += time.process_time() - start

    return wrapper


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args(argv)
    for module, name, label in STAGES:
        setattr(module, name, timed(getattr(module, name), label))
    texts = list(corpus_texts().values())
    for text in texts:  # warm-up
        vnplan.parse(text)
    parse = parse_unseen(vnplan.parse)  # as benchmarks/throughput.py: each document as never seen
    SPENT.clear()
    start = time.process_time()
    for _ in range(args.rounds):
        for text in texts:
            parse(text)
    n = args.rounds * len(texts)
    total = (time.process_time() - start) / n * 1000
    print(f"{'stage':40s} ms/doc")
    for label, seconds in sorted(SPENT.items(), key=lambda kv: -kv[1]):
        print(f"{label:40s} {seconds / n * 1000:6.3f}")
    print(f"{'parse, in all':40s} {total:6.3f}   ({1000 / total:,.0f} docs/s; {len(texts)} documents)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
