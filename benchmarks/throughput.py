"""Throughput of vnplan against dateparser and a single-regex floor, import time and linearity.

    python benchmarks/throughput.py                 # Markdown table
    python benchmarks/throughput.py --json          # the same numbers as JSON
    python benchmarks/throughput.py --profile       # plus cProfile's top 25 (cumulative) for vnplan
    python benchmarks/throughput.py --seconds 5 --skip-linearity

Everything is measured in one run of one process (import time in fresh subprocesses):

* the texts are the dev-corpus documents (``tests/fixtures/corpus/docs``) of 2–10 KB in UTF-8;
* **vnplan**: ``vnplan.parse`` over those texts, round after round, for ``--seconds`` (after one
  warm-up round that builds the grammars). The same texts come back every round, so every cache
  that could be keyed on input text (any bounded ``functools.lru_cache`` in a ``vnplan`` module,
  except the grammar-shape caches declared with ``vnplan._memo.by_shape``; lexicon and grammar
  caches are unbounded ``functools.cache``) is cleared before each document: each is parsed as
  if never seen. The time of the clearing is included; the caches cleared are listed;
* **dateparser**: ``dateparser.search.search_dates(text, languages=["vi"])`` over the same texts
  (extra ``bench``), for the same time or at least one round;
* **regex floor**: one pass of a single compiled pattern, ``vnplan.docnumber.CANDIDATE_RE.finditer``
  (the document-number prefilter), over the same texts;
* **import**: median wall time of ``import vnplan`` in 5 fresh interpreters (measured inside each),
  and of ``import vnplan`` followed by a first ``parse`` of a four-line plan (the cold start: the
  public names load on first use, so this is where Pydantic, Lark and the grammars are paid for);
* **the whole dev corpus**: vnplan, dateparser and the floor again over every corpus document, of any
  size (``--skip-whole-corpus`` to leave it out). The issue's targets are read on the 2–10 KB
  documents above; these rows show how the figures move with size: dateparser's time grows faster
  than the length of a text, vnplan's slower;
* **linearity**: ``parse`` of a 10 MB text over ``parse`` of a 1 MB text, both made by concatenating
  corpus documents (sizes in characters); the best of 5 parses of 1 MB and of 3 of 10 MB, in CPU time of
  this process (a ratio of growth: wall time on a shared machine adds the neighbours' bursts to one side).

Targets (issue 5): ≥ 1,000 documents/s, ≥ 100× dateparser, ≤ 40× the regex floor, import ≤ 0.3 s,
10 MB / 1 MB ≤ 12×.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import platform
import pstats
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import regex

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "fixtures" / "corpus" / "docs"
MB = 1_000_000
MAX_BYTES = 10**9  # no upper bound: every corpus document
SIMPLE_DATE_RE = regex.compile(r"\b\d{1,2}/\d{1,2}/\d{4}\b")  # for context: a much cheaper pattern


def corpus_texts(low: int = 2_000, high: int = 10_000) -> dict[str, str]:
    """The corpus documents whose UTF-8 size is in ``[low, high]`` bytes, by file name."""
    found = {}
    for path in sorted(CORPUS.glob("*.txt")):
        data = path.read_bytes()
        if low <= len(data) <= high:
            found[path.name] = data.decode("utf-8")
    return found


def input_caches() -> list[Any]:
    """The bounded ``lru_cache`` functions of the loaded ``vnplan`` modules (possibly keyed on input),
    but for the shape caches (keyed on terminal types only)."""
    from vnplan._memo import SHAPE_CACHES  # noqa: PLC0415

    found = []
    for name, module in list(sys.modules.items()):
        if name == "vnplan" or name.startswith("vnplan."):
            for value in vars(module).values():
                info = getattr(value, "cache_info", None)
                shape = any(value is cache for cache in SHAPE_CACHES)
                if info is not None and info().maxsize is not None and not shape and value not in found:
                    found.append(value)
    return found


def parse_unseen(parse: Callable[[str], object]) -> Callable[[str], object]:
    """``parse`` with every input-keyed cache cleared first: the text is parsed as never seen."""
    caches = input_caches()

    def work(text: str) -> object:
        for cache in caches:
            cache.cache_clear()
        return parse(text)

    return work


def rate(work: Callable[[str], object], texts: list[str], seconds: float) -> tuple[float, int]:
    """Documents per second of ``work`` over ``texts``, in whole rounds until ``seconds`` have passed."""
    done = 0
    start = time.perf_counter()
    while True:
        for text in texts:
            work(text)
        done += len(texts)
        elapsed = time.perf_counter() - start
        if elapsed >= seconds:
            return done / elapsed, done


FIRST_PARSE = "vnplan.parse('Số 62-KH/TU\\nĐông Hà, ngày 07 tháng 9 năm 2017\\nKẾ HOẠCH\\nTổng kết')"


def import_time(runs: int = 5, *, then: str = "pass") -> float:
    """Median seconds of ``import vnplan`` (and of the statement ``then``) in fresh interpreters."""
    probe = f"import time; t = time.perf_counter(); import vnplan; {then}; print(time.perf_counter() - t)"
    times = [
        float(
            subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
        )
        for _ in range(runs)
    ]
    return statistics.median(times)


def concatenated(size: int) -> str:
    """Corpus documents, one after the other, cut at ``size`` characters."""
    docs = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    block = "\n\n".join(docs) + "\n\n"
    return (block * (size // len(block) + 1))[:size]


def linearity() -> dict[str, float]:
    """Best of 5 parses of 1 MB and best of 3 of 10 MB, in CPU seconds (the best is the least disturbed)."""
    import vnplan  # noqa: PLC0415

    out: dict[str, float] = {}
    for label, size, runs in (("1MB", MB, 5), ("10MB", 10 * MB, 3)):
        text = concatenated(size)
        times = []
        for _ in range(runs):
            start = time.process_time()
            vnplan.parse(text)
            times.append(time.process_time() - start)
        out[f"parse_{label}_s"] = min(times)
    out["ratio_10MB_over_1MB"] = out["parse_10MB_s"] / out["parse_1MB_s"]
    return out


def rates(texts: list[str], seconds: float) -> dict[str, Any]:
    """Documents per second of vnplan (each as never seen), of the regex floor, of the simple date regex
    and of dateparser over ``texts``, and the two ratios of issue 5."""
    import vnplan  # noqa: PLC0415
    from vnplan.docnumber import CANDIDATE_RE  # noqa: PLC0415

    out: dict[str, Any] = {"documents_measured": len(texts)}
    vn_rate, vn_done = rate(parse_unseen(vnplan.parse), texts, seconds)
    out["vnplan_docs_per_s"] = vn_rate
    out["vnplan_docs_parsed"] = vn_done

    def floor(text: str) -> None:
        for _ in CANDIDATE_RE.finditer(text):
            pass

    rx_rate, _ = rate(floor, texts, seconds)
    out["regex_floor_docs_per_s"] = rx_rate

    def simple_dates(text: str) -> None:
        for _ in SIMPLE_DATE_RE.finditer(text):
            pass

    out["simple_date_regex_docs_per_s"], _ = rate(simple_dates, texts, seconds)
    try:
        from dateparser.search import search_dates  # noqa: PLC0415
    except ImportError:
        out["dateparser_docs_per_s"] = None
    else:
        search_dates(texts[0], languages=["vi"])  # warm-up: dateparser loads its language data
        out["dateparser_docs_per_s"], _ = rate(lambda t: search_dates(t, languages=["vi"]), texts, seconds)
    dp = out["dateparser_docs_per_s"]
    out["vnplan_over_dateparser"] = vn_rate / dp if dp else None
    out["vnplan_slower_than_floor"] = rx_rate / vn_rate
    return out


def measure(
    seconds: float, *, with_linearity: bool, with_whole_corpus: bool, profile: bool
) -> dict[str, Any]:
    import vnplan  # noqa: PLC0415

    docs = corpus_texts()
    texts = list(docs.values())
    every_doc = list(corpus_texts(0, MAX_BYTES).values())
    for text in every_doc:  # warm-up: grammars, lexicons and caches built once
        vnplan.parse(text)

    result: dict[str, Any] = {
        "machine": f"{platform.machine()}, {platform.python_implementation()} {platform.python_version()}",
        "documents": sorted(docs),
        "document_bytes": sum(len(t.encode()) for t in texts),
    }
    result["input_keyed_caches_cleared"] = [f"{c.__module__}.{c.__qualname__}" for c in input_caches()]
    result.update(rates(texts, seconds))
    result["regex_floor_pattern"] = "vnplan.docnumber.CANDIDATE_RE.finditer"
    if with_whole_corpus:
        result["whole_corpus"] = {"document_bytes": sum(len(t.encode()) for t in every_doc)}
        result["whole_corpus"].update(rates(every_doc, seconds))
    result["import_s_median_of_5"] = import_time()
    result["import_and_first_parse_s_median_of_5"] = import_time(then=FIRST_PARSE)
    if with_linearity:
        result.update(linearity())
    if profile:
        profiler = cProfile.Profile()
        profiler.enable()
        rate(parse_unseen(vnplan.parse), texts, seconds)
        profiler.disable()
        stream = io.StringIO()
        pstats.Stats(profiler, stream=stream).sort_stats("cumulative").print_stats(25)
        result["profile"] = stream.getvalue()
    return result


def _num(value: float | None, digits: int = 1) -> str:
    return "n/a" if value is None else f"{value:,.{digits}f}"


def table(r: dict[str, Any]) -> str:
    """The measurements as a Markdown table (targets of issue 5 in the last column)."""
    rows = [
        ("vnplan, documents/s (2–10 KB)", _num(r["vnplan_docs_per_s"]), "≥ 1,000"),
        ("dateparser `search_dates(languages=['vi'])`, documents/s", _num(r["dateparser_docs_per_s"]), ""),
        (f"regex floor (`{r['regex_floor_pattern']}`), documents/s", _num(r["regex_floor_docs_per_s"]), ""),
        (
            "simple date regex `\\d{1,2}/\\d{1,2}/\\d{4}`, documents/s",
            _num(r["simple_date_regex_docs_per_s"]),
            "",
        ),
        ("vnplan / dateparser (times faster)", _num(r["vnplan_over_dateparser"]), "≥ 100×"),
        ("vnplan / regex floor (times slower)", _num(r["vnplan_slower_than_floor"]), "≤ 40×"),
        ("`import vnplan`, s (median of 5 fresh interpreters)", _num(r["import_s_median_of_5"], 3), "≤ 0.3"),
        (
            "`import vnplan` and a first `parse` (cold start), s",
            _num(r["import_and_first_parse_s_median_of_5"], 3),
            "",
        ),
    ]
    if "ratio_10MB_over_1MB" in r:
        rows += [
            ("parse of 1 MB of concatenated corpus, s", _num(r["parse_1MB_s"], 2), ""),
            ("parse of 10 MB of concatenated corpus, s", _num(r["parse_10MB_s"], 2), ""),
            ("10 MB / 1 MB time ratio", _num(r["ratio_10MB_over_1MB"], 2), "≤ 12×"),
        ]
    whole = r.get("whole_corpus")
    if whole is not None:
        n = whole["documents_measured"]
        rows += [
            (
                f"whole dev corpus ({n} documents, all sizes): vnplan, documents/s",
                _num(whole["vnplan_docs_per_s"]),
                "",
            ),
            ("whole dev corpus: dateparser, documents/s", _num(whole["dateparser_docs_per_s"]), ""),
            ("whole dev corpus: vnplan / dateparser", _num(whole["vnplan_over_dateparser"]), ""),
            ("whole dev corpus: vnplan / regex floor", _num(whole["vnplan_slower_than_floor"]), ""),
        ]
    lines = ["| measure | value | target |", "|---|---:|---|"]
    lines += [f"| {a} | {b} | {c} |" for a, b, c in rows]
    lines.append("")
    lines.append(
        f"{len(r['documents'])} documents, {r['document_bytes']:,} bytes; "
        f"{r['vnplan_docs_parsed']:,} parses by vnplan, each as never seen "
        f"({len(r['input_keyed_caches_cleared'])} bounded caches cleared before each); {r['machine']}."
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seconds", type=float, default=10.0, help="time per throughput measure")
    parser.add_argument("--json", action="store_true", help="print JSON instead of Markdown")
    parser.add_argument("--profile", action="store_true", help="print cProfile's top 25 for vnplan")
    parser.add_argument("--skip-linearity", action="store_true", help="skip the 1 MB / 10 MB parses")
    parser.add_argument("--skip-whole-corpus", action="store_true", help="measure the 2-10 KB documents only")
    args = parser.parse_args(argv)
    r = measure(
        args.seconds,
        with_linearity=not args.skip_linearity,
        with_whole_corpus=not args.skip_whole_corpus,
        profile=args.profile,
    )
    if args.json:
        print(json.dumps(r, indent=2, ensure_ascii=False))
    else:
        print(table(r))
        print("\nDocuments: " + ", ".join(r["documents"]))
        if args.profile:
            print("\n" + r["profile"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
