"""The synthetic timeline is deterministic and has the shape of news that benchmarks need."""

from __future__ import annotations

from collections import Counter
from statistics import median

from explorer.events.event import GRANULARITY_RANK
from explorer.synthetic import THEMES, make_events, make_timeline


def test_same_seed_same_events_other_seed_other_events() -> None:
    assert make_events(500, seed=4) == make_events(500, seed=4)
    assert make_events(500, seed=4) != make_events(500, seed=5)


def test_shape_of_the_synthetic_timeline() -> None:
    docs, events = make_timeline(20000, seed=0)
    assert len(events) == 20000 and len(docs) == 1000
    assert len({e.id for e in events}) == len(events)
    assert {e.doc for e in events} <= {d.id for d in docs}
    dated = [e for e in events if e.when and e.when.start]
    assert 0.85 < len(dated) / len(events) < 0.97  # some undated events
    assert all(1990 <= e.when.start.year <= 2025 for e in dated if e.when and e.when.start)
    grans = Counter(e.when.granularity for e in dated if e.when)
    assert {"day", "month", "year", "season", "quarter", "decade", "week"} <= set(grans)
    assert grans["day"] > grans["month"] > grans["year"] > grans["decade"]
    assert any(e.when.ongoing for e in dated if e.when) and any(e.when.mod for e in dated if e.when)
    counts = Counter(a.id for e in events for a in e.actors)
    assert 150 <= len(counts) <= 200
    freq = sorted(counts.values(), reverse=True)
    assert freq[0] > 20 * median(freq)  # Zipf-like: a few actors dominate
    assert {t for e in events for t in e.themes} == set(THEMES)
    assert 60 < median(len(e.sentence) for e in events) < 250
    assert 10 < median(len(e.title) for e in events) < 80


def test_events_are_in_timeline_order_with_seq_as_position() -> None:
    events = make_events(3000, seed=1)
    assert [e.seq for e in events] == list(range(len(events)))
    keys = [
        (e.when.start, GRANULARITY_RANK.get(e.when.granularity or "", 99))
        for e in events if e.when and e.when.start
    ]
    assert keys == sorted(keys)
    first_undated = next(i for i, e in enumerate(events) if e.when is None)
    assert all(e.when is None for e in events[first_undated:])


def test_timex_offsets_point_at_the_timex_text() -> None:
    for e in make_events(2000, seed=3):
        if e.when and e.when.timex:
            t = e.when.timex
            assert e.sentence[t.start - e.offsets[0] : t.end - e.offsets[0]] == t.text
