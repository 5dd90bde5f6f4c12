"""`open` (the TUI, default), `list` and `export`: the timeline of some documents."""

from __future__ import annotations

import difflib
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import click

from explorer.cli.common import ISO_DATE, SINCE, UNTIL, BadInput

F = TypeVar("F", bound=Callable[..., Any])


def bundled_seeds() -> str:
    """The seed articles shipped inside the package (no PATH given)."""
    return str(Path(__file__).resolve().parents[1] / "data" / "seeds")


def timeline_options(f: F) -> F:
    """The options `open`, `list` and `export` share: what to load and what to keep."""
    options = [
        click.option("--actor", "actors", multiple=True, metavar="NAME",
                     help="Keep events with this actor (name, alias or id; repeatable: any of)."),
        click.option("--all-actors", is_flag=True, help="With several --actor: keep events with all of them."),
        click.option("--theme", "themes", multiple=True, metavar="THEME",
                     help="Keep events with this theme (repeatable: any of)."),
        click.option("--text", default="", metavar="TEXT", help="Keep events whose text contains TEXT."),
        click.option("--since", type=SINCE, help="Keep events that end on/after this date (YYYY[-MM[-DD]])."),
        click.option("--until", type=UNTIL, help="Keep events that start on/before this date."),
        click.option("--ref-date", type=ISO_DATE,
                     help="Publication date for documents whose front matter gives none."),
        click.option("--gazetteer", type=click.Path(dir_okay=False, path_type=Path),
                     help="A JSON file of actors that adds to or overrides the bundled ones."),
        click.option("--taxonomy", type=click.Path(dir_okay=False, path_type=Path),
                     help="A JSON file of themes that adds to or overrides the bundled ones."),
    ]
    for opt in reversed(options):
        f = opt(f)
    return f


def make_query(timeline: Any, actors: Sequence[str], all_actors: bool, themes: Sequence[str],
               text: str, since: date | None, until: date | None) -> Any:
    """Resolve the options' names against the timeline; an unknown name is bad input."""
    from explorer.model import Query

    facets = timeline.facets(range(len(timeline.events))) if actors or themes else None
    ids: set[str] = set()
    for name in actors:
        found = timeline.resolve_actor(name) or _by_alias(timeline, name)
        if not found:
            assert facets is not None
            hint = _did_you_mean(name, [a.name for a, _ in facets.actors])
            raise BadInput(f"--actor {name!r}: no such actor in these documents{hint}")
        ids |= found
    known = {t for t, _ in facets.themes} if facets is not None else set()
    for t in themes:
        if t not in known:
            raise BadInput(f"--theme {t!r}: no event has this theme{_did_you_mean(t, sorted(known))}")
    if since and until and since > until:
        raise BadInput(f"--since {since} is after --until {until}")
    return Query(
        actors=frozenset(ids),
        actors_all=all_actors and len(actors) > 1,
        themes=frozenset(themes),
        text=text,
        since=since,
        until=until,
    )


def _by_alias(timeline: Any, name: str) -> set[str]:
    """An alias, metonym or demonym of a known actor ("Moscow" -> Russia), when that
    actor is in the timeline."""
    from explorer.annotate import Annotator

    actor_id = Annotator().resolve(name)
    return timeline.resolve_actor(actor_id) if actor_id else set()


def _did_you_mean(word: str, choices: Sequence[str]) -> str:
    """Close names, also by any one of their words ("Macrom" -> Emmanuel Macron)."""
    low = word.lower()
    close = [c for c in choices if low in c.lower()]
    by_word: dict[str, str] = {}
    for c in choices:
        for w in c.split():
            by_word.setdefault(w.lower(), c)
    for hit in difflib.get_close_matches(low, [c.lower() for c in choices] + list(by_word), n=5, cutoff=0.7):
        c = by_word.get(hit) or next(c for c in choices if c.lower() == hit)
        if c not in close:
            close.append(c)
    return f" (did you mean {', '.join(close[:3])}?)" if close else ""


def _load(paths: Sequence[str], ref_date: date | None, gazetteer: Path | None,
          taxonomy: Path | None, progress: Callable[[int, int], None] | None = None) -> Any:
    from explorer.pipeline import build_timeline

    for f in (gazetteer, taxonomy):
        if f is not None and not f.is_file():
            raise BadInput(f"{f}: no such file")
    return build_timeline(paths, ref_date, progress, user_actors=gazetteer, user_themes=taxonomy)


@click.command("open")
@click.argument("paths", nargs=-1)
@timeline_options
def open_cmd(paths: tuple[str, ...], actors: tuple[str, ...], all_actors: bool,
             themes: tuple[str, ...], text: str, since: date | None, until: date | None,
             ref_date: date | None, gazetteer: Path | None, taxonomy: Path | None) -> None:
    """Open the interactive timeline on PATH... (default: the bundled seed articles)."""
    from explorer.corpus import TEXT_SUFFIXES, discover
    from explorer.pipeline import TIMELINE_SUFFIXES
    from explorer.timeline_file import is_timeline_file
    from explorer.tui import run, run_stream

    targets = list(paths) or [bundled_seeds()]
    if "-" in targets:
        raise BadInput("-: the TUI reads keys from the terminal; use 'list' or 'export' for standard input")
    files = discover(targets, TEXT_SUFFIXES | TIMELINE_SUFFIXES)
    title = ", ".join(paths) or "seeds"

    def query(tl: Any) -> Any:
        # Names on the command line resolve against the loaded timeline.
        return make_query(tl, actors, all_actors, themes, text, since, until)

    if all(Path(f).suffix.lower() in TIMELINE_SUFFIXES and is_timeline_file(f) for f in files):
        # Exported timelines stream: the first batch paints while the rest is read.
        run_stream(_timeline_batches(files), query=query, title=title)
        return

    def load(progress: Callable[[int, int], None]) -> Any:
        return _load(targets, ref_date, gazetteer, taxonomy, progress)

    run(load, query=query, title=title)


def _timeline_batches(files: Sequence[str]) -> Callable[[Callable[[int, int], None]], Any]:
    """Batches of every exported timeline in turn; progress in bytes over all of them."""

    def stream(progress: Callable[[int, int], None]) -> Any:
        from explorer.timeline_file import iter_timeline_batches
        from explorer.tui.stream import FIRST_BATCH

        total = sum(Path(f).stat().st_size for f in files)
        done = 0
        for f in files:
            for batch in iter_timeline_batches(f, 2_000, first_size=FIRST_BATCH):
                yield batch.documents, batch.events
                progress(done + batch.bytes_read, total)
            done += Path(f).stat().st_size

    return stream


@click.command("list")
@click.argument("paths", nargs=-1, required=True)
@timeline_options
def list_cmd(paths: tuple[str, ...], actors: tuple[str, ...], all_actors: bool,
             themes: tuple[str, ...], text: str, since: date | None, until: date | None,
             ref_date: date | None, gazetteer: Path | None, taxonomy: Path | None) -> None:
    """Print the timeline of PATH... (a table on a terminal, tab-separated text otherwise)."""
    from explorer.cli.listing import print_listing

    tl = _load(paths, ref_date, gazetteer, taxonomy)
    q = make_query(tl, actors, all_actors, themes, text, since, until)
    print_listing(tl, tl.select(q), sys.stdout)


@click.command("export")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", required=True,
              type=click.Choice(["json", "jsonl", "csv", "md", "timelinejs"]))  # = export.FORMATS
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write here (atomically) instead of standard output.")
@timeline_options
def export_cmd(paths: tuple[str, ...], fmt: str, output: Path | None, actors: tuple[str, ...],
               all_actors: bool, themes: tuple[str, ...], text: str, since: date | None,
               until: date | None, ref_date: date | None, gazetteer: Path | None,
               taxonomy: Path | None) -> None:
    """Export the timeline of PATH... as json, jsonl, csv, md or timelinejs."""
    from explorer.export import render_export, write_export

    tl = _load(paths, ref_date, gazetteer, taxonomy)
    q = make_query(tl, actors, all_actors, themes, text, since, until)
    events = [tl.events[i] for i in tl.select(q)]
    docs = list(tl.documents.values())
    summary = describe_query(actors, all_actors, themes, text, since, until)
    if output is not None:
        if output.parent and not output.parent.exists():
            raise BadInput(f"{output}: folder {output.parent} does not exist")
        written = write_export(events, docs, fmt, output, summary=summary)
    else:
        written = render_export(events, docs, fmt, sys.stdout, summary=summary)
    if written < len(events):
        click.echo(f"timeline-explorer: warning: {len(events) - written} undated events left out "
                   f"({fmt} needs a date)", err=True)
    if output is not None:
        click.echo(f"timeline-explorer: wrote {written} events to {output}", err=True)


def describe_query(actors: Sequence[str], all_actors: bool, themes: Sequence[str], text: str,
                   since: date | None, until: date | None) -> str | None:
    """The filters in words, for the head of a brief; None when nothing filters."""
    parts = []
    if actors:
        parts.append(("all of " if all_actors and len(actors) > 1 else "") + "actors: " + ", ".join(actors))
    if themes:
        parts.append("themes: " + ", ".join(themes))
    if text:
        parts.append(f"text: {text!r}")
    if since or until:
        parts.append(f"dates: {since or '…'} to {until or '…'}")
    return "; ".join(parts) or None
