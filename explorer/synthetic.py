"""A deterministic synthetic timeline for benchmarks and tests.

Real corpora big enough to stress the model, the exports and the TUI (a million events) do
not exist in the repository, so this module invents one with the statistical shape of news:
dates spread over 1990-2025 at mixed granularities (day, month, year, season, quarter, decade,
week), some with a modifier or ongoing, some undated; ~200 made-up actors whose frequencies
follow a Zipf-like law; ~15 themes; titles of 2-7 words and sentences of ~25 words. The same
``seed`` always gives the same events (ids, text, order). All names are invented from
syllables: no real actor is named here.
"""

from __future__ import annotations

import random
from calendar import monthrange
from datetime import date, timedelta
from itertools import accumulate

from explorer.events.event import GRANULARITY_RANK, ActorRef, DocInfo, Event, TimexRef, When

__all__ = ["THEMES", "make_actors", "make_documents", "make_events", "make_timeline"]

THEMES = (
    "military", "insurgency", "diplomacy", "governance/coup", "human rights", "humanitarian",
    "peacekeeping", "information/media", "economy", "elections", "terrorism", "migration",
    "justice", "health", "environment",
)
ACTOR_TYPES = (
    ("state", 0.30), ("person", 0.30), ("armed forces", 0.10), ("armed group", 0.12),
    ("international organisation", 0.08), ("organisation", 0.07), ("civilians", 0.03),
)
_SYLLABLES = (
    "ka", "lo", "mar", "ve", "ni", "dra", "sul", "ta", "bo", "ren", "mi", "gor", "za", "ul",
    "phe", "tor", "an", "si", "del", "ru", "ya", "ko", "ber", "lin", "é", "ïa", "os", "qua",
)
_VERBS = (
    "seized", "attacked", "signed", "rejected", "announced", "deployed", "withdrew from",
    "met", "condemned", "accused", "promised", "suspended", "expelled", "negotiated with",
    "sanctioned", "welcomed", "arrested", "released", "visited", "warned",
)
_OBJECTS = (
    "power", "the capital", "a ceasefire", "the agreement", "new troops", "the mission",
    "the region", "its ambassador", "a border post", "aid convoys", "the election results",
    "the peace deal", "military support", "the northern towns", "state media", "the talks",
    "a curfew", "the reports", "fuel supplies", "the opposition leader",
)
_FILLER = (
    "according to officials", "in a statement", "despite international pressure",
    "amid growing tensions", "after weeks of fighting", "as the crisis deepened",
    "in a move criticised by rights groups", "local sources said", "for the first time",
    "in the north of the country", "near the border", "during a televised address",
)
_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)
_SEASONS = {"WI": (12, 2), "SP": (3, 5), "SU": (6, 8), "FA": (9, 11)}
_SEASON_NAMES = {"WI": "winter", "SP": "spring", "SU": "summer", "FA": "autumn"}
_MODS = ("BEFORE", "AFTER", "APPROX", "START", "MID", "END", "MORE_THAN", "LESS_THAN")
_FIRST = date(1990, 1, 1).toordinal()
_LAST = date(2025, 12, 31).toordinal()


def _word(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(parts)).capitalize()


def make_actors(n: int = 200, seed: int = 0) -> list[ActorRef]:
    """``n`` invented canonical actors, most frequent first (their rank drives the Zipf law)."""
    rng = random.Random(f"actors-{seed}")
    types, weights = zip(*ACTOR_TYPES, strict=True)
    actors: list[ActorRef] = []
    seen: set[str] = set()
    while len(actors) < n:
        kind = rng.choices(types, weights)[0]
        if kind == "person":
            name = f"{_word(rng, 2)} {_word(rng, rng.randint(2, 3))}"
        elif kind == "armed group":
            name = f"{_word(rng, 3)} {rng.choice(('Liberation Front', 'Brigade', 'Movement'))}"
        elif kind == "international organisation":
            name = f"{_word(rng, 2)} {rng.choice(('Union', 'Council', 'Mission', 'Alliance'))}"
        elif kind == "armed forces":
            name = f"{_word(rng, 3)}n armed forces"
        elif kind == "organisation":
            name = f"{_word(rng, 2)} {rng.choice(('Watch', 'Institute', 'Press', 'Relief'))}"
        elif kind == "civilians":
            name = f"{_word(rng, 2)} civilians"
        else:
            name = _word(rng, rng.randint(2, 4))
        if name in seen:
            continue
        seen.add(name)
        slug = name.lower().replace(" ", "-")
        actors.append(ActorRef(id=f"{kind.replace(' ', '_')}:{slug}", name=name, type=kind))
    return actors


def make_documents(n: int, seed: int = 0) -> list[DocInfo]:
    """``n`` invented articles published 1995-2025 (the corpus the events come from)."""
    rng = random.Random(f"docs-{seed}")
    docs = []
    for i in range(n):
        published = date.fromordinal(rng.randint(date(1995, 1, 1).toordinal(), _LAST))
        source = rng.choice(("Agence Nord", "The Daily Ledger", "Radio Sahelia", "Wire News"))
        docs.append(
            DocInfo(
                id=f"doc{i:06d}",
                path=f"corpus/{published.year}/article-{i:06d}.md",
                title=f"{_word(rng, 3)} {rng.choice(_OBJECTS)} {rng.choice(_FILLER)}".capitalize(),
                source=source,
                published=published,
                published_from=rng.choices(("front-matter", "flag", "inferred"), (8, 1, 1))[0],
            )
        )
    return docs


def _when(rng: random.Random) -> tuple[When, str] | None:
    """A time at a random granularity, and the text that would express it."""
    kind = rng.choices(
        ("day", "month", "year", "season", "quarter", "decade", "week", None),
        (42, 24, 16, 3, 2, 2, 3, 8),
    )[0]
    if kind is None:
        return None
    # News dwells on the recent past: density grows towards 2025.
    d = date.fromordinal(_LAST - int((_LAST - _FIRST) * rng.random() ** 1.5))
    y = d.year
    if kind == "day":
        value, start, end = d.isoformat(), d, d
        text = f"{d.day} {_MONTHS[d.month - 1]} {y}"
    elif kind == "month":
        value = f"{y}-{d.month:02d}"
        start, end = d.replace(day=1), d.replace(day=monthrange(y, d.month)[1])
        text = f"{_MONTHS[d.month - 1]} {y}"
    elif kind == "year":
        value, start, end, text = str(y), date(y, 1, 1), date(y, 12, 31), str(y)
    elif kind == "season":
        code = rng.choice(tuple(_SEASONS))
        m0, m1 = _SEASONS[code]
        value, text = f"{y}-{code}", f"the {_SEASON_NAMES[code]} of {y}"
        start = date(y, m0, 1)
        end_year = y + 1 if m1 < m0 else y
        end = date(end_year, m1, monthrange(end_year, m1)[1])
    elif kind == "quarter":
        q = (d.month - 1) // 3 + 1
        value, text = f"{y}-Q{q}", f"the {('first', 'second', 'third', 'fourth')[q - 1]} quarter of {y}"
        start = date(y, 3 * q - 2, 1)
        end = date(y, 3 * q, monthrange(y, 3 * q)[1])
    elif kind == "decade":
        dec = y // 10 * 10
        value, start, end, text = f"{dec // 10}", date(dec, 1, 1), date(dec + 9, 12, 31), f"the {dec}s"
    else:
        iso_y, iso_w, _ = d.isocalendar()
        value, text = f"{iso_y}-W{iso_w:02d}", "that week"
        start = date.fromisocalendar(iso_y, iso_w, 1)
        end = start + timedelta(days=6)
    mod = rng.choice(_MODS) if rng.random() < 0.1 else None
    anchor = rng.choices(("explicit", "relative", "narrative", "tense"), (60, 20, 10, 10))[0]
    ongoing = rng.random() < 0.05
    when = When(value=value, start=start, end=end, granularity=kind, mod=mod,
                anchor=anchor, ongoing=ongoing)  # type: ignore[arg-type]
    return when, ("since " + text if ongoing else text)


def make_events(n: int, seed: int = 0, n_docs: int | None = None) -> list[Event]:
    """``n`` events in timeline order (start, granularity, document order; undated last),
    ``seq`` = position, so an export read back compares equal. ``n_docs`` defaults to one
    article per 20 events; the documents are ``make_documents(n_docs, seed)``."""
    rng = random.Random(seed)
    n_docs = n_docs or max(1, n // 20)
    actors = make_actors(200, seed)
    cum_weights = list(accumulate(1.0 / (rank + 1) ** 1.07 for rank in range(len(actors))))
    theme_weights = list(accumulate(1.0 / (rank + 1) ** 0.8 for rank in range(len(THEMES))))
    cursor = [0] * n_docs  # next free character offset in each document
    draft: list[tuple[tuple[int, int, int], Event]] = []
    for i in range(n):
        doc = f"doc{rng.randrange(n_docs):06d}"
        k = int(doc[3:])
        picked = rng.choices(actors, cum_weights=cum_weights, k=rng.choices((0, 1, 2, 3, 4), (8, 35, 35, 15, 7))[0])
        evactors = tuple(dict.fromkeys(picked))
        themes = tuple(dict.fromkeys(rng.choices(THEMES, cum_weights=theme_weights, k=rng.choice((0, 1, 1, 2, 2, 3)))))
        subject = evactors[0].name if evactors else rng.choice(("officials", "the army", "protesters"))
        verb, obj = rng.choice(_VERBS), rng.choice(_OBJECTS)
        title = f"{subject} {verb} {obj}"
        dated = _when(rng)
        others = ", ".join(a.name for a in evactors[1:])
        extra = f" alongside {others}" if others else ""
        core = f"{subject} {verb} {obj}{extra}"
        tail = f"{rng.choice(_FILLER)}, {rng.choice(_FILLER)} and {rng.choice(_FILLER)}."
        start = cursor[k]
        when = None
        if dated is None:
            sentence = f"{core[0].upper()}{core[1:]} {tail}"
        else:
            w, text = dated
            if rng.random() < 0.5:  # time first: "June 2009, X did Y ..."
                text = f"{text[0].upper()}{text[1:]}"
                at, sentence = 0, f"{text}, {core} {tail}"
            else:  # time after the clause: "X did Y in June 2009 ..."
                sep = " " if text.startswith("since") else (" on " if w.granularity == "day" else " in ")
                at = len(core) + len(sep)
                sentence = f"{core[0].upper()}{core[1:]}{sep}{text} {tail}"
            when = When(w.value, w.start, w.end, w.granularity, w.mod, w.anchor, w.ongoing,
                        TimexRef(text, start + at, start + at + len(text)))
        cursor[k] = start + len(sentence) + 1
        key = (
            (when.start.toordinal(), GRANULARITY_RANK.get(when.granularity or "", 99), i)
            if when and when.start
            else (10**9, 0, i)
        )
        ev = Event(id=f"{doc}:{start}", doc=doc, title=title, sentence=sentence,
                   offsets=(start, start + len(sentence)), when=when, actors=evactors,
                   themes=themes)
        draft.append((key, ev))
    draft.sort(key=lambda kv: kv[0])
    return [
        Event(e.id, e.doc, e.title, e.sentence, e.offsets, e.when, e.actors, e.themes, seq)
        for seq, (_, e) in enumerate(draft)
    ]


def make_timeline(n: int, seed: int = 0) -> tuple[list[DocInfo], list[Event]]:
    """Events and the documents they cite (one per 20 events), deterministic in ``seed``."""
    n_docs = max(1, n // 20)
    return make_documents(n_docs, seed), make_events(n, seed, n_docs)
