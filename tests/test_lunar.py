"""The Vietnamese lunar calendar: known Tết days, leap months and festival days, and a round trip."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from vnplan.lunar import to_lunar, to_solar, year_meant

# Tết (the first day of the first lunar month), as Vietnam's calendar (UTC+7) sets it. 2030 is one of the
# years it differs from China's (UTC+8), which has 3 February: the new moon is at 23:07 in Hà Nội.
TET = {
    1990: "01-27", 1991: "02-15", 1992: "02-04", 1993: "01-23", 1994: "02-10", 1995: "01-31",
    1996: "02-19", 1997: "02-07", 1998: "01-28", 1999: "02-16", 2000: "02-05", 2001: "01-24",
    2002: "02-12", 2003: "02-01", 2004: "01-22", 2005: "02-09", 2006: "01-29", 2007: "02-17",
    2008: "02-07", 2009: "01-26", 2010: "02-14", 2011: "02-03", 2012: "01-23", 2013: "02-10",
    2014: "01-31", 2015: "02-19", 2016: "02-08", 2017: "01-28", 2018: "02-16", 2019: "02-05",
    2020: "01-25", 2021: "02-12", 2022: "02-01", 2023: "01-22", 2024: "02-10", 2025: "01-29",
    2026: "02-17", 2027: "02-06", 2028: "01-26", 2029: "02-13", 2030: "02-02",
}  # fmt: skip


@pytest.mark.parametrize(("year", "day"), TET.items())
def test_tet(year: int, day: str) -> None:
    assert to_solar(1, 1, year) == date.fromisoformat(f"{year}-{day}")


# Years with a leap month, and which month it repeats.
LEAP_MONTHS = {
    2001: 4,
    2004: 2,
    2006: 7,
    2009: 5,
    2012: 4,
    2014: 9,
    2017: 6,
    2020: 4,
    2023: 2,
    2025: 6,
    2028: 5,
}


@pytest.mark.parametrize(("year", "month"), LEAP_MONTHS.items())
def test_a_leap_month_is_where_the_calendar_puts_it(year: int, month: int) -> None:
    leap = to_solar(1, month, year, leap=True)
    assert leap is not None and to_lunar(leap) == (1, month, year, True)
    assert all(to_solar(1, m, year, leap=True) is None for m in range(1, 13) if m != month)


@pytest.mark.parametrize(
    ("day", "month", "year", "solar"),
    [
        (10, 3, 2024, "2024-04-18"),  # Giỗ Tổ Hùng Vương
        (10, 3, 2025, "2025-04-07"),
        (15, 8, 2023, "2023-09-29"),  # Tết Trung thu
        (15, 8, 2024, "2024-09-17"),
        (15, 7, 2025, "2025-09-06"),  # Vu Lan, after Ất Tỵ's leap 6th month
        (23, 12, 2025, "2026-02-10"),  # ông Công ông Táo (the plans' "ngày 23 tháng Chạp (ngày 10/02/2026)")
        (29, 12, 2025, "2026-02-16"),  # Ất Tỵ's last day: its 12th month has 29 days
    ],
)
def test_festival_days(day: int, month: int, year: int, solar: str) -> None:
    assert to_solar(day, month, year) == date.fromisoformat(solar)


def test_no_such_day_is_none() -> None:
    assert to_solar(30, 12, 2025) is None  # a month of 29 days
    assert to_solar(0, 1, 2026) is None
    assert to_solar(1, 13, 2026) is None
    assert to_solar(1, 5, 2025, leap=True) is None  # Ất Tỵ's leap month is the 6th


def test_every_day_of_forty_years_goes_there_and_back() -> None:
    day = date(1995, 1, 1)
    while day < date(2035, 1, 1):
        assert to_solar(*to_lunar(day)) == day
        day += timedelta(days=1)


@pytest.mark.parametrize(
    ("reference", "day", "month", "meant"),
    [
        (date(2026, 1, 10), 20, 12, "2026-02-07"),  # dated in the 11th month: the coming 12th
        (date(2026, 1, 10), 8, 1, "2026-02-24"),  # ... and the next year's first
        (date(2026, 3, 1), 23, 12, "2027-01-30"),  # dated after Tết: the year's own 12th month
        (date(2025, 8, 1), 15, 8, "2025-10-06"),
    ],
)
def test_the_year_meant_when_none_is_written(reference: date, day: int, month: int, meant: str) -> None:
    assert to_solar(day, month, year_meant(reference, month)) == date.fromisoformat(meant)
