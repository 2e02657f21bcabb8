"""Every gold deadline of the corpus is found by find_dates with the right period."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from vnplan import find_dates

CORPUS = Path(__file__).parent / "fixtures" / "corpus"


def _alternatives(value: Any) -> list[Any]:
    return value["any"] if isinstance(value, dict) and "any" in value else [value]


def _cases() -> list[Any]:
    cases = []
    for path in sorted((CORPUS / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        for n, deadline in enumerate(gold.get("deadlines") or []):
            cases.append(pytest.param(gold["file"], gold.get("issued_on"), deadline, id=f"{path.stem}-{n}"))
    return cases


@pytest.mark.parametrize(("file", "issued_on", "deadline"), _cases())
def test_gold_deadline_found(file: str, issued_on: str | None, deadline: dict[str, Any]) -> None:
    text = (CORPUS / "docs" / file).read_text(encoding="utf-8")
    ref = date.fromisoformat(issued_on) if issued_on else None
    mentions = [m for m in find_dates(text, ref=ref) if m.period is not None]
    end = date.fromisoformat(deadline["end"])
    starts = {date.fromisoformat(s) if s else None for s in _alternatives(deadline.get("start"))}
    ok = [
        m
        for m in mentions
        if m.period is not None
        and m.period.end == end
        and (m.period.start in starts or (None in starts and m.qualifier in ("before", "by", "on")))
    ]
    assert ok, f"{file}: no mention reads {deadline}; ending that day: " + repr(
        [(m.text, m.period) for m in mentions if m.period and m.period.end == end]
    )
    for m in ok:
        assert text[m.span.start : m.span.end] == m.text
