"""Helpers for the TUI tests: the screen as plain text."""

from __future__ import annotations

from textual.app import App


def screen_text(app: App[object]) -> str:
    """Every cell of the current screen, row by row (what a user would read)."""
    strips = app.screen._compositor.render_strips()
    return "\n".join("".join(seg.text for seg in strip) for strip in strips)
