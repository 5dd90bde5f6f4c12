"""Pilot tests: every key of the TUI changes what it should."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.command import CommandPalette
from textual.widgets import Input
from tui_events import many_events, sample_timeline
from tui_screen import screen_text

from explorer.model import Query, Timeline
from explorer.tui.app import TimelineApp
from explorer.tui.export_screen import ExportScreen
from explorer.tui.facets import FacetList
from explorer.tui.help_screen import HelpScreen
from explorer.tui.source_screen import SourceScreen
from explorer.tui.time_strip import TimeStrip

SIZE = (120, 36)


def make(tl_factory=sample_timeline, **kw) -> TimelineApp:  # type: ignore[no-untyped-def]
    return TimelineApp(lambda progress: tl_factory(), **kw)


async def ready(pilot) -> None:  # type: ignore[no-untyped-def]
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def current_id(app: TimelineApp) -> str:
    return app.timeline.events[app.view.current_index].id


async def test_loads_in_a_worker_and_paints() -> None:
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert len(app.selection) == 9
        assert app.view.has_focus
        text = screen_text(app)
        assert "earlier wave of refugees" in text and "~2013" in text and "2019→" in text
        assert "── 2024 " in text and "undated" in text
        assert not app.query_one("#progress").display


async def test_j_k_arrows_move_the_cursor() -> None:
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert app.view.cursor == 0
        await pilot.press("j", "j")
        assert app.view.cursor == 2 and current_id(app) == "d1:fled"
        await pilot.press("down")
        assert app.view.cursor == 3
        await pilot.press("k")
        assert app.view.cursor == 2
        await pilot.press("up", "up", "up")  # stops at the top
        assert app.view.cursor == 0
        # the detail pane follows the cursor
        await pilot.press("j", "j")
        assert "relative to the publication date 2024-04-15" in screen_text(app)


async def test_g_G_home_end_and_paging() -> None:
    app = make(many_events)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("G")
        assert app.view.cursor == 119
        await pilot.press("g")
        assert app.view.cursor == 0
        await pilot.press("end")
        assert app.view.cursor == 119
        await pilot.press("home")
        assert app.view.cursor == 0
        await pilot.press("pagedown")
        page = app.view.cursor
        assert page > 5
        await pilot.press("pagedown")
        assert app.view.cursor == 2 * page
        await pilot.press("pageup")
        assert app.view.cursor == page
        assert app.view.scroll_y > 0  # the view followed the cursor


async def test_slash_searches_as_you_type_and_n_N_step_through_matches() -> None:
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("slash")
        box = app.query_one("#search", Input)
        assert box.has_focus and box.display
        await pilot.press("c", "h", "a")
        await pilot.pause()
        assert app.search_text == "cha"
        assert [app.timeline.events[i].id for i in app.matches] == [
            "d1:convoys", "d2:closed", "d2:reopened"]
        assert current_id(app) == "d1:convoys"  # jumped to the first match
        assert len(app.selection) == 9  # a search finds, it does not filter
        await pilot.press("enter")
        assert app.view.has_focus and not box.display
        await pilot.press("n")
        assert current_id(app) == "d2:closed"
        await pilot.press("n", "n")  # wraps around
        assert current_id(app) == "d1:convoys"
        await pilot.press("N")
        assert current_id(app) == "d2:reopened"
        await pilot.press("slash", "escape")
        assert app.search_text == "" and not app.matches


async def test_a_facet_space_toggles_any_of_then_A_all_of_and_x_excludes() -> None:
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("a")
        actors = app.query_one("#actors", FacetList)
        assert actors.has_focus
        assert actors.keys[0] == "chad"
        await pilot.press("space")
        assert app.query_state.actors == {"chad"}
        assert len(app.selection) == 3
        assert "actor: Chad" in screen_text(app)  # chip in the header
        # any-of: the other actors still list with their own counts
        assert "un" in actors.keys
        actors.highlighted = actors.keys.index("un")
        await pilot.press("enter")
        assert app.query_state.actors == {"chad", "un"}
        assert len(app.selection) == 5
        await pilot.press("A")
        assert app.query_state.actors_all and len(app.selection) == 0
        await pilot.press("A")
        assert not app.query_state.actors_all and len(app.selection) == 5
        await pilot.press("space")  # un off again
        assert app.query_state.actors == {"chad"}
        actors.highlighted = actors.keys.index("chad")
        await pilot.press("x")  # exclude chad (and no longer include it)
        assert app.query_state.exclude_actors == {"chad"} and not app.query_state.actors
        assert len(app.selection) == 6
        assert "not: Chad" in screen_text(app)
        await pilot.press("escape")
        assert app.view.has_focus


async def test_t_themes_facet_and_c_clears() -> None:
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("t")
        themes = app.query_one("#themes", FacetList)
        assert themes.has_focus
        themes.highlighted = themes.keys.index("migration")
        await pilot.press("space")
        assert app.query_state.themes == {"migration"} and len(app.selection) == 3
        await pilot.press("escape", "c")
        assert app.query_state == Query() and len(app.selection) == 9


async def test_space_marks_events_on_the_timeline() -> None:
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("space", "j", "space", "j")
        assert app.view.marks == {"d2:refugees", "d1:led"}
        await pilot.press("k", "space")
        assert app.view.marks == {"d2:refugees"}
        assert "1 marked" in screen_text(app)


async def test_brackets_jump_between_periods_and_z_zooms() -> None:
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("right_square_bracket")
        assert current_id(app) == "d1:led"  # 2013 -> 2019
        await pilot.press("right_square_bracket")
        assert current_id(app) == "d1:fled"  # first of 2023
        await pilot.press("right_square_bracket")
        assert current_id(app) == "d1:convoys"  # first of 2024
        await pilot.press("left_square_bracket")
        assert current_id(app) == "d1:fled"
        await pilot.press("z")
        assert app.zoomed
        strip = app.query_one(TimeStrip)
        assert strip.counts[0] == ((2013, 1), 1)
        await pilot.press("right_square_bracket")  # 2023-01 -> 2023-04
        assert current_id(app) == "d1:war"


async def test_enter_opens_the_source_and_escape_returns() -> None:
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("j", "j", "j")  # the war began in April 2023
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, SourceScreen)
        text = screen_text(app)
        assert "The war between the Sudanese Armed Forces" in text
        assert "Fighting in Khartoum enters second year" in text
        spans = app.screen.body.spans
        lit = {app.screen.body.plain[s.start:s.end] for s in spans}
        assert {"April 2023", "Last year", "2019", "early 2024"} <= lit  # every dated expression
        await pilot.press("escape")
        assert not isinstance(app.screen, SourceScreen)
        assert app.view.has_focus


async def test_source_without_text_shows_the_sentences() -> None:
    app = make(many_events)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, SourceScreen)
        assert "text not kept" in screen_text(app)
        assert "thing 0." in app.screen.body.plain


async def test_question_mark_and_f1_open_help() -> None:
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        assert "command palette" in screen_text(app)
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("f1")
        assert not isinstance(app.screen, HelpScreen)


async def test_y_copies_the_event(tmp_path: Path) -> None:
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("j", "y")
        assert app.clipboard.startswith("2019→ — Burhan has led the army\n")
        assert "Source: Fighting in Khartoum enters second year (2024-04-15)" in app.clipboard
        import tempfile

        saved = Path(tempfile.gettempdir()) / "timeline-explorer-copy.txt"
        assert saved.read_text(encoding="utf-8").strip() == app.clipboard


@pytest.mark.parametrize("fmt", ["csv", "json"])
async def test_e_exports_the_filter(tmp_path: Path, fmt: str) -> None:
    app = make()
    target = tmp_path / f"out.{fmt}"
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("a", "space", "escape")  # filter: Chad (3 events)
        await pilot.press("e")
        assert isinstance(app.screen, ExportScreen)
        if fmt == "csv":
            await pilot.click("#fmt-csv")
        app.screen.query_one("#export-path", Input).value = str(target)
        await pilot.click("#export-ok")
        await ready(pilot)
        assert not isinstance(app.screen, ExportScreen)
    text = target.read_text(encoding="utf-8-sig")
    if fmt == "csv":
        import csv

        rows = list(csv.DictReader(text.splitlines()))
        assert len(rows) == 3
    else:
        import json

        assert [e["id"] for e in json.loads(text)["events"]] == [
            "d1:convoys", "d2:closed", "d2:reopened"]


async def test_e_exports_marked_events(tmp_path: Path) -> None:
    import json

    app = make()
    target = tmp_path / "marked.json"
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("space", "G", "space", "e")
        await pilot.click("#scope-marked")
        app.screen.query_one("#export-path", Input).value = str(target)
        await pilot.press("enter")  # from the radio set: focus the path and submit
        app.screen.query_one("#export-path", Input).focus()
        await pilot.press("enter")
        await ready(pilot)
    assert [e["id"] for e in json.loads(target.read_text())["events"]] == [
        "d2:refugees", "d2:welcomed"]


async def test_export_escape_cancels_and_failure_is_reported(tmp_path: Path) -> None:
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("e", "escape")
        assert not isinstance(app.screen, ExportScreen)
        await pilot.press("e")
        app.screen.query_one("#export-path", Input).value = str(tmp_path / "no" / "dir" / "x.json")
        await pilot.click("#export-ok")
        await ready(pilot)
        assert app.is_running
        assert any("Export failed" in (n.title or "") for n in app._notifications)


async def test_ctrl_p_palette_filters_by_actor_and_jumps_to_date() -> None:
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("ctrl+p")
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"filter by actor: chad")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await ready(pilot)
        assert app.query_state.actors == {"chad"}
        await pilot.press("c", "ctrl+p")
        await pilot.press(*"2024-02")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert current_id(app) == "d2:closed"


async def test_q_quits() -> None:
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("q")
        await pilot.pause()
        assert app._exit or not app.is_running
    assert app.return_code == 0


async def test_mouse_row_bar_and_facet_clicks() -> None:
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        # rows: 0 sep 2013, 1 event, 2 sep 2019, 3 event, 4 sep 2023, 5 fled, 6 war
        await pilot.click("#timeline", offset=(20, 6))
        assert current_id(app) == "d1:war"
        strip = app.query_one(TimeStrip)
        x = strip._col_w * next(i for i, col in enumerate(strip._columns) if 2019 in col)
        await pilot.click("#strip", offset=(x + 1, 1))
        assert current_id(app) == "d1:led"
        await pilot.click("#themes", offset=(5, 0))
        await pilot.pause()
        assert len(app.query_state.themes) == 1
        assert len(app.selection) == 3


async def test_narrow_80x24_hides_facets_until_asked() -> None:
    app = make()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        assert app.screen.has_class("narrow")
        assert not app.query_one("#facets").display
        assert "earlier wave of refugees" in screen_text(app)
        await pilot.press("a")
        assert app.query_one("#facets").display
        assert app.query_one("#actors", FacetList).has_focus
        await pilot.press("escape")
        assert not app.query_one("#facets").display and app.view.has_focus


async def test_f_toggles_facets_on_wide_screens() -> None:
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert app.query_one("#facets").display
        await pilot.press("f")
        assert not app.query_one("#facets").display
        await pilot.press("f")
        assert app.query_one("#facets").display


async def test_startup_query_and_query_function() -> None:
    app = make(query=Query(themes=frozenset({"military"})))
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert len(app.selection) == 3
        assert "theme: military" in screen_text(app)

    def by_name(tl: Timeline) -> Query:
        return Query(actors=frozenset(tl.resolve_actor("united nations")))

    app = make(query=by_name)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert app.query_state.actors == {"un"} and len(app.selection) == 2


async def test_streamed_loading_paints_then_grows() -> None:
    tl = many_events(120)
    ordered = [tl.events[i] for i in range(len(tl))]
    docs = list(tl.documents.values())

    def stream(progress):  # type: ignore[no-untyped-def]
        for k in range(0, 120, 25):
            progress(k, 120)
            yield (docs if k == 0 else []), ordered[k:k + 25]

    app = TimelineApp(stream=stream)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.pause(0.3)
        assert len(app.timeline) == 120 and len(app.selection) == 120
        assert not app.loading
        assert app.first_paint is not None


async def test_a_failing_loader_is_reported_and_the_app_stays_up() -> None:
    def boom(progress):  # type: ignore[no-untyped-def]
        raise ValueError("corpus/x.md: cannot decode")

    app = TimelineApp(boom)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert app.is_running and app.load_error and "cannot decode" in app.load_error
        assert "load failed" in screen_text(app)


async def test_keys_typed_right_after_slash_reach_the_search_box() -> None:
    from textual import events

    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        for key, char in [("slash", "/"), ("c", "c"), ("h", "h"), ("a", "a")]:
            app.post_message(events.Key(key, char))  # a burst, as a fast typist or a paste
        await pilot.pause(0.2)
        assert app.query_one("#search", Input).value == "cha"
        assert app.query_state == Query()  # "c" did not clear, "a" did not open the facet
        await pilot.press("slash")
        assert app.query_one("#search", Input).value == "cha/"


async def test_streamed_query_names_resolve_once_they_are_loaded() -> None:
    tl = many_events(120)
    ordered = [tl.events[i] for i in range(len(tl))]
    docs = list(tl.documents.values())

    def stream(progress):  # type: ignore[no-untyped-def]
        yield docs, ordered[:1]  # event 0 has Chad; the UN appears only later
        yield [], ordered[1:]

    def by_name(t: Timeline) -> Query:
        found = t.resolve_actor("united nations")
        if not found:
            raise ValueError("--actor 'united nations': no such actor")
        return Query(actors=frozenset(found))

    app = TimelineApp(stream=stream, query=by_name)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.pause(0.3)
        assert app.query_state.actors == {"un"}
        assert len(app.selection) == 80
