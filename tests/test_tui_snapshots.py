"""SVG snapshots of the main screen, help, source view and export dialog (100x30)."""

from __future__ import annotations

from textual.pilot import Pilot
from textual.widgets import Input
from tui_events import sample_timeline

from explorer.tui.app import TimelineApp

SIZE = (100, 30)


def app() -> TimelineApp:
    return TimelineApp(lambda progress: sample_timeline(), title="sample")


async def settle(pilot: Pilot[None]) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    for box in pilot.app.screen.query(Input):
        box.cursor_blink = False


def test_main_screen(snap_compare) -> None:  # type: ignore[no-untyped-def]
    async def before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("j", "j")
        await settle(pilot)

    assert snap_compare(app(), terminal_size=SIZE, run_before=before)


def test_help_screen(snap_compare) -> None:  # type: ignore[no-untyped-def]
    async def before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)

    assert snap_compare(app(), terminal_size=SIZE, run_before=before)


def test_source_screen(snap_compare) -> None:  # type: ignore[no-untyped-def]
    async def before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("j", "j", "j", "enter")
        await settle(pilot)

    assert snap_compare(app(), terminal_size=SIZE, run_before=before)


def test_export_dialog(snap_compare) -> None:  # type: ignore[no-untyped-def]
    async def before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("space", "e")
        await settle(pilot)

    assert snap_compare(app(), terminal_size=SIZE, run_before=before)


def seed_app() -> TimelineApp:
    """The bundled seed as the pipeline saw it when this file was frozen (an exported JSON
    timeline), so that the snapshot moves only when the TUI does."""
    from pathlib import Path

    from explorer.model import Timeline
    from explorer.timeline_file import load_timeline_file

    path = Path(__file__).with_name("tui_seed_timeline.json")

    def load(progress):  # type: ignore[no-untyped-def]
        docs, events = load_timeline_file(path)
        return Timeline(events, docs)

    return TimelineApp(load, title="seeds")


def test_seed_main_screen(snap_compare) -> None:  # type: ignore[no-untyped-def]
    async def before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("j", "j", "j")
        await settle(pilot)

    assert snap_compare(seed_app(), terminal_size=(120, 35), run_before=before)
