"""Streamed opening of an exported JSON/JSONL timeline: the TUI paints the first batch while
the rest is still being read (reading itself is ``explorer.timeline_file``'s job)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from explorer.events.event import DocInfo, Event

Batch = tuple[Sequence[DocInfo], Sequence[Event]]
Progress = Callable[[int, int], None]


FIRST_BATCH = 300  # events: more than a screenful, few enough to read at once


def timeline_file_batches(path: str | Path, batch_size: int = 2_000
                          ) -> Callable[[Progress], Iterator[Batch]]:
    """A batch loader for :func:`explorer.tui.run_stream` over a timeline file; progress
    is in bytes read. A small first batch paints quickly; the model merges the rest."""

    def load(progress: Progress) -> Iterator[Batch]:
        from explorer.timeline_file import iter_timeline_batches

        for batch in iter_timeline_batches(path, batch_size, first_size=min(FIRST_BATCH, batch_size)):
            yield batch.documents, batch.events
            progress(batch.bytes_read, batch.total_bytes)

    return load
