"""Compare vnplan.find_dates with dateparser.search.search_dates on the corpus, in one run.

Run:  python benchmarks/dates_vs_dateparser.py   (needs the ``bench`` extra: pip install -e ".[bench]")

Columns
  phrases   date phrases found over all documents
  on gold   gold deadline phrases the tool read (a found phrase overlapping the gold phrase)
  wrong     found phrases overlapping a gold deadline phrase but giving another date
  non-dates found phrases that are obviously no date (durations "10 năm", bare numbers, phone numbers,
            money, clock times); the distinct ones are listed below the table
  docs/s    documents per second (best of 3 timed passes after one warm-up pass; the first, cold pass of
            find_dates is shown too)

The gold files give deadline dates, not phrases: a gold deadline phrase is located as the find_dates mention
whose period matches the gold dates (the test tests/test_dates_corpus.py checks there is one for every
deadline), so "on gold" measures dateparser against the phrases vnplan located.
"""

from __future__ import annotations

import json
import time
import warnings
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import regex

from vnplan import find_dates
from vnplan.dates import scan
from vnplan.normalise import normalise

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "corpus"
NON_DATE = regex.compile(
    r"^\s*(?:"
    r"\d{1,3}\s+(?:năm|tháng|ngày|tuần|giờ|phút)(?!\s*[0-9/.\-])\b.*"  # a duration: "10 năm", "02 giờ trước"
    r"|\d++"  # a bare number: "2025", "0975"
    r"|\d{1,4}(?:[.,]\d{3})++"  # money, phone numbers: "1.500.000", "0975.237"
    r"|\d{1,2}\s*[hg]\s*\d{0,2}"  # a clock time: "9h00"
    r")\s*$",
    regex.IGNORECASE,
)

Found = tuple[int, int, str, set[date]]  # start, end, text, the dates it reads


def _docs() -> list[tuple[str, date | None, list[dict[str, Any]]]]:
    out = []
    for doc in sorted((CORPUS / "docs").glob("*.txt")):
        gold_path = CORPUS / "gold" / (doc.stem + ".json")
        gold = json.loads(gold_path.read_text(encoding="utf-8")) if gold_path.exists() else {}
        issued = gold.get("issued_on")
        out.append((doc.read_text(encoding="utf-8"), date.fromisoformat(issued) if issued else None,
                    gold.get("deadlines") or []))  # fmt: skip
    return out


def _vnplan(text: str, ref: date | None) -> list[Found]:
    return [
        (m.span.start, m.span.end, m.text, {m.period.start, m.period.end} if m.period else set())
        for m in find_dates(text, ref=ref)
    ]


def _dateparser(search: Callable[..., Any]) -> Callable[[str, date | None], list[Found]]:
    def run(text: str, ref: date | None) -> list[Found]:
        settings = {"RELATIVE_BASE": _datetime(ref)} if ref else {}
        found = search(text, languages=["vi"], settings=settings) or []
        out, pos = [], 0
        for phrase, when in found:
            start = text.find(phrase, pos)
            if start < 0:
                start = text.find(phrase)
            pos = max(pos, start + len(phrase))
            out.append((start, start + len(phrase), phrase, {when.date()}))
        return out

    return run


def _datetime(d: date) -> datetime:
    return datetime(d.year, d.month, d.day)


def _gold_phrases(
    text: str, ref: date | None, deadlines: list[dict[str, Any]]
) -> list[tuple[int, int, set[date]]]:
    def alts(v: Any) -> list[Any]:
        return v["any"] if isinstance(v, dict) and "any" in v else [v]

    mentions = [m for m in find_dates(text, ref=ref) if m.period]
    out = []
    for d in deadlines:
        end = date.fromisoformat(d["end"])
        starts = {date.fromisoformat(s) for s in alts(d.get("start")) if s}
        for m in mentions:
            assert m.period is not None
            if m.period.end == end and (not starts or m.period.start in starts):
                out.append((m.span.start, m.span.end, {end, *starts, m.period.start}))
    return out


def _score(tool: Callable[[str, date | None], list[Found]], docs: list[Any]) -> dict[str, Any]:
    phrases = on_gold = wrong = 0
    non_dates: set[str] = set()
    for text, ref, deadlines in docs:
        found = tool(text, ref)
        phrases += len(found)
        non_dates |= {" ".join(f[2].split()) for f in found if f[3] and NON_DATE.match(f[2])}
        for g_start, g_end, g_dates in _gold_phrases(text, ref, deadlines):
            hits = [f for f in found if f[0] < g_end and g_start < f[1] and f[3]]
            on_gold += bool(hits)
            wrong += sum(1 for f in hits if not f[3] & g_dates)
    return {"phrases": phrases, "on gold": on_gold, "wrong": wrong, "non-dates": non_dates}


def _speed(tool: Callable[[Any, date | None], Any], docs: list[Any], passes: int = 3) -> float:
    best = float("inf")
    for _ in range(passes):
        t0 = time.perf_counter()
        for text, ref, *_ in docs:
            tool(text, ref)
        best = min(best, time.perf_counter() - t0)
    return len(docs) / best


def main() -> None:
    warnings.filterwarnings("ignore")
    from dateparser.search import search_dates  # noqa: PLC0415 - the optional "bench" extra

    docs = _docs()
    t0 = time.perf_counter()
    for text, ref, _ in docs:
        find_dates(text, ref=ref)
    cold = len(docs) / (time.perf_counter() - t0)
    tools = {"vnplan.find_dates": _vnplan, "dateparser.search_dates": _dateparser(search_dates)}
    rows = {}
    for name, tool in tools.items():
        rows[name] = _score(tool, docs)  # also the warm-up pass
        rows[name]["docs/s"] = _speed(tool, docs, passes=3 if name.startswith("vnplan") else 1)
    size = sum(len(t) for t, _, _ in docs) / len(docs)
    print(f"{len(docs)} documents, {size / 1000:.1f} k characters on average, "
          f"{sum(len(d) for _, _, d in docs)} gold deadlines\n")  # fmt: skip
    print(f"| {'tool':<24} | phrases | on gold | wrong | non-dates | docs/s |")
    print(f"|{'-' * 26}|---------|---------|-------|-----------|--------|")
    for name, r in rows.items():
        print(f"| {name:<24} | {r['phrases']:>7} | {r['on gold']:>7} | {r['wrong']:>5} "
              f"| {len(r['non-dates']):>9} | {r['docs/s']:>6.0f} |")  # fmt: skip
    ratio = rows["vnplan.find_dates"]["docs/s"] / rows["dateparser.search_dates"]["docs/s"]
    sources = [(normalise(text), ref) for text, ref, _ in docs]
    scan_speed = _speed(lambda src, ref: scan(src, ref=ref), sources)
    located = sum(len(_gold_phrases(t, r, d)) for t, r, d in docs)
    print(f"\n{located} gold deadline phrases located (a date repeated in a document is located each time)")
    print(
        f"vnplan cold first pass: {cold:.0f} docs/s; scan() on normalised text only: {scan_speed:.0f} docs/s"
    )
    print(f"speed ratio (warm) vnplan / dateparser: {ratio:.0f}x")
    for name, r in rows.items():
        shown = sorted(r["non-dates"])
        print(
            f"\nnon-dates read as dates by {name} ({len(shown)}): " + "; ".join(repr(s) for s in shown[:40])
        )


if __name__ == "__main__":
    main()
