"""TimeML reading and TempEval-3 Task A scoring (timex extent, type and value).

The scorer follows the TempEval-3 definitions: strict match = identical extent, relaxed
match = any overlap (one-to-one); attribute F1 = relaxed F1 x the share of relaxed matches
whose attribute is right, micro-averaged over all files.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from explorer.errors import InputError
from explorer.temporal.timex import Timex

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>", re.S)
_ATTR = re.compile(r'([A-Za-z_:]+)\s*=\s*"([^"]*)"')
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
_DCT_TIMEX = re.compile(r"<TIMEX3\b[^>]*functionInDocument=\"CREATION_TIME\"[^>]*>", re.S)


@dataclass(frozen=True, slots=True)
class GoldTimex:
    """A TIMEX3 of a gold file, with offsets into the document's raw text."""

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None


@dataclass(frozen=True, slots=True)
class TimeMLDocument:
    """One TimeML file: raw TEXT content without tags, its DCT and its gold timexes."""

    path: str
    text: str
    dct: date | None
    timexes: tuple[GoldTimex, ...]


def _dct_of(source: str) -> date | None:
    match = _DCT_TIMEX.search(source)
    if not match:
        return None
    attrs = dict(_ATTR.findall(match.group(0)))
    value = attrs.get("value", "")[:10]
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def parse_timeml(source: str, path: str = "-") -> TimeMLDocument:
    """Strip the tags of the TEXT element, keeping TIMEX3 extents as offsets."""
    body = _TEXT.search(source)
    if body is None:
        raise InputError(f"{path}: no <TEXT> element")
    content = body.group(1)
    pieces: list[str] = []
    length = 0
    open_timexes: list[tuple[int, dict[str, str]]] = []
    timexes: list[GoldTimex] = []
    pos = 0
    for tag in _TAG.finditer(content):
        chunk = html.unescape(content[pos : tag.start()])
        pieces.append(chunk)
        length += len(chunk)
        pos = tag.end()
        closing, name, attrs, selfclosing = tag.groups()
        if name != "TIMEX3" or selfclosing:
            continue
        if not closing:
            open_timexes.append((length, dict(_ATTR.findall(attrs))))
        elif open_timexes:
            start, attr = open_timexes.pop()
            timexes.append(
                GoldTimex(start, length, "", attr.get("type", ""), attr.get("value", ""),
                          attr.get("mod"))
            )
    chunk = html.unescape(content[pos:])
    pieces.append(chunk)
    text = "".join(pieces)
    gold = tuple(
        sorted(
            (GoldTimex(t.start, t.end, text[t.start : t.end], t.type, t.value, t.mod)
             for t in timexes),
            key=lambda t: (t.start, t.end),
        )
    )
    return TimeMLDocument(path, text, _dct_of(source), gold)


def read_timeml_dir(directory: str | Path) -> list[TimeMLDocument]:
    """Every ``*.tml`` below DIRECTORY, sorted by path."""
    root = Path(directory)
    if not root.is_dir():
        raise InputError(f"{directory}: not a directory")
    files = sorted(root.rglob("*.tml"))
    if not files:
        raise InputError(f"{directory}: no .tml files found")
    docs = []
    for file in files:
        try:
            source = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"{file}: cannot read ({exc})") from exc
        docs.append(parse_timeml(source, str(file)))
    return docs


@dataclass(slots=True)
class Counts:
    """Micro-averaged counts of a TempEval-3 Task A run."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0

    def add(self, other: Counts) -> None:
        self.gold += other.gold
        self.system += other.system
        self.strict += other.strict
        self.relaxed += other.relaxed
        self.type_ok += other.type_ok
        self.value_ok += other.value_ok

    def scores(self) -> dict[str, dict[str, float]]:
        """P/R/F1 in percent for strict, relaxed, type and value."""

        def prf(hits: float) -> dict[str, float]:
            p = hits / self.system if self.system else 0.0
            r = hits / self.gold if self.gold else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            return {"precision": 100 * p, "recall": 100 * r, "f1": 100 * f}

        relaxed = prf(self.relaxed)
        out = {"strict": prf(self.strict), "relaxed": relaxed}
        for name, ok in (("type", self.type_ok), ("value", self.value_ok)):
            share = ok / self.relaxed if self.relaxed else 0.0
            out[name] = {k: v * share for k, v in relaxed.items()}
        return out


@dataclass(slots=True)
class DocResult:
    """The alignment of one document: pairs, misses and extras."""

    path: str
    counts: Counts
    pairs: list[tuple[GoldTimex, Timex]] = field(default_factory=list)
    misses: list[GoldTimex] = field(default_factory=list)
    extras: list[Timex] = field(default_factory=list)


def align(path: str, gold: Iterable[GoldTimex], system: Iterable[Timex]) -> DocResult:
    """One-to-one overlap matching; exact-extent pairs are taken first."""
    golds = list(gold)
    systems = list(system)
    used_g: set[int] = set()
    used_s: set[int] = set()
    pairs: list[tuple[int, int]] = []
    exact = {(s.start, s.end): j for j, s in enumerate(systems)}
    for i, g in enumerate(golds):
        j = exact.get((g.start, g.end))
        if j is not None and j not in used_s:
            used_g.add(i)
            used_s.add(j)
            pairs.append((i, j))
    for i, g in enumerate(golds):
        if i in used_g:
            continue
        for j, s in enumerate(systems):
            if j not in used_s and s.start < g.end and g.start < s.end:
                used_g.add(i)
                used_s.add(j)
                pairs.append((i, j))
                break
    counts = Counts(gold=len(golds), system=len(systems), relaxed=len(pairs))
    result = DocResult(path, counts)
    for i, j in sorted(pairs):
        g, s = golds[i], systems[j]
        counts.strict += (g.start, g.end) == (s.start, s.end)
        counts.type_ok += g.type == s.type
        counts.value_ok += g.value == s.value
        result.pairs.append((g, s))
    result.misses = [g for i, g in enumerate(golds) if i not in used_g]
    result.extras = [s for j, s in enumerate(systems) if j not in used_s]
    return result


def evaluate(
    docs: Iterable[TimeMLDocument],
    tagger: Callable[[str, date | None], list[Timex]],
) -> tuple[Counts, list[DocResult]]:
    """Run TAGGER on every document and score it against the gold TIMEX3s."""
    total = Counts()
    results = []
    for doc in docs:
        result = align(doc.path, doc.timexes, tagger(doc.text, doc.dct))
        total.add(result.counts)
        results.append(result)
    return total, results
