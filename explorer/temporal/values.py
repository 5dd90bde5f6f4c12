"""TIMEX3 value strings: formatting, calendar arithmetic and their calendar intervals."""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from explorer.temporal.timex import Granularity

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
# The TIMEX3 codes of the parts of a day, as the words name them.
PART_CODES = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
              "midday": "MI", "tonight": "NI", "overnight": "NI"}
PART_GRANULARITY = "time"

_DATE_VALUE = re.compile(
    r"^(?:(?P<cent>\d\d)|(?P<dec>\d{3})|(?P<y>\d{4})"
    r"(?:-(?:(?P<m>\d\d)(?:-(?P<d>\d\d))?|W(?P<w>\d\d)(?:-(?P<we>WE|\d))?|Q(?P<q>[1-4])"
    r"|H(?P<h>[12])|(?P<s>SP|SU|FA|WI)))?)"
    r"(?:T(?P<t>\d\d(?::\d\d(?::\d\d)?)?|MO|AF|EV|NI|MI|DT))?$"
)
WELL_FORMED = re.compile(
    r"^(?:PRESENT_REF|PAST_REF|FUTURE_REF"
    r"|P(?:(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D|DE|CE|ML|WE|Q|H))+"
    r"|PT(?:(?:\d+(?:\.\d+)?|X)[HMS])+"
    r"|P(?:\d+|X)(?:Y|M|W|D)T(?:(?:\d+|X)[HMS])+"
    r"|(?:\d\d|\d{3}|\d{4}|XXXX|XXX|XX|\d{3}X|\d\dXX)(?:-(?:\d\d|XX)(?:-(?:\d\d|XX))?|-W(?:\d\d|XX)"
    r"(?:-(?:WE|WD|\d))?|-Q[1-4X]|-H[12]|-(?:SP|SU|FA|WI))?"
    r"(?:T(?:\d\d(?::\d\d(?::\d\d)?)?|MO|AF|EV|NI|MI|DT))?)$"
)


def zone_day_shift(local_hour: int, other_hour: int) -> int:
    """How many days a clock time that restates another in a second zone lies from it: a
    day later or earlier when their hours lie further apart than any zone is from GMT ("8
    p.m. (0000 GMT) Monday": the GMT time is Tuesday's)."""
    apart = local_hour - other_hour
    return -1 if apart < -12 else 1 if apart > 14 else 0


def year_value(y: int) -> str:
    return f"{y:04d}"


def month_value(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def day_value(d: date) -> str:
    return d.isoformat()


def week_value(d: date) -> str:
    iso = d.isocalendar()
    return f"{iso.year:04d}-W{iso.week:02d}"


def quarter_of(d: date) -> tuple[int, int]:
    return d.year, (d.month - 1) // 3 + 1


def quarter_value(y: int, q: int) -> str:
    return f"{y:04d}-Q{q}"


def shift_quarter(y: int, q: int, n: int) -> tuple[int, int]:
    index = y * 4 + (q - 1) + n
    return index // 4, index % 4 + 1


def shift(d: date, unit: str, n: int) -> date:
    """DATE D moved by N units (Y, M, W, D, Q, DE, CE) with calendar arithmetic."""
    if unit == "Y":
        return d + relativedelta(years=n)
    if unit == "M":
        return d + relativedelta(months=n)
    if unit == "Q":
        return d + relativedelta(months=3 * n)
    if unit in ("W", "WE"):
        return d + timedelta(weeks=n)
    if unit == "FN":
        return d + timedelta(weeks=2 * n)
    if unit == "DE":
        return d + relativedelta(years=10 * n)
    if unit == "CE":
        return d + relativedelta(years=100 * n)
    return d + timedelta(days=n)


def value_at(d: date, gran: str) -> str:
    """The TIMEX3 value of the unit of granularity GRAN that contains D."""
    if gran in ("year", "Y"):
        return year_value(d.year)
    if gran in ("month", "M"):
        return month_value(d.year, d.month)
    if gran in ("week", "W", "FN"):
        return week_value(d)
    if gran in ("quarter", "Q"):
        return quarter_value(*quarter_of(d))
    if gran in ("decade", "DE"):
        return f"{d.year // 10:03d}"
    if gran in ("century", "CE"):
        return f"{d.year // 100:02d}"
    if gran == "WE":
        return week_value(d) + "-WE"
    return day_value(d)


def anchor_date(value: str) -> date | None:
    """The first day of a calendar value, for narrative arithmetic."""
    span = interval_of(value)
    return span[1][0] if span else None


def interval_of(value: str) -> tuple[Granularity, tuple[date, date]] | None:
    """Granularity and inclusive calendar interval of a DATE/TIME value, if it has one."""
    m = _DATE_VALUE.match(value)
    if not m:
        return None
    try:
        return _interval(m)
    except (ValueError, OverflowError):
        return None


def _interval(m: re.Match[str]) -> tuple[Granularity, tuple[date, date]] | None:
    if m["cent"]:
        c = int(m["cent"])
        return "century", (date(max(1, c * 100), 1, 1), date(c * 100 + 99, 12, 31))
    if m["dec"]:
        dec = int(m["dec"])
        return "decade", (date(max(1, dec * 10), 1, 1), date(dec * 10 + 9, 12, 31))
    y = int(m["y"])
    if m["d"]:
        d = date(y, int(m["m"]), int(m["d"]))
        if m["t"]:
            t = m["t"]
            gran: Granularity = "time" if not t[0].isdigit() else (
                "hour" if len(t) == 2 else "minute" if len(t) == 5 else "second")
            return gran, (d, d)
        return "day", (d, d)
    if m["m"]:
        mo = int(m["m"])
        return "month", (date(y, mo, 1), date(y, mo, monthrange(y, mo)[1]))
    if m["w"]:
        start = date.fromisocalendar(y, int(m["w"]), 1)
        if m["we"] == "WE":
            return "day", (start + timedelta(days=5), start + timedelta(days=6))
        if m["we"]:
            day = start + timedelta(days=int(m["we"]) - 1)
            return "day", (day, day)
        return "week", (start, start + timedelta(days=6))
    if m["q"]:
        q = int(m["q"])
        end_month = q * 3
        return "quarter", (date(y, end_month - 2, 1), date(y, end_month, monthrange(y, end_month)[1]))
    if m["h"]:
        h = int(m["h"])
        return "half", (date(y, 1, 1), date(y, 6, 30)) if h == 1 else (date(y, 7, 1), date(y, 12, 31))
    if m["s"]:
        first, last = SEASON_MONTHS[m["s"]]
        end_year = y + 1 if last < first else y
        return "season", (date(y, first, 1), date(end_year, last, monthrange(end_year, last)[1]))
    return "year", (date(y, 1, 1), date(y, 12, 31))


def duration_granularity(value: str) -> Granularity | None:
    """The unit of a duration value (P2W → week)."""
    units: dict[str, Granularity] = {"Y": "year", "M": "month", "W": "week", "D": "day",
                                     "DE": "decade", "CE": "century", "ML": "millennium",
                                     "Q": "quarter"}
    time_units: dict[str, Granularity] = {"H": "hour", "M": "minute", "S": "second"}
    m = re.match(r"^PT?(?:[\dX.]+)([A-Z]+)", value)
    if not m:
        return None
    if value.startswith("PT"):
        return time_units.get(m.group(1)[0])
    return units.get(m.group(1)) or units.get(m.group(1)[0])
