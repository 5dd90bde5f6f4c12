"""`list` output: a Rich table on a terminal, tab-separated plain text otherwise."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TextIO

from explorer.display import clean, date_label


def print_listing(timeline: Any, selection: Sequence[int], out: TextIO) -> None:
    rows = []
    for i in selection:
        ev = timeline.events[i]
        rows.append((
            date_label(ev.when),
            clean(ev.title),
            clean(", ".join(a.name for a in ev.actors)),
            clean(", ".join(ev.themes)),
            clean(ev.doc),
        ))
    if out.isatty():
        from rich.console import Console
        from rich.table import Table
        from rich.text import Text

        table = Table(title=f"{len(rows)} events", expand=False, show_lines=False)
        for name, style in (("when", "bold cyan"), ("event", ""), ("actors", "green"),
                            ("themes", "magenta"), ("document", "dim")):
            table.add_column(name, style=style, overflow="fold")
        for r in rows:
            table.add_row(*(Text(c) for c in r))
        Console(file=out).print(table)
        return
    out.write("when\tevent\tactors\tthemes\tdocument\n")
    for r in rows:
        out.write("\t".join(c.replace("\t", " ") for c in r) + "\n")
