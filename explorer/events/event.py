"""Value types of the events layer, and their JSON form (export schema version 1)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

WhenAnchor = Literal["explicit", "relative", "narrative", "tense"]

# Coarse-to-fine rank, used to order events that share a start date.
GRANULARITY_RANK = {
    "millennium": 0, "century": 1, "decade": 2, "year": 3, "half": 4, "season": 5,
    "quarter": 5, "month": 6, "week": 7, "day": 8, "time": 9, "hour": 9, "minute": 9,
    "second": 9, "ref": 10,
}


@dataclass(frozen=True, slots=True)
class TimexRef:
    """The time expression that dates an event: its text and span in the document."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class When:
    """When an event happened, at the precision the text supports (``end`` inclusive)."""

    value: str
    start: date | None
    end: date | None
    granularity: str | None
    mod: str | None = None
    anchor: WhenAnchor = "explicit"
    ongoing: bool = False
    timex: TimexRef | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "granularity": self.granularity,
            "mod": self.mod,
            "anchor": self.anchor,
            "ongoing": self.ongoing,
            "timex": (
                {"text": self.timex.text, "start": self.timex.start, "end": self.timex.end}
                if self.timex
                else None
            ),
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> When:
        t = d.get("timex")
        return cls(
            value=str(d["value"]),
            start=date.fromisoformat(d["start"]) if d.get("start") else None,
            end=date.fromisoformat(d["end"]) if d.get("end") else None,
            granularity=d.get("granularity"),
            mod=d.get("mod"),
            anchor=d.get("anchor") or "explicit",
            ongoing=bool(d.get("ongoing", False)),
            timex=TimexRef(str(t["text"]), int(t["start"]), int(t["end"])) if t else None,
        )


@dataclass(frozen=True, slots=True)
class ActorRef:
    """A canonical actor as attached to an event."""

    id: str
    name: str
    type: str

    def to_json(self) -> dict[str, str]:
        return {"id": self.id, "name": self.name, "type": self.type}


@dataclass(frozen=True, slots=True)
class Event:
    """One dated (or undated) clause of a document."""

    id: str
    doc: str
    title: str
    sentence: str
    offsets: tuple[int, int]
    when: When | None
    actors: tuple[ActorRef, ...] = field(default=())
    themes: tuple[str, ...] = field(default=())
    seq: int = 0  # document order, used as the last sort key

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "doc": self.doc,
            "title": self.title,
            "sentence": self.sentence,
            "offsets": [self.offsets[0], self.offsets[1]],
            "when": self.when.to_json() if self.when else None,
            "actors": [a.to_json() for a in self.actors],
            "themes": list(self.themes),
        }

    @classmethod
    def from_json(cls, d: dict[str, Any], seq: int = 0) -> Event:
        off = d.get("offsets") or [0, 0]
        return cls(
            id=str(d["id"]),
            doc=str(d["doc"]),
            title=str(d.get("title", "")),
            sentence=str(d.get("sentence", "")),
            offsets=(int(off[0]), int(off[1])),
            when=When.from_json(d["when"]) if d.get("when") else None,
            actors=tuple(
                ActorRef(str(a["id"]), str(a["name"]), str(a.get("type", "unknown")))
                for a in d.get("actors", [])
            ),
            themes=tuple(str(t) for t in d.get("themes", [])),
            seq=seq,
        )


@dataclass(frozen=True, slots=True)
class DocInfo:
    """What the timeline keeps of a document. ``text`` is absent for reopened exports."""

    id: str
    path: str
    title: str | None
    source: str | None
    published: date | None
    published_from: str
    text: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "path": self.path,
            "title": self.title,
            "source": self.source,
            "published": self.published.isoformat() if self.published else None,
            "published_from": self.published_from,
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> DocInfo:
        return cls(
            id=str(d["id"]),
            path=str(d.get("path", "")),
            title=d.get("title"),
            source=d.get("source"),
            published=date.fromisoformat(d["published"]) if d.get("published") else None,
            published_from=str(d.get("published_from") or "none"),
        )
