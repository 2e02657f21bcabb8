"""The Vietnamese date normaliser: a table of phrases per class, then find_dates behaviour."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from datetime import date
from typing import Any, NamedTuple

import pytest
import regex
from lark import Token
from lark.exceptions import VisitError

from vnplan import dates, find_dates, parse_date
from vnplan._charclass import lower_in_place
from vnplan.dates import scan
from vnplan.grammar import get_parser
from vnplan.normalise import normalise

REF = date(2022, 5, 16)  # a reference (issue) date in the middle of a year
DEC = date(2024, 12, 10)  # issued in December
JAN = date(2022, 1, 30)  # issued in January


class Case(NamedTuple):
    id: str
    phrase: str
    ref: date | None
    expected: tuple[str, str, str] | None  # (start, end, granularity) or None: not a date


def ok(
    id: str, phrase: str, start: str, end: str | None = None, gran: str = "day", *, ref: date | None = REF
) -> Case:
    return Case(id, phrase, ref, (start, end or start, gran))


def no(id: str, phrase: str, ref: date | None = REF) -> Case:
    return Case(id, phrase, ref, None)


DAYS = [
    ok("words-full", "ngày 07 tháng 9 năm 2017", "2017-09-07"),
    ok("words-no-zero", "ngày 7 tháng 9 năm 2017", "2017-09-07"),
    ok("words-zero-month", "ngày 05 tháng 02 năm 2020", "2020-02-05"),
    ok("words-upper", "NGÀY 26 THÁNG 5 NĂM 2017", "2017-05-26"),
    ok("words-title", "Ngày 16 Tháng 5 Năm 2025", "2025-05-16"),
    ok("words-spaces", "ngày  06  tháng 07 năm 2023", "2023-07-06"),
    ok("words-linebreak", "ngày 25\ntháng 4 năm 2024", "2024-04-25"),
    ok("words-linebreak-2", "ngày 10 tháng\n3 năm 2026", "2026-03-10"),
    ok("words-no-day-word", "15 tháng 10 năm 2017", "2017-10-15"),
    ok("words-no-year", "ngày 7 tháng 9", "2022-09-07", ref=REF),
    ok("words-leap", "ngày 29 tháng 02 năm 2024", "2024-02-29"),
    ok("slash", "07/9/2017", "2017-09-07"),
    ok("slash-zeros", "07/09/2017", "2017-09-07"),
    ok("slash-no-zeros", "7/9/2017", "2017-09-07"),
    ok("slash-spaces", "7 / 9 / 2017", "2017-09-07"),
    ok("slash-day-word", "ngày 22/12/2024", "2024-12-22"),
    ok("dots-day-word-no-year", "ngày 24.02", "2022-02-24", ref=REF),  # a military habit
    ok("slash-day-word-upper", "NGÀY 22/12/2024", "2024-12-22"),
    ok("dash", "7-9-2017", "2017-09-07"),
    ok("iso-year-first", "2025-10-15", "2025-10-15"),  # as an export writes it (Notion, a database)
    ok("iso-qualified", "hạn chót 2025-11-30", "2025-11-30"),
    no("iso-month-13", "2025-13-01"),
    no("iso-year-out-of-range", "0975-12-31"),  # a phone number's figures
    ok("dash-zeros", "01-10-1997", "1997-10-01"),
    ok("dash-day-word", "ngày 9-8-2019", "2019-08-09"),
    ok("en-dash", "9–8–2019", "2019-08-09"),
    ok("dot", "07.9.2017", "2017-09-07"),
    ok("dot-running", "10.3.2020", "2020-03-10"),
    ok("dot-day-word", "ngày 10.3.2020", "2020-03-10"),
    ok("dm-day-word", "ngày 7/9", "2022-09-07"),
    ok("dm-day-word-jan", "ngày 20/12", "2022-12-20", ref=JAN),
    ok("dm-bare-whole-phrase", "7/9", "2022-09-07"),
    ok("dm-year-word", "7/5 năm 2025", "2025-05-07"),
    ok("year-1900", "1/1/1900", "1900-01-01"),
    ok("year-2100", "31/12/2100", "2100-12-31"),
    ok("last-day-31", "31/1/2023", "2023-01-31"),
    ok("last-day-30", "30/4/2020", "2020-04-30"),
    ok("weekday-before", "thứ Hai, ngày 5/6/2023", "2023-06-05"),
    ok("weekday-before-no-comma", "thứ Hai ngày 5/6/2023", "2023-06-05"),
    ok("weekday-digit", "thứ 2, ngày 5/6/2023", "2023-06-05"),
    ok("weekday-sunday", "Chủ nhật, ngày 4/6/2023", "2023-06-04"),
    ok("weekday-sunday-upper", "CHỦ NHẬT, NGÀY 4/6/2023", "2023-06-04"),
    ok("weekday-after", "09/5/2023 (thứ Ba)", "2023-05-09"),
    ok("weekday-after-day-word", "ngày 18/8/2023 (Thứ sáu)", "2023-08-18"),
    ok("weekday-after-sunday", "ngày 27/8/2023 (Chủ Nhật)", "2023-08-27"),
    ok("weekday-after-linebreak", "12/5/2023 (Thứ\nSáu)", "2023-05-12"),
    ok("weekday-saturday-digit", "ngày 3/6/2023 (thứ 7)", "2023-06-03"),
    ok("weekday-then-day-in-parentheses", "Thứ Năm (10/10/2024)", "2024-10-10"),  # a schedule's line
    # a school's schedule abbreviates its weekdays (lexicon [weekdays]: "t2".."t7", "cn")
    ok("weekday-abbreviated-day-in-parentheses", "trước T6 (20/5)", "2022-05-20"),
    ok("weekday-abbreviated-comma", "T6, 20/5/2022", "2022-05-20"),
    ok("sunday-abbreviated", "hạn cuối CN 22/5", "2022-05-22"),
    ok("weekdays-abbreviated-range", "T2 23/5 – T6 27/5", "2022-05-23", "2022-05-27", "range"),
    no("weekday-abbreviated-alone", "Phòng T2 tầng 3"),
    ok("blank-dots", "ngày ... tháng 5 năm 2025", "2025-05-01", "2025-05-31", "month"),
    ok("blank-spaces", "ngày   tháng 5 năm 2025", "2025-05-01", "2025-05-31", "month"),
    ok("blank-ellipsis", "ngày … tháng 02 năm 2024", "2024-02-01", "2024-02-29", "month"),
    ok("blank-underscores", "ngày ___ tháng 6 năm 2021", "2021-06-01", "2021-06-30", "month"),
    ok("blank-many-dots", "ngày ......... tháng 12 năm 2019", "2019-12-01", "2019-12-31", "month"),
]

MONTHS_YEARS = [
    ok("month-words", "tháng 9 năm 2019", "2019-09-01", "2019-09-30", "month"),
    ok("month-slash", "tháng 9/2019", "2019-09-01", "2019-09-30", "month"),
    ok("month-dot", "tháng 10.2017", "2017-10-01", "2017-10-31", "month"),
    ok("month-dash", "tháng 10-2017", "2017-10-01", "2017-10-31", "month"),
    ok("month-zero", "tháng 02/2024", "2024-02-01", "2024-02-29", "month"),
    ok("month-feb-common", "tháng 2 năm 2023", "2023-02-01", "2023-02-28", "month"),
    ok("month-upper", "THÁNG 12 NĂM 2019", "2019-12-01", "2019-12-31", "month"),
    ok("month-title", "Tháng 4/2020", "2020-04-01", "2020-04-30", "month"),
    ok("month-no-year", "tháng 7", "2022-07-01", "2022-07-31", "month"),
    # a year of two digits, as notes write it: 2000-2049
    ok("day-short-year", "trước 15/10/25", "2025-10-15"),
    ok("day-short-year-dots", "chậm nhất 30.11.25", "2025-11-30"),
    no("short-year-of-another-century", "15/10/99"),
    # a month in Roman numerals, the army's habit: with its year, or a part of it
    ok("month-roman", "tháng XII/2024", "2024-12-01", "2024-12-31", "month"),
    ok("month-roman-words", "tháng I năm 2025", "2025-01-01", "2025-01-31", "month"),
    ok("mid-month-roman", "giữa tháng XII/2024", "2024-12-11", "2024-12-20", "part_of_month"),
    ok("late-month-roman-no-year", "cuối tháng X", "2022-10-21", "2022-10-31", "part_of_month"),
    no("month-roman-no-year", "trong 3 tháng vi phạm"),
    ok("month-no-year-title", "Tháng 12", "2022-12-01", "2022-12-31", "month", ref=JAN),
    ok("month-linebreak", "tháng\n9 năm\n2019", "2019-09-01", "2019-09-30", "month"),
    ok("month-in-words", "tháng Mười năm 2025", "2025-10-01", "2025-10-31", "month"),
    ok("month-in-two-words", "tháng Mười Hai/2024", "2024-12-01", "2024-12-31", "month"),
    ok("day-of-a-month-in-words", "ngày 15 tháng Mười năm 2025", "2025-10-15"),
    ok("months-listed", "tháng 6 và tháng 7/2024", "2024-06-01", "2024-07-31", "range"),
    ok("months-listed-bare", "tháng 6 và 7/2024", "2024-06-01", "2024-07-31", "range"),
    ok("months-listed-three", "tháng 6, 7 và 8 năm 2024", "2024-06-01", "2024-08-31", "range"),
    # months that follow each other across a year's end, each with its year: one period; with a gap, none
    ok("months-across-years", "tháng 12/2025 và tháng 01/2026", "2025-12-01", "2026-01-31", "range"),
    ok("months-each-with-a-year", "tháng 10 năm 2025 và tháng 11/2025", "2025-10-01", "2025-11-30", "range"),
    no("months-across-years-with-a-gap", "tháng 11/2025 và tháng 01/2026"),
    ok("year", "năm 2019", "2019-01-01", "2019-12-31", "year"),
    ok("year-upper", "NĂM 2025", "2025-01-01", "2025-12-31", "year"),
    ok("year-range", "năm 2021 - 2025", "2021-01-01", "2025-12-31", "multi_year"),
    ok("year-range-to", "năm 2021 đến 2025", "2021-01-01", "2025-12-31", "multi_year"),
]

QUARTERS = [
    ok("q1-words", "quý I năm 2018", "2018-01-01", "2018-03-31", "quarter"),
    ok("q1-slash", "quý I/2018", "2018-01-01", "2018-03-31", "quarter"),
    ok("q2-slash", "quý II/2024", "2024-04-01", "2024-06-30", "quarter"),
    ok("q3-slash", "quý III/2020", "2020-07-01", "2020-09-30", "quarter"),
    ok("q4-dot", "quý IV.2019", "2019-10-01", "2019-12-31", "quarter"),
    ok("q4-dash", "quý IV-2019", "2019-10-01", "2019-12-31", "quarter"),
    ok("q-arabic", "Quý 2 năm 2020", "2020-04-01", "2020-06-30", "quarter"),
    ok("q-arabic-slash", "quý 4/2021", "2021-10-01", "2021-12-31", "quarter"),
    ok("q-old-spelling", "quí III năm 2016", "2016-07-01", "2016-09-30", "quarter"),
    ok("q-old-spelling-upper", "QUÍ I/2017", "2017-01-01", "2017-03-31", "quarter"),
    ok("q-upper", "QUÝ II NĂM 2020", "2020-04-01", "2020-06-30", "quarter"),
    ok("q-no-year", "quý III", "2022-07-01", "2022-09-30", "quarter"),
    ok("q-linebreaks", "Quý I\nnăm\n2022", "2022-01-01", "2022-03-31", "quarter"),
    ok("q-lower-roman", "quý ii/2015", "2015-04-01", "2015-06-30", "quarter"),
    ok("q-list-comma", "quý II, III/2015", "2015-04-01", "2015-09-30", "range"),
    ok("q-list-comma-first", "Quý I, II/2015", "2015-01-01", "2015-06-30", "range"),
    ok("q-list-and", "Quý II và III/2015", "2015-04-01", "2015-09-30", "range"),
    ok("q-list-repeat-word", "quý I và quý II năm 2020", "2020-01-01", "2020-06-30", "range"),
    ok("q-list-three", "quý I, II, III/2015", "2015-01-01", "2015-09-30", "range"),
    ok("q-across-years", "quý IV năm 2025 và quý I năm 2026", "2025-10-01", "2026-03-31", "range"),
    ok("q-list-across-years", "quý III, IV/2025 và quý I/2026", "2025-07-01", "2026-03-31", "range"),
    no("q-across-years-with-a-gap", "quý I năm 2025 và quý I năm 2026"),
    ok("half-first", "6 tháng đầu năm 2022", "2022-01-01", "2022-06-30", "half"),
    ok("half-last", "6 tháng cuối năm 2020", "2020-07-01", "2020-12-31", "half"),
    ok("half-last-no-year", "6 tháng cuối năm", "2022-07-01", "2022-12-31", "half"),
    ok("half-word-first", "nửa đầu năm", "2022-01-01", "2022-06-30", "half"),
    ok("half-word-last-year", "nửa cuối năm 2021", "2021-07-01", "2021-12-31", "half"),
    ok("months-4-first", "4 tháng đầu năm", "2022-01-01", "2022-04-30", "months"),
    ok("months-9-first", "9 tháng đầu năm 2019", "2019-01-01", "2019-09-30", "months"),
    ok("months-3-last", "3 tháng cuối năm 2019", "2019-10-01", "2019-12-31", "months"),
    ok("half-upper", "6 THÁNG ĐẦU NĂM 2023", "2023-01-01", "2023-06-30", "half"),
]

# A unit's letter glued to its number, as notes abbreviate ("T10/2025" tháng 10, "QIV/2025" quý IV), read
# only before a year or the next such unit: alone, "Q1" is also Quận 1 (lexicon: [glued_units]).
GLUED_UNITS = [
    ok("glued-month", "T10/2025", "2025-10-01", "2025-10-31", "month"),
    ok("glued-month-lower", "t10/2025", "2025-10-01", "2025-10-31", "month"),
    ok("glued-month-zero", "T09/2025", "2025-09-01", "2025-09-30", "month"),
    ok("glued-month-dot", "T3.2026", "2026-03-01", "2026-03-31", "month"),
    ok("glued-month-span", "T11-T12/2025", "2025-11-01", "2025-12-31", "range"),
    ok("glued-month-part", "cuối T10/2025", "2025-10-21", "2025-10-31", "part_of_month"),
    ok("glued-month-start", "đầu T1/2026", "2026-01-01", "2026-01-10", "part_of_month"),
    ok("glued-month-range", "từ T10/2025 đến T12/2025", "2025-10-01", "2025-12-31", "range"),
    ok("glued-month-within", "trong T5/2024", "2024-05-01", "2024-05-31", "month"),
    ok("glued-quarter", "Q4/2025", "2025-10-01", "2025-12-31", "quarter"),
    ok("glued-quarter-roman", "QIV/2025", "2025-10-01", "2025-12-31", "quarter"),
    ok("glued-quarter-roman-i", "QI/2026", "2026-01-01", "2026-03-31", "quarter"),
    ok("glued-quarter-roman-iii", "qIII/2024", "2024-07-01", "2024-09-30", "quarter"),
    ok("glued-quarter-part", "cuối Q2/2024", "2024-06-01", "2024-06-30", "part_of_quarter"),
    ok("glued-half-first", "H1/2026", "2026-01-01", "2026-06-30", "half"),
    ok("glued-half-last", "trong H2/2025", "2025-07-01", "2025-12-31", "half"),
    no("glued-half-third", "H3/2025"),
    ok("end-of-day", "EOD 30/11/2025", "2025-11-30"),
    ok("glued-month-not-a-weekday", "T7/2025", "2025-07-01", "2025-07-31", "month"),  # not Saturday
    ok("glued-months-not-weekdays", "T6-T7/2025", "2025-06-01", "2025-07-31", "range"),
    no("glued-month-no-year", "T10"),
    no("glued-quarter-no-year", "Q1"),  # Quận 1
    no("glued-month-13", "T13/2025"),  # a code, not a month
    no("glued-quarter-5", "Q5/2025"),
    no("glued-month-three-digits", "T100/2025"),
    no("glued-month-long-year", "T1/20250"),
    no("glued-roman-to-a-month", "TIV/2025"),
    no("glued-inside-a-word", "KT10/2025"),
    no("glued-month-then-a-word", "T3 năm nay"),
]

PARTS = [
    ok("early-month", "đầu tháng 11 năm 2019", "2019-11-01", "2019-11-10", "part_of_month"),
    ok("mid-month", "giữa tháng 11 năm 2019", "2019-11-11", "2019-11-20", "part_of_month"),
    ok("late-month", "cuối tháng 11 năm 2019", "2019-11-21", "2019-11-30", "part_of_month"),
    ok("late-month-slash", "cuối tháng 11/2019", "2019-11-21", "2019-11-30", "part_of_month"),
    ok("last-half-of-a-month", "nửa cuối tháng 11/2025", "2025-11-16", "2025-11-30", "part_of_month"),
    ok("first-half-of-a-month", "nửa đầu tháng 2 năm 2024", "2024-02-01", "2024-02-15", "part_of_month"),
    ok("last-half-of-this-month", "nửa cuối tháng", "2022-05-16", "2022-05-31", "part_of_month"),
    ok("late-feb-leap", "cuối tháng 2/2024", "2024-02-21", "2024-02-29", "part_of_month"),
    ok("late-month-31", "cuối tháng 12/2023", "2023-12-21", "2023-12-31", "part_of_month"),
    ok("early-month-no-year", "đầu tháng 4", "2022-04-01", "2022-04-10", "part_of_month"),
    ok("upper-tuan", "thượng tuần tháng 5", "2022-05-01", "2022-05-10", "part_of_month"),
    ok("middle-tuan", "trung tuần tháng 5/2023", "2023-05-11", "2023-05-20", "part_of_month"),
    ok("lower-tuan", "hạ tuần tháng 2/2024", "2024-02-21", "2024-02-29", "part_of_month"),
    ok("lower-tuan-upper", "HẠ TUẦN THÁNG 6 NĂM 2021", "2021-06-21", "2021-06-30", "part_of_month"),
    ok("late-this-month", "cuối tháng", "2022-05-21", "2022-05-31", "part_of_month"),
    # weeks of a month
    ok("first-week", "tuần đầu tháng 10", "2022-10-01", "2022-10-07", "part_of_month"),
    ok("last-week", "tuần cuối tháng 12/2022", "2022-12-22", "2022-12-31", "part_of_month"),
    ok("last-week-of-february", "tuần cuối tháng 2 năm 2024", "2024-02-22", "2024-02-29", "part_of_month"),
    ok("first-two-weeks", "2 tuần đầu tháng 10/2022", "2022-10-01", "2022-10-14", "part_of_month"),
    ok("last-two-weeks", "02 tuần cuối tháng 12/2022", "2022-12-15", "2022-12-31", "part_of_month"),
    no("middle-week", "tuần giữa tháng 3/2022"),
    no("five-weeks", "5 tuần đầu tháng 1/2023"),
    # a month's week by its number: seven days from the month's start, the fifth to its end
    ok("second-week", "tuần 2 tháng 7/2024", "2024-07-08", "2024-07-14", "part_of_month"),
    ok("second-week-in-words", "trong tuần 2 tháng 7 năm 2024", "2024-07-08", "2024-07-14", "part_of_month"),
    # ... or by its ordinal, with "của" or not ("thứ hai" alone is a weekday)
    ok("second-week-ordinal", "tuần thứ hai của tháng 10/2025", "2025-10-08", "2025-10-14", "part_of_month"),
    ok("third-week-ordinal-in-figures", "tuần thứ 3 tháng 11", "2022-11-15", "2022-11-21", "part_of_month"),
    ok("first-week-ordinal", "Tuần thứ nhất tháng 6/2022", "2022-06-01", "2022-06-07", "part_of_month"),
    ok("fourth-week-ordinal", "tuần thứ tư của tháng 2/2026", "2026-02-22", "2026-02-28", "part_of_month"),
    ok("fifth-week-ordinal", "tuần thứ năm tháng 12/2025", "2025-12-29", "2025-12-31", "part_of_month"),
    no("twentieth-week-ordinal", "tuần thứ 20 tháng 10"),
    # a week by its number, its days in parentheses: the days ("tuần 19" of a school year)
    ok("numbered-week-glossed", "trong tuần 2 (9/5 - 13/5)", "2022-05-09", "2022-05-13", "range"),
    ok("school-week-glossed", "tuần 19 (từ 12/01 đến 17/01/2026)", "2026-01-12", "2026-01-17", "range"),
    ok("ordinal-week-glossed", "Tuần thứ 2 (từ 13/10 đến 19/10/2025)", "2025-10-13", "2025-10-19", "range"),
    ok("third-week-no-year", "Tuần 3 tháng 9", "2022-09-15", "2022-09-21", "part_of_month"),
    ok("week-of-a-glued-month", "tuần 2 T7/2024", "2024-07-08", "2024-07-14", "part_of_month"),
    ok("fifth-week", "tuần 5 tháng 3/2024", "2024-03-29", "2024-03-31", "part_of_month"),
    ok("fifth-week-of-leap-february", "tuần 5 tháng 2/2024", "2024-02-29", "2024-02-29", "part_of_month"),
    no("sixth-week", "tuần 6 tháng 7/2024"),
    # a week of a year by its number and year, as health reports count them: ISO 8601's, Monday to Sunday
    ok("week-of-a-year", "trong tuần 32/2025", "2025-08-04", "2025-08-10", "week"),
    ok("week-of-a-year-in-words", "tuần 38 năm 2025", "2025-09-15", "2025-09-21", "week"),
    ok("weeks-of-a-year", "trong tuần 46 - 47/2025", "2025-11-10", "2025-11-23", "week"),
    ok("weeks-of-a-year-joined", "từ tuần 30 đến tuần 45 năm 2025", "2025-07-21", "2025-11-09", "week"),
    ok("first-week-starts-the-year-before", "tuần 1/2026", "2025-12-29", "2026-01-04", "week"),
    no("no-week-53-in-2025", "tuần 53/2025"),
    no("weeks-backwards", "tuần 47 - 46/2025"),
    ok("early-year", "đầu năm", "2022-01-01", "2022-03-31", "part_of_year"),
    ok("early-year-2024", "đầu năm 2024", "2024-01-01", "2024-03-31", "part_of_year"),
    ok("mid-year", "giữa năm 2024", "2024-06-01", "2024-07-31", "part_of_year"),
    ok("late-year", "cuối năm 2024", "2024-10-01", "2024-12-31", "part_of_year"),
    ok("late-year-no-year", "Cuối năm", "2015-10-01", "2015-12-31", "part_of_year", ref=date(2015, 1, 29)),
    ok("late-quarter", "cuối quý", "2022-06-01", "2022-06-30", "part_of_quarter"),
    ok("early-quarter", "đầu quý", "2022-04-01", "2022-04-30", "part_of_quarter"),
    ok("late-quarter-named", "cuối quý I/2018", "2018-03-01", "2018-03-31", "part_of_quarter"),
    ok("early-quarter-named", "đầu quý IV năm 2019", "2019-10-01", "2019-10-31", "part_of_quarter"),
]

RANGES = [
    ok("from-to-days", "từ ngày 01/3 đến ngày 15/3/2022", "2022-03-01", "2022-03-15", "range"),
    ok("from-to-dots", "từ ngày 24.02 đến ngày 07.3.2025", "2025-02-24", "2025-03-07", "range"),
    ok("from-to-full", "từ ngày 28/8/2023 đến ngày 10/9/2023", "2023-08-28", "2023-09-10", "range"),
    ok("from-to-mixed", "Từ ngày 15/10/2022 đến 05/11/2022", "2022-10-15", "2022-11-05", "range"),
    ok("day-span-dash", "từ 01 - 05/3/2022", "2022-03-01", "2022-03-05", "range"),
    ok("day-span-to", "từ 12 đến 13/5/2023", "2023-05-12", "2023-05-13", "range"),
    ok("dm-to-dm-year-word", "từ 20/4 đến 7/5 năm 2025", "2025-04-20", "2025-05-07", "range"),
    ok("dm-to-dmy", "từ 20/10 đến 10/11/2022", "2022-10-20", "2022-11-10", "range"),
    ok("months-to-the-end-of", "Từ tháng 3 đến hết tháng 6/2024", "2024-03-01", "2024-06-30", "range"),
    ok("days-to-the-end-of", "từ ngày 01/3 đến hết ngày 30/6/2024", "2024-03-01", "2024-06-30", "range"),
    ok("months-tới-hết", "từ tháng 3 tới hết tháng 6/2024", "2024-03-01", "2024-06-30", "range"),
    ok("months", "từ tháng 5 đến tháng 10/2025", "2025-05-01", "2025-10-31", "range"),
    ok("month-to-day", "Từ tháng 7/2023 đến ngày 31/12/2023", "2023-07-01", "2023-12-31", "range"),
    ok("list-days", "ngày 20, 21/5/2025", "2025-05-20", "2025-05-21", "range"),
    ok("list-days-and", "ngày 20 và 21/5/2025", "2025-05-20", "2025-05-21", "range"),
    ok("list-three-days", "ngày 5, 6, 7/6/2023", "2023-06-05", "2023-06-07", "range"),
    ok("school-year", "năm học 2022 - 2023", "2022-09-01", "2023-08-31", "school_year"),
    ok("school-year-en-dash", "Năm học 2016 – 2017", "2016-09-01", "2017-08-31", "school_year"),
    ok("phase", "giai đoạn 2021-2025", "2021-01-01", "2025-12-31", "multi_year"),
    ok("phase-spaces", "giai đoạn 2017 - 2024", "2017-01-01", "2024-12-31", "multi_year"),
    ok("phase-lost-hyphen", "giai đoạn 2022 \n2030", "2022-01-01", "2030-12-31", "multi_year"),
    ok("phase-upper", "GIAI ĐOẠN 2021 - 2025", "2021-01-01", "2025-12-31", "multi_year"),
    ok("term", "nhiệm kỳ 2020 - 2025", "2020-01-01", "2025-12-31", "term"),
    ok("term-tight", "nhiệm kỳ 2025-2030", "2025-01-01", "2030-12-31", "term"),
    ok("dash-range-from", "từ 15/10 - 05/11/2022", "2022-10-15", "2022-11-05", "range"),
    ok("dash-range", "06/11 - 09/11/2022", "2022-11-06", "2022-11-09", "range"),
    ok("to-range-no-from", "06/11/2022 đến 09/11/2022", "2022-11-06", "2022-11-09", "range"),
    ok("range-across-year", "từ 20/12 đến 10/1/2023", "2022-12-20", "2023-01-10", "range"),
    ok("range-years", "từ năm 2021 đến năm 2025", "2021-01-01", "2025-12-31", "multi_year"),
    ok("range-quarters", "từ quý I đến quý III/2020", "2020-01-01", "2020-09-30", "range"),
    ok("range-no-year", "từ ngày 1/6 đến ngày 15/6", "2022-06-01", "2022-06-15", "range"),
    ok("range-tới", "từ 1/6 tới 15/6/2022", "2022-06-01", "2022-06-15", "range"),
    ok("months-sharing-a-year", "tháng 9-10/2024", "2024-09-01", "2024-10-31", "range"),
    ok("months-sharing-a-year-word", "trong tháng 11-12 năm 2023", "2023-11-01", "2023-12-31", "range"),
    ok("months-dash-months", "tháng 9 - tháng 10/2024", "2024-09-01", "2024-10-31", "range"),
    ok("month-to-number", "từ tháng 9 đến 10/2024", "2024-09-01", "2024-10-31", "range"),
    ok("day-to-day-word", "từ ngày 01 đến ngày 15/8/2024", "2024-08-01", "2024-08-15", "range"),
]

QUALIFIED = [
    ok("before-day", "trước ngày 15/10/2017", "2017-10-15"),
    ok("before-bare-dm", "trước 30/11", "2022-11-30"),
    ok("before-upper", "TRƯỚC NGÀY 20/11/2022", "2022-11-20"),
    ok("before-linebreak", "trước  ngày\n9/11/2022", "2022-11-09"),
    ok("by-latest", "chậm nhất ngày 30/7/2023", "2023-07-30"),
    ok("by-latest-before", "chậm nhất trước ngày 30/7/2023", "2023-07-30"),
    ok("by-latest-is", "chậm nhất là ngày 30/7/2023", "2023-07-30"),
    ok("by-not-over", "không quá ngày 15/3/2024", "2024-03-15"),
    ok("by-until-end", "đến hết ngày 31/12/2023", "2023-12-31"),
    ok("by-until-end-year", "đến hết năm 2025", "2025-01-01", "2025-12-31", "year"),
    ok("by-deadline-colon", "hạn cuối: 30/11/2025", "2025-11-30"),
    ok("by-deadline", "hạn chót 30/11/2025", "2025-11-30"),
    ok("by-an-english-deadline", "Deadline: 30/9/2025", "2025-09-30"),
    ok("by-a-filing-limit", "hạn nộp 25/9/2025", "2025-09-25"),
    ok("by-a-registration-limit", "hạn đăng ký 10/11/2025", "2025-11-10"),
    ok("by-to", "đến 13/9", "2022-09-13"),
    ok("by-to-year", "đến năm 2030", "2030-01-01", "2030-12-31", "year"),
    ok("within-month", "trong tháng 9/2019", "2019-09-01", "2019-09-30", "month"),
    ok("within-quarter", "trong quý II/2020", "2020-04-01", "2020-06-30", "quarter"),
    ok("within-linebreak", "trong\nQuý I năm 2025", "2025-01-01", "2025-03-31", "quarter"),
    ok("within-vong", "trong vòng tháng 6/2022", "2022-06-01", "2022-06-30", "month"),
    ok("on-into", "vào quý I năm 2018", "2018-01-01", "2018-03-31", "quarter"),
    ok("on-day", "vào ngày 22/9/2023", "2023-09-22"),
    ok("on-late-month", "vào cuối tháng 11 năm 2019", "2019-11-21", "2019-11-30", "part_of_month"),
    ok("from-day", "từ ngày 01/5/2020", "2020-05-01"),
    ok("from-since", "kể từ ngày 10 tháng 3 năm 2026", "2026-03-10"),
    ok("from-start", "bắt đầu từ 01/5/2020", "2020-05-01"),
    ok("after", "sau ngày 15/3/2024", "2024-03-15"),
    ok("after-bare", "sau 15/3/2024", "2024-03-15"),
]

# A time of day before the date is set aside: a Period has no time.
TIMES_OF_DAY = [
    ok("time-before-day", "trước 17h00 ngày 20/6/2024", "2024-06-20"),
    ok("time-capitalised", "Trước 17h00 ngày 20/6/2024", "2024-06-20"),
    ok("time-in-words", "trước 17 giờ 30 phút, ngày 20/6/2024", "2024-06-20"),
    ok("time-hour-only", "chậm nhất 8 giờ ngày 5/6/2024", "2024-06-05"),
    ok("time-no-qualifier", "17h ngày 5/6/2024", "2024-06-05"),
    ok("time-colon", "trước 16:30 ngày 10/10/2024", "2024-10-10"),
    ok("time-range-on-day", "từ 9h00 đến 11h30 ngày 18/8/2024", "2024-08-18"),
    ok("time-range-dash", "9h00 - 11h30 ngày 18/8/2024", "2024-08-18"),
    ok("time-no-year", "trước 17h00 ngày 20/6", "2022-06-20", ref=REF),
    ok(
        "times-at-both-ends",
        "từ 8h00 ngày 16/12/2024 đến 17h00 ngày 19/12/2024",
        "2024-12-16",
        "2024-12-19",
        "range",
    ),
    ok(
        "times-at-both-ends-one-year",
        "từ 8h00 ngày 16/12 đến 17 giờ ngày 19/12/2024",
        "2024-12-16",
        "2024-12-19",
        "range",
    ),
    ok(
        "time-at-the-end-only", "từ ngày 16/12 đến 17h00 ngày 19/12/2024", "2024-12-16", "2024-12-19", "range"
    ),
    no("time-after-date", "ngày 20/6/2024 lúc 17h00"),
    no("time-at-end", "năm 2024 17h"),
    no("time-not-an-hour", "trước 25h00 ngày 20/6/2024"),
    no("time-not-a-minute", "trước 17h75 ngày 20/6/2024"),
    no("time-alone", "trước 17h00"),
    no("time-inside-date", "ngày 5/6 trước 17h 6/6/2024"),
]

RECURRENCES = [
    ok("yearly-before", "trước ngày 30 tháng 11 hằng năm", "2022-11-30"),
    ok("yearly-before-hang", "trước ngày 15/11 hàng năm", "2022-11-15"),
    ok("yearly-quarter", "quý I hằng năm", "2022-01-01", "2022-03-31", "quarter"),
    ok("yearly-day-feast", "ngày 12/8 hằng năm", "2022-08-12"),
    ok("yearly-first", "hằng năm, trước ngày 15/12", "2022-12-15"),
    ok("periodic-first", "định kỳ hằng năm trước ngày 15/12", "2022-12-15"),
    # A day of every month: the first from the reference date (16 May 2022) on.
    ok("monthly-day-to-come", "trước ngày 20 hằng tháng", "2022-05-20"),
    ok("monthly-day-past-is-next-month", "trước ngày 10 hàng tháng", "2022-06-10"),
    ok("monthly-day-of-the-reference", "ngày 16 hằng tháng", "2022-05-16"),
    ok("monthly-first", "hằng tháng, trước ngày 25", "2022-05-25"),
    ok("monthly-bracketed", "hằng tháng (trước ngày 5)", "2022-06-05"),
    ok("monthly-periodic", "định kỳ hằng tháng trước ngày 5", "2022-06-05"),
    ok("monthly-31-in-a-short-month", "trước ngày 31 hằng tháng", "2022-05-31"),
    ok("monthly-31-past", "hằng tháng, trước ngày 31", "2022-05-31"),
    # ... or from the month it starts in
    ok("monthly-from-a-month", "trước ngày 20 hằng tháng, bắt đầu từ tháng 8/2022", "2022-08-20"),
    ok("monthly-from-a-month-aside", "trước ngày 05 hằng tháng (bắt đầu từ tháng 10/2022)", "2022-10-05"),
    ok("monthly-since-a-month-before", "Từ tháng 02/2023, định kỳ hằng tháng, trước ngày 25", "2023-02-25"),
    ok("monthly-since-a-month-before-no-comma", "từ tháng 8/2022, hằng tháng trước ngày 10", "2022-08-10"),
    no("monthly-not-since-a-limit", "trước tháng 02/2023, hằng tháng, trước ngày 25"),
    ok("monthly-from-a-month-no-comma", "ngày 05 hằng tháng kể từ tháng 10/2022", "2022-10-05"),
    ok("monthly-31-from-february", "trước ngày 31 hằng tháng, từ tháng 2/2023", "2023-02-28"),
    # A limit's day with no month (in a month's resolution): the first such day from the reference date on
    ok("limit-day-alone-to-come", "trước ngày 25", "2022-05-25"),
    ok("limit-day-alone-past-is-next-month", "chậm nhất ngày 10", "2022-06-10"),
    no("day-alone-of-an-event", "vào ngày 20"),
    no("day-alone-from", "từ ngày 20"),
    # A range's end written as a day alone: of the first end's month, or the next when not later
    ok("iso-range", "từ 2025-10-01 đến 2025-10-15", "2025-10-01", "2025-10-15", "range"),
    ok("range-to-a-day-of-its-month", "từ ngày 15/9 đến ngày 25", "2022-09-15", "2022-09-25", "range"),
    ok("range-to-a-day-of-the-next-month", "từ ngày 25/9 đến ngày 05", "2022-09-25", "2022-10-05", "range"),
    ok("range-to-a-day-of-a-january", "từ ngày 25/12/2022 đến ngày 5", "2022-12-25", "2023-01-05", "range"),
    no("range-to-day-zero", "từ ngày 15/9 đến ngày 0"),
    no("monthly-from-month-13", "trước ngày 20 hằng tháng, từ tháng 13/2022"),
    no("day-of-every-year-has-no-month", "trước ngày 10 hằng năm"),
    no("monthly-impossible-day", "trước ngày 35 hằng tháng"),
    no("only-yearly", "hằng năm"),
    no("only-yearly-hang", "hàng năm"),
    no("only-quarterly", "hằng quý"),
    no("only-monthly", "hàng tháng"),
    no("only-weekly", "hằng tuần"),
    no("only-every-6-months", "định kỳ 6 tháng"),
    no("only-periodic-yearly", "định kỳ hàng năm"),
]

RELATIVE = [
    ok("within-15-days", "trong vòng 15 ngày kể từ ngày ký", "2022-05-16", "2022-05-31", "relative"),
    ok(
        "within-30-days", "trong thời hạn 30 ngày kể từ ngày ban hành", "2022-05-16", "2022-06-15", "relative"
    ),
    ok("within-3-months", "trong vòng 03 tháng kể từ ngày ký", "2022-05-16", "2022-08-16", "relative"),
    ok("within-2-weeks", "trong 2 tuần kể từ ngày ký", "2022-05-16", "2022-05-30", "relative"),
    ok(
        "within-time-15-days", "trong thời gian 15 ngày kể từ ngày ký", "2022-05-16", "2022-05-31", "relative"
    ),
    ok("within-120-days", "trong vòng 120 ngày kể từ ngày ký", "2022-05-16", "2022-09-13", "relative"),
    ok(
        "plan-issued",
        "trong vòng 10 ngày kể từ ngày Kế hoạch này được ban hành",
        "2022-05-16",
        "2022-05-26",
        "relative",
    ),
    ok("signed-and-issued", "trong 10 ngày kể từ ngày ký ban hành", "2022-05-16", "2022-05-26", "relative"),
    ok("since-signing", "kể từ ngày ký", "2022-05-16"),
    no("relative-no-ref", "trong vòng 15 ngày kể từ ngày ký", ref=None),
    no("since-signing-no-ref", "kể từ ngày ký", ref=None),
    no("duration-no-anchor", "trong vòng 15 ngày"),
    # ... or from a date written: from it to the days counted after it (the first day is not one of them)
    ok("15-days-from-a-date", "trong 15 ngày kể từ ngày 01/11/2025", "2025-11-01", "2025-11-16", "range"),
    ok("30-days-from-a-date", "trong thời hạn 30 ngày kể từ 01/7/2025", "2025-07-01", "2025-07-31", "range"),
    ok("3-months-from-a-date", "trong vòng 03 tháng kể từ ngày 15/3", "2022-03-15", "2022-06-15", "range"),
]

# One end of a range is now ("nay") or the signing: that end is the reference date.
TO_NOW = [
    ok("now-to-end-of-year", "từ nay đến hết năm 2022", "2022-05-16", "2022-12-31", "range"),
    ok("now-to-day", "Từ nay đến ngày 30/6/2023", "2022-05-16", "2023-06-30", "range"),
    ok("now-to-day-no-year", "từ nay đến 30/9", "2022-05-16", "2022-09-30", "range"),
    ok("now-to-late-year", "từ nay đến cuối năm 2022", "2022-05-16", "2022-12-31", "range"),
    ok("now-to-year", "từ nay đến năm 2030", "2022-05-16", "2030-12-31", "range"),
    ok("now-to-quarter", "kể từ nay đến quý III/2022", "2022-05-16", "2022-09-30", "range"),
    ok("signing-to-day", "từ ngày ký đến 31/12/2022", "2022-05-16", "2022-12-31", "range"),
    ok("issue-to-month", "kể từ ngày ban hành đến hết tháng 8/2022", "2022-05-16", "2022-08-31", "range"),
    ok("year-to-now", "từ năm 2019 đến nay", "2019-01-01", "2022-05-16", "range"),
    ok("year-to-now-bare", "năm 2021 đến nay", "2021-01-01", "2022-05-16", "range"),
    ok("month-to-now", "từ tháng 3/2020 đến nay", "2020-03-01", "2022-05-16", "range"),
    ok("early-year-to-now", "Từ đầu năm 2022 đến nay", "2022-01-01", "2022-05-16", "range"),
    ok("day-to-now", "từ ngày 01/01/2022 đến nay", "2022-01-01", "2022-05-16", "range"),
    no("now-to-past", "từ nay đến 30/6/2020"),
    no("future-to-now", "từ năm 2025 đến nay"),
    no("now-to-day-no-ref", "từ nay đến ngày 30/6/2023", ref=None),
    no("year-to-now-no-ref", "từ năm 2019 đến nay", ref=None),
    no("now-alone", "đến nay"),
    no("this-year", "năm nay"),
    no("from-before-to-now", "từ trước đến nay"),
]

YEAR_INFERENCE = [
    ok("dec-names-jan", "ngày 15/1", "2025-01-15", ref=DEC),
    ok("dec-names-may", "tháng 5", "2025-05-01", "2025-05-31", "month", ref=DEC),
    ok("dec-names-june", "tháng 6", "2024-06-01", "2024-06-30", "month", ref=DEC),
    ok("dec-names-dec", "ngày 20/12", "2024-12-20", ref=DEC),
    ok("jan-names-dec", "trước 20/12", "2022-12-20", ref=JAN),
    ok("jan-names-jul", "tháng 7", "2022-07-01", "2022-07-31", "month", ref=JAN),
    ok("jul-names-jan", "tháng 1", "2022-01-01", "2022-01-31", "month", ref=date(2022, 7, 1)),
    ok("aug-names-jan", "tháng 1", "2023-01-01", "2023-01-31", "month", ref=date(2022, 8, 1)),
    ok("nov-names-q1", "quý I", "2023-01-01", "2023-03-31", "quarter", ref=date(2022, 11, 2)),
    ok("range-end-year-wins", "từ 20/12 đến 10/1/2023", "2022-12-20", "2023-01-10", "range", ref=None),
    ok("range-start-year", "từ 20/12/2022 đến 10/1", "2022-12-20", "2023-01-10", "range", ref=None),
    no("no-ref-no-year", "ngày 7/9", ref=None),
    no("no-ref-month", "tháng 7", ref=None),
    no("no-ref-late-month", "cuối tháng", ref=None),
]

IMPOSSIBLE = [
    no("feb-31", "31/2/2020"),
    no("feb-30", "ngày 30 tháng 2 năm 2021"),
    no("feb-29-common", "29/02/2023"),
    no("month-13", "tháng 13/2020"),
    no("month-13-day", "ngày 5/13/2020"),
    no("day-0", "0/5/2020"),
    no("day-00", "ngày 00 tháng 5 năm 2020"),
    no("month-0", "tháng 0/2020"),
    no("day-32", "32/1/2020"),
    no("april-31", "31/4/2021"),
    no("quarter-5", "quý 5/2020"),
    no("quarter-roman-5", "quý V/2020"),
    no("quarter-0", "quý 0/2020"),
    no("year-too-small", "năm 1000"),
    no("year-too-big", "năm 3000"),
    no("reversed-range", "từ 10/5/2022 đến 1/5/2022"),
    no("reversed-day-span", "từ 05 - 01/3/2022"),
    no("reversed-years", "giai đoạn 2025 - 2021"),
    no("school-year-not-consecutive", "năm học 2022 - 2025"),
    no("months-12-first", "12 tháng đầu năm"),
    no("reversed-months", "tháng 10-9/2024"),
    no("month-span-13", "tháng 11-13/2024"),
]

NOT_DATES = [
    no("duration-10-years", "10 năm"),
    no("duration-03-years", "03 năm"),
    no("duration-05-years-text", "05 năm thực hiện"),
    no("duration-months", "6 tháng"),
    no("duration-days", "15 ngày"),
    no("phone", "0975.237.998"),
    no("phone-2", "0369.694.325"),
    no("money", "1.500.000"),
    no("money-dong", "1.500.000 đồng"),
    no("bare-years", "2021 - 2025"),
    no("bare-year", "2025"),
    no("decree-number", "30/2020/NĐ-CP"),
    no("doc-number", "15/KH-TLĐ"),
    no("party-number", "62-KH/TU"),
    no("section", "2.1."),
    no("section-3", "1.2.3"),
    no("article", "Điều 3"),
    no("time", "9h00"),
    no("time-range", "9h00 - 11h30"),
    no("ratio-words", "tỷ lệ 3/2"),
    no("count-ratio", "63/63 tỉnh"),
    no("plain-word", "trong"),
    no("empty", ""),
    no("spaces", "   "),
    no("month-no-number", "tháng"),
    no("month-year-bare", "9/2019"),
    no("weekday-only", "thứ Hai"),
    no("ordinal-not-weekday", "lần thứ hai"),
    no("day-only", "ngày 10"),
    no("qualifier-only", "trước ngày"),
    no("glued-hyphen-lost", "1213/5/2023"),
    no("text", "Kế hoạch tổng kết"),
    no("three-digit-day", "ngày 123/5/2023"),
    ok("two-digit-year", "7/9/17", "2017-09-07"),
    no("trailing-text", "ngày 7/9/2017 và hội nghị"),
]

TET = date(2026, 1, 10)  # a plan for Tết Bính Ngọ (17/2/2026), dated in the 11th lunar month of Ất Tỵ

# The lunar calendar (vnplan.lunar): the solar day a lunar one falls on, in the lunar year named or meant.
LUNAR = [
    ok("lunar-named-month", "ngày 20 tháng Chạp", "2026-02-07", ref=TET),
    ok("lunar-first-month-next-year", "mùng 8 tháng Giêng", "2026-02-24", ref=TET),
    ok("lunar-year-by-its-name", "mùng 8 tháng Giêng năm Bính Ngọ", "2026-02-24", ref=TET),
    ok("lunar-year-name-without-nam", "23 tháng Chạp Ất Tỵ", "2026-02-10", ref=TET),
    ok("lunar-full-moon", "rằm tháng Giêng", "2026-03-03", ref=TET),
    ok("lunar-day-of-tet", "mùng 1 Tết", "2026-02-17", ref=TET),
    ok("lunar-new-year-s-day", "trước Tết Nguyên đán", "2026-02-17", ref=TET),
    ok("lunar-new-year-s-day-of-a-named-year", "trước Tết Nguyên đán Ất Tỵ", "2025-01-29", ref=TET),
    ok("lunar-new-year-s-day-of-a-year-in-figures", "trước Tết Nguyên đán năm 2027", "2027-02-06", ref=TET),
    ok("lunar-new-year-s-day-its-other-name", "trước Tết cổ truyền", "2026-02-17", ref=TET),
    # a solar holiday by its name: the year written, or the next one from the issue date
    ok("new-year-s-day", "trước Tết Dương lịch 2026", "2026-01-01", ref=date(2025, 10, 3)),
    ok("new-year-s-day-with-its-year-word", "trước Tết Dương lịch năm 2026", "2026-01-01", ref=TET),
    ok("new-year-s-day-next", "chậm nhất trước Tết Dương lịch", "2026-01-01", ref=date(2025, 3, 28)),
    ok("new-year-s-day-on-the-day", "trước Tết dương lịch", "2026-01-01", ref=date(2026, 1, 1)),
    ok("new-year-s-day-informal", "trước Tết Tây", "2026-01-01", ref=date(2025, 12, 2)),
    ok("lunar-marked-in-figures", "ngày 15/8 âm lịch", "2024-09-17", ref=date(2024, 8, 1)),
    ok("lunar-marked-in-words", "15 tháng 8 âm lịch", "2025-10-06", ref=date(2025, 9, 1)),
    ok("lunar-full-moon-of-a-month-in-words", "rằm tháng Mười âm lịch", "2025-12-04", ref=date(2025, 10, 3)),
    ok("lunar-day-of-a-month-in-words", "mùng 5 tháng Tám âm lịch", "2025-09-26", ref=date(2025, 9, 1)),
    ok("lunar-numbered-month-of-a-named-year", "ngày 10 tháng 3 năm Ất Tỵ", "2025-04-07", ref=TET),
    ok(
        "lunar-range",
        "từ 25 tháng Chạp đến hết mùng 6 tháng Giêng",
        "2026-02-12",
        "2026-02-22",
        "range",
        ref=TET,
    ),
    ok(
        "lunar-days-of-a-month",
        "từ ngày 10 đến ngày 18 tháng Chạp",
        "2026-01-28",
        "2026-02-05",
        "range",
        ref=TET,
    ),
    ok("lunar-days-of-tet", "từ mùng 4 đến hết mùng 6 Tết", "2026-02-20", "2026-02-22", "range", ref=TET),
    ok("mong-before-a-solar-day", "mồng 2 tháng 9 năm 2025", "2025-09-02"),
    no("lunar-thirtieth-of-a-short-month", "ngày 30 tháng Chạp năm Ất Tỵ", ref=TET),
    no("lunar-year-name-needs-a-reference", "mùng 1 tháng Giêng năm Bính Ngọ", ref=None),
    no("lunar-day-beyond-thirty", "ngày 31 tháng Chạp", ref=TET),
]

# Days and years in words, as formal texts write them (round 27's notary office).
IN_WORDS = [
    ok("day-in-words", "ngày mười lăm tháng 10 năm 2025", "2025-10-15"),
    ok("day-in-words-all", "ngày ba mươi tháng chín năm 2025", "2025-09-30"),
    ok("day-in-words-21", "ngày hai mươi mốt tháng 3 năm 2025", "2025-03-21"),
    ok("day-in-words-24", "ngày hai mươi tư tháng 3 năm 2025", "2025-03-24"),
    ok("day-in-words-one", "ngày một tháng bảy năm 2025", "2025-07-01"),
    ok("day-in-words-ten", "ngày mười tháng 3 năm 2025", "2025-03-10"),
    ok("day-in-words-capitals", "NGÀY MƯỜI LĂM THÁNG MƯỜI HAI NĂM 2025", "2025-12-15"),
    ok("day-in-words-no-year", "ngày mười lăm tháng mười hai", "2022-12-15"),
    ok("year-in-words", "ngày 25 tháng 8 năm hai nghìn không trăm hai mươi lăm", "2025-08-25"),
    ok("all-in-words", "ngày hai mươi lăm tháng tám năm hai nghìn không trăm hai mươi lăm", "2025-08-25"),
    ok("year-in-words-ngan", "ngày 2 tháng 9 năm hai ngàn không trăm hai mươi lăm", "2025-09-02"),
    ok("year-in-words-no-hundreds", "ngày 2 tháng 9 năm hai nghìn hai mươi lăm", "2025-09-02"),
    ok("year-in-words-odd", "ngày 2 tháng 9 năm hai nghìn không trăm lẻ năm", "2005-09-02"),
    ok("year-in-words-linh", "ngày 2 tháng 9 năm hai nghìn linh năm", "2005-09-02"),
    ok("year-in-words-hundreds", "ngày 2 tháng 9 năm một nghìn chín trăm bốn mươi lăm", "1945-09-02"),
    ok("year-in-words-round", "tháng 9 năm hai nghìn", "2000-09-01", "2000-09-30", "month"),
    ok("limit-in-words", "trước ngày hai mươi tháng mười một năm 2025", "2025-11-20"),
    no("day-in-words-too-late", "ngày ba mươi hai tháng 3 năm 2025"),
    no("day-in-words-alone", "ngày một tăng"),
    no("year-in-words-out-of-range", "năm chín nghìn"),
]

# Weeks and days counted from the issue date (REF: Monday 16/5/2022), as short-notice texts write them.
WEEKS_FROM_REF = [
    ok("weekday-this-week", "trước thứ Sáu tuần này", "2022-05-20"),
    ok("weekday-next-week", "thứ Hai tuần sau", "2022-05-23"),
    ok("weekday-next-week-by", "chậm nhất thứ Năm tuần tới", "2022-05-26"),
    ok("weekday-next-week-a-time", "trước 17 giờ thứ Sáu tuần sau", "2022-05-27"),
    ok("next-week-whole", "trong tuần tới", "2022-05-23", "2022-05-29", "week"),
    ok("this-week-whole", "trong tuần này", "2022-05-16", "2022-05-22", "week"),
    ok("tomorrow", "trong ngày mai", "2022-05-17"),
    ok("weeks-after-signing", "trong 2 tuần sau ngày ký", "2022-05-16", "2022-05-30", "relative"),
    no("a-week-from-no-issue-date", "trước thứ Sáu tuần này", ref=None),
    # a day of the month after the issue date's, a monthly report's limit
    ok("day-of-next-month", "trước ngày 10 của tháng tiếp theo", "2022-06-10"),
    ok("day-of-next-month-plain", "chậm nhất ngày 20 tháng sau", "2022-06-20"),
    ok("day-of-next-month-short", "trước ngày 31 của tháng kế tiếp", "2022-06-30"),  # June has 30 days
    ok("day-of-next-month-every-month", "trước ngày 05 của tháng sau hằng tháng", "2022-06-05"),
    no("day-of-next-month-no-issue-date", "trước ngày 10 của tháng sau", ref=None),
    no("day-of-next-month-too-late", "trước ngày 32 của tháng sau"),
    # a day of a month of the quarter, due every quarter (REF 16/5/2022: the second quarter)
    ok("day-of-the-quarter-s-last-month", "trước ngày 20 của tháng cuối quý", "2022-06-20"),
    ok("day-of-the-next-quarter-s-first-month", "chậm nhất ngày 15 của tháng đầu quý sau", "2022-07-15"),
    ok("day-of-the-quarter-s-first-month-past", "trước ngày 10 tháng đầu quý", "2022-07-10"),  # April's: past
    ok("quarter-month-from", "trước ngày 20 của tháng cuối quý (bắt đầu từ quý I/2023)", "2023-03-20"),
    ok("next-quarter-month-from", "trước ngày 15 của tháng đầu quý sau, từ quý IV/2022", "2023-01-15"),
    no("day-of-a-quarter-month-too-late", "trước ngày 32 của tháng cuối quý"),
]

TABLE: list[Case] = [
    *DAYS, *MONTHS_YEARS, *QUARTERS, *GLUED_UNITS, *PARTS, *RANGES, *QUALIFIED, *TIMES_OF_DAY, *RECURRENCES,
    *RELATIVE, *TO_NOW, *YEAR_INFERENCE, *IMPOSSIBLE, *NOT_DATES, *LUNAR, *IN_WORDS, *WEEKS_FROM_REF,
]  # fmt: skip


def _variants() -> list[Case]:
    """Every positive case again in NFD, and with old-style tone marks where they apply."""
    out = []
    for c in TABLE:
        if c.expected is None:
            continue
        nfd = unicodedata.normalize("NFD", c.phrase)
        if nfd != c.phrase:
            out.append(c._replace(id=f"nfd-{c.id}", phrase=nfd))
    return out


VARIANTS = _variants()


def test_table_is_big_and_has_no_duplicates() -> None:
    cases = TABLE + VARIANTS
    assert len(cases) >= 300
    ids = Counter(c.id for c in cases)
    assert [i for i, n in ids.items() if n > 1] == []
    keys = Counter((c.phrase, c.ref) for c in cases)
    assert [k for k, n in keys.items() if n > 1] == []


@pytest.mark.parametrize("case", TABLE + VARIANTS, ids=lambda c: c.id)
def test_parse_date(case: Case) -> None:
    period = parse_date(case.phrase, ref=case.ref)
    if case.expected is None:
        assert period is None
        return
    assert period is not None
    start, end, gran = case.expected
    assert (period.start.isoformat(), period.end.isoformat(), period.granularity) == (start, end, gran)


WHOLE_PHRASE_ONLY = {"dm-bare-whole-phrase"}  # a bare "7/9" is a date alone, not in running text


@pytest.mark.parametrize(
    "case", [c for c in TABLE if c.expected is not None and c.id not in WHOLE_PHRASE_ONLY], ids=lambda c: c.id
)
def test_find_dates_reads_the_same_phrase_in_running_text(case: Case) -> None:
    text = f"Các đơn vị báo cáo: {case.phrase}; xin cảm ơn."
    mentions = [m for m in find_dates(text, ref=case.ref) if m.period is not None]
    assert len(mentions) == 1, mentions
    (m,) = mentions
    assert text[m.span.start : m.span.end] == m.text
    assert case.expected is not None
    assert (m.period.start.isoformat(), m.period.end.isoformat()) == case.expected[:2]  # type: ignore[union-attr]


def _one(text: str, ref: date | None = REF) -> Any:
    (m,) = find_dates(text, ref=ref)
    assert text[m.span.start : m.span.end] == m.text
    return m


@pytest.mark.parametrize(
    ("text", "qualifier", "mention_text"),
    [
        ("Hoàn thành trước ngày 15/10/2017.", "before", "trước ngày 15/10/2017"),
        ("Hoàn thành chậm nhất trước ngày 30/7/2023.", "before", "chậm nhất trước ngày 30/7/2023"),
        ("Nộp chậm nhất là ngày 30/7/2023.", "by", "chậm nhất là ngày 30/7/2023"),
        ("Hạn chót: 30/11/2025.", "by", "Hạn chót: 30/11/2025"),
        ("thực hiện đến hết năm 2025", "by", "đến hết năm 2025"),
        ("lọc bài đến 13/9 xong", "by", "đến 13/9"),
        ("Hoàn thành trong tháng 9 năm 2019.", "within", "trong tháng 9 năm 2019"),
        ("Tổng kết vào quý I năm 2018.", "on", "vào quý I năm 2018"),
        ("Hà Nội, ngày 16 tháng 5 năm 2025", "on", "ngày 16 tháng 5 năm 2025"),
        ("bắt đầu từ 01/5/2020 và", "from", "bắt đầu từ 01/5/2020"),
        ("có hiệu lực kể từ ngày 10 tháng 3 năm 2026.", "from", "kể từ ngày 10 tháng 3 năm 2026"),
        ("Thời gian: từ ngày 01/3 đến ngày 15/3/2022.", "from_to", "từ ngày 01/3 đến ngày 15/3/2022"),
        (
            "Thời gian thi: từ thứ Hai, ngày 16/12/2024 đến thứ Ba, ngày 24/12/2024.",
            "from_to",
            "từ thứ Hai, ngày 16/12/2024 đến thứ Ba, ngày 24/12/2024",
        ),
        ("trình Giám đốc trước 11h30' ngày 10/12/2024.", "before", "trước 11h30' ngày 10/12/2024"),
        (
            "hoàn thành trong thời gian từ ngày 01/9 đến ngày 30/9/2022.",
            "from_to",
            "trong thời gian từ ngày 01/9 đến ngày 30/9/2022",
        ),
        ("Từ nay đến hết năm 2022, các cơ sở", "from_to", "Từ nay đến hết năm 2022"),
        ("kết quả từ năm 2021 đến nay (cụ thể)", "from_to", "từ năm 2021 đến nay"),
        ("sau ngày 15/3/2024 thì", "after", "sau ngày 15/3/2024"),
        ("Thời gian: Quý II, III/2015.", None, "Quý II, III/2015"),
        # a time of day between the qualifier and the date
        ("gửi về trước 17h00 ngày 20/6/2024.", "before", "trước 17h00 ngày 20/6/2024"),
        ("nộp trước 17 giờ 30 phút, ngày 25/6/2024.", "before", "trước 17 giờ 30 phút, ngày 25/6/2024"),
        ("chậm nhất 16h ngày 5/7/2024", "by", "chậm nhất 16h ngày 5/7/2024"),
        ("đón tiếp từ 12h00 ngày 12/5/2023 (Thứ Sáu)", "from", "từ 12h00 ngày 12/5/2023 (Thứ Sáu)"),
        # ... but a time range times an event on the day
        ("Từ 09h30 đến 11h30 ngày 18/8/2023.", "on", "ngày 18/8/2023"),
        ("Thời gian: 9h00 - 11h00, ngày 24/7/2022", "on", "ngày 24/7/2022"),
        ("Lúc 8h00 ngày 3/9/2024", "on", "ngày 3/9/2024"),
    ],
)
def test_qualifiers_are_in_the_mention(text: str, qualifier: str | None, mention_text: str) -> None:
    m = _one(text)
    assert (m.qualifier, m.text) == (qualifier, mention_text)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # the next day of a list shares the phrase's qualifier, recurrence and year
        (
            "báo cáo định kỳ 6 tháng (trước ngày 15/6 và 15/12)",
            [("trước ngày 15/6", "before", "2022-06-15"), ("15/12", "before", "2022-12-15")],
        ),
        (
            "trước ngày 15/6/2023 và 15/12",
            [("trước ngày 15/6/2023", "before", "2023-06-15"), ("15/12", "before", "2023-12-15")],
        ),
        (
            "chậm nhất ngày 10/10/2022, 15/11/2022",
            [("chậm nhất ngày 10/10/2022", "by", "2022-10-10"), ("15/11/2022", "by", "2022-11-15")],
        ),
        (
            "ngày 20/5, 25/5 và 30/5/2022",  # no "5 và 30/5/2022" from the month of "25/5"; the day word
            [  # is the list's: each item a day "on" which, as the first
                ("ngày 20/5", "on", "2022-05-20"),
                ("25/5", "on", "2022-05-25"),
                ("30/5/2022", "on", "2022-05-30"),
            ],
        ),
        # months apart are two mentions, the second with the first's qualifier
        (
            "trong tháng 3 và tháng 9/2022",
            [("trong tháng 3", "within", "2022-03-31"), ("tháng 9/2022", "within", "2022-09-30")],
        ),
        # after no day phrase, a bare day is no date
        ("tháng 6/2022 và 15/12", [("tháng 6/2022", None, "2022-06-30")]),
        ("đạt 63/63 tỉnh và 3/4 huyện", []),
        ("tỷ lệ 3/4, 5/6 và 2/3 đơn vị", []),
    ],
)
def test_a_list_of_days_shares_the_first_phrase(text: str, read: list[tuple[str, str | None, str]]) -> None:
    mentions = find_dates(text, ref=REF)
    assert [(m.text.split("(")[-1], m.qualifier, str(m.period.end)) for m in mentions if m.period] == read


def test_a_monthly_day_then_a_month_that_is_no_start_are_two_mentions() -> None:
    mentions = find_dates("trước ngày 20 hằng tháng, trước tháng 5/2023", ref=REF)
    assert [(m.text, str(m.period.end)) for m in mentions if m.period] == [
        ("trước ngày 20 hằng tháng", "2022-05-20"),
        ("trước tháng 5/2023", "2023-05-31"),
    ]


def test_recurrence_with_a_date() -> None:
    m = _one("gửi báo cáo trước ngày 30 tháng 11 hằng năm.", ref=date(2020, 5, 4))
    assert (m.recurrence, m.period.recurrence, m.year_inferred) == ("yearly", "yearly", True)
    assert m.period.end == date(2020, 11, 30)


@pytest.mark.parametrize(
    "text",
    [
        "hằng năm, trước ngày 15/12",
        "hằng năm trước ngày 15/12",
        "Hằng năm, chậm nhất ngày 15/12",
        "Định kỳ hằng năm (trước ngày 15/12)",  # the date in brackets after its recurrence
        "định kỳ hàng năm (trước ngày 15/12 và đột xuất",
    ],
)
def test_recurrence_before_a_date_with_or_without_comma(text: str) -> None:
    # the comma used to be taken for the recurrence (',')
    m = _one(text, ref=date(2020, 5, 4))
    assert (m.recurrence, m.period.recurrence) == ("yearly", "yearly")
    assert m.period.end == date(2020, 12, 15)


def test_recurrence_alone_has_no_period() -> None:
    m = _one("Thực hiện thường xuyên hằng năm.")
    assert (m.text, m.recurrence, m.period) == ("hằng năm", "yearly", None)


@pytest.mark.parametrize(
    "text",
    [
        "Báo cáo kết quả các hoạt động dịp Tết Nguyên đán Ất Tỵ về Sở",
        "ban hành Kế hoạch tổ chức Tết Nguyên đán Bính Ngọ cho nhân dân",
        "Tết cổ truyền của dân tộc",
        "Sinh viên nghỉ Tết Dương lịch theo lịch của Nhà trường",
    ],
)
def test_the_lunar_new_year_named_alone_is_the_festival(text: str) -> None:
    """ "Tết Nguyên đán" is its first day after a qualifier ("trước Tết Nguyên đán"); alone, the festival
    (so is "Tết Dương lịch")."""
    assert find_dates(text, ref=TET) == []


def test_year_inferred_flag() -> None:
    assert _one("trước ngày 20/6 nhé").year_inferred
    assert not _one("trước ngày 20/6/2022 nhé").year_inferred
    assert not _one("từ 20/4 đến 7/5 năm 2025").year_inferred


def test_a_limit_s_day_alone_says_its_month_is_guessed() -> None:
    m = _one("Thu hoạch dứt điểm lúa mùa, xong trước ngày 25; bố trí máy gặt.")
    assert (m.text, m.period is not None and m.period.end.isoformat()) == ("trước ngày 25", "2022-05-25")
    assert [d.code for d in m.diagnostics] == ["date.month_inferred"]


@pytest.mark.parametrize(
    "text",
    [
        "nộp kinh phí công đoàn chậm nhất ngày 15 của tháng tám mươi",  # its words go on
        "gửi báo cáo trước ngày 15/1X/2022",  # a misread month: no day alone
        "hoàn thành trước ngày 25",  # no mark ends it: a cut text, perhaps
    ],
)
def test_a_day_alone_is_a_limit_only_where_its_clause_ends(text: str) -> None:
    assert [m.text for m in find_dates(text, ref=REF) if m.period is not None] == []


def test_a_zero_that_ocr_read_as_the_letter_o_in_a_date_s_month() -> None:
    (m,) = find_dates("báo cáo chậm nhất ngày 15/1O/2022 để tổng hợp", ref=REF)
    assert (m.text, m.period is not None and str(m.period.end)) == ("chậm nhất ngày 15/1O/2022", "2022-10-15")


def test_a_limit_word_that_lost_its_horn_is_read_as_meant_before_the_day_word() -> None:
    (m,) = find_dates("Cấp chi hội: hoàn thành truớc\nngày 20/6/2022.", ref=REF)
    assert (m.qualifier, m.text, m.period is not None and str(m.period.end)) == (
        "before",
        "truớc\nngày 20/6/2022",
        "2022-06-20",
    )


def test_a_row_s_number_on_the_line_above_a_month_is_no_day_of_it() -> None:
    assert [m.text for m in find_dates("2\nTháng 11/2022\nTổ chức kiểm tra", ref=REF)] == ["Tháng 11/2022"]


def test_a_page_s_number_between_a_day_word_and_its_date_is_no_day() -> None:
    text = "gửi báo cáo về Ban Tổ chức trước ngày\n2\n25/11/2022."
    assert [m.text for m in find_dates(text, ref=REF) if m.period is not None] == ["25/11/2022"]


def test_impossible_date_gives_a_diagnostic_not_a_period() -> None:
    m = _one("Hạn nộp ngày 31/2/2020.")
    assert m.period is None
    assert [d.code for d in m.diagnostics] == ["date.impossible"]
    assert m.diagnostics[0].span == m.span


def test_blank_day_template() -> None:
    m = _one("Hà Nội, ngày   tháng 5 năm 2025")
    assert m.period is not None and m.period.approximate
    assert [d.code for d in m.diagnostics] == ["date.blank_day"]


def test_a_weekday_before_a_range_s_end_is_checked() -> None:
    m = _one("từ ngày 16/12/2024 đến thứ Hai, ngày 24/12/2024")  # a Tuesday
    assert (str(m.period.start), str(m.period.end)) == ("2024-12-16", "2024-12-24")
    assert [d.code for d in m.diagnostics] == ["date.weekday_mismatch"]


def test_weekday_mismatch_is_reported() -> None:
    m = _one("Ngày 03/12/2021 (Thứ bảy)")  # a Friday
    assert m.period is not None
    assert [d.code for d in m.diagnostics] == ["date.weekday_mismatch"]
    assert _one("trước ngày 09/5/2023 (thứ Ba).").diagnostics == []
    assert [d.code for d in _one("Thứ Sáu (10/10/2024)").diagnostics] == ["date.weekday_mismatch"]  # Thursday


@pytest.mark.parametrize(
    "text", ["trong vòng 15 ngày kể từ ngày ký", "từ nay đến hết năm 2022", "từ năm 2021 đến nay"]
)
def test_relative_without_reference_is_explained(text: str) -> None:
    m = _one(text, ref=None)
    assert (m.text, m.period) == (text, None)
    assert [d.code for d in m.diagnostics] == ["date.no_reference"]


def test_bare_day_month_in_running_text_is_not_read() -> None:
    assert find_dates("đạt 63/63 tỉnh, tỷ lệ 3/2, XDHT: 30/3") == []
    assert [m.text for m in find_dates("Tuần 1: 24/11/2019  30/11/2019")] == ["24/11/2019", "30/11/2019"]


def test_not_dates_in_running_text() -> None:
    text = (
        "Tổng kết 10 năm, 05 năm thực hiện; điện thoại: 0975.237.998; 1.500.000 đồng; Nghị định số "
        "30/2020/NĐ-CP; Kế hoạch 15/KH-TLĐ; mục 2.1. và 1.2.3; Điều 3; lúc 9h00; "
        "Kế hoạch 5 năm (2021 - 2025). Nay, Ban Thường vụ; hiện nay; năm nay; từ trước đến nay; "
        "ngày nay; đến nay chưa có."
    )
    assert find_dates(text, ref=REF) == []


def test_mentions_are_sorted_and_disjoint() -> None:
    text = (
        "Từ ngày 15/10/2022 đến 05/11/2022 nhận bài; chấm trước ngày 20/11/2022; công bố trong tháng 12; "
        "tổng kết vào quý I năm 2023 và cuối năm 2023. Hằng năm báo cáo."
    )
    found = scan(normalise(text), ref=REF)
    assert [f.mention.text for f in found] == [
        "Từ ngày 15/10/2022 đến 05/11/2022",
        "trước ngày 20/11/2022",
        "trong tháng 12",
        "vào quý I năm 2023",
        "cuối năm 2023",
        "Hằng năm",
    ]
    for a, b in itertools.pairwise(found):
        assert a.end <= b.start


def test_nfd_spans_point_into_the_original() -> None:
    text = unicodedata.normalize("NFD", "Hoàn thành trước ngày 15 tháng 10 năm 2017 nhé")
    m = _one(text)
    assert m.text == unicodedata.normalize("NFD", "trước ngày 15 tháng 10 năm 2017")
    assert m.period is not None and m.period.end == date(2017, 10, 15)


def test_scan_offsets_are_in_the_normalised_text() -> None:
    src = normalise(unicodedata.normalize("NFD", "Số: trước ngày 5/6/2023"))
    (f,) = scan(src)
    assert src.text[f.start : f.end] == "trước ngày 5/6/2023"
    assert src.original[f.mention.span.start : f.mention.span.end] == f.mention.text


def test_old_and_new_tone_styles_read_alike() -> None:
    assert parse_date("quý I/2018") == parse_date("quý I/2018".replace("ý", "ý"))
    old = parse_date("qu\u00fd II/2020")  # precomposed ý
    nfd = parse_date(unicodedata.normalize("NFD", "quý II/2020"))
    assert old is not None and nfd is not None and (old.start, old.end) == (nfd.start, nfd.end)
    assert parse_date("QUÝ II/2020") is not None and parse_date("Quý II/2020") is not None


def test_line_breaks_inside_phrases() -> None:
    m = _one("trước\n20/6 nhé", ref=JAN)
    assert (m.text, m.period.end) == ("trước\n20/6", date(2022, 6, 20))
    m = _one("Thời gian: 06/11/2022  đến\n\n09/11/2022.")
    assert (m.period.start, m.period.end) == (date(2022, 11, 6), date(2022, 11, 9))


def test_markdown_debris_does_not_hide_a_date() -> None:
    m = _one("(qua Ban Dân vận **trước ngày 10/11/2019**).")
    assert (m.text, m.period.end) == ("trước ngày 10/11/2019", date(2019, 11, 10))


def test_long_inputs_of_date_debris_finish() -> None:
    assert find_dates("1/" * 50_000) == []
    assert find_dates("a1" * 50_000) == []
    assert find_dates("năm " * 50_000) == []
    assert len(find_dates("12/12/2012 " * 5_000)) == 5_000


def test_the_plain_re_scan_reads_letters_and_spaces_as_regex_does() -> None:
    """scan finds runs with ``re`` (faster) in texts whose characters are all in ``_RE_AGREES``: there
    its letter-or-digit and white-space classes must be those of ``regex`` (which the grammar side uses)."""
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    assert re.findall(dates._PLAIN_SPACE, every) == regex.findall(r"\s", every)
    agreed = dates._RE_DISAGREES_RE.sub("", every)
    assert len(agreed) > 5_000  # Latin, Vietnamese, punctuation, symbols...
    assert re.findall(dates._plain_letter_or_digit(), agreed) == regex.findall(r"[\p{L}\p{N}]", agreed)


def test_the_plain_run_search_jumps_over_letters_as_re_does() -> None:
    """The plain run search starts with ``[\\W_]`` spelt out as a set (faster to test) for the characters of
    ``_RE_AGREES``, the only ones it reads, and white space (the character before a stretch)."""
    agreed = [chr(c) for a, b in dates._RE_AGREES_BLOCKS for c in range(a, b + 1)]
    chars = "".join(agreed) + "".join(c for c in map(chr, range(0x10000)) if c.isspace())
    assert re.findall(dates._plain_other(), chars) == re.findall(r"[\W_]", chars)
    assert re.findall(dates._plain_letter_or_digit(), chars) == re.findall(r"[^\W_]", chars)
    assert dates._RE_DISAGREES_RE.sub("", chars[: len(agreed)]) == chars[: len(agreed)]


def test_a_letter_newer_than_re_knows_is_still_a_letter() -> None:
    """U+0558 (Armenian, Unicode 16): a letter to ``regex``; ``re`` may not know it, so such a text is
    scanned with ``regex``: the day word glued to the letter is no word, the date alone is read."""
    glued = "\u0558ngày 5/6/2020"
    expected = "5/6/2020" if regex.match(r"\p{L}", "\u0558") else "ngày 5/6/2020"
    assert [m.text for m in find_dates(glued)] == [expected]
    assert [m.text for m in find_dates("ângày 5/6/2020")] == ["5/6/2020"]


def test_the_engine_is_chosen_per_stretch() -> None:
    """A letter newer than ``re`` knows makes its stretch be read with ``regex``; the others, far from it,
    are read with ``re`` as before."""
    glued, far = "\u0558ngày 5/6/2020", " x" * 100
    text = f"ngày 1/2/2020{far} {glued}{far} ngày 3/4/2021"
    expected = ["ngày 1/2/2020", *[m.text for m in find_dates(glued)], "ngày 3/4/2021"]
    assert [m.text for m in find_dates(text)] == expected


def _case_keys() -> list[str]:
    """The matching keys of every phrase of the table, in running text and alone."""
    keys = []
    for c in TABLE + VARIANTS:
        for text in (c.phrase, f"Các đơn vị báo cáo: {c.phrase}; xin cảm ơn."):
            keys.append(lower_in_place(" ".join(normalise(text).key.split())))
    return keys


def test_the_plain_re_tokens_are_those_of_regex() -> None:
    """Runs of texts whose characters are all in ``_RE_AGREES`` are cut into tokens with ``re``."""
    v = dates._vocab()
    keys = [*_case_keys(), "ngày\n 5 /6 - 2020 ... …… __ thượng  tuần, hạ\ttuần (thứ hai)"]
    for key in keys:
        assert dates._tokens(v, key, v.token_re_plain) == dates._tokens(v, key, v.token_re), key


def test_the_white_space_before_a_token_changes_no_token() -> None:
    """The token patterns take the white space before a token into the match (so the engine does not try
    at every white space character between tokens): no token starts with white space, so the tokens are
    those of the pattern without it."""
    v = dates._vocab()
    tricky = "ngày\n 5 /6 - 2020 ... …… __ thượng  tuần, hạ\ttuần (thứ hai)  x1 2a _1 1_ \xa0năm"
    for token_re, space, engine in ((v.token_re_plain, dates._PLAIN_SPACE, re), (v.token_re, r"\s", regex)):
        bare = engine.compile(token_re.pattern.removeprefix(f"({space}*+)"))
        assert bare.pattern != token_re.pattern
        for key in [*_case_keys(), tricky]:
            expected = [(m.lastindex + 1, m.span(m.lastindex)) for m in bare.finditer(key)]
            assert [(m.lastindex, m.span(m.lastindex)) for m in token_re.finditer(key)] == expected, key


def test_the_run_search_finds_the_runs_of_the_run_pattern() -> None:
    """_runs searches for the character before a run (so the engine jumps between such characters) and
    matches a run at the start of the text on its own: the runs of ``run_re`` tried at every position."""
    v = dates._vocab()
    tricky = ["ngày 5/6/2020", "(1/2)ngày 5/6/2020", "x1/2 3", "6 tháng một lần", "hằng năm.", "__1/2", ""]
    for key in [*_case_keys(), *tricky, normalise(" ".join(tricky)).lower]:
        for run_re, search_re in ((v.run_re, v.run_search_re), (v.run_re_plain, v.run_search_re_plain)):
            starts = [0, *(i + 1 for i, c in enumerate(key) if c.isspace())]
            for a in starts:
                expected = [m.span() for m in run_re.finditer(key, a)]
                assert dates._runs(key, a, run_re, search_re) == expected, (key, a)


def test_the_run_search_lets_every_phrase_start_a_run() -> None:
    """The run search tests a run's first four characters before the run pattern (_starts): every
    phrase of the vocabulary and every number passes, whatever white space is between its words."""
    v = dates._vocab()
    starts = re.compile(dates._starts([p.split() for p in v.kinds], v.glued, dates._plain_letter_or_digit()))
    for phrase in [*v.kinds, "1", "12", "2020", "t10/2025", "q4/2025", "qiv/2025"]:
        for text in (phrase, phrase.replace(" ", "\n \t"), f"{phrase}.", f"{phrase} x"):
            assert starts.match(text), text
    assert not starts.match("công") and not starts.match("tổ") and not starts.match("tiến")
    assert not starts.match("việc") and not starts.match("truyền") and not starts.match("hành")


def test_a_phrase_is_read_as_lark_reads_its_tree() -> None:
    """A phrase is read from its shape's tree with holes (cached per sequence of terminals), the token
    values put in: the same reading as Lark's parse of the tokens, transformed."""
    v = dates._vocab()
    seen = 0
    for key in _case_keys():
        toks = dates._tokens(v, key, v.token_re)
        for i in range(len(toks)):
            n, shape = dates._longest(tuple(t[0] for t in toks[i : i + dates._MAX_PHRASE_TOKENS]))
            if shape is None:
                continue
            phrase = toks[i : i + n]
            ip = get_parser("date").parse_interactive()
            for kind, value, _, _ in phrase:
                ip.feed_token(Token(kind, value))
            try:
                expected = dates._ToReading(v).transform(ip.feed_eof())
            except VisitError as exc:
                assert isinstance(exc.orig_exc, dates._NotADate)
                expected = None
            assert dates._read(shape, phrase) == expected, phrase
            seen += expected is not None
    assert seen > 500


@pytest.mark.parametrize(
    ("text", "mention_text"),
    [
        ("Thực hiện thường xuyên hằng\nnăm.", "hằng\nnăm"),
        ("Thực hiện thường xuyên hằng  năm.", "hằng  năm"),
        ("Nộp hàng\r\ntháng.", "hàng\r\ntháng"),
        ("Có hiệu lực kể từ ngày\nký.", "kể từ ngày\nký"),
        ("Có hiệu lực kể từ ngày\nban  hành.", "kể từ ngày\nban  hành"),
        ("Tổng kết vào cuối\nnăm.", "vào cuối\nnăm"),
    ],
)
def test_a_digit_free_phrase_over_a_line_break_is_found_far_from_digits(text: str, mention_text: str) -> None:
    # PDF conversion breaks lines anywhere; such a phrase was found only within reach of a digit
    assert _one(text).text == mention_text


@pytest.mark.parametrize(
    ("text", "since_word", "expected"),
    [
        # a phrase that runs over ``since`` is dropped, not read again from its middle ("6 năm 2024")
        ("Nộp báo cáo ngày 15 tháng 6 năm 2024.", "6 năm", []),
        ("Nộp báo cáo ngày 15 tháng 6 năm 2024.", "tháng", []),
        # one that starts at ``since`` or after is read; the text before it is not
        ("Ngày 02/01/2024. Nộp báo cáo trước ngày 15/6/2024.", "Nộp", ["trước ngày 15/6/2024"]),
        ("Ngày 02/01/2024. Nộp báo cáo trước ngày 15/6/2024.", "trước", ["trước ngày 15/6/2024"]),
        ("Ngày 02/01/2024. Nộp báo cáo trước ngày 15/6/2024.", "ngày 15", []),  # its qualifier is before
    ],
)
def test_phrases_are_read_from_since(text: str, since_word: str, expected: list[str]) -> None:
    src = normalise(text)
    since = text.index(since_word)
    assert [src.text[p.start : p.end] for p in dates.scan_phrases(src, since=since)] == expected


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        # a part of "this" month or quarter that a word makes another one: no reading rather than a wrong one
        ("Nộp chậm nhất ngày 15 của tháng đầu quý sau.", ["chậm nhất ngày 15 của tháng đầu quý sau"]),  # (a
        # day of the next quarter's first month: read as one, [quarter_months])
        ("Báo cáo vào cuối tháng tới.", []),
        ("Báo cáo đầu tháng kế tiếp.", []),
        ("Báo cáo vào cuối tháng.", ["vào cuối tháng"]),
        ("Báo cáo đầu quý, sau đó tổng hợp.", ["đầu quý"]),
        ("Báo cáo cuối tháng 6 tới đây.", ["cuối tháng 6"]),  # a month named: read
    ],
)
def test_a_part_of_the_next_month_or_quarter_is_not_read(text: str, mentions: list[str]) -> None:
    assert [m.text for m in find_dates(text, ref=REF)] == mentions


def test_a_number_then_marks_holds_no_phrase() -> None:
    """scan_phrases skips a run that is a number followed by marks only ("1.", "2 -"): no phrase starts
    with a mark, and none is a number followed by marks."""
    marks = ["SLASH", "DOT", "DASH", "COMMA", "LPAR", "RPAR", "COLON", "BLANK"]
    assert not set(marks) & dates._first_terminals()
    for number in ("N12", "N3", "N4", "OTHER"):
        for n in range(4):
            for tail in itertools.product(marks, repeat=n):
                assert dates._longest((number, *tail))[0] == 0, (number, *tail)
    for run in ["1.", "12 -", "3)", "2020 ...", "4 __", "5…", "6 ( :"]:
        assert dates._NUMBER_THEN_MARKS.fullmatch(run), run
    for run in ["1. ngày", "1/2", "3 năm", "12 -5", "7 quý"]:
        assert not dates._NUMBER_THEN_MARKS.fullmatch(run), run


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        ("Chậm nhất ngày 24.02, các đơn vị báo cáo.", ["Chậm nhất ngày 24.02"]),
        ("Nhiệm vụ trọng tâm thời gian tới\n2.1. Công tác tuyên truyền", []),  # a heading's number
        ("Thực hiện mục 2.1 và 3.4 của Kế hoạch.", []),
    ],
)
def test_a_day_and_month_parted_by_a_dot_is_read_only_after_its_day_word(
    text: str, mentions: list[str]
) -> None:
    assert [m.text for m in find_dates(text, ref=REF)] == mentions
