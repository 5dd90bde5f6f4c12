"""Untrusted document text is shown literally and can trigger nothing."""

from __future__ import annotations

from datetime import date

from textual.widgets import Static
from tui_screen import screen_text

from explorer.events.event import ActorRef, DocInfo, Event, TimexRef, When
from explorer.model import Timeline
from explorer.tui.app import TimelineApp
from explorer.tui.source_screen import SourceScreen
from explorer.tui.text import clean

NASTY = [
    "[bold]x[/bold]",
    "[@click=app.quit]x[/]",
    "[link=http://e]x[/link]",
    "\x1b[31mred\x1b[0m",
    "bell\x07",
]


def nasty_timeline() -> Timeline:
    body = " ".join(NASTY) + " In 2020 it happened [@click=app.quit]click me[/]."
    doc = DocInfo("evil", "evil/[@click=app.quit]p[/].md", "[@click=app.quit]T[/] \x1b[2J title",
                  "[b]src[/b]", date(2021, 1, 1), "inferred", body)
    when_at = body.index("2020")
    events = []
    for i, bad in enumerate(NASTY):
        events.append(Event(
            f"e{i}", "evil", f"title {bad}", body, (0, len(body)),
            When("2020", date(2020, 1, 1), date(2020, 12, 31), "year",
                 timex=TimexRef("2020", when_at, when_at + 4)),
            (ActorRef(f"a{i}", f"actor {bad}", "person"),), (f"theme {bad}",), i))
    return Timeline(events, [doc])


def test_clean_makes_controls_visible_and_keeps_unicode() -> None:
    assert clean("a\x1b[31mb\x07c\x7fd\x9be") == "a␛[31mb␇c␡d\ufffde"
    assert clean("Goïta’s — 日本\u202eabc") == "Goïta’s — 日本\ufffdabc"
    assert clean("two\nlines\tx") == "two lines x"
    assert clean("two\nlines", one_line=False) == "two\nlines"


async def test_markup_and_escapes_in_documents_are_inert() -> None:
    app = TimelineApp(lambda progress: nasty_timeline())
    async with app.run_test(size=(160, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        text = screen_text(app)
        assert "[bold]x[/bold]" in text
        assert "[@click=app.quit]x[/]" in text
        assert "\x1b" not in text and "\x07" not in text
        assert "␛[31mred␛[0m" in text
        # click every row, every line of the detail pane, open every source
        for row in range(0, 7):
            await pilot.click("#timeline", offset=(30, row))
            await pilot.pause()
            assert app.is_running
        for y in range(0, 8):
            await pilot.click("#detail", offset=(10, y))
            await pilot.click("#detail", offset=(40, y))
        assert app.is_running
        detail = screen_text(app)
        assert "[@click=app.quit]T[/] ␛[2J title" in detail  # the document title
        assert "inferred" in detail
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, SourceScreen)
        source = screen_text(app)
        assert "[@click=app.quit]click me[/]" in source and "\x1b" not in source
        for y in range(0, 6):
            await pilot.click("#source-body", offset=(5, y))
            await pilot.click("#source-title", offset=(3, 0))
        assert app.is_running and isinstance(app.screen, SourceScreen)
        await pilot.press("escape")
        # the palette lists actors by name: as text, not markup
        await pilot.press("ctrl+p", *"actor")
        await pilot.pause(0.5)
        assert "[@click=app.quit]x[/]" in screen_text(app)
        await pilot.press("escape")
        # facets
        await pilot.click("#actors", offset=(5, 1))
        await pilot.pause()
        assert app.is_running
        assert "[link=http://e]x[/link]" in screen_text(app)
        statics = [w for w in app.query(Static)]
        assert statics  # the header and detail are Statics fed with Text, never markup
