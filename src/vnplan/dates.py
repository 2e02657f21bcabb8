"""Vietnamese date and period phrases: find them in a text and read them as :class:`Period`.

How it works: one compiled pattern finds runs of date vocabulary (numbers, ``/ . - , ( ) :``, the words
of ``lexicon/dates.toml``) on the matching key of the text (:func:`vnplan.normalise.normalise`), with
``re`` (``regex`` in a text holding a character whose class the two engines may disagree on). A run is
cut into tokens, and the LALR grammar ``grammars/date.lark`` is fed the tokens one by one from each
possible start, keeping the longest prefix it accepts (leftmost-longest, non-overlapping). That depends
on the terminals only, so it is cached per sequence of terminals with the prefix's tree, its leaves left
as holes; a Lark ``Transformer`` turns the tree, the phrase's values put in the holes, into a year-free
reading. The reference date then fills in a missing year.

Conventions (see ``docs/dates.md``):

* đầu / giữa / cuối tháng (and thượng / trung / hạ tuần) = days 1-10 / 11-20 / 21-end, approximate;
  đầu / giữa / cuối năm = months 1-3 / 6-7 / 10-12, approximate; "N tháng đầu năm" = months 1..N.
* năm học 2022 - 2023 = 2022-09-01..2023-08-31; giai đoạn and nhiệm kỳ Y1 - Y2 = Jan 1 of Y1 to Dec 31 of Y2
  (a term is approximate: the congress days are not written).
* **Missing year**: the year of ``ref``, plus one when the phrase's first month is more than six months
  before ``ref``'s month (a plan dated December that names "tháng 1" means the next January; one dated
  January that names "20/12" means this December). The mention gets ``year_inferred=True``. Without ``ref``
  there is no period, and a ``date.no_reference`` diagnostic says why. In a range the missing year comes
  from the other end first.
* A bare day/month in running text ("7/9" with no day word, qualifier, weekday or year) is not read: it is as
  often a ratio, a score or a count ("63/63 tỉnh"). "ngày 7/9", "trước 30/11", "đến 13/9" are read.
* Impossible dates (31/2/2020, month 13, day 0) give no period and a ``date.impossible`` diagnostic.

>>> from datetime import date
>>> p = parse_date("trước ngày 15 tháng 10 năm 2017")
>>> p.start, p.end, p.granularity
(datetime.date(2017, 10, 15), datetime.date(2017, 10, 15), 'day')
>>> [(m.text, m.qualifier, str(m.period.end)) for m in find_dates("Hoàn thành trong tháng 9/2019.")]
[('trong tháng 9/2019', 'within', '2019-09-30')]
"""

from __future__ import annotations

import bisect
import calendar
import functools
import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

import regex
from dateutil.relativedelta import relativedelta
from lark import Token, Transformer, Tree
from lark.exceptions import UnexpectedInput

from vnplan import lunar
from vnplan._charclass import lower_in_place, ranges
from vnplan._memo import by_shape
from vnplan.errors import VnplanError
from vnplan.grammar import get_parser
from vnplan.lexicon import load
from vnplan.models import DateMention, Diagnostic, Period, Span
from vnplan.normalise import WHITE_SPACE, Source, fold_tones, normalise

__all__ = ["FoundDate", "find_dates", "parse_date", "scan"]

_CLOCK_REACH = 48  # characters before a date phrase: "trong thời hạn 17 giờ 30 phút, " and a time before
_MAX_PHRASE_TOKENS = 32  # the longest phrase the scanner tries to read, in tokens
_UNITS_OF_REF = ("month", "quarter")  # a part of the reference date's month or quarter ("cuối tháng")
_STARTS_READ = 4  # the characters of a run's start tested before the run (:func:`_starts`)
_SINCE_REACH = 48  # characters before ``since`` read for the runs that hold it (:func:`scan_phrases`)
_DURATION_WORDS = ("NGAY", "TUAN", "THANG", "NAM")
_DURATION_UNITS = ("days", "weeks", "months", "years")  # relativedelta keywords


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A date phrase found by :func:`scan`: offsets in the normalised text, and the mention."""

    start: int
    end: int
    mention: DateMention


# ----------------------------------------------------------------------------------------------------
# Vocabulary: lexicon/dates.toml, validated and compiled once, on first use.


@dataclass(frozen=True, slots=True)
class _SpanWord:
    granularity: str
    start: tuple[int, int]
    end: tuple[int, int]
    approximate: bool
    consecutive: bool


@dataclass(frozen=True, slots=True)
class _Vocab:
    kinds: dict[str, str]  # phrase (lower case, single spaces) -> terminal of date.lark
    day_word: str
    roman: dict[str, int]
    month_names: dict[str, int]  # "tháng mười" -> 10
    relative_offsets: dict[str, int]  # "tuần sau" -> 1 (weeks), "ngày mai" -> 1 (days), "của tháng sau" -> 1
    holidays: dict[str, tuple[int, int]]  # "tết dương lịch" -> (1, 1): (month, day)
    week_ordinals: dict[str, int]  # "tuần thứ hai của" -> 2
    quarter_months: dict[str, tuple[int, int]]  # "của tháng đầu quý sau" -> (1, 1): quarters later, month
    number_words: _NumberWords  # a day or a year in words after its word ("ngày hai mươi lăm")
    lunar_months: dict[str, int]  # "tháng chạp" -> 12
    cycle_years: dict[str, int]  # "bính ngọ" -> 42, its index in the 60 years' cycle
    cycle_start: int  # a year of index 0 (Giáp Tý)
    month_parts: dict[str, tuple[int, int]]
    week_parts: dict[str, tuple[int, int]]
    year_parts: dict[str, tuple[int, int]]
    quarter_parts: dict[str, int]
    halves: dict[str, str]
    weekdays: dict[str, int]
    qualifiers: dict[str, str]
    range_qualifier: str
    recurrences: dict[str, str]
    spans: dict[str, _SpanWord]
    durations: dict[str, str]
    min_year: int
    max_year: int
    glued: _GluedUnits  # a unit's letter glued to its number ("T10/2025")
    token_re: Any  # regex.Pattern[str]: one token, named groups w(ord) / n(umber) / g(lued letter and)
    # gn (its numeral) / p(unctuation)
    token_re_plain: re.Pattern[str]  # the same for ``re`` (faster), exact on texts of _RE_AGREES_RE
    run_re: Any  # regex.Pattern[str]: a run of tokens separated by white space only, where it starts
    run_re_plain: re.Pattern[str]  # the same for ``re`` (faster), exact on texts of _RE_AGREES_RE
    # a character that is no letter or digit, then a run (group 1): a search skips to such characters
    run_search_re: Any  # regex.Pattern[str]
    run_search_re_plain: re.Pattern[str]
    # a word after a part of "this" month or quarter that makes it the next one ("đầu quý sau")
    next_re: re.Pattern[str]
    # a qualifier and a time of day before a date phrase, read backwards (:func:`_clock_pattern`); the
    # characters a time of day can end with
    clock_re: re.Pattern[str]
    clock_ends: frozenset[str]
    # a time of day, or a range of them, then blanks or a comma, read forwards (:func:`_time_pattern`)
    time_re: re.Pattern[str]


def _with_of_before(table: dict[str, Any], name: str, key: str) -> list[str]:
    """``key`` folded, alone and after each of the table's ``of`` words ("tháng sau", "của tháng sau")."""
    of_words = _string_list(table, name, "of", "words") if "of" in table else []
    return [fold_tones(" ".join(filter(None, (of, key)))) for of in ("", *of_words)]


def _string_list(table: dict[str, Any], where: str, name: str, what: str) -> list[str]:
    """The list ``name`` of the table ``[where]``, each item a non-empty string (else an error naming
    ``what`` they are)."""
    value = table.get(name)
    if not isinstance(value, list) or not value or not all(isinstance(w, str) and w for w in value):
        raise _bad(f"[{where}] {name} must be a list of {what}")
    return value


@dataclass(frozen=True, slots=True)
class _NumberWords:
    """How numbers are written in words ([number_words]): a pattern of a day's or a year's, and the value
    of the words it matches."""

    units: tuple[str, ...]  # 1-9
    ten: str
    tens: str
    hundred: str
    thousands: tuple[str, ...]
    zero: str
    odd: tuple[str, ...]
    after_ten: dict[int, tuple[str, ...]]  # a unit after "mười", where it is written otherwise
    after_tens: dict[int, tuple[str, ...]]  # a unit after "mươi"
    digits: dict[str, int]  # each word of a unit (after "mười", "mươi" too) and zero -> its value

    def pattern(self, day_word: str, year_word: str, space: str) -> str:
        """The day word then a number under a hundred, or the year word then one of thousands ("năm hai
        nghìn không trăm hai mươi lăm"), ``space`` (a class) between words; no group."""

        def alt(words: Iterable[str]) -> str:
            longest_first = sorted(set(words), key=len, reverse=True)
            return "(?:" + "|".join(w.replace(" ", f"{space}++") for w in longest_first) + ")"

        s = f"{space}++"

        def units_after(after: dict[int, tuple[str, ...]]) -> str:
            return alt(w for d in range(1, 10) for w in after.get(d, (self.units[d - 1],)))

        unit = alt(self.units)
        below_a_hundred = (
            f"(?:{alt([self.ten])}(?:{s}{units_after(self.after_ten)})?"
            f"|{unit}{s}{alt([self.tens])}(?:{s}{units_after(self.after_tens)})?|{unit})"
        )
        hundreds = f"(?:{unit}|{alt([self.zero])}){s}{alt([self.hundred])}"
        tail = f"(?:{alt(self.odd)}{s}{unit}|{below_a_hundred})"  # after the hundreds, or none
        year = f"{unit}{s}{alt(self.thousands)}(?:{s}{hundreds})?(?:{s}{tail})?"
        return f"(?:{alt([day_word])}{s}{below_a_hundred}|{alt([year_word])}{s}{year})"

    def value(self, words: Iterable[str]) -> int:
        """The number that ``words`` write (as :meth:`pattern` matches them, the day's or year's word first).

        >>> words = _number_words(load("dates")["number_words"])
        >>> words.value("năm hai nghìn không trăm hai mươi lăm".split()[1:])
        2025
        >>> words.value("một nghìn chín trăm bốn mươi lăm".split()), words.value(["mười", "lăm"])
        (1945, 15)
        """
        total = current = 0
        for word in words:
            if word in self.thousands:
                total, current = (total + current) * 1000, 0
            elif word == self.hundred:
                total, current = total + current * 100, 0
            elif word == self.tens:
                current *= 10
            elif word == self.ten:
                current += 10
            else:
                current += self.digits.get(word, 0)
        return total + current


def _number_words(table: dict[str, Any]) -> _NumberWords:
    def words_of(value: Any, where: str) -> tuple[str, ...]:
        value = [value] if isinstance(value, str) else value
        if not isinstance(value, list) or not value or not all(isinstance(w, str) and w for w in value):
            raise _bad(f"[number_words] {where} must be a word or a non-empty list of words")
        return tuple(fold_tones(_phrase_key(w)) for w in value)

    def after(name: str) -> dict[int, tuple[str, ...]]:
        value = table.get(name)
        if not isinstance(value, dict) or not all(len(k) == 1 and k in "123456789" for k in value):
            raise _bad(f"[number_words] {name} must map units 1-9 to lists of words")
        return {int(k): words_of(v, f"{name}.{k}") for k, v in value.items()}

    units = words_of(table.get("units"), "units")
    if len(units) != 9:
        raise _bad("[number_words] units must be the words of 1 to 9")
    after_ten, after_tens = after("after_ten"), after("after_tens")
    zero = words_of(table.get("zero"), "zero")[0]
    digits = {w: d for a in (after_ten, after_tens) for d, ws in a.items() for w in ws}
    return _NumberWords(
        units=units,
        ten=words_of(table.get("ten"), "ten")[0],
        tens=words_of(table.get("tens"), "tens")[0],
        hundred=words_of(table.get("hundred"), "hundred")[0],
        thousands=words_of(table.get("thousand"), "thousand"),
        zero=zero,
        odd=words_of(table.get("odd"), "odd"),
        after_ten=after_ten,
        after_tens=after_tens,
        digits=digits | {w: d for d, w in enumerate(units, 1)} | {zero: 0},
    )


def _lunar_words(lunar: dict[str, Any]) -> tuple[dict[str, int], dict[str, int], int]:
    """The lunar months named in words, the 60 years' names (stem and branch) with their index in the
    cycle, and a year of index 0, from the ``[lunar]`` table."""
    months, stems, branches = (lunar.get(name) for name in ("months", "stems", "branches"))
    for name, table, top in (("months", months, 12), ("stems", stems, 9), ("branches", branches, 11)):
        if not isinstance(table, dict) or not table:
            raise _bad(f"[lunar] {name} must be a table")
        for key, value in table.items():
            if key != _phrase_key(key) or type(value) is not int or not (name == "months") <= value <= top:
                raise _bad(f"[lunar] {name}: {key!r} must be lower case and map to 0-{top} (months 1-12)")
    assert isinstance(months, dict) and isinstance(stems, dict) and isinstance(branches, dict)
    cycle_start = lunar.get("cycle_start")
    if type(cycle_start) is not int or cycle_start % 60 != 4:  # 4 CE was a Giáp Tý year
        raise _bad("[lunar] cycle_start must be a Giáp Tý year (4 + 60 k)")
    # the year of stem s and branch b: the index i of the cycle with i % 10 == s and i % 12 == b
    cycle = {
        fold_tones(f"{stem} {branch}"): next(i for i in range(60) if i % 10 == s and i % 12 == b)
        for stem, s in stems.items()
        for branch, b in branches.items()
        if s % 2 == b % 2  # a stem and a branch of the same parity: 60 of the 120 pairs name a year
    }
    return {fold_tones(k): v for k, v in months.items()}, cycle, cycle_start


def _bad(message: str) -> VnplanError:
    return VnplanError(f"lexicon dates.toml: {message}")


def _phrase_key(s: str) -> str:
    return " ".join(s.lower().split())


def _table(data: dict[str, Any], name: str) -> dict[str, Any]:
    table = data.get(name)
    if not isinstance(table, dict) or not table:
        raise _bad(f"table [{name}] is missing or empty")
    for key in table:
        if key != _phrase_key(key) or not key:
            raise _bad(f"[{name}] key {key!r} must be lower case with single spaces")
    return {fold_tones(key): value for key, value in table.items()}


def _ints(value: Any, n: int, where: str) -> tuple[int, ...]:
    if not (isinstance(value, list) and len(value) == n and all(type(v) is int for v in value)):
        raise _bad(f"{where} must be a list of {n} integers, not {value!r}")
    return tuple(value)


def _strings(table: dict[str, Any], name: str) -> dict[str, str]:
    for key, value in table.items():
        if not isinstance(value, str) or not value:
            raise _bad(f"[{name}] {key!r} must map to a non-empty string, not {value!r}")
    return dict(table)


@functools.cache
def _vocab() -> _Vocab:
    data = load("dates")
    words = _table(data, "words")
    kinds: dict[str, str] = {}

    def add(phrase: str, kind: str, where: str) -> None:
        if kinds.get(phrase, kind) != kind:
            raise _bad(f"{where}: {phrase!r} is already a {kinds[phrase]} word")
        kinds[phrase] = kind

    terminals = {
        "day": "NGAY", "month": "THANG", "year": "NAM", "quarter": "QUY", "week": "TUAN", "half": "NUA",
        "conjunction": "AND", "copula": "LA", "periodic": "PERIODIC", "range_joiner": "JOIN", "now": "NOW",
    }  # fmt: skip
    for name, kind in terminals.items():
        entries = words.get(name)
        if not isinstance(entries, list) or not entries or not all(isinstance(w, str) for w in entries):
            raise _bad(f"[words] {name} must be a non-empty list of strings")
        for w in entries:
            if w != _phrase_key(w):
                raise _bad(f"[words] {name}: {w!r} must be lower case with single spaces")
            add(fold_tones(w), kind, f"[words] {name}")
    day_word = fold_tones(words["day"][0])
    joiners = [fold_tones(w) for w in words["range_joiner"]]

    month_names = _table(data, "month_names")
    for key, value in month_names.items():
        if type(value) is not int or not 1 <= value <= 12 or key != _phrase_key(key):
            raise _bad(f"[month_names] {key!r} must be lower case and name a month 1-12")
        add(fold_tones(key), "MONTHNAME", "[month_names]")

    lunar = _table(data, "lunar")
    lunar_months, cycle_years, cycle_start = _lunar_words(lunar)
    for key in lunar_months:
        add(key, "LUNARMONTH", "[lunar] months")
    for key in cycle_years:
        add(key, "CANCHI", "[lunar] stems and branches")
    for name, kind in (
        ("day_words", "MUNG"),
        ("full_moon", "RAM"),
        ("new_year", "TET"),
        ("new_year_day", "TETDAY"),
        ("marker", "AMLICH"),
    ):
        for w in _string_list(lunar, "lunar", name, "words"):
            add(fold_tones(_phrase_key(w)), kind, f"[lunar] {name}")

    roman = _table(data, "roman")
    for key, value in roman.items():
        if type(value) is not int or not 1 <= value <= 12:
            raise _bad(f"[roman] {key!r} must be a month number 1-12")
        add(key, "ROMAN", "[roman]")

    quarters = [key for key, value in roman.items() if value <= 4]
    glued = _glued_units(_strings(_table(data, "glued_units"), "glued_units"), quarters)

    month_parts = {k: _ints(v, 2, f"[month_parts] {k!r}") for k, v in _table(data, "month_parts").items()}
    year_parts = {k: _ints(v, 2, f"[year_parts] {k!r}") for k, v in _table(data, "year_parts").items()}
    week_parts = {k: _ints(v, 2, f"[week_parts] {k!r}") for k, v in _table(data, "week_parts").items()}
    for days_name, days in (("month_parts", month_parts), ("week_parts", week_parts)):
        for key, (a, b) in days.items():
            if not (1 <= a <= 31 and (b == 0 or a <= b <= 31)):
                raise _bad(f"[{days_name}] {key!r} must be days [first, last] (last 0 = end of month)")
    for key in week_parts:
        if key not in month_parts:
            raise _bad(f"[week_parts] {key!r} must also be a part of a month")
    for key, (a, b) in year_parts.items():
        if not 1 <= a <= b <= 12:
            raise _bad(f"[year_parts] {key!r} must be months [first, last]")
    quarter_parts = _table(data, "quarter_parts")
    for key, value in quarter_parts.items():
        if type(value) is not int or not 1 <= value <= 3:
            raise _bad(f"[quarter_parts] {key!r} must be a month index 1-3")
    halves = _strings(_table(data, "halves"), "halves")
    for key, value in halves.items():
        if value not in ("first", "last"):
            raise _bad(f"[halves] {key!r} must be 'first' or 'last'")
    # A part word shared by months and years ("cuối") is PART; one only for months ("hạ tuần") is TUANPART.
    for key in month_parts:
        add(key, "PART" if key in year_parts else "TUANPART", "[month_parts]")
    for name, table in (("year_parts", year_parts), ("quarter_parts", quarter_parts), ("halves", halves)):
        for key in table:
            if key not in month_parts or key not in year_parts:
                raise _bad(f"[{name}] {key!r} must also be a part of a month and of a year")

    weekdays = _table(data, "weekdays")
    for key, value in weekdays.items():
        if type(value) is not int or not 0 <= value <= 6:
            raise _bad(f"[weekdays] {key!r} must be 0 (Monday) to 6 (Sunday)")
        add(key, "WEEKDAY", "[weekdays]")

    qualifiers = _strings(_table(data, "qualifiers"), "qualifiers")
    for key, value in qualifiers.items():
        head, _, last = key.rpartition(" ")
        if key == day_word or key in joiners:
            continue  # read by the grammar as the day word / a joiner; the table gives their meaning alone
        if last == day_word and head:
            if qualifiers.get(head) != value:
                raise _bad(f"[qualifiers] {key!r} needs {head!r} with the same meaning {value!r}")
            continue  # "trước ngày" = "trước" + the day word
        add(key, "FROM" if value == "from" else "QUAL", "[qualifiers]")  # a start: "bắt đầu từ tháng 5"
    for key in (day_word, *joiners):
        if key not in qualifiers:
            raise _bad(f"[qualifiers] must say what {key!r} means before a date")
    range_table = _table(data, "range")
    if not isinstance(range_table.get("qualifier"), str):
        raise _bad("[range] qualifier must be a string")

    relative_offsets: dict[str, int] = {}
    for name, kind, bound in (
        ("relative_weeks", "RELWEEK", 52),
        ("relative_days", "RELDAY", 31),
        ("relative_months", "RELMONTH", 12),
    ):
        table = _table(data, name)
        for key, value in table.items():
            if key == "of":
                continue
            if type(value) is not int or not 0 <= value <= bound or key != _phrase_key(key):
                raise _bad(f"[{name}] {key!r} must be lower case and an offset 0-{bound}")
            for phrase in _with_of_before(table, name, key):
                add(phrase, kind, f"[{name}]")
                relative_offsets[phrase] = value

    quarter_months: dict[str, tuple[int, int]] = {}
    quarter_table = _table(data, "quarter_months")
    for key, value in quarter_table.items():
        if key == "of":
            continue
        later, index = _ints(value, 2, f"[quarter_months] {key!r}")
        if key != _phrase_key(key) or not (0 <= later <= 4 and 1 <= index <= 3):
            raise _bad(f"[quarter_months] {key!r} must be lower case and [quarters later 0-4, month 1-3]")
        for phrase in _with_of_before(quarter_table, "quarter_months", key):
            add(phrase, "QMONTH", "[quarter_months]")
            quarter_months[phrase] = (later, index)

    week_ordinals: dict[str, int] = {}
    ordinals_table = _table(data, "week_ordinals")
    prefix = ordinals_table.get("prefix")
    ordinals = ordinals_table.get("ordinals")
    if not isinstance(prefix, str) or prefix != _phrase_key(prefix) or not isinstance(ordinals, dict):
        raise _bad("[week_ordinals] needs a lower-case prefix and a table of ordinals")
    for word, n in ordinals.items():
        if type(n) is not int or not 1 <= n <= 5 or word != _phrase_key(word):
            raise _bad(f"[week_ordinals] ordinal {word!r} must be lower case and a week 1-5")
        for of in ("", *_string_list(ordinals_table, "week_ordinals", "of", "words")):
            phrase = fold_tones(" ".join(filter(None, (prefix, word, of))))
            add(phrase, "ORDWEEK", "[week_ordinals]")
            week_ordinals[phrase] = n

    holidays: dict[str, tuple[int, int]] = {}
    for key, value in _table(data, "holidays").items():
        month, day = _ints(value, 2, f"[holidays] {key!r}")
        last_day = calendar.monthrange(2001, month)[1] if 1 <= month <= 12 else 0  # (a common year: not 29/2)
        if key != _phrase_key(key) or not 1 <= day <= last_day:
            raise _bad(f"[holidays] {key!r} must be lower case and name a day of every year (month, day)")
        add(fold_tones(key), "SOLARDAY", "[holidays]")
        holidays[fold_tones(key)] = (month, day)

    recurrences = _strings(_table(data, "recurrences"), "recurrences")
    for key in recurrences:
        add(key, "RECUR", "[recurrences]")

    spans: dict[str, _SpanWord] = {}
    for key, value in _table(data, "spans").items():
        if not isinstance(value, dict):
            raise _bad(f"[spans.{key!r}] must be a table")
        try:
            start, end = value["start"], value["end"]
            span = _SpanWord(
                granularity=str(value["granularity"]),
                start=(_ints(start, 2, f"[spans.{key!r}] start")[0], start[1]),
                end=(_ints(end, 2, f"[spans.{key!r}] end")[0], end[1]),
                approximate=bool(value["approximate"]),
                consecutive=bool(value["consecutive"]),
            )
        except KeyError as exc:
            raise _bad(f"[spans.{key!r}] lacks {exc}") from None
        for m, d in (span.start, span.end):
            if not (1 <= m <= 12 and 1 <= d <= calendar.monthrange(2001, m)[1]):
                raise _bad(f"[spans.{key!r}] has an impossible [month, day] {[m, d]}")
        spans[key] = span
        add(key, "SPAN", "[spans]")

    for key, value in _strings(_table(data, "anchors"), "anchors").items():
        if value != "ref":
            raise _bad(f"[anchors] {key!r} must be 'ref' (the reference date)")
        add(key, "ANCHOR", "[anchors]")
    durations = _strings(_table(data, "durations"), "durations")
    for key, value in durations.items():
        if kinds.get(key) not in _DURATION_WORDS or value not in _DURATION_UNITS:
            raise _bad(
                f"[durations] {key!r} must be a unit word ({_DURATION_WORDS}) mapped to {_DURATION_UNITS}"
            )

    next_words = _string_list(_table(data, "relative"), "relative", "next", "words")

    clock_table = _table(data, "clock")
    hour_marks = _string_list(clock_table, "clock", "hour", "marks")
    minute_marks = _string_list(clock_table, "clock", "minute", "marks")
    clock_ends = set("0123456789").union(m[-1] for m in (*hour_marks, *minute_marks))

    limits = _table(data, "limits")
    min_year, max_year = limits.get("min_year"), limits.get("max_year")
    if type(min_year) is not int or type(max_year) is not int or not 1000 <= min_year < max_year <= 9999:
        raise _bad("[limits] min_year and max_year must be 4-digit years, min < max")

    number_words = _number_words(_table(data, "number_words"))
    year_word = fold_tones(words["year"][0])

    vocabulary = [p.split() for p in kinds]
    recurrence = [fold_tones(p).split() for p in recurrences]
    spelt = number_words.pattern(day_word, year_word, r"\s")
    spelt_plain = number_words.pattern(day_word, year_word, _PLAIN_SPACE)
    run = _run_pattern(
        vocabulary, recurrence, glued, spelt, letter=_LETTER_OR_DIGIT, other=_OTHER, space=r"\s"
    )
    plain_letter = _plain_letter_or_digit()
    run_plain = _run_pattern(
        vocabulary,
        recurrence,
        glued,
        spelt_plain,
        letter=plain_letter,
        other=_plain_other(),
        space=_PLAIN_SPACE,
    )
    return _Vocab(
        kinds=kinds,
        day_word=day_word,
        roman=dict(roman),
        month_names={fold_tones(k): v for k, v in month_names.items()},
        relative_offsets=relative_offsets,
        holidays=holidays,
        week_ordinals=week_ordinals,
        quarter_months=quarter_months,
        number_words=number_words,
        lunar_months=lunar_months,
        cycle_years=cycle_years,
        cycle_start=cycle_start,
        month_parts=month_parts,  # type: ignore[arg-type]
        week_parts=week_parts,  # type: ignore[arg-type]
        year_parts=year_parts,  # type: ignore[arg-type]
        quarter_parts=dict(quarter_parts),
        halves=halves,
        weekdays=dict(weekdays),
        qualifiers=qualifiers,
        range_qualifier=range_table["qualifier"],
        recurrences=recurrences,
        spans=spans,
        durations=durations,
        min_year=min_year,
        max_year=max_year,
        glued=glued,
        token_re=regex.compile(
            _token_pattern(trie_pattern(vocabulary), spelt, glued, _LETTER_OR_DIGIT, r"\s")
        ),
        token_re_plain=re.compile(
            _token_pattern(
                trie_pattern(vocabulary, space=f"{_PLAIN_SPACE}++"),
                spelt_plain,
                glued,
                plain_letter,
                _PLAIN_SPACE,
            )
        ),
        clock_re=re.compile(_clock_pattern(qualifiers, hour_marks, minute_marks)),
        next_re=re.compile(
            rf"[{WHITE_SPACE}]++(?:{_longest_first(fold_tones(w) for w in next_words)})(?![^\W_])"
        ),
        clock_ends=frozenset(clock_ends),
        time_re=re.compile(_time_pattern(qualifiers, hour_marks, minute_marks)),
        run_re=regex.compile(run[0]),
        run_re_plain=re.compile(run_plain[0]),
        run_search_re=regex.compile(run[1]),
        run_search_re_plain=re.compile(run_plain[1]),
    )


_DIGITS = r"[0-9]++"  # a number token
_MARKS = r"\.{2,}+|…++|_{2,}+|[/.\-,():]"  # a punctuation token
_LETTER_OR_DIGIT = r"[\p{L}\p{N}]"
_OTHER = r"[^\p{L}\p{N}]"
# The same classes for ``re`` (:func:`_plain_letter_or_digit`): its letters and digits are those of its
# (older) Unicode, a subset of ``regex``'s; its \s has four more control characters than ``regex``'s, so
# white space is listed.
_PLAIN_SPACE = f"[{WHITE_SPACE}]"
# Characters outside these blocks (Latin, Greek, Cyrillic, Vietnamese, punctuation, symbols, CJK marks)
# may be letters to ``regex`` and not to ``re``: a text with one is scanned with ``run_re``.
_RE_AGREES_BLOCKS = ((0x0, 0x52F), (0x1E00, 0x208E), (0x20A0, 0x2BFF), (0x3000, 0x303F), (0xFF00, 0xFFEF))
_RE_AGREES = "".join(rf"\u{a:04x}-\u{b:04x}" for a, b in _RE_AGREES_BLOCKS)
_RE_DISAGREES_RE = re.compile(f"[^{_RE_AGREES}]")


@functools.cache
def _plain_letter_or_digit() -> str:
    """``re``'s ``[^\\W_]`` (a letter or digit) spelt out for the characters of ``_RE_AGREES`` and white
    space, the only ones the plain patterns read: the letters and digits listed. ``re`` tests a character
    against a listed set in a few steps, against a Unicode category in many, and the run search tests every
    character of a stretch, the token and run patterns the characters around every word and number."""
    return "[" + ranges(str.isalnum, _RE_AGREES_BLOCKS) + "]"  # str.isalnum: what ``re``'s \w is, but "_"


def _plain_other() -> str:
    """``re``'s ``[\\W_]`` (no letter or digit), spelt out as :func:`_plain_letter_or_digit`."""
    return "[^" + _plain_letter_or_digit()[1:]


def _clock_pattern(qualifiers: dict[str, str], hour: list[str], minute: list[str]) -> str:
    """A qualifier (group ``q``) and a time of day before a date phrase ("trước 17h00 ngày 20/6"), read
    backwards: it is matched at the start of the reversed text before the phrase, so the match reads only
    what it takes. Group ``range`` is a time of day before the qualifier: "từ 9h00 đến 11h30 ngày 18/8"
    times an event on the day.

    >>> p = re.compile(_clock_pattern({"trước": "before", "đến": "by"}, ["h", "giờ"], ["phút"]))
    >>> [p.match(s[::-1]).group("q")[::-1] for s in ("nộp trước 17h00 ", "trước 17 giờ 30 phút, ")]
    ['trước', 'trước']
    >>> p.match("từ 9h00 đến 11h30 "[::-1]).group("range") is not None, p.match("ngày 9 "[::-1])
    (True, None)
    """

    def backwards(words: Iterable[str]) -> str:
        return _longest_first(w[::-1] for w in words)

    time = rf"(?:(?:(?:{backwards(minute)}) ?)?[0-9]{{2}} ?)?(?:{backwards(hour)}) ?[0-9]{{1,2}}(?![0-9])"
    return rf"[\s,]*+{time}\s+(?P<q>{backwards(qualifiers)})(?![^\W\d_])(?P<range>\s+{time})?"


def _longest_first(words: Iterable[str]) -> str:
    """``words`` as a ``re`` alternation, the longest first (so "giờ" is tried before "g").

    >>> _longest_first(["g", "giờ", "h"])
    'giờ|g|h'
    """
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _time_pattern(qualifiers: dict[str, str], hour: list[str], minute: list[str]) -> str:
    """A time of day ("17h00", "17 giờ 30 phút"), or a range of them with the qualifiers around it (group
    ``range``: "từ 9h00 đến 11h30", "9h00 - 11h30"), then the blanks and a comma after it: what
    :func:`parse_date` sets aside before a date.

    >>> p = re.compile(_time_pattern({"trước": "before", "từ": "from", "đến": "by"}, ["h", "giờ"], ["phút"]))
    >>> [p.search(s).group() for s in ("trước 17h00 ngày 20/6", "trước 17 giờ 30 phút, ngày 20/6")]
    ['17h00 ', '17 giờ 30 phút, ']
    >>> p.search("từ 9h00 đến 11h30 ngày 18/8").group("range"), p.search("ngày 9")
    ('từ 9h00 đến 11h30', None)
    """

    hours, minutes = "(?:[01]?[0-9]|2[0-4])", "[0-5][0-9]"
    minute_part = rf"(?: ?{minutes}(?![0-9])(?: ?(?:{_longest_first(minute)}))?)?"
    time = rf"(?<![0-9]){hours} ?(?:{_longest_first(hour)}){minute_part}"
    qualifier = rf"(?:{_longest_first(qualifiers)})(?![^\W\d_])"
    return (
        rf"(?:(?P<range>(?:{qualifier}\s+)?{time}\s*+(?:{qualifier}|-)\s*+{time})|{time})(?![^\W\d_])[\s,]*+"
    )


@dataclass(frozen=True, slots=True)
class _GluedUnits:
    """A unit's letter glued to its number ("T10/2025", "QIV/2025"): ``[glued_units]``."""

    kinds: dict[str, str]  # each letter -> the terminal of the word it stands for (THANG, QUY)
    romans: tuple[str, ...]  # the Roman numerals a quarter's letter takes ([roman])

    @property
    def letters(self) -> str:
        return "".join(sorted(self.kinds))

    def letters_of(self, kind: str) -> str:
        return "".join(sorted(k for k, v in self.kinds.items() if v == kind))


def _glued_units(table: dict[str, str], romans: Iterable[str]) -> _GluedUnits:
    """``[glued_units]`` checked, with the numerals of ``[roman]``."""
    words = {"month": "THANG", "quarter": "QUY", "half": "HALF"}
    kinds = {}
    for letter, word in table.items():
        if not (len(letter) == 1 and letter.isalpha() and letter.islower()) or word not in words:
            raise _bad(f"[glued_units] {letter!r} must be one lower-case letter for one of {sorted(words)}")
        kinds[letter] = words[word]
    return _GluedUnits(kinds, tuple(romans))


_GLUED_NUMERALS = {
    "THANG": "1[0-2]|0?[1-9]",
    "QUY": "0?[1-4]",
    "HALF": "[12]",
}  # the numbers a glued letter takes


def _glued_pattern(glued: _GluedUnits, space: str, *, capture: bool) -> str:
    """A unit's letter glued to its number ("t10", "qiv"), before a year or the next such unit
    ("t10/2025", "t11-t12/2025"): groups ``g`` and ``gn`` when ``capture``. A month's letter takes a
    month's number; a quarter's, a quarter's number or Roman numeral: "T13/2025" and "Q5/2025" are no
    dates but codes.
    """
    g, gn = ("(?P<g>", "(?P<gn>") if capture else ("(?:", "(?:")
    numerals = []
    for kind, numeral in _GLUED_NUMERALS.items():
        if letters := glued.letters_of(kind):
            romans = f"|{_longest_first(glued.romans)}" if kind == "QUY" and glued.romans else ""
            numerals.append(f"(?<=[{letters}])(?:{numeral}{romans})")
    then = rf"(?={space}*+[/.\-]{space}*+(?:[0-9]{{4}}(?![0-9])|[{glued.letters}][0-9]))"
    return f"{g}[{glued.letters}]){gn}{'|'.join(numerals)}){then}"


def _token_pattern(word: str, spelt: str, glued: _GluedUnits, letter: str, space: str) -> str:
    """One token: a day or a year in words after its word (``spelt``: :meth:`_NumberWords.pattern`), a
    word of the vocabulary or a number (whole), a unit's letter glued to its numeral
    (:func:`_glued_pattern`), or a mark; groups 2 / 3 / 4 / 5 and 6 / 7 (s / w / n / g, gn / p).
    ``letter`` and ``space`` are the engine's classes of letters and digits, and of white space.

    The white space before a token is part of the match: no token starts with white space, so the
    tokens are those of the pattern without it, and the engine does not try (and fail) at every white
    space character between tokens. It is group 1, so that ``findall`` gives each token's offset.
    """
    edge, letter = rf"(?<!{letter})", rf"(?!{letter})"
    glued_unit = _glued_pattern(glued, space, capture=True)
    # a glued unit before a year is one even where its letters are a word ("T7/2025": July; "T7 (26/4)": a
    # Saturday)
    not_glued = f"(?!{_glued_pattern(glued, space, capture=False)})"
    whole = rf"{edge}{not_glued}(?:(?P<s>{spelt})|(?P<w>{word})|(?P<n>{_DIGITS})){letter}"
    return rf"({space}*+)(?:{whole}|{edge}{glued_unit}|(?P<p>{_MARKS}))"


def _run_pattern(
    words: list[list[str]],
    recurrence: list[list[str]],
    glued: _GluedUnits,
    spelt: str,
    *,
    letter: str,
    other: str,
    space: str,
) -> tuple[str, str]:
    """A run: a word or number then one token or more, separated by white space only; or one recurrence
    word ("hằng năm"). No phrase starts with a mark. ``letter``, ``other`` (its complement) and ``space``
    are the engine's classes.

    Two patterns: the run where it starts, and (to search with) the character before it, no letter or
    digit, then the run as group 1. The search's first item is a character class, so the engine jumps
    from one such character to the next in C and tries the run only there, and only where the next four
    characters (or a shorter word) can start one (:func:`_starts`); a pattern that starts with the
    lookbehind is tried at every character.
    """
    word = trie_pattern(words, space=f"{space}++")
    edge, end = f"(?<!{letter})", f"(?!{letter})"
    glued_unit = _glued_pattern(glued, space, capture=False)
    any_token = rf"{edge}(?:{spelt}|{word}|{_DIGITS}){end}|{_MARKS}|{edge}{glued_unit}"
    recur = trie_pattern(recurrence, space=f"{space}++")
    first = rf"(?:{spelt}|{word}|{_DIGITS}){end}|{glued_unit}"
    run = rf"(?:(?:{first})(?:{space}*+(?:{any_token}))++|(?:{recur}){end})"
    return f"{edge}{run}", rf"{other}(?={_starts(words + recurrence, glued, letter)})({run})"


def _starts(phrases: list[list[str]], glued: _GluedUnits, letter: str) -> str:
    """What a run's first four characters can be: a digit, or the start of a phrase, where a first word
    shorter than that ends (no letter or digit after it: ``letter`` is the engine's class of them): "v"
    then a blank but not "và", "trung tuần" but not "truyền".

    The engine tests it in a few steps and rejects most words of a text there; the run pattern would
    go into a branch per character of the word before rejecting it.
    """
    trie: dict[str, Any] = {}
    for words in phrases:
        node = trie
        for ch in (" ".join(words) + " ")[:_STARTS_READ]:  # " ": the first word's end
            node = node.setdefault(ch, {})
            if ch == " ":
                break
    # a unit's letter then its number ("t10/2025"), a quarter's then a Roman numeral's first letter: more
    # of the letter's branch (a branch of their own would be tried at every start)
    glued_seconds: dict[str, list[str]] = {unit: ["[0-9]"] for unit in glued.kinds}
    if glued.romans:
        for unit in glued.letters_of("QUY"):
            glued_seconds[unit].append(f"[{''.join(sorted({n[0] for n in glued.romans}))}]")
    for unit in glued_seconds:
        trie.setdefault(unit, {})

    def build(node: dict[str, Any], extra: list[str]) -> str:
        ends = "".join(regex.escape(ch) for ch in sorted(node) if ch != " " and not node[ch])
        options = [*extra, *([f"[{ends}]"] if ends else [])]
        options += [regex.escape(ch) + build(node[ch], []) for ch in sorted(node) if ch != " " and node[ch]]
        options += [f"(?!{letter})"] * (" " in node)
        return options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"

    firsts = [regex.escape(ch) + build(trie[ch], glued_seconds.get(ch, [])) for ch in sorted(trie)]
    return "(?:" + "|".join(["[0-9]", *firsts]) + ")"


def trie_pattern(phrases: list[list[str]], space: str = r"\s++") -> str:
    """A regex matching any of ``phrases`` (lists of words, ``space`` between them), longest first, with
    shared prefixes factored (the engine follows one branch per character instead of trying each phrase).

    >>> trie_pattern([["ab"], ["ac"], ["a", "b"]])
    '(?:a(?:\\\\s++(?:b)|b|c))'
    """
    trie: dict[str, Any] = {}
    for words in phrases:
        node = trie
        for ch in " ".join(words):
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = []
        for ch in sorted(node, key=lambda c: (c == "", c)):
            if ch == "":
                continue
            branches.append((space if ch == " " else regex.escape(ch)) + build(node[ch]))
        if "" in node:
            branches.append("")  # the phrase may end here: tried last, so the longest phrase wins
        if not branches or branches == [""]:
            return ""
        return "(?:" + "|".join(branches) + ")"

    return build(trie)


_PUNCT = {"/": "SLASH", ".": "DOT", "-": "DASH", ",": "COMMA", "(": "LPAR", ")": "RPAR", ":": "COLON"}
_NUMBER = {1: "N12", 2: "N12", 3: "N3", 4: "N4"}

_Tok = tuple[str, str, int, int]  # (terminal, normalised value, start, end)


def _tokens(vocab: _Vocab, text: str, token_re: Any, start: int = 0, end: int | None = None) -> list[_Tok]:
    """The tokens of ``text[start:end]`` as (terminal, value, start, end in ``text``); OTHER for unusable
    numbers.

    ``token_re`` is ``vocab.token_re``, or ``vocab.token_re_plain`` if ``text`` has no character of
    _RE_DISAGREES_RE there. One ``findall`` gives the tokens' texts (no match object per token); their
    offsets add up from ``start`` when the matches tile the range, as they do a run (:func:`_runs`: tokens
    separated by white space); else they come from ``finditer``.
    """
    end = len(text) if end is None else end
    out: list[_Tok] = []
    kinds = vocab.kinds
    at = start
    for space, spelt, word, number, unit, numeral, mark in token_re.findall(text, start, end):
        at += len(space)
        if spelt:
            out.extend(_spelt_tokens(vocab, spelt, at))
            at += len(spelt)
            continue
        if word:
            kind = kinds.get(word)
            value = word
            if kind is None:  # written with other white space
                value = " ".join(word.split())
                kind = kinds[value]
            n = len(word)
        elif number:
            kind, value, n = _NUMBER.get(len(number), "OTHER"), number, len(number)
        elif unit:  # "t10": the unit's word, then its number
            out.append((vocab.glued.kinds[unit], unit, at, at + 1))
            at += 1
            kind = _NUMBER[len(numeral)] if numeral[0].isdigit() else kinds[numeral]  # N12 or ROMAN
            value, n = numeral, len(numeral)
        else:
            kind, value, n = _PUNCT.get(mark, "BLANK"), mark, len(mark)
        out.append((kind, value, at, at + n))
        at += n
    return out if at == end else _tokens_found(vocab, text, token_re, start, end)


def _spelt_tokens(vocab: _Vocab, written: str, at: int) -> list[_Tok]:
    """The tokens of a day or a year in words after its word (``written`` at ``at``): the word, then the
    number's figures spanning its words.

    >>> _spelt_tokens(_vocab(), "ngày  mười lăm", 10)
    [('NGAY', 'ngày', 10, 14), ('N12', '15', 16, 24)]
    """
    word, *number = written.split()
    figures = str(vocab.number_words.value(number))
    number_start = len(written) - len(written[len(word) :].lstrip())
    return [
        (vocab.kinds[word], word, at, at + len(word)),
        (_NUMBER[len(figures)], figures, at + number_start, at + len(written)),
    ]


def _tokens_found(vocab: _Vocab, text: str, token_re: Any, start: int, end: int) -> list[_Tok]:
    """:func:`_tokens` where the tokens do not tile the range: each token's offsets from its match."""
    out: list[_Tok] = []
    kinds = vocab.kinds
    for m in token_re.finditer(text, start, end):
        group = m.lastindex
        value = m[group]
        if group == 2:  # a day or a year in words
            out.extend(_spelt_tokens(vocab, value, m.start(group)))
            continue
        if group == 3:  # a word
            kind = kinds.get(value)
            if kind is None:  # written with other white space
                value = " ".join(value.split())
                kind = kinds[value]
        elif group == 4:  # a number
            kind = _NUMBER.get(len(value), "OTHER")
        elif group == 6:  # a unit's letter glued to its numeral
            out.append((vocab.glued.kinds[m[5]], m[5], m.start(5), m.end(5)))
            kind = _NUMBER[len(value)] if value[0].isdigit() else kinds[value]
        else:
            kind = _PUNCT.get(value, "BLANK")
        token_start, token_end = m.span(group)
        out.append((kind, value, token_start, token_end))
    return out


# ----------------------------------------------------------------------------------------------------
# Parsing: longest accepted prefix (cached per sequence of terminals), then the tree of that prefix.


@functools.cache
def _first_terminals() -> frozenset[str]:
    table = get_parser("date").parser.parser.parser.parse_table
    return frozenset(t for t in table.states[table.start_states["start"]] if t.isupper() and t[0] != "_")


# A phrase's tree as a plan: its rules bottom-up, each (the transformer's method, its children), a child
# being a token's index in the phrase (>= 0) or the result of an earlier step ``~child`` (< 0). The grammar
# is LALR: its decisions depend on the terminals only, so the tree of a phrase is its shape's tree with the
# token values put in, and reading it is a loop over the plan.
_Plan = tuple[tuple[Any, tuple[int, ...]], ...]


def _plan(tree: Tree[Token]) -> _Plan:
    steps: list[tuple[Any, tuple[int, ...]]] = []

    def walk(node: Tree[Token]) -> int:
        kids = tuple(int(c.value) if isinstance(c, Token) else ~walk(c) for c in node.children)
        steps.append((getattr(_ToReading, str(node.data)), kids))
        return len(steps) - 1

    walk(tree)
    return tuple(steps)


@by_shape
def _longest(kinds: tuple[str, ...]) -> tuple[int, _Plan | None]:
    """The longest phrase of the grammar at the start of ``kinds``: its number of terminals (0: none) and
    the plan of its tree (cached per sequence of terminals: the grammar bounds them, the text does not).
    """
    ip = get_parser("date").parse_interactive()
    best: tuple[int, _Plan | None] = (0, None)
    for n, kind in enumerate(kinds, 1):
        try:
            ip.feed_token(Token(kind, str(n - 1)))  # the value is the hole: the token's index
        except UnexpectedInput:
            break
        state = ip.parser_state
        if "$END" in state.parse_conf.states[state.position]:
            try:
                tree = ip.copy().feed_eof()  # type: ignore[no-untyped-call]
            except UnexpectedInput:
                continue
            best = n, _plan(tree)
    return best


_LIMITS = frozenset(("before", "by"))  # the qualifiers of a limit ("trước", "chậm nhất")


class _NotADate(Exception):
    """Raised inside the transformer: the phrase parses but is no date (a year out of range...)."""


# _Piece and _Reading are not frozen: a frozen dataclass sets each field through object.__setattr__, and
# several are made per phrase (nothing changes them once made).
@dataclass(slots=True)
class _Piece:
    """One period of a phrase, year-free: months/days relative to ``year`` (None: to be inferred)."""

    granularity: str
    year: int | None
    start: tuple[int, int]  # (month, day)
    end: tuple[int, int, int]  # (years after `year`, month, day); day 0 = last day of the month
    approximate: bool = False
    ref_unit: str | None = None  # "month" / "quarter": a part of the month / quarter of the reference date;
    # "day_of_month": a day of every month, the first from the reference date on; "day_of_month_after": that
    # day of the month start[0] months after the reference date's; "day_of_year": a day of every year (a
    # holiday), the first from the reference date on
    day_word: bool = False  # written with the day word ("ngày 7/9")
    bare: bool = False  # a day/month with no year and no day word
    weekday: int | None = None
    lunar: bool = False  # a day of the lunar calendar: ``year`` is a lunar year (vnplan.lunar)
    cycle: int | None = None  # the lunar year named by its stem and branch: its index in the 60 years' cycle
    short_year: bool = False  # a year written with two digits ("15/10/25"): 20yy


_HOLIDAY_KINDS = frozenset({"TETDAY", "SOLARDAY"})  # a holiday's name: a date after a qualifier only


def _half(first: bool, year: int | None) -> _Piece:
    """The first half of a year (January to June) or its last (July to December)."""
    return _Piece("half", year, (1, 1), (0, 6, 30)) if first else _Piece("half", year, (7, 1), (0, 12, 31))


_LAST_SHORT_YEAR = 49  # a year of two digits is 2000-2049 ("15/10/25"); later ones are no date


@dataclass(slots=True)
class _Reading:
    """What a phrase says, before the reference date is known."""

    pieces: tuple[_Piece, ...] = ()  # one piece, or the two ends of a range
    is_range: bool = False
    granularity: str = ""
    qualifiers: tuple[str, ...] = ()
    recurrence: str | None = None
    weekday: int | None = None  # a weekday written before the date
    duration: tuple[int, str] | None = None  # (n, relativedelta unit) from the anchor, or from the point
    anchored: bool = False  # relative to the reference date
    now_at: str | None = None  # "start" / "end": that end of the range is the reference date ("nay")
    month_inferred: bool = False  # a limit's day written with no month ("trước ngày 25")


@dataclass(slots=True)
class _Leaf:
    """A phrase's token put in a hole of its shape's tree: what the transformer reads of a Lark ``Token``
    (cheaper to make)."""

    type: str
    value: str


_Terminal = Token | _Leaf  # a leaf of the tree the transformer reads


def _num(tok: _Terminal) -> int:
    return int(tok.value)


class _ToReading(Transformer[Token, Any]):
    """Lark tree of ``date.lark`` -> :class:`_Reading`."""

    def __init__(self, vocab: _Vocab) -> None:
        super().__init__()
        self.v = vocab

    def _year(self, tok: _Terminal) -> int:
        y = _num(tok)
        if not self.v.min_year <= y <= self.v.max_year:
            raise _NotADate(tok.value)
        return y

    # --- mention level
    def dated(self, children: list[Any]) -> _Reading:
        return self._mention(children)

    def recur_dated(self, children: list[Any]) -> _Reading:
        return self._mention(children)

    def _mention(self, children: list[Any]) -> _Reading:
        quals: tuple[str, ...] = ()
        recurrence = None
        weekday = None
        body: _Reading | None = None  # a range
        piece: _Piece
        for c in children:
            if isinstance(c, tuple):
                quals = c
            elif isinstance(c, Token | _Leaf):
                continue  # the comma of "hằng năm, trước ngày ..."
            elif isinstance(c, str):
                recurrence = c
            elif isinstance(c, int):
                weekday = c
            elif isinstance(c, _Reading):
                body = c
            elif isinstance(c, _Piece):
                piece = c
        if body is None:  # one point or span (the grammar always has a body here)
            return _Reading(
                pieces=(piece,),
                granularity=piece.granularity,
                qualifiers=quals,
                recurrence=recurrence,
                weekday=weekday,
            )
        return replace(body, qualifiers=quals, recurrence=recurrence, weekday=weekday)

    def monthly_day(self, children: list[Any]) -> _Reading:
        return self._day_of_month(children)

    def monthly_day_from(self, children: list[Any]) -> _Reading:
        """A day of every month from a month on ("trước ngày 20 hằng tháng, bắt đầu từ tháng 5/2024"): the
        first is that month's; "trước ngày 05 hằng tháng (bắt đầu từ tháng 10/2025)" too."""
        if isinstance(children[-1], Token | _Leaf) and children[-1].type == "RPAR":
            children = children[:-1]
        *head, _, _, month, year = children
        reading = self._day_of_month(head)
        m, d = _num(month), reading.pieces[0].start[1]
        if 1 <= m <= 12:  # (another month is left to resolution: "date.impossible")
            d = min(d, calendar.monthrange(year, m)[1])  # the month's last, if shorter
        return replace(reading, pieces=(_Piece("day", year, (m, d), (0, m, d), day_word=True),))

    def day_of_month_after(self, children: list[Any]) -> _Reading:
        """A day of the month after the reference date's, due every month ("trước ngày 10 của tháng tiếp
        theo": a monthly report's limit); the first is that month's.

        >>> p = parse_date("trước ngày 10 của tháng tiếp theo", ref=date(2025, 1, 14))
        >>> p.start.isoformat(), p.recurrence
        ('2025-02-10', 'monthly')
        """
        quals: tuple[str, ...] = ()
        day = offset = 0
        for c in children:
            if isinstance(c, tuple):
                quals = c
            elif isinstance(c, Token | _Leaf) and c.type == "N12":
                day = _num(c)
            elif isinstance(c, Token | _Leaf) and c.type == "RELMONTH":
                offset = self.v.relative_offsets[c.value]
        if not 1 <= day <= 31:
            raise _NotADate(str(day))
        piece = _Piece("day", None, (offset, day), (0, 0, day), ref_unit="day_of_month_after", day_word=True)
        return _Reading(pieces=(piece,), granularity="day", qualifiers=quals, recurrence="monthly")

    def monthly_day_since(self, children: list[Any]) -> _Reading:
        """A day of every month from a month written before it ("Từ tháng 02/2025, định kỳ hằng tháng,
        trước ngày 25"): the first is that month's, as "trước ngày 25 hằng tháng, bắt đầu từ tháng 02/2025".

        >>> parse_date("Từ tháng 02/2025, định kỳ hằng tháng, trước ngày 25").start.isoformat()
        '2025-02-25'
        """
        since, _, month, year, _, recurrence, *rest = children
        if "from" not in since:
            raise _NotADate(month.value)  # "trước tháng 5/2025, hằng tháng, ..."
        rest = [c for c in rest if not (isinstance(c, Token | _Leaf) and c.type == "COMMA")]
        return self.monthly_day_from([*rest[:-2], rest[-1], recurrence, None, None, month, year])

    def day_of_quarter_month(self, children: list[Any]) -> _Reading:
        """A day of a month of the reference date's quarter or a later one, due every quarter ("trước ngày 20
        của tháng cuối quý", "trước ngày 15 của tháng đầu quý sau"): the first is that quarter's.

        >>> p = parse_date("trước ngày 15 của tháng đầu quý sau", ref=date(2025, 12, 22))
        >>> p.start.isoformat(), p.recurrence
        ('2026-01-15', 'quarterly')
        """
        quals = children[0] if isinstance(children[0], tuple) else ()
        day = next(c for c in children if isinstance(c, Token | _Leaf) and c.type == "N12")
        later, index = self.v.quarter_months[
            next(c for c in children if isinstance(c, Token | _Leaf) and c.type == "QMONTH").value
        ]
        d = _num(day)
        if not 1 <= d <= 31:
            raise _NotADate(day.value)
        piece = _Piece(
            "day", None, (3 * later + index, d), (0, 0, d), ref_unit="day_of_quarter_month", day_word=True
        )
        return _Reading(pieces=(piece,), granularity="day", qualifiers=quals, recurrence="quarterly")

    def day_of_quarter_month_from(self, children: list[Any]) -> _Reading:
        """As :meth:`day_of_quarter_month`, from a quarter written after it ("trước ngày 20 của tháng cuối quý
        (bắt đầu từ quý I/2026)"): the first is that quarter's (or the one after it, for "quý sau").

        >>> parse_date("trước ngày 20 của tháng cuối quý (bắt đầu từ quý I/2026)").start.isoformat()
        '2026-03-20'
        """
        reading = self.day_of_quarter_month([c for c in children if type(c) is not int])
        quarter, year = (c for c in children if type(c) is int)  # (qnum's, then yearpart's)
        offset, d = reading.pieces[0].start
        month = 3 * (quarter - 1) + offset
        year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
        d = min(d, calendar.monthrange(year, month)[1])
        return replace(reading, pieces=(_Piece("day", year, (month, d), (0, month, d), day_word=True),))

    def recur_monthly_day(self, children: list[Any]) -> _Reading:
        return self._day_of_month(children)

    def day_alone(self, children: list[Any]) -> _Reading:
        """A limit's day with no month ("xong trước ngày 25", in a month's resolution): the first such
        day from the reference date on, as a day of every month is; only after a limit's word ("trước",
        "chậm nhất"), not a day an event falls on ("vào ngày 20")."""
        quals, _, day = children
        if not _LIMITS.intersection(quals):
            raise _NotADate(day.value)
        return replace(self._day_of_month([quals, day, "monthly"]), recurrence=None, month_inferred=True)

    def _day_of_month(self, children: list[Any]) -> _Reading:
        """A day of every month ("trước ngày 10 hằng tháng"): the month is the reference date's, or
        the next one's when the day is past (:func:`_ref_piece`)."""
        quals: tuple[str, ...] = ()
        recurrence = ""
        for c in children:
            if isinstance(c, Token | _Leaf):  # (a Lark Token is a str too)
                if c.type == "N12":
                    day = c
            elif isinstance(c, tuple):
                quals = c
            elif isinstance(c, str):
                recurrence = c
        d = _num(day)
        if recurrence != "monthly" or not 1 <= d <= 31:
            raise _NotADate(day.value)  # "ngày 10 hằng năm": no month to put the day in
        piece = _Piece("day", None, (0, d), (0, 0, d), ref_unit="day_of_month", day_word=True)
        return _Reading(pieces=(piece,), granularity="day", qualifiers=quals, recurrence=recurrence)

    def recur_only(self, children: list[Any]) -> _Reading:
        return _Reading(recurrence=children[0])

    def relative(self, children: list[Any]) -> _Reading:
        quals = children[0] if isinstance(children[0], tuple) else ()
        duration = next(c for c in children if isinstance(c, list))
        return _Reading(
            qualifiers=quals, duration=(duration[0], duration[1]), anchored=True, granularity="relative"
        )

    def duration_from(self, children: list[Any]) -> _Reading:
        """A duration counted from a date written ("trong 15 ngày kể từ ngày 01/11/2025"): from that date to
        the duration after it.

        >>> p = parse_date("trong 15 ngày kể từ ngày 01/11/2025")
        >>> p.start.isoformat(), p.end.isoformat(), p.granularity
        ('2025-11-01', '2025-11-16', 'range')
        """
        quals = children[0] if isinstance(children[0], tuple) else ()
        n, unit = next(c for c in children if isinstance(c, list))
        return _Reading(pieces=(children[-1],), granularity="range", qualifiers=quals, duration=(n, unit))

    def anchored(self, children: list[Any]) -> _Reading:
        return _Reading(qualifiers=children[0], anchored=True, granularity="day")

    def since_ref(self, children: list[Any]) -> _Reading:
        """From the reference date to a point ("từ nay đến hết năm 2024", "từ ngày ký đến 31/12")."""
        quals, point = children[0], children[-1]
        return _Reading(pieces=(point,), is_range=True, granularity="range", qualifiers=quals, now_at="start")

    def until_ref(self, children: list[Any]) -> _Reading:
        """From a point to the reference date ("từ tháng 3/2023 đến nay")."""
        return _Reading(pieces=(children[0],), is_range=True, granularity="range", now_at="end")

    def year_until_ref(self, children: list[_Terminal]) -> _Reading:
        """From a year to the reference date ("từ năm 2021 đến nay": a year opens a range of years too)."""
        return self.until_ref([self.year(children)])

    def quals(self, children: list[str]) -> tuple[str, ...]:
        return tuple(children)

    def qual(self, children: list[_Terminal]) -> str:
        return self.v.qualifiers[children[0].value]

    def weeks_after(self, children: list[_Terminal]) -> list[Any]:
        """A number of weeks before the words of the next week ("2 tuần sau ngày ký"): a duration."""
        return [_num(children[0]), "weeks"]

    def week_of_ref(self, children: list[_Terminal]) -> _Piece:
        """A week counted from the issue date's ("tuần tới"): start[0] its offset in weeks."""
        return _Piece(
            "week", None, (self.v.relative_offsets[children[0].value], 0), (0, 0, 0), ref_unit="week"
        )

    def day_of_ref(self, children: list[_Terminal]) -> _Piece:
        """A day counted from the issue date ("ngày mai"): start[1] its offset in days."""
        return _Piece("day", None, (0, self.v.relative_offsets[children[0].value]), (0, 0, 0), ref_unit="day")

    def wd_lead(self, children: list[_Terminal]) -> int:
        return self.v.weekdays[children[0].value]

    def recur(self, children: list[_Terminal]) -> str:
        return self.v.recurrences[children[-1].value]

    def duration(self, children: list[_Terminal]) -> list[Any]:
        return [_num(children[0]), self.v.durations[children[1].value]]

    # --- bodies
    def range(self, children: list[Any]) -> _Reading:
        a, b = children[0], children[-1]
        weekday = next((c for c in children if isinstance(c, int)), None)  # "đến thứ Ba, ngày 24/12"
        if weekday is not None and b.weekday is None:
            b = replace(b, weekday=weekday)
        return _Reading(pieces=(a, b), is_range=True, granularity="range")

    def glossed_week(self, children: list[Any]) -> _Reading:
        """A week by its number and its days in parentheses ("tuần 2 (12/5 - 16/5)", a school's "tuần 19
        (từ ngày 12/01 đến ngày 17/01/2026)"): the days."""
        return self.range([c for c in children if isinstance(c, _Piece)])

    def quarters_across(self, children: list[Any]) -> _Piece:
        """Quarters that follow each other, listed with a year each ("quý IV năm 2025 và quý I năm 2026"):
        the period they make together; quarters with a gap between them are two dates.

        >>> p = parse_date("quý IV năm 2025 và quý I năm 2026")
        >>> p.start.isoformat(), p.end.isoformat()
        ('2025-10-01', '2026-03-31')
        """
        listed = ((children[1], children[2]), (children[5], children[6]))  # (quarters, year), twice
        quarters = [(year, q) for qs, year in listed for q in qs]
        if any(4 * y2 + q2 != 4 * y1 + q1 + 1 for (y1, q1), (y2, q2) in itertools.pairwise(quarters)):
            raise _NotADate(children[3].value)
        (y1, first), (y2, last) = quarters[0], quarters[-1]
        return _Piece("range", y1, (3 * first - 2, 1), (y2 - y1, 3 * last, 0))

    def months_across(self, children: list[Any]) -> _Piece:
        """Two months that follow each other, each with its year ("tháng 12/2025 và tháng 01/2026"): the
        period they make together; months with a gap between them are two dates."""
        (m1, y1), (m2, y2) = (_num(children[1]), children[2]), (_num(children[5]), children[6])
        if 12 * y2 + m2 != 12 * y1 + m1 + 1 or not 1 <= m1 <= 12:
            raise _NotADate(children[3].value)
        return _Piece("range", y1, (m1, 1), (y2 - y1, m2, 0))

    def month_range(self, children: list[Any]) -> _Reading:
        """A month, then the number of the last month and the year they share ("tháng 9 đến 10/2024")."""
        first, last = children[0], _num(children[2])
        if first.granularity != "month" or first.year is not None or not first.start[0] < last <= 12:
            raise _NotADate(children[2].value)
        return self.range([first, _Piece("month", children[3], (last, 1), (0, last, 0))])

    def range_to_day(self, children: list[Any]) -> _Reading:
        """A day, then a day written alone: of its month if later ("từ ngày 15/9 đến ngày 25"), else of the
        next ("từ ngày 25/9 đến ngày 05"; its year is the first's, or the next one's after December)."""
        first, last = children[0], _num(children[3])
        if first.granularity != "day" or not 1 <= last <= 31:
            raise _NotADate(children[3].value)
        month = first.start[0] if last > first.start[1] else first.start[0] % 12 + 1
        return self.range([first, _Piece("day", None, (month, last), (0, month, last), day_word=True)])

    def span(self, children: list[_Terminal]) -> _Piece:
        word = self.v.spans[children[0].value]
        y1, y2 = self._year(children[1]), self._year(children[-1])
        if y2 < y1 or (word.consecutive and y2 != y1 + 1):
            raise _NotADate(children[0].value)
        return _Piece(word.granularity, y1, word.start, (y2 - y1, *word.end), word.approximate)

    def year_range(self, children: list[_Terminal]) -> _Piece:
        y1, y2 = self._year(children[1]), self._year(children[-1])
        if y2 <= y1:
            raise _NotADate(children[1].value)
        return _Piece("multi_year", y1, (1, 1), (y2 - y1, 12, 31))

    # --- points
    def day_point(self, children: list[Any]) -> _Piece:
        day_word = not isinstance(children[0], _Piece)  # else the day word
        piece: _Piece = children[1] if day_word else children[0]
        weekday = children[-1] if isinstance(children[-1], int) else None
        if not day_word and weekday is None:
            return piece  # a day is read with no day word and no weekday
        p = piece  # copied with these three fields changed (faster than dataclasses.replace)
        bare = p.bare and not day_word
        return _Piece(
            p.granularity,
            p.year,
            p.start,
            p.end,
            p.approximate,
            p.ref_unit,
            day_word,
            bare,
            weekday,
            short_year=p.short_year,
        )

    def weekday_day(self, children: list[Any]) -> _Piece:
        """A weekday, then its day in parentheses ("Thứ Năm (03/10)"): read as "03/10 (Thứ Năm)" is."""
        return self.day_point([children[2], self.v.weekdays[children[0].value]])

    def blank_day(self, children: list[Any]) -> _Piece:
        month = _num(children[-2])
        return _Piece("month", children[-1], (month, 1), (0, month, 0), approximate=True, day_word=True)

    def month(self, children: list[Any]) -> _Piece:
        month = _num(children[1])
        year = children[2] if len(children) > 2 else None
        return _Piece("month", year, (month, 1), (0, month, 0))

    def roman_month(self, children: list[Any]) -> _Piece:
        """A month in Roman numerals with its year ("tháng XII/2024", the army's habit)."""
        month = self.v.roman[children[1].value]
        return _Piece("month", children[2], (month, 1), (0, month, 0))

    def roman_part_of_month(self, children: list[Any]) -> _Piece:
        """A part of a month in Roman numerals ("giữa tháng XII/2024", "cuối tháng XII")."""
        first, last = self.v.month_parts[children[0].value]
        month = self.v.roman[children[2].value]
        year = children[3] if len(children) > 3 else None
        return _Piece("part_of_month", year, (month, first), (0, month, last), approximate=True)

    def month_span(self, children: list[Any]) -> _Piece:
        first, last = (c for c in children if isinstance(c, _Terminal) and c.type == "N12")
        m1, m2 = _num(first), _num(last)
        if not 1 <= m1 < m2 <= 12:
            raise _NotADate(last.value)
        year = children[-1] if isinstance(children[-1], int) else None
        return _Piece("range", year, (m1, 1), (0, m2, 0))

    def month_list(self, children: list[Any]) -> _Piece:
        """Months that follow each other, listed: the period they make together."""
        months = [_num(c) for c in children if isinstance(c, _Terminal) and c.type == "N12"]
        if any(b != a + 1 for a, b in itertools.pairwise(months)) or months[-1] > 12:
            raise _NotADate(" ".join(map(str, months)))
        year = children[-1] if isinstance(children[-1], int) else None
        return _Piece("range", year, (months[0], 1), (0, months[-1], 0))

    def year(self, children: list[_Terminal]) -> _Piece:
        return _Piece("year", self._year(children[1]), (1, 1), (0, 12, 31))

    def quarter(self, children: list[Any]) -> _Piece:
        quarters: list[int] = children[1]
        year = children[2] if len(children) > 2 else None
        first, last = min(quarters), max(quarters)
        granularity = "quarter" if first == last else "range"
        return _Piece(granularity, year, (3 * first - 2, 1), (0, 3 * last, 0))

    def months_of_year(self, children: list[_Terminal]) -> _Piece:
        n = _num(children[0])
        if not 1 <= n <= 11:
            raise _NotADate(children[0].value)
        year = self._year(children[4]) if len(children) > 4 else None
        granularity = "half" if n == 6 else "months"
        if self.v.halves[children[2].value] == "first":
            return _Piece(granularity, year, (1, 1), (0, n, 0))
        return _Piece(granularity, year, (13 - n, 1), (0, 12, 31))

    def half_of_year(self, children: list[_Terminal]) -> _Piece:
        year = self._year(children[3]) if len(children) > 3 else None
        return _half(self.v.halves[children[1].value] == "first", year)

    def numbered_half(self, children: list[Any]) -> _Piece:
        """A half of a year by its number, its letter glued to it as plans in English write it ("H1/2026"
        the first, "H2/2025" the last; [glued_units]).

        >>> p = parse_date("trong H1/2026")
        >>> p.start.isoformat(), p.end.isoformat(), p.granularity
        ('2026-01-01', '2026-06-30', 'half')
        """
        return _half(_num(children[1]) == 1, children[2])

    def half_of_month(self, children: list[Any]) -> _Piece:
        """The first or last half of a month ("nửa cuối tháng 11"): days 1-15 or 16 to its end; of the
        reference date's month when none is written."""
        first, last = (1, 15) if self.v.halves[children[1].value] == "first" else (16, 0)
        if len(children) == 3:
            return _Piece("part_of_month", None, (0, first), (0, 0, last), True, ref_unit="month")
        month = _num(children[3])
        year = children[4] if len(children) > 4 else None
        return _Piece("part_of_month", year, (month, first), (0, month, last), approximate=True)

    def part_of_month(self, children: list[Any]) -> _Piece:
        first, last = self.v.month_parts[children[0].value]
        if len(children) == 2:
            return _Piece("part_of_month", None, (0, first), (0, 0, last), True, ref_unit="month")
        month = _num(children[2])
        year = children[3] if len(children) > 3 else None
        return _Piece("part_of_month", year, (month, first), (0, month, last), approximate=True)

    def week_of_month(self, children: list[Any]) -> _Piece:
        """The first or last week(s) of a month ("tuần đầu tháng 10", "2 tuần cuối tháng 12"): the days of
        ``[week_parts]``, or as many weeks from the month's start or end (its last days are left to
        :func:`_bounds`: a last week ends with the month)."""
        weeks = _num(children[0]) if children[0].type == "N12" else 1
        children = children[1:] if children[0].type == "N12" else children
        days = self.v.week_parts.get(children[1].value)
        if days is None or not 1 <= weeks <= 4:
            raise _NotADate(children[1].value)  # "tuần giữa tháng": no such week
        first, last = days
        if weeks > 1:  # counted from the start, or back from the end (7 days a week, 28 at most)
            first, last = (1, 7 * weeks) if last else (29 - 7 * weeks, 0)
        month = _num(children[3])
        year = children[4] if len(children) > 4 else None
        return _Piece("part_of_month", year, (month, first), (0, month, last), approximate=True)

    def numbered_week(self, children: list[Any]) -> _Piece:
        """A month's week by its number ("tuần 2 tháng 7/2024"): its seven days from the month's start
        (week 2: days 8-14); the fifth the month's last days."""
        week = _num(children[1])
        if not 1 <= week <= 5:
            raise _NotADate(children[1].value)  # "tuần 6 tháng 7": no such week
        return self._week_of_month(week, children[2:])

    def year_week(self, children: list[Any]) -> _Piece:
        """A week of a year by its number, as health reports count them ("tuần 32/2025": ISO 8601's, Monday
        to Sunday, week 1 the one with the year's first Thursday).

        >>> p = parse_date("trong tuần 32/2025")
        >>> p.start.isoformat(), p.end.isoformat()
        ('2025-08-04', '2025-08-10')
        """
        return self._weeks_of_year(children[1], children[1], children[-1])

    def year_weeks(self, children: list[Any]) -> _Piece:
        """Weeks of a year from one to another ("tuần 46 - 47/2025"): from the first's Monday to the last's
        Sunday."""
        first, last = (c for c in children if isinstance(c, _Terminal) and c.type == "N12")
        return self._weeks_of_year(first, last, children[-1])

    def _weeks_of_year(self, first: _Terminal, last: _Terminal, year: int) -> _Piece:
        try:
            monday = date.fromisocalendar(year, _num(first), 1)
            sunday = date.fromisocalendar(year, _num(last), 7)
        except ValueError:
            raise _NotADate(last.value) from None  # "tuần 54/2025": no such week
        if sunday < monday:
            raise _NotADate(last.value)
        end = (sunday.year - monday.year, sunday.month, sunday.day)
        return _Piece("week", monday.year, (monday.month, monday.day), end)

    def ordinal_week(self, children: list[Any]) -> _Piece:
        """A month's week by its ordinal ("tuần thứ hai của tháng 10/2025"): as :meth:`numbered_week`.

        >>> p = parse_date("trong tuần thứ hai của tháng 10/2025")
        >>> p.start.isoformat(), p.end.isoformat()
        ('2025-10-08', '2025-10-14')
        """
        return self._week_of_month(self.v.week_ordinals[children[0].value], children[1:])

    def _week_of_month(self, week: int, month_and_year: list[Any]) -> _Piece:
        month = _num(month_and_year[1])
        year = month_and_year[2] if len(month_and_year) > 2 else None
        last = 0 if week == 5 else 7 * week
        return _Piece("part_of_month", year, (month, 7 * week - 6), (0, month, last), approximate=True)

    def part_of_year(self, children: list[_Terminal]) -> _Piece:
        first, last = self.v.year_parts[children[0].value]
        year = self._year(children[2]) if len(children) > 2 else None
        return _Piece("part_of_year", year, (first, 1), (0, last, 0), approximate=True)

    def part_of_quarter(self, children: list[Any]) -> _Piece:
        index = self.v.quarter_parts[children[0].value]
        if len(children) == 2:
            return _Piece("part_of_quarter", None, (index, 1), (0, index, 0), True, ref_unit="quarter")
        month = 3 * children[2] - 3 + index
        year = children[3] if len(children) > 3 else None
        return _Piece("part_of_quarter", year, (month, 1), (0, month, 0), approximate=True)

    # --- days
    def dm(self, children: list[_Terminal]) -> _Piece:
        """A day and its month, the month last ("15/10", "15 tháng 10", "15 tháng Mười")."""
        d, m = _num(children[0]), self._month(children[-1])
        return _Piece("day", None, (m, d), (0, m, d), bare=True)

    def dmy(self, children: list[_Terminal]) -> _Piece:
        """A day, its month and year, the month third from last ("15/10/2025", "15 tháng Mười năm 2025")."""
        d, m = _num(children[0]), self._month(children[-3])
        return _Piece("day", self._year(children[-1]), (m, d), (0, m, d))

    def dmy_short(self, children: list[_Terminal]) -> _Piece:
        """A day, its month and a year of two digits, as notes write it ("15/10/25", "30.11.25"): 20yy."""
        d, m, yy = _num(children[0]), self._month(children[2]), children[4]
        if len(yy.value) != 2 or _num(yy) > _LAST_SHORT_YEAR:
            raise _NotADate(yy.value)  # ("1.2.3": a heading's number; "15/10/99": which century?)
        return _Piece("day", 2000 + _num(yy), (m, d), (0, m, d), short_year=True)

    def ymd(self, children: list[_Terminal]) -> _Piece:
        """A day written year first, as ISO 8601 and exports write it ("2025-10-15")."""
        y, m, d = self._year(children[0]), _num(children[2]), _num(children[4])
        return _Piece("day", y, (m, d), (0, m, d))

    def _month(self, tok: _Terminal) -> int:
        return self.v.month_names[tok.value] if tok.type == "MONTHNAME" else _num(tok)

    def named_month(self, children: list[Any]) -> _Piece:
        month = self._month(children[0])
        return _Piece("month", children[1], (month, 1), (0, month, 0))

    # --- the lunar calendar (vnplan.lunar)
    def mung_day(self, children: list[Any]) -> _Piece:
        """A solar day written with "mồng", the day word of a month's first ten days ("mồng 2 tháng 9")."""
        d, m = (_num(c) for c in children if isinstance(c, _Terminal) and c.type == "N12")
        year = children[-1] if isinstance(children[-1], int) else None
        return _Piece("day", year, (m, d), (0, m, d), day_word=True)

    def lunar_point(self, children: list[Any]) -> _Piece:
        """A lunar day, with the year's stem and branch and the weekday if written ("năm Bính Ngọ")."""
        p: _Piece = next(c for c in children if isinstance(c, _Piece))
        cycle = next(
            (self.v.cycle_years[c.value] for c in children if getattr(c, "type", "") == "CANCHI"), p.cycle
        )
        weekday = children[-1] if isinstance(children[-1], int) else None
        return replace(p, cycle=cycle, weekday=weekday)

    def _lunar_day(self, day: _Terminal, month: int) -> _Piece:
        d = 15 if day.type == "RAM" else _num(day)
        if not 1 <= d <= 30:
            raise _NotADate(day.value)
        return _Piece("day", None, (month, d), (0, month, d), day_word=True, lunar=True)

    def lunar_named(self, children: list[_Terminal]) -> _Piece:
        return self._lunar_day(children[-2], self.v.lunar_months[children[-1].value])

    def lunar_tet(self, children: list[_Terminal]) -> _Piece:
        return self._lunar_day(children[-2], 1)

    def lunar_new_year(self, children: list[_Terminal]) -> _Piece:
        """The lunar year's first day ("Tết Nguyên đán"), of the year the text names or the issue's."""
        return _Piece("day", None, (1, 1), (0, 1, 1), lunar=True, day_word=True)

    def lunar_new_year_of(self, children: list[Any]) -> _Piece:
        """The first day of a lunar year written in figures ("Tết Nguyên đán năm 2026")."""
        return replace(self.lunar_new_year([]), year=children[-1])

    def solar_holiday(self, children: list[Any]) -> _Piece:
        """A holiday of the solar calendar by its name ("Tết Dương lịch 2026"): its day, of the year written
        (with its word or alone) or of the next one from the issue date.

        >>> parse_date("trước Tết Dương lịch 2026").end.isoformat()
        '2026-01-01'
        """
        month, day = self.v.holidays[children[0].value]
        written = children[-1] if len(children) > 1 else None
        if written is None:
            return _Piece("day", None, (month, day), (0, month, day), ref_unit="day_of_year", day_word=True)
        year = written if isinstance(written, int) else self._year(written)
        return _Piece("day", year, (month, day), (0, month, day), day_word=True)

    def lunar_marked(self, children: list[_Terminal]) -> _Piece:
        month = _num(children[-2])
        if not 1 <= month <= 12:
            raise _NotADate(children[-2].value)
        return self._lunar_day(children[-4], month)  # "15 tháng 8 âm lịch", "15/8 âm lịch"

    def lunar_marked_named(self, children: list[_Terminal]) -> _Piece:
        """A lunar day of a month in words ("rằm tháng Mười âm lịch", "mùng 5 tháng Tám âm lịch")."""
        return self._lunar_day(children[-3], self._month(children[-2]))

    def lunar_span(self, children: list[_Terminal]) -> _Piece:
        """Days of one lunar month ("25 đến 28 tháng Chạp", "mùng 4 đến hết mùng 6 Tết")."""
        first, last = (c for c in children if c.type == "N12")
        end = children[-1]
        month = 1 if end.type == "TET" else self.v.lunar_months[end.value]
        a, b = self._lunar_day(first, month), self._lunar_day(last, month)
        if b.start[1] <= a.start[1]:
            raise _NotADate(last.value)
        return _Piece("range", None, a.start, b.end, day_word=True, lunar=True)

    def lunar_of_year(self, children: list[_Terminal]) -> _Piece:
        month = _num(children[-3])
        if not 1 <= month <= 12:
            raise _NotADate(children[-3].value)
        piece = self._lunar_day(children[-5], month)
        return replace(piece, cycle=self.v.cycle_years[children[-1].value])

    def day_span(self, children: list[Any]) -> _Piece:
        first, last, month = (c for c in children if isinstance(c, _Terminal) and c.type == "N12")
        d1, d2, m = _num(first), _num(last), _num(month)
        year = children[-1] if isinstance(children[-1], int) else None
        if d2 <= d1:
            raise _NotADate(last.value)
        return _Piece("range", year, (m, d1), (0, m, d2), bare=year is None)

    def day_list(self, children: list[Any]) -> _Piece:
        year = children[-1] if isinstance(children[-1], int) else None
        nums = [c for c in children if isinstance(c, _Terminal) and c.type == "N12"]
        days, m = [_num(t) for t in nums[:-1]], _num(nums[-1])
        return _Piece("range", year, (m, min(days)), (0, m, max(days)), bare=year is None)

    # --- parts
    def yearpart(self, children: list[_Terminal]) -> int:
        return self._year(children[1])

    def wd_tail(self, children: list[_Terminal]) -> int:
        return self.v.weekdays[children[1].value]

    def qlist(self, children: list[Any]) -> list[int]:
        return [c for c in children if isinstance(c, int)]

    def qnum(self, children: list[_Terminal]) -> int:
        tok = children[0]
        if tok.type == "N12":
            return _num(tok)
        if self.v.roman[tok.value] > 4:
            raise _NotADate(tok.value)  # "quý V": a month's numeral
        return self.v.roman[tok.value]


@functools.cache
def _to_reading() -> _ToReading:
    return _ToReading(_vocab())


def _read(plan: _Plan, tokens: Sequence[_Tok]) -> _Reading | None:
    """The reading of one whole phrase given as tokens of tree ``plan`` (:func:`_longest`), or None if it
    is no date: the transformer's methods applied bottom-up, as Lark's ``Transformer.transform`` would.
    """
    to = _to_reading()
    done: list[Any] = []
    try:
        for method, kids in plan:
            done.append(method(to, [_Leaf(tokens[k][0], tokens[k][1]) if k >= 0 else done[~k] for k in kids]))
    except _NotADate:
        return None
    reading: _Reading = done[-1]
    return reading


# ----------------------------------------------------------------------------------------------------
# Resolution against the reference date.

_Diag = tuple[str, str, str]  # (code, message, severity)


class _Impossible(Exception):
    pass


def _infer_year(month: int, ref: date, lunar_calendar: bool = False) -> int:
    """The year a month with no year written means in a text dated ``ref``: ``ref``'s, or the next when
    the month is more than six months before ``ref``'s (in the lunar calendar for a lunar month)."""
    if lunar_calendar:
        return lunar.year_meant(ref, month)
    return ref.year + 1 if ref.month - month > 6 else ref.year


def _cycle_year(cycle: int, start: int, ref: date) -> int:
    """The year of index ``cycle`` in the 60 years' cycle (``start``: a year of index 0) nearest ``ref``."""
    ahead = (cycle - (ref.year - start)) % 60
    return ref.year + (ahead - 60 if ahead > 30 else ahead)


def _bounds(piece: _Piece, year: int) -> tuple[date, date]:
    (m1, d1), (dy, m2, d2) = piece.start, piece.end
    if piece.lunar:  # days of lunar months: (month, day) of the lunar year ``year``
        first, last = lunar.to_solar(d1, m1, year), lunar.to_solar(d2, m2, year + dy)
        if first is None or last is None:
            raise _Impossible(f"lunar month {m1 if first is None else m2} of {year} has no such day")
        return first, last
    try:
        start = date(year, m1, d1)
        y2 = year + dy
        end = date(y2, m2, d2 or calendar.monthrange(y2, m2)[1])
    except (ValueError, calendar.IllegalMonthError) as exc:
        raise _Impossible(str(exc)) from None
    if end < start:
        raise _Impossible("the period ends before it starts")
    return start, end


def _day_in(first: date, day: int) -> date:
    """Day ``day`` of the month that starts on ``first``, its last day if the month is shorter."""
    return first.replace(day=min(day, calendar.monthrange(first.year, first.month)[1]))


def _ref_piece(piece: _Piece, ref: date, weekday: int | None = None) -> tuple[date, date]:
    """The days of a piece counted from the reference date ``ref`` (``weekday``: the one written before a
    week, that day of it)."""
    if piece.ref_unit == "week":  # Monday to Sunday, or the weekday written
        monday = ref + timedelta(days=7 * piece.start[0] - ref.weekday())
        if weekday is not None:
            return monday + timedelta(days=weekday), monday + timedelta(days=weekday)
        return monday, monday + timedelta(days=6)
    if piece.ref_unit == "day":
        day = ref + timedelta(days=piece.start[1])
        return day, day
    if piece.ref_unit == "day_of_month":  # the first such day from ref on (the month's last, if shorter)
        year, month = ref.year, ref.month
        if piece.start[1] < ref.day:
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        day = _day_in(date(year, month, 1), piece.start[1])
        return day, day
    if piece.ref_unit == "day_of_quarter_month":  # the start[0]-th month from ref's quarter's first month
        first = date(ref.year, 3 * ((ref.month - 1) // 3) + 1, 1) + relativedelta(months=piece.start[0] - 1)
        day = _day_in(first, piece.start[1])
        if day < ref:  # this quarter's is past: the next quarter's
            day = _day_in(first + relativedelta(months=3), piece.start[1])
        return day, day
    if piece.ref_unit == "day_of_month_after":  # that day of the month start[0] months after ref's
        day = _day_in(date(ref.year, ref.month, 1) + relativedelta(months=piece.start[0]), piece.start[1])
        return day, day
    if piece.ref_unit == "day_of_year":  # a holiday with no year: the first from ref on
        month, d = piece.start
        day = date(ref.year, month, d)
        return (day, day) if day >= ref else (day.replace(year=ref.year + 1),) * 2
    # a part of the month of ref, or of its quarter (start[0] = the month's index in the quarter)
    month = ref.month if piece.ref_unit == "month" else 3 * ((ref.month - 1) // 3) + piece.start[0]
    last = calendar.monthrange(ref.year, month)[1]
    d1 = piece.start[1] if piece.ref_unit == "month" else 1
    d2 = piece.end[2] if piece.ref_unit == "month" else 0
    return date(ref.year, month, d1), date(ref.year, month, min(d2 or last, last))


_Fields = dict[str, Any]  # the fields of a Period but its text (added per mention), those given only


def _resolve(r: _Reading, ref: date | None) -> tuple[_Fields | None, bool, list[_Diag]]:
    """(period fields, year_inferred, diagnostics) of a reading; no period for a pure recurrence."""
    if r.anchored:
        if ref is None:
            return None, False, [("date.no_reference", "a relative date needs the issue date", "info")]
        if r.duration is None:
            return {"start": ref, "end": ref, "granularity": "day"}, False, []
        n, unit = r.duration
        end = ref + relativedelta(**{unit: n})
        return {"start": ref, "end": end, "granularity": "relative"}, False, []
    if r.now_at is not None:
        return _resolve_to_now(r, ref)
    if not r.pieces:
        return None, False, []
    if any(p.cycle is not None for p in r.pieces):  # "năm Bính Ngọ": the year of that name nearest ref
        if ref is None:
            return (
                None,
                False,
                [("date.no_reference", "a year named by its stem and branch needs the issue date", "info")],
            )
        cycle_start = _vocab().cycle_start
        named = (
            p if p.cycle is None else replace(p, year=_cycle_year(p.cycle, cycle_start, ref))
            for p in r.pieces
        )
        r = replace(r, pieces=tuple(named))
    first, last = r.pieces[0], r.pieces[-1]  # one piece, or the two ends of a range
    inferred = False
    bounds: list[tuple[date, date]] = []
    try:
        if first.ref_unit or last.ref_unit:
            if ref is None:
                return (
                    None,
                    False,
                    [("date.no_reference", "'this month/quarter' needs the issue date", "info")],
                )
            if len(r.pieces) > 1:
                return None, False, [("date.unsupported", "a range from a part of the current unit", "info")]
            bounds = [_ref_piece(r.pieces[0], ref, r.weekday)]
            inferred = True
        elif len(r.pieces) == 1:
            (p,) = r.pieces
            year = p.year
            if year is None:
                if ref is None:
                    return None, False, [("date.no_reference", "no year written and no issue date", "info")]
                year, inferred = _infer_year(p.start[0], ref, p.lunar), True
            bounds = [_bounds(p, year)]
        else:
            a, b = r.pieces
            ya, yb = a.year, b.year
            if ya is None and yb is None:
                if ref is None:
                    return None, False, [("date.no_reference", "no year written and no issue date", "info")]
                ya, inferred = _infer_year(a.start[0], ref, a.lunar), True
            if ya is None:
                assert yb is not None
                ya = yb if _bounds(a, yb)[0] <= _bounds(b, yb)[1] else yb - 1
            if yb is None:
                yb = ya if _bounds(b, ya)[1] >= _bounds(a, ya)[0] else ya + 1
            bounds = [_bounds(a, ya), _bounds(b, yb)]
            if bounds[1][1] < bounds[0][0]:
                raise _Impossible("the range ends before it starts")
    except _Impossible as exc:
        return None, inferred, [("date.impossible", f"not a real date: {exc}", "warning")]
    start, end = bounds[0][0], bounds[-1][1]
    if r.duration is not None:  # "trong 15 ngày kể từ ngày 01/11/2025": its first day on, the days counted
        n, unit = r.duration  # after it (the Civil Code's count: the first day is not one of them)
        end = start + relativedelta(**{unit: n})
    diags: list[_Diag] = []
    if r.month_inferred:
        message = f"no month written: the first such day from the issue date on, {start.isoformat()}"
        diags.append(("date.month_inferred", message, "warning"))
    if (first.day_word and first.granularity == "month") or (last.day_word and last.granularity == "month"):
        diags.append(("date.blank_day", "the day is left blank (a template): the month is given", "warning"))
    for (s, _), p in zip(bounds, r.pieces, strict=True):
        weekday = p.weekday if p.weekday is not None else (r.weekday if p is r.pieces[0] else None)
        if weekday is not None and p.granularity == "day" and s.weekday() != weekday:
            diags.append(("date.weekday_mismatch", f"{s.isoformat()} is not the weekday written", "warning"))
    if first.short_year or last.short_year:
        diags.append(("date.two_digit_year", f"a year written with two digits, read as {end.year}", "info"))
    if first.lunar or last.lunar:
        shown = start.isoformat() if start == end else f"{start.isoformat()}..{end.isoformat()}"
        diags.append(("date.lunar", f"a date of the lunar calendar (âm lịch), read as {shown}", "info"))
    approximate = first.approximate or last.approximate
    granularity = r.granularity or first.granularity
    if granularity == "week" and start == end:
        granularity = "day"  # a weekday of a week counted from the issue date ("thứ Sáu tuần này")
    fields = {
        "start": start,
        "end": end,
        "granularity": granularity,
        "approximate": approximate,
        "recurrence": r.recurrence,
    }
    return fields, inferred, diags


def _resolve_to_now(r: _Reading, ref: date | None) -> tuple[_Fields | None, bool, list[_Diag]]:
    """:func:`_resolve` of a range with one end at the reference date ("từ nay đến ...", "... đến nay"):
    its point is resolved alone, then the range runs from the reference date or to it."""
    if ref is None:
        return None, False, [("date.no_reference", "'nay' (now) needs the issue date", "info")]
    fields, inferred, diags = _resolve(replace(r, is_range=False, granularity="", now_at=None), ref)
    if fields is None:
        return None, inferred, diags
    start, end = (ref, fields["end"]) if r.now_at == "start" else (fields["start"], ref)
    if end < start:
        return None, inferred, [("date.impossible", "not a real date: the range ends before now", "warning")]
    return {**fields, "start": start, "end": end, "granularity": r.granularity}, inferred, diags


def _qualifier(r: _Reading, tokens: tuple[_Tok, ...], v: _Vocab) -> str | None:
    last = r.qualifiers[-1] if r.qualifiers else None
    if r.is_range and last in (None, "from"):
        return v.range_qualifier
    if last == "from" and r.pieces and r.pieces[0].granularity == "range":  # "từ 25 đến 28/8": one month
        return v.range_qualifier
    if last is None and tokens and tokens[0][0] == "NGAY":
        return v.qualifiers[v.day_word]
    return last


def _is_bare(r: _Reading) -> bool:
    """A day/month with nothing around it that says it is a date."""
    if r.qualifiers or r.recurrence or r.weekday is not None or not r.pieces:
        return False
    first, last = r.pieces[0], r.pieces[-1]  # one piece, or the two ends of a range
    return first.bare and first.weekday is None and last.bare and last.weekday is None


# ----------------------------------------------------------------------------------------------------
# Prefilter.

# A run that is a number followed by marks only ("1.", "12 -", "3)"): no phrase of the grammar is one
# (tests/test_dates.py checks it), so such runs, the most common ones that hold nothing, are not read.
_NUMBER_THEN_MARKS = re.compile(r"[0-9]++(?:[^\w]|_)*+")


def _scan_start(key: str, since: int) -> int:
    """Where the run search starts for the phrases from ``since`` on: ``_SINCE_REACH`` characters before,
    at the start of a word, so that a run holding ``since`` is read whole (a phrase that starts before
    ``since`` and runs over it is then dropped, not read again from its middle)."""
    start = max(0, since - _SINCE_REACH)
    while start > 0 and not key[start - 1].isspace():
        start -= 1
    return start


_NOT_SPACE = re.compile(r"\S*+")  # ``re``'s white space is that of str.isspace
# A mark after a limit's day alone, or its line's end with no page number or date opening the next line
_CLAUSE_GOES_NO_FURTHER_RE = re.compile(
    r"[ \t]*+(?:[;,.:)!?]|\n[ \t]*+(?![0-9]++[ \t]*+(?:\n|\Z|[/.-][0-9])))"
)


def _ends_its_clause(key: str, word_end: int, day_start: int, day_end: int) -> bool:
    """Whether a limit's day written alone (``key[day_start:day_end]``, after its day word ending at
    ``word_end``) ends its clause, as "xong trước ngày 25;" does: on the day word's line, a mark or the
    line's end after it (:data:`_CLAUSE_GOES_NO_FURTHER_RE`). Not a day whose words go on ("chậm nhất
    ngày 15 của tháng đầu quý sau"), a misread month ("ngày 15/1X"), nor a page's number between a day
    word and its date ("trước ngày" / "2" / "25/11/2017").
    """
    return "\n" not in key[word_end:day_start] and _CLAUSE_GOES_NO_FURTHER_RE.match(key, day_end) is not None


# ----------------------------------------------------------------------------------------------------
# Public entry points.


def _run_phrases(
    vocab: _Vocab, key: str, start: int, end: int, token_re: Any
) -> list[tuple[tuple[_Tok, ...], _Reading]]:
    """The phrases of the run ``key[start:end]``: (tokens, reading), leftmost-longest.

    ``token_re`` is the token pattern for the run (see :func:`_tokens`).
    """
    toks = _tokens(vocab, key, token_re, start, end)
    if len(toks) < 2 and not (toks and toks[0][0] == "RECUR"):
        return []
    kinds = tuple([t[0] for t in toks])
    found: list[tuple[tuple[_Tok, ...], _Reading]] = []
    i = 0  # the first token after the last phrase found, or bare day passed over
    for at, longest, plan in (_phrase_starts if len(kinds) <= _MAX_PHRASE_TOKENS else _starts_of)(kinds):
        if at < i:
            continue
        n, reading = longest, _read(plan, toks[at : at + longest])
        while reading is None and n > 1:  # the values allow no reading: the longest shorter phrase
            n, shorter = _longest(kinds[at : at + n - 1])
            if shorter is None:
                break
            reading = _read(shorter, toks[at : at + n])
        if reading is None:
            continue
        phrase = tuple(toks[at : at + n])
        if not reading.qualifiers:
            # the next day or month of a list ("trước ngày 15/6 và 15/12"), after a phrase and a list word
            after_list_word = at >= 2 and kinds[at - 1] in ("AND", "COMMA")
            if after_list_word and found and found[-1][0][-1] is toks[at - 2]:
                listed = _listed_after(found[-1][1], reading)
                if listed is not None and not listed.qualifiers and found[-1][0][0][0] == "NGAY":
                    # the day word of the list's head is its items' too ("vào các ngày 10/7, 20/7 và 30/7")
                    listed = replace(listed, qualifiers=(vocab.qualifiers[vocab.day_word],))
                reading = listed or reading
        if _is_bare(reading):
            if len(phrase) < 2 or "\n" not in key[phrase[0][3] : phrase[1][2]]:
                i = at + n  # its month starts no phrase ("25/5 và 30/5/2024" is no "5 và 30/5/2024")
            continue  # (but a row's number on the line above a time cell does: "2" / "Tháng 11/2017")
        if reading.month_inferred and not _ends_its_clause(key, phrase[-2][3], phrase[-1][2], phrase[-1][3]):
            i = at + n
            continue
        found.append((phrase, reading))
        i = at + n
    return found


_LISTED = ("day", "month")  # the granularities of a list's items ("trước ngày 15/6 và 15/12")


def _listed_after(before: _Reading, reading: _Reading) -> _Reading | None:
    """A day (a month) with no qualifier after a phrase ``before`` that ends with a day (a month), and a
    list word: the next of the list, with its qualifiers and recurrence (and its year, when it has none);
    None when the two are not both days or both months.
    """
    if (
        not before.pieces
        or len(reading.pieces) != 1
        or reading.pieces[0].granularity not in _LISTED
        or before.pieces[-1].granularity != reading.pieces[0].granularity
    ):
        return None
    piece = reading.pieces[0]
    year = before.pieces[-1].year if piece.year is None else piece.year
    return replace(
        reading,
        pieces=(replace(piece, year=year, bare=False),),
        qualifiers=before.qualifiers,
        recurrence=reading.recurrence or before.recurrence,
    )


def _starts_of(kinds: tuple[str, ...]) -> tuple[tuple[int, int, _Plan], ...]:
    """Where a phrase can start in a run of terminals ``kinds``: (index, number of terminals, plan) of the
    longest phrase there (:func:`_longest`), in order."""
    first = _first_terminals()
    starts = []
    for at, kind in enumerate(kinds):
        if kind in first:
            n, plan = _longest(kinds[at : at + _MAX_PHRASE_TOKENS])
            if plan is not None:
                starts.append((at, n, plan))
    return tuple(starts)


# A run's starts, cached per sequence of terminals for runs of up to _MAX_PHRASE_TOKENS (most runs).
_phrase_starts = by_shape(_starts_of)


def _runs(key: str, a: int, run_re: Any, search_re: Any) -> list[tuple[int, int]]:
    """The runs of date vocabulary in ``key[a:]`` (``a``: 0 or after white space): (start, end).

    ``search_re`` finds a run with the character before it, which every run has but one that starts
    the text: a run there is matched with ``run_re``.
    """
    if a > 0:
        return [m.span(1) for m in search_re.finditer(key, a - 1)]
    first = run_re.match(key)
    runs = [] if first is None else [first.span()]
    runs.extend(m.span(1) for m in search_re.finditer(key, first.end() if first else 0))
    return runs


@dataclass(slots=True)
class DatePhrase:
    """A date phrase found by :func:`scan_phrases`: offsets in the normalised text and what it says.

    Its :class:`DateMention` (Pydantic models: the costly part) is made by :meth:`mention`, for the
    phrases a caller keeps. Not frozen (cheaper to make: about seven per document); nothing changes it.
    """

    start: int
    end: int
    qualifier: str | None
    reading: _Reading
    resolved: tuple[_Fields | None, bool, list[_Diag]]  # :func:`_resolve` of the reading: fields (all
    # but the text), year inferred, diagnostics
    # The period's first day, last day and granularity (made once: a reader of deadlines asks for it
    # some ten times a phrase).
    period: tuple[date, date, str] | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        fields = self.resolved[0]
        self.period = None if fields is None else (fields["start"], fields["end"], fields["granularity"])

    @property
    def recurrence(self) -> str | None:
        return self.reading.recurrence

    @property
    def quarter_unnamed(self) -> bool:
        """Whether the phrase is a day of a month of the quarter with no quarter written ("trước ngày 20 của
        tháng cuối quý"): the first from the reference date on, but which quarter a rule starts from is not
        said."""
        return any(p.ref_unit == "day_of_quarter_month" for p in self.reading.pieces)

    @property
    def now_at(self) -> str | None:
        """The end of the range at the reference date: "start" ("từ nay đến ..."), "end" ("... đến nay")."""
        return self.reading.now_at

    @property
    def weekday(self) -> int | None:
        """The weekday written with the phrase's day ("thứ Sáu, 14/6/2024"), if any (0 is Monday)."""
        if self.reading.weekday is not None or not self.reading.pieces:
            return self.reading.weekday
        return self.reading.pieces[0].weekday

    @property
    def last_granularity(self) -> str:
        """The granularity of the phrase's last point ("tháng 6/2024" in "từ nay đến hết tháng 6/2024")."""
        return self.reading.pieces[-1].granularity if self.reading.pieces else self.reading.granularity

    def due(self, source: Source) -> tuple[Period, Span] | None:
        """The period of :meth:`mention` and its span, without the rest of the mention (what a
        deadline keeps); None when the phrase names no period.

        >>> src = normalise("Nộp trước 30/11/2025.")
        >>> period, span = scan_phrases(src)[0].due(src)
        >>> period.end.isoformat(), period.text, (span.start, span.end)
        ('2025-11-30', 'trước 30/11/2025', (4, 20))
        """
        fields = self.resolved[0]
        if fields is None:
            return None
        return Period(**fields, text=source.written(self.start, self.end)), source.span(self.start, self.end)

    def mention(self, source: Source) -> DateMention:
        """The mention of this phrase in ``source`` (the text it was found in)."""
        span = source.span(self.start, self.end)
        text = source.written(self.start, self.end)
        fields, inferred, diags = self.resolved
        return DateMention(
            text=text,
            span=span,
            period=None if fields is None else Period(**fields, text=text),
            qualifier=self.qualifier,
            recurrence=self.reading.recurrence,
            year_inferred=inferred,
            diagnostics=[Diagnostic(code=c, message=m, severity=s, span=span) for c, m, s in diags],  # type: ignore[arg-type]
        )


def _qualified_clock(vocab: _Vocab, key: str, start: int, floor: int) -> tuple[int, str] | None:
    """Where a qualifier and a time of day start right before ``start`` (not before ``floor``), and what
    the qualifier means ("trước 17h00 ngày 20/6": ``before``); None when there is none, or when a time of
    day stands before the qualifier too ("từ 9h00 đến 11h30 ngày 18/8" times an event on the day)."""
    if start - 1 <= floor:
        return None
    at = start - 1
    while at > floor and key[at] in " ,\n":  # back over the blanks and a comma after a time of day
        at -= 1
    if key[at] not in vocab.clock_ends:  # a time of day ends with a digit or a mark's last letter
        return None
    before = key[max(floor, start - _CLOCK_REACH) : start]
    found = vocab.clock_re.match(before[::-1])
    if found is None or found.group("range") is not None:
        return None
    return start - found.end("q"), vocab.qualifiers[found.group("q")[::-1]]


def scan_phrases(source: Source, *, ref: date | None = None, since: int = 0) -> list[DatePhrase]:
    """:func:`scan` without making the mentions; only the phrases that start at ``since`` or after (the
    text before it is read only for the runs that hold it: :func:`_scan_start`).

    >>> [(p.start, p.end, p.qualifier, p.period) for p in scan_phrases(normalise("Nộp trước 30/11/2025."))]
    [(4, 20, 'before', (datetime.date(2025, 11, 30), datetime.date(2025, 11, 30), 'day'))]
    """
    vocab = _vocab()
    key = source.lower
    found: list[DatePhrase] = []
    scan_start = _scan_start(key, since)
    # the engines read a text alike unless it has a character of _RE_DISAGREES_RE
    if _RE_DISAGREES_RE.search(key, scan_start):
        run_re, search_re, token_re = vocab.run_re, vocab.run_search_re, vocab.token_re
    else:
        run_re, search_re, token_re = vocab.run_re_plain, vocab.run_search_re_plain, vocab.token_re_plain
    for run_start, run_end in _runs(key, scan_start, run_re, search_re):
        if _NUMBER_THEN_MARKS.fullmatch(key, run_start, run_end):
            continue  # a number and marks ("1.", "2 -"): no phrase, not worth tokenising
        for tokens, reading in _run_phrases(vocab, key, run_start, run_end, token_re):
            start, end = tokens[0][2], tokens[-1][3]
            if start < since or tokens[0][0] in _HOLIDAY_KINDS:
                continue  # (the festival named alone, "dịp Tết Nguyên đán": a date after a qualifier only)
            if any(p.ref_unit in _UNITS_OF_REF for p in reading.pieces) and vocab.next_re.match(key, end):
                continue  # "tháng đầu quý sau": not this quarter
            qualifier = _qualifier(reading, tokens, vocab)
            if not reading.qualifiers and not reading.is_range:
                clock = _qualified_clock(vocab, key, start, since)
                if clock is not None:  # "trước 17h00 ngày 20/6": the qualifier is the date's
                    start, qualifier = clock
                    if found and (joined := _timed_range(vocab, key, found[-1], start, reading)):
                        # "từ 8h00 ngày 16/12 | đến 17h00 ngày 19/12/2024": one range
                        found[-1] = DatePhrase(
                            found[-1].start, end, vocab.range_qualifier, joined, _resolve(joined, ref)
                        )
                        continue
            found.append(DatePhrase(start, end, qualifier, reading, _resolve(reading, ref)))
    if "gày N" in source.key:  # ("Ngày N là ...", then "N-7: ...": an event's plan timed by its day N)
        return _with_event_day_offsets(source.key, found, since, ref)
    return found


# An event's plan timed by its day N, as event planners write it: "Ngày N là Chủ nhật, 26/10/2025", then lines
# that open with a day counted from it ("- N-7: Văn phòng hoàn thành ...", "- N+3: ... gửi báo cáo", "- N-30
# (26/9/2025): ...", the day written too).
_EVENT_DAY_RE = re.compile(r"[Nn]gày[ \t]++N(?![\w-])")
_EVENT_DAY_REACH = 60  # characters from "Ngày N" to its date, on its line
_DAY_OFFSET_RE = re.compile(
    r"^[ \t]*+(?:[-+•*][ \t]*+)?(N[ \t]*+([-+])[ \t]*+([0-9]{1,3}+))(?![0-9/.,])", re.MULTILINE
)
_GLOSS_OPEN_RE = re.compile(r"[ \t]*+\(")
_GLOSS_CLOSE_RE = re.compile(r"[ \t]*+\)")


def _with_event_day_offsets(
    key: str, found: list[DatePhrase], since: int, ref: date | None
) -> list[DatePhrase]:
    """``found`` with the days counted from an event's day N at the lines' starts ("N-7"), each a day
    phrase spanning its label (and the day it glosses in parentheses: "N-30 (26/9/2025)").

    >>> key = "Ngày N là Chủ nhật, 26/10/2025.\\n- N-7: Văn phòng hoàn thành.\\n- N+3 (29/10/2025): báo cáo."
    >>> [(key[p.start : p.end], p.period[0].isoformat()) for p in scan_phrases(normalise(key))]
    [('Chủ nhật, 26/10/2025', '2025-10-26'), ('N-7', '2025-10-19'), ('N+3 (29/10/2025)', '2025-10-29')]
    """
    definition = _EVENT_DAY_RE.search(key)
    if definition is None:
        return found
    starts = [p.start for p in found]  # (in text order: each lookup a bisection)
    line_end = key.find("\n", definition.end())
    reach = min(definition.end() + _EVENT_DAY_REACH, len(key) if line_end < 0 else line_end)
    at = bisect.bisect_left(starts, definition.end())
    named = found[at] if at < len(found) and found[at].start < reach else None
    if named is None or named.period is None or named.period[2] != "day":
        return found
    event_day = named.period[0]
    offsets: list[DatePhrase] = []
    glosses: set[int] = set()  # the indices of the days written in parentheses after their offsets
    for m in _DAY_OFFSET_RE.finditer(key, since):
        start, end = m.span(1)
        if (opening := _GLOSS_OPEN_RE.match(key, end)) is not None:
            at = bisect.bisect_left(starts, opening.end())
            glossed = found[at] if at < len(found) and found[at].start <= opening.end() + 1 else None
            closing = None if glossed is None else _GLOSS_CLOSE_RE.match(key, glossed.end)
            if glossed is not None and closing is not None:
                offsets.append(DatePhrase(start, closing.end(), None, glossed.reading, glossed.resolved))
                glosses.add(at)
                continue
        day = event_day + timedelta(days=int(m[3]) if m[2] == "+" else -int(m[3]))
        piece = _Piece("day", day.year, (day.month, day.day), (0, day.month, day.day))
        reading = _Reading(pieces=(piece,), granularity="day")
        fields, inferred, diags = _resolve(reading, ref)
        note = f"a day counted from the event's day N ({event_day.isoformat()}): {day.isoformat()}"
        offsets.append(
            DatePhrase(
                start, end, None, reading, (fields, inferred, [*diags, ("date.event_day", note, "info")])
            )
        )
    if not offsets:
        return found
    kept = [p for i, p in enumerate(found) if i not in glosses]
    return sorted([*kept, *offsets], key=lambda p: p.start)


def _timed_range(
    vocab: _Vocab, key: str, before: DatePhrase, start: int, reading: _Reading
) -> _Reading | None:
    """The range that a phrase ``before`` from a time of day and the phrase at ``start`` make, when
    a range word and a time of day open the second right after the first ("từ 8h00 ngày 16/12/2024
    đến 17h00 ngày 19/12/2024"); None otherwise.
    """
    if before.qualifier != "from" or before.reading.is_range or len(before.reading.pieces) != 1:
        return None
    if key[before.end : start].strip(" ,\n") or len(reading.pieces) != 1:
        return None
    word = _NOT_SPACE.match(key, start)
    if word is None or vocab.kinds.get(word.group()) != "JOIN":
        return None
    return _Reading(pieces=(before.reading.pieces[0], reading.pieces[0]), is_range=True, granularity="range")


def scan(source: Source, *, ref: date | None = None) -> list[FoundDate]:
    """Every date phrase of a normalised text, leftmost-longest, sorted and non-overlapping.

    >>> [(f.start, f.end, f.mention.text) for f in scan(normalise("Hạn chót: 30/11/2025."))]
    [(0, 20, 'Hạn chót: 30/11/2025')]
    """
    return [FoundDate(p.start, p.end, p.mention(source)) for p in scan_phrases(source, ref=ref)]


def find_dates(text: str, *, ref: date | None = None) -> list[DateMention]:
    """Every date phrase in ``text``, with spans into ``text`` itself.

    >>> from datetime import date
    >>> ms = find_dates("Cấp huyện hoàn thành trước 30/11 hằng năm.", ref=date(2020, 5, 4))
    >>> [(m.text, m.qualifier, m.recurrence, m.year_inferred, str(m.period.end)) for m in ms]
    [('trước 30/11 hằng năm', 'before', 'yearly', True, '2020-11-30')]
    """
    return [f.mention for f in scan(normalise(text), ref=ref)]


def day_in_words(text: str) -> tuple[date, int] | None:
    """The day ``text`` opens with when written in words ("ngày hai mươi lăm tháng tám năm hai nghìn không
    trăm hai mươi lăm", its year written too), and where its words end; None when they are no whole day.

    >>> day_in_words("ngày mười hai tháng tám năm hai nghìn không trăm hai mươi lăm của Sở")
    (datetime.date(2025, 8, 12), 61)
    >>> day_in_words("ngày mười tháng sau") is None
    True
    """
    found = find_dates(text)
    if not found or found[0].span.start != 0 or found[0].year_inferred:
        return None
    period = found[0].period
    if period is None or period.granularity != "day":
        return None
    return period.start, found[0].span.end


def _parse_whole(key: str, ref: date | None) -> _Fields | None:
    vocab = _vocab()
    key = lower_in_place(key)
    toks = _tokens(vocab, key, vocab.token_re)
    if not toks or "".join("".join(key[t[2] : t[3]].split()) for t in toks) != "".join(key.split()):
        return None  # something in the phrase is not date vocabulary
    n, plan = _longest(tuple([t[0] for t in toks]))
    if n != len(toks) or plan is None:
        return None
    reading = _read(plan, toks)
    if reading is None:
        return None
    fields, _, diags = _resolve(reading, ref)
    if fields is None or any(c == "date.impossible" for c, _, _ in diags):
        return None
    return fields


def _parse_whole_at_a_time(key: str, ref: date | None) -> _Fields | None:
    """:func:`_parse_whole` of ``key`` with the times of day before its dates set aside: "trước 17h00
    ngày 20/6/2024" is read as "trước ngày 20/6/2024", "từ 9h00 đến 11h30 ngày 18/8" as "ngày 18/8",
    "từ 8h00 ngày 16/12 đến 17h00 ngày 19/12/2024" as "từ ngày 16/12 đến ngày 19/12/2024" (a Period has
    no time). None when no time of day stands at the start or after a qualifier, nor after a range word.
    """
    vocab = _vocab()
    low = lower_in_place(key)
    kept: list[str] = []
    pos = 0
    for time in vocab.time_re.finditer(low):
        if time.end() == len(key):
            return None
        before = low[pos : time.start()].strip()
        words = before.split()
        # at the start, or after a qualifier (a range of times only there); or after a range's word
        opens = (pos == 0 and not before) or (
            time.group("range") is None
            and (
                (pos == 0 and before in vocab.qualifiers)
                or (bool(words) and vocab.kinds.get(words[-1]) == "JOIN")
            )
        )
        if not opens:
            return None  # the time of day stands after the date, or inside it
        kept.append(key[pos : time.start()])
        pos = time.end()
    if pos == 0:
        return None
    return _parse_whole("".join(kept) + key[pos:], ref)


def parse_date(phrase: str, *, ref: date | None = None) -> Period | None:
    """Read one date phrase (the whole string) as a :class:`Period`; None if it is not one.

    ``ref`` supplies a missing year (see the module docstring for the rule).

    >>> from datetime import date
    >>> p = parse_date("quý II, III/2015")
    >>> str(p.start), str(p.end), p.granularity
    ('2015-04-01', '2015-09-30', 'range')
    >>> parse_date("cuối tháng 11 năm 2019").start
    datetime.date(2019, 11, 21)
    >>> parse_date("31/2/2020") is None, parse_date("10 năm") is None
    (True, True)
    >>> parse_date("trước 17h00 ngày 20/6/2024").end  # the time of day is set aside
    datetime.date(2024, 6, 20)
    """
    source = normalise(phrase)
    text = " ".join(source.text.split())
    key = " ".join(source.key.split())
    found = _parse_whole(key, ref)
    if found is None:
        found = _parse_whole_at_a_time(key, ref)
    if found is None:
        return None
    return Period(
        start=found["start"],
        end=found["end"],
        granularity=found["granularity"],
        text=text,
        approximate=found.get("approximate", False),
        recurrence=found.get("recurrence"),
    )
