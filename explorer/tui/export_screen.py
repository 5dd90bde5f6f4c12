"""The export dialog: format, scope (the current filter or the marked events), file."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, RadioButton, RadioSet

FORMATS = ("json", "jsonl", "csv", "md", "timelinejs")
EXTENSIONS = {"json": "json", "jsonl": "jsonl", "csv": "csv", "md": "md",
              "timelinejs": "timelinejs.json"}


@dataclass(frozen=True, slots=True)
class ExportRequest:
    fmt: str
    scope: str  # "filter" | "marked"
    path: str


class ExportScreen(ModalScreen[ExportRequest | None]):
    """Returns an :class:`ExportRequest`, or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="export.cancel"),
    ]

    def __init__(self, n_filter: int, n_marked: int, stem: str = "timeline") -> None:
        super().__init__()
        self.n_filter = n_filter
        self.n_marked = n_marked
        self.stem = stem

    def compose(self) -> ComposeResult:
        with Vertical(id="export-box"):
            yield Label("Export", id="export-title")
            with Horizontal(id="export-choices"):
                with RadioSet(id="export-format"):
                    for i, fmt in enumerate(FORMATS):
                        yield RadioButton(fmt, value=i == 0, id=f"fmt-{fmt}")
                with RadioSet(id="export-scope"):
                    yield RadioButton(f"current filter ({self.n_filter:,})", value=True,
                                      id="scope-filter")
                    yield RadioButton(f"marked events ({self.n_marked:,})",
                                      value=False, id="scope-marked",
                                      disabled=self.n_marked == 0)
            yield Input(f"{self.stem}.json", id="export-path", placeholder="file name")
            with Horizontal(id="export-buttons"):
                yield Button("Export", variant="primary", id="export-ok")
                yield Button("Cancel", id="export-cancel")

    def on_mount(self) -> None:
        self.query_one("#export-format", RadioSet).focus()

    @property
    def fmt(self) -> str:
        pressed = self.query_one("#export-format", RadioSet).pressed_button
        return str(pressed.label) if pressed else "json"

    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        if event.radio_set.id == "export-format":
            path = self.query_one("#export-path", Input)
            stem = path.value.split(".")[0] or self.stem
            path.value = f"{stem}.{EXTENSIONS[self.fmt]}"

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "export-ok":
            self.submit()
        else:
            self.dismiss(None)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.submit()

    def submit(self) -> None:
        scope_btn = self.query_one("#export-scope", RadioSet).pressed_button
        scope = "marked" if scope_btn is not None and scope_btn.id == "scope-marked" else "filter"
        path = self.query_one("#export-path", Input).value.strip()
        if not path:
            self.notify("Give a file name.", severity="warning")
            return
        self.dismiss(ExportRequest(self.fmt, scope, path))

    def action_cancel(self) -> None:
        self.dismiss(None)
