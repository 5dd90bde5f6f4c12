"""TUI speed: first paint at 1k vs 1M events (an exported JSONL timeline opened directly,
streamed), facet toggle and search keystroke at 1M, memory, the built-in DataTable with
100k rows measured in the same run, and the seed from launch to first paint.

    /tmp/te/bin/python bench/tui_speed.py            # 1,000 vs 1,000,000 events
    /tmp/te/bin/python bench/tui_speed.py --n 100000 # quicker

Headless (Textual's Pilot, 120x40). Figures are wall-clock on this machine; nothing here is
a test. The synthetic JSONL files are cached in the temp dir.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

SIZE = (120, 40)
ROOT = Path(__file__).resolve().parents[1]


def rss_mb() -> float:
    return psutil.Process().memory_info().rss / 2**20


def synthetic_jsonl(n: int) -> Path:
    """An exported JSONL timeline of ``n`` synthetic events (cached)."""
    from explorer.export import write_export
    from explorer.synthetic import make_timeline

    path = Path(tempfile.gettempdir()) / "te-bench" / f"synthetic-{n}.jsonl"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        t = time.perf_counter()
        docs, events = make_timeline(n, seed=1)
        write_export(events, docs, "jsonl", path)
        print(f"  (wrote {path.name}: {path.stat().st_size / 2**20:.0f} MB in "
              f"{time.perf_counter() - t:.1f} s)", flush=True)
    return path


async def wait_until(pilot, cond, timeout: float = 600.0) -> None:  # type: ignore[no-untyped-def]
    end = time.perf_counter() + timeout
    while not cond():
        if time.perf_counter() > end:
            raise TimeoutError
        await pilot.pause(0.005)


async def painted(app) -> float:  # type: ignore[no-untyped-def]
    """Time at which the screen has been refreshed after what was just done."""
    done: list[float] = []
    app.call_after_refresh(lambda: done.append(time.perf_counter()))
    while not done:
        await asyncio.sleep(0.0005)
    return done[0]


async def timed(pilot, action) -> float:  # type: ignore[no-untyped-def]
    """Wall time of ``action`` plus the repaint it causes (Pilot's own overhead excluded)."""
    t = time.perf_counter()
    action()
    end = await painted(pilot.app)
    await pilot.pause()
    return end - t


async def keystroke(pilot, box, ch: str) -> float:  # type: ignore[no-untyped-def]
    """One character typed into the search box, until the timeline is repainted."""
    app = pilot.app
    want = box.value + ch
    t = time.perf_counter()
    box.insert_text_at_cursor(ch)  # what the key handler does
    while app.search_text != want:
        await asyncio.sleep(0.0005)
    end = await painted(app)
    await pilot.pause()
    return end - t


async def open_file(path: Path, interactive: bool) -> dict[str, float]:
    from explorer.tui.app import TimelineApp
    from explorer.tui.stream import timeline_file_batches

    out: dict[str, float] = {}
    rss0 = rss_mb()
    t0 = time.perf_counter()
    app = TimelineApp(stream=timeline_file_batches(path), title=path.name)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: app.first_paint is not None)
        out["first_paint"] = app.first_paint - t0  # type: ignore[operator]
        await wait_until(pilot, lambda: not app.loading and app.load_error is None)
        await app.workers.wait_for_complete()
        await pilot.pause()
        out["loaded"] = time.perf_counter() - t0
        out["events"] = len(app.timeline)
        out["rss_mb"] = rss_mb() - rss0
        if not interactive:
            return out
        tl = app.timeline
        top = tl.facets(range(len(tl))).actors
        toggles = []
        for actor, _ in top[:3]:
            toggles.append(await timed(pilot, lambda a=actor.id: app.toggle_facet("actor", a)))
            toggles.append(await timed(pilot, lambda a=actor.id: app.toggle_facet("actor", a)))
        out["toggle_ms"] = 1000 * statistics.median(toggles)
        out["toggle_max_ms"] = 1000 * max(toggles)
        theme = tl.facets(range(len(tl))).themes[0][0]
        out["theme_toggle_ms"] = 1000 * await timed(
            pilot, lambda: app.toggle_facet("theme", theme))
        await app.workers.wait_for_complete()
        out["facets_ms"] = 1000 * app.timings.get("facets", 0.0)
        await timed(pilot, lambda: app.toggle_facet("theme", theme))
        await app.workers.wait_for_complete()
        # search as you type: one keystroke at a time, each until repainted
        await pilot.press("slash")
        box = app.query_one("#search")
        word = tl.events[len(tl) // 2].title.split()[-1].lower()[:6]
        keys = []
        model = []
        for ch in word:
            keys.append(await keystroke(pilot, box, ch))
            model.append(app.timings.get("search", 0.0))
        t_typed = time.perf_counter()
        # matches are counted once typing pauses: wait for the count to land
        await wait_until(pilot, lambda: app.matches_for == app.search_text, 30)
        out["search_count_ms"] = 1000 * (time.perf_counter() - t_typed)
        await app.workers.wait_for_complete()
        await pilot.pause()
        out["search_word"] = len(word)
        out["search_key_ms"] = 1000 * statistics.median(keys)
        out["search_key_max_ms"] = 1000 * max(keys)
        out["search_model_max_ms"] = 1000 * max(model)
        out["search_matches"] = len(app.matches)
        # scrolling: a page down repaint
        await pilot.press("escape")
        pages = []
        for _ in range(5):
            pages.append(await timed(pilot, lambda: app.view.action_page(1)))
        moves = []
        for _ in range(10):
            moves.append(await timed(pilot, lambda: app.view.action_cursor(1)))
        out["move_ms"] = 1000 * statistics.median(moves)
        out["page_ms"] = 1000 * statistics.median(pages)
    return out


async def datatable(n: int) -> dict[str, float]:
    """The built-in DataTable, filled with ``n`` rows of the same shape, to first paint."""
    from textual.app import App, ComposeResult
    from textual.widgets import DataTable

    rows = [(f"20{i % 25:02d}-{i % 12 + 1:02d}", f"synthetic event number {i}",
             f"Actor {i % 200}", "military") for i in range(n)]
    painted: list[float] = []

    class Table(App[None]):
        def compose(self) -> ComposeResult:
            yield DataTable()

        def on_mount(self) -> None:
            table = self.query_one(DataTable)
            table.add_columns("date", "title", "actors", "themes")
            table.add_rows(rows)
            self.call_after_refresh(lambda: painted.append(time.perf_counter()))

    t0 = time.perf_counter()
    app = Table()
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: bool(painted))
    return {"first_paint": painted[0] - t0}


def seed_child() -> None:
    """Run in a fresh process: prints the clock when the seed timeline is first painted."""

    async def main() -> None:
        from explorer.cli.timeline_cmds import bundled_seeds
        from explorer.pipeline import build_timeline
        from explorer.tui.app import TimelineApp

        app = TimelineApp(lambda p: build_timeline([bundled_seeds()], None, p))
        async with app.run_test(size=SIZE) as pilot:
            await wait_until(pilot, lambda: app.first_paint is not None, 60)
            print(f"{time.time():.6f} {len(app.timeline)}")

    asyncio.run(main())


def seed_launch() -> tuple[float, int]:
    runs = []
    n = 0
    for _ in range(3):
        launched = time.time()
        res = subprocess.run([sys.executable, __file__, "--seed-child"], capture_output=True,
                             text=True, cwd=ROOT, check=True)
        at, n_s = res.stdout.split()
        runs.append(float(at) - launched)
        n = int(n_s)
    return statistics.median(runs), n


async def first_paint_only(path: Path) -> float:
    """Seconds from creating the app to its first painted timeline; then quit."""
    from explorer.tui.app import TimelineApp
    from explorer.tui.stream import timeline_file_batches

    t0 = time.perf_counter()
    app = TimelineApp(stream=timeline_file_batches(path), title=path.name)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: app.first_paint is not None)
        painted_at = app.first_paint
        app.exit()
    assert painted_at is not None
    return painted_at - t0


def first_paint_median(path: Path, runs: int = 7) -> float:
    return statistics.median(asyncio.run(first_paint_only(path)) for _ in range(runs))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1_000_000)
    ap.add_argument("--seed-child", action="store_true")
    args = ap.parse_args()
    if args.seed_child:
        seed_child()
        return
    print(f"Textual TUI speed, headless {SIZE[0]}x{SIZE[1]}, pid {os.getpid()}", flush=True)
    small_path, big_path = synthetic_jsonl(1_000), synthetic_jsonl(args.n)
    asyncio.run(open_file(small_path, False))  # warm imports and caches
    # First paints before anything big is held in this process (a loaded 1M timeline
    # stays in memory and would weigh on every later app).
    fp_small, fp_big = first_paint_median(small_path), first_paint_median(big_path)
    small = asyncio.run(open_file(small_path, True))
    big = asyncio.run(open_file(big_path, True))
    table = asyncio.run(datatable(100_000))
    seed_s, seed_n = seed_launch()

    print()
    print(f"{'measure':44} {'1k':>10} {args.n // 1000:>9}k")
    for key, label in [
        ("first_paint", "first paint, s (streamed JSONL)"),
        ("loaded", "whole file loaded, s"),
        ("rss_mb", "memory added, MB (RSS)"),
        ("toggle_ms", "actor facet toggle + repaint, ms (median)"),
        ("toggle_max_ms", "actor facet toggle + repaint, ms (max)"),
        ("theme_toggle_ms", "theme facet toggle + repaint, ms"),
        ("facets_ms", "facet counts (worker, after repaint), ms"),
        ("search_key_ms", "search keystroke + repaint, ms (median)"),
        ("search_key_max_ms", "search keystroke + repaint, ms (max)"),
        ("search_model_max_ms", "  of which the keystroke handler, ms (max)"),
        ("search_matches", "  matches of the last search (counted)"),
        ("search_count_ms", "  count shown after the last keystroke, ms"),
        ("page_ms", "page down + repaint, ms"),
        ("move_ms", "cursor down + repaint, ms"),
    ]:
        print(f"{label:44} {small[key]:>10.3f} {big[key]:>10.3f}")
    print()
    print(f"first paint, median of 7 fresh apps: 1k {fp_small:.3f} s, {args.n:,} {fp_big:.3f} s"
          f" -> {fp_big / fp_small:.2f}x  (target: <= 3x)")
    ratio = big["first_paint"] / small["first_paint"]
    print(f"first paint, the single runs above: {ratio:.2f}x")
    print(f"DataTable, 100,000 rows, first paint:  {table['first_paint']:.2f} s  "
          f"= {table['first_paint'] / big['first_paint']:.0f}x this view's first paint "
          f"at {args.n:,}")
    print(f"seed ({seed_n} events): process launch to first painted timeline: {seed_s:.2f} s "
          "(median of 3)")


if __name__ == "__main__":
    main()
