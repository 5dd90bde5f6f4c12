"""The selected event in full: sentence with highlights, how it was dated, its source."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from explorer.events.event import DocInfo, Event
from explorer.tui.highlight import actor_spans, timex_span
from explorer.tui.text import clean, date_label, how_dated, interval_words

TIMEX_STYLE = "bold reverse"
ACTOR_STYLE = "underline bold"


def sentence_text(ev: Event) -> Text:
    """The sentence, cleaned, with its time expression and actor mentions styled."""
    t = Text(clean(ev.sentence))
    for a, b in actor_spans(ev.sentence, ev.actors):
        t.stylize(ACTOR_STYLE, a, b)
    span = timex_span(ev)
    if span:
        t.stylize(TIMEX_STYLE, *span)
    return t


def describe(ev: Event, doc: DocInfo | None) -> Text:
    out = Text()
    out.append(date_label(ev.when), "bold")
    iv = interval_words(ev.when)
    if iv:
        out.append(f"  ({iv})", "dim")
    out.append("  ")
    out.append(clean(ev.title), "bold")
    out.append("\n")
    out.append_text(sentence_text(ev))
    out.append("\n")
    out.append("When    ", "dim")
    out.append(how_dated(ev, doc))
    out.append("\n")
    out.append("Actors  ", "dim")
    out.append(", ".join(f"{clean(a.name)} ({clean(a.type)})" for a in ev.actors) or "—")
    out.append("\n")
    out.append("Themes  ", "dim")
    out.append(", ".join(clean(t) for t in ev.themes) or "—")
    out.append("\n")
    out.append("Source  ", "dim")
    if doc is None:
        out.append(clean(ev.doc))
    else:
        out.append(clean(doc.title) or "(untitled)", "italic")
        out.append(f" — {clean(doc.path)}")
        if doc.source:
            out.append(f" — {clean(doc.source)}")
        if doc.published:
            out.append(f" — published {doc.published.isoformat()}")
            if doc.published_from == "inferred":
                out.append(" (inferred)", "italic")
    return out


class DetailPane(VerticalScroll, can_focus=False):
    """Shows :func:`describe` of the event under the cursor."""

    def compose(self) -> ComposeResult:
        yield Static(Text("No event selected.", style="dim"), id="detail-body")

    def show(self, ev: Event | None, doc: DocInfo | None) -> None:
        body = self.query_one("#detail-body", Static)
        body.update(describe(ev, doc) if ev else Text("No event selected.", style="dim"))
        self.scroll_home(animate=False)
