"""Sentence segmentation with character offsets into the original text.

News text comes one paragraph a line, sometimes hard-wrapped. Lines are classified first
(boilerplate, heading, content); content lines are joined where a hard wrap split a
sentence, then split at sentence punctuation unless the word before is an abbreviation or
an initial, or the punctuation sits inside an open quotation.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

from explorer.corpus.document import SegmentKind, Sentence

_LINE = re.compile(r"[^\r\n]+")
_BOUNDARY = re.compile(r"[.!?\u2026]+[\"\u201d\u2019')\]]*(?=\s+[\"\u201c\u2018'(\[]*[A-Z0-9\u00c0-\u024f])")
_WORD_BEFORE = re.compile(r"([\w.'\u2019-]+)$")
_NEXT_WORD = re.compile(r"\s+[\"\u201c\u2018'(\[]*([\w.]+)")
# What may follow "a.m."/"p.m." inside a sentence: a day, a month, a time zone.
_GOES_ON_AFTER_CLOCK = frozenset((
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mon.", "Tue.",
    "Wed.", "Thu.", "Fri.", "Sat.", "Sun.", "Jan.", "Feb.", "Aug.", "Sept.", "Sep.", "Oct.",
    "Nov.", "Dec.", "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December", "EST", "EDT", "CST", "CDT", "MST", "MDT",
    "PST", "PDT", "ET", "CT", "PT", "GMT", "UTC", "BST", "CET", "CEST", "IST", "JST", "AEST",
    "EAT", "WAT", "Eastern", "Central", "Pacific", "Mountain", "London", "Paris", "Washington",
    "Moscow", "Tokyo", "Beijing", "Baghdad", "Kyiv", "Kiev", "Jerusalem", "Today", "Tomorrow"))
_TERMINAL = ".!?:;\u2026\"\u201d\u2019)"
_MD_HEADING = re.compile(r"#{1,6}\s+")
_OPEN_Q = "\u201c"
_CLOSE_Q = "\u201d"


@dataclass(frozen=True, slots=True)
class CorpusRules:
    abbreviations: frozenset[str]
    boilerplate: re.Pattern[str]
    metadata: dict[str, re.Pattern[str]]
    dateline: re.Pattern[str]


@cache
def rules() -> CorpusRules:
    raw = json.loads(resources.files("explorer.data").joinpath("corpus.json").read_text("utf-8"))
    boiler = re.compile("|".join(f"(?:{p})" for p in raw["boilerplate"]), re.I)
    meta = {k: re.compile(v, re.I) for k, v in raw["metadata"].items()}
    return CorpusRules(frozenset(raw["abbreviations"]), boiler, meta, re.compile(raw["dateline"]))


def _is_heading(line: str, is_last: bool) -> bool:
    if _MD_HEADING.match(line):
        return True
    if is_last or line[-1] in _TERMINAL or line[-1] == ",":
        return False
    words = line.split()
    return 0 < len(words) <= 10 and not line[0].islower()


def classify_line(line: str, is_last: bool) -> SegmentKind:
    """Boilerplate, heading or content, for one stripped line."""
    if len(line) <= 160 and rules().boilerplate.fullmatch(line):
        return "boilerplate"
    if _is_heading(line, is_last):
        return "heading"
    return "sentence"


def _lines(text: str, start: int) -> list[tuple[int, int]]:
    """Stripped non-empty lines as (start, end) offsets."""
    out = []
    for m in _LINE.finditer(text, start):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def _quote_depth_breaks(text: str, s: int, e: int) -> list[int]:
    """Offsets inside [s, e) that lie within a quotation (returns a sorted list of
    (open, close) pairs flattened); unclosed quotes are ignored."""
    spans: list[int] = []
    opened = -1
    straight = -1
    for i in range(s, e):
        c = text[i]
        if c == _OPEN_Q:
            if opened < 0:
                opened = i
        elif c == _CLOSE_Q:
            if opened >= 0:
                spans += [opened, i]
                opened = -1
        elif c == '"':
            if straight < 0:
                straight = i
            else:
                spans += [straight, i]
                straight = -1
    return spans


def _inside(spans: list[int], pos: int) -> bool:
    return any(spans[i] < pos < spans[i + 1] for i in range(0, len(spans), 2))


def split_sentences(text: str, s: int, e: int) -> Iterator[tuple[int, int]]:
    """Sentence spans of the content run text[s:e]."""
    abbrev = rules().abbreviations
    quotes: list[int] | None = None
    cur = s
    for m in _BOUNDARY.finditer(text, s, e):
        p = m.start()
        if text[p] == ".":
            w = _WORD_BEFORE.search(text, max(s, p - 40), p)
            word = w.group(1) if w else ""
            if word.rstrip(".").lower() in ("a.m", "p.m"):
                # "at 9 p.m. Sunday", "7 a.m. EST" go on; "at 9:04 p.m. He stopped" ends
                nxt = _NEXT_WORD.match(text, m.end())
                if nxt is None or nxt.group(1)[:1].isdigit() or nxt.group(1) in _GOES_ON_AFTER_CLOCK \
                        or nxt.group(1).rstrip(".") in _GOES_ON_AFTER_CLOCK:
                    continue
            elif word.rstrip(".") in abbrev or (len(word) == 1 and word.isupper()):
                continue
        if quotes is None:
            quotes = _quote_depth_breaks(text, s, e) if ('"' in text[s:e] or _OPEN_Q in text[s:e]) else []
        if quotes and _inside(quotes, m.end() - 1):
            continue
        end = m.end()
        yield cur, end
        cur = end
        while cur < e and text[cur].isspace():
            cur += 1
    if cur < e:
        yield cur, e


def segment(text: str, start: int = 0) -> list[Sentence]:
    """Segments of text[start:] in order: sentences, headings and boilerplate lines."""
    lines = _lines(text, start)
    out: list[Sentence] = []
    run_s = run_e = -1

    def flush() -> None:
        nonlocal run_s
        if run_s >= 0:
            for a, b in split_sentences(text, run_s, run_e):
                out.append(Sentence(a, b, text[a:b], "sentence", len(out)))
        run_s = -1

    for n, (s, e) in enumerate(lines):
        line = text[s:e]
        kind = classify_line(line, n == len(lines) - 1 and run_s < 0 and n > 0)
        if kind != "sentence":
            flush()
            if kind == "heading":
                m = _MD_HEADING.match(line)
                if m:
                    s += m.end()
            out.append(Sentence(s, e, text[s:e], kind, len(out)))
            continue
        # A hard-wrapped line continues the run when it does not end a sentence and the
        # next line starts in lower case.
        if run_s >= 0 and text[run_e - 1] not in _TERMINAL and line[0].islower():
            run_e = e
            continue
        flush()
        d = rules().dateline.match(text, s, e)
        if d and d.end() < e:
            out.append(Sentence(s, d.end(), text[s : d.end()].rstrip(), "boilerplate", len(out)))
            s = d.end()
        run_s, run_e = s, e
    flush()
    return out
