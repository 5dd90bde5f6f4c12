"""Display details: NO_COLOR, date labels, how a date was obtained, the source scroll."""

from __future__ import annotations

from datetime import date

import pytest
from tui_events import DOC1, DOC2, sample_events

from explorer.events.event import DocInfo, Event, TimexRef, When
from explorer.model import Timeline
from explorer.tui.app import TimelineApp
from explorer.tui.source_screen import SourceScreen
from explorer.tui.text import date_label, how_dated


@pytest.mark.parametrize(("when", "label"), [
    (When("2012", date(2012, 1, 1), date(2012, 12, 31), "year"), "2012"),
    (When("2020-08", date(2020, 8, 1), date(2020, 8, 31), "month"), "2020-08"),
    (When("2023-02-07", date(2023, 2, 7), date(2023, 2, 7), "day"), "2023-02-07"),
    (When("2013-Q1", date(2013, 1, 1), date(2013, 3, 31), "quarter"), "2013-Q1"),
    (When("2012", date(2012, 1, 1), date(2023, 2, 7), "year", ongoing=True), "2012→"),
    (When("2013", date(2013, 1, 1), date(2013, 12, 31), "year", mod="APPROX"), "~2013"),
    (When("2022-02", date(2022, 2, 1), date(2022, 2, 28), "month", mod="BEFORE"), "<2022-02"),
    (When("201", date(2010, 1, 1), date(2019, 12, 31), "decade"), "2010s"),
    (None, "undated"),
])
def test_date_label_keeps_the_precision(when: When | None, label: str) -> None:
    assert date_label(when) == label


def test_how_dated_in_words() -> None:
    by_id = {e.id: e for e in sample_events()}
    assert how_dated(by_id["d1:fled"], DOC1) == (
        "'Last year' → 2023, relative to the publication date 2024-04-15.")
    assert how_dated(by_id["d1:war"], DOC1) == "'April 2023' → 2023-04, stated explicitly."
    assert how_dated(by_id["d1:control"], DOC1).startswith(
        "present-tense news, anchored at the publication date 2024-04-15")
    assert how_dated(by_id["d1:led"], DOC1) == (
        "'2019' → from 2019, stated explicitly; still ongoing.")
    inferred = how_dated(by_id["d1:fled"], DOC2)
    assert "2024-08-20 (inferred)" in inferred
    assert how_dated(by_id["d2:welcomed"], DOC2).startswith("No date")


async def test_no_color_is_honoured(monkeypatch: pytest.MonkeyPatch) -> None:
    from textual.filter import Monochrome, NoColor

    monkeypatch.setenv("NO_COLOR", "1")
    app = TimelineApp(lambda p: Timeline(sample_events(), [DOC1, DOC2]))
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.no_color
        assert any(isinstance(f, (Monochrome, NoColor)) for f in app._filters)


async def test_source_view_scrolls_to_a_late_sentence() -> None:
    lines = [f"Line {i} says nothing dated at all, just filler text for the reader." for i in
             range(200)]
    target = "At last, on 3 March 2021, the talks resumed."
    text = "\n".join(lines + [target] + lines[:20])
    start = text.index(target)
    at = start + target.index("3 March 2021")
    doc = DocInfo("long", "long.txt", "Long", None, date(2021, 4, 1), "front-matter", text)
    ev = Event("long:1", "long", "talks resumed", target, (start, start + len(target)),
               When("2021-03-03", date(2021, 3, 3), date(2021, 3, 3), "day",
                    timex=TimexRef("3 March 2021", at, at + 12)))
    app = TimelineApp(lambda p: Timeline([ev], [doc]))
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause(0.2)
        assert isinstance(app.screen, SourceScreen)
        scroll = app.screen.query_one("#source-scroll")
        assert 180 <= scroll.scroll_y <= 200
