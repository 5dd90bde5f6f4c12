"""Batches of events read from an exported JSONL timeline, for streamed opening.

Line 1 is ``{"version": 1, "documents": [...]}``, then one event per line (DESIGN.md). The
TUI paints the first batch while the rest is still being read.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

from explorer.errors import InputError
from explorer.events.event import DocInfo, Event

Batch = tuple[list[DocInfo], list[Event]]


def jsonl_batches(path: str | Path, batch_size: int = 50_000, first_batch: int = 2_000
                  ) -> Callable[[Callable[[int, int], None]], Iterator[Batch]]:
    """A batch loader for :func:`explorer.tui.run_stream`: a small first batch (so the
    first paint is quick), then ``batch_size`` events at a time; progress is in bytes."""
    p = Path(path)

    def load(progress: Callable[[int, int], None]) -> Iterator[Batch]:
        total = p.stat().st_size
        with p.open("rb") as fh:
            head = fh.readline()
            try:
                header = json.loads(head)
                docs = [DocInfo.from_json(d) for d in header.get("documents", [])]
            except (ValueError, KeyError, TypeError, AttributeError) as exc:
                raise InputError(f"{p}: line 1 is not a JSONL timeline header: {exc}") from exc
            events: list[Event] = []
            size = first_batch
            done = len(head)
            for lineno, line in enumerate(fh, start=2):
                done += len(line)
                if not line.strip():
                    continue
                try:
                    events.append(Event.from_json(json.loads(line), seq=lineno))
                except (ValueError, KeyError, TypeError) as exc:
                    raise InputError(f"{p}:{lineno}: not an event: {exc}") from exc
                if len(events) >= size:
                    yield docs, events
                    progress(done, total)
                    docs, events, size = [], [], batch_size
            if events or docs:
                yield docs, events
            progress(total, total)

    return load
