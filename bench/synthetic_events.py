"""Deterministic synthetic events for the benchmarks (no real names, no real text)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta

from explorer.events.event import ActorRef, DocInfo, Event, TimexRef, When

_WORDS = tuple(
    ["army", "convoy", "talks", "ceasefire", "election", "protest", "troops", "border", "aid", "mission", "minister", "summit", "sanctions", "attack", "village", "strike", "agreement", "report", "court", "mine", "port", "drought", "refugees", "militia", "council", "envoy", "budget", "pipeline", "rebels", "airport", "decree", "offensive"])
_VERBS = tuple(["seized", "signed", "launched", "rejected", "announced", "opened", "withdrew", "attacked", "met", "left"])
_THEMES = ("military", "insurgency", "diplomacy", "governance/coup", "human rights",
           "humanitarian", "peacekeeping", "information/media", "economy", "energy",
           "migration", "justice")
_TYPES = ("state", "armed forces", "armed group", "international organisation", "person",
          "organisation")
_GRANS = (("day", 6), ("month", 3), ("year", 2), ("quarter", 1))


def synthetic_actors(n: int = 300) -> list[ActorRef]:
    rng = random.Random(7)
    out = []
    for i in range(n):
        name = "".join(rng.choice("bcdfgklmnprstvz") + rng.choice("aeiou") for _ in range(3))
        out.append(ActorRef(f"a{i:04d}", name.capitalize() + f" {i}", _TYPES[i % len(_TYPES)]))
    return out


def synthetic_documents(n_docs: int) -> list[DocInfo]:
    return [DocInfo(f"d{i:05d}", f"corpus/doc{i:05d}.md", f"Synthetic report {i}", "bench",
                    date(2024, 1, 1) + timedelta(days=i % 365), "front-matter")
            for i in range(n_docs)]


def synthetic_events(n: int, seed: int = 1, per_doc: int = 40) -> Iterator[Event]:
    """``n`` events spread over 1950-2025 at mixed precision, ~2 actors and ~1.5 themes."""
    rng = random.Random(seed)
    actors = synthetic_actors()
    weights = [1.0 / (i + 1) for i in range(len(actors))]  # a few frequent, a long tail
    base = date(1950, 1, 1).toordinal()
    span = date(2025, 12, 31).toordinal() - base
    for i in range(n):
        d = date.fromordinal(base + rng.randrange(span))
        gran = rng.choices([g for g, _ in _GRANS], [w for _, w in _GRANS])[0]
        if gran == "year":
            start, end, value = date(d.year, 1, 1), date(d.year, 12, 31), f"{d.year}"
        elif gran == "month":
            start = date(d.year, d.month, 1)
            end = (date(d.year + (d.month == 12), d.month % 12 + 1, 1) - timedelta(days=1))
            value = f"{d.year}-{d.month:02d}"
        elif gran == "quarter":
            q = (d.month - 1) // 3
            start = date(d.year, 3 * q + 1, 1)
            end = date(d.year + (q == 3), (3 * q + 3) % 12 + 1, 1) - timedelta(days=1)
            value = f"{d.year}-Q{q + 1}"
        else:
            start = end = d
            value = d.isoformat()
        who = rng.choices(actors, weights, k=rng.choice((1, 2, 2, 3)))
        what = rng.sample(_THEMES, rng.choice((1, 1, 2)))
        w1, w2, v = rng.choice(_WORDS), rng.choice(_WORDS), rng.choice(_VERBS)
        title = f"{who[0].name} {v} {w1}"
        sentence = (f"On {value}, {who[0].name} {v} the {w1} near the {w2}, "
                    f"officials said, as the {rng.choice(_WORDS)} continued.")
        when = When(value, start, end, gran, None, "explicit", False,
                    TimexRef(value, 3, 3 + len(value)))
        yield Event(f"e{i:07d}", f"d{i // per_doc:05d}", title, sentence, (0, len(sentence)),
                    when, tuple(dict.fromkeys(who)), tuple(what), i % per_doc)
