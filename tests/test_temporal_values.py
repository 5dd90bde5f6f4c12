"""TIMEX3 values → calendar intervals and granularities."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal.values import WELL_FORMED, duration_granularity, interval_of


@pytest.mark.parametrize(
    ("value", "granularity", "start", "end"),
    [
        ("2012", "year", date(2012, 1, 1), date(2012, 12, 31)),
        ("2020-08", "month", date(2020, 8, 1), date(2020, 8, 31)),
        ("2024-02", "month", date(2024, 2, 1), date(2024, 2, 29)),
        ("2013-03-22", "day", date(2013, 3, 22), date(2013, 3, 22)),
        ("2019-W11", "week", date(2019, 3, 11), date(2019, 3, 17)),
        ("2022-SU", "season", date(2022, 6, 1), date(2022, 8, 31)),
        ("2022-WI", "season", date(2022, 12, 1), date(2023, 2, 28)),
        ("2013-Q1", "quarter", date(2013, 1, 1), date(2013, 3, 31)),
        ("1998-H2", "half", date(1998, 7, 1), date(1998, 12, 31)),
        ("199", "decade", date(1990, 1, 1), date(1999, 12, 31)),
        ("19", "century", date(1900, 1, 1), date(1999, 12, 31)),
        ("1998-08-07T15:00", "minute", date(1998, 8, 7), date(1998, 8, 7)),
        ("1998-08-07TMO", "time", date(1998, 8, 7), date(1998, 8, 7)),
        ("1998-W32-WE", "day", date(1998, 8, 8), date(1998, 8, 9)),
    ],
)
def test_interval_of(value: str, granularity: str, start: date, end: date) -> None:
    assert interval_of(value) == (granularity, (start, end))
    assert WELL_FORMED.match(value)


@pytest.mark.parametrize("value", ["PRESENT_REF", "P2W", "XXXX-WXX-2", "2023-02-30", "P1Y"])
def test_no_interval(value: str) -> None:
    assert interval_of(value) is None


@pytest.mark.parametrize(
    ("value", "granularity"),
    [("P2W", "week"), ("P10Y", "year"), ("PXDE", "decade"), ("PT3H", "hour"), ("P2D", "day")],
)
def test_duration_granularity(value: str, granularity: str) -> None:
    assert duration_granularity(value) == granularity


@pytest.mark.parametrize("value", ["P2", "2012-13-01x", "PRESENT", "P2WT", ""])
def test_malformed_values_are_rejected(value: str) -> None:
    assert not WELL_FORMED.match(value)
