"""Property tests: the tagger never raises and keeps its output contract on any text."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.temporal import tag
from explorer.temporal.values import WELL_FORMED

_WORDS = st.sampled_from([
    "last", "next", "year", "years", "the", "past", "two", "a", "decade", "May", "may",
    "March", "Friday", "since", "2012", "1998", "Aug.", "7", ",", "ago", "earlier", "quarter",
    "third", "fiscal", "now", "3", "p.m.", "more", "than", "about", "week", "-", "day",
    "mid", "1990s", "summer", "tonight", "every", "18,000", "strong", "'90s", "Q", "\n",
    "nineteen", "ninety-six", "the following", "early", "late", "century", "20th", "é", "🚀",
    "21", "and", "22", "to", "between", "–", "2013-2023", "Easter", "around", "in the morning",
])
_TEXTS = st.one_of(
    st.text(max_size=200),
    st.lists(_WORDS, max_size=40).map(" ".join),
    st.lists(st.one_of(_WORDS, st.text(max_size=3)), max_size=30).map("".join),
)
_DCTS = st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))


@settings(max_examples=300, deadline=None)
@given(text=_TEXTS, dct=_DCTS)
def test_tagger_contract(text: str, dct: date | None) -> None:
    found = tag(text, dct)
    previous_end = 0
    for t in found:
        assert 0 <= t.start < t.end <= len(text)
        assert t.start >= previous_end
        previous_end = t.end
        assert text[t.start : t.end] == t.text
        assert t.type in ("DATE", "TIME", "DURATION", "SET")
        assert WELL_FORMED.match(t.value), t.value
        if t.interval is not None:
            assert t.interval[0] <= t.interval[1]


@settings(max_examples=150, deadline=None)
@given(text=st.lists(_WORDS, min_size=1, max_size=20).map(" ".join),
       dct=st.sampled_from([date(1, 1, 1), date(9999, 12, 31), date(2000, 2, 29)]))
def test_extreme_dcts_never_break_the_tagger(text: str, dct: date) -> None:
    for t in tag(text, dct):
        assert WELL_FORMED.match(t.value), t.value
        if t.interval is not None:
            assert t.interval[0] <= t.interval[1]


def test_a_weekday_run_at_the_end_of_the_calendar_does_not_break_the_tagger() -> None:
    # "Thursday - Sunday" runs forward from Thursday: past 9999-12-31 there is no date
    found = tag("Thursday - Sunday's final", date(9999, 12, 31))
    assert [t.text for t in found] == ["Thursday", "Sunday"]


def test_a_run_of_dates_at_the_end_of_the_calendar_keeps_well_formed_values() -> None:
    # the run would move "Sunday" past 9999-12-31: it keeps the value it was tagged with
    for t in tag("today until Sunday's final", date(9999, 12, 31)):
        assert WELL_FORMED.match(t.value), t.value
