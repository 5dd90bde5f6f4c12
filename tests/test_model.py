"""The timeline model: ordering, every filter, facets, name resolution, incremental load."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

import pytest
from tui_events import DOC1, DOC2, sample_events, sample_timeline

from explorer.events.event import ActorRef, DocInfo, Event, When
from explorer.model import Query, Timeline


def ids(tl: Timeline, sel) -> list[str]:  # type: ignore[no-untyped-def]
    return [tl.events[i].id for i in sel]


def test_order_start_then_granularity_then_document_order_undated_last() -> None:
    tl = sample_timeline()
    assert ids(tl, range(len(tl))) == [
        "d2:refugees",  # ~2013
        "d1:led",  # 2019 (ongoing)
        "d1:fled",  # 2023 (year) before 2023-04 (month): same start? no: 2023-01-01 first
        "d1:war",  # 2023-04
        "d1:convoys",  # early 2024 (year, starts 2024-01-01)
        "d2:closed",  # 2024-02
        "d1:control",  # 2024-04-15
        "d2:reopened",  # 2024-08-15
        "d2:welcomed",  # undated, kept apart
    ]
    assert tl.n_dated == 8


def test_same_start_coarse_granularity_first_then_document_order() -> None:
    def ev(eid: str, doc: str, gran: str, seq: int) -> Event:
        return Event(eid, doc, eid, eid, (0, 1),
                     When("x", date(2022, 1, 1), date(2022, 1, 1), gran), seq=seq)

    events = [ev("day-a", "a", "day", 0), ev("year-b", "b", "year", 5),
              ev("month-a", "a", "month", 3), ev("day-b", "b", "day", 1),
              ev("day-a2", "a", "day", 2)]
    tl = Timeline(reversed(events))
    # documents first seen: a (from the reversed order, day-a2 comes first) -> rank by appearance
    order = ids(tl, range(len(tl)))
    assert order[:2] == ["year-b", "month-a"]
    assert order[2:] == ["day-a", "day-a2", "day-b"] or order[2:] == ["day-b", "day-a", "day-a2"]
    tl2 = Timeline(events, [DOC1, DOC2])
    assert ids(tl2, range(len(tl2)))[2:] == ["day-a", "day-a2", "day-b"]


def test_input_order_does_not_change_the_timeline() -> None:
    events = sample_events()
    shuffled = events[:]
    random.Random(3).shuffle(shuffled)
    a = Timeline(events, [DOC1, DOC2])
    b = Timeline(shuffled, [DOC1, DOC2])
    assert ids(a, range(len(a))) == ids(b, range(len(b)))


def test_actor_filters_any_and_all() -> None:
    tl = sample_timeline()
    assert ids(tl, tl.select(Query(actors=frozenset({"rsf"})))) == ["d1:war", "d1:control"]
    anyof = tl.select(Query(actors=frozenset({"rsf", "un"})))
    assert ids(tl, anyof) == ["d1:fled", "d1:war", "d1:control", "d2:welcomed"]
    allof = tl.select(Query(actors=frozenset({"saf", "rsf"}), actors_all=True))
    assert ids(tl, allof) == ["d1:war"]
    assert list(tl.select(Query(actors=frozenset({"nobody"})))) == []


def test_themes_any_of_and_across_facets_all_of() -> None:
    tl = sample_timeline()
    sel = tl.select(Query(themes=frozenset({"migration", "diplomacy"})))
    assert ids(tl, sel) == ["d2:refugees", "d2:closed", "d2:reopened", "d2:welcomed"]
    both = tl.select(Query(themes=frozenset({"humanitarian"}), actors=frozenset({"chad"})))
    assert ids(tl, both) == ["d1:convoys", "d2:reopened"]


def test_text_is_case_insensitive_over_title_sentence_and_actor_names() -> None:
    tl = sample_timeline()
    assert ids(tl, tl.select(Query(text="DARFUR"))) == ["d1:control"]
    assert ids(tl, tl.select(Query(text="al-burhan"))) == ["d1:led"]  # sentence and actor
    assert ids(tl, tl.select(Query(text="abdel fattah"))) == ["d1:led"]
    # the title only: "war began" is not in any sentence
    assert ids(tl, tl.select(Query(text="war began"))) == ["d1:war"]
    # typing more narrows the previous answer; typing less widens again
    assert ids(tl, tl.select(Query(text="c"))) == ids(tl, [
        i for i, e in enumerate(tl.events)
        if "c" in (e.title + e.sentence + " ".join(a.name for a in e.actors)).lower()])
    assert ids(tl, tl.select(Query(text="cha"))) == ["d1:convoys", "d2:closed", "d2:reopened"]
    assert ids(tl, tl.select(Query(text="chad i"))) == ["d1:convoys"]
    assert len(tl.select(Query(text="ch"))) >= 3


def test_date_range_uses_intervals_and_drops_undated() -> None:
    tl = sample_timeline()
    # since: the interval ends on/after; the ongoing 2019 event (to 2024-04-15) is kept
    sel = tl.select(Query(since=date(2024, 3, 1)))
    assert ids(tl, sel) == ["d1:led", "d1:convoys", "d1:control", "d2:reopened"]
    sel = tl.select(Query(until=date(2023, 1, 31)))
    assert ids(tl, sel) == ["d2:refugees", "d1:led", "d1:fled"]
    sel = tl.select(Query(since=date(2023, 2, 1), until=date(2023, 12, 31)))
    assert ids(tl, sel) == ["d1:led", "d1:fled", "d1:war"]


def test_exclusions_and_undated_switch() -> None:
    tl = sample_timeline()
    sel = tl.select(Query(exclude_actors=frozenset({"chad"}), exclude_themes=frozenset({"military"})))
    assert ids(tl, sel) == ["d2:refugees", "d1:fled", "d2:welcomed"]
    assert "d2:welcomed" not in ids(tl, tl.select(Query(include_undated=False)))
    assert len(tl.select(Query())) == len(tl)


def test_facet_counts_follow_the_selection() -> None:
    tl = sample_timeline()
    f = tl.facets(range(len(tl)))
    counts = {a.id: c for a, c in f.actors}
    assert counts == {"chad": 3, "un": 2, "rsf": 2, "saf": 2, "burhan": 1}
    assert [a.id for a, _ in f.actors][:1] == ["chad"]  # by count, then name
    assert dict(f.themes) == {"military": 3, "humanitarian": 3, "migration": 3,
                              "governance/coup": 1, "diplomacy": 1}
    assert f.years == [(2013, 1), (2019, 1), (2023, 2), (2024, 4)]
    sel = tl.select(Query(actors=frozenset({"chad"})))
    g = tl.facets(sel)
    assert dict((a.id, c) for a, c in g.actors) == {"chad": 3}
    assert dict(g.themes) == {"humanitarian": 2, "migration": 2}
    assert g.years == [(2024, 3)]
    assert g.months == [((2024, 1), 1), ((2024, 2), 1), ((2024, 8), 1)]


def test_resolve_actor_exact_then_prefix() -> None:
    tl = sample_timeline()
    assert tl.resolve_actor("CHAD") == {"chad"}
    assert tl.resolve_actor("rapid support forces") == {"rsf"}
    assert tl.resolve_actor("rsf") == {"rsf"}
    assert tl.resolve_actor("Su") == {"saf"}  # prefix of "Sudanese Armed Forces"
    assert tl.resolve_actor("nobody") == set()


def test_index_of_date() -> None:
    tl = sample_timeline()
    sel = tl.select(Query())
    assert tl.events[sel[tl.index_of_date(date(2023, 3, 1), sel)]].id == "d1:war"
    assert tl.index_of_date(date(1900, 1, 1), sel) == 0
    assert tl.events[sel[tl.index_of_date(date(2030, 1, 1), sel)]].id == "d2:welcomed"
    chad = tl.select(Query(actors=frozenset({"chad"})))
    assert tl.events[chad[tl.index_of_date(date(2024, 3, 1), chad)]].id == "d2:reopened"


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_extend_in_batches_equals_building_at_once(seed: int) -> None:
    rng = random.Random(seed)
    actors = [ActorRef(f"a{i}", f"Actor {i}", "state") for i in range(6)]
    events = []
    for i in range(300):
        d = date(2000 + rng.randrange(20), rng.randrange(1, 13), 1)
        when = None if rng.random() < 0.1 else When(str(d), d, d, rng.choice(["day", "month"]))
        events.append(Event(f"e{i}", f"doc{i % 7}", f"t{i}", f"s{i} word{i % 5}", (0, 1), when,
                            tuple(rng.sample(actors, 2)), (rng.choice("xyz"),), i))
    docs = [DocInfo(f"doc{i}", f"doc{i}.txt", None, None, None, "none") for i in range(7)]
    whole = Timeline(events, docs)
    grown = Timeline((), docs)
    ordered = [whole.events[i] for i in range(len(whole))]
    # in-order batches (the streaming case), then an out-of-order one (full rebuild)
    for k in range(0, 200, 50):
        grown.extend(ordered[k:k + 50])
    grown.extend(ordered[200:])
    assert ids(grown, range(len(grown))) == ids(whole, range(len(whole)))
    shuffled = Timeline(events[:150], docs)
    shuffled.extend(events[150:])
    assert ids(shuffled, range(len(shuffled))) == ids(whole, range(len(whole)))
    for tl in (grown, shuffled):
        for q in (Query(actors=frozenset({"a1"})), Query(themes=frozenset({"y"})),
                  Query(text="word3"), Query(since=date(2010, 1, 1))):
            assert ids(tl, tl.select(q)) == ids(whole, whole.select(q))
        assert tl.facets(range(len(tl))).years == whole.facets(range(len(whole))).years
    assert grown.version > 1


@pytest.mark.parametrize("chunk", [Timeline.CHUNK_EVENTS, 64])
def test_dense_text_search_matches_a_naive_scan(chunk: int, monkeypatch: pytest.MonkeyPatch
                                                ) -> None:
    monkeypatch.setattr(Timeline, "CHUNK_EVENTS", chunk)  # 64: blobs, sparse and dense paths
    rng = random.Random(5)
    words = ["alpha", "beta", "gamma", "delta"]
    events = [Event(f"e{i}", "d", rng.choice(words), " ".join(rng.choices(words, k=4)), (0, 1),
                    When("2020", date(2020, 1, 1), date(2020, 12, 31), "year"), seq=i)
              for i in range(5000)]
    tl = Timeline(events)
    assert (len(tl._chunks) > 10) == (chunk == 64)
    for needle in ["a", "al", "gamma d", "delta alpha", "zeta"]:
        expected = [i for i, e in enumerate(tl.events)
                    if needle in f"{e.title}\n{e.sentence}".lower()]
        assert list(tl.select(Query(text=needle))) == expected
        q = Query(text=needle, since=date(2020, 6, 1))
        assert list(tl.select(q)) == expected
    # streamed in small batches, with ties at the boundaries: the same answers
    grown = Timeline(())
    for k in range(0, len(events), 700):
        grown.extend(events[k:k + 700])
    for needle in ["a", "gamma d", "zeta"]:
        assert list(grown.select(Query(text=needle))) == list(tl.select(Query(text=needle)))


def test_query_is_a_frozen_value() -> None:
    q = Query(actors=frozenset({"a"}))
    assert replace(q, text="x").actors == q.actors
    with pytest.raises(AttributeError):
        q.text = "y"  # type: ignore[misc]


def test_find_stops_at_the_first_hit_either_way() -> None:
    tl = sample_timeline()
    sel = tl.select(Query())
    pos = tl.find("CHAD", sel, 0)
    assert tl.events[sel[pos]].id == "d1:convoys"
    assert tl.events[sel[tl.find("chad", sel, pos + 1)]].id == "d2:closed"
    assert tl.events[sel[tl.find("chad", sel, len(sel) - 1, backwards=True)]].id == "d2:reopened"
    assert tl.find("chad", sel, pos - 1, backwards=True) == -1
    assert tl.find("nowhere", sel, 0) == -1
    assert tl.text_matches(sel[pos], "Aid Convoys") and not tl.text_matches(sel[0], "aid")


def test_model_and_tui_entry_import_no_ui_toolkit() -> None:
    import subprocess
    import sys

    code = ("import sys, explorer.model, explorer.tui; "
            "bad = [m for m in sys.modules if m.split('.')[0] in ('textual', 'rich')]; "
            "assert not bad, bad")
    subprocess.run([sys.executable, "-c", code], check=True)
