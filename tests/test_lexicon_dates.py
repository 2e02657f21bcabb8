"""The date vocabulary (lexicon/dates.toml) is well formed, and a bad entry fails loudly."""

from __future__ import annotations

from importlib import resources
from typing import Any

import pytest

from vnplan import dates
from vnplan.errors import VnplanError
from vnplan.lexicon import load


def test_tables_load_and_cover_the_documented_words() -> None:
    v = dates._vocab()
    numerals = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]
    assert v.roman == {numeral: value for value, numeral in enumerate(numerals, 1)}
    assert v.month_parts["cuối"] == (21, 0) and v.year_parts["cuối"] == (10, 12)
    assert v.weekdays["chủ nhật"] == 6 and v.weekdays["thứ 2"] == 0
    assert v.qualifiers["trước"] == "before" and v.qualifiers["hạn chót"] == "by"
    assert v.recurrences["hàng năm"] == v.recurrences["hằng năm"] == "yearly"
    assert {s.granularity for s in v.spans.values()} == {"school_year", "multi_year", "term"}
    # quý/quí are stored tone-folded like the text they are matched against
    assert v.kinds["qúy"] == v.kinds["quí"] == "QUY"


def test_every_qualifier_value_is_a_known_relation() -> None:
    assert set(load("dates")["qualifiers"].values()) <= {"before", "by", "within", "on", "from", "after"}


def test_every_table_has_a_provenance_comment() -> None:
    raw = resources.files("vnplan.lexicon").joinpath("dates.toml").read_text(encoding="utf-8")
    lines = raw.splitlines()
    for i, line in enumerate(lines):
        if line.startswith("[") and not line.startswith("[spans."):
            assert lines[i - 1].startswith("#"), f"{line} has no comment above it"


@pytest.mark.parametrize(
    ("table", "entry", "message"),
    [
        ("roman", {"xiii": 13}, "month number"),
        ("glued_units", {"th": "month"}, "one lower-case letter"),
        ("glued_units", {"T": "month"}, "lower case"),
        ("glued_units", {"n": "year"}, "one lower-case letter for one of"),
        ("month_parts", {"đầu": [0, 10]}, "month_parts"),
        ("weekdays", {"thứ tám": 7}, "weekdays"),
        ("qualifiers", {"trước ngày": "by"}, "same meaning"),
        ("qualifiers", {"Trước": "before"}, "lower case"),
        ("recurrences", {"hằng năm": ""}, "non-empty"),
        ("clock", {"hour": []}, "list of marks"),
        ("clock", {"minute": "phút"}, "list of marks"),
        ("lunar", {"months": {"tháng chạp": 13}}, "months"),
        ("lunar", {"stems": {"Giáp": 0}}, "lower case"),
        ("lunar", {"cycle_start": 1985}, "Giáp Tý"),
        ("lunar", {"day_words": []}, "list of words"),
        ("lunar", {"full_moon": ["tháng"]}, "already a THANG word"),
        ("number_words", {"units": ["một", "hai"]}, "words of 1 to 9"),
        ("number_words", {"thousand": []}, "thousand must be a word or a non-empty list"),
        ("number_words", {"after_tens": {"0": ["linh"]}}, "after_tens must map units 1-9"),
        ("number_words", {"after_ten": {"5": []}}, "after_ten.5 must be a word or a non-empty list"),
    ],
)
def test_a_bad_entry_raises_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, table: str, entry: dict[str, Any], message: str
) -> None:
    data = {k: (dict(v) if isinstance(v, dict) else v) for k, v in load("dates").items()}
    data[table] = {**data[table], **entry}
    monkeypatch.setattr(dates, "load", lambda name: data)
    dates._vocab.cache_clear()
    try:
        with pytest.raises(VnplanError, match=message):
            dates._vocab()
    finally:
        monkeypatch.undo()
        dates._vocab.cache_clear()
