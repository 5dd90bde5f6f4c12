"""The word tables of the tagger, read once from ``explorer/data/temporal/*.json|toml``."""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from typing import Any


def _read(name: str) -> str:
    return (resources.files("explorer.data") / "temporal" / name).read_text(encoding="utf-8")


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Word tables (lower-case keys) and the ordered extraction rules."""

    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, float]
    vague_numbers: frozenset[str]
    ordinals: dict[str, int]
    day_words: dict[str, int]  # spelt-out days of the month: "fourth", "thirty-first"
    units: dict[str, str]
    seasons: dict[str, str]
    day_parts: dict[str, str]
    deictic_days: dict[str, int]
    refs: dict[str, str]
    sets: dict[str, str]
    holidays: dict[str, str]
    # holiday -> (stem of a country's name, its code there): Canada's Thanksgiving
    holiday_regions: dict[str, tuple[str, str]]
    date_mods: dict[str, str]
    duration_mods: dict[str, str | None]
    future_cues: tuple[str, ...]
    # past verbs of a state that lasts: "lasted until Sunday" ends in the past
    lasting_verbs: frozenset[str]
    # verbs that report ("the police said Monday"): the day they carry is when it was told
    reporting_verbs: tuple[str, ...]
    past_cues: tuple[str, ...]
    weekday_abbrev_need_dot: frozenset[str]
    # names with a weekday in them, no date: "the Sunday Times", "the Mail on Sunday"
    weekday_titles: tuple[str, ...]
    # words of a game's play: its "fourth quarter" and "second half" are no calendar's
    game_cues: tuple[str, ...]
    rules: tuple[tuple[str, str], ...]
    starters: tuple[str, ...]


@cache
def load_lexicon() -> Lexicon:
    """Read the data files; cached for the life of the process."""
    data: dict[str, Any] = json.loads(_read("lexicon.json"))
    patterns = tomllib.loads(_read("patterns.toml"))
    return Lexicon(
        months=data["months"],
        weekdays=data["weekdays"],
        numbers=data["numbers"],
        vague_numbers=frozenset(data["vague_numbers"]),
        ordinals=data["ordinals"],
        day_words=data["day_words"],
        units=data["units"],
        seasons=data["seasons"],
        day_parts=data["day_parts"],
        deictic_days=data["deictic_days"],
        refs=data["refs"],
        sets=data["sets"],
        holidays=data["holidays"],
        holiday_regions={k: (v[0], v[1]) for k, v in data["holiday_regions"].items()},
        date_mods=data["date_mods"],
        duration_mods=data["duration_mods"],
        future_cues=tuple(data["future_cues"]),
        lasting_verbs=frozenset(data["lasting_verbs"]),
        reporting_verbs=tuple(data["reporting_verbs"]),
        past_cues=tuple(data["past_cues"]),
        weekday_abbrev_need_dot=frozenset(data["weekday_abbrev_need_dot"]),
        weekday_titles=tuple(data["weekday_titles"]),
        game_cues=tuple(data["game_cues"]),
        rules=tuple((r["name"], r["pattern"]) for r in patterns["rule"]),
        starters=tuple(patterns["starters"]),
    )


@dataclass(frozen=True, slots=True)
class Festivals:
    """Festivals of lunar and lunisolar calendars: the days each falls on, per year."""

    days: dict[str, dict[str, str | list[str]]]  # festival -> year -> "MM-DD" (or several)
    month_long: frozenset[str]  # told as a whole month: "during Ramadan"
    name_prone: frozenset[str]  # also a person's name: "Tariq Ramadan"

    def on(self, key: str, year: int) -> list[date]:
        """The days (sorted) festival ``key`` begins on in ``year``; none outside the table."""
        found = self.days.get(key, {}).get(str(year), [])
        return [date(year, int(d[:2]), int(d[3:])) for d in ([found] if isinstance(found, str) else found)]


@cache
def load_festivals() -> Festivals:
    """Read ``festivals.json`` the first time a festival is named; cached."""
    data: dict[str, Any] = json.loads(_read("festivals.json"))
    return Festivals(data["days"], frozenset(data["month_long"]), frozenset(data["name_prone"]))


def words_regex(words: Any, optional_dot: frozenset[str] = frozenset(),
                need_dot: frozenset[str] = frozenset()) -> str:
    """An alternation of phrases, longest first, spaces matching any whitespace run.

    Phrases are factorised by their first letter so that the regex engine rejects most
    positions after one character test.
    """
    by_first: dict[str, list[str]] = {}
    for word in sorted(set(words), key=lambda w: (-len(w), w)):
        body = r"\s+".join(re.escape(part) for part in word.split(" "))
        if word in need_dot:
            body += r"\."
        elif word in optional_dot:
            body += r"\.?"
        by_first.setdefault(word[0], []).append(body)
    branches = []
    for first, bodies in sorted(by_first.items()):
        tails = [b[len(re.escape(first)):] if b.startswith(re.escape(first)) else None
                 for b in bodies]
        if all(t is not None for t in tails):
            branches.append(f"{re.escape(first)}(?:{'|'.join(t or '' for t in tails)})")
        else:
            branches.extend(bodies)
    return "(?:" + "|".join(branches) + ")"
