"""Theme phrase rules compiled into one trie regex; a match looks its phrase up to get themes."""

from __future__ import annotations

import re

from .textnorm import fold, squash, trie_regex
from .types import Theme, ThemeHit

_WORD_TAIL = re.compile(r"\w*")


class ThemeMatcher:
    """All phrases of all themes in one case-insensitive pass (multi-label by lookup)."""

    def __init__(self, themes: list[Theme]) -> None:
        self.order = {t.id: i for i, t in enumerate(themes)}
        self.exact: dict[str, list[str]] = {}
        self.prefix: dict[str, list[str]] = {}
        phrases: set[str] = set()
        # one-word phrases written with a capital (proper nouns: "Minusma", "Ebola"); other
        # one-word phrases do not match a Capitalised word inside a sentence ("Ned Price")
        self.proper: set[str] = set()
        for theme in themes:
            for raw in theme.phrases:
                phrase = " ".join(fold(raw).lower().split())
                if " " not in phrase and raw != raw.lower():
                    self.proper.add(phrase.rstrip("*"))
                if not phrase or phrase == "*":
                    continue
                phrases.add(phrase)
                table = self.prefix if phrase.endswith("*") else self.exact
                key = phrase.rstrip("*")
                ids = table.setdefault(key, [])
                if theme.id not in ids:
                    ids.append(theme.id)
        self._memo: dict[str, list[str]] = {}
        self.max_prefix = max((len(k) for k in self.prefix), default=0)
        body = trie_regex(sorted(phrases), star=True) if phrases else r"(?!)"
        self.pattern = re.compile(r"(?<![\w])(?:" + body + r")(?![\w])")

    def find(self, lowered: str, start: int, end: int) -> list[ThemeHit]:
        """Hits in ``lowered[start:end]`` (the folded, lower-cased text)."""
        return [
            ThemeHit(m.start(), m.end(), theme)
            for m in self.pattern.finditer(lowered, start, end)
            for theme in self.themes_of(squash(m.group()))
        ]

    def is_name_use(self, matched: str, original: str, sentence_initial: bool) -> bool:
        """A common word written as a name inside a sentence: "Price", "Courtaulds"."""
        if sentence_initial or " " in matched or not original[:1].isupper():
            return False
        if original.isupper():
            return False  # an acronym: "IMF", "GDP"
        return not any(matched.startswith(p) for p in self.proper)

    def themes_of(self, matched: str) -> list[str]:
        cached = self._memo.get(matched)
        if cached is not None:
            return cached
        found = list(self.exact.get(matched, ()))
        for n in range(min(len(matched), self.max_prefix), 0, -1):
            ids = self.prefix.get(matched[:n])
            if not ids or not _WORD_TAIL.fullmatch(matched, n):
                continue
            for theme in ids:
                if theme not in found:
                    found.append(theme)
        if len(self._memo) < 50_000:
            self._memo[matched] = found
        return found

    def sort_key(self, theme: str) -> int:
        return self.order.get(theme, len(self.order))
