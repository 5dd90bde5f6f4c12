"""The timeline: one line per event, year separators, a cursor; virtual (render_line).

Rows are never materialised: a row number maps to a separator or to a position in the
selection through the cumulative group starts (one per year present, plus "undated"), so
a million-event selection costs the same to show as a thousand-event one.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Sequence
from typing import ClassVar

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from explorer.model import Timeline
from explorer.tui.text import clean, date_label

DATE_WIDTH = 12


class TimelineView(ScrollView, can_focus=True):
    """Events of the current selection; the cursor is a position in that selection."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "cursor(1)", "Down", show=False, id="timeline.down"),
        Binding("k,up", "cursor(-1)", "Up", show=False, id="timeline.up"),
        Binding("g,home", "top", "Top", show=False, id="timeline.top"),
        Binding("G,end", "bottom", "Bottom", show=False, id="timeline.bottom"),
        Binding("pagedown", "page(1)", "Page down", show=False, id="timeline.page_down"),
        Binding("pageup", "page(-1)", "Page up", show=False, id="timeline.page_up"),
        Binding("space", "mark", "Mark", id="timeline.mark"),
        Binding("enter", "open_source", "Source", id="timeline.source"),
    ]

    COMPONENT_CLASSES = {
        "timeline--cursor", "timeline--separator", "timeline--date", "timeline--actors",
        "timeline--themes", "timeline--match", "timeline--mark", "timeline--ongoing",
    }

    DEFAULT_CSS = """
    TimelineView { overflow-x: hidden; }
    TimelineView > .timeline--cursor { background: $accent 40%; text-style: bold; }
    TimelineView:focus > .timeline--cursor { background: $accent; color: $text; }
    TimelineView > .timeline--separator { color: $text-muted; text-style: bold; }
    TimelineView > .timeline--date { color: $secondary; }
    TimelineView > .timeline--actors { color: $success; }
    TimelineView > .timeline--themes { color: $warning; text-style: italic; }
    TimelineView > .timeline--match { text-style: underline; }
    TimelineView > .timeline--mark { color: $error; text-style: bold; }
    """

    cursor: reactive[int] = reactive(0, always_update=True)

    class CursorMoved(Message):
        """The highlighted event changed (``index`` into ``Timeline.events`` or -1)."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    class MarksChanged(Message):
        """An event was marked or unmarked."""

    class OpenSource(Message):
        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.timeline: Timeline = Timeline(())
        self.selection: Sequence[int] = range(0)
        self.marks: set[str] = set()
        self.needle = ""  # search text: matching titles are underlined
        self._group_rows: list[int] = []  # row of each separator
        self._group_pos: list[int] = []  # selection position of each group's first event
        self._group_label: list[str] = []
        self._cache: OrderedDict[tuple[int, int, bool], Strip] = OrderedDict()

    def set_needle(self, needle: str) -> None:
        if needle != self.needle:
            self.needle = needle
            self._cache.clear()
            self.refresh()

    # ------------------------------------------------------------------ data

    def set_selection(self, timeline: Timeline, selection: Sequence[int],
                      keep_index: int | None = None) -> None:
        """Show ``selection``; the cursor stays on ``keep_index`` when it is still shown."""
        self.timeline = timeline
        self.selection = selection
        years = timeline.years(selection)
        self._group_rows, self._group_pos, self._group_label = [], [], []
        pos = 0
        for year, count in years:
            self._group_pos.append(pos)
            self._group_rows.append(pos + len(self._group_rows))
            self._group_label.append(str(year))
            pos += count
        if pos < len(selection):
            self._group_pos.append(pos)
            self._group_rows.append(pos + len(self._group_rows))
            self._group_label.append("undated")
        self._cache.clear()
        self._update_virtual_size()
        target = 0
        if keep_index is not None and len(selection):
            p = bisect_left(selection, keep_index)
            target = min(p, len(selection) - 1)
        self.cursor = target
        self.refresh()

    def _update_virtual_size(self) -> None:
        rows = len(self.selection) + len(self._group_rows)
        self.virtual_size = Size(max(self.scrollable_content_region.width, 1), rows)

    @property
    def current_index(self) -> int:
        """Index into ``Timeline.events`` of the event under the cursor, or -1."""
        if not len(self.selection):
            return -1
        return self.selection[min(self.cursor, len(self.selection) - 1)]

    def row_of(self, pos: int) -> int:
        k = bisect_right(self._group_pos, pos)
        return pos + k

    def at_row(self, row: int) -> tuple[str, int]:
        """``("sep", group)`` or ``("event", position in selection)``."""
        k = bisect_right(self._group_rows, row) - 1
        if k >= 0 and self._group_rows[k] == row:
            return ("sep", k)
        return ("event", row - (k + 1))

    def group_count(self, k: int) -> int:
        end = self._group_pos[k + 1] if k + 1 < len(self._group_pos) else len(self.selection)
        return end - self._group_pos[k]

    # ------------------------------------------------------------------ cursor

    def validate_cursor(self, value: int) -> int:
        return max(0, min(value, len(self.selection) - 1)) if len(self.selection) else 0

    def watch_cursor(self, old: int, new: int) -> None:
        # Only the two rows that change are drawn again (rows are cached by cursor state).
        top = round(self.scroll_y)
        self.scroll_to_cursor()
        if round(self.scroll_y) == top:
            self.refresh_line(self.row_of(old))
            self.refresh_line(self.row_of(new))
        self.post_message(self.CursorMoved(self.current_index))

    def scroll_to_cursor(self) -> None:
        row = self.row_of(self.cursor)
        height = max(self.scrollable_content_region.height, 1)
        top = round(self.scroll_y)
        if row - 1 < top:  # keep the year separator in view when possible
            self.scroll_to(y=max(row - 1, 0), animate=False, immediate=True)
        elif row >= top + height:
            self.scroll_to(y=row - height + 1, animate=False, immediate=True)

    def action_cursor(self, delta: int) -> None:
        self.cursor += delta

    def action_top(self) -> None:
        self.cursor = 0

    def action_bottom(self) -> None:
        self.cursor = len(self.selection) - 1

    def action_page(self, direction: int) -> None:
        self.cursor += direction * max(self.scrollable_content_region.height - 1, 1)

    def action_mark(self) -> None:
        i = self.current_index
        if i < 0:
            return
        eid = self.timeline.events[i].id
        self.marks.symmetric_difference_update({eid})
        self._cache.clear()
        self.refresh_line(self.row_of(self.cursor))
        self.post_message(self.MarksChanged())

    def action_open_source(self) -> None:
        if self.current_index >= 0:
            self.post_message(self.OpenSource(self.current_index))

    def on_click(self, event: events.Click) -> None:
        row = event.y + round(self.scroll_y)
        kind, value = self.at_row(row)
        if kind == "event" and 0 <= value < len(self.selection):
            self.cursor = value
            if event.chain == 2:
                self.action_open_source()
        elif kind == "sep" and value < len(self._group_pos):
            self.cursor = self._group_pos[value]

    def on_resize(self, event: events.Resize) -> None:
        self._cache.clear()
        self._update_virtual_size()
        self.scroll_to_cursor()

    # ------------------------------------------------------------------ drawing

    def render_line(self, y: int) -> Strip:
        row = y + round(self.scroll_y)
        width = self.scrollable_content_region.width
        nrows = len(self.selection) + len(self._group_rows)
        if row >= nrows or width <= 0:
            return Strip.blank(width, self.rich_style)
        kind, value = self.at_row(row)
        key = (row, width, kind == "event" and value == self.cursor)
        strip = self._cache.get(key)
        if strip is None:
            strip = self._render_row(row, width)
            self._cache[key] = strip
            if len(self._cache) > 400:
                self._cache.popitem(last=False)
        return strip

    def _render_row(self, row: int, width: int) -> Strip:
        kind, value = self.at_row(row)
        base = self.rich_style
        if kind == "sep":
            label = f"── {self._group_label[value]} "
            count = f" {self.group_count(value):,} "
            fill = max(width - len(label) - len(count), 0)
            text = Text(label + "─" * fill + count,
                        style=self.get_component_rich_style("timeline--separator"))
            return self._strip(text, width, base)
        pos = value
        try:
            index = self.selection[pos]
            ev = self.timeline.events[index]
        except IndexError:
            return Strip.blank(width, base)
        cursor = pos == self.cursor
        marked = ev.id in self.marks
        text = Text(no_wrap=True, overflow="ellipsis")
        text.append("●" if marked else " ", self.get_component_rich_style("timeline--mark"))
        text.append(date_label(ev.when).ljust(DATE_WIDTH)[:DATE_WIDTH] + " ",
                    self.get_component_rich_style("timeline--date"))
        actors = ", ".join(clean(a.name) for a in ev.actors)
        themes = ", ".join(clean(t) for t in ev.themes)
        rest = width - DATE_WIDTH - 2
        # fixed columns, so that actors and themes line up from row to row
        actor_w = max(rest // 4, 12) if rest >= 40 else 0
        theme_w = max(rest // 6, 10) if rest >= 70 else 0
        title_w = max(rest - actor_w - theme_w - (2 if actor_w else 0) - (2 if theme_w else 0), 8)
        title = clean(ev.title) or clean(ev.sentence)
        title_style = Style()
        if self.needle and self.timeline.text_matches(index, self.needle):
            title_style = self.get_component_rich_style("timeline--match")
        text.append(_fit(title, title_w), title_style)
        if actor_w:
            text.append("  ")
            text.append(_fit(actors, actor_w), self.get_component_rich_style("timeline--actors"))
        if theme_w and themes:
            text.append("  ")
            text.append(_fit(themes, theme_w), self.get_component_rich_style("timeline--themes"))
        style = base + self.get_component_rich_style("timeline--cursor") if cursor else base
        return self._strip(text, width, style)

    def _strip(self, text: Text, width: int, style: Style) -> Strip:
        segments = [Segment(s.text, style + s.style if s.style else style)
                    for s in text.render(self.app.console) if s.text != "\n"]
        return Strip(segments).crop_extend(0, width, style)

    def render_lines_cached(self) -> int:  # for the benchmark
        return len(self._cache)


def _fit(s: str, width: int) -> str:
    """``s`` padded or cut (with an ellipsis) to ``width`` terminal cells."""
    if width <= 0:
        return ""
    if cell_len(s) <= width:
        return set_cell_size(s, width)
    return set_cell_size(s, width - 1) + "…"

