"""The seed article end to end (issue 4's expectations): events, dates, order, actors."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from explorer.events import Event
from explorer.model import Query, Timeline
from explorer.pipeline import build_timeline

DCT = date(2023, 2, 7)


@pytest.fixture(scope="module")
def timeline() -> Timeline:
    seed = next((Path(__file__).resolve().parents[1] / "explorer" / "data" / "seeds").glob("*.md"))
    return build_timeline([str(seed)], warn=lambda _: None)


def find(tl: Timeline, *phrases: str) -> Event:
    """The dated event whose sentence holds all the phrases (lower case)."""
    hits = [
        e for e in tl.events[: tl.n_dated]
        if all(p in (e.title + " " + e.sentence).lower() for p in phrases)
    ]
    assert hits, f"no dated event with {phrases}"
    return hits[0]


def find_titled(tl: Timeline, phrase: str) -> Event:
    hits = [e for e in tl.events[: tl.n_dated] if phrase in e.title.lower()]
    assert hits, f"no dated event titled with {phrase!r}: {[e.title for e in tl.events]}"
    return hits[0]


@pytest.mark.parametrize(
    ("title_phrase", "value", "ongoing"),
    [
        ("jihadist insurgency", "2012", True),
        ("first deployed", "2013", False),
        ("army seized power", "2020-08", False),
        ("military equipment", "2020-08", True),
        ("began", "2021-12", False),
        ("turned its back", "2022", False),
        ("civilian casualties", "2022", False),
        ("two military coups", "2022", False),
        ("civilians died", "2022", False),
        ("said in a speech", "2023-01", False),
    ],
)
def test_dated_events(timeline: Timeline, title_phrase: str, value: str, ongoing: bool) -> None:
    ev = find_titled(timeline, title_phrase)
    assert ev.when is not None
    assert (ev.when.value, ev.when.ongoing) == (value, ongoing), ev


def test_wagner_began_more_than_a_year_before_dct(timeline: Timeline) -> None:
    ev = find_titled(timeline, "began operating")
    assert ev.when is not None and ev.when.mod == "BEFORE"
    assert ev.when.end is not None and ev.when.end <= date(2022, 2, 7)
    assert ev.when.anchor == "relative"


@pytest.mark.parametrize(
    "phrase", ["has promised", "two-day trip", "has dismissed reports", "making overtures"]
)
def test_present_news_at_dct(timeline: Timeline, phrase: str) -> None:
    ev = find_titled(timeline, phrase)
    assert ev.when is not None and ev.when.start == DCT and ev.when.end == DCT
    assert ev.when.anchor == "tense"


def test_seizure_is_explicit_and_casualties_relative(timeline: Timeline) -> None:
    assert find_titled(timeline, "army seized power").when.anchor == "explicit"  # type: ignore[union-attr]
    assert find_titled(timeline, "civilian casualties").when.anchor == "relative"  # type: ignore[union-attr]


def test_order(timeline: Timeline) -> None:
    titles = [e.title.lower() for e in timeline.events[: timeline.n_dated]]

    def pos(phrase: str) -> int:
        return next(i for i, t in enumerate(titles) if phrase in t)

    chain = ["jihadist insurgency", "first deployed", "army seized power", "began in",
             "turned its back", "said in a speech", "has promised"]
    chain[3] = next(t for t in titles if "keletigui" in t)
    positions = [pos(p) for p in chain]
    assert positions == sorted(positions), list(zip(chain, positions, strict=True))
    starts = [e.when.start for e in timeline.events[: timeline.n_dated] if e.when]
    assert starts == sorted(starts)  # type: ignore[type-var]


def test_boilerplate_gives_no_event(timeline: Timeline) -> None:
    for e in timeline.events:
        assert "Leave a Reply" not in e.sentence and "Source: BBC" not in e.sentence


def test_no_dates_from_numbers_or_modal_may(timeline: Timeline) -> None:
    for e in timeline.events:
        if e.when and e.when.timex:
            assert e.when.timex.text.lower() not in ("may", "18,000", "3,000", "second")


EXPECTED_ACTORS = [
    "Russia", "Sergei Lavrov", "Mali", "France", "Wagner Group", "Assimi Goïta", "Minusma",
    "Germany", "United Kingdom", "Ivory Coast", "Benin", "Islamic State", "al-Qaeda",
    "Burkina Faso", "Niger", "Acled",
]


def test_actors_found(timeline: Timeline) -> None:
    names = {a.name for e in timeline.events for a in e.actors}
    lowered = {n.lower() for n in names}
    missing = [a for a in EXPECTED_ACTORS if a.lower() not in lowered]
    assert not missing, f"missing {missing}; found {sorted(names)}"
    assert any("united nations" in n or n == "un" for n in lowered), names
    for junk in ("Nevertheless", "Leave", "Social Media", "Source", "Last", "This"):
        assert junk.lower() not in lowered


def test_filters_on_seed(timeline: Timeline) -> None:
    ids = timeline.resolve_actor("Moscow") or timeline.resolve_actor("Russia")
    sel = timeline.select(Query(actors=frozenset(ids)))
    assert 0 < len(sel) < len(timeline.events)
    assert all(any(a.id in ids for a in timeline.events[i].actors) for i in sel)
    sel = timeline.select(Query(since=date(2020, 1, 1), until=date(2021, 12, 31), include_undated=False))
    assert {timeline.events[i].when.value for i in sel} == {"2020-08", "2021-12"}  # type: ignore[union-attr]
