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
from typing import TYPE_CHECKING, TypeVar

from explorer import cache
from explorer.corpus import TEXT_SUFFIXES, Document, SkippedFile, discover, warn_stderr
from explorer.corpus.decode import decode_bytes
from explorer.corpus.loader import document_from_bytes
from explorer.errors import InputError
from explorer.events import DocInfo, Event
from explorer.events.extract import extract_events
from explorer.gcpause import gc_paused
from explorer.model import Timeline
from explorer.temporal import Timex, tag

if TYPE_CHECKING:
    from explorer.annotate import Annotator

Progress = Callable[[int, int], None]
TIMELINE_SUFFIXES = frozenset({".json", ".jsonl"})
# Below this much text a process pool costs more than it saves.
POOL_MIN_BYTES = 2_000_000
# Files are extracted in batches of about this much text (see extract_documents): large
# enough to keep a stage's working set warm, small enough for progress to move often.
BATCH_BYTES = 256_000
T = TypeVar("T")


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
    return extract_documents([doc], annotator)[0]


def extract_documents(docs: Sequence[Document], annotator: Annotator) -> list[list[Event]]:
    """The events of each document. The documents go through each stage together (all
    tagged, then all annotated, then all turned into events): a stage's tables and
    patterns then stay in the processor's caches, which makes a batch about 8% faster
    than taking each document through every stage in turn (bench/pipeline_speed.py).

    The cyclic garbage collector is paused meanwhile: the stages build many small acyclic
    objects (timexes, clauses, events) that refcounting frees, and its passes over them
    found nothing but cost about 2% of the batch."""
    with gc_paused():
        timexes = [tag_document(doc) for doc in docs]
        annotations = [
            annotator.annotate(
                doc.text,
                [(s.start, s.end) for s in doc.sentences if s.kind == "sentence"],
                year=doc.published.year if doc.published else None,
            )
            for doc in docs
        ]
        return [extract_events(d, t, a) for d, t, a in zip(docs, timexes, annotations, strict=True)]


def batches(items: Sequence[T], size: Callable[[T], int], limit: int | None = None) -> Iterator[list[T]]:
    """``items`` in order, in runs of about ``limit`` bytes (:data:`BATCH_BYTES` unless
    given) as ``size`` counts them; an item larger than that is a batch of its own."""
    if limit is None:
        limit = BATCH_BYTES
    batch: list[T] = []
    total = 0
    for item in items:
        n = size(item)
        if batch and total + n > limit:
            yield batch
            batch, total = [], 0
        batch.append(item)
        total += n
    if batch:
        yield batch


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


def _load(data: bytes, path: str, ref_date: date | None) -> tuple[Document | None, list[str]]:
    """The document of one file's bytes (None when it is skipped) and the warnings met."""
    warnings: list[str] = []
    try:
        return document_from_bytes(data, path, ref_date, warn=warnings.append), warnings
    except SkippedFile as exc:
        return None, [*warnings, f"{exc}; skipped"]


def extract_bytes(data: bytes, path: str, ref_date: date | None,
                  user_actors: Path | None = None, user_themes: Path | None = None) -> Result:
    """One file's document and events, with the warnings met on the way. Pure: the same
    bytes give the same result, which is what the cache and the pool rely on."""
    doc, warnings = _load(data, path, ref_date)
    if doc is None:
        return None, [], warnings
    return doc_info(doc), extract_document(doc, _annotator(user_actors, user_themes)), warnings


# One batch of files and what they share: paths, ref date, user actors and themes files,
# and the fingerprint of those files for the cache.
Batch = tuple[list[str], date | None, Path | None, Path | None, str]


def _extract_files(batch: Batch) -> list[tuple[str, Result]]:
    """Each file's result, from the cache or extracted (the misses together, stage by
    stage); a fresh result goes into the cache."""
    paths, ref_date, ua, ut, fp = batch
    results: list[Result] = []
    misses: list[tuple[int, str, Document, list[str]]] = []  # result index, cache key, ...
    for path in paths:
        data = Path(path).read_bytes()
        k = cache.key(data, path, ref_date, fp)
        hit = cache.get(k)
        if hit is not None:
            info, events, warnings = hit
            results.append((replace(info, text=decode_bytes(data).text, path=path), events, warnings))
            continue
        doc, warnings = _load(data, path, ref_date)
        if doc is not None:
            misses.append((len(results), k, doc, warnings))
        results.append((None, [], warnings))
    if misses:
        found = extract_documents([doc for _, _, doc, _ in misses], _annotator(ua, ut))
        for (i, k, doc, warnings), events in zip(misses, found, strict=True):
            info = doc_info(doc)
            cache.put(k, replace(info, text=None), events, warnings)
            results[i] = (info, events, warnings)
    return list(zip(paths, results, strict=True))


def _run(batches_: list[Batch], parallel: bool) -> Iterator[tuple[str, Result]]:
    if not parallel:
        for b in batches_:
            yield from _extract_files(b)
        return
    workers = min(len(batches_), os.cpu_count() or 1)
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for done in pool.map(_extract_files, batches_):
            yield from done


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
        sizes = {p: os.path.getsize(p) for p in texts}
        jobs: list[Batch] = [(b, ref_date, user_actors, user_themes, fp)
                             for b in batches(texts, sizes.__getitem__)]
        if parallel is None:
            parallel = len(jobs) > 1 and (os.cpu_count() or 1) > 1 and sum(
                sizes.values()) >= POOL_MIN_BYTES
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
