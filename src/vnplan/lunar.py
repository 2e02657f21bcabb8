"""The Vietnamese lunar calendar (âm lịch): a lunar day, month and year as a solar date.

Months start on the day of the new moon and the leap month falls where the sun enters no new zodiac sign,
both reckoned at UTC+7, the time zone of Vietnam's calendar since 1968 (Hồ Ngọc Đức's algorithm, after
Meeus's *Astronomical Algorithms*: new moons and the sun's longitude to a few minutes, which places the
days right). A lunar year is named by the solar year in which it starts: lunar year 2026 (Bính Ngọ) starts
on Tết, 17 February 2026.

>>> to_solar(1, 1, 2026), to_solar(23, 12, 2025), to_solar(15, 8, 2024)
(datetime.date(2026, 2, 17), datetime.date(2026, 2, 10), datetime.date(2024, 9, 17))
"""

from __future__ import annotations

import functools
import itertools
import math
from datetime import date

_TIME_ZONE = 7.0  # hours east of Greenwich: Vietnam's calendar since 1968
_SYNODIC_MONTH = 29.530588853  # days
_EPOCH = 2415021.076998695  # Julian day of the new moon of 1 January 1900 (k = 0)
_JD_OF_ORDINAL_1 = 1721425  # date(1, 1, 1).toordinal() == 1 is Julian day 1721426


def _julian_day(day: date) -> int:
    return day.toordinal() + _JD_OF_ORDINAL_1


def _from_julian_day(jd: int) -> date:
    return date.fromordinal(jd - _JD_OF_ORDINAL_1)


def _new_moon(k: int) -> float:
    """The Julian day (fraction included, UTC) of the ``k``-th new moon after that of 1 January 1900."""
    t = k / 1236.85  # Julian centuries from 1900
    t2, t3 = t * t, t * t * t
    dr = math.pi / 180
    jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
    jd += 0.00033 * math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr)
    m = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * dr  # the sun's mean anomaly
    mpr = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * dr  # the moon's
    f = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * dr  # the moon's latitude
    c1 = (0.1734 - 0.000393 * t) * math.sin(m) + 0.0021 * math.sin(2 * m)
    c1 = c1 - 0.4068 * math.sin(mpr) + 0.0161 * math.sin(2 * mpr)
    c1 = c1 - 0.0004 * math.sin(3 * mpr)
    c1 = c1 + 0.0104 * math.sin(2 * f) - 0.0051 * math.sin(m + mpr)
    c1 = c1 - 0.0074 * math.sin(m - mpr) + 0.0004 * math.sin(2 * f + m)
    c1 = c1 - 0.0004 * math.sin(2 * f - m) - 0.0006 * math.sin(2 * f + mpr)
    c1 = c1 + 0.0010 * math.sin(2 * f - mpr) + 0.0005 * math.sin(m + 2 * mpr)
    if t < -11:
        delta_t = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
    else:
        delta_t = -0.000278 + 0.000265 * t + 0.000262 * t2
    return jd + c1 - delta_t


def _new_moon_day(k: int) -> int:
    """The Julian day number of the day (at UTC+7) of the ``k``-th new moon."""
    return int(_new_moon(k) + 0.5 + _TIME_ZONE / 24)


def _sun_longitude(jdn: float) -> float:
    """The sun's apparent longitude at Julian day ``jdn`` (UTC), in radians, 0 to 2π."""
    t = (jdn - 2451545.0) / 36525  # Julian centuries from J2000
    t2 = t * t
    dr = math.pi / 180
    m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2  # mean anomaly, degrees
    l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2  # mean longitude, degrees
    dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * math.sin(dr * m)
    dl += (0.019993 - 0.000101 * t) * math.sin(dr * 2 * m) + 0.000290 * math.sin(dr * 3 * m)
    longitude = (l0 + dl) * dr
    return longitude - math.pi * 2 * math.floor(longitude / (math.pi * 2))


def _sun_sign(day: int) -> int:
    """The zodiac sign (0-11, 30° each from the spring equinox) the sun is in at the start of ``day``."""
    return int(_sun_longitude(day - 0.5 - _TIME_ZONE / 24) / math.pi * 6)


@functools.cache
def _month_11(year: int) -> int:
    """The Julian day of the first day of the 11th lunar month (the one holding the winter solstice) that
    starts in solar year ``year``."""
    k = int((_julian_day(date(year, 12, 31)) - 2415021) / _SYNODIC_MONTH)
    start = _new_moon_day(k)
    if _sun_sign(start) >= 9:  # the solstice is before this new moon: the month before holds it
        start = _new_moon_day(k - 1)
    return start


def _leap_offset(month_11: int) -> int:
    """How many months after the 11th month starting on ``month_11`` the leap month comes (a year of 13)."""
    k = int((month_11 - _EPOCH) / _SYNODIC_MONTH + 0.5)
    i = 1
    sign = _sun_sign(_new_moon_day(k + i))
    while True:
        last = sign
        i += 1
        sign = _sun_sign(_new_moon_day(k + i))
        if sign == last or i >= 14:
            return i - 1


def _span(year: int) -> list[tuple[int, int, bool, int]]:
    """The lunar months from the 11th month that starts in solar year ``year - 1`` to the day before the
    one that starts in ``year``: (first day as a Julian day, month, leap, lunar year), with a last entry
    (that next 11th month's first day, 0, False, 0) closing the span."""
    start, end = _month_11(year - 1), _month_11(year)
    k = int((start - _EPOCH) / _SYNODIC_MONTH + 0.5)
    count = round((end - start) / _SYNODIC_MONTH)  # 12, or 13 with a leap month
    leap_at = _leap_offset(start) if count == 13 else -1
    months: list[tuple[int, int, bool, int]] = []
    number, lunar_year = 11, year - 1
    for i in range(count):
        leap = i == leap_at
        if i > 0 and not leap:
            number = number % 12 + 1
            if number == 1:
                lunar_year = year  # Tết
        months.append((_new_moon_day(k + i), number, leap, lunar_year))
    months.append((end, 0, False, 0))
    return months


def to_solar(day: int, month: int, year: int, leap: bool = False) -> date | None:
    """The solar date of lunar ``day``/``month`` of lunar ``year`` (``leap``: of the leap month); None
    when there is no such day (a 30th of a month of 29 days, a leap month the year does not have).

    >>> to_solar(30, 12, 2025), to_solar(29, 12, 2025), to_solar(15, 6, 2025, leap=True)
    (None, datetime.date(2026, 2, 16), datetime.date(2025, 8, 8))
    """
    if not 1 <= month <= 12 or not 1 <= day <= 30:
        return None
    months = _span(year + 1 if month >= 11 else year)
    for (start, number, is_leap, lunar_year), (next_start, *_) in itertools.pairwise(months):
        if (number, is_leap, lunar_year) == (month, leap, year):
            return _from_julian_day(start + day - 1) if day <= next_start - start else None
    return None


def to_lunar(day: date) -> tuple[int, int, int, bool]:
    """The lunar day, month, year and leap of solar ``day``.

    >>> to_lunar(date(2026, 2, 7)), to_lunar(date(2026, 2, 17))
    ((20, 12, 2025, False), (1, 1, 2026, False))
    """
    jd = _julian_day(day)
    months = _span(day.year if jd < _month_11(day.year) else day.year + 1)
    start, number, leap, lunar_year = next(m for m in reversed(months[:-1]) if m[0] <= jd)
    return jd - start + 1, number, lunar_year, leap


def year_meant(reference: date, month: int) -> int:
    """The lunar year of a lunar ``month`` that a text dated ``reference`` means when it names none: the
    reference's own lunar year, or the next when that month is more than six months before the
    reference's (a plan dated in the 11th month that names "tháng Giêng" means the next one).

    >>> year_meant(date(2026, 1, 10), 12), year_meant(date(2026, 1, 10), 1)
    (2025, 2026)
    """
    _, ref_month, ref_year, _ = to_lunar(reference)
    return ref_year + 1 if ref_month - month > 6 else ref_year
