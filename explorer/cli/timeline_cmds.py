"""`open` (the TUI, default), `list` and `export`."""

from __future__ import annotations

import click


@click.command("open")
@click.argument("paths", nargs=-1)
def open_cmd(paths: tuple[str, ...]) -> None:
    """Open the interactive timeline on PATH... (default: the bundled seeds)."""
    raise click.ClickException("open: not implemented yet")


@click.command("list")
@click.argument("paths", nargs=-1, required=True)
def list_cmd(paths: tuple[str, ...]) -> None:
    """Print the timeline of PATH..."""
    raise click.ClickException("list: not implemented yet")


@click.command("export")
@click.argument("paths", nargs=-1, required=True)
def export_cmd(paths: tuple[str, ...]) -> None:
    """Export the timeline of PATH..."""
    raise click.ClickException("export: not implemented yet")
