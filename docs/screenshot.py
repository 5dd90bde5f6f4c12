"""Regenerate docs/screenshot.svg: the real app on the bundled seed, 120x35, headless.

    python docs/screenshot.py
"""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

HERE = Path(__file__).resolve().parent


async def main() -> None:
    os.environ.setdefault("TIMELINE_EXPLORER_CACHE", "off")
    from explorer.cli.timeline_cmds import bundled_seeds
    from explorer.pipeline import build_timeline
    from explorer.tui.app import TimelineApp

    app = TimelineApp(lambda progress: build_timeline([bundled_seeds()], progress=progress,
                                                      warn=lambda _: None),
                      title="seeds")
    async with app.run_test(size=(120, 35)) as pilot:
        while app.loading:
            await pilot.pause(0.05)
        for key in ("j", "j", "j", "j"):
            await pilot.press(key)
        await pilot.pause(0.3)
        app.save_screenshot(filename="screenshot.svg", path=str(HERE))


if __name__ == "__main__":
    asyncio.run(main())
