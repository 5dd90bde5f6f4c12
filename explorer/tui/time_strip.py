"""A histogram of the current selection per year (or month when zoomed).

Each column is one period (or a bucket of periods when there are more than columns); the
cursor's period is drawn reversed. Clicking a column asks the app to jump there.
"""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.message import Message
from textual.widget import Widget

BLOCKS = " ▁▂▃▄▅▆▇█"

Period = int | tuple[int, int]


class TimeStrip(Widget):
    """Events per period; ``counts`` are (period, count), ascending, gaps allowed."""

    DEFAULT_CSS = """
    TimeStrip { height: 3; padding: 0 1; }
    """

    class Jump(Message):
        def __init__(self, period: Period) -> None:
            super().__init__()
            self.period = period

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.counts: list[tuple[Period, int]] = []
        self.current: Period | None = None
        self.zoomed = False
        self._columns: list[list[Period]] = []
        self._col_w = 1

    def update_counts(self, counts: list[tuple[Period, int]], zoomed: bool) -> None:
        self.counts = counts
        self.zoomed = zoomed
        self.refresh()

    def set_current(self, period: Period | None) -> None:
        if period != self.current:
            self.current = period
            self.refresh()

    def _all_periods(self) -> list[tuple[Period, int]]:
        """Fill the gaps so that empty years show as empty columns."""
        if not self.counts:
            return []
        have = dict(self.counts)
        out: list[tuple[Period, int]] = []
        first, last = self.counts[0][0], self.counts[-1][0]
        if isinstance(first, tuple) and isinstance(last, tuple):
            y, m = first
            while (y, m) <= last:
                out.append(((y, m), have.get((y, m), 0)))
                y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        elif isinstance(first, int) and isinstance(last, int):
            out = [(y, have.get(y, 0)) for y in range(first, last + 1)]
        return out

    def render(self) -> Text:
        width = max(self.content_region.width, 1)
        periods = self._all_periods()
        if not periods:
            self._columns = []
            return Text("no dated events", style="dim")
        per_col = -(-len(periods) // width)
        cols: list[list[tuple[Period, int]]] = [periods[i:i + per_col]
                                                for i in range(0, len(periods), per_col)]
        # few periods: wider bars (with a gap) so that a short story still reads well
        self._col_w = col_w = max(1, min(6, width // len(cols)))
        self._columns = [[p for p, _ in c] for c in cols]
        totals = [sum(c for _, c in col) for col in cols]
        top = max(totals) or 1
        bars_hi = Text(no_wrap=True)
        bars_lo = Text(no_wrap=True)
        for col, total in zip(self._columns, totals, strict=True):
            level = 0 if total == 0 else max(1, round(16 * total / top))
            hi, lo = max(level - 8, 0), min(level, 8)
            style = "reverse bold" if self.current in col else ""
            bar_w = col_w - 1 if col_w > 2 else col_w
            bars_hi.append(BLOCKS[hi] * bar_w, style)
            bars_lo.append((BLOCKS[lo] if total else "·") * bar_w, style)
            if bar_w < col_w:
                bars_hi.append(" ")
                bars_lo.append(" ")
        cells = len(cols) * col_w
        labels = [" "] * cells
        step = 6 if self.zoomed else 5
        x = 0
        while x < cells:
            label = _label(self._columns[x // col_w][0])
            if x + len(label) > cells:
                break
            labels[x:x + len(label)] = list(label)
            gap = len(label) + max(step - len(label), 1)
            x = -(-(x + gap) // col_w) * col_w  # next column start after the label
        out = Text(no_wrap=True, overflow="crop")
        out.append_text(bars_hi)
        out.append("\n")
        out.append_text(bars_lo)
        out.append("\n")
        out.append("".join(labels), "dim")
        return out

    def period_at(self, x: int) -> Period | None:
        x = (x - self.styles.padding.left) // max(self._col_w, 1)
        if 0 <= x < len(self._columns):
            return self._columns[x][0]
        return None

    def on_click(self, event: events.Click) -> None:
        period = self.period_at(event.x)
        if period is not None:
            self.post_message(self.Jump(period))


def _label(p: Period) -> str:
    return f"{p[0]}-{p[1]:02d}" if isinstance(p, tuple) else str(p)
