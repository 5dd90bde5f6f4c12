"""Actor and theme facets: items with counts for the current filter, toggled in place."""

from __future__ import annotations

from typing import ClassVar

from rich.cells import cell_len, set_cell_size
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from explorer.tui.text import clean

MAX_ITEMS = 300  # a soft display cap; active items are always listed


class FacetList(OptionList):
    """One facet. ``space``/``enter``/click toggle an item, ``x`` excludes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("space", "toggle_item", "Toggle", id="facet.toggle"),
        Binding("x,exclamation_mark", "exclude", "Exclude", id="facet.exclude"),
        Binding("j", "cursor_down", "Down", show=False, id="facet.down"),
        Binding("k", "cursor_up", "Up", show=False, id="facet.up"),
    ]

    class Toggled(Message):
        def __init__(self, kind: str, key: str, exclude: bool) -> None:
            super().__init__()
            self.kind = kind
            self.key = key
            self.exclude = exclude

    def __init__(self, kind: str, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self.kind = kind
        self.keys: list[str] = []
        self._last: tuple[list[tuple[str, str, int]], set[str], set[str]] | None = None
        self._width = 0

    def on_resize(self) -> None:
        width = self.scrollable_content_region.width
        if self._last is not None and width != self._width:
            self.show_items(*self._last)

    def show_items(self, items: list[tuple[str, str, int]], on: set[str], off: set[str]) -> None:
        """``items`` are (key, label, count); ``on``/``off`` the included/excluded keys."""
        self._last = (items, on, off)
        shown = {k for k, _, _ in items[:MAX_ITEMS]}
        listed = items[:MAX_ITEMS] + [(k, k, 0) for k in sorted((on | off) - shown)]
        keep = self.keys[self.highlighted] if self.highlighted is not None and self.keys else None
        self._width = self.scrollable_content_region.width
        width = max(self._width - 9, 8)
        options = []
        for key, label, count in listed:
            mark = "✓ " if key in on else ("✗ " if key in off else "  ")
            name = clean(label)
            name = set_cell_size(name, width) if cell_len(name) <= width else (
                set_cell_size(name, width - 1) + "…")
            t = Text(no_wrap=True)
            t.append(mark, "bold green" if key in on else ("bold red" if key in off else ""))
            t.append(name, "strike" if key in off else "")
            t.append(f" {count:>6,}", "dim")
            options.append(Option(t))
        self.keys = [k for k, _, _ in listed]
        self.set_options(options)
        if self.keys:
            self.highlighted = self.keys.index(keep) if keep in self.keys else 0

    def _post(self, exclude: bool) -> None:
        if self.highlighted is not None and self.highlighted < len(self.keys):
            self.post_message(self.Toggled(self.kind, self.keys[self.highlighted], exclude))

    def action_toggle_item(self) -> None:
        self._post(False)

    def action_exclude(self) -> None:
        self._post(True)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._post(False)


class FacetsPanel(Vertical):
    """Actors above, themes below."""

    def compose(self) -> ComposeResult:
        yield Label("Actors", classes="facet-title", id="actors-title")
        yield FacetList("actor", id="actors")
        yield Label("Themes", classes="facet-title", id="themes-title")
        yield FacetList("theme", id="themes")
