"""The whole extraction: paths in, a Timeline out (load → tag → annotate → events).

Extraction is a pure function of one file's bytes (and the reference date), so results
are cached by content hash (:mod:`explorer.cache`) and a large corpus is spread over all
cores with a process pool. Exported JSON/JSONL timelines among the paths are reopened as
they are, without re-extraction.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import fields, replace
from datetime import date
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING

from explorer import cache
from explorer.corpus import TEXT_SUFFIXES, Document, SkippedFile, discover, warn_stderr
from explorer.corpus.decode import decode_bytes
from explorer.corpus.loader import document_from_bytes
from explorer.errors import InputError
from explorer.events import DocInfo, Event
from explorer.events.extract import extract_events
from explorer.model import Timeline
from explorer.temporal import Timex, tag

if TYPE_CHECKING:
    from explorer.annotate import Annotator

Progress = Callable[[int, int], None]
TIMELINE_SUFFIXES = frozenset({".json", ".jsonl"})
# Below this much text a process pool costs more than it saves.
POOL_MIN_BYTES = 2_000_000


# Every field of a Timex after start and end: shifting a timex by hand is several times
# cheaper than dataclasses.replace (which rebuilds its keyword arguments on each call).
_TIMEX_FIELDS = tuple(f.name for f in fields(Timex))
_timex_rest = attrgetter(*_TIMEX_FIELDS[2:])
_FAST_SHIFT = _TIMEX_FIELDS[:2] == ("start", "end") and all(f.init for f in fields(Timex))


def tag_document(doc: Document) -> list[Timex]:
    """Time expressions of the document body, with offsets into ``doc.text``."""
    found = tag(doc.text[doc.body_start :], doc.published)
    if not doc.body_start:
        return found
    b = doc.body_start
    if _FAST_SHIFT:
        return [Timex(t.start + b, t.end + b, *_timex_rest(t)) for t in found]
    return [replace(t, start=t.start + b, end=t.end + b) for t in found]


def extract_document(doc: Document, annotator: Annotator) -> list[Event]:
    timexes = tag_document(doc)
    spans = [(s.start, s.end) for s in doc.sentences if s.kind == "sentence"]
    year = doc.published.year if doc.published else None
    return extract_events(doc, timexes, annotator.annotate(doc.text, spans, year=year))


def doc_info(doc: Document) -> DocInfo:
    return DocInfo(
        id=doc.id,
        path=doc.path,
        title=doc.title,
        source=doc.source,
        published=doc.published,
        published_from=doc.published_from,
        text=doc.text,
    )


_annotators: dict[tuple[Path | None, Path | None], Annotator] = {}


def _annotator(user_actors: Path | None, user_themes: Path | None) -> Annotator:
    from explorer.annotate import Annotator

    k = (user_actors, user_themes)
    if k not in _annotators:
        _annotators[k] = Annotator(user_actors=user_actors, user_themes=user_themes)
    return _annotators[k]


Result = tuple[DocInfo | None, list[Event], list[str]]


def extract_bytes(data: bytes, path: str, ref_date: date | None,
                  user_actors: Path | None = None, user_themes: Path | None = None) -> Result:
    """One file's document and events, with the warnings met on the way. Pure: the same
    bytes give the same result, which is what the cache and the pool rely on."""
    warnings: list[str] = []
    try:
        doc = document_from_bytes(data, path, ref_date, warn=warnings.append)
    except SkippedFile as exc:
        return None, [], [*warnings, f"{exc}; skipped"]
    events = extract_document(doc, _annotator(user_actors, user_themes))
    return doc_info(doc), events, warnings


def _extract_file(args: tuple[str, date | None, Path | None, Path | None, str]) -> tuple[str, Result]:
    path, ref_date, ua, ut, fp = args
    data = Path(path).read_bytes()
    k = cache.key(data, path, ref_date, fp)
    hit = cache.get(k)
    if hit is not None:
        info, events, warnings = hit
        text = decode_bytes(data).text
        return path, (replace(info, text=text, path=path), events, warnings)
    result = extract_bytes(data, path, ref_date, ua, ut)
    if result[0] is not None:
        info = result[0]
        cache.put(k, replace(info, text=None), result[1], result[2])
    return path, result


def _run(jobs: list[tuple[str, date | None, Path | None, Path | None, str]], parallel: bool) -> Iterator[tuple[str, Result]]:
    if not parallel:
        yield from map(_extract_file, jobs)
        return
    workers = min(len(jobs), os.cpu_count() or 1)
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(_extract_file, jobs, chunksize=max(1, len(jobs) // (workers * 8)))


def load_events(
    paths: Sequence[str],
    ref_date: date | None = None,
    *,
    progress: Progress | None = None,
    warn: Callable[[str], None] = warn_stderr,
    user_actors: Path | None = None,
    user_themes: Path | None = None,
    parallel: bool | None = None,
) -> tuple[list[DocInfo], list[Event]]:
    """Documents and events of every input path. InputError when nothing is readable."""
    from explorer.timeline_file import is_timeline_file, load_timeline_file

    files = discover(paths, TEXT_SUFFIXES | TIMELINE_SUFFIXES)
    docs: list[DocInfo] = []
    events: list[Event] = []
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if progress:
            progress(done, len(files))

    if progress:
        progress(0, len(files))
    texts: list[str] = []
    for path in files:
        if path == "-":
            from sys import stdin

            info, evs, warnings = extract_bytes(stdin.buffer.read(), "-", ref_date, user_actors, user_themes)
            for w in warnings:
                warn(w)
            if info is not None:
                docs.append(info)
                events.extend(evs)
            step()
        elif Path(path).suffix.lower() in TIMELINE_SUFFIXES:
            if not is_timeline_file(path):
                warn(f"{path}: not a Timeline Explorer export (version 1); skipped")
            else:
                d, ev = load_timeline_file(path)
                docs.extend(d)
                events.extend(ev)
            step()
        else:
            texts.append(path)
    if texts:
        fp = cache.fingerprint([user_actors, user_themes])
        jobs = [(p, ref_date, user_actors, user_themes, fp) for p in texts]
        if parallel is None:
            parallel = len(texts) > 1 and (os.cpu_count() or 1) > 1 and sum(
                os.path.getsize(p) for p in texts) >= POOL_MIN_BYTES
        for _path, (info, evs, warnings) in _run(jobs, parallel):
            for w in warnings:
                warn(w)
            if info is not None:
                docs.append(info)
                events.extend(evs)
            step()
    if not docs:
        raise InputError(f"{', '.join(paths)}: no readable documents")
    return _without_repeats(docs, events, warn)


def _without_repeats(docs: list[DocInfo], events: list[Event],
                     warn: Callable[[str], None]) -> tuple[list[DocInfo], list[Event]]:
    """The same document given twice (a file and an export holding it, or one file under
    two paths) would double its events: keep the first copy. Ids hash the content."""
    seen: dict[str, DocInfo] = {}
    for d in docs:
        if d.id in seen:
            warn(f"{d.path}: same document as {seen[d.id].path}; kept once")
        else:
            seen[d.id] = d
    if len(seen) == len(docs):
        return docs, events
    kept_events: list[Event] = []
    ids: set[str] = set()
    for e in events:
        if e.id not in ids:
            ids.add(e.id)
            kept_events.append(e)
    return list(seen.values()), kept_events


def build_timeline(
    paths: Iterable[str],
    ref_date: date | None = None,
    progress: Progress | None = None,
    *,
    warn: Callable[[str], None] = warn_stderr,
    user_actors: Path | None = None,
    user_themes: Path | None = None,
) -> Timeline:
    docs, events = load_events(
        list(paths), ref_date, progress=progress, warn=warn,
        user_actors=user_actors, user_themes=user_themes,
    )
    return Timeline(events, docs)
