"""The timeline model: events in order, filters and facets over precomputed indexes.

Pure Python (stdlib only, no UI imports). Every filter is answered from index arrays built
once, so that a facet toggle or a search keystroke over a million events stays interactive:

* ``actor id -> array of event positions`` and ``theme -> array`` (ascending, as positions
  are assigned in timeline order);
* start / end day ordinals of the dated events (starts are non-decreasing, so a date bound
  is a ``bisect``), plus a running maximum of the ends so that ``since`` scans only the
  events that may still be running;
* one lowercase search string per event (title, sentence and actor names), scanned with
  C-level ``map``/``compress`` and narrowed from the previous answer while the user types.

A selection is a ``Sequence[int]`` of ascending positions into ``Timeline.events``: a
``range`` when nothing filters (free), otherwise an ``array('I')``.

Incremental loading: :meth:`Timeline.extend` appends a batch. When the batch sorts after
what is already there (an exported timeline read in order, the common streaming case), the
indexes are extended in place; otherwise everything is re-sorted and rebuilt. Each call bumps
:attr:`Timeline.version`, so a view holding a selection knows to ask again. ``extend`` and the
queries share a lock, so a loader thread may extend while the UI thread selects.
"""

from __future__ import annotations

import threading
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator, MutableMapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import accumulate, chain, compress, repeat
from operator import attrgetter, contains, ge, itemgetter
from typing import Protocol

from explorer.events.event import GRANULARITY_RANK, ActorRef, DocInfo, Event

__all__ = ["Facets", "Query", "Timeline"]

_themes_of = attrgetter("themes")
_first = itemgetter(0)
_SLICE = 32_768  # work done per C-level pass in long scans (keeps the GIL moving)
_UNDATED = 1 << 30  # sort key of undated events: after every date
_UNKNOWN_RANK = max(GRANULARITY_RANK.values()) + 1
SortKey = tuple[int, int, int, int]


@dataclass(frozen=True, slots=True)
class Query:
    """What the user filters on. Empty fields do not filter.

    Facets combine as any-of within a facet (all-of for actors when ``actors_all``) and
    all-of across facets. Undated events are kept (after the dated ones) only when
    ``include_undated`` is set and no date bound is given: they have no interval to test.
    """

    actors: frozenset[str] = frozenset()
    actors_all: bool = False
    themes: frozenset[str] = frozenset()
    text: str = ""
    since: date | None = None
    until: date | None = None
    exclude_actors: frozenset[str] = frozenset()
    exclude_themes: frozenset[str] = frozenset()
    include_undated: bool = True

    @property
    def is_empty(self) -> bool:
        """True when the query keeps every event."""
        return self == Query()


@dataclass(frozen=True, slots=True)
class Facets:
    """Counts over a selection: actors and themes by count (desc) then name; years and
    months ((year, month)) ascending, only periods holding events."""

    actors: list[tuple[ActorRef, int]] = field(default_factory=list)
    themes: list[tuple[str, int]] = field(default_factory=list)
    years: list[tuple[int, int]] = field(default_factory=list)
    months: list[tuple[tuple[int, int], int]] = field(default_factory=list)


def _search_text(ev: Event) -> str:
    names = " ".join(a.name for a in ev.actors)
    return f"{ev.title}\n{ev.sentence}\n{names}".lower()


class LazyDocuments(Protocol):
    """What a lazy table of documents offers: its ids in order, and lookup by id."""

    ids: Sequence[str]

    def get(self, doc_id: str) -> DocInfo | None: ...


class DocumentIndex(MutableMapping[str, DocInfo]):
    """The timeline's documents by id, in the order they were given. Lazy tables (see
    :class:`explorer.timeline_file.DocumentTable`) are consulted on a miss, so opening a
    timeline of 50,000 documents does not build 50,000 objects before the first paint."""

    def __init__(self) -> None:
        self._docs: dict[str, DocInfo] = {}
        self._order: dict[str, None] = {}
        self._tables: list[LazyDocuments] = []

    def add_table(self, table: LazyDocuments) -> None:
        self._tables.append(table)
        self._order.update(dict.fromkeys(table.ids))

    def __getitem__(self, doc_id: str) -> DocInfo:
        doc = self._docs.get(doc_id)
        if doc is None:
            for t in self._tables:
                doc = t.get(doc_id)
                if doc is not None:
                    self._docs[doc_id] = doc
                    break
            else:
                raise KeyError(doc_id)
        return doc

    def __setitem__(self, doc_id: str, doc: DocInfo) -> None:
        self._docs[doc_id] = doc
        self._order[doc_id] = None

    def __delitem__(self, doc_id: str) -> None:
        self._docs.pop(doc_id, None)
        del self._order[doc_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._order)

    def __len__(self) -> int:
        return len(self._order)

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._order


class Timeline:
    """Events in timeline order with the indexes that make filtering fast.

    Order: dated events by (start, granularity coarse first, document order, position in
    the document); then undated events in document order. Document order is the order in
    which ``documents`` were given, then first appearance among the events.
    """

    CHUNK_EVENTS = 32_768  # events per search blob

    def __init__(self, events: Iterable[Event], documents: Iterable[DocInfo] = ()) -> None:
        self._lock = threading.RLock()
        self.documents = DocumentIndex()
        self._doc_rank: dict[str, int] = {}
        self.events: list[Event] = []
        self.n_dated = 0
        self.version = 0
        self._clear_indexes()
        self._add_documents(documents)
        self.extend(events)

    # ------------------------------------------------------------------ building

    def _clear_indexes(self) -> None:
        self._actor_idx: dict[str, array[int]] = {}
        self._theme_idx: dict[str, array[int]] = {}
        self._actor_refs: dict[str, ActorRef] = {}
        self._start: array[int] = array("i")
        self._end: array[int] = array("i")
        self._max_end: array[int] = array("i")
        self._texts: list[str] = []
        self._chunks: list[tuple[int, str, array[int]]] = []
        self._chunked = 0  # events before this position are in a chunk
        self._actor_ids: list[tuple[str, ...]] = []
        self._period_cache: dict[str, list[tuple[object, int]]] = {}
        self._last: tuple[Query, Sequence[int]] | None = None

    def _add_documents(self, documents: Iterable[DocInfo]) -> None:
        ids = getattr(documents, "ids", None)
        if ids is not None and hasattr(documents, "get"):
            # A lazy table (a big exported timeline's header): ranks from its ids now,
            # each DocInfo built when first asked for.
            self.documents.add_table(documents)  # type: ignore[arg-type]
            for i in ids:
                self._doc_rank.setdefault(i, len(self._doc_rank))
            return
        for d in documents:
            self.documents[d.id] = d
            self._doc_rank.setdefault(d.id, len(self._doc_rank))

    def _key(self, ev: Event) -> SortKey:
        rank = self._doc_rank.get(ev.doc)
        if rank is None:
            rank = self._doc_rank[ev.doc] = len(self._doc_rank)
        w = ev.when
        if w is None or w.start is None:
            return (_UNDATED, 0, rank, ev.seq)
        g = GRANULARITY_RANK.get(w.granularity or "", _UNKNOWN_RANK)
        return (w.start.toordinal(), g, rank, ev.seq)

    def extend(self, events: Iterable[Event], documents: Iterable[DocInfo] = ()) -> None:
        """Add a batch of events (and their documents).

        Only the tail of the timeline from where the batch's first event sorts is
        re-indexed: an in-order batch (an exported timeline read in order, the streaming
        case) is a pure append; ties at the boundary cost a few events; a batch that sorts
        before everything re-indexes everything.
        """
        with self._lock:
            self._add_documents(documents)
            new = [(self._key(e), e) for e in events]
            if not new:
                return
            new.sort(key=_first)
            # sort keys are recomputed rather than stored: 130 MB less per million events
            p = bisect_right(self.events, new[0][0], key=self._key)
            if p < len(self.events):
                tail = [(self._key(e), e) for e in self.events[p:]]
                self._truncate(p)
                new = sorted(tail + new, key=_first)  # two sorted runs: a linear merge
            for k, e in new:
                self._append(k, e)
                if k[0] < _UNDATED:
                    self.n_dated += 1
            self._add_chunks()
            self._period_cache = {}
            self._last = None
            self.version += 1

    def _truncate(self, p: int) -> None:
        """Forget events ``p..`` from every index."""
        del self.events[p:]
        del self._texts[p:]
        del self._actor_ids[p:]
        for index in (self._actor_idx, self._theme_idx):
            for arr in index.values():
                del arr[bisect_left(arr, p):]
        nd = min(self.n_dated, p)
        del self._start[nd:]
        del self._end[nd:]
        del self._max_end[nd:]
        self.n_dated = nd
        self._chunks = [c for c in self._chunks if c[0] + len(c[2]) <= p]
        self._chunked = self._chunks[-1][0] + len(self._chunks[-1][2]) if self._chunks else 0

    def _add_chunks(self) -> None:
        """Join the search strings of every full group of ``size`` events not yet joined
        into one blob for ``str.find``; the few events after the last full group are
        tested one by one (cheap), so small streamed batches never re-join anything."""
        size = self.CHUNK_EVENTS
        while len(self._texts) - self._chunked >= size:
            base = self._chunked
            part = self._texts[base:base + size]
            offs = array("q", [0])
            offs.extend(accumulate(len(t) + 1 for t in part))
            offs.pop()
            self._chunks.append((base, "\x00".join(part), offs))
            self._chunked = base + size

    def _append(self, key: SortKey, ev: Event) -> None:
        i = len(self.events)
        self.events.append(ev)
        seen: set[str] = set()
        for a in ev.actors:
            if a.id in seen:
                continue
            seen.add(a.id)
            self._actor_refs.setdefault(a.id, a)
            arr = self._actor_idx.get(a.id)
            if arr is None:
                arr = self._actor_idx[a.id] = array("I")
            arr.append(i)
        self._actor_ids.append(tuple(dict.fromkeys(a.id for a in ev.actors)))
        for t in dict.fromkeys(ev.themes):
            tarr = self._theme_idx.get(t)
            if tarr is None:
                tarr = self._theme_idx[t] = array("I")
            tarr.append(i)
        if key[0] < _UNDATED:
            w = ev.when
            assert w is not None and w.start is not None
            s = key[0]
            e = (w.end or w.start).toordinal()
            e = max(e, s)
            self._start.append(s)
            self._end.append(e)
            self._max_end.append(max(e, self._max_end[-1]) if self._max_end else e)
        self._texts.append(_search_text(ev))

    # ------------------------------------------------------------------ queries

    def __len__(self) -> int:
        return len(self.events)

    @property
    def actors(self) -> dict[str, ActorRef]:
        """Every actor present, by id."""
        return self._actor_refs

    @property
    def themes(self) -> list[str]:
        return sorted(self._theme_idx)

    def select(self, q: Query) -> Sequence[int]:
        """Positions of the events ``q`` keeps, ascending (= timeline order)."""
        with self._lock:
            last = self._last
            if (last is not None and last[0].text
                    and last[0].text.lower() in q.text.lower()
                    and _same_but_text(last[0], q) and len(last[1]) * 4 < len(self.events)):
                result = self._filter_text(last[1], q.text)
            else:
                result = self._select(q)
            self._last = (q, result)
            return result

    def _select(self, q: Query) -> Sequence[int]:
        n = len(self.events)
        lo, hi = 0, n
        ranged: Sequence[int] | None = None
        if q.since is not None or q.until is not None:
            hi = self.n_dated
            if q.until is not None:
                hi = bisect_right(self._start, q.until.toordinal())
            if q.since is not None:
                s = q.since.toordinal()
                first_start = bisect_left(self._start, s, 0, hi)
                first_running = bisect_left(self._max_end, s, 0, first_start)
                head = array("I", compress(range(first_running, first_start),
                                           map(ge, self._end[first_running:first_start],
                                               repeat(s))))
                if len(head) < first_start - first_running:
                    head.extend(range(first_start, hi))
                    ranged = head
                else:
                    lo = first_running
        elif not q.include_undated:
            hi = self.n_dated
        sel: Sequence[int] = ranged if ranged is not None else range(lo, hi)

        if q.actors:
            arrays = [self._actor_idx.get(a, array("I")) for a in q.actors]
            sel = _intersect(sel, _all_of(arrays) if q.actors_all else _any_of(arrays))
        if q.themes:
            sel = _intersect(sel, _any_of([self._theme_idx.get(t, array("I"))
                                           for t in q.themes]))
        if q.exclude_actors or q.exclude_themes:
            out = [self._actor_idx.get(a, array("I")) for a in q.exclude_actors]
            out += [self._theme_idx.get(t, array("I")) for t in q.exclude_themes]
            bad = set(chain.from_iterable(out))
            if bad:
                sel = array("I", (i for i in sel if i not in bad))
        if q.text:
            sel = self._filter_text(sel, q.text)
        return sel

    def _filter_text(self, sel: Sequence[int], text: str) -> Sequence[int]:
        """Events of ``sel`` whose search text holds ``text``.

        A small selection is tested event by event; otherwise every chunk is scanned
        (``str.find`` over one string per loaded batch while matches are sparse, a C-level
        ``map(contains)`` over the per-event strings once they turn dense) and the answer
        is cut to ``sel``.
        """
        needle = text.lower().replace("\x00", "")
        if not needle:
            return sel
        n = len(self.events)
        if not isinstance(sel, range) and len(sel) * 4 < n:
            out = array("I")
            for k in range(0, len(sel), _SLICE):
                part = sel[k:k + _SLICE]
                out.extend(compress(part, map(contains, map(self._texts.__getitem__, part),
                                              repeat(needle))))
            return out
        found = array("I")
        for base, blob, offs in self._chunks:
            self._scan_chunk(base, blob, offs, needle, found)
        for lo in range(self._chunked, n, _SLICE):
            rest = range(lo, min(lo + _SLICE, n))
            found.extend(compress(rest, map(contains, self._texts[rest.start:rest.stop],
                                            repeat(needle))))
        if isinstance(sel, range) and (sel.start, sel.stop) == (0, n):
            return found
        return _intersect(sel, found)

    def _scan_chunk(self, base: int, blob: str, offs: array[int], needle: str,
                    out: array[int]) -> None:
        find = blob.find
        count = len(offs)
        pos = find(needle)
        hits = 0
        while pos != -1:
            k = bisect_right(offs, pos) - 1
            out.append(base + k)
            hits += 1
            if hits & 1023 == 0 and hits * 12 > k:  # dense: test the rest per event
                for lo in range(base + k + 1, base + count, _SLICE):
                    rest = range(lo, min(lo + _SLICE, base + count))
                    out.extend(compress(rest, map(contains, self._texts[rest.start:rest.stop],
                                                  repeat(needle))))
                return
            pos = find(needle, offs[k + 1]) if k + 1 < count else -1

    def text_matches(self, index: int, text: str) -> bool:
        """Whether event ``index``'s search text holds ``text`` (case-insensitive)."""
        return text.lower() in self._texts[index]

    def find(self, text: str, selection: Sequence[int], start: int,
             backwards: bool = False) -> int:
        """Position in ``selection`` of the first event from ``start`` (inclusive) whose
        search text holds ``text``, scanning forwards or backwards; -1 when none.

        Stops at the first hit, so a search-as-you-type keystroke can move the cursor
        without waiting for the full list of matches.
        """
        needle = text.lower()
        n = len(selection)
        if not needle or n == 0:
            return -1
        start = max(0, min(start, n - 1))
        positions = range(start, -1, -1) if backwards else range(start, n)
        hay = map(self._texts.__getitem__, map(selection.__getitem__, positions))
        return next(compress(positions, map(contains, hay, repeat(needle))), -1)

    def facets(self, selection: Sequence[int]) -> Facets:
        """Actor, theme, year and month counts over ``selection``."""
        with self._lock:
            everything = isinstance(selection, range) and len(selection) == len(self.events)
            if everything:
                ac = {a: len(v) for a, v in self._actor_idx.items()}
                tc = {t: len(v) for t, v in self._theme_idx.items()}
            else:
                # Slices, so that a worker thread doing this lets the UI thread run between
                # them (one C-level pass over a million events would hold the GIL ~0.3 s).
                ac, tc = Counter(), Counter()
                for k in range(0, len(selection), _SLICE):
                    part = selection[k:k + _SLICE]
                    ac.update(chain.from_iterable(map(self._actor_ids.__getitem__, part)))
                    tc.update(chain.from_iterable(
                        map(_themes_of, map(self.events.__getitem__, part))))
            refs = self._actor_refs
            actors = sorted(((refs[a], c) for a, c in ac.items() if c),
                            key=lambda p: (-p[1], p[0].name.lower(), p[0].id))
            themes = sorted(((t, c) for t, c in tc.items() if c), key=lambda p: (-p[1], p[0]))
            return Facets(actors, themes, self.years(selection), self.months(selection))

    def _boundaries(self, kind: str) -> list[tuple[object, int]]:
        """(period, first position starting in it) for each year or month spanned."""
        cached = self._period_cache.get(kind)
        if cached is not None:
            return cached
        out: list[tuple[object, int]] = []
        if self.n_dated:
            first = date.fromordinal(self._start[0])
            last = date.fromordinal(self._start[self.n_dated - 1])
            y, m = first.year, first.month if kind == "month" else 1
            while (y, m) <= (last.year, last.month if kind == "month" else 1):
                pos = bisect_left(self._start, date(y, m, 1).toordinal())
                out.append(((y, m) if kind == "month" else y, pos))
                if kind == "month":
                    y, m = (y + 1, 1) if m == 12 else (y, m + 1)
                else:
                    y += 1
        self._period_cache[kind] = out
        return out

    def _period_counts(self, selection: Sequence[int], kind: str) -> list[tuple[object, int]]:
        bounds = self._boundaries(kind)
        out: list[tuple[object, int]] = []
        for j, (period, pos) in enumerate(bounds):
            nxt = bounds[j + 1][1] if j + 1 < len(bounds) else self.n_dated
            c = bisect_left(selection, nxt) - bisect_left(selection, pos)
            if c:
                out.append((period, c))
        return out

    def years(self, selection: Sequence[int]) -> list[tuple[int, int]]:
        """(year, count) of the selected dated events by start year; O(years x log n)."""
        with self._lock:
            return [(int(p), c) for p, c in self._period_counts(selection, "year")]  # type: ignore[call-overload]

    def months(self, selection: Sequence[int]) -> list[tuple[tuple[int, int], int]]:
        with self._lock:
            return [(p, c) for p, c in self._period_counts(selection, "month")]  # type: ignore[misc]

    def resolve_actor(self, name_or_id: str) -> set[str]:
        """Actor ids whose id or name equals ``name_or_id`` (case-insensitive), or failing
        that, starts with it."""
        needle = name_or_id.strip().lower()
        if not needle:
            return set()
        refs = list(self._actor_refs.values())
        exact = {a.id for a in refs if a.id.lower() == needle or a.name.lower() == needle}
        if exact:
            return exact
        return {a.id for a in refs
                if a.id.lower().startswith(needle) or a.name.lower().startswith(needle)}

    def resolve_theme(self, name: str) -> set[str]:
        """Themes equal to ``name`` (case-insensitive), else those it prefixes (``military``
        also matches ``military/air``)."""
        needle = name.strip().lower()
        exact = {t for t in self._theme_idx if t.lower() == needle}
        return exact or {t for t in self._theme_idx if t.lower().startswith(needle)}

    def index_of_date(self, d: date, selection: Sequence[int]) -> int:
        """Position in ``selection`` of the first event starting on or after ``d``
        (``len(selection)`` when none; undated events count as after every date)."""
        with self._lock:
            boundary = bisect_left(self._start, d.toordinal(), 0, self.n_dated)
            return bisect_left(selection, boundary)

    def period_of(self, index: int, kind: str = "year") -> object | None:
        """The year (or (year, month)) in which event ``index`` starts; None if undated."""
        if index >= self.n_dated:
            return None
        d = date.fromordinal(self._start[index])
        return d.year if kind == "year" else (d.year, d.month)


def _same_but_text(a: Query, b: Query) -> bool:
    return (a.actors, a.actors_all, a.themes, a.since, a.until, a.exclude_actors,
            a.exclude_themes, a.include_undated) == (
        b.actors, b.actors_all, b.themes, b.since, b.until, b.exclude_actors,
        b.exclude_themes, b.include_undated)


def _any_of(arrays: list[array[int]]) -> Sequence[int]:
    if len(arrays) == 1:
        return arrays[0]
    return array("I", sorted(set(chain.from_iterable(arrays))))


def _all_of(arrays: list[array[int]]) -> Sequence[int]:
    arrays = sorted(arrays, key=len)
    keep = set(arrays[0])
    for arr in arrays[1:]:
        keep.intersection_update(arr)
        if not keep:
            break
    return array("I", sorted(keep))


def _intersect(a: Sequence[int], b: Sequence[int]) -> Sequence[int]:
    """Intersection of two ascending position sequences (ranges are cut by bisect)."""
    if isinstance(b, range):
        a, b = b, a
    if isinstance(a, range) and a.step == 1:
        lo = bisect_left(b, a.start)
        hi = bisect_left(b, a.stop)
        if isinstance(b, range):
            return range(b[lo], b[hi - 1] + 1) if hi > lo else range(0)
        return b[lo:hi] if (lo, hi) != (0, len(b)) else b
    if len(a) > len(b):
        a, b = b, a
    small = set(a)
    return array("I", compress(b, map(small.__contains__, b)))
