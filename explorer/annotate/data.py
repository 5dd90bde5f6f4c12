"""Loading the bundled actor and theme data, and the user files that extend or override them.

Data lives in ``explorer/data/actors/*.json`` (actors), ``explorer/data/actors/_lexicon.json``
(places, titles, roles, stop words ...) and ``explorer/data/themes.json``. A user file has the
same shape (JSON, or TOML with ``[[actors]]`` / ``[[themes]]`` tables); an entry whose id exists
replaces the bundled entry as a whole, other entries are added. A user actors file may also
extend the lexicon lists ``places``, ``stop``, ``first_names``, ``force_nouns`` and
``state_anaphors`` (added to the bundled ones). Errors name the file, the entry and a line.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any

from explorer.errors import InputError

from .types import ACTOR_TYPES, ActorInfo, Role, Theme

_LIST_FIELDS = ("aliases", "demonyms", "metonyms", "anaphors", "themes")


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Word lists of the actor annotator (see ``_lexicon.json`` for what each is for)."""

    places: tuple[str, ...]
    force_nouns: tuple[str, ...]
    state_anaphors: tuple[str, ...]
    person_titles: tuple[str, ...]
    title_roles: dict[str, str]
    roles: dict[str, tuple[str, ...]]
    stop: frozenset[str]
    connectors: tuple[str, ...]
    first_names: frozenset[str]
    org_heads: frozenset[str]
    armed_heads: frozenset[str]
    media_heads: frozenset[str]
    party_heads: frozenset[str]
    place_heads: frozenset[str]
    thing_heads: frozenset[str]
    acronym_min_count: int


def _read_bundled(rel: str) -> dict[str, Any]:
    node = files("explorer.data")
    for part in rel.split("/"):
        node = node / part
    doc: dict[str, Any] = json.loads(node.read_text(encoding="utf-8"))
    return doc


def bundled_actor_docs() -> list[dict[str, Any]]:
    folder = files("explorer.data") / "actors"
    names = sorted(p.name for p in folder.iterdir() if p.name.endswith(".json"))
    return [_read_bundled("actors/" + n) for n in names if not n.startswith("_")]


def load_lexicon(extra: dict[str, Any] | None = None) -> Lexicon:
    raw = _read_bundled("actors/_lexicon.json")
    # common given names (public-domain census list) beside the lexicon's own
    raw["first_names"] = [*raw.get("first_names", []), *_read_bundled("actors/_given_names.json")["names"]]
    if extra:
        for key in ("places", "stop", "first_names", "force_nouns", "state_anaphors"):
            if isinstance(extra.get(key), list):
                raw[key] = list(raw.get(key, [])) + [str(x) for x in extra[key]]
    titles = raw["titles"]
    title_roles = {t: role for role, ts in titles["roles"].items() for t in ts}
    person_titles = tuple(dict.fromkeys([*titles["person"], *title_roles]))

    def fs(key: str) -> frozenset[str]:
        return frozenset(raw.get(key, []))

    return Lexicon(
        places=tuple(raw["places"]),
        force_nouns=tuple(raw["force_nouns"]),
        state_anaphors=tuple(raw["state_anaphors"]),
        person_titles=person_titles,
        title_roles=title_roles,
        roles={k: tuple(v) for k, v in raw["roles"].items()},
        stop=fs("stop"),
        connectors=tuple(raw["connectors"]),
        first_names=fs("first_names"),
        org_heads=fs("org_heads"),
        armed_heads=fs("armed_heads"),
        media_heads=fs("media_heads"),
        party_heads=fs("party_heads"),
        place_heads=fs("place_heads"),
        thing_heads=fs("thing_heads"),
        acronym_min_count=int(raw.get("acronym_min_count", 2)),
    )


def read_user_file(path: Path) -> tuple[dict[str, Any], str]:
    """Parse a user JSON/TOML file; errors become one-line InputErrors with a line number."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    try:
        raw = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text (line {_line_at(data, exc.start)})") from exc
    if path.suffix.lower() == ".toml":
        try:
            doc: Any = tomllib.loads(raw)
        except tomllib.TOMLDecodeError as exc:
            raise InputError(f"{path}: invalid TOML: {exc}") from exc
    else:
        try:
            doc = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}: invalid JSON: {exc.msg} (line {exc.lineno})") from exc
    if not isinstance(doc, dict):
        raise InputError(f"{path}: expected an object with an 'actors' or 'themes' list (line 1)")
    return doc, raw


def _line_at(raw: bytes, offset: int) -> int:
    return raw[:offset].count(b"\n") + 1


def _line_of(raw: str, needle: str) -> int:
    pos = raw.find(needle)
    return raw.count("\n", 0, pos) + 1 if pos >= 0 else 1


def _entry_error(path: str, raw: str, entry: Any, index: int, problem: str) -> InputError:
    ident = entry.get("id") if isinstance(entry, dict) else None
    line = _line_of(raw, f'"{ident}"') if isinstance(ident, str) else 1
    if isinstance(ident, str) and line == 1:
        line = _line_of(raw, ident)
    where = f"entry {index + 1}" + (f" ({ident!r})" if isinstance(ident, str) else "")
    return InputError(f"{path}: {where}: {problem} (line {line})")


def parse_actor(entry: Any, index: int, path: str, raw: str) -> ActorInfo:
    """Validate one actor entry of a data file and build its ActorInfo."""

    def fail(problem: str) -> InputError:
        return _entry_error(path, raw, entry, index, problem)

    if not isinstance(entry, dict):
        raise fail("an actor must be an object")
    for key in ("id", "name", "type"):
        if not isinstance(entry.get(key), str) or not entry[key].strip():
            raise fail(f"missing or empty '{key}'")
    if entry["type"] not in ACTOR_TYPES:
        raise fail(f"unknown type {entry['type']!r} (one of {', '.join(sorted(ACTOR_TYPES))})")
    lists: dict[str, tuple[str, ...]] = {}
    for key in _LIST_FIELDS:
        value = entry.get(key, [])
        if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
            raise fail(f"'{key}' must be a list of strings")
        lists[key] = tuple(x for x in value if x.strip())
    roles: list[Role] = []
    for r in entry.get("roles", []) or []:
        if not isinstance(r, dict) or not isinstance(r.get("role"), str):
            raise fail("each role needs a 'role' string")
        start, end = r.get("from"), r.get("to")
        if (start is not None and not isinstance(start, int)) or (
            end is not None and not isinstance(end, int)
        ):
            raise fail("role 'from'/'to' must be years (integers)")
        roles.append(Role(r["role"].lower(), r.get("of"), start, end))
    return ActorInfo(
        id=entry["id"].strip(),
        name=entry["name"].strip(),
        type=entry["type"],
        aliases=lists["aliases"],
        demonyms=lists["demonyms"],
        metonyms=lists["metonyms"],
        anaphors=lists["anaphors"],
        roles=tuple(roles),
        themes=lists["themes"],
        ambiguous=bool(entry.get("ambiguous", False)),
        note=entry.get("note"),
    )


def load_actors(user: Path | None) -> tuple[dict[str, ActorInfo], dict[str, Any] | None]:
    """Bundled actors by id, then the user file's entries (added, or replacing by id)."""
    actors: dict[str, ActorInfo] = {}
    for doc in bundled_actor_docs():
        for i, entry in enumerate(doc["actors"]):
            info = parse_actor(entry, i, "explorer/data/actors", "")
            actors[info.id] = info
    extra: dict[str, Any] | None = None
    if user is not None:
        doc, raw = read_user_file(user)
        entries = doc.get("actors", [])
        if not isinstance(entries, list):
            raise InputError(f"{user}: 'actors' must be a list (line {_line_of(raw, 'actors')})")
        for i, entry in enumerate(entries):
            info = parse_actor(entry, i, str(user), raw)
            actors[info.id] = info
        extra = doc
    return actors, extra


def load_themes(user: Path | None) -> list[Theme]:
    """Bundled themes in file order; a user theme with a known id replaces it, else is added."""
    themes: dict[str, Theme] = {}
    sources: list[tuple[str, str, list[Any]]] = [
        ("explorer/data/themes.json", "", _read_bundled("themes.json")["themes"])
    ]
    if user is not None:
        doc, raw = read_user_file(user)
        entries = doc.get("themes", [])
        if not isinstance(entries, list):
            raise InputError(f"{user}: 'themes' must be a list (line {_line_of(raw, 'themes')})")
        sources.append((str(user), raw, entries))
    for path, raw, entries in sources:
        for i, entry in enumerate(entries):
            if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
                raise _entry_error(path, raw, entry, i, "a theme needs an 'id' string")
            phrases = entry.get("phrases", [])
            if not isinstance(phrases, list) or not all(isinstance(p, str) for p in phrases):
                raise _entry_error(path, raw, entry, i, "'phrases' must be a list of strings")
            tid = entry["id"].strip()
            themes[tid] = Theme(tid, str(entry.get("label") or tid), tuple(phrases))
    return list(themes.values())
