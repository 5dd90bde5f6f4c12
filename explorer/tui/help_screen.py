"""Keys at a glance (``?`` or F1)."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

KEYS: list[tuple[str, str]] = [
    ("j / k, ↓ / ↑", "next / previous event"),
    ("g / G, Home / End", "first / last event"),
    ("PgUp / PgDn", "page up / down"),
    ("[ / ]", "previous / next period (year, or month when zoomed)"),
    ("z", "zoom the time strip: years ⇄ months"),
    ("enter", "open the source document at the sentence (esc returns)"),
    ("space", "mark the event (in a facet: toggle the item)"),
    ("/", "search as you type; enter keeps it, esc clears"),
    ("n / N", "next / previous search match"),
    ("a / t", "actors / themes facet (esc back to the timeline)"),
    ("x or !", "in a facet: exclude the item (inverse filter)"),
    ("A", "actors: any-of ⇄ all-of"),
    ("f", "show / hide the facets panel"),
    ("c", "clear all filters"),
    ("e", "export: json, jsonl, csv, md, timelinejs; the filter or the marked events"),
    ("y", "copy the event (OSC 52; also saved to a file)"),
    ("ctrl+p", "command palette: filter by actor / theme / text, jump to date, export"),
    ("? / F1", "this help"),
    ("q", "quit"),
]


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark,f1", "dismiss", "Close", id="help.close"),
    ]

    def compose(self) -> ComposeResult:
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold")
        table.add_column()
        for key, what in KEYS:
            table.add_row(key, what)
        with VerticalScroll(id="help-box"):
            yield Static(Text("Timeline Explorer — keys", style="bold"), id="help-title")
            yield Static(table)
            yield Static(Text("Mouse: click an event, a histogram bar or a facet item. "
                              "Esc closes.", style="dim"))

    async def action_dismiss(self, result: None = None) -> None:
        self.dismiss(result)
