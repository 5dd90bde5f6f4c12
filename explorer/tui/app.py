"""Timeline Explorer's Textual app: wiring of the widgets around one Timeline and Query.

The model answers every filter from its indexes (``Timeline.select``); the app keeps the
current :class:`Query`, hands the selection to the virtual :class:`TimelineView`, and
recomputes the facet counts after the timeline has been repainted (in a worker when the
timeline is large). Loading runs in a thread worker with a progress bar; streamed loading
paints the first batch at once and refreshes as batches arrive.
"""

from __future__ import annotations

import contextlib
import gc
import tempfile
import threading
import time
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import work
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.timer import Timer
from textual.widgets import Footer, Input, ProgressBar, Static
from textual.worker import get_current_worker

from explorer.events.event import DocInfo, Event
from explorer.model import Facets, Query, Timeline
from explorer.tui.commands import TimelineCommands
from explorer.tui.detail import DetailPane
from explorer.tui.export_screen import ExportRequest, ExportScreen
from explorer.tui.facets import FacetList, FacetsPanel
from explorer.tui.help_screen import HelpScreen
from explorer.tui.source_screen import SourceScreen
from explorer.tui.text import clean, date_label
from explorer.tui.time_strip import Period, TimeStrip
from explorer.tui.timeline_view import TimelineView

Progress = Callable[[int, int], None]
Loader = Callable[[Progress], Timeline]
Batch = tuple[Sequence[DocInfo], Sequence[Event]]
BatchLoader = Callable[[Progress], Iterable[Batch]]
# A query, or a function of the loaded timeline returning one (names given on the command
# line resolve against the timeline; an InputError it raises is shown, the app stays open).
QueryArg = Query | Callable[[Timeline], Query] | None

MATCH_COUNT_DELAY = 0.15  # s of typing pause before matches are counted on a big timeline
SYNC_FACETS_LIMIT = 50_000  # above this many events, facet counts are computed in a worker
NARROW_WIDTH = 100
WIDE_WIDTH = 160
MAIN_ONLY = {"search", "next_match", "prev_match", "focus_facet", "toggle_all_of",
             "clear_filters", "period", "zoom", "toggle_facets", "export", "copy", "back"}


class TimelineApp(App[None]):
    """The timeline explorer. Give it ``load`` (returns a Timeline) or ``stream``."""

    CSS_PATH = "app.tcss"
    TITLE = "Timeline Explorer"
    COMMANDS = App.COMMANDS | {TimelineCommands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", id="app.quit"),
        Binding("question_mark,f1", "help", "Help", id="app.help"),
        # priority: handled as it arrives, so keys typed right after "/" reach the box
        Binding("slash", "search", "Search", priority=True, id="app.search"),
        Binding("n", "next_match", "Next match", show=False, id="app.next_match"),
        Binding("N", "prev_match", "Prev match", show=False, id="app.prev_match"),
        Binding("a", "focus_facet('actors')", "Actors", id="app.actors"),
        Binding("t", "focus_facet('themes')", "Themes", id="app.themes"),
        Binding("A", "toggle_all_of", "All-of", show=False, id="app.all_of"),
        Binding("c", "clear_filters", "Clear", id="app.clear"),
        Binding("left_square_bracket", "period(-1)", "Prev period", show=False,
                id="app.prev_period"),
        Binding("right_square_bracket", "period(1)", "Next period", show=False,
                id="app.next_period"),
        Binding("z", "zoom", "Zoom", show=False, id="app.zoom"),
        Binding("f", "toggle_facets", "Facets", show=False, id="app.facets"),
        Binding("e", "export", "Export", id="app.export"),
        Binding("y", "copy", "Copy", id="app.copy"),
        Binding("escape", "back", "Back", show=False, id="app.back"),
    ]

    def __init__(self, load: Loader | None = None, *, stream: BatchLoader | None = None,
                 query: QueryArg = None, title: str = "") -> None:
        super().__init__()
        self._load = load
        self._stream = stream
        self._query_arg = query
        self.query_state: Query = query if isinstance(query, Query) else Query()
        self.sub_title = clean(title)
        self.timeline = Timeline(())
        self.selection: Sequence[int] = range(0)
        self.zoomed = False
        self.search_text = ""
        self.matches: Sequence[int] = ()  # all matches of search_text, once counted
        self.matches_for = ""  # the search text ``matches`` belong to
        self.loading = True
        self.load_error: str | None = None
        self.facets_state: Facets | None = None
        self.timings: dict[str, float] = {}  # read by the benchmark
        self.first_paint: float | None = None
        self._first_painted = threading.Event()
        self._match_timer: Timer | None = None
        self._last_progress = 0.0

    # ------------------------------------------------------------------ layout

    def compose(self) -> ComposeResult:
        yield Static(id="status")
        yield TimeStrip(id="strip")
        with Horizontal(id="body"):
            yield FacetsPanel(id="facets")
            with Vertical(id="main"):
                yield TimelineView(id="timeline")
                yield DetailPane(id="detail")
        yield Input(id="search", placeholder="search: type to find, enter keeps, esc clears")
        yield ProgressBar(id="progress", show_eta=False)
        yield Footer()

    @property
    def view(self) -> TimelineView:
        return self.query_one("#timeline", TimelineView)

    def on_mount(self) -> None:
        self.view.focus()
        self._update_status()
        self._layout_for(self.size.width)
        if self._stream is not None:
            self._run_stream()
        elif self._load is not None:
            self._run_load()
        else:
            self._loaded(self.timeline)

    def on_resize(self, event: object) -> None:
        self._layout_for(self.size.width)

    def _layout_for(self, width: int) -> None:
        self.screen.set_class(width < NARROW_WIDTH, "narrow")
        self.screen.set_class(width >= WIDE_WIDTH, "wide")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return not (action in MAIN_ONLY and self.screen is not self.screen_stack[0])

    # ------------------------------------------------------------------ loading

    def _progress_cb(self) -> Progress:
        def progress(done: int, total: int) -> None:
            now = time.monotonic()
            if now - self._last_progress >= 0.05 or done >= total:
                self._last_progress = now
                self.call_from_thread(self._show_progress, done, total)
        return progress

    def _show_progress(self, done: int, total: int) -> None:
        bar = self.query_one("#progress", ProgressBar)
        bar.update(total=max(total, 1), progress=done)

    @work(thread=True, exclusive=True, group="load")
    def _run_load(self) -> None:
        assert self._load is not None
        try:
            tl = self._load(self._progress_cb())
            self._resolve_query(tl)
        except Exception as exc:  # the message names the file; the UI keeps running
            self.call_from_thread(self._load_failed, exc)
            return
        self.call_from_thread(self._loaded, tl)

    @work(thread=True, exclusive=True, group="load")
    def _run_stream(self) -> None:
        assert self._stream is not None
        tl = Timeline(())
        shown = False
        last = 0.0
        worker = get_current_worker()
        try:
            for docs, events in self._stream(self._progress_cb()):
                if worker.is_cancelled:  # the app is closing: stop reading
                    return
                tl.extend(events, docs)
                now = time.monotonic()
                if not shown:
                    # What the reader built so far (a big header's documents) lives as
                    # long as the app: keep the collector from walking it at every paint.
                    gc.freeze()
                    self._resolve_query(tl, final=False)
                    shown = True
                    last = now
                    self.call_from_thread(self._loaded, tl, True)
                    # Reading on would compete with the first paint for the GIL: let the
                    # screen show the first batch before the rest is read.
                    self._first_painted.wait(timeout=2.0)
                elif now - last >= 0.25:  # batch UI refreshes, never flood
                    last = now
                    self.call_from_thread(self._grew)
        except Exception as exc:
            self.call_from_thread(self._load_failed, exc)
            return
        if not shown:
            self._resolve_query(tl)
            self.call_from_thread(self._loaded, tl)
        else:
            self._resolve_query(tl)
            self.call_from_thread(self._grew, True)

    def _load_failed(self, exc: Exception) -> None:
        self.loading = False
        self.load_error = f"{type(exc).__name__}: {exc}"
        self.query_one("#progress", ProgressBar).display = False
        self.notify(clean(self.load_error), title="Loading failed", severity="error",
                    markup=False, timeout=30)
        self._update_status()

    def _resolve_query(self, tl: Timeline, final: bool = True) -> bool:
        """Run the caller's query function on the loaded timeline (worker thread). While
        streaming (``final`` false) a name not seen yet is retried once all is loaded.
        Returns whether the query changed."""
        arg = self._query_arg
        if arg is None or isinstance(arg, Query):
            return False
        try:
            self.query_state = arg(tl)
        except Exception as exc:
            if final:
                self._query_arg = None
                self.call_from_thread(self.notify, clean(str(exc)), title="Filter ignored",
                                      severity="error", markup=False, timeout=15)
            return False
        self._query_arg = None
        return True

    def _loaded(self, tl: Timeline, streaming: bool = False) -> None:
        self.timeline = tl
        self.loading = streaming
        if not streaming:
            self.query_one("#progress", ProgressBar).display = False
        self.apply_query(keep_index=None)
        self.call_after_refresh(self._painted)

    def _painted(self) -> None:
        if self.first_paint is None:
            self.first_paint = time.perf_counter()
        self._first_painted.set()

    def _grew(self, done: bool = False) -> None:
        if done:
            self.loading = False
            self.query_one("#progress", ProgressBar).display = False
        keep = self.view.current_index
        self.apply_query(keep_index=keep if keep >= 0 else None, facets=done)

    # ------------------------------------------------------------------ filtering

    def apply_query(self, keep_index: int | None = -2, facets: bool = True) -> None:
        """Select with the current query and repaint; -2 keeps the current event."""
        t0 = time.perf_counter()
        if keep_index == -2:
            current = self.view.current_index
            keep_index = current if current >= 0 else None
        tl = self.timeline
        self.selection = tl.select(self.query_state)
        self.view.set_selection(tl, self.selection, keep_index)
        if self.search_text:
            self._compute_matches(jump=False)
        self._update_strip()
        self._update_status()
        self.timings["select"] = time.perf_counter() - t0
        if facets:
            if len(tl) <= SYNC_FACETS_LIMIT:
                self._show_facets(*self._compute_facets(self.query_state))
            else:  # after the repaint, so the worker does not compete with it
                self.call_after_refresh(self._facets_worker, self.query_state)

    def _compute_facets(self, q: Query) -> tuple[Facets, Facets, Query]:
        tl = self.timeline
        if q.actors:
            actor_f = tl.facets(tl.select(replace(q, actors=frozenset(), actors_all=False)))
        else:
            actor_f = tl.facets(self.selection)
        theme_f = tl.facets(tl.select(replace(q, themes=frozenset()))) if q.themes else actor_f
        tl.select(q)  # leave the model's cache on the current query (typing narrows it)
        return actor_f, theme_f, q

    @work(thread=True, exclusive=True, group="facets")
    def _facets_worker(self, q: Query) -> None:
        if q != self.query_state:  # filtered again since: a newer worker follows
            return
        t0 = time.perf_counter()
        result = self._compute_facets(q)
        self.timings["facets"] = time.perf_counter() - t0
        if not get_current_worker().is_cancelled:
            self.call_from_thread(self._show_facets, *result)

    def _show_facets(self, actor_f: Facets, theme_f: Facets, q: Query) -> None:
        if q != self.query_state:
            return
        self.facets_state = actor_f
        self.query_one("#actors", FacetList).show_items(
            [(a.id, a.name, c) for a, c in actor_f.actors], set(q.actors),
            set(q.exclude_actors))
        self.query_one("#themes", FacetList).show_items(
            [(t, t, c) for t, c in theme_f.themes], set(q.themes), set(q.exclude_themes))
        mode = "all of" if q.actors_all else "any of"
        self.query_one("#actors-title", Static).update(
            Text(f"Actors ({mode}; A toggles)", style="bold"))

    def set_query(self, q: Query) -> None:
        self.query_state = q
        self.apply_query()

    def toggle_facet(self, kind: str, key: str, exclude: bool = False) -> None:
        q = self.query_state
        if kind == "actor":
            on, off = set(q.actors), set(q.exclude_actors)
        else:
            on, off = set(q.themes), set(q.exclude_themes)
        target, other = (off, on) if exclude else (on, off)
        if key in target:
            target.discard(key)
        else:
            target.add(key)
            other.discard(key)
        if kind == "actor":
            self.set_query(replace(q, actors=frozenset(on), exclude_actors=frozenset(off)))
        else:
            self.set_query(replace(q, themes=frozenset(on), exclude_themes=frozenset(off)))

    def on_facet_list_toggled(self, event: FacetList.Toggled) -> None:
        self.toggle_facet(event.kind, event.key, event.exclude)

    def set_text_filter(self, text: str) -> None:
        self.set_query(replace(self.query_state, text=text))

    def action_clear_filters(self) -> None:
        self.search_text = ""
        self.matches = ()
        self.view.set_needle("")
        self.set_query(Query())
        self.notify("Filters cleared.", timeout=2)

    def action_toggle_all_of(self) -> None:
        self.set_query(replace(self.query_state, actors_all=not self.query_state.actors_all))

    # ------------------------------------------------------------------ status, strip, detail

    def _chips(self) -> Text:
        q = self.query_state
        names = self.timeline.actors
        chips: list[tuple[str, str]] = []
        for a in sorted(q.actors):
            chips.append((f"actor: {names[a].name if a in names else a}", "black on green"))
        if len(q.actors) > 1:
            chips.append(("all of" if q.actors_all else "any of", "black on green"))
        for a in sorted(q.exclude_actors):
            chips.append((f"not: {names[a].name if a in names else a}", "white on red"))
        for t in sorted(q.themes):
            chips.append((f"theme: {t}", "black on yellow"))
        for t in sorted(q.exclude_themes):
            chips.append((f"not: {t}", "white on red"))
        if q.text:
            chips.append((f"text: {q.text}", "black on cyan"))
        if q.since:
            chips.append((f"since {q.since.isoformat()}", "black on magenta"))
        if q.until:
            chips.append((f"until {q.until.isoformat()}", "black on magenta"))
        out = Text()
        for label, style in chips:
            out.append(" ")
            out.append(f" {clean(label)} ", style)
        return out

    def _update_status(self) -> None:
        tl = self.timeline
        out = Text(no_wrap=True, overflow="ellipsis")
        out.append(" Timeline Explorer", "bold")
        if self.sub_title:
            out.append(f" — {self.sub_title}")
        out.append(f"  {len(self.selection):,}/{len(tl):,} events", "bold")
        if self.loading:
            out.append("  loading…", "italic")
        if self.load_error:
            out.append("  load failed", "bold red")
        marks = len(self.view.marks)
        if marks:
            out.append(f"  ● {marks} marked")
        if self.search_text:
            count = (f"{len(self.matches):,}" if self.matches_for == self.search_text
                     else "counting")
            out.append(f"  /{clean(self.search_text)}: {count} matches", "italic")
        out.append_text(self._chips())
        self.query_one("#status", Static).update(out)

    def _update_strip(self) -> None:
        strip = self.query_one("#strip", TimeStrip)
        tl = self.timeline
        counts: list[tuple[Period, int]] = (
            list(tl.months(self.selection)) if self.zoomed else list(tl.years(self.selection)))
        strip.update_counts(counts, self.zoomed)
        self._mark_period()

    def _mark_period(self) -> None:
        i = self.view.current_index
        period = self.timeline.period_of(i, "month" if self.zoomed else "year") if i >= 0 \
            else None
        self.query_one("#strip", TimeStrip).set_current(period)  # type: ignore[arg-type]

    def on_timeline_view_cursor_moved(self, message: TimelineView.CursorMoved) -> None:
        detail = self.query_one("#detail", DetailPane)
        if message.index < 0 or message.index >= len(self.timeline.events):
            detail.show(None, None)
        else:
            ev = self.timeline.events[message.index]
            detail.show(ev, self.timeline.documents.get(ev.doc))
        self._mark_period()

    def on_timeline_view_marks_changed(self, message: TimelineView.MarksChanged) -> None:
        self._update_status()

    def on_timeline_view_open_source(self, message: TimelineView.OpenSource) -> None:
        tl = self.timeline
        ev = tl.events[message.index]
        doc_events = [e for e in tl.events if e.doc == ev.doc] if len(tl) <= 200_000 else [ev]
        self.push_screen(SourceScreen(ev, tl.documents.get(ev.doc), doc_events))

    # ------------------------------------------------------------------ navigation

    def jump_to_date(self, d: date) -> None:
        self.view.cursor = self.timeline.index_of_date(d, self.selection)
        self.view.focus()

    def on_time_strip_jump(self, message: TimeStrip.Jump) -> None:
        self.jump_to_date(_period_start(message.period))

    def action_period(self, direction: int) -> None:
        kind = "month" if self.zoomed else "year"
        periods = [p for p, _ in (self.timeline.months(self.selection) if self.zoomed
                                  else self.timeline.years(self.selection))]
        if not periods:
            return
        current = self.timeline.period_of(self.view.current_index, kind)
        if current is None:
            target = periods[-1] if direction < 0 else None
        else:
            j = periods.index(current) if current in periods else 0
            k = j + direction
            target = periods[k] if 0 <= k < len(periods) else None
        if target is not None:
            self.jump_to_date(_period_start(target))

    def action_zoom(self) -> None:
        self.zoomed = not self.zoomed
        self._update_strip()

    def action_focus_facet(self, which: str) -> None:
        self.screen.remove_class("hide-facets")
        self.screen.add_class("show-facets")
        self.query_one(f"#{which}", FacetList).focus()

    def action_toggle_facets(self) -> None:
        shown = self.query_one("#facets").display
        self.screen.set_class(shown, "hide-facets")
        self.screen.set_class(not shown, "show-facets")
        if shown and not self.view.has_focus:
            self.view.focus()

    def action_back(self) -> None:  # type: ignore[override]
        focused = self.focused
        if isinstance(focused, Input) and focused.id == "search":
            self._close_search(keep=False)
        elif isinstance(focused, FacetList):
            self.screen.remove_class("show-facets")
            self.view.focus()

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def prompt_hint(self, what: str) -> None:
        """Re-open the palette so the user types the actor, theme or date."""
        hint = {"actor": "actor ", "theme": "theme ", "date": "date "}[what]
        self.action_command_palette()
        self.call_after_refresh(self._fill_palette, hint)

    def _fill_palette(self, hint: str) -> None:
        with contextlib.suppress(Exception):  # the palette's layout is Textual's
            self.screen.query_one(Input).value = hint

    # ------------------------------------------------------------------ search

    def action_search(self) -> None:
        box = self.query_one("#search", Input)
        if self.focused is box:  # "/" typed into the search itself
            box.insert_text_at_cursor("/")
            return
        box.add_class("active")
        box.display = True
        box.value = self.search_text
        # Focus now, not after the queue: keys typed right after "/" belong to the box.
        self.screen.set_focus(box)

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id != "search":
            return
        t0 = time.perf_counter()
        self.search_text = event.value
        self._compute_matches(jump=True)
        self._update_status()
        self.timings["search"] = time.perf_counter() - t0

    def _compute_matches(self, jump: bool) -> None:
        """Underline matches and move to the first one from the cursor at once; count them
        all (for the header and n/N) synchronously on small timelines, else in a worker."""
        needle = self.search_text
        self.view.set_needle(needle)
        self.matches = ()
        self.matches_for = ""
        if not needle:
            return
        if jump:
            tl = self.timeline
            pos = tl.find(needle, self.selection, self.view.cursor)
            if pos < 0:
                pos = tl.find(needle, self.selection, 0)
            if pos >= 0:
                self.view.cursor = pos
        q = replace(self.query_state, text=needle)
        if len(self.timeline) <= SYNC_FACETS_LIMIT:
            self._set_matches(needle, self.timeline.select(q))
        else:
            # Counted once typing pauses, so that the count (a pass over every event)
            # never competes with the repaint of the next keystroke.
            if self._match_timer is not None:
                self._match_timer.stop()
            self._match_timer = self.set_timer(
                MATCH_COUNT_DELAY, lambda: self._matches_worker(needle, q))

    @work(thread=True, exclusive=True, group="matches")
    def _matches_worker(self, needle: str, q: Query) -> None:
        if needle != self.search_text:  # typed on since: a newer worker follows
            return
        found = self.timeline.select(q)
        if not get_current_worker().is_cancelled:
            self.call_from_thread(self._set_matches, needle, found)

    def _set_matches(self, needle: str, found: Sequence[int]) -> None:
        if needle != self.search_text:
            return
        self.matches = found
        self.matches_for = needle
        self._update_status()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "search":
            self._close_search(keep=True)

    def _close_search(self, keep: bool) -> None:
        box = self.query_one("#search", Input)
        box.remove_class("active")
        box.display = False
        if not keep:
            self.search_text = ""
            self.matches = ()
            self.view.set_needle("")
        self.view.focus()
        self._update_status()

    def _goto_match(self, direction: int) -> None:
        if not self.search_text:
            return
        cur = self.view.cursor
        if self.matches_for == self.search_text:
            if not self.matches:
                self.notify("No match.", severity="warning", timeout=2)
                return
            here = self.view.current_index
            if direction >= 0:
                j = bisect_right(self.matches, here)
                j = j if j < len(self.matches) else 0  # wrap around
            else:
                j = bisect_left(self.matches, here) - 1
                j = j if j >= 0 else len(self.matches) - 1
            self.view.cursor = bisect_left(self.selection, self.matches[j])
            return
        # still counting: scan from the cursor, wrapping around
        tl, sel = self.timeline, self.selection
        if direction >= 0:
            pos = tl.find(self.search_text, sel, cur + 1) if cur + 1 < len(sel) else -1
            pos = pos if pos >= 0 else tl.find(self.search_text, sel, 0)
        else:
            pos = tl.find(self.search_text, sel, cur - 1, backwards=True) if cur > 0 else -1
            pos = pos if pos >= 0 else tl.find(self.search_text, sel, len(sel) - 1, True)
        if pos >= 0:
            self.view.cursor = pos

    def action_next_match(self) -> None:
        self._goto_match(1)

    def action_prev_match(self) -> None:
        self._goto_match(-1)

    # ------------------------------------------------------------------ copy, export

    def event_as_text(self, index: int) -> str:
        ev = self.timeline.events[index]
        doc = self.timeline.documents.get(ev.doc)
        lines = [f"{date_label(ev.when)} — {ev.title}", ev.sentence]
        if ev.actors:
            lines.append("Actors: " + ", ".join(a.name for a in ev.actors))
        if ev.themes:
            lines.append("Themes: " + ", ".join(ev.themes))
        if doc is not None:
            src = doc.title or doc.path
            if doc.published:
                src += f" ({doc.published.isoformat()})"
            lines.append(f"Source: {src}")
        return "\n".join(lines)

    def action_copy(self) -> None:
        i = self.view.current_index
        if i < 0:
            return
        text = self.event_as_text(i)
        self.copy_to_clipboard(text)
        path = Path(tempfile.gettempdir()) / "timeline-explorer-copy.txt"
        try:
            path.write_text(text + "\n", encoding="utf-8")
            where = f"; also saved to {path}"
        except OSError:
            where = ""
        self.notify(f"Copied the event (OSC 52){where}.", markup=False, timeout=4)

    def action_export(self) -> None:
        self.push_screen(ExportScreen(len(self.selection), len(self.view.marks)),
                         self._export_chosen)

    def _export_chosen(self, req: ExportRequest | None) -> None:
        if req is None:
            return
        if req.scope == "marked":
            marks = self.view.marks
            indices: Sequence[int] = [i for i, e in enumerate(self.timeline.events)
                                      if e.id in marks]
        else:
            indices = self.selection
        self._export_worker(req, indices)

    @work(thread=True, exclusive=True, group="export")
    def _export_worker(self, req: ExportRequest, indices: Sequence[int]) -> None:
        try:
            from explorer.export import write_export  # lazy: the export face is optional

            tl = self.timeline
            events = [tl.events[i] for i in indices]
            cited = {e.doc for e in events}
            docs = [d for d in tl.documents.values() if d.id in cited]
            write_export(events, docs, req.fmt, req.path)
        except Exception as exc:
            msg = f"{type(exc).__name__}: {exc}"
            self.call_from_thread(self.notify, clean(msg), title="Export failed",
                                  severity="error", markup=False, timeout=10)
            return
        self.call_from_thread(self.notify, f"Exported {len(indices):,} events to {req.path}.",
                              markup=False, timeout=5)


def _period_start(period: Period) -> date:
    if isinstance(period, tuple):
        return date(period[0], period[1], 1)
    return date(period, 1, 1)


def iter_batches(events: Iterator[Event], size: int) -> Iterator[list[Event]]:
    batch: list[Event] = []
    for ev in events:
        batch.append(ev)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
