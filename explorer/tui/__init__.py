"""The interactive face: a Textual app over a :class:`explorer.model.Timeline`.

Entry points (the CLI's ``open`` command calls one of them):

* :func:`run` — ``load(progress)`` runs in a worker thread, calls ``progress(done, total)``
  as it goes (a progress bar shows it) and returns the Timeline.
* :func:`run_stream` — ``stream(progress)`` yields ``(documents, events)`` batches; the
  timeline paints after the first batch and grows as the rest arrives (for a huge exported
  JSONL timeline, ``run_stream(timeline_file_batches(path))`` from
  :mod:`explorer.tui.stream`).

Textual is imported only when the app is built, so ``import explorer.tui`` stays cheap.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from explorer.events.event import DocInfo, Event
    from explorer.model import Query, Timeline

__all__ = ["run", "run_stream"]


def run(load: Callable[[Callable[[int, int], None]], Timeline], *, query: Query | Callable[[Timeline], Query] | None = None,
        title: str = "") -> None:
    """Open the explorer on the Timeline that ``load`` returns. ``query`` preselects
    filters; it may be a function of the loaded timeline (to resolve names)."""
    from explorer.tui.app import TimelineApp

    TimelineApp(load, query=query, title=title).run()


def run_stream(stream: Callable[[Callable[[int, int], None]],
                                Iterable[tuple[Sequence[DocInfo], Sequence[Event]]]],
               *, query: Query | Callable[[Timeline], Query] | None = None, title: str = "") -> None:
    """Open the explorer on batches of events, painting as soon as the first arrives."""
    from explorer.tui.app import TimelineApp

    TimelineApp(stream=stream, query=query, title=title).run()
