"""An exported JSONL timeline opens streamed in the TUI, in the same order as built."""

from __future__ import annotations

from pathlib import Path

from tui_events import sample_timeline

from explorer.tui.app import TimelineApp
from explorer.tui.stream import timeline_file_batches


async def test_exported_jsonl_opens_streamed(tmp_path: Path) -> None:
    from explorer.export import write_export

    tl = sample_timeline()
    path = tmp_path / "t.jsonl"
    write_export([tl.events[i] for i in range(len(tl))], list(tl.documents.values()), "jsonl",
                 path)
    seen: list[tuple[int, int]] = []
    batches = timeline_file_batches(path, batch_size=4)
    assert [len(events) for _, events in batches(lambda d, t: seen.append((d, t)))] == [4, 4, 1]
    assert seen[-1][0] == seen[-1][1] == path.stat().st_size

    app = TimelineApp(stream=timeline_file_batches(path, batch_size=4))
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause(0.3)
        assert not app.loading
        got = [app.timeline.events[i].id for i in app.selection]
        assert got == [tl.events[i].id for i in range(len(tl))]
        assert app.timeline.documents["d2"].published_from == "inferred"
