"""The Annotator: actors and themes of a document, by sentence spans."""

from __future__ import annotations

import re
import threading
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from operator import attrgetter, itemgetter
from pathlib import Path

from explorer.gcpause import gc_paused

from .coref import AnaphorHit, DocResolver, Item, RoleHit
from .data import Lexicon, load_actors, load_lexicon, load_themes
from .discover import Discoverer
from .gazetteer import Gazetteer
from .textnorm import fold, fold_key, squash, trie_regex
from .themes import ThemeMatcher
from .types import ActorInfo, Mention, ThemeHit


class DocAnnotation:
    """Actor mentions and theme hits of one document, with span queries.

    Theme hits are kept as plain tuples and turned into ``ThemeHit`` values only when
    ``theme_hits`` is read (for highlighting); span queries do not need them.
    """

    __slots__ = ("mentions", "_hits", "_theme_hits", "_rank", "_m_starts", "_t_starts")

    def __init__(
        self,
        mentions: list[Mention],
        hits: list[tuple[int, int, str]],
        theme_rank: dict[str, int] | None = None,
    ) -> None:
        if any(a.start > b.start for a, b in zip(mentions, mentions[1:], strict=False)):
            mentions.sort(key=attrgetter("start"))
        hits.sort()
        self.mentions = mentions
        self._hits = hits
        self._theme_hits: list[ThemeHit] | None = None
        self._rank = theme_rank or {}
        self._m_starts = [m.start for m in mentions]
        self._t_starts = [h[0] for h in hits]

    @property
    def theme_hits(self) -> list[ThemeHit]:
        """(start, end, theme) phrase matches, by start offset."""
        if self._theme_hits is None:
            self._theme_hits = [ThemeHit(s, e, t) for s, e, t in self._hits]
        return self._theme_hits

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """Mentions lying inside ``[start, end)``."""
        mentions = self.mentions
        i, n = bisect_left(self._m_starts, start), len(mentions)
        out = []
        while i < n:
            m = mentions[i]
            if m.start >= end:
                break
            if m.end <= end:
                out.append(m)
            i += 1
        return out

    def themes_in(self, start: int, end: int) -> tuple[str, ...]:
        """Theme ids with a hit inside ``[start, end)``, in taxonomy order."""
        hits = self._hits
        i, n = bisect_left(self._t_starts, start), len(hits)
        found: set[str] = set()
        while i < n:
            s, e, theme = hits[i]
            if s >= end:
                break
            if e <= end:
                found.add(theme)
            i += 1
        if len(found) < 2:
            return tuple(found)
        rank = self._rank
        return tuple(sorted(found, key=lambda t: (rank.get(t, 1 << 30), t)))

    def actor_ids(self) -> tuple[str, ...]:
        """Distinct actors of the document, in order of first mention."""
        return tuple(dict.fromkeys(m.actor_id for m in self.mentions))


@dataclass(frozen=True, slots=True)
class _Resources:
    actors: dict[str, ActorInfo]
    lexicon: Lexicon
    gazetteer: Gazetteer
    discoverer: Discoverer
    themes: ThemeMatcher
    theme_rank: dict[str, int]
    phrase_re: re.Pattern[str]
    phrase_starts: re.Pattern[str] | None
    modifier_nouns: frozenset[str]
    anaphors: dict[str, tuple[str, ...]]


_CACHE: dict[tuple[object, ...], _Resources] = {}
_LOCK = threading.Lock()


def _file_key(path: Path | None) -> object:
    if path is None:
        return None
    try:
        st = path.stat()
        return (str(path.resolve()), st.st_mtime_ns, st.st_size)
    except OSError:
        return (str(path), None, None)


def _build(user_actors: Path | None, user_themes: Path | None) -> _Resources:
    actors, extra = load_actors(user_actors)
    lexicon = load_lexicon(extra)
    themes = load_themes(user_themes)
    matcher = ThemeMatcher(themes)
    role_words = sorted(
        {fold(p).lower() for phrases in lexicon.roles.values() for p in phrases}, key=len,
        reverse=True,
    )
    role_re = (
        r"(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:(?:country|nation|state)'s\s+)?"
        r"(?:(?:interim|acting|new|current|transitional|incumbent)\s+)?"
        r"(?i:(?P<role>" + trie_regex(role_words)
        + r"))(?![\w-])(?!\s+(?:of|for)\s+(?:the\s+)?[A-Z])(?!,?\s+[A-Z][a-z])"
    )
    anaphors: dict[str, list[str]] = {}
    for info in actors.values():
        for phrase in info.anaphors:
            anaphors.setdefault(fold_key(phrase), []).append(info.id)
    for phrase in lexicon.state_anaphors:
        anaphors.setdefault(fold_key(phrase), [])
    alts = sorted(anaphors, key=len, reverse=True)
    anaphor_re = (
        r"(?i:(?P<ana>" + trie_regex(alts) + r"))(?![\w-])"
    )
    # one pass for both: an anaphor ("the mercenaries") or a role ("the foreign minister").
    # The phrases go in as tries: the engine reads "the " once instead of once per phrase,
    # and, as with the longest-first alternation, tries the longest phrase that fits first.
    phrase_re = re.compile(r"(?<![\w])(?:" + anaphor_re + "|" + role_re + ")")
    # Every match of phrase_re starts with the first word of an anaphor (any case) or with
    # the/its/their (a role): a cheap scan of the lower-cased text for those words finds
    # where to try it. Kept only when those words are plain ASCII letters, whose lower case
    # is exactly what re.I equates them with. Each alternative opens with its letter (the
    # word-start test follows it), so the engine skips to those letters without a try.
    firsts = {a.split(" ")[0] for a in alts} | {"the", "its"}
    phrase_starts = (
        re.compile("|".join(w[0] + r"(?<![\w].)" + w[1:] for w in sorted(firsts)))
        if all(w.isascii() and w.isalpha() and w.islower() for w in firsts)
        else None
    )
    return _Resources(
        actors=actors,
        lexicon=lexicon,
        gazetteer=Gazetteer(actors, lexicon),
        discoverer=Discoverer(lexicon),
        themes=matcher,
        theme_rank=dict(matcher.order),
        phrase_re=phrase_re,
        phrase_starts=phrase_starts,
        modifier_nouns=frozenset(
            {fold(n).split()[0].lower() for n in lexicon.force_nouns}
            | {fold(p).split()[0].lower() for ps in lexicon.roles.values() for p in ps}
            | {"spokesman", "spokeswoman", "spokesperson", "official", "officials", "source",
               "sources", "statement", "minister", "ministry", "critics", "opponents"}
        ),
        anaphors={k: tuple(v) for k, v in anaphors.items()},
    )


class Annotator:
    """Finds actors (gazetteer, discovery, coreference) and themes in documents.

    The bundled data is compiled once per process (and per pair of user files); building a
    second Annotator with the same files reuses it.
    """

    def __init__(self, user_actors: Path | None = None, user_themes: Path | None = None) -> None:
        user_actors = Path(user_actors) if user_actors is not None else None
        user_themes = Path(user_themes) if user_themes is not None else None
        key = (_file_key(user_actors), _file_key(user_themes))
        with _LOCK:
            res = _CACHE.get(key)
            if res is None:
                res = _build(user_actors, user_themes)
                _CACHE[key] = res
        self._res = res

    # -- lookups ------------------------------------------------------------------------------

    def actor(self, actor_id: str) -> ActorInfo | None:
        return self._res.actors.get(actor_id)

    def resolve(self, name_or_alias: str) -> str | None:
        """Actor id from an id, name, alias, metonym or demonym (any case, any accents)."""
        key = fold_key(name_or_alias)
        lookup = self._res.gazetteer.lookup
        found = lookup.get(key)
        if found is None and key.startswith("the "):
            found = lookup.get(key[4:])
        if found is None:  # "President Macron", "Mr Macron"
            words = key.split()
            titles = self._res.discoverer.lower_titles
            i = 0
            while i < len(words) - 1 and words[i].rstrip(".") in titles:
                i += 1
            if i:
                found = lookup.get(" ".join(words[i:]))
        return found

    @property
    def actors(self) -> dict[str, ActorInfo]:
        return self._res.actors

    @property
    def theme_ids(self) -> tuple[str, ...]:
        return tuple(self._res.theme_rank)

    # -- annotation ---------------------------------------------------------------------------

    def annotate(
        self, text: str, segments: Sequence[tuple[int, int]], *, year: int | None = None
    ) -> DocAnnotation:
        """Annotate the content sentences ``segments`` of ``text`` (offsets into ``text``).

        ``year`` (the document's year, when known) limits gazetteer roles to those valid then.
        """
        # The pass allocates many small acyclic objects; the cyclic GC would otherwise run
        # dozens of times per MB for nothing (measured: about 40% of the time).
        with gc_paused():
            return self._annotate(text, segments, year)

    def _annotate(
        self, text: str, segments: Sequence[tuple[int, int]], year: int | None
    ) -> DocAnnotation:
        res = self._res
        folded = fold(text)
        lowered = folded.lower()
        if len(lowered) != len(folded):  # a rare character whose lower case is longer
            lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in folded)
        segs = sorted(segments)
        starts = [s for s, _ in segs]
        ends = [e for _, e in segs]
        items: list[tuple[int, int, int, int, Item]] = []
        hits: list[tuple[int, int, str]] = []
        actors = res.actors
        gaz = res.gazetteer.find_all(folded, starts, ends)
        # names of actors are not rediscovered; a place may still open a name ("Sahel
        # Security Observatory"), so places do not cut runs (a lone place is dropped anyway)
        taken = [(g.start, g.end) for _, g in gaz if g.entry.actor_id is not None]
        for k, g in gaz:
            items.append((g.start, 0, k, starts[k], g))
            aid = g.entry.actor_id
            if aid is not None:
                for t in actors[aid].themes:
                    hits.append((g.start, g.end, t))
        for k, c in res.discoverer.candidates(folded, starts, ends, taken):
            items.append((c.start, 1, k, starts[k], c))
        phrases = (
            res.phrase_re.finditer(folded)
            if res.phrase_starts is None
            else _matches_at(res.phrase_re, folded, res.phrase_starts.finditer(lowered))
        )
        for k, m in _in_sentences(phrases, starts, ends):
            if _overlaps(m.span(), taken):
                continue
            ana = m.group("ana")
            if ana is not None:
                nxt = _NEXT_WORD.match(folded, m.end())
                if nxt and nxt.group(1).lower() in res.modifier_nouns:
                    continue  # "the government spokesman": not the government itself
                ids = res.anaphors.get(fold_key(ana), ())
                items.append((m.start(), 3, k, starts[k], AnaphorHit(m.start(), m.end(), ids)))
                continue
            role = self._role_of(m.group("role"))
            if role:
                items.append((m.start(), 2, k, starts[k], RoleHit(m.start(), m.end(), role)))
        themes_of = res.themes.themes_of
        k, n = 0, len(starts)
        for m in res.themes.pattern.finditer(lowered):  # the merge walk, inlined (hot loop)
            hs, he = m.span()
            while k < n and ends[k] <= hs:
                k += 1
            if k == n:
                break
            if starts[k] <= hs and he <= ends[k]:
                matched = squash(m.group())
                if folded[hs].isupper() and res.themes.is_name_use(
                    matched, folded[hs:he], hs == _first_alnum(folded, starts[k], he)
                ):
                    continue
                for t in themes_of(matched):
                    hits.append((hs, he, t))
        items.sort(key=itemgetter(0, 1))
        resolver = DocResolver(text, folded, actors, res.discoverer, year)
        return DocAnnotation(resolver.run(items), hits, res.theme_rank)

    def _role_of(self, phrase: str) -> str | None:
        key = " ".join(phrase.lower().split())
        for role, phrases in self._res.lexicon.roles.items():
            if key in phrases:
                return role
        return None


_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")


def _first_alnum(text: str, start: int, end: int) -> int:
    while start < end and not text[start].isalnum():
        start += 1
    return start


def _overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    s, e = span
    i = bisect_left(taken, (s, s))
    return any(a < e and s < b for a, b in taken[max(0, i - 1) : i + 2])


def _matches_at(
    pattern: re.Pattern[str], text: str, starts: Iterator[re.Match[str]]
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` when every match of ``pattern`` begins where one of
    ``starts`` does (offsets into a same-length copy of ``text``): tried only there."""
    end = 0
    match = pattern.match
    for s in starts:
        pos = s.start()
        if pos < end:
            continue
        m = match(text, pos)
        if m is not None:
            end = m.end()
            yield m


def _in_sentences(
    matches: Iterator[re.Match[str]], starts: list[int], ends: list[int]
) -> Iterator[tuple[int, re.Match[str]]]:
    """Matches lying inside one of the sorted sentences, with the sentence index."""
    k, n = 0, len(starts)
    for m in matches:
        s, e = m.span()
        while k < n and ends[k] <= s:
            k += 1
        if k == n:
            return
        if starts[k] <= s and e <= ends[k]:
            yield k, m
