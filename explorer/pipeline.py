"""The whole extraction: paths in, a Timeline out (load → tag → annotate → events).

Exported JSON/JSONL timelines among the paths are reopened as they are, without
re-extraction. Extraction is a pure function of a document, so it is what a cache or a
process pool would map over.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from explorer.corpus import TEXT_SUFFIXES, Document, discover, iter_documents, warn_stderr
from explorer.errors import InputError
from explorer.events import DocInfo, Event
from explorer.events.extract import extract_events
from explorer.model import Timeline
from explorer.temporal import Timex, tag

if TYPE_CHECKING:
    from explorer.annotate import Annotator

Progress = Callable[[int, int], None]
TIMELINE_SUFFIXES = frozenset({".json", ".jsonl"})


def tag_document(doc: Document) -> list[Timex]:
    """Time expressions of the document body, with offsets into ``doc.text``."""
    found = tag(doc.text[doc.body_start :], doc.published)
    if not doc.body_start:
        return found
    b = doc.body_start
    return [replace(t, start=t.start + b, end=t.end + b) for t in found]


def extract_document(doc: Document, annotator: Annotator) -> list[Event]:
    timexes = tag_document(doc)
    spans = [(s.start, s.end) for s in doc.sentences if s.kind == "sentence"]
    return extract_events(doc, timexes, annotator.annotate(doc.text, spans))


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


def load_events(
    paths: Sequence[str],
    ref_date: date | None = None,
    *,
    progress: Progress | None = None,
    warn: Callable[[str], None] = warn_stderr,
    user_actors: Path | None = None,
    user_themes: Path | None = None,
) -> tuple[list[DocInfo], list[Event]]:
    """Documents and events of every input path. InputError when nothing is readable."""
    from explorer.timeline_file import is_timeline_file, load_timeline_file

    files = discover(paths, TEXT_SUFFIXES | TIMELINE_SUFFIXES)
    annotator: Annotator | None = None
    docs: list[DocInfo] = []
    events: list[Event] = []
    for n, path in enumerate(files):
        if progress:
            progress(n, len(files))
        if Path(path).suffix.lower() in TIMELINE_SUFFIXES:
            if not is_timeline_file(path):
                warn(f"{path}: not a Timeline Explorer export (version 1); skipped")
                continue
            d, ev = load_timeline_file(path)
            docs.extend(d)
            events.extend(ev)
            continue
        for doc in iter_documents([path], ref_date, warn=warn):
            if annotator is None:
                from explorer.annotate import Annotator

                annotator = Annotator(user_actors=user_actors, user_themes=user_themes)
            docs.append(doc_info(doc))
            events.extend(extract_document(doc, annotator))
    if progress:
        progress(len(files), len(files))
    if not docs:
        raise InputError(f"{', '.join(paths)}: no readable documents")
    return docs, events


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
