"""The whole source document, scrolled to the event's sentence, dated expressions lit."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

from explorer.events.event import DocInfo, Event
from explorer.tui.detail import TIMEX_STYLE
from explorer.tui.highlight import timex_span
from explorer.tui.text import clean

SENTENCE_STYLE = "on #3a3a00"


def document_text(event: Event, doc: DocInfo | None,
                  doc_events: list[Event]) -> tuple[Text, int]:
    """The document (or, when its text was not kept, its events' sentences) with every
    dated expression highlighted; also the offset of ``event``'s sentence in it."""
    if doc is not None and doc.text is not None:
        raw = doc.text
        text = Text(clean(raw, one_line=False))
        if len(text.plain) != len(raw):  # CRLF folded: fall back to the sentences
            return _from_sentences(event, doc_events)
        for ev in doc_events:
            t = ev.when.timex if ev.when else None
            if t and raw[t.start:t.end] == t.text:
                text.stylize(TIMEX_STYLE, t.start, t.end)
        a, b = event.offsets
        if raw[a:b] != event.sentence:
            found = raw.find(event.sentence)
            a, b = (found, found + len(event.sentence)) if found >= 0 else (0, 0)
        if b > a:
            text.stylize(SENTENCE_STYLE, a, b)
        return text, a
    return _from_sentences(event, doc_events)


def _from_sentences(event: Event, doc_events: list[Event]) -> tuple[Text, int]:
    text = Text()
    target = 0
    seen: dict[tuple[int, int], int] = {}
    for ev in sorted(doc_events, key=lambda e: (e.offsets, e.seq)):
        if ev.offsets not in seen:
            if text.plain:
                text.append("\n\n")
            seen[ev.offsets] = len(text.plain)
            text.append(clean(ev.sentence))
        base = seen[ev.offsets]
        span = timex_span(ev)
        if span:
            text.stylize(TIMEX_STYLE, base + span[0], base + span[1])
        if ev is event:
            target = base
            text.stylize(SENTENCE_STYLE, base, base + len(ev.sentence))
    return text, target


class SourceScreen(Screen[None]):
    """``esc`` returns to the timeline."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "app.pop_screen", "Back", id="source.back"),
        Binding("j", "scroll(1)", "Down", show=False, id="source.down"),
        Binding("k", "scroll(-1)", "Up", show=False, id="source.up"),
    ]

    def __init__(self, event: Event, doc: DocInfo | None, doc_events: list[Event]) -> None:
        super().__init__()
        self.event = event
        self.doc = doc
        self.body, self.target = document_text(event, doc, doc_events)

    def compose(self) -> ComposeResult:
        head = Text()
        head.append(clean(self.doc.title if self.doc else self.event.doc) or "(untitled)",
                    "bold")
        if self.doc:
            head.append(f"  {clean(self.doc.path)}", "dim")
            if self.doc.text is None:
                head.append("  (text not kept: showing the sentences of its events)",
                            "italic dim")
        yield Static(head, id="source-title")
        with VerticalScroll(id="source-scroll"):
            yield Static(self.body, id="source-body")
        yield Footer()

    def on_mount(self) -> None:
        self.call_after_refresh(self.scroll_to_sentence)

    def target_line(self, width: int) -> int:
        """The wrapped line holding the sentence at ``width`` columns."""
        before = self.body.plain[: self.target]
        lines = 0
        for para in before.split("\n")[:-1]:
            lines += max(1, len(Text(para).wrap(self.app.console, width)))
        last = before.split("\n")[-1]
        if last:
            lines += len(Text(last).wrap(self.app.console, width)) - 1
        return lines

    def scroll_to_sentence(self) -> None:
        scroll = self.query_one("#source-scroll", VerticalScroll)
        width = max(scroll.scrollable_content_region.width, 10)
        scroll.scroll_to(y=max(self.target_line(width) - 2, 0), animate=False)

    def action_scroll(self, delta: int) -> None:
        scroll = self.query_one("#source-scroll", VerticalScroll)
        scroll.scroll_to(y=scroll.scroll_y + delta, animate=False)
