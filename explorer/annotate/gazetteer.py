"""The gazetteer: every alias of every known actor, matched in one pass by a trie regex.

Matching runs on the folded text (accents stripped, apostrophes unified, same length), so
"Gnassingbe" finds "Gnassingbé" and "Mali’s" gives the mention "Mali". Names are matched
with their case
("Chad" the state, not "chad"; "Niger" never inside "Nigeria"), except that "the UK" also
matches "The UK" at a sentence start.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass, replace
from typing import NamedTuple

from .data import Lexicon
from .textnorm import fold, fold_key, squash, trie_regex
from .types import ActorInfo

_NAMEY_ORG_TYPES = {"international-organisation", "regional-organisation", "organisation",
                    "armed-group", "media", "political-party", "armed-forces"}


@dataclass(frozen=True, slots=True)
class AliasEntry:
    """What an alias stands for. ``actor_id`` None marks a place (blocks discovery, no mention)."""

    actor_id: str | None
    kind: str  # "name" | "demonym" | "metonym" | "place"
    guard: int  # 2: not glued to a capitalised word on either side; 1: not after one; 0: none
    state_name: bool = False  # a state's name: "US troops" is one mention, like "Malian army"
    short_caps: bool = False  # "IS", "US", "AES": not in a sentence written in capitals


class GazMatch(NamedTuple):
    """A gazetteer hit (a tuple: built tens of thousands of times per MB, so kept cheap)."""

    start: int
    end: int
    entry: AliasEntry


# A capitalised word right after/before a match: "Paris Agreement", "Michael Jordan".
_NEXT_CAP = re.compile(r"\s+[A-Z][a-z]")
_PREV_CAP = re.compile(r"[A-Z][a-z]+\s+$")
_PREV_CAP_POSS = re.compile(r"[A-Z][A-Za-z]+(?:'s)?\s+$")


class Gazetteer:
    """Aliases → actors; ``find`` returns non-overlapping, longest-first matches."""

    def __init__(self, actors: dict[str, ActorInfo], lexicon: Lexicon) -> None:
        self.actors = actors
        self.stop = {fold(w) for w in lexicon.stop}
        self.entries: dict[str, AliasEntry] = {}
        for place in lexicon.places:
            self._add(place, AliasEntry(None, "place", 0))
        for info in actors.values():
            guard_all = info.ambiguous
            names = (info.name, *info.aliases)
            for alias in names:
                # "~Security Council": a generic name that another body may carry
                # ("National Security Council"): not right after a capitalised word
                guard = 1 if alias.startswith("~") else 2 if guard_all and " " not in alias else 0
                alias = alias.lstrip("~")
                self._add(alias, AliasEntry(info.id, "name", guard, info.type == "state"))
                if info.type in _NAMEY_ORG_TYPES and _is_titlecase_word(alias):
                    self._add(alias.upper(), AliasEntry(info.id, "name", guard))
            for dem in info.demonyms:
                self._add(dem, AliasEntry(info.id, "demonym", 0))
            for met in info.metonyms:
                self._add(met, AliasEntry(info.id, "metonym", 2 if " " not in met else 0))
        self.pattern = re.compile(r"(?<![\w])(?:" + trie_regex(self.entries) + r")(?![\w])")
        nouns = sorted({fold(n) for n in lexicon.force_nouns}, key=len, reverse=True)
        # first letters of the force nouns: most names are not followed by one, and a set
        # lookup is cheaper than a regex call
        self.force_initials = frozenset(n[0] for n in nouns if n)
        self.force_re = re.compile(
            r"\s+(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in nouns) + r")(?![\w])"
        )
        # case-insensitive lookup for ``resolve``: every name, alias, metonym and demonym
        self.lookup: dict[str, str] = {}
        for key, entry in self.entries.items():
            if entry.actor_id is not None:
                self.lookup.setdefault(fold_key(key), entry.actor_id)
        for info in actors.values():
            self.lookup[fold_key(info.id)] = info.id
            self.lookup[fold_key(info.name)] = info.id

    def _add(self, alias: str, entry: AliasEntry) -> None:
        alias = fold(alias.strip())
        if not alias:
            return
        if len(alias) <= 4 and alias.isupper() and entry.actor_id is not None:
            entry = replace(entry, short_caps=True)
        self.entries[alias] = entry
        if alias.startswith("the "):
            self.entries["The " + alias[4:]] = entry

    def find_all(
        self, folded: str, starts: list[int], ends: list[int]
    ) -> list[tuple[int, GazMatch]]:
        """(sentence index, match) for matches inside the sentences ``starts[k]:ends[k]``.

        One pass of the trie regex over the whole text; a merge walk assigns sentences.
        """
        out: list[tuple[int, GazMatch]] = []
        entries, force_re, heads = self.entries, self.force_re, self.force_initials
        k, n = 0, len(starts)
        shouting: dict[int, bool] = {}
        for m in self.pattern.finditer(folded):
            s, e = m.span()
            while k < n and ends[k] <= s:
                k += 1
            if k == n:
                break
            seg_start, seg_end = starts[k], ends[k]
            if s < seg_start or e > seg_end:
                continue
            entry = entries[squash(m.group())]
            if entry.short_caps:
                if k not in shouting:
                    shouting[k] = _in_capitals(folded[seg_start:seg_end])
                if shouting[k]:
                    continue  # "THIS IS WAR": no Islamic State
            if entry.guard and self._glued(folded, seg_start, s, e, seg_end, entry.guard):
                continue
            if (entry.kind == "demonym" or entry.state_name) and folded[e + 1 : e + 2] in heads:
                fm = force_re.match(folded, e, seg_end)
                if fm:
                    e = fm.end()
            out.append((k, GazMatch(s, e, entry)))
        return out

    def _glued(
        self, folded: str, seg_start: int, s: int, e: int, seg_end: int, guard: int
    ) -> bool:
        if guard == 2 and _NEXT_CAP.match(folded, e, seg_end):
            return True
        before = folded[max(seg_start, s - 30) : s]
        # a generic name (guard 1) is also another body's after a possessive: "Mali's
        # Democratic Party"; a distinctive one is not: "Russia's Rosatom"
        m = (_PREV_CAP if guard == 2 else _PREV_CAP_POSS).search(before)
        if not m:
            return False
        # a capitalised function word ("In Washington") is no first name ("Michael Jordan")
        return m.group().rstrip() not in self.stop


def _is_titlecase_word(alias: str) -> bool:
    return " " not in alias and len(alias) >= 4 and alias[0].isupper() and alias[1:].islower()


# Tables that delete the ASCII capitals, or small letters: what a sentence loses to them is
# its count of those letters (four times faster than counting regex matches).
_NO_UPPER = str.maketrans("", "", string.ascii_uppercase)
_NO_LOWER = str.maketrans("", "", string.ascii_lowercase)


def _in_capitals(sentence: str) -> bool:
    """A headline or a sentence in capitals: most of its letters are upper case."""
    n = len(sentence)
    upper, lower = n - len(sentence.translate(_NO_UPPER)), n - len(sentence.translate(_NO_LOWER))
    return upper + lower >= 8 and upper > 0.7 * (upper + lower)
