"""Value types of the annotate layer."""

from __future__ import annotations

from dataclasses import dataclass, field

ACTOR_TYPES = frozenset({
    "state", "armed-forces", "armed-group", "international-organisation",
    "regional-organisation", "person", "organisation", "civilians", "media",
    "political-party", "unknown",
})


@dataclass(frozen=True, slots=True)
class Role:
    """An office a person holds: ``foreign minister`` of ``russia`` from 2004 (years inclusive)."""

    role: str
    of: str | None = None
    start: int | None = None
    end: int | None = None

    def valid_in(self, year: int | None) -> bool:
        if year is None:
            return True
        return (self.start is None or self.start <= year) and (self.end is None or year <= self.end)


@dataclass(frozen=True, slots=True)
class ActorInfo:
    """A canonical actor from the gazetteer (bundled or user file)."""

    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    anaphors: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    themes: tuple[str, ...] = ()
    ambiguous: bool = False
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    """One actor mention: ``text[start:end]`` refers to actor ``actor_id``."""

    start: int
    end: int
    text: str
    actor_id: str
    name: str
    type: str
    discovered: bool = False


@dataclass(frozen=True, slots=True)
class ThemeHit:
    """A phrase (or an actor carrying a theme) that puts ``text[start:end]`` under ``theme``."""

    start: int
    end: int
    theme: str


@dataclass(frozen=True, slots=True)
class Theme:
    """A theme of the taxonomy: id, display label and phrase rules."""

    id: str
    label: str
    phrases: tuple[str, ...] = field(default=())
