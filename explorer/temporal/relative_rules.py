"""Normalisers of DCT-relative and narrative expressions: today/yesterday, parts of
the day, weekdays, "last year"/"the following day", and clock times."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from explorer.temporal import values as V
from explorer.temporal.calendar_rules import (
    START_WORD_BEFORE,
    TIME_OF_BEFORE,
    _full_date,
    year_written_before,
)
from explorer.temporal.context import (
    _GRAN_ORDER,
    _HAD,
    _UNIT_CODES,
    NIGHT_SCENE,
    SCHEDULE_VERBS,
    Context,
    Groups,
    Norm,
    _cap,
    _default_quarter,
    _dmod,
    _edge_mod,
    _lower,
    _partly_known,
    _relative_unit,
    _weekday,
    _weekday_date,
    scene_hour,
)
from explorer.temporal.duration_rules import duration_value
from explorer.temporal.lexicon import words_regex
from explorer.temporal.patterns import ZONES


def _day_mod(g: Groups, c: Context, head: str) -> tuple[str | None, int | None]:
    """Mod and extent start of a day with a modifier: "early Tuesday", "late yesterday"
    are the start/end of the day (in the extent, mod START/END); "earlier Friday", "later
    today" place an event within the day: the adverb stays out, no mod."""
    word = _lower(g.get("mod"))
    if word in ("earlier", "later"):
        return None, c.group_start(head)
    return _edge_mod(word), None


_NEGATION_NEAR = re.compile(r"\b(?:not|never|no)\b|n['’]t\b", re.I)


def norm_deictic(g: Groups, c: Context) -> Norm | None:
    deic = _lower(g.get("deic"))
    offset = c.lex.deictic_days.get(deic)
    if offset is None:
        return None
    part = _lower(g.get("part")) or _lower(g.get("part0")) or ("tonight" if deic == "tonight" else "")
    if deic == "overnight":  # the night before, or the coming one: "may cut power overnight"
        if part or g.get("mod") or _NEGATION_NEAR.search(c.before(50)) or \
                _MONEY_NOUN_AFTER.match(c.text, c.end) or _OVERNIGHT_NOUN_AFTER.match(c.text, c.end):
            return None  # "not a decision we made overnight", "won't change overnight": hastily;
            # "kept overnight rates near zero": a loan's term; "the overnight shift": a kind
        if c.dct is not None and c.last_day is not None and \
                c.start - c.last_day[1] < _CLOCK_REF_REACH:
            # the night before the day the story is at ("Friday ... overnight losses"), or,
            # told ahead, the night after it, not before today ("forecast to arrive overnight")
            at = date.fromisoformat(c.last_day[0])
            night = max(at, c.dct) if c.future() else at - timedelta(days=1)
            return Norm("TIME", f"{night.isoformat()}TNI", None, "narrative")
        part, offset = "night", 0 if c.future() else -1
    mod, start = _day_mod(g, c, "part0" if g.get("part0") else "deic")
    day = "XXXX-XX-XX" if c.dct is None else (c.dct + timedelta(days=offset)).isoformat()
    if part:
        return Norm("TIME", f"{day}T{V.PART_CODES[part]}", mod, "relative", start=start)
    return Norm("DATE", day, mod, "relative", start=start)


_TRADING = r"trading|trade|deals|dealings"  # "in early afternoon trading": when a market traded
_MODIFIED_NOUN = re.compile(r"\s+(?!(?:of|at|in|on|to|and|or|but|with|when|as|after|before|by|for|"
                            r"from|until|while|he|she|they|it|we|i|you|the|a|an|his|her|their|"
                            r"said|says|told|was|were|is|are|had|has|have|will|would|could|"
                            rf"can|did|that|which|who|because|due|despite|along|{_TRADING})\b)[a-z]")  # (not "released in
# the afternoon said he was safe": a verb follows)
_OF_AFTER = re.compile(r"\s+of\b")
# "spent much of the afternoon trying to reach her": what the time was spent doing
_SPENT_DOING = re.compile(r"\bspen(?:t|d|ds|ding)\s+(?:much\s+of\s+|most\s+of\s+|all\s+of\s+)?(?:the\s+)?$", re.I)
_ING_AFTER = re.compile(r"\s+[a-z]+ing\b")
_TRADING_AFTER = re.compile(rf"\s+(?:{_TRADING})\b")
_BOUND_OR_SPAN_BEFORE = re.compile(r"\b(?:in|by|until|till|from|since|before|after|during|"
                                   r"through|throughout)\s+$", re.I)
_WEATHER_OF_DAY_BEFORE = re.compile(
    r"\b(?:on|of|in|through)\s+(?:most\s+of\s+)?an?\s+(?:(?:cold|warm|hot|wet|dry|sunny|rainy|windy|"
    r"chilly|humid|balmy|muggy|bright|grey|gray|damp|freezing|steamy|sweltering|crisp|cool|"
    r"frigid|stormy|snowy|misty|foggy|mild)[\s,]+(?:and\s+)?){1,3}$", re.I)
_SPAN_OF_DAY_BEFORE = re.compile(r"\b(?:in|during|for|throughout|through|by|into|until|till|since|spent|spend|spends|"
                                 r"spending|(?:most|much|all|rest)\s+of)\s+$", re.I)
# "spent the morning in the Oval Office": the story's morning (a night spent is told from
# too many days: "streaming into Rome since Friday, and many spent the night")
_SPENT_BEFORE = re.compile(r"\bspen(?:t|d|ds|ding)\s+$", re.I)


def norm_daypart(g: Groups, c: Context) -> Norm | None:
    rel = _lower(g.get("rel"))
    part = V.PART_CODES[_lower(g.get("part"))]
    edge = g.get("mod") or g.get("mod2")
    mod = _edge_mod(edge)
    if not rel and not edge and _WEATHER_OF_DAY_BEFORE.search(c.before(40)) and not \
            _MODIFIED_NOUN.match(c.text, c.end):
        rel = "the"  # "on a warm evening in east London": the story's evening
    elif rel in ("", "the"):
        # The story's day after a preposition of span ("in the afternoon", "through the
        # night"), or of any bound with an edge ("by late afternoon", "until the early
        # evening"); not "in the evening session", nor "the night of Oct. 23" (the date
        # alone is the expression), nor a bare "afternoon".
        prep = _BOUND_OR_SPAN_BEFORE if edge else _SPAN_OF_DAY_BEFORE
        before = c.before(12)
        bound = prep.search(before) is not None or _lower(edge) == "mid"  # ("session mid-morning")
        spent_night = part == "NI" and prep is _SPAN_OF_DAY_BEFORE and _SPENT_BEFORE.search(before)
        bare_bound = not (rel or edge) and part != "NI" and _BY_BEFORE.search(before) is not None
        # "By evening, only small protests remained" (not "travel by night")
        if not (rel or edge or bare_bound) or not (bound or bare_bound) or spent_night or _MODIFIED_NOUN.match(c.text, c.end) and not (
                _SPENT_DOING.search(c.before(20)) and _ING_AFTER.match(c.text, c.end)) \
                or _OF_AFTER.match(c.text, c.end):
            return None  # "the evening of May 13": the date alone is the expression
        rel = "the"
    if rel in ("this", "last"):
        if c.dct is None:
            return Norm("TIME", f"XXXX-XX-XXT{part}", mod, "relative")
        d = c.dct - timedelta(days=1 if rel == "last" else 0)
        return Norm("TIME", f"{d.isoformat()}T{part}", mod, "relative")
    ref = c.narrative("day")  # the last day named, not a year in between ("died in 1862")
    if ref is None:
        return Norm("TIME", f"XXXX-XX-XXT{part}", mod, "narrative")
    if ref[1] != "day":  # only a coarser time is known: "In 1862 ... in the afternoon"
        day = _partly_known(ref[0], ref[1], "day") if ref[1] in _GRAN_ORDER else "XXXX-XX-XX"
        return Norm("TIME", f"{day}T{part}", mod, "narrative")
    anchor = ref[0]
    if c.dct is not None and (_against_tense(anchor, c, ahead_only=True) or anchor.isoweekday() > 5
                              and _TRADING_AFTER.match(c.text, c.end)):
        anchor = c.dct  # "yields dipped late in the afternoon" after a meeting due on Saturday;
        # "in early afternoon trading" after a vote on Sunday: markets trade on weekdays
    d = anchor + timedelta(days=1 if rel in ("the next", "the following") else
                        -1 if rel == "the previous" else 0)
    return Norm("TIME", f"{d.isoformat()}T{part}", mod, "narrative")


_MONEY_NOUN_AFTER = re.compile(r"\s+(?:interest\s+|(?:federal|fed)\s+funds\s+)?(?:(?:call\s+)?rates?|call\s+money|lending|repo|loans?|deposits?|borrowing|funds|"
                               r"index|interbank|money)\b", re.I)
_OVERNIGHT_NOUN_AFTER = re.compile(r"\s+(?:shifts?|crews?|staff|flights?|trains?|buses|bus|service|"
                                   r"stays?|guests?|trips?|visits?|camps?|lows|temperatures)\b", re.I)
_CLOCK_REF_REACH = 400  # characters: about two sentences
_CLOCK_CHAIN_REACH = 800  # from one clock time to the next in a timeline of the day
_BY_BEFORE = re.compile(r"\bby\s+$", re.I)
_TO_VERB = re.compile(r"\bto\s+(?!the\b|a\b|an\b)[a-z]+\b")
_DEADLINE_CLOCK_BEFORE = re.compile(r"\b(?:by|until|till|before)\s+(?:about\s+|around\s+)?$", re.I)
_EVERY_DAY_AND_BEFORE = re.compile(r"\b(?:every|each)\s+[A-Z][a-z]+day\s+(?:and|or)\s+$")
_INDEFINITE_BEFORE = re.compile(r"\ban?\s+$", re.I)
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")


_FUTURE_AFTER_NOUN = re.compile(
    r"['’]s\s+(?:(?!and\b|but\b|or\b)[a-z-]+\s+){1,3}(?:[A-Za-z]+,\s+due\b|will|is\s+(?:expected|due|set|scheduled|likely)|"
    r"are\s+(?:expected|due|set|scheduled|likely)|could|may|should|would|goes\s+ahead|"
    r"takes\s+place|begins|starts|opens|kicks\s+off)\b")
# A fixture told in the present: "Tuesday's kickoff in Belo Horizonte is at 5 p.m.",
# "Monday's stage in Calvi is a team time trial" (not "Monday's ruling is a blow")
_FIXTURE_IS_AFTER = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,3}?(?:stage|match|game|final|semi-?final|quarter-?final|kick-?off|race|"
    r"fixture|clash|derby|tie|leg|round|fight|bout)\b(?:\s+(?:in|at|against)\s+(?:[A-Z][\w'’-]*\s+){1,3})?"
    r"\s*(?:is|starts|begins)\b")
# A past verb that looks ahead to what it names: "predicted a vote by Friday"
_FORESEEN_BEFORE = re.compile(r"\b(?:predicted|forecast|projected|promised|vowed|pledged|"
                              r"expected|anticipated|wanted|hoped|asked|demanded|urged|"
                              r"aimed|planned)\b[^.;!?]*$", re.I)
# A present tense that schedules, in the clause before a weekday's possessive
_SCHEDULE_BEFORE = re.compile(rf"\b(?:{SCHEDULE_VERBS}|plays|visits|takes\s+on)\b[^.!?;]*$",
                              re.I)
_WILL_BEFORE = re.compile(
    r"\b(?:will|'ll|shall|(?:is|are)\s+(?:not\s+)?(?:expected|due|set|scheduled|likely|slated|"
    r"poised)\s+to)\b[^.!?;]*$|\bahead\s+of\b[^.!?;]{0,30}$", re.I)


_ON_BEFORE = re.compile(r"\b[Oo]n\s+$")


@cache
def _titles(titles: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(words_regex(titles) + r"(?![\w-])")


def _in_a_title(c: Context) -> bool:
    """The weekday is part of a name: "the Sunday Times", "the Mail on Sunday" (not "On
    Sunday Times Square was empty")."""
    after, before = c.text[c.end : c.end + 2], c.text[max(0, c.start - 16) : c.start].split()
    if not (after[1:].isupper() or before and (before[-1][:1].isupper() or before[-1] == "on")):
        return False  # a title's weekday stands next to a capitalised word or "on" (cheap)
    lo = max(0, c.start - 14)
    return any(m.start() < c.start or m.start() == c.start and m.end() > c.end and not
               _ON_BEFORE.search(c.text, lo, c.start) for m in _titles(
                   c.lex.weekday_titles).finditer(c.text, lo, c.end + 25) if m.end() >= c.end)


_WEEKDAY_AND = re.compile(r"[A-Z][a-z]{2,8}\.?(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?:and|or|&)\s+")


def _after_weekday_and(c: Context) -> date | None:
    """The day of a weekday written just before this one and joined to it by "and"."""
    prev = c.last_day
    if prev is None or c.start - prev[1] > 24 or not _WEEKDAY_AND.fullmatch(c.text, prev[1], c.start):
        return None
    return date.fromisoformat(prev[0])


_BEFORE_GOING_ON = re.compile(r"\bbefore\s+[a-z]{2,}ing\b", re.I)
_FIRST_WORD = re.compile(r"[A-Za-z]+")


def _day_before_going_on(c: Context) -> date | None:
    """The day of a weekday earlier in the sentence when "before <doing>" stands between it
    and this one ("met on Saturday before flying to Paris on Sunday")."""
    prev = c.last_day
    if prev is None or c.dct is None or prev[1] < c.start - len(c.sentence_before()) or \
            not _BEFORE_GOING_ON.search(c.text, prev[1], c.start):
        return None
    word = _FIRST_WORD.match(c.text, prev[1])
    if word is None or _weekday(word.group(0), c.lex) is None:
        return None  # "where the season began May 15, ... before reaching the coast late
        # Wednesday": a date of another story
    return date.fromisoformat(prev[0][:10])


def _told_direction(c: Context) -> int:
    """Which way a bare weekday lies from the DCT by the tense of its clause: ahead when
    told in the future, or after a present perfect, which takes no past day ("has forecast
    showers on Sunday"); else back."""
    tense = c.tense()
    return 1 if tense or tense is False and c.perfect_ahead() else -1


def _named_weekday(wd: int, dct: date, direction: int, rel: str) -> date:
    """The weekday WD told from DCT in DIRECTION; "last Monday" said on a Tuesday is the
    week before, yesterday being plain "Monday" (also "5 p.m. last Monday")."""
    day = _weekday_date(wd, dct, direction)
    return day - timedelta(days=7) if rel == "last" and day == dct - timedelta(days=1) else day


def norm_weekday(g: Groups, c: Context) -> Norm | None:
    word = g.get("wd")
    wd = _weekday(word, c.lex)
    if wd is None or not _cap(word) or _in_a_title(c):
        return None
    rel = _lower(g.get("rel"))
    part = _lower(g.get("part") or g.get("part0"))  # "overnight Wednesday": its night
    mod, start = _day_mod(g, c, "rel" if g.get("rel") else "wd")
    beyond = rel == "past" and not mod
    if beyond:  # "open past Monday's deadline": beyond it, a preposition
        rel, start = "", c.group_start("wd")
    if rel in ("each", "every") or g.get("pl") or g.get("ppl") or not rel and _EVERY_DAY_AND_BEFORE.search(
            c.before(32)):  # "Tuesday nights", "every Friday and Saturday night"
        return Norm("SET", f"XXXX-WXX-{wd}" + (f"T{V.PART_CODES[part]}" if part else ""), None, "none")
    event = not rel and _INDEFINITE_BEFORE.search(c.before(4)) is not None
    if event and not part and c.last_day is not None and _DATE_COMMA_BEFORE.search(c.before(6)) and \
            c.start - c.last_day[1] < 40 and date.fromisoformat(c.last_day[0]).isoweekday() == wd:
        return Norm("DATE", c.last_day[0], None, "relative")  # "on 27 March, a Sunday": that day
    if event and (part or not _EVENT_NAMED_AFTER.match(c.text, c.end)):  # "it falls on a
        return Norm("DATE", f"XXXX-WXX-{wd}", None, "none")  # Sunday" (but "faces a Monday
        # deadline")
    if g.get("wk") and not rel and c.dct is not None:
        # "Tuesday week" (British): a week after the coming Tuesday, or a week today
        return Norm("DATE", (_weekday_date(wd, c.dct, 1) + timedelta(days=7)).isoformat()
                    if wd != c.dct.isoweekday() else (c.dct + timedelta(days=7)).isoformat(),
                    None, "relative")
    if g.get("wk"):
        return None
    narrative = c.narrative() if rel.startswith("the ") else None
    if narrative is not None and narrative[1] == "day":  # "the following Monday"
        value = _weekday_date(wd, narrative[0], 1 if rel == "the following" else -1).isoformat()
    elif c.dct is None:
        value = f"XXXX-WXX-{wd}"
    elif not rel and (after := _after_weekday_and(c)) is not None and \
            (wd - after.isoweekday()) % 7 in (1, 2):
        # "canceled classes Monday and Tuesday", said on the Monday: the Tuesday after it
        # (not "statements made Friday and Thursday")
        value = (after + timedelta(days=(wd - after.isoweekday()) % 7)).isoformat()
    elif not rel and (same := _same_weekday_in_sentence(c, wd)) is not None:
        value = same  # "left at 12:41 a.m. Saturday and was due to land at 6:30 a.m. Saturday":
        # one weekday named twice in a sentence is one day
    elif not rel and (then := _day_before_going_on(c)) is not None:
        # "met ministers on Saturday morning before flying to Paris for talks on Sunday":
        # the day after, whatever the tense
        value = (then + timedelta(days=(wd - then.isoweekday()) % 7 or 7)).isoformat()
    else:
        if rel in ("last", "past", "previous", "this past", "the previous", "the preceding"):
            direction = -1
        elif rel in ("next", "coming", "this coming", "the following"):
            direction = 1
        elif wd == c.dct.isoweekday():
            direction = 0
        elif rel == "this":  # the coming one, unless told in the past ("this Monday, he said")
            direction = -1 if c.tense() is False else 1
        elif beyond:
            direction = _told_direction(c)
        elif _GIVEN_UNTIL_BEFORE.search(c.before(24)):
            direction = 1  # "had until Tuesday to accept them", "were given until Friday": a
            # deadline from the telling
        elif event and (c.tense() is True or _UPCOMING_BEFORE.search(c.before(26)[:-2])):
            direction = 1  # "scrambled on Friday to agree a plan before a Monday deadline"
        elif _CLOSING_PRICE_BEFORE.search(c.before(24)):
            direction = -1  # "a 20 percent premium to the closing price on Wednesday"
        elif _OPENS_SENTENCE.search(c.before(3)) and _SUBJECT_PRESENT_AFTER.match(c.text, c.end):
            direction = 1  # "Thursday marks one year since the war began", "Friday is the
            # deadline": the day as the subject of a present tense is coming
        elif _FORECAST_OF_BEFORE.search(c.before(80)):
            direction = 1  # "a 40 percent chance of severe weather Friday afternoon": ahead
        elif _PREPARES_FOR_BEFORE.search(c.before(24)):
            direction = 1  # "Baltimore prepares for Sunday showdown", "getting ready for
            # Saturday's derby": what is prepared for lies ahead
        elif _POSSESSIVE_AFTER.match(c.text, c.end):
            # "Thursday's ruling" names what happened, whatever the verb, unless "will"
            # looks ahead to it ("will have full coverage in Tuesday's edition")
            direction = 1 if _WILL_BEFORE.search(c.before(80)) or _FUTURE_AFTER_NOUN.match(
                c.text, c.end) or _FIXTURE_IS_AFTER.match(c.text, c.end) or _SCHEDULE_BEFORE.search(
                    c.before(60)) or (
                    _EVENT_AHEAD_AFTER.match(c.text, c.end) and _event_ahead_told(c)) or (
                    _PLAN_AFTER.match(c.text, c.end) and c.tense() is not False) else -1
            # "Sunday's vote is expected to be close", "faces Djokovic in Sunday's final",
            # "the last release before Tuesday's elections", "appears in Thursday's edition",
            # "Economists expect an increase at Tuesday's meeting"; "Also on Tuesday's agenda
            # is a request": a plan, unless told in the past
        elif _MOURNING_BEFORE.search(c.before(80)):
            direction = 1  # "declared three days of mourning starting on Tuesday",
            # "ordered three days of national mourning from Friday"
        elif START_WORD_BEFORE.search(c.before(20)) and (
                c.tense() is not False or _TO_VERB.search(c.sentence_before()[-100:])
                or _CALLED_OFF.search(c.sentence_before()[-80:]) or _CALLED_FOR.search(
                    c.sentence_before()[-120:])):
            direction = 1  # "told to stay home starting Monday", "voted to recount all
            # ballots, starting Monday", "canceled flights beginning Tuesday", "called for a
            # campaign starting on Sunday"; not "were ordered off the islands starting Wednesday"
        elif _DECLARED_BEFORE.search(c.before(14)) and _DAY_OF_AFTER.match(c.text, c.end):
            direction = 1  # "declared Tuesday a day of national mourning": a day ahead
        elif _CALLED_FOR_EVENT_BEFORE.search(c.before(70)):
            direction = 1  # "called for a march on Tuesday", "called for a day of prayer
            # Wednesday", "plan a rally on Saturday": what is called for or planned lies ahead
        elif _URGED_TO_BEFORE.search(c.before(90)):
            direction = 1  # "urged Malians to take to the streets on Friday": what is urged
            # lies ahead
        elif _TO_BEGIN_BEFORE.search(c.before(40)) and _CALLED_FOR.search(c.sentence_before()[-120:]):
            direction = 1  # "called for a strike to begin on Sunday" (not "was to begin on
            # Sunday", "were allowed to resume on Sunday")
        elif c.before(4).lower() == "for " and _DECLARED_FOR_BEFORE.search(c.before(60)):
            direction = 1  # "public holidays have been declared for Tuesday": ahead
        elif c.before(4).lower() == "for " and _CALLED_OFF_BEFORE.search(c.before(80)):
            direction = 1  # "announced closings for Wednesday", "have cancelled 130 flights
            # for Monday": what is called off lies ahead
        elif _BY_BEFORE.search(c.before(8)) and not _HAD.search(c.sentence()) and (
                c.tense() is not False or _FORESEEN_BEFORE.search(c.before(80))):
            direction = 1  # "By Monday, much of the snow could be gone" (not "was done by
            # Monday"), "Reid predicted a test vote by Friday"
        else:
            direction = _told_direction(c)
        value = _named_weekday(wd, c.dct, direction, rel).isoformat()
    if part:
        # a part of day makes a TIME value, "night" too (TimeML types by the value)
        return Norm("TIME", f"{value}T{V.PART_CODES[part]}", mod, "relative", start=start)
    return Norm("DATE", value, mod, "relative", start=start)


_CLAUSE_AFTER = re.compile(r"\s+(?!(?:that|next|this)\b)[A-Za-z]")
_EDGE_OF_BEFORE = re.compile(r"\b(?:end|beginning|start|middle|close|turn)\s+of\s+$", re.I)


def norm_earlier_this(g: Groups, c: Context) -> Norm | None:
    if g.get("mid"):  # "due mid-month", "by midyear": the middle of the current one
        unit = _UNIT_CODES[_lower(g.get("unit2"))]
        # said on a Sunday, "by midweek" ahead is the week that begins tomorrow
        ahead = unit == "W" and c.dct is not None and c.dct.isoweekday() == 7 and c.future()
        return Norm("DATE", _relative_unit(unit, 1 if ahead else 0, c), "MID", "relative")
    mod = _edge_mod(g.get("mod"))
    rel = _lower(g.get("rel"))
    unit = _UNIT_CODES[_lower(g.get("unit"))]
    if rel == "that" or rel.startswith("in"):  # "later that month", "later in the month"
        return Norm("DATE", _relative_unit(unit, 0, c, True), mod, "narrative")
    offset = {"this": 0, "last": -1, "next": 1}[rel]
    if unit == "W" and rel == "this" and mod == "END" and c.dct is not None and \
            c.dct.isoweekday() == 7:
        offset = 1  # "later this week" said on a Sunday: the week that begins tomorrow
    return Norm("DATE", _relative_unit(unit, offset, c), mod, "relative")


def _same_weekday_in_sentence(c: Context, wd: int) -> str | None:
    """The day of the same weekday, named bare earlier in the sentence."""
    for t in reversed(c.found):
        if t.start < c.start - 250:
            return None  # (a sentence's reach, before its start is looked for)
        day = t.value[:10]
        if _DAY_VALUE.match(day) and _BARE_WEEKDAY_IN.search(t.text) and \
                date.fromisoformat(day).isoweekday() == wd and not _NEXT_OR_LAST.search(t.text):
            return day if t.start >= c.start - len(c.sentence_before()) else None
    return None


_BARE_WEEKDAY_IN = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
_NEXT_OR_LAST = re.compile(r"\b(?:next|last|this|coming|following|previous)\b", re.I)


def _event_ahead_told(c: Context) -> bool:
    """An event named by its weekday lies ahead: told in the future, or, with no tense,
    right after "before", "ahead of" or "appears in"."""
    tense = c.tense()
    return tense is True or tense is None and _UPCOMING_BEFORE.search(c.before(24)) is not None


_EVENTS = (r"(?:elections?|votes?|meeting|summit|final|match|game|talks|hearing|deadline|launch|"
           r"referendum|polls?|debate|kickoff|edition|issue|installation|inauguration|ceremony|"
           r"funeral|swearing-in|parade|rally|race|concert|premiere|opener|runoff|run-off|rematch|"
           r"showdown|derby|primary|caucus(?:es)?)")
_EVENT_AHEAD_AFTER = re.compile(rf"['’]s\s+(?:[a-z-]+\s+){{0,2}}{_EVENTS}\b", re.I)
# "faces a Monday deadline", "set a Thursday vote": that day's, not any Monday
_EVENT_NAMED_AFTER = re.compile(rf"\s+{_EVENTS}\b")
_PLAN_AFTER = re.compile(r"['’]s\s+(?:[a-z-]+\s+)?(?:agenda|docket|schedule|programme|program|"
                         r"line-?up)\b", re.I)
_CLOSING_PRICE_BEFORE = re.compile(r"\bclosing\s+(?:share\s+)?(?:price|level)\s+(?:on\s+)?$", re.I)
_TO_THE_DAY_BEFORE = re.compile(r"\b(?:years?|months?|weeks?|decades?)\s+to\s+$", re.I)
_CALLED_OFF = re.compile(r"\b(?:cancel(?:s|led|ed|ling|ing)?|cancell?ations?|closings?|closures?|"
                         r"called\s+off|calls\s+off|postpone[sd]?|scrapped|suspended)\b", re.I)
_CALLED_OFF_BEFORE = re.compile(_CALLED_OFF.pattern + r"[^.;!?]*\bfor\s+$", re.I)
# (active, with someone urged: not "were ordered or urged to leave their homes on Tuesday")
_URGED_TO_BEFORE = re.compile(r"\b(?:urged|urging|called\s+on|calling\s+on|appealed\s+to|encouraged|exhorted)\s"
                              r"(?!to\b)[^.;:!?]{1,40}?\bto\s+[a-z]+\b[^.;:!?]{0,40}?\bon\s+$", re.I)
_GIVEN_UNTIL_BEFORE = re.compile(r"\b(?:has|have|had|given)\s+until\s+$", re.I)
_DECLARED_FOR_BEFORE = re.compile(r"\b(?:holidays?|day\s+off)\s+(?:(?:has|have)\s+been\s+|was\s+|were\s+)?"
                                  r"(?:declared|announced|called|granted|given)\s+for\s+$", re.I)
_DECLARED_BEFORE = re.compile(r"\b(?:declared|declares|declaring|named|designated|proclaimed)\s+$")
_DAY_OF_AFTER = re.compile(r"\s+(?:as\s+)?an?\s+(?:[\w-]+\s+){0,2}(?:day|holiday)\b")
_DATE_COMMA_BEFORE = re.compile(r"\w,\s+an?\s+$")
_CALLED_FOR_EVENT_BEFORE = re.compile(r"\b(?:call(?:ed|s|ing)\s+for|plan(?:s|ning)?|organi[sz](?:e|es|ing))\s+(?:(?:a|an|another|new|more|"
                                      r"fresh|further)\s+)?(?:[\w-]+\s+){0,3}?(?:march|"
                                      r"marches|strikes?|rally|rallies|protests?|demonstrations?|boycott|sit-ins?|vigils?|"
                                      r"walkout|shutdown|day\s+of\s+(?:[a-z]+\s+)?[a-z]+)(?:\s+(?:in|at|outside)\s+"
                                      r"(?:the\s+[a-z]+|(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})))?\s+(?:on\s+)?$",
                                      re.I)  # (and where: "a rally in Dhaka on Friday")
_CALLED_FOR = re.compile(r"\b(?:called\s+for|demanded|urged|announced|declared|proposed)\b")
_TO_BEGIN_BEFORE = re.compile(r"(?<!\bwas\s)(?<!\bwere\s)\bto\s+(?:begin|start|resume|reopen|take\s+effect)\s+"
                              r"(?:on\s+)?$", re.I)
_MOURNING_BEFORE = re.compile(r"\bmourning,?\s+"
                              r"(?:(?:starting|beginning|effective)\s+(?:on\s+)?|from\s+)$", re.I)
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?]\s|\n)$")
_SUBJECT_PRESENT_AFTER = re.compile(r"\s+(?:is|marks|brings|sees|will)\b")
_PREPARES_FOR_BEFORE = re.compile(r"\b(?:(?:prepar(?:es?|ing)|gear(?:s|ing)?\s+up|get(?:s|ting)?\s+"
                                  r"ready|build-?up)\s+(?:for|to)|(?:heading|going)\s+into|on\s+the\s+eve\s+of|"
                                  r"in\s+the\s+run-up\s+to)\s+$", re.I)
# a forecast of what the day will bring: "a 40 percent chance of severe weather Friday
# afternoon", "Forecasters warned of more severe storms on Wednesday"
_FORECAST_OF_BEFORE = re.compile(r"(?:\b(?:chances?|risk|threat|odds|possibility|likelihood)\s+of|"
                                 r"\bforecasters?\b[^.;]{0,40}\bwarned\s+of)\s+(?:[\w-]+\s+){0,4}?(?:on\s+)?$",
                                 re.I)
_UPCOMING_BEFORE = re.compile(r"\b(?:before|ahead\s+of|(?:appears?|(?:is|are)\s+published)\s+in)\s+$",
                              re.I)
_NOUN_OF_BEFORE = re.compile(r"\b(?!(?:end|start|beginning|middle|turn|rest|half|part|course|dawn|"
                             r"close|remainder|years|decades|quarter)\b)[a-z]+\s+of\s+$", re.I)
_UNTIL_BEFORE = re.compile(r"\b(?:until|till|til)\s+$", re.I)
_INTO_BEFORE = re.compile(r"\b(?:going|heading|moving)\s+into\s+(?:the\s+)?$", re.I)
_AND_A_HALF_AFTER = re.compile(r"\s+and\s+a\s+half\b", re.I)
_SPAN_PREP_BEFORE = re.compile(r"\b(?:over|for|within|throughout)\s+$", re.I)


def norm_rel_unit(g: Groups, c: Context) -> Norm | None:
    rel = _lower(g.get("rel"))
    unit_word = _lower(g.get("unit"))
    unit = _UNIT_CODES[unit_word]
    mod = _dmod(g.get("dmod"), c.lex)
    if _cap(g.get("unit")) and _cap(g.get("rel")) and (not c.low.startswith(
            "# ", c.low.rfind("\n", 0, c.start) + 1) or c.before(1) in "\"“'‘") or \
            rel == "the" and c.in_a_title():
        return None  # a title: "This Week", "Next Year", "our Person of the Week" (but a
        # headline in title case: "# Negotiators Will Resume Talks Next Week"; not a quoted
        # title there: '# Bowie's "The Next Day" heads for No. 1')
    if unit in ("FN", "H"):  # "over the past fortnight", "the next hour": a length
        if rel in ("last", "past", "the past", "the last", "next", "the next", "the coming") or \
                rel == "this" and unit == "FN":
            return Norm("DURATION", "P2W" if unit == "FN" else "PT1H", mod, "none")
        return None
    if g.get("century"):  # "the past quarter century": 25 years
        return Norm("DURATION", "P25Y", mod, "none")
    half = _AND_A_HALF_AFTER.match(c.text, c.end)
    if half is not None and rel in ("the past", "the last", "the next", "the coming", "past",
                                    "last", "next", "the previous", "the following"):
        # "over the next year and a half": eighteen months
        return Norm("DURATION", duration_value(1.5, unit), mod, "none", end=half.end())
    post = _lower(g.get("post"))
    if post and rel == "the" and _TO_THE_DAY_BEFORE.search(c.before(16)):
        return None  # "seven years to the day after Katrina": an exact count, no date
    if post:
        clause = post == "after" and _CLAUSE_AFTER.match(c.text, c.end) is not None
        if clause and not mod and _EDGE_OF_BEFORE.search(c.before(16)):
            return None  # (the rule's shorter match, without "the end of", is no better)
        if rel not in ("the", "a") or mod and clause:
            # "last year after the war", "by the end of the month after water companies
            # warned": the clause is not the timex
            inner = norm_rel_unit({**g, "post": None}, c)
            if inner is not None and inner.end is None:
                inner.end = c.spans["post"][0]
            return inner
        value = _relative_unit(unit, -1 if post in ("before", "earlier") else 1, c, True)
        if unit_word == "night":  # "the night before": a part of a day, a TIME
            return Norm("TIME", value + "TNI", mod, "narrative")
        return Norm("DATE", value, mod, "narrative")
    if rel == "full" and c.low.endswith(("a ", "an "), 0, c.start):
        return None  # "a full-year spending bill": a kind of bill, no year
    if rel in ("the full", "full") and unit == "Y":  # in the first quarter, what "rose for the
        # full year" is the year just ended ("its full-year forecast": a year too)
        step = -1 if c.dct is not None and c.dct.month <= 3 and c.tense() is False else 0
        return Norm("DATE", _relative_unit(unit, step, c), mod, "relative")
    if rel in ("the entire", "the whole", "the full"):
        return Norm("DURATION", "P2D" if unit == "WE" else duration_value(1, unit), None, "none")  # ("the
        # whole weekend": its two days)
    if unit_word in ("school year", "academic year") and rel in ("the", "the previous", "the next"):
        # a school's year runs from the DCT's: "began the academic year on Monday", "a rise
        # of 10 cents from the previous school year"
        step = {"the previous": -1, "the next": 1}.get(rel, 0)
        return Norm("DATE", _relative_unit(unit, step, c), mod, "relative")
    if unit == "Y" and rel in ("that", "that same") and not post:
        written = year_written_before(c)
        if written is not None:  # "from 1783 until 1954. That year": the year last written
            return Norm("DATE", f"{written:04d}", mod, "narrative")
    narrative = {"the next": 1, "the following": 1, "the previous": -1, "the preceding": -1,
                 "the prior": -1, "the same": 0, "that same": 0, "that": 0}
    if rel in ("the following", "the preceding", "the previous") and unit in ("DE", "CE") and \
            _SPAN_PREP_BEFORE.search(c.before(12)):
        return Norm("DURATION", duration_value(1, unit), mod, "none")  # "over the following decade"
    if rel in narrative and (rel != "the next" or unit in ("D", "WE") or unit_word == "night" or (
            unit == "Y" and c.tense() is False and not _SPAN_PREP_BEFORE.search(c.before(24)) and
            c.last_year is not None and c.last_year.isdigit() and c.dct is not None and
            int(c.last_year) < c.dct.year)):
        # ("The witness recanted in 2010. She died the next year": told in the past, the
        # story's next year; but "over the next year", "the next year will be hard")
        if rel == "that" and unit in ("Q", "DE", "CE"):
            return None
        value = _relative_unit(unit, narrative[rel], c, narrative=True)
        if unit_word == "night":
            return Norm("TIME", value + "TNI", mod, "narrative")
        return Norm("DATE", value, mod, "narrative")
    if rel == "the" and unit == "CE" and _NOUN_OF_BEFORE.search(c.before(30)):
        return None  # "the deal of the century": praise, no date
    if rel == "the" and c.last_ref and len(c.last_ref) == {"DE": 3, "CE": 2}.get(unit) and \
            c.last_ref.isdigit() and not _SPAN_PREP_BEFORE.search(c.before(12)):
        return Norm("DATE", c.last_ref, mod, "narrative")  # "the 1990s ... the middle of the decade"
    if rel in ("the next", "the coming") and unit in ("W", "M") and _SPAN_PREP_BEFORE.search(
            c.before(24).removesuffix("at least ")):
        return Norm("DURATION", duration_value(1, unit), mod, "none")  # "over the next month",
        # "for at least the next week": a length ahead
    if rel in ("the past", "the last", "past", "the next", "the coming") and unit in ("DE", "CE"):
        return Norm("DURATION", duration_value(1, unit), mod, "none")  # "over the next decade"
    offsets = {"last": -1, "past": -1, "previous": -1, "the past": -1, "the last": -1,
               "the previous": -1, "this past": -1, "next": 1, "coming": 1, "the next": 1,
               "the coming": 1, "this coming": 1}
    offset = offsets.get(rel, 0)
    if rel == "the" and unit == "D":
        if not mod:
            return None
        value = _relative_unit(unit, 0, c, narrative=True)
        return Norm("DATE", value, mod, "narrative")
    if rel == "the" and unit == "Y" and not mod:
        return None if c.in_a_title() or TIME_OF_BEFORE.search(c.before(12)) else \
            Norm("DURATION", "P1Y", None, "none")
    if rel == "the" and unit == "Q":
        base = _default_quarter(c)
        return Norm("DATE", V.quarter_value(*base) if base else "XXXX-QX", mod, "relative")
    if unit_word == "night":
        if rel not in ("last",):
            return None
        return Norm("TIME", _relative_unit("D", -1, c) + "TNI", mod, "relative")
    if unit == "D":
        return None
    if unit == "WE" and rel in ("coming", "the coming", "this coming") and c.dct is not None \
            and c.dct.isoweekday() <= 5:
        offset = 0  # "the coming weekend", said on a weekday: this week's
    if unit == "WE" and rel in ("the", "this") and c.dct is not None and (
            c.dct.isoweekday() <= 4 and not c.future() and not c.perfect_ahead()
            or c.dct.isoweekday() == 5 and rel == "the" and c.tense() is False) and \
            not _INTO_BEFORE.search(c.before(20)) and not (
                _BY_BEFORE.search(c.before(4)) and (c.tense() is not False or _FORESEEN_BEFORE.search(
                    c.before(120)))):
        # "talked over the weekend"; not "going into the weekend", nor "temperatures dipping
        # to 13 degrees by the weekend" (but "by the weekend it appeared to have support")
        offset = -1
    if unit == "WE" and rel == "the" and not mod and c.dct is not None and c.dct.isoweekday() == 7 \
            and c.before(3) == "at " and c.future():
        offset = 1  # "could bring heavy rain at the weekend", said on a Sunday: the next one
        # (but "would remain on alert through the weekend": this one, ending today)
    if unit == "W" and rel == "the" and c.last_day is not None and c.before(4) == "for " and \
            c.start - c.last_day[1] <= len(c.sentence_before()):
        # "closed at $37.50 on Friday, down 81 cents for the week": that Friday's week
        return Norm("DATE", V.week_value(date.fromisoformat(c.last_day[0])), mod, "relative")
    if unit == "W" and rel in ("this", "the") and c.dct is not None and \
            c.dct.isoweekday() == 7 and c.future():
        offset = 1  # said on a Sunday, "this week" ahead is the one that begins tomorrow
    if unit == "CE" and rel == "the" and _lower(g.get("dmod")).startswith("the turn") and \
            c.dct is not None and c.dct.year % 100 >= 80 and c.tense() is not False:
        offset = 1  # "may fail at the turn of the century", said in 1998: 2000's (but "was
        # founded at the turn of the century": 1900's)
    if unit == "Y" and rel == "the" and mod in ("END", "LATE") and c.dct is not None and \
            c.dct.month == 1 and _AT_THE_TIME_BEFORE.search(c.before(12)) and c.tense() is False:
        offset = -1  # "Sales rose sharply at the end of the year", told in January: the year
        # just ended (not a deadline: "has promised a vote by the end of the year")
    # "over the past year" is the last twelve months: it lends no year to the months after
    # it ("fallen by half over the past year, hitting a record low in early January")
    trailing = unit == "Y" and rel in ("the past", "the last", "past")
    return Norm("DATE", _relative_unit(unit, offset, c), mod, "relative", sets_year=not trailing)


_AT_THE_TIME_BEFORE = re.compile(r"\b(?:at|in|during|over|toward|towards|near)\s+$")
_NIGHT_OR_MORNING = re.compile(r"\b(?:night|overnight|morning|dawn|midnight|tonight)\b", re.I)


_NAME_BEFORE = re.compile(r"(?<![.!?]\s)(?<![.!?]\s\s)\b[A-Z][A-Za-z]*\s+$")


def norm_time(g: Groups, c: Context) -> Norm | None:
    if g.get("day2") and _ON_OPENS_SENTENCE.search(c.text, c.start, c.end):
        # "from 7 p.m. to 6 a.m. On Thursday, the army ...": the day opens the next sentence
        cut = c.spans["tz" if g.get("tz") else "ap"][1]
        norm = norm_time({**g, "day2": None}, c)
        return None if norm is None else Norm(norm.type, norm.value, norm.mod, norm.anchor, end=cut)
    if g.get("day1") and _EVERY_BEFORE.search(c.before(8)):
        return None  # "every Monday at 7 p.m.": the set, and its clock time after it
    hw = g.get("hw")
    if hw and hw[0].isupper() and _NAME_BEFORE.search(c.before(16)):
        return None  # "shown on BBC One tonight", "Channel Four tonight": a channel's name
    h = int(g.get("h") or c.lex.numbers.get(_lower(hw), 0))  # "five o'clock"
    mi = int(g.get("mi") or _spoken_minutes(_lower(g.get("mw")), c) or 0)  # "eight fourteen p.m."
    if g.get("past"):  # "half past ten tonight", "a quarter to nine in the morning"
        mi = 30 if _lower(g.get("past")) == "half" else 15
        if _lower(g.get("pastto")) == "to":
            h, mi = (h - 2) % 12 + 1, 60 - mi
    ap = _lower(g.get("ap")).replace(".", "")
    if ap.startswith("this ") or ap == "tonight":
        # "five thirty this morning", "eight tonight": that part of the day of writing
        if g.get("hw") is None and g.get("mi") is None and not _CLOCK_PREP_BEFORE.search(c.before()):
            return None  # "the 2 this morning": no clock time (but "at 6 this morning")
        day = c.dct.isoformat() if c.dct else "XXXX-XX-XX"
        h = h % 12 + (0 if ap.endswith("morning") else 12)
        return Norm("TIME", f"{day}T{h:02d}:{mi:02d}", "APPROX" if g.get("mod") else None, "relative")
    half = _lower(g.get("half"))
    if half:  # "four o'clock in the afternoon"
        ap = half
    elif ap == "o'clock" and _lower(g.get("day2")) == "tonight" and 5 <= h < 12:
        ap = "pm"  # "eight o'clock tonight"
    elif ap == "o'clock" and 1 <= h <= 4 and not g.get("day2") and not _NIGHT_OR_MORNING.search(
            c.before(60)):
        ap = "pm"  # "By 2 o'clock the water was coming in": the afternoon (not "at five o'clock")
    if ap == "at night":
        ap = "am" if h == 12 or h < 5 else "pm"
    if ap.startswith("in the "):  # "4 in the morning", "2 in the afternoon"
        if not 1 <= h <= 12 or g.get("mi") is None and not _CLOCK_PREP_BEFORE.search(c.before()):
            return None
        ap = "am" if ap.endswith("morning") else "pm"
    if ap == "pm" and h < 12:
        h += 12
    elif ap == "am" and h == 12:
        h = 0
    if h > 23:
        return None
    rel1 = _lower(g.get("rel1") or g.get("rel3"))  # "next Tuesday at 5 p.m.", "5 p.m. last Friday"
    wd1 = _weekday(g.get("day1") or g.get("day2"), c.lex) if rel1 else None
    if wd1 and c.dct is None:
        day = "XXXX-XX-XX"
    elif wd1 and c.dct is not None:  # "next Wednesday at 2 p.m."
        direction = -1 if rel1 == "last" or rel1 == "this" and c.tense() is False else 1
        day = _named_weekday(wd1, c.dct, direction, rel1).isoformat()
    elif rel1:
        return None  # "this morning at 9" is another rule's; "next today" is nothing
    else:
        day = _day_of(g.get("day1") or g.get("day2"), c, h)
    if g.get("mon"):
        dated = _full_date(g, c)
        if dated is None:
            return None
        day = dated.value
    end = None
    if not g.get("day2") and not g.get("mon") and not g.get("tz") and c.text[c.start : c.end].endswith(".") and \
            re.match(r"\s+[A-Z\"`']|\s*$", c.after()):
        end = c.end - 1
    mod = "APPROX" if g.get("mod") else None
    return Norm("TIME", f"{day}T{h:02d}:{mi:02d}", mod, "relative", end=end)


def _spoken_minutes(words: str, c: Context) -> int | None:
    """"fourteen", "oh five", "forty-two": the minutes of a clock time said in words."""
    if not words:
        return None
    parts = words.replace("-", " ").split()
    if parts[0] == "oh":
        parts = parts[1:]
    total = sum(int(c.lex.numbers.get(p, 0)) for p in parts)
    return total if 0 < total < 60 else None


def norm_time24(g: Groups, c: Context) -> Norm | None:
    """"15:30 GMT", "at 09:00", "0800 GMT": a 24-hour clock time needs a zone or a
    preceding "at" (the compact form always a zone)."""
    if g.get("mod") and c.low.endswith("right ", 0, c.start):
        return None  # "right around 11:30": the rule's shorter match, without "around"
    if not g.get("tz") and not g.get("hc") and not g.get("mod") and not _CLOCK_PREP_BEFORE.search(c.before()) and \
            not _CLOCK_RANGE_BEFORE.search(c.before(16)) and not _zoned_range_after().match(c.text, c.end):
        return None  # (the compact form has a zone, or the range it opens one: "2100-0400 GMT",
        # "(21:00 to 04:00 GMT)")
    hour, minute = int(g.get("h") or g.get("hc") or "0"), g.get("mi") or g.get("mic")
    half = _HALF_OF_RANGE_END.match(c.text, c.end) if not g.get("tz") and hour <= 12 else None
    if half is not None:
        # "between 12:45 and 1:05 a.m.": the half of the range's end, or the other half when
        # the start's hour comes after the end's ("from 9:30 to 5 p.m.")
        pm = (half.group(2).lower() == "p") != (hour % 12 > int(half.group(1)) % 12)
        hour = hour % 12 + (12 if pm else 0)
    elif not g.get("tz") and hour < 12:
        # "left at 9:04 p.m. ... followed him out at 9:26": the evening goes on
        last = next(reversed(list(_CLOCK_WITH_HALF.finditer(
            c.text, max(0, c.start - _HALF_REACH), c.start))), None)
        if last is not None and last.group("ap")[0] in "pP" and \
                int(last.group("h")) - 2 <= hour < 12 and int(last.group("h")) != 12:
            hour += 12  # (or a little before it: "kickoff at 7 p.m., the pregame show at 6:30")
    day = _day_of(g.get("day2"), c, hour)
    seconds = f":{g['se']}" if g.get("se") else ""  # "18:16:55" in an accident report
    return Norm("TIME", f"{day}T{hour:02d}:{minute}{seconds}", "APPROX" if g.get("mod") else None, "relative")


def norm_time24_spoken(g: Groups, c: Context) -> Norm | None:
    """"fourteen hundred GMT", "fifteen hundred hours": a 24-hour clock time said in words."""
    words = _lower(g.get("hw")).replace("oh", "").replace("-", " ").split()
    hour = sum(int(c.lex.numbers.get(w, 0)) for w in words)
    if not 0 < hour < 24:
        return None
    return Norm("TIME", f"{_day_of(None, c, hour)}T{hour:02d}:00", None, "relative")


_ON_OPENS_SENTENCE = re.compile(r"\.\s+On\s")
_HALF_OF_RANGE_END = re.compile(r"\s*(?:and|to|until|till|-|–)\s*(1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s*"
                                r"([ap])\.?m\b", re.I)
_CLOCK_PREP_BEFORE = re.compile(r"(?:^|\W)(?:at|from|until|till|by|before|after|since|around|about|between)\s+$",
                                re.I)
# The first clock time of a range before this one: "from 18:00 to 20:30".
_CLOCK_RANGE_BEFORE = re.compile(r"\d[:.h]?\d\d\s*(?:to|and|until|till|-|–)\s*$", re.I)
@cache
def _zoned_range_after() -> re.Pattern[str]:
    """The end of a range of 24-hour clock times, or the other of a pair, with its zone:
    " to 04:00 GMT", "(14:00 and 17:00 GMT)"."""
    return re.compile(rf"\s*(?:to|until|till|and|-|–)\s*(?:2[0-3]|[01]?\d)[:.h]?[0-5]\d\s*(?:{ZONES}|hrs)\b",
                      re.I)


# A clock time with its half of the day, and how far back one still tells a bare time's
_CLOCK_WITH_HALF = re.compile(r"\b(?P<h>1[0-2]|0?[1-9])(?::[0-5]\d)?\s*(?P<ap>[ap])\.?m\b", re.I)
_HALF_REACH = 400


# A day said later in the clause, with no number between: "in 4 p.m. composite trading on
# the New York Stock Exchange yesterday" (not "from seven p.m. until seven tomorrow morning",
# "at noon and said ... as early as tomorrow")
_DEICTIC_LATER = re.compile(r"(?:(?!\b(?:until|till|to|through|and|but|before|after)\b)[^.;:!?\n\d\"“”()]){0,80}?"
                            r"\b(yesterday|today|tonight|tomorrow)\b(?!['’])", re.I)


_SUBJECT_NOUN = re.compile(r"\W*the\s+([a-z]{4,})\b(?!['’])", re.I)
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
_SUBJECT_REACH = 800  # characters back to the day that named the subject


def _day_of_subject(c: Context) -> tuple[str, bool] | None:
    """The day of an event the sentence opens with, named earlier with its day: "Wednesday
    night's debate" or "the vote on Tuesday" before "The debate, which began at 9 p.m." or
    "The vote, held at 2 p.m."; and whether that day was named late in it (an evening)."""
    sentence = c.sentence_before()
    m = _SUBJECT_NOUN.match(sentence)
    if m is None:
        return None
    noun = re.escape(m.group(1).lower())
    opens = c.start - len(sentence)
    owner = re.compile(rf"(?:\s+(?:night|morning|afternoon|evening))?['’]s\s+(?:[a-z-]+\s+){{0,2}}{noun}\b", re.I)
    named = re.compile(rf"\b{noun}\s+(?:[a-z]+\s+){{0,2}}(?:on\s+)?$", re.I)
    for t in reversed(c.found):
        if t.end <= opens - _SUBJECT_REACH:
            break
        if t.end > opens or not _DAY_VALUE.match(t.value):
            continue
        if owner.match(c.text, t.end) or named.search(c.text, max(0, t.start - 40), t.start):
            hour = scene_hour(t.value)
            return t.value[:10], hour >= 12 or hour == NIGHT_SCENE
    return None


_DAILY = re.compile(r"\b(?:(?:each|every)\s+(?:day|night|morning|evening)|"
                    r"(?:daily|nightly)(?!\s+(?!(?:in|from|at|until|between|during|on)\b)[a-z])|"
                    r"(?:twice|three\s+times|once)\s+a\s+day)\b")


def _daily_clock(c: Context) -> bool:
    """A clock time of what happens every day, said in its clause: "open from 10 a.m. to
    8 p.m. each day", "updates its figures twice a day, at 6 a.m. and 6 p.m."."""
    near = c.low[max(0, c.start - 60) : c.end + 60]
    if not ("each" in near or "every" in near or "ly" in near or "a day" in near):
        return False  # (none of the words can be there: a substring test first)
    after = c.rest_of_sentence()[:60]
    before = c.sentence_before()[-60:]
    return bool(_DAILY.search(after) or _DAILY.search(before))


_EDGE_WEEKDAY = re.compile(r"(early|late)\s+[A-Z][a-z]+day\b", re.I)
_EDGE_REACH = 1500  # characters: the lead of a story and a few paragraphs


def _edge_of_day_told(c: Context, hour: int) -> str | None:
    """The day the story told as "early Sunday" (for a clock time before 8 a.m.) or "late
    Tuesday", "late yesterday" (from 6 p.m.), when the clock time, told in the past, comes in
    a sentence that names no day of its own: the event the lead dated by its edge of the
    day, not the day officials spoke of it."""
    opening = -1
    for t in reversed(c.found):
        if c.start - t.end > _EDGE_REACH:
            return None
        if not _DAY_VALUE.match(t.value):
            continue
        if opening < 0:
            opening = c.start - len(c.sentence_before())
        if t.start >= opening:
            return None  # the sentence names its day
        m = _EDGE_WEEKDAY.match(t.text)
        if m is not None and (hour < 8 if m.group(1).lower() == "early" else hour >= 18):
            return t.value[:10] if c.tense() is False else None
    return None


def _day_of(word: str | None, c: Context, hour: int = 12) -> str:
    if c.dct is None or not word and _daily_clock(c):
        return "XXXX-XX-XX"  # ("open from 8:30 a.m. to 4:30 p.m. every day": any day's)
    w = _lower(word)
    if not w and (later := _DEICTIC_LATER.match(c.text, c.end)) is not None:
        w = later.group(1).lower()  # "settled at 1:39 p.m. on the Comex in New York yesterday"
    if w in c.lex.deictic_days:
        return (c.dct + timedelta(days=c.lex.deictic_days[w])).isoformat()
    wd = _weekday(word, c.lex)
    if wd and (same := _same_weekday_in_sentence(c, wd)) is not None:
        return same  # "left at 12:41 a.m. Saturday and was due to land at 6:30 a.m. Saturday"
    if wd:
        direction = 0 if wd == c.dct.isoweekday() else _told_direction(c)
        return _weekday_date(wd, c.dct, direction).isoformat()
    named = _day_of_subject(c) if not word else None
    if named is not None:  # "in Wednesday night's debate. ... The debate, which began at 9 p.m."
        on, late = named  # ("a dinner on Thursday evening ... The dinner went on until after
        # 1am": past midnight, the next day)
        return (date.fromisoformat(on) + timedelta(days=1)).isoformat() if late and hour < 6 else on
    edge = _edge_of_day_told(c, hour) if not word else None
    if edge is not None:  # "struck early Sunday, ... officials said on Tuesday. The quake hit
        # at 3:47 a.m.": the small hours of the day told as "early Sunday"
        return edge
    # A clock time falls on the day of the scene: "at 10:35 a.m." after "on Friday", or
    # after "at 9 a.m." that day; unless a coarser date came since that does not hold that
    # day ("in the winter of 2010, ... from 6am"; but "on Saturday, ... in September,
    # kick-off at 3pm"). Far from any day, it is on the day of writing (live blogs).
    scene = c.scene
    if scene is not None and scene[2] >= 0 and c.start - scene[1] < 60 and c.restates_clock():
        # "at 1:21 a.m. (5:21 p.m. GMT)": the same moment, a day earlier or later when the
        # hours lie further apart than any zone is from GMT
        return (date.fromisoformat(scene[0]) + timedelta(
            days=V.zone_day_shift(scene[2], hour))).isoformat()
    if scene is None or not _holds(c.clock_ref, scene[0]) or c.start - scene[1] >= (
            _CLOCK_CHAIN_REACH if scene[2] >= 0 else _CLOCK_REF_REACH):
        return c.dct.isoformat()
    day = date.fromisoformat(scene[0])
    if not _timeline_entry(c) and _against_tense(day, c):
        # "is due back in session at 11 a.m." after "yesterday afternoon": not in the past;
        # "shares rose ... at 4 p.m." after a coming date: not in the future
        return c.dct.isoformat()
    if (scene[2] >= 12 and hour < 6 or scene[2] == NIGHT_SCENE and hour < 7 or
            scene[2] < 0 and hour < 5 and _UNTIL_BEFORE.search(c.before(10))) and not (
                day >= c.dct and c.tense() is False):
        # "at 11 p.m. ... at 12:40 a.m.", "Sunday night ... by 3:30 a.m.", "on New Year's
        # Eve ... until 2 a.m.": past midnight (but "crossed in the 24 hours to Thursday
        # afternoon. 'We left at 5 in the morning'": not after the DCT, told in the past)
        day += timedelta(days=1)
    return day.isoformat()


# A clock time that opens a line of a timeline: "12:41 a.m. (4:41 p.m. GMT): The plane
# takes off" is told in the present of that day.
_LINE_OPENS = re.compile(r"(?:^|\n)[ \t]*(?:[-*•][ \t]+)?(?:\*\*)?$")
_ENTRY_AFTER = re.compile(r"(?:\*\*)?\s*(?:\([^()\n]{1,40}\)\s*)?(?:\*\*)?(?::|—|–|-\s)")


def _timeline_entry(c: Context) -> bool:
    return _ENTRY_AFTER.match(c.text, c.end) is not None and _LINE_OPENS.search(
        c.text, max(0, c.start - 12), c.start) is not None


_PAST_PLAN_BEFORE = re.compile(
    r"\b(?:was|were)\s+(?:(?:originally|initially|also)\s+)?(?:scheduled|due|expected|set|"
    r"supposed|meant|slated)\s+to\b[^.;!?]*$", re.I)


def _against_tense(day: date, c: Context, ahead_only: bool = False) -> bool:
    """The day of the story lies on the side of the DCT that the tense of this clause
    rules out, so the time it would date falls on the DCT instead. ``ahead_only`` for a
    part of the day, which a night told ahead still spends on a past day ("flew in on
    Sunday afternoon and negotiated through the night" before a deadline "by Tuesday")."""
    if c.dct is None or day == c.dct or ahead_only and day < c.dct:
        return False
    tense = c.tense()
    if day < c.dct and tense is True:
        # not a plan of that past day: "left at 12:41 a.m. Saturday ... was scheduled to
        # land at 6:30 a.m."
        return _PAST_PLAN_BEFORE.search(c.text, max(0, c.start - 80), c.start) is None
    return day > c.dct and tense is False


def _holds(ref: str | None, day: str) -> bool:
    """The narrative value REF is a day (the scene decides) or a longer time around DAY."""
    if ref is None or len(ref) == 10:
        return ref is not None
    span = V.interval_of(ref)
    return span is not None and span[1][0].isoformat() <= day <= span[1][1].isoformat()


_EVERY_BEFORE = re.compile(r"\b(?:every|each)\s+$", re.I)
_STARTING_CLOCK_BEFORE = re.compile(r"\b(?:starting|beginning|effective|from)\s+(?:at\s+)?$", re.I)
_DAY_AFTER_CLOCK = re.compile(r",?\s+(?:last|this|on|tonight|yesterday|today|tomorrow|"
                              r"[A-Z][a-z]+day)\b")  # "midnight last night": its own day


def norm_noon(g: Groups, c: Context) -> Norm | None:
    w = _lower(g.get("w"))
    dated = _full_date(g, c) if g.get("mon") else None  # "noon Jan. 3"
    if g.get("mon") and dated is None:
        return None
    day = dated.value if dated is not None else _day_of(g.get("day2"), c)
    mod = {"about": "APPROX", "around": "APPROX"}.get(_lower(g.get("mod")))
    clock = "24:00" if w == "midnight" else "12:00"
    if clock == "24:00" and not g.get("day2") and c.dct is not None and day == c.dct.isoformat() \
            and not _DAY_AFTER_CLOCK.match(c.text, c.end) and not _STARTING_CLOCK_BEFORE.search(
                c.before(24)) and not _DEADLINE_CLOCK_BEFORE.search(
                c.before(14)) and c.tense() is False:
        clock = "00:00"  # "The car hit a pillar shortly after midnight", told that day: the
        # midnight the day began with
    return Norm("TIME", f"{day}T{clock}", mod, "relative")
