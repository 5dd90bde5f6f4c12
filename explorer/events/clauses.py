"""Cutting a sentence into clauses, and reading what a clause says about time.

A clause is cut at clause punctuation and at subordinating words, never inside a time
expression and never before one ("since 2012" stays whole). A piece that holds nothing
but a time expression ("Last year,") is joined to the clause it introduces.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import NamedTuple

from explorer.temporal import Timex
from explorer.temporal.lexicon import load_lexicon


@dataclass(frozen=True, slots=True)
class EventWords:
    openers: re.Pattern[str]
    temporal_openers: frozenset[str]
    relativizers: frozenset[str]
    perfect: re.Pattern[str]
    progressive: re.Pattern[str]
    copula: re.Pattern[str]
    dangling: frozenset[str]
    leading_drop: frozenset[str]
    empty: frozenset[str]
    prepositions: frozenset[str]
    verb_starts: frozenset[str]
    adverbs: frozenset[str]
    time_prepositions: frozenset[str]
    not_verbs: frozenset[str]
    # reporting verbs that may come before their subject: '"...," said a spokesman'
    inverted_reporting: frozenset[str]
    participles: frozenset[str]  # irregular past participles: "built", "known", "held"
    # title words: a report ("AFAD said"), the words leading to a date ("in 2001 and 2003",
    # "as early as"), time units and quantities that bound a noun chunk, coordinators
    reporting: frozenset[str]
    reporting_ends: tuple[str, ...]  # the same, for str.endswith
    date_links: frozenset[str]
    time_units: frozenset[str]
    quantities: frozenset[str]
    coordinators: frozenset[str]
    # perfect or progressive without re.I, for lower-cased text (see lower_copy)
    present_lower: re.Pattern[str]
    # the openers without re.I, each group led by its letter (see find_cuts); None when an
    # opener holds more than ASCII letters and spaces
    openers_lower: re.Pattern[str] | None
    # the same openers after a blank, and after any other character that may precede one
    # (the opener is group 1): see _opener_cuts. None with openers_lower.
    openers_spaced: re.Pattern[str] | None
    openers_other: re.Pattern[str] | None


@cache
def words() -> EventWords:
    raw = json.loads(resources.files("explorer.data").joinpath("events.json").read_text("utf-8"))
    # Alternatives grouped by first letter: the regex engine then tries one group per
    # position instead of every word (a quarter faster on news text).
    by_first: dict[str, list[str]] = {}
    # lower case: :func:`find_cuts` may match these without re.I on lower-cased text
    for word in sorted((w.lower() for w in raw["clause_openers"]), key=len, reverse=True):
        by_first.setdefault(word[0], []).append(re.escape(word[1:]).replace(r"\ ", r"\s+"))
    parts = "|".join(f"{re.escape(k)}(?:{'|'.join(v)})" for k, v in by_first.items())
    irregular = "|".join(
        sorted({w.lower() for w in raw["irregular_participles"]}, key=len, reverse=True)
    )
    adverb = r"(?:\w+ly\s+|not\s+|never\s+|also\s+|already\s+|just\s+|since\s+|now\s+|long\s+|yet\s+|still\s+)"
    # "'s" + a participle is far more often a possessive before an adjective ("Tacloban's
    # wrecked airport") than "has": it counts only before "been" or "gone", or after a
    # pronoun ("he's told me", "that's built up")
    perfect = (
        rf"\b(?:has|have|hasn['’]t|haven['’]t|['’]ve)\s+{adverb}{{0,3}}(?:been|{irregular}|\w+ed)\b"
        rf"|\b['’]s\s+{adverb}{{0,3}}(?:been|gone)\b"
        rf"|\b(?:he|she|it|that|who|what)['’]s\s+{adverb}{{0,3}}(?:{irregular}|\w+ed)\b"
    )
    ing = rf"\s+{adverb}{{0,2}}\w{{2,}}ing\b"  # after "is", "are", "am", "'re"
    progressive = rf"\b(?:is|are|am|['’]re){ing}"
    # The word-start test after the first letter ("(?<![\w'’-].)" there is the same test
    # as "(?<![\w'’-])" before it): every branch then opens with a literal, which lets the
    # engine skip to those letters instead of trying each position.
    plain = all(w.replace(" ", "").isascii() and w.replace(" ", "").isalpha()
                for w in raw["clause_openers"])
    openers_lower = re.compile(
        "|".join(f"{re.escape(k)}(?<![\\w'’-].)(?:{'|'.join(v)})(?![\\w'’-])"
                 for k, v in by_first.items())
    ) if plain else None
    grouped = "|".join(f"{re.escape(k)}(?:{'|'.join(v)})" for k, v in by_first.items())
    openers_spaced = re.compile(f" ({grouped})(?![\\w'’-])") if plain else None
    openers_other = re.compile(f"[^\\w'’ -]({grouped})(?![\\w'’-])") if plain else None
    return EventWords(
        openers=re.compile(rf"(?<![\w'’-])(?:{parts})(?![\w'’-])", re.I),
        temporal_openers=frozenset(raw["temporal_openers"]),
        relativizers=frozenset(raw["relativizers"]),
        perfect=re.compile(perfect, re.I),
        progressive=re.compile(progressive, re.I),
        copula=re.compile(r"\b(?:is|are|am)\b", re.I),
        dangling=frozenset(raw["dangling"]),
        leading_drop=frozenset(raw["leading_drop"]),
        empty=frozenset(raw["empty_clause_words"]),
        prepositions=frozenset(raw["prepositions"]),
        verb_starts=frozenset(raw["verb_starts"]) | frozenset(raw["irregular_participles"]),
        adverbs=frozenset(raw["adverbs"]),
        time_prepositions=frozenset(raw["time_prepositions"]),
        not_verbs=frozenset(raw["not_verbs"]),
        inverted_reporting=frozenset(raw["inverted_reporting"]),
        participles=frozenset(raw["irregular_participles"]),
        reporting=frozenset(load_lexicon().reporting_verbs),
        reporting_ends=tuple(sorted(load_lexicon().reporting_verbs)),
        date_links=frozenset(raw["date_links"]),
        time_units=frozenset(raw["time_units"]),
        quantities=frozenset(raw["quantity_words"]),
        coordinators=frozenset(raw["coordinators"]),
        # The perfect and the progressive in one search (a sixth faster than one search
        # each). "\b" moved after the first character ("(?<!\w.)" after a letter,
        # "(?<=\w.)" after an apostrophe) so that every branch opens with a literal, and
        # all in one group: the engine then skips to those first characters (h, i, a or
        # an apostrophe), which top-level branches would defeat.
        present_lower=re.compile(
            rf"(?:h(?<!\w.)(?:as|ave|asn['’]t|aven['’]t)\s+{adverb}{{0,3}}(?:been|{irregular}|\w+ed)\b"
            rf"|i(?<!\w.)s{ing}|a(?<!\w.)(?:re|m){ing}"
            rf"|['’](?<=\w.)(?:ve\s+{adverb}{{0,3}}(?:been|{irregular}|\w+ed)\b"
            rf"|s\s+{adverb}{{0,3}}(?:been|gone)\b"
            rf"|(?:(?<=\bhe.)|(?<=\bshe.)|(?<=\bit.)|(?<=\bthat.)|(?<=\bwho.)|(?<=\bwhat.))"
            rf"s\s+{adverb}{{0,3}}(?:{irregular}|\w+ed)\b"
            rf"|re{ing}))"
        ),
        openers_lower=openers_lower,
        openers_spaced=openers_spaced,
        openers_other=openers_other,
    )


# Clause punctuation, as (first character or class, rest) pairs.
_PUNCT = (
    (",", r"(?=\s)"), (";", ""), (":", r"(?=\s)"), (r"\s", r"[\u2013\u2014-]\s"),
    (r"[\u2013\u2014]", ""), (r"[\u201c\u201d\"]", ""), ("`", "`"), ("'", "'"),
)
_CUT_PUNCT = re.compile("|".join(first + rest for first, rest in _PUNCT))
# The same matches in two scans that each open on a rare character, so that the engine
# skips to it instead of trying every blank: the punctuation with a dash standing alone
# ("pre-dates –" is no cut there when blanks surround it), and " – " found from its dash
# (the cut starts at the blank before it). Every branch opens with one literal character
# (no class): only then does the engine gather those characters into a set and skip to
# them, instead of trying the whole alternation at every position (four times faster).
_CUT_PUNCT_LEAD = re.compile(
    r",(?=\s)|;|:(?=\s)|\u2013(?:(?<!\s.)|(?!\s))|\u2014(?:(?<!\s.)|(?!\s))"
    r"|\u201c|\u201d|\"|``|''"
)
_SPACED_DASH = re.compile(r"[\u2013\u2014-](?<=\s.)\s")


def _spaced_dashes(text: str, start: int, stop: int) -> Iterator[Cut]:
    """The " – " cuts of text[start:stop], as the left-to-right scan finds them: one whose
    blank before was the end of the last, or lies before start, is no such cut (an en or
    em dash is then a cut on its own, a hyphen none)."""
    last_end = start  # a blank before start is outside the scan too
    for m in _SPACED_DASH.finditer(text, start, stop):
        at = m.start()
        if at - 1 < last_end:
            if text[at] != "-":
                yield at, at + 1, None
            continue
        yield at - 1, m.end(), None
        last_end = m.end()
_WORD = re.compile(r"[\w'’-]+")
# "pre-dates that and has been growing": a pronoun, not a clause opener.
_DEMONSTRATIVE_THAT = re.compile(r"\s*(?:[,.;:!?)]|$|(?:and|or|but|is|was|will|would|has|had)\b)")
_QUOTED = re.compile(r"\u201c[^\u201c\u201d]*(?:\u201d|$)|\"[^\"]*(?:\"|$)|``(?:(?!'').)*(?:''|$)")


class Clause(NamedTuple):
    """A clause of a sentence (a tuple: built for every piece of every sentence, so kept
    cheap; it never leaves the events layer)."""

    start: int
    end: int
    opener: str | None  # the subordinating word that introduced the clause, lower case
    timexes: tuple[Timex, ...]


def _inside(pos: int, timexes: Sequence[Timex]) -> bool:
    return any(t.start <= pos < t.end for t in timexes)


def _followed_by_timex(text: str, pos: int, timexes: Sequence[Timex]) -> bool:
    j = pos
    while j < len(text) and text[j].isspace():
        j += 1
    return any(t.start == j for t in timexes)


@cache
def _cut_pattern() -> re.Pattern[str]:
    return re.compile(f"(?P<p>{_CUT_PUNCT.pattern})|(?P<o>{words().openers.pattern})", re.I)


# Characters for which matching the lower-cased text without re.I differs from matching
# the text with re.I: İ (its lower case is two characters), dotless ı and long ſ (re.I
# equates them with i and s). Found by testing every code point against every atom of
# the cut pattern (literal characters, \w, \s and the classes).
_CASE_ODD = re.compile("[\u0130\u0131\u017f]")

Cut = tuple[int, int, str | None]  # (cut at, clause text starts at, opener word or None)


def lower_copy(text: str) -> str | None:
    """``text`` in lower case when a case-sensitive pattern written in lower case finds
    there exactly what its re.I twin finds in ``text`` (same matches, same offsets), else
    None. Matching so runs about twice as fast (plain literals let the engine skip)."""
    lowered = text.lower()
    if text.isascii():  # most news text: no odd character to look for
        return lowered
    return lowered if len(lowered) == len(text) and not _CASE_ODD.search(text) else None


_UNSET = object()


def find_cuts(text: str, start: int = 0, end: int | None = None,
              lowered: str | None | object = _UNSET) -> list[Cut]:
    """Every place a clause may start in text[start:end], found in one pass so that a
    whole document is scanned once rather than sentence by sentence. ``lowered`` is
    :func:`lower_copy` of ``text`` when the caller has it."""
    stop = len(text) if end is None else end
    low = lower_copy(text) if lowered is _UNSET else lowered
    openers = words().openers_lower
    if isinstance(low, str) and openers is not None:
        # Two passes, punctuation and openers: their matches never overlap (an opener is
        # letters and spaces, punctuation holds no letter, and a blank in it is followed
        # by a dash), so together they find what the one alternation finds.
        cuts: list[Cut] = [(m.start(), m.end(), None)
                           for m in _CUT_PUNCT_LEAD.finditer(text, start, stop)]
        cuts.extend(_spaced_dashes(text, start, stop))
        cuts.extend(_opener_cuts(low, start, stop))
        cuts.sort()
        return cuts
    out: list[Cut] = []
    for m in _cut_pattern().finditer(text, start, stop):
        if m.lastgroup == "p":
            out.append((m.start(), m.end(), None))
        else:
            out.append((m.start(), m.start(), " ".join(m.group(0).lower().split())))
    return out


def _opener_cuts(low: str, start: int, stop: int) -> list[Cut]:
    """The cuts at openers in low[start:stop] (lower-cased text), as ``openers_lower`` finds
    them. Its letters are frequent, and the engine tries it at every one of them; most
    openers follow a blank, and a scan for a blank then the opener, plus one for any other
    character that may come before an opener, is about a third faster. The two scans find
    the matches of the one pattern that follow a blank or another character; when none of
    their matches overlap, they are together what the one scan finds (it would skip the
    same nothing), else the one scan decides. Each scan starts a character early, at the
    character before ``start`` (the one pattern looks there too)."""
    w = words()
    spaced, other = w.openers_spaced, w.openers_other
    if start > 0 and spaced is not None and other is not None:
        found = [m.span(1) for m in spaced.finditer(low, start - 1, stop)]
        found.extend(m.span(1) for m in other.finditer(low, start - 1, stop))
        found.sort()
        if all(a[1] <= b[0] for a, b in zip(found, found[1:], strict=False)):
            return [(s, s, " ".join(low[s:e].split())) for s, e in found]
    assert w.openers_lower is not None
    return [(m.start(), m.start(), " ".join(m.group(0).split()))
            for m in w.openers_lower.finditer(low, start, stop)]


def split_clauses(
    text: str, start: int, end: int, timexes: Sequence[Timex], candidates: Sequence[Cut] | None = None
) -> list[Clause]:
    """Clauses of the sentence text[start:end] with the timexes that fall in each.
    ``candidates`` are this sentence's :func:`find_cuts` when the caller has them."""
    if candidates is None:
        candidates = find_cuts(text, start, end)
    cuts: list[Cut] = []
    for cut in candidates:
        at, nxt, word = cut
        if word is None:
            if timexes and _inside(at, timexes):
                continue
        else:
            if timexes and (
                _inside(at, timexes) or _followed_by_timex(text, nxt + len(word), timexes)
            ):
                continue
            if word == "that" and (
                text[max(start, at - 3) : at].lower().strip() in ("so", "now")
                or _DEMONSTRATIVE_THAT.match(text, at + 4)
            ):
                continue
        cuts.append(cut)
    cuts.sort()
    pieces: list[tuple[int, int, str | None]] = []
    cur, opener = start, None
    for at, nxt, op in cuts:
        if at > cur:
            pieces.append((cur, at, opener))
            opener = None
        cur = max(cur, nxt)
        if op is not None:
            opener = op
    if cur < end:
        pieces.append((cur, end, opener))

    clauses: list[Clause] = []
    for s, e, op in pieces:
        while s < e and not (text[s].isalnum()):
            s += 1
        while e > s and not (text[e - 1].isalnum()):
            e -= 1
        if s >= e:
            continue
        tx = tuple([t for t in timexes if s <= t.start < e]) if timexes else ()
        clauses.append(Clause(s, e, op, tx))
    # only a dated piece is ever joined to another
    return _join_bare(text, clauses) if timexes else clauses


def content_words(text: str, clause: Clause, enough: int = 1 << 30) -> int:
    """How many words the clause has outside its time expressions and the empty words
    (counting stops at ``enough``)."""
    empty = words().empty
    tx = clause.timexes
    n = 0
    for m in _WORD.finditer(text, clause.start, clause.end):
        if m.group(0).lower() not in empty and not (tx and _inside(m.start(), tx)):
            n += 1
            if n >= enough:
                break
    return n


_VERBISH = re.compile(r"\b(?:\w{3,}(?:ed|ing)|has|have|had|is|are|was|were|will|would)\b", re.I)


def has_verb(text: str, c: Clause) -> bool:
    """A rough test that the clause says something happened (not a bare noun phrase)."""
    w = words()
    for m in _VERBISH.finditer(text, c.start, c.end):
        if m.group(0).lower() not in w.not_verbs:
            return True
    # a set test over the lower-cased words, in C: twice as fast as a generator of tests
    return not w.verb_starts.isdisjoint(map(str.lower, _WORD.findall(text, c.start, c.end)))


def _intro(text: str, c: Clause) -> bool:
    """A dated introductory phrase with no verb: "Last year", "In a statement on Tuesday"."""
    if content_words(text, c, 1) == 0:
        return True
    first = _WORD.match(text, c.start)
    return (
        first is not None
        and first.group(0).lower() in words().prepositions
        and len(_WORD.findall(text, c.start, c.end)) <= 8
        and not has_verb(text, c)
    )


_DATING = frozenset(("DATE", "TIME"))


def _join_bare(text: str, clauses: list[Clause]) -> list[Clause]:
    """Give a dated piece with no verb of its own to the clause it belongs to: forward
    ("Last year, Mali turned ...", "In a statement on Tuesday, the EU said ..."), or, when
    it closes the sentence (", in February."), back to the last clause with a verb."""
    out: list[Clause] = []
    i = 0
    while i < len(clauses):
        c = clauses[i]
        nxt = clauses[i + 1] if i + 1 < len(clauses) else None
        if c.timexes and nxt is not None and nxt.opener is None and _intro(text, c) and (
                not any(t.type in _DATING for t in nxt.timexes)
                or content_words(text, c, 1) == 0):  # a bare date first governs: "Last year, ..."
            # The clause keeps the intro's dates but starts where its own words do, so
            # that "Last year, Mali turned ..." is titled "Mali turned ..."; a duration of
            # its own ("3,000 bombs a month") does not date it.
            out.append(Clause(nxt.start, nxt.end, c.opener, c.timexes + nxt.timexes))
            i += 2
            continue
        if c.timexes and out and content_words(text, c, 1) == 0 and c.opener is None:
            # ", in February." closes the last clause with a verb; ", on July 26." after
            # "two days earlier" restates that clause's date
            back = next((k for k in range(len(out) - 1, max(-1, len(out) - 4), -1)
                         if has_verb(text, out[k]) and (
                             not out[k].timexes or k == len(out) - 1
                             and text[out[k].end : c.start].strip() == ",")), None)
            if back is not None:
                head = out[back]
                del out[back:]
                out.append(Clause(head.start, c.end, head.opener, head.timexes + c.timexes))
                i += 1
                continue
        out.append(c)
        i += 1
    return out


def is_present_news(text: str, clause: Clause, lowered: str | None = None) -> bool:
    """Present perfect or present progressive: news anchored at the publication date.
    ``lowered`` is :func:`lower_copy` of ``text`` when the caller has it."""
    w = words()
    if lowered is not None:
        return w.present_lower.search(lowered, clause.start, clause.end) is not None
    return bool(
        w.perfect.search(text, clause.start, clause.end)
        or w.progressive.search(text, clause.start, clause.end)
    )


def in_quote(text: str, sent_start: int, sent_end: int, clause: Clause) -> bool:
    """True when the clause lies inside quotation marks (reported speech)."""
    for m in _QUOTED.finditer(text, sent_start, sent_end):
        if m.start() <= clause.start and clause.end <= m.end():
            return True
    return False


def is_present_copula(text: str, clause: Clause) -> bool:
    return bool(words().copula.search(text, clause.start, clause.end))
