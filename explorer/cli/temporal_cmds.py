"""`timex` and `eval-timeml`: the date parser from the command line."""

from __future__ import annotations

import click


@click.command("timex")
@click.argument("file", required=False, default="-")
@click.option("--ref-date", help="Document creation time (YYYY-MM-DD).")
@click.option("--format", "fmt", type=click.Choice(["json", "text"]), default="text")
def timex_cmd(file: str, ref_date: str | None, fmt: str) -> None:
    """Tag the temporal expressions of FILE (or stdin)."""
    raise click.ClickException("timex: not implemented yet")


@click.command("eval-timeml")
@click.argument("directory")
@click.option("--errors", type=int, default=0, help="List N misses, extras and wrong values.")
def eval_timeml_cmd(directory: str, errors: int) -> None:
    """TempEval-3 Task A figures of the tagger on a folder of TimeML gold files."""
    raise click.ClickException("eval-timeml: not implemented yet")
