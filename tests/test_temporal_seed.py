"""The seed article's expectations from the issue: every expression, value and non-date."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from explorer.temporal import Timex, tag

SEED = Path(__file__).parent / "data" / "seed_mali_2023-02-07.txt"
DCT = date(2023, 2, 7)

EXPECTED = [
    ("2012", "DATE", "2012", None),
    ("Last year", "DATE", "2022", None),
    ("two weeks", "DURATION", "P2W", None),
    ("two-day", "DURATION", "P2D", None),
    ("now", "DATE", "PRESENT_REF", None),
    ("more than a year", "DURATION", "P1Y", "MORE_THAN"),
    ("decade-long", "DURATION", "P10Y", None),
    ("last year", "DATE", "2022", None),
    ("August 2020", "DATE", "2020-08", None),
    ("the past two years", "DURATION", "P2Y", None),
    ("past decades", "DURATION", "PXDE", None),
    ("last month", "DATE", "2023-01", None),
    ("a decade", "DURATION", "P10Y", None),
    ("2013", "DATE", "2013", None),
    ("2022", "DATE", "2022", None),
    ("December 2021", "DATE", "2021-12", None),
    ("2022", "DATE", "2022", None),
]


@pytest.fixture(scope="module")
def seed() -> tuple[str, list[Timex]]:
    text = SEED.read_text(encoding="utf-8")
    return text, tag(text, DCT)


def test_every_expected_expression_in_order(seed: tuple[str, list[Timex]]) -> None:
    _, found = seed
    assert [(t.text, t.type, t.value, t.mod) for t in found] == EXPECTED


def test_offsets_index_the_text(seed: tuple[str, list[Timex]]) -> None:
    text, found = seed
    for t in found:
        assert text[t.start : t.end] == t.text


def test_since_2012_is_an_ongoing_interval(seed: tuple[str, list[Timex]]) -> None:
    _, found = seed
    first = found[0]
    assert first.ongoing and first.anchor == "explicit"
    assert first.interval == (date(2012, 1, 1), date(2012, 12, 31))
    assert first.granularity == "year"
    assert not any(t.ongoing for t in found[1:])


def test_relative_expressions_resolve_against_the_dct(seed: tuple[str, list[Timex]]) -> None:
    _, found = seed
    by_text = {t.text: t for t in found}
    assert by_text["Last year"].anchor == "relative"
    assert by_text["Last year"].interval == (date(2022, 1, 1), date(2022, 12, 31))
    assert by_text["last month"].interval == (date(2023, 1, 1), date(2023, 1, 31))
    assert by_text["last month"].granularity == "month"
    assert by_text["August 2020"].anchor == "explicit"
    assert by_text["two weeks"].interval is None and by_text["two weeks"].granularity == "week"


@pytest.mark.parametrize("word", ["may", "18,000", "3,000", "second", "Source"])
def test_no_expression_at_non_dates(seed: tuple[str, list[Timex]], word: str) -> None:
    text, found = seed
    at = text.index(word)
    assert not any(t.start <= at < t.end for t in found), word
