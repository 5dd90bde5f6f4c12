"""The app's own commands for the palette (ctrl+p): filter by actor / theme / text,
exclude, jump to a date, export, clear filters."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, cast

from rich.text import Text
from textual.command import DiscoveryHit, Hit, Hits, Provider

from explorer.tui.text import clean, parse_when

if TYPE_CHECKING:
    from explorer.tui.app import TimelineApp

MAX_ACTOR_HITS = 2000


class TimelineCommands(Provider):
    @property
    def tl_app(self) -> TimelineApp:
        return cast("TimelineApp", self.app)

    def _static(self) -> list[tuple[str, str, object]]:
        app = self.tl_app
        return [
            ("Clear filters", "Remove every active filter", app.action_clear_filters),
            ("Export…", "Export the current filter or the marked events", app.action_export),
            ("Toggle all-of actors", "Actors: any-of ⇄ all-of", app.action_toggle_all_of),
            ("Zoom time strip", "Years ⇄ months", app.action_zoom),
            ("Help", "Show the keys", app.action_help),
        ]

    async def discover(self) -> Hits:
        for name, help_text, cb in self._static():
            yield DiscoveryHit(name, cb, help=help_text)  # type: ignore[arg-type]
        yield DiscoveryHit("Filter by actor…", partial(self.tl_app.prompt_hint, "actor"),
                           help="Type an actor's name")
        yield DiscoveryHit("Filter by theme…", partial(self.tl_app.prompt_hint, "theme"),
                           help="Type a theme")
        yield DiscoveryHit("Jump to date…", partial(self.tl_app.prompt_hint, "date"),
                           help="Type a date: 2012, 2020-08 or 2023-02-07")

    async def search(self, query: str) -> Hits:
        app = self.tl_app
        matcher = self.matcher(query)
        for name, help_text, cb in self._static():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), cb, text=name,  # type: ignore[arg-type]
                          help=help_text)
        words = query.strip()
        lowered = words.lower()
        for prefix in ("jump to date", "jump to", "date", "go to"):
            if lowered.startswith(prefix):
                words = words[len(prefix):].strip()
        d = parse_when(words)
        if d is not None:
            label = f"Jump to date {d.isoformat()}"
            yield Hit(1.0, Text(label), partial(app.jump_to_date, d), text=label)
        term = query.strip()
        for prefix in ("filter by actor", "filter by theme", "actor", "theme", "exclude"):
            if term.lower().startswith(prefix):
                term = term[len(prefix):].strip(" :")
        if term:
            label = f"Filter by text: {clean(term)}"
            yield Hit(0.3, Text(label), partial(app.set_text_filter, term), text=label)
        tl = app.timeline
        for i, actor in enumerate(tl.actors.values()):
            if i >= MAX_ACTOR_HITS:
                break
            name = clean(actor.name)
            for verb, exclude in (("Filter by actor", False), ("Exclude actor", True)):
                label = f"{verb}: {name}"
                score = matcher.match(label) if term else 0
                if score > 0:
                    yield Hit(score, Text(label), partial(app.toggle_facet, "actor", actor.id,
                                                          exclude), text=label)
        for theme in tl.themes:
            name = clean(theme)
            for verb, exclude in (("Filter by theme", False), ("Exclude theme", True)):
                label = f"{verb}: {name}"
                score = matcher.match(label) if term else 0
                if score > 0:
                    yield Hit(score, Text(label), partial(app.toggle_facet, "theme", theme,
                                                          exclude), text=label)
