"""From a tagged and annotated document to events: one per dated clause.

How a clause gets its time, in order:
1. its own DATE/TIME expression (explicit, relative to the DCT, or narrative);
2. a clause it governs or is governed by: "X since <clause dated T>" → X from T, ongoing;
   "<duration> since <clause>" / "<duration> ago" → the clause at DCT − duration;
3. present-perfect or progressive news → the DCT (anchor ``tense``).
Sentences with none of these give one undated event, kept apart by the model.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Protocol

from dateutil.relativedelta import relativedelta

from explorer.corpus import Document
from explorer.events.clauses import (
    Clause,
    content_words,
    find_cuts,
    has_verb,
    in_quote,
    is_present_copula,
    is_present_news,
    lower_copy,
    split_clauses,
)
from explorer.events.event import ActorRef, Event, TimexRef, When
from explorer.events.titles import (
    FALLBACK_TITLE_CHARS,
    MentionLike,
    is_adjectival,
    make_title,
    shortened,
    what_was_said,
)
from explorer.temporal import Timex
from explorer.temporal.ranges import WEEKDAY_STEMS

_DURATION = re.compile(r"^P(?:(\d+(?:\.\d+)?)([YMWDQ])|(\d+)(DE|CE))$")
_MOD_AFTER_DURATION = {"MORE_THAN": "BEFORE", "LESS_THAN": "AFTER", "APPROX": "APPROX"}
_OPENER_MOD = {"after": "AFTER", "before": "BEFORE", "until": "BEFORE", "till": "BEFORE"}
_SINCE_THEN = re.compile(r"\b[Ss]ince then\b")
_APPOSED_DATE = re.compile(r",\s*(?:on|in)?\s*")
_QUOTE_MARKS = ("\"", "\u201c", "\u201d", "``", "''")
# openers through which a clause takes its time from the next one ("X since <clause>")
_LINK_OPENERS = ("since", "after", "before", "when", "until", "till")


class Annotations(Protocol):
    def mentions_in(self, start: int, end: int) -> Sequence[MentionLike]: ...
    def themes_in(self, start: int, end: int) -> tuple[str, ...]: ...


def _when_from_timex(t: Timex, dct: date | None, *, anchor: str | None = None) -> When | None:
    if t.type not in ("DATE", "TIME"):
        return None
    if t.interval is None:
        if t.value == "PRESENT_REF" and dct is not None:
            return When("PRESENT_REF", dct, dct, "day", t.mod, "relative", False, _ref(t))
        return None
    start, end = t.interval
    return When(
        value=t.value,
        start=start,
        end=end,
        granularity=t.granularity,
        mod=t.mod,
        anchor=anchor or _anchor(t),  # type: ignore[arg-type]
        ongoing=t.ongoing,
        timex=_ref(t),
    )


def _anchor(t: Timex) -> str:
    return t.anchor if t.anchor in ("explicit", "relative", "narrative") else "explicit"


def _ref(t: Timex) -> TimexRef:
    return TimexRef(t.text, t.start, t.end)


def _shift_back(dct: date, value: str) -> tuple[date, str] | None:
    """DCT minus a duration value such as P1Y, P3M, P2W, P10D, P1DE."""
    m = _DURATION.match(value)
    if not m:
        return None
    if m.group(3):
        n, unit = int(m.group(3)), m.group(4)
        years = n * (10 if unit == "DE" else 100)
        return dct - relativedelta(years=years), "year"
    amount = float(m.group(1))
    if amount != int(amount):
        return None
    k = int(amount)
    unit = m.group(2)
    if unit == "Y":
        return dct - relativedelta(years=k), "month"
    if unit in ("M", "Q"):
        return dct - relativedelta(months=k * (3 if unit == "Q" else 1)), "month"
    if unit == "W":
        return dct - timedelta(weeks=k), "day"
    return dct - timedelta(days=k), "day"


def _when_before_dct(d: Timex, dct: date, clause_timex: Timex | None) -> When | None:
    shifted = _shift_back(dct, d.value)
    if shifted is None:
        return None
    point, gran = shifted
    mod = _MOD_AFTER_DURATION.get(d.mod or "")
    if gran == "month":
        start = point.replace(day=1)
        end = point if mod == "BEFORE" else (start + relativedelta(months=1) - timedelta(days=1))
        value = f"{point.year:04d}-{point.month:02d}"
    elif gran == "year":
        start, end, value = date(point.year, 1, 1), date(point.year, 12, 31), f"{point.year:04d}"
    else:
        start = end = point
        value = point.isoformat()
    return When(value, start, end, gran, mod, "relative", False, _ref(d))


# A date that only measures something against the past: "up 4% from a year earlier",
# "higher than in 2009", "the driest year since 1895", "the first time since 1949".
_COMPARED_BY = re.compile(r"(?:\b(?P<w>from|than|compared\s+(?:with|to)|versus|vs\.?)|"
                          r"(?:%|\bper\s*cent)\s+over)\b(?P<gap>[^;:]{0,60})$", re.I)
_COMPARING = ("from", "than", "compared", "versus", "vs", "over")
_GAP_WORDS = frozenset(("", "in", "on", "at", "during", "the", "same", "period"))
_CHANGE = re.compile(r"%|\b(?:percent|per\s+cent|up|down|rose|rise|rises|risen|fell|fall|falls|"
                     r"fallen|increased?|decreased?|jumped|dropped|climbed|declined|gained|"
                     r"slipped|doubled|tripled|higher|lower|more|less|fewer|compared)\b", re.I)
_VERB_FORM = re.compile(r"\b\w{3,}(?:ed|ing)\b")
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?(?:\w+\s+){0,2}$", re.I)
# a superlative after a determiner ("the deadliest", "their best result", "the first
# time") or "record"; not "at least 11 soldiers", not "arrest"
_RECORD = re.compile(r"\b(?:the|its|their|his|her|our|a)\s+(?:[\w-]+\s+){0,2}?"
                     r"(?:first|\w{3,}est|most|least|highest|lowest|best|worst|biggest|largest|"
                     r"only)\b|\brecord\b", re.I)


_ADVERBIAL_PREP = re.compile(r"\b(?:on|in|at|by)\s+$")


def _baseline(t: Timex, c: Clause, text: str) -> bool:
    """T is a point of comparison in C, not when C's event happened."""
    before = text[max(c.start, t.start - 70) : t.start]
    low = before.lower()
    if t.ongoing or "since" in low and _SINCE_BEFORE.search(before):
        return bool(_RECORD.search(text, c.start, t.start))
    if not any(w in low for w in _COMPARING):  # one look spares the regex in most clauses
        return False
    m = _COMPARED_BY.search(before)
    if m is None or _CHANGE.search(text, c.start, c.end) is None:
        return False
    gap = m.group("gap")
    between = gap.split()
    if (m.group("w") or "").lower() == "than":  # "higher than in 2009", not "more than 1,300 pounds on Friday"
        return all(w.lower() in _GAP_WORDS for w in between)
    # "from $368 million, or $1.95 a share, a year earlier": at most an amount between
    return all(w.lower() in _GAP_WORDS for w in between) or len(between) <= 8 and \
        re.search(r"[\d$\u00a3\u20ac]", gap) is not None and _VERB_FORM.search(gap) is None


_WEEKDAY_NAME = re.compile(rf"(?:{'|'.join(WEEKDAY_STEMS)})day", re.I)


def _governing(c: Clause, text: str) -> Timex | None:
    if len(c.timexes) > 1 and any(t.type == "SET" and t.value.startswith("XXXX") for t in c.timexes):
        # a weekly or daily habit ("shows every Saturday and Sunday morning at 11"): no
        # weekday or clock time of it is the event's; a date still places it ("every Sunday
        # since March 1"), and a rate ("every 30 minutes on Monday") is no such habit
        c = c._replace(timexes=tuple(t for t in c.timexes if t.type != "TIME" and not (
            t.type == "DATE" and _WEEKDAY_NAME.search(t.text))))
    if len(c.timexes) == 1:  # the common case
        t = c.timexes[0]
        if t.type in ("DATE", "TIME") and t.interval is not None and not _baseline(t, c, text) \
                or t.value == "PRESENT_REF":
            return t
        return None
    dated = [t for t in c.timexes if t.type in ("DATE", "TIME") and t.interval is not None
             and not _baseline(t, c, text)]
    if len(dated) > 1 and is_adjectival(dated[0], text):
        # "a rise in third-quarter profit on Thursday": the report was on Thursday
        dated = [t for t in dated if not is_adjectival(t, text) and _ADVERBIAL_PREP.search(
            text, max(0, t.start - 4), t.start)] or dated
    if dated:
        first = dated[0]
        if len(dated) > 1 and first.anchor != "explicit" and \
                any(ch.isdigit() for ch in dated[1].text) and \
                _APPOSED_DATE.fullmatch(text, first.end, dated[1].start):
            return dated[1]  # "two days earlier, on July 26": the date written out
        return first
    for t in c.timexes:
        if t.value == "PRESENT_REF":
            return t
    return None


def _range(c: Clause, text: str, dct: date | None) -> When | None:
    """"from 2012 to 2015", "between May and July 2020": one interval."""
    dated = [t for t in c.timexes if t.type in ("DATE", "TIME") and t.interval is not None]
    if len(dated) < 2:
        return None
    a, b = dated[0], dated[1]
    gap = text[a.end : b.start].strip().lower()
    before = text[max(c.start, a.start - 9) : a.start].strip().lower()
    if gap not in ("to", "until", "till", "through", "-", "\u2013", "and") or (
        gap == "and" and not before.endswith("between")
    ):
        return None
    assert a.interval and b.interval
    if b.interval[1] < a.interval[0]:
        return None
    gran = a.granularity if _rank(a.granularity) <= _rank(b.granularity) else b.granularity
    return When(
        f"{a.value}/{b.value}", a.interval[0], b.interval[1], gran, None, _anchor(a), False,  # type: ignore[arg-type]
        TimexRef(text[a.start : b.end], a.start, b.end),
    )


def _rank(g: str | None) -> int:
    from explorer.events.event import GRANULARITY_RANK

    return GRANULARITY_RANK.get(g or "", 99)


# A reporting verb: the clause names who spoke.
_SPEAKER = re.compile(r"\b(?:said|says|told|tells|added|declared|announced|warned|insisted|"
                      r"stressed|explained|wrote|tweeted)\b")


def _actors(mentions: Sequence[MentionLike]) -> tuple[ActorRef, ...]:
    seen: dict[str, ActorRef] = {}
    for m in mentions:
        if m.actor_id not in seen:
            seen[m.actor_id] = ActorRef(m.actor_id, m.name, m.type)
    return tuple(seen.values())


def extract_events(doc: Document, timexes: Sequence[Timex], ann: Annotations) -> list[Event]:
    """Events of one document. ``timexes`` carry offsets into ``doc.text``."""
    text, dct = doc.text, doc.published
    events: list[Event] = []
    last_dated: When | None = None  # the date of the last event dated by the text
    seen: set[tuple[str, str]] = set()  # (title, date) of the events made
    any_since_then = "ince then" in text  # one look at the document spares one a sentence
    tx_iter = sorted(timexes, key=lambda t: t.start)
    low = lower_copy(text)
    all_cuts = find_cuts(text, doc.body_start, lowered=low)
    lowered = low if dct is not None else None
    cut_starts = [c[0] for c in all_cuts]
    ti = 0
    for sent in doc.sentences:
        if sent.kind != "sentence":
            continue
        while ti < len(tx_iter) and tx_iter[ti].start < sent.start:
            ti += 1
        in_sent = []
        j = ti
        while j < len(tx_iter) and tx_iter[j].start < sent.end:
            in_sent.append(tx_iter[j])
            j += 1
        lo = bisect_left(cut_starts, sent.start)
        hi = bisect_left(cut_starts, sent.end, lo)
        clauses = split_clauses(text, sent.start, sent.end, in_sent, all_cuts[lo:hi])
        whens: list[When | None] = [None] * len(clauses)
        skip: set[int] = set()
        governing = [_governing(c, text) if c.timexes else None for c in clauses]
        since_then = any_since_then and last_dated is not None and _SINCE_THEN.search(
            text, sent.start, sent.end)
        for i, c in enumerate(clauses):
            if not c.timexes:
                if since_then and last_dated is not None and _SINCE_THEN.search(text, c.start, c.end):
                    # "Since then, Russia has regained the initiative": ongoing from the
                    # last event the text dated; a bare "Since then," gives it to its clause
                    k = i + 1 if i + 1 < len(clauses) and content_words(text, c, 2) < 2 else i
                    whens[k] = When(last_dated.value, last_dated.start, last_dated.end,
                                    last_dated.granularity, None, "narrative", True,
                                    last_dated.timex)
                    if k != i:
                        skip.add(i)
                continue  # nothing to read a time from
            g = governing[i]
            rng = _range(c, text, dct) if len(c.timexes) > 1 else None
            if rng is not None:
                whens[i] = rng
            elif g is not None and g.value != "PRESENT_REF":
                whens[i] = _when_from_timex(g, dct)
        linked = len(clauses) > 1 and any(c.opener in _LINK_OPENERS for c in clauses[1:])
        for i, c in enumerate(clauses if linked else ()):
            nxt = clauses[i + 1] if i + 1 < len(clauses) else None
            # "<duration> since <clause>" / "<duration> after <clause>"
            if nxt is not None and nxt.opener == "since" and whens[i + 1] is None and dct is not None:
                durs = [t for t in c.timexes if t.type == "DURATION"]
                if durs:
                    w = _when_before_dct(durs[-1], dct, None)
                    if w is not None:
                        whens[i + 1] = w
                        if not content_words(text, c, 1):
                            skip.add(i)
            # "X since/after/before <clause dated T>" gives X its time from T.
            if (
                nxt is not None
                and nxt.opener in _LINK_OPENERS
                and whens[i] is None
                and whens[i + 1] is not None
                and not c.timexes
                and nxt.timexes
            ):
                t = whens[i + 1]
                assert t is not None
                if not has_verb(text, c):
                    pass  # "the latest escalation since ...": no event of its own to date
                elif nxt.opener == "since":
                    whens[i] = When(t.value, t.start, t.end, t.granularity, t.mod, "narrative", True, t.timex)
                else:
                    mod = _OPENER_MOD.get(nxt.opener, t.mod)
                    whens[i] = When(t.value, t.start, t.end, t.granularity, mod, "narrative", False, t.timex)
        made = 0
        head_cache: dict[int, list[str]] = {}  # the first clause's title words, read once
        sent_mentions: Sequence[MentionLike] | None = None  # the sentence's, read once
        # One look at the whole sentence spares a look at each of its clauses.
        present_here = dct is not None and (
            bool(in_sent) and any(t.type in ("DURATION", "DATE") for t in in_sent)
            or is_present_news(text, Clause(sent.start, sent.end, None, ()), lowered))
        quoted = present_here and any(q in sent.text for q in _QUOTE_MARKS)
        for i, c in enumerate(clauses):
            if i in skip:
                continue
            when = whens[i]
            if when is None and dct is not None and present_here and not (
                quoted and in_quote(text, sent.start, sent.end, c)
            ):
                g = governing[i]
                present = is_present_news(text, c, lowered) or (
                    any(t.type == "DURATION" for t in c.timexes) and is_present_copula(text, c)
                )
                if present or (g is not None and g.value == "PRESENT_REF" and content_words(text, c, 1)):
                    when = When(dct.isoformat(), dct, dct, "day", None, "tense", False,
                                _ref(g) if g is not None and g.value == "PRESENT_REF" else None)
            if when is None:
                continue
            if sent_mentions is None:
                sent_mentions = ann.mentions_in(sent.start, sent.end)
            ev = _event(doc, sent.start, sent.end, c, when, ann, len(events), clauses[0],
                        sent_mentions, _neighbours(clauses, i), head_cache)
            made += 1
            if (ev.title, when.value) in seen:
                continue  # one event told twice in a sentence ("..., on July 26")
            seen.add((ev.title, when.value))
            events.append(ev)
            if when.anchor in ("explicit", "relative") and not when.ongoing:
                last_dated = when
        if made == 0 and clauses:
            # The title of an undated sentence: its main clause if one stands out (no
            # opener, a verb, some substance), else its first clause of substance.
            main = next(
                (c for c in clauses if c.opener is None and has_verb(text, c) and content_words(text, c, 3) >= 3),
                None,
            ) or next((c for c in clauses if content_words(text, c, 3) >= 3), clauses[0])
            events.append(_event(doc, sent.start, sent.end, main, None, ann, len(events), clauses[0],
                                 sent_mentions))
    return events


def _neighbours(clauses: list[Clause], i: int) -> tuple[Clause | None, Clause | None]:
    return (clauses[i - 1] if i > 0 else None,
            clauses[i + 1] if i + 1 < len(clauses) else None)


def _event(doc: Document, s: int, e: int, c: Clause, when: When | None, ann: Annotations, seq: int,
           head: Clause | None = None, sent_mentions: Sequence[MentionLike] | None = None,
           around: tuple[Clause | None, Clause | None] = (None, None),
           cache: dict[int, list[str]] | None = None) -> Event:
    text = doc.text
    if sent_mentions is None:
        sent_mentions = ann.mentions_in(s, e)
    clause_mentions = [m for m in sent_mentions if c.start <= m.start < c.end]
    title, said = what_was_said(text, make_title(text, s, c, sent_mentions, head, cache),
                                 (s, e), around)
    if said is not None:  # who or what the statement is about are actors of it too
        clause_mentions += [m for m in sent_mentions if said.start <= m.start < said.end]
    nxt = around[1]
    if nxt is not None and nxt is not said and nxt.opener is None and not nxt.timexes:
        listed = [m for m in sent_mentions if nxt.start <= m.start < nxt.end]
        if listed and (not has_verb(text, nxt) or _SPEAKER.search(text, nxt.start, nxt.end)
                       and in_quote(text, s, e, c)):
            # "met with the European Commission, the ECB and the IMF": the rest of the list;
            # '"Today France is at war," Defence Minister Le Drian told Europe 1': the speaker
            clause_mentions += listed
    # The subject borrowed by a relative clause is an actor of the event too.
    extra = [m for m in sent_mentions if m.start < c.start and title and m.text in title]
    # An undated event stands for its whole sentence; a dated one for its clause.
    if when is None:
        actors = _actors(sent_mentions)
    else:
        actors = _actors([*extra, *clause_mentions]) or _actors(sent_mentions)
    themes = ann.themes_in(c.start, c.end) or ann.themes_in(s, e)
    return Event(
        id=f"{doc.id}:{c.start}-{c.end}",
        doc=doc.id,
        title=title or shortened(text[s:e], FALLBACK_TITLE_CHARS),
        sentence=text[s:e],
        offsets=(s, e),
        when=when,
        actors=actors,
        themes=themes,
        seq=seq,
    )
