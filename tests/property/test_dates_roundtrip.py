"""Property tests: written dates read back to themselves; find_dates never fails on any text."""

from __future__ import annotations

import calendar
import unicodedata
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from vnplan import find_dates, parse_date

DAYS = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


def _forms(d: date, zeros: bool) -> list[str]:
    dd, mm = (f"{d.day:02d}", f"{d.month:02d}") if zeros else (str(d.day), str(d.month))
    return [
        f"ngày {dd} tháng {mm} năm {d.year}",
        f"{dd}/{mm}/{d.year}",
        f"{dd}-{mm}-{d.year}",
        f"{dd}.{mm}.{d.year}",
        f"Ngày {dd}/{mm}/{d.year}",
    ]


@settings(max_examples=200, deadline=None)
@given(DAYS, st.booleans(), st.booleans())
def test_day_forms_round_trip(d: date, zeros: bool, nfd: bool) -> None:
    for form in _forms(d, zeros):
        phrase = unicodedata.normalize("NFD", form) if nfd else form
        p = parse_date(phrase)
        assert p is not None, phrase
        assert (p.start, p.end, p.granularity) == (d, d, "day"), phrase


@settings(max_examples=200, deadline=None)
@given(DAYS, st.booleans())
def test_month_and_quarter_forms_round_trip(d: date, nfd: bool) -> None:
    last = calendar.monthrange(d.year, d.month)[1]
    for form in (
        f"tháng {d.month}/{d.year}",
        f"tháng {d.month} năm {d.year}",
        f"THÁNG {d.month:02d}.{d.year}",
    ):
        p = parse_date(unicodedata.normalize("NFD", form) if nfd else form)
        assert p is not None, form
        assert (p.start, p.end) == (d.replace(day=1), d.replace(day=last))
    q = (d.month - 1) // 3 + 1
    for form in (f"quý {ROMAN[q]}/{d.year}", f"Quý {q} năm {d.year}", f"quí {ROMAN[q]}.{d.year}"):
        p = parse_date(unicodedata.normalize("NFD", form) if nfd else form)
        assert p is not None, form
        assert p.start == date(d.year, 3 * q - 2, 1) and p.start <= d <= p.end and p.granularity == "quarter"


@settings(max_examples=200, deadline=None)
@given(DAYS)
def test_day_form_is_found_in_running_text(d: date) -> None:
    text = f"Các đơn vị gửi báo cáo trước ngày {d.day}/{d.month}/{d.year}."
    (m,) = find_dates(text)
    assert m.period is not None and m.period.end == d and m.qualifier == "before"
    assert text[m.span.start : m.span.end] == m.text


ALPHABET = st.sampled_from([*"0123456789/.-,()…: \n\tngàythángnămquýIVđầucuốitrướctừđếnhằng", "\u0301", "Ð"])


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=200) | st.text(max_size=200), st.none() | DAYS)
def test_find_dates_never_raises_and_spans_stay_inside(text: str, ref: date | None) -> None:
    previous_end = 0
    for m in find_dates(text, ref=ref):
        assert 0 <= m.span.start <= m.span.end <= len(text)
        assert m.span.start >= previous_end
        assert text[m.span.start : m.span.end] == m.text
        previous_end = m.span.end
