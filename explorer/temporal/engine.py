"""The tagger: find candidate tokens, match the grammar around them, normalise, resolve.

Two passes of compiled regular expressions do the scanning: a trigger expression finds the
words every temporal expression must contain (months, weekdays, units, deictics, years...),
then the master grammar is matched at the few word starts just before each trigger, so that
"the past two years" is found from "years". Only triggers cost Python work.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache

from explorer.temporal import values as V
from explorer.temporal.context import MARK_NOUNS, NO_REFS, YEAR_BACK, Refs, scene_hour
from explorer.temporal.dateline import story_day
from explorer.temporal.lexicon import Lexicon, load_lexicon, words_regex
from explorer.temporal.patterns import ZONES, Grammar, grammar
from explorer.temporal.ranges import STORY_DAY_AFTER_CLOCK, link_ranges
from explorer.temporal.resolve import NORMALISERS, Context, Norm
from explorer.temporal.timex import Anchor, Granularity, Timex, TimexType

_FUNCTION_WORDS = frozenset(("the", "a", "an", "at", "in", "per", "every", "each", "this",
                             "right", "just", "near", "these", "new", "eve", "of", "s", "day",
                             "more"))
_EXTRA_TRIGGERS = ("quarter", "quarters", "period", "half", "noon", "midnight", "midday", "midmorning",
                   "midafternoon", "midevening",
                   "year-ago", "year-earlier", "year-before", "twenties", "thirties", "forties",
                   "fifties", "sixties", "seventies", "eighties", "nineties", "day", "days",
                   "century", "fiscal", "nineteen", "eighteen", "thousand", "o'clock", "season", "seasons",
                   "a.m.", "p.m.", "hourlong", "daylong", "weeklong", "monthlong", "yearlong",
                   "decadelong", "midweek", "midmonth", "midyear", "hundred")
# A word and the separators after it, read in the reversed text.
_REV_TOKEN = re.compile(r"[^\w'’$.-]*([\w'’$.-]+)")
_SINCE = re.compile(r"\bsince\s+(?:(?:the|early|late|mid|at\s+least)[\s-]+)*$")
_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)
_LOOKBACK_WORDS = 6
_LOOKS_BACK = re.compile(r"earlier|ago|before|previous|prior|preceding|last")
_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_WORD_AT = re.compile(r"[\w'’.-]+")
_BOUND_BEFORE = re.compile(r"\b(?:by|until|till|through)\s+$")
_BLANK_OR_HYPHEN = frozenset(" \t\n\r\f\v-")
_LOOKBACK_CHARS = 70
# A blank line of spaces, whose last line break the matcher reads as a character no
# pattern crosses.
_PARAGRAPH_BREAK = re.compile(r"(\n[ \t\r]+)\n")


@dataclass(frozen=True, slots=True)
class _Compiled:
    lex: Lexicon
    grammar: Grammar
    triggers: re.Pattern[str]
    rule_groups: dict[str, tuple[tuple[str, int], ...]]
    future: re.Pattern[str]
    vocabulary: frozenset[str]
    openers: frozenset[str]
    caps_only: frozenset[str]
    # a day told as when something was said: "testified Monday", "told reporters on Friday"
    reported_on: re.Pattern[str]


@cache
def _compiled() -> _Compiled:
    lex = load_lexicon()
    gram = grammar()
    words: set[str] = set(_EXTRA_TRIGGERS)
    for table in (lex.months, lex.weekdays, lex.units, lex.seasons, lex.day_parts,
                  lex.deictic_days, lex.sets):
        for key in table:
            words.update(w for w in key.split(" ") if w not in _FUNCTION_WORDS)
    # a holiday is found from its last word, which the grammar reads back from: "All Saints'
    # Day" from "day", not from every "all" of the text (nor "boat", "labor" ...); one that
    # ends in a weekday from its first ("Palm Sunday, 24 March" is one expression, where a
    # start at "Sunday" would take the longer "Sunday, 24 March")
    words.update(key.split(" ")[0 if key.split(" ")[-1] in lex.weekdays else -1]
                 for key in lex.holidays)
    # a REF is found from its last word, which the grammar reads back from: "a short time
    # ago" from "ago", not from every "time" and "while" of the text
    words.update(key.split(" ")[-1] for key in lex.refs)
    plural_days = {w + "s" for w in lex.weekdays if w.endswith("day")}  # "on Sundays"
    words |= plural_days
    digits = (r"(?:1[5-9]|2[01])\d\d|\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\b|o'clock)|['’]\d\d|\d{1,2}[:h]\d\d|q[1-4]\b|h[12]\b|[1-4]q\b"
              r"|\d{1,2}/\d{1,2}/\d{2,4}|\d\d\.\d\d\.(?:19|20)\d\d"
              r"|1[0-4]\d\d(?:(?<=in\s\d{4})|(?<=of\s\d{4})|(?<=since\s\d{4})|(?<=until\s\d{4})|"
              r"(?<=from\s\d{4})|(?<=around\s\d{4}))"  # a year before 1500 after its preposition
              rf"|(?:[01]\d|2[0-3])[0-5]\d(?=\s*(?:{ZONES}|hrs)\b)")
    # (the look-ahead lets a letter that opens no number fail the numeric branches at once:
    # the whole scan takes a fifth less time)
    triggers = re.compile(
        rf"(?<![\w])(?:{words_regex(words)}(?![a-z])|(?=[\d'’qh])(?:{digits}))"
    )
    # each rule's groups by their number in that rule's own pattern (Match.regs is cheaper
    # than one Match.span call per name)
    groups: dict[str, tuple[tuple[str, int], ...]] = {}
    for pattern in gram.patterns:
        for full, index in pattern.groupindex.items():
            if "__" in full:
                rule, local = full.split("__", 1)
                groups[rule] = (*groups.get(rule, ()), (local, index))
    # A cue opens a word: "better-than-expected" and "long-awaited" are adjectives.
    # (Context.tense finds "'ll" after its pronoun, "we'll", by itself.)
    future = re.compile(
        rf"(?<![\w'’-])(?:(?P<future>{words_regex(lex.future_cues)})|(?P<past>"
        rf"{words_regex(lex.past_cues)}|[a-z]+ed))(?![\w])",
    )  # run on the lower-cased text
    vocabulary = set(gram.vocabulary) | words | {"million", "billion"}  # "150 million years"
    # Names that count only capitalised ("May", not the modal; "March", not the verb): a
    # lower-case trigger among them cannot start anything.
    names = {w for table in (lex.months, lex.weekdays, lex.holidays) for k in table
             for w in k.split(" ")} | plural_days
    other = {w for table in (lex.units, lex.seasons, lex.day_parts, lex.deictic_days, lex.refs,
                             lex.sets, lex.numbers, lex.ordinals, lex.date_mods,
                             lex.duration_mods) for k in table for w in k.split(" ")}
    other |= {w + "'s" for w in other} | set(_EXTRA_TRIGGERS)  # "year's end"
    caps_only = frozenset(names - other)
    reported_on = re.compile(rf"\b(?:{words_regex(lex.reporting_verbs)}|told(?:\s+[\w.]+){{1,2}})"
                             r"\s+(?:on\s+|late\s+|early\s+)?$")
    return _Compiled(lex, gram, triggers, groups, future, frozenset(vocabulary), gram.openers,
                     caps_only, reported_on)


_SHAPES: dict[tuple[str, str], tuple[Granularity | None, tuple[date, date] | None] | None] = {}


def _shape(type_: str, value: str) -> tuple[Granularity | None, tuple[date, date] | None] | None:
    """Granularity and interval of a well-formed value (None if malformed), memoised: news
    repeats the same few values."""
    key = (type_, value)
    found = _SHAPES.get(key, False)
    if found is False:
        found = _granularity(type_, value) if V.WELL_FORMED.match(value) else None
        if len(_SHAPES) > 20_000:
            _SHAPES.clear()
        _SHAPES[key] = found
    return found  # type: ignore[return-value]


def _granularity(type_: str, value: str) -> tuple[Granularity | None, tuple[date, date] | None]:
    if value.endswith("_REF"):
        return "ref", None
    if type_ in ("DATE", "TIME"):
        found = V.interval_of(value)
        if found:
            return found
        return None, None
    return V.duration_granularity(value), None


def tag(text: str, dct: date | None = None) -> list[Timex]:
    """All temporal expressions of TEXT, sorted and non-overlapping, resolved against DCT.

    Offsets index TEXT as given. Relative expressions need DCT; without it they get
    TIMEX3 placeholders (XXXX...).
    """
    if not isinstance(text, str) or not text:
        return []
    if isinstance(dct, datetime):  # a datetime is a date too, but its isoformat() is not
        dct = dct.date()
    comp = _compiled()
    dct = story_day(text, dct, comp.lex) or dct  # "WASHINGTON, Nov. 16 --" published Nov. 17
    low = text.lower()
    if len(low) != len(text):  # a few characters lower-case to two: keep offsets aligned
        low = text.translate(_ASCII_LOWER)
    # no expression runs over a blank line ("at 5:30 p.m.\n\nCentral coach"): its second
    # line break is a wall
    low = low.replace("\n\n", "\n\x00")
    if _PARAGRAPH_BREAK.search(low):  # (one regex scan: cheaper than three substring tests)
        low = _PARAGRAPH_BREAK.sub("\\1\x00", low)
    ctx = Context(text=text, dct=dct, lex=comp.lex, future_re=comp.future, low=low)
    found: list[Timex] = ctx.found
    covered = 0
    master_match = comp.grammar.match
    caps_only = comp.caps_only
    rev = ""
    refs: Refs = NO_REFS
    for trig in comp.triggers.finditer(low):
        t0 = trig.start()
        if t0 < covered or text[t0].islower() and trig.group() in caps_only:
            continue
        if t0 and (low[t0 - 1] in _BLANK_OR_HYPHEN or low[t0 - 1].isspace()):
            cands = []
            if not rev:
                rev = low[::-1]
            for s in _starts(low, rev, max(covered, t0 - _LOOKBACK_CHARS), t0, comp):
                m = master_match(low, s)
                if m is not None and m.end() > t0:
                    cands.append(m)
            if len(cands) > 1:  # normalise the longest first: shorter ones rarely survive
                cands.sort(key=_longest_first)
        else:
            m = master_match(low, t0)
            cands = [m] if m is not None and m.end() > t0 else []
        best: tuple[Timex, int, Refs] | None = None
        for m in cands:
            if best is not None and m.end() < best[0].end:
                break
            ctx.set_refs(refs)
            timex = _resolve(m, low, t0, ctx, comp)
            if timex is not None and (best is None or timex.end > best[0].end or (
                    timex.end == best[0].end and m.start() < best[1])):
                best = (timex, m.start(), ctx.refs())
        if best is not None:
            found.append(best[0])
            covered = best[0].end
            refs = best[2]
        ctx.set_refs(refs)
    if not found:
        return found
    try:
        return link_ranges(text, found)
    except (OverflowError, ValueError):  # calendar arithmetic beyond year 1..9999
        return found


def _longest_first(m: re.Match[str]) -> tuple[int, int]:
    return -m.end(), m.start()


def _starts(text: str, rev: str, lo: int, t0: int, comp: _Compiled) -> list[int]:
    """Word starts before T0 from which an expression could reach it: within the run of
    grammar words just left of the trigger ("the past two", "more than a"), those that can
    open an expression; and T0 itself. Words are read backwards from T0 (forwards in REV,
    the reversed text) and the walk stops at the first word outside the grammar, which is
    usually the first one."""
    starts = [t0]
    vocabulary, openers = comp.vocabulary, comp.openers
    needs_next = comp.grammar.needs_next
    n = len(text)
    end = t0
    right = None  # the word right of the one read; the trigger's is read only if needed
    for _ in range(_LOOKBACK_WORDS):
        tok = _REV_TOKEN.match(rev, n - end, n - lo)
        if tok is None:
            break
        k, j = n - tok.end(), n - tok.start(1)
        if k == lo and lo > 0 and text[lo - 1].isalnum():
            break
        word = text[k:j].strip(".'’-")
        if not word:
            break
        head = word.split("-")[0]
        if word in needs_next:
            if right is None:  # the trigger: "new" + "year's eve"
                first = _WORD_AT.match(text, t0)
                right = first.group().strip(".'’-") if first else ""
            if right in needs_next[word]:  # "in excess of", not "in 1998"
                starts.append(k)
        elif word[0].isdigit() or word in openers or head in openers:
            starts.append(k)
        elif word not in vocabulary and head not in vocabulary:
            break
        end, right = k, word
    starts.reverse()
    return starts


def _resolve(m: re.Match[str], text: str, t0: int, ctx: Context,
             comp: _Compiled) -> Timex | None:
    """The first rule (in priority order) matching over the trigger and accepted by its
    normaliser, from the master match M; after a rejection the rules that follow the
    rejected one are tried at the same place."""
    gram = comp.grammar
    s = m.start()
    while True:
        timex = _normalise(m, ctx, comp)
        if timex is not None:
            return timex
        found = gram.match(text, s, gram.rules.index((m.lastgroup or "r_")[2:]) + 1)
        if found is None or found.end() <= t0:
            return None
        m = found


def _normalise(m: re.Match[str], ctx: Context, comp: _Compiled) -> Timex | None:
    rule = (m.lastgroup or "r_")[2:]
    groups = {}
    spans = {}
    original = ctx.text
    regs = m.regs
    for local, index in comp.rule_groups.get(rule, ()):
        a, b = span = regs[index]
        groups[local] = original[a:b] if a >= 0 else None
        spans[local] = span
    ctx.start, ctx.end = m.start(), m.end()
    key = "dmod" if groups.get("dmod") else "mod"
    edge = groups.get(key)
    if edge and (key == "dmod" and " of" in edge.lower() and _POSSESSIVE_NOUN_AFTER.match(original, m.end())
                 or edge.lower().startswith("about") and spans[key][0] == m.start() and _TOPIC_BEFORE.search(
                     original, max(0, m.start() - 24), m.start())):
        # "since the end of last year's civil war": the end is the war's, the date "last
        # year"; "warned about Feb. 29", "talking about the next five years": what they
        # warned of or talk about, no approximate time
        groups[key] = None
        ctx.start = spans[key][1]
        while ctx.start < ctx.end and original[ctx.start].isspace():
            ctx.start += 1
    for key in ("mod", "dmod"):
        cmp = groups.get(key)
        if cmp and spans[key][0] == m.start() and _COMPARATIVE.match(cmp) and _AMOUNT_BEFORE.search(
                original, max(0, m.start() - 24), m.start()):
            # "88,000 more than a month earlier": the amount is compared, the time is "a
            # month earlier"
            groups[key] = None
            ctx.start = spans[key][1]
            while ctx.start < ctx.end and original[ctx.start].isspace():
                ctx.start += 1
    lead = ctx.start
    ctx.spans = spans
    try:
        norm: Norm | None = NORMALISERS[rule](groups, ctx)
    except (OverflowError, ValueError):  # calendar arithmetic beyond year 1..9999
        return None
    if norm is None:
        return None
    shape = _shape(norm.type, norm.value)
    if shape is None:  # e.g. year 10000 from a wild DCT
        return None
    gran, interval = shape
    end = norm.end if norm.end is not None else m.end()
    text = ctx.text
    start = norm.start if norm.start is not None else lead
    if rule in _NAME_PRONE and not text[start:end].islower() and _in_a_name(text, start, end, rule):
        return None
    if rule in ("holiday", "weekday") and _NAMED_AFTER.match(text, end) and (
            rule == "holiday" or _CAP_WORD_BEFORE.search(text, max(0, start - 40), start)):
        return None  # "the Good Friday Agreement", "the Tet Offensive": names of events
    while end > start and text[end - 1] in " \t\n,":
        end -= 1
    ongoing = norm.type == "DATE" and "since" in ctx.low[max(0, start - 30) : start] and bool(
        _SINCE.search(ctx.low, max(0, start - 30), start))
    timex = Timex(
        start=start,
        end=end,
        text=text[start:end],
        type=_as_type(norm.type),
        value=norm.value,
        mod=norm.mod,
        granularity=gran,
        interval=interval,
        anchor=_as_anchor(norm.anchor),
        ongoing=ongoing,
    )
    if interval is not None and norm.type in ("DATE", "TIME") and (
            norm.anchor != "narrative" or "-Q" not in norm.value
            and not _LOOKS_BACK.search(ctx.low, start, end)) \
            and not _is_bound(ctx.low, start) and not (
                norm.type == "TIME" and _STORY_DAY_NEXT.match(ctx.low, end)) \
            and not _restates_day(ctx, start, interval):
        # The narrative time moves with every date, and with relative ones that move the
        # story on ("two days later", "that summer"), not with comparisons back in time ("a
        # year earlier" in results). A deadline ("by the end of the summer") bounds an
        # event but does not date one, so it does not move the narrative time either.
        ctx.last_ref = norm.value.split("T")[0]
        near = ctx.low[max(0, start - 60) : start]
        if not (("since" in near or "wh" in near) and _DATE_ASIDE_BEFORE.search(near)) and not (
                ongoing and gran in ("year", "decade", "century")):
            ctx.clock_ref = ctx.last_ref  # (not "has ruled since late 2021": a span's start,
            # told in the background of the day)
        if (len(ctx.last_ref) == 4 and ctx.last_ref.isdigit() or norm.anchor == "explicit" and
                ctx.last_ref[:4].isdigit()) and not ongoing and norm.sets_year and not (
                    len(ctx.last_ref) in (7, 10) and ctx.low.endswith(("the ", "a ", "an "), 0, start)
                    and _EVENT_NOUN_AFTER.match(text, end)):
            # (not a day that names an event: "named after a March 23, 2009 peace deal"; but
            # "the 2007 monsoon, when ... between June and August")
            # "2022", or a date written with its year; "since 2010" starts a span, it does
            # not set the year of the sentence ("who has run it since 2010, takes over in May")
            ctx.last_year, ctx.last_year_at = ctx.last_ref[:4], start
        if len(ctx.last_ref) == 10 and _DAY.fullmatch(ctx.last_ref):
            ctx.last_day = (ctx.last_ref, start)
            # "since Nov. 30" sets no scene; nor does "testified Monday" while a timeline of
            # clock times runs
            if not ongoing and (ctx.scene is None or ctx.scene[2] < 0 or comp.reported_on.search(
                    ctx.low, max(0, start - 40), start) is None) and not ctx.restates_clock() \
                    and not (text.startswith(",", end) and (_ASIDE_BEFORE.search(
                        ctx.low, max(0, start - 30), start) or _SINCE_CLAUSE_BEFORE.search(
                        ctx.low, max(0, start - 50), start))) \
                    and not (ctx.low.endswith("the ", 0, start) and _EVENT_NOUN_AFTER.match(
                        text, end)) \
                    and not _MARK_ON_BEFORE.search(ctx.low, max(0, start - 40), start) \
                    and not (text.startswith(("'s", "’s"), end) and _CAUSE_BEFORE.search(
                        ctx.low, max(0, start - 12), start)):
                # "recovery from the March 11 earthquake": a name; "surged to a six-year high
                # on Feb. 5": a mark the story compares with, not its day
                ctx.scene = (ctx.last_ref, start, scene_hour(norm.value))
        if "-Q" in norm.value and not YEAR_BACK.search(ctx.low, start, end) and not (
                ctx.dct is not None and ctx.last_quarter is not None and norm.value[:4].isdigit()
                and int(norm.value[:4]) < ctx.dct.year - 1 <= int(ctx.last_quarter[:4])):
            # the quarter the story reports on: not one it compares with ("the year-earlier
            # quarter", "a year ago") nor one of its background once it has a recent one
            # ("the fourth quarter of 2008")
            ctx.last_quarter = norm.value
    return timex


_MARK_ON_BEFORE = re.compile(rf"\b(?:{MARK_NOUNS})\s+(?:of\s+\S+\s+)?(?:on|since)\s+$")
_POSSESSIVE_NOUN_AFTER = re.compile(r"['’]s\s+[a-z]")
_COMPARATIVE = re.compile(r"(?:more|less|fewer|greater|higher|lower)\s+than\b", re.I)
_AMOUNT_BEFORE = re.compile(r"(?:\d|%|\bmillion|\bbillion|\bpercent|\bpoints?|\bjobs)\s*$", re.I)
_TOPIC_BEFORE = re.compile(r"\b(?:warn(?:s|ed|ing)?|worr(?:y|ies|ied|ying)|talk(?:s|ed|ing)?|spoke|speak(?:s|ing)?|"
                           r"ask(?:s|ed|ing)?|know|knew|learn(?:s|ed|ing)?|told|tell|think(?:s|ing)?|thought|"
                           r"car(?:e|es|ed|ing)|wrote|writ(?:e|es|ing)|read(?:s|ing)?|hear(?:s|ing)?|heard|questions?|concerns?|fears?|stor(?:y|ies)|"
                           r"news|details|nothing|something|anything|more|less|sure|confident|"
                           r"optimistic|cautious|excited|complain(?:s|ed)?)\s+$", re.I)
_APPOSED_AFTER_DAY = re.compile(r"[^,.;:!?()]{3,28},\s*(?:(?:almost|nearly|exactly|about|some|"
                                r"roughly|just)\s+)*$")
_EVENT_NOUN_AFTER = re.compile(r"[ \t]+(?!(?:and|or|to|at|in|on|when|as|after|before|is|was|"
                               r"will|would|had|has)\b)[a-z]+")
# A day named as the cause or start of what the story tells sets no scene: "the toll from
# Friday's earthquake", "after Friday's 148-point drop"
_CAUSE_BEFORE = re.compile(r"\b(?:from|after|since|following)\s+$")
# A date in an aside, which leaves the scene of the clock times told after it: "for the
# first time since the crash of October 1987", "Martin, who was shot 17 months ago,"
_DATE_ASIDE_BEFORE = re.compile(r"(?:\b(?:first|worst|best|most|least|[a-z]+est)\s+(?:[a-z]+\s+){0,5}since|"
                                r",\s*(?:who|which))\b[^,.;:!?()]*$")
# A day in a "since" aside sets no scene: "The jury, sequestered since the trial opened on
# June 24, received the case at 2:30 p.m."
_SINCE_CLAUSE_BEFORE = re.compile(r",[^,.;:!?()]*\bsince\b[^,.;:!?()]*$")
# A day in an aside sets no scene: "The figure, published last Thursday, stunned them"
_ASIDE_BEFORE = re.compile(r",\s+(?:which\s+was\s+|that\s+was\s+)?[a-z]+(?:ed|en)\s+(?:on\s+)?$")
# "2 a.m. the next day": the day is told from the story's last one, not from the clock time
_STORY_DAY_NEXT = re.compile(r",?[ \t]+(?:" + STORY_DAY_AFTER_CLOCK + ")")


# Rules whose words also make up names: "Peace Now", "USA Today", "the Spring Festival",
# "the Arab Spring", "the Five-Year Plan", "the Six-Day War".
_NAME_PRONE = frozenset(("ref", "deictic", "season", "duration", "unit_long", "daypart"))
_NAMED_AFTER = re.compile(r"[ \t]+(?:Agreements?|Accords?|Offensive|Massacre|Uprising|"
                          r"Revolution|War|Treaty|Rising|Act|Attacks?|Bombings?|Storm|Flood|"
                          r"Road|Street|Stadium|Island)\b")  # (and "Easter Road", a ground)
_CAP_WORD_AFTER = re.compile(r"[ \t]+(?:[A-Z][\w'’.-]*)")
_CAP_WORD_BEFORE = re.compile(r"[A-Z][\w'’.-]*[ \t]+$")


def _in_a_name(text: str, start: int, end: int, rule: str) -> bool:
    """A capitalised expression inside a run of capitalised words, not at a sentence start:
    part of a proper name. Digits keep it a date ("Spring 2020"), and so does a title-case
    headline for a length of time ("# Storm Kills 40 In Three Days")."""
    if any(ch.isdigit() for ch in text[start:end]) or rule.startswith(("duration", "unit")) \
            and _title_case_line(text, start):
        return False
    last = text.rfind(" ", start, end) + 1
    if last > start and text[last].isupper() and _CAP_WORD_AFTER.match(text, end):
        return True  # "The next Winter Games": the last word opens a name
    while start < end and not text[start].isupper():  # "the Spring Festival": from "Spring"
        start += 1
    k = start - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    if k < 0 or text[k] in ".!?\"“‘'(\n:;—–-":
        return False  # sentence or heading start: "Now the war is over"
    return bool(_CAP_WORD_AFTER.match(text, end) or _CAP_WORD_BEFORE.search(
        text, max(0, start - 40), start))


def _restates_day(ctx: Context, start: int, interval: tuple[date, date]) -> bool:
    """The expression, set off by a comma right after the story's last day and holding it,
    only says again when that was: "On 3 February 2012, almost exactly a year ago," keeps
    the day for "the same day" after it."""
    last = ctx.last_day
    if last is None or start - last[1] > 40 or not _APPOSED_AFTER_DAY.match(ctx.low, last[1], start):
        return False
    return interval[0].isoformat() <= last[0] <= interval[1].isoformat()


def _title_case_line(text: str, at: int) -> bool:
    """The line around AT is a headline in title case ("# Storm Kills 40 In Three Days"),
    where capitals make no name."""
    first, last = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    if last < 0:
        last = len(text)
    if last - first > 160:
        return False  # a paragraph, not a headline
    words = [w for w in text[first:last].split() if w[:1].isalpha()]
    if len(words) < 4:
        return False
    return sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _is_bound(low: str, start: int) -> bool:
    """A deadline: "by", "until", "till" or "through" right before START (a substring
    test first)."""
    before = low[max(0, start - 9) : start]
    return ("by" in before or "til" in before or "gh" in before) and _BOUND_BEFORE.search(
        low, max(0, start - 9), start) is not None


def _as_type(value: str) -> TimexType:
    return value if value in ("DATE", "TIME", "DURATION", "SET") else "DATE"  # type: ignore[return-value]


def _as_anchor(value: str) -> Anchor:
    return value if value in ("explicit", "relative", "narrative", "none") else "none"  # type: ignore[return-value]
