"""The Annotator: actors and themes of a document, by sentence spans."""

from __future__ import annotations

import re
import threading
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .coref import AnaphorHit, DocResolver, Item, RoleHit
from .data import Lexicon, load_actors, load_lexicon, load_themes
from .discover import Discoverer
from .gazetteer import Gazetteer
from .textnorm import fold, fold_key
from .themes import ThemeMatcher
from .types import ActorInfo, Mention, ThemeHit


@dataclass(slots=True)
class DocAnnotation:
    """Actor mentions and theme hits of one document, with span queries."""

    mentions: list[Mention]
    theme_hits: list[ThemeHit]
    _theme_rank: dict[str, int] = field(default_factory=dict, repr=False)
    _m_starts: list[int] = field(default_factory=list, repr=False)
    _t_starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self.mentions.sort(key=lambda m: (m.start, -m.end))
        self.theme_hits.sort(key=lambda h: (h.start, h.end, self._theme_rank.get(h.theme, 0)))
        self._m_starts = [m.start for m in self.mentions]
        self._t_starts = [h.start for h in self.theme_hits]

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """Mentions lying inside ``[start, end)``."""
        i = bisect_left(self._m_starts, start)
        out = []
        for m in self.mentions[i:]:
            if m.start >= end:
                break
            if m.end <= end:
                out.append(m)
        return out

    def themes_in(self, start: int, end: int) -> tuple[str, ...]:
        """Theme ids with a hit inside ``[start, end)``, in taxonomy order."""
        i = bisect_left(self._t_starts, start)
        found: set[str] = set()
        for h in self.theme_hits[i:]:
            if h.start >= end:
                break
            if h.end <= end:
                found.add(h.theme)
        return tuple(sorted(found, key=lambda t: (self._theme_rank.get(t, 1 << 30), t)))

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
    role_re: re.Pattern[str]
    anaphor_re: re.Pattern[str]
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
    role_re = re.compile(
        r"(?<![\w])(?:[Tt]he|[Ii]ts|[Tt]heir)[ \t]+(?:(?:country|nation|state)'s[ \t]+)?"
        r"(?:(?:interim|acting|new|current|transitional|incumbent)[ \t]+)?"
        r"(?i:(" + "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in role_words) + r"))"
        r"(?![\w-])(?![ \t]+(?:of|for)\b)(?!,?[ \t]+[A-Z][a-z])"
    )
    anaphors: dict[str, list[str]] = {}
    for info in actors.values():
        for phrase in info.anaphors:
            anaphors.setdefault(fold_key(phrase), []).append(info.id)
    for phrase in lexicon.state_anaphors:
        anaphors.setdefault(fold_key(phrase), [])
    alts = sorted(anaphors, key=len, reverse=True)
    anaphor_re = re.compile(
        r"(?<![\w])(?i:(" + "|".join(re.escape(a).replace(r"\ ", r"[ \t]+") for a in alts)
        + r"))(?![\w-])"
    )
    return _Resources(
        actors=actors,
        lexicon=lexicon,
        gazetteer=Gazetteer(actors, lexicon),
        discoverer=Discoverer(lexicon),
        themes=matcher,
        theme_rank=dict(matcher.order),
        role_re=role_re,
        anaphor_re=anaphor_re,
        anaphors={k: tuple(v) for k, v in anaphors.items()},
    )


class Annotator:
    """Finds actors (gazetteer, discovery, coreference) and themes in documents.

    The bundled data is compiled once per process (and per pair of user files); building a
    second Annotator with the same files reuses it.
    """

    def __init__(self, user_actors: Path | None = None, user_themes: Path | None = None) -> None:
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
        return self._res.gazetteer.lookup.get(fold_key(name_or_alias))

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
        res = self._res
        folded = fold(text)
        lowered = folded.lower()
        if len(lowered) != len(folded):  # a rare character whose lower case is longer
            lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in folded)
        items: list[tuple[int, int, int, Item]] = []
        hits: list[ThemeHit] = []
        for sent, (s, e) in enumerate(segments):
            gaz = res.gazetteer.find(folded, s, e)
            taken = [(g.start, g.end) for g in gaz]
            for g in gaz:
                items.append((g.start, 0, sent, g))
                aid = g.entry.actor_id
                info = res.actors.get(aid) if aid else None
                if info is not None:
                    hits.extend(ThemeHit(g.start, g.end, t) for t in info.themes)
            for c in res.discoverer.candidates(folded, s, e, taken):
                items.append((c.start, 1, sent, c))
            for m in res.role_re.finditer(folded, s, e):
                role = self._role_of(m.group(1))
                if role and not _overlaps(m.span(), taken):
                    items.append((m.start(), 2, sent, RoleHit(m.start(), m.end(), role)))
            for m in res.anaphor_re.finditer(folded, s, e):
                if not _overlaps(m.span(), taken):
                    ids = res.anaphors.get(fold_key(m.group(1)), ())
                    items.append((m.start(), 3, sent, AnaphorHit(m.start(), m.end(), ids)))
            hits.extend(res.themes.find(lowered, s, e))
        items.sort(key=lambda x: (x[0], x[1]))
        seg_starts = [s for s, _ in segments]
        resolver = DocResolver(text, folded, res.actors, res.discoverer, year)
        mentions = resolver.run([(sent, seg_starts[sent], it) for _, _, sent, it in items])
        return DocAnnotation(_dedupe(mentions), hits, res.theme_rank)

    def _role_of(self, phrase: str) -> str | None:
        key = " ".join(phrase.lower().split())
        for role, phrases in self._res.lexicon.roles.items():
            if key in phrases:
                return role
        return None


def _overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    s, e = span
    return any(a < e and s < b for a, b in taken)


def _dedupe(mentions: list[Mention]) -> list[Mention]:
    """Drop a mention overlapping an earlier-starting (or longer) one."""
    mentions = sorted(mentions, key=lambda m: (m.start, -m.end))
    out: list[Mention] = []
    for m in mentions:
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out
