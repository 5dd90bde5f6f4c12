"""Normalisers of calendar expressions: explicit dates, months, seasons, quarters,
fiscal periods, halves, decades, centuries, years and holidays."""

from __future__ import annotations

import re
from calendar import month_name, monthrange
from collections.abc import Callable
from datetime import date, timedelta

from explorer.temporal import values as V
from explorer.temporal.context import (
    _CLAUSE_END,
    _HAD,
    _NOT_NOUNS,
    _PLURAL_NOUN_AFTER,
    _PREP_BEFORE,
    MARK_NOUNS,
    Context,
    Groups,
    Norm,
    _cap,
    _default_quarter,
    _dmod,
    _lower,
    _month,
    _weekday,
    _year_qualifier,
    approx_fits,
    parse_number,
)

# "by February", "through January": a deadline, ahead of the DCT.
# A date that starts or ends something keeps looking ahead after a past verb ("created an
# office, effective Feb. 1").
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?:;\"\u201c\n(]\s*)$")
_DATE_USE_AFTER = re.compile(r"\s*(?:[-–—:,]|\([A-Z][^)\n]{1,30}\)\s*[-–—]|(?:was|is|will|saw|marks|marked)\b)")
_BOUND_WORD_BEFORE = re.compile(r"\b(?:effective|starting|beginning|from|until|till|by|for)\s+$",
                                re.I)
# Words that count a month or season from the narrative time: "the following January".
_NARRATIVE_RELS = ("the following", "the next", "the previous", "that")
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
_DET_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|their|his|her|our)|[a-z]['’]s)\s+$", re.I)
_NOUN_NEXT = re.compile(r"\s+(?!(?:of|on|in|to|and|or|for|with|by|at|from|it|he|she|they|we|"
                       r"i|you|the|a|an|this|that|there|is|was|were|are|will|has|had|unless|"
                       r"if|when|because|before|after|until|but|as|so|than|while|would|could)\b)"
                       r"[a-z]+(?:[\s,.;:]|$)")
_CODE_CONTEXT = re.compile(r"\b(?:in|the|for|during|of|from|to|by|since|its|latest)\s+$", re.I)
_SAID_BEFORE = re.compile(r"\b(?:said|says|say|announced|reported|warned|added|noted|believes?|"
                          r"believed|thinks?|thought|expects?|expected|hopes?|hoped|feared|"
                          r"fears?|predicted|predicts?|insisted|argued|told|tells|tell|assured|reminded|warns)\s+(?:[\w-]+\s+){0,3}$", re.I)
# A month that names the period a statistic covers: the last one over.
_DATA_AFTER = re.compile(r"(?:['’]s)?\s+(?:[a-z-]+\s+(?:and\s+[a-z-]+\s+)?)?(?:data|figures|numbers|jobs\s+report|payrolls|"
                         r"inflation|cpi|retail\s+sales|trade\s+balance|pmi|survey|"
                         r"employment\s+report|jobs\s+numbers|statistics|sales)\b"
                         r"|['’]s\s+(?:[a-z-]+\s+)?(?:pace|gain|gains|increase|decline|drop|rise|reading|tally|"
                         r"total|level|rate)\b")
_DATA_BEFORE = re.compile(r"\b(?:data|figures|numbers|sales|index|statistics|payrolls|inflation|"
                          r"output|orders|readings?|report|prices|deficit|surplus|balance|starts|permits|"
                          r"spending|income|sentiment|confidence|claims)\s+for\s+$")
_YEAR_PREP_BEFORE = re.compile(r"\b(?:in|since|by|until|till|from|before|after|around|of|to)\s+$", re.I)
_APPOSED_TO_YEAR = re.compile(r"\d{4},\s+")  # "in 1958, the year he came home"
_STREET_AFTER = re.compile(r"\s+(?:(?:[NSEW]\.|North|South|East|West)\s+)?(?:[A-Z][a-z]+|\d+(?:st|nd|rd|th))"
                           r"\s+(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Lane|Ln|Drive|Dr|"
                           r"Way|Place|Pl|Parkway|Pkwy|Highway|Hwy|Terrace)\b")
_MONTH_WAS = re.compile(r"\s+(?:was|were|had\s+been|saw|brought|marked)\b")
_MONTH_SUBJECT_OF = re.compile(r"\s+(?:was|is|will\s+be|has\s+been|had\s+been|saw|brought|"
                               r"marked|is\s+going\s+to)\b")  # "March was the warmest month"
_IN_YEAR_AFTER = re.compile(r"(?:\s+(?:attacks?|bombings?|elections?|earthquake|tsunami|"
                            r"floods?|coup|riots?))?\s+in\s+((?:1[5-9]|20)\d\d)(?![\d%-]|[,.]\d)")
_FROM_A_HIGH_BEFORE = re.compile(rf"\b(?:from|since|than)\s+(?:its|their|the|a)\s+[^.;]*"
                                 rf"\b(?:{MARK_NOUNS})\s+(?:of\s+\S+\s+)?(?:on|of)\s+$", re.I)
# a capitalised word after a month that is also a given name: a surname, unless it is a
# date's own word ("June Congress passed" is rare; "April Fools" and a weekday are kept)
_SURNAME_AFTER = re.compile(r"[ \t]+(?!(?:Fools?|Monday|Tuesday|Wednesday|Thursday|Friday|"
                            r"Saturday|Sunday)\b)[A-Z][a-z]+\b(?![ \t]+\d)")
# past forms of planning, which set a date ahead rather than tell a past one
_PLAN_PASTS = (r"set|planned|scheduled|slated|expected|due|delayed|postponed|moved|pushed|rescheduled|"
               r"proposed|called|needed|intended|aimed|timed|targeted")
# a past verb that governs the month right after it: "Fires burned in March", said in
# January, are last March's (not "a summit set for April", "planned for early March")
_PAST_VERB_IN_BEFORE = re.compile(
    rf"\b(?!(?:{_PLAN_PASTS})\b)(?:[a-z]{{2,}}ed|began|"
    r"fell|rose|came|went|struck|grew|saw|took|broke|won|lost|froze|sank|swept|fled|spent|"
    r"arose|erupted|hit|took\s+(?:effect|office|power|over|charge)|came\s+to\s+power)\s+"
    r"(?:(?:in|on|during|over|throughout|between|from|since|until|through)\s+)(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?$")
# a passive or an intransitive past right before a day ("which was launched Jan. 1", "the
# program, launched Jan. 1,", "the quarter ended Oct. 31"; not "declared Wednesday, April 10,
# a public holiday", nor "the vote, scheduled Jan. 15,")
_PAST_VERB_BARE_BEFORE = re.compile(rf"(?:\b(?:was|were|been)\s+[a-z]{{2,}}ed|,\s+(?!(?:{_PLAN_PASTS})\b)"
                                    r"[a-z]{2,}ed|\b(?:ended|began|started|expired|died|arrived|resigned|retired|"
                                    r"took\s+(?:office|effect)))\s+$")
_AHEAD_IN_SENTENCE = re.compile(r"\b(?:will|would|expected|going\s+to|due\s+to|set\s+to)\b|['’]ll\b",
                                re.I)
_NAME_AND_BEFORE = re.compile(r"\b[A-Z][a-z]+\s+and\s+$")
# a futures contract, by its delivery month: "crude for February delivery", "December corn"
# (not a month's data: "March crude output")
_CONTRACT_AFTER = re.compile(r"\s+(?:delivery|settlement|expiry|contracts?|futures|options|(?:(?:corn|wheat|soybeans?|"
                             r"soymeal|soyoil|cotton|cocoa|coffee|sugar|oats|canola|cattle|hogs|gold|silver|copper|"
                             r"platinum|palladium|crude|brent|gasoline|heating\s+oil|natural\s+gas)\b(?!\s+(?:production|"
                             r"output|exports?|imports?|sales|stocks|inventories|shipments|demand|supplies|deliveries|"
                             r"prices|plantings|harvest|crops?|imports|reserves|holdings))))\b")
_TITLE_AFTER = re.compile(r"\s+[A-Z][a-z]")
_THE_AT = re.compile(r"the\s+", re.I)
# A market's month, closed or begun: "The S&P 500 ended May with a loss".
_MONTH_ENDED_BEFORE = re.compile(r"\b(?:ended|closed|finished|began|started|opened)\s+$")
_PERIOD_ENDING_BEFORE = re.compile(r"\b(?:year|quarter|half|period|months?|weeks?)\s+ending\s+(?:on\s+)?$",
                                   re.I)
_SINCE_THE_BEFORE = re.compile(r"\b(?:after|since|following)\s+(?:the|a|an|its|their|his|her)\s+$",
                               re.I)
_WRITTEN_YEAR = re.compile(r"(?<![\d,.$£€])(?:1[5-9]|20)\d\d(?!\d|,\d|%|-\d)")
_WRITTEN_YEAR_REACH = 400  # characters back: about two sentences


def year_written_before(c: Context) -> int | None:
    """The year last written in digits before the expression, within two sentences or so:
    what "that year" refers to ("from 1783 until 1954. That year ...")."""
    written = _WRITTEN_YEAR.findall(c.text, max(0, c.start - _WRITTEN_YEAR_REACH), c.start)
    return int(written[-1]) if written else None
_DEADLINE_BEFORE = re.compile(r"\b(?:by|until|till|through|no\s+later\s+than)\s+(?:early\s+|late\s+|mid-?)?$", re.I)
# A past verb of promise whose deadline lies ahead: "agreed to early elections by December".
_PLANNING = r"considering|weighing|mulling|discussing|proposing|planning"  # a plan still open
_PLEDGED_BEFORE = re.compile(r"\b(?:agreed|promised|pledged|vowed|committed|demanded|urged|wanted|wants|want|hoped|"
                             rf"called\s+for|ordered|{_PLANNING})\b[^.;:!?]*$", re.I)
# A start that a plan still open sets: "was considering a ban for three months starting in
# January" (but "a peace plan called for a cease-fire starting April 12" may be past).
START_WORD_BEFORE = re.compile(r"\b(?:starting|beginning|effective)\s+(?:in\s+|on\s+|from\s+)?$", re.I)
_PLANNING_BEFORE = re.compile(rf"\b(?:{_PLANNING})\b[^.;:!?]*$", re.I)


def _deadline_ahead(c: Context, tense: bool | None) -> bool:
    """A deadline ("by June") looks ahead, unless the sentence is told in the past perfect
    ("By June, that number had dropped"), or in the past, but for a promise or a plan
    ("agreed to early elections by December", "agreed on Monday to phase out contracts by
    July 1", "was considering a ban starting in January")."""
    if tense is True:
        return False
    deadline = _DEADLINE_BEFORE.search(c.before(20)) is not None
    if tense is None:
        return deadline and not _HAD.search(c.rest_of_sentence())
    if START_WORD_BEFORE.search(c.low, max(0, c.start - 20), c.start) is not None:
        return _PLANNING_BEFORE.search(c.low, max(0, c.start - 120), c.start) is not None
    return (deadline or c.low.endswith(" for ", 0, c.start)) and _PLEDGED_BEFORE.search(
        c.low, max(0, c.start - 120), c.start) is not None  # ("has promised elections for June")


_YEAR_DET_BEFORE = re.compile(
    r"(?:\bthe|\ba|\ban|\bits|\btheir|\bhis|\bher|'s|’s|\bin|\bsince|\bduring|\buntil|\btill|"
    r"\bbefore|\bafter|\bthrough|\bthroughout)\s+$", re.I)
# "45% below 2010 levels": a year that qualifies a measure, after a word of comparison
_YEAR_COMPARED = re.compile(r"(?:\bfrom|\bbelow|\babove|\bover|\bunder|\bthan|\bto|\bat|\bon|"
                            r"\bvs\.?|\bversus)\s+$", re.I)
_MEASURES = frozenset(("levels", "prices", "figures", "rates", "values", "highs", "lows",
                       "peaks", "standards", "emissions", "numbers", "totals", "earnings",
                       "sales", "results"))


# "last year", "this year", "next year" after a month or a date: years from the DCT's
_YEAR_STEP = {"last": -1, "this": 0, "next": 1}


# A group named after its day: "the June 5 Movement", "the March 14 alliance".
_GROUP_WORDS = (r"[ \t]+(?:Youth[ \t]+)?(?:Movement|Alliance|Coalition|Front|Brigades?|Group|"
                r"movement|alliance|coalition|[Bb]ridge|City|[Ss]quare|Street|Avenue|Stadium|"
                r"Airport|University)\b")  # (and places: "the 6th October bridge" in Cairo)
_GROUP_NAMED_AFTER = re.compile(_GROUP_WORDS)
_DAY_OF_BEFORE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?$")
_DAY_GROUP_NAMED_AFTER = re.compile(r"[ \t]+\d{1,2}" + _GROUP_WORDS)  # after the month


# What a day names that only the past holds: "charges in the Aug. 18 shootings"
_VIOLENCE_AFTER = re.compile(r"\s+(?:shootings?|bombings?|killings?|massacre|slayings?|stabbings?|"
                             r"murders?|ambush|riots?|blasts?|explosions?|crash|earthquake|quake|assault|"
                             r"attacks?|raid|siege)\b",
                             re.I)
_SEPT_11 = date(2001, 9, 11)
_ATTACKS_AFTER = re.compile(r"(?:th)?\s+(?:terror(?:ist)?\s+)?(?:attacks|hijackings|hijackers|"
                            r"commission|victims|terror)\b", re.I)


def _full_date(g: Groups, c: Context, prefix: str = "") -> Norm | None:
    lex = c.lex
    mon_word = g.get("mon")
    mon = _month(mon_word, lex)
    if mon is None or not _cap(mon_word) or not g.get("year") and _GROUP_NAMED_AFTER.match(
            c.text, c.end):
        return None
    day_word = g.get("day") or g.get("dayw") or ""
    day_text = re.sub(r"\D", "", day_word)
    day = int(day_text) if day_text else lex.day_words.get(
        re.sub(r"[\s-]+", "-", _lower(day_word)), 0)
    year_text = g.get("year")
    mod = _dmod(g.get("dmod"), lex)
    if g.get("that"):  # "on Nov. 22 of that year": the year of the narrative
        ref = c.narrative()
        year_text = str(ref[0].year) if ref else None
        if year_text is None:
            return Norm("DATE", f"XXXX-{mon:02d}-{day:02d}", mod, "narrative")
    rel2 = _lower(g.get("rel2"))
    if rel2 and c.dct is not None:  # "Sept. 21 last year"
        year_text = str(c.dct.year + _YEAR_STEP[rel2])
    if year_text:
        try:
            return Norm("DATE", date(int(year_text), mon, day).isoformat(), mod,
                        "relative" if rel2 else "explicit")
        except ValueError:
            return None
    if rel2:
        return Norm("DATE", f"XXXX-{mon:02d}-{day:02d}", mod, "relative")
    if c.habitual() and c.tense() is not True:  # "the season, which runs annually from June 1
        # to Nov. 30": any year's (not "drills, which the North condemns every year, are
        # scheduled to begin on March 1")
        return Norm("DATE", f"XXXX-{mon:02d}-{day:02d}", mod, "relative")
    in_year = _IN_YEAR_AFTER.match(c.text, c.end)  # "April 4 in 1999", "the Sept. 11 attacks in 2001"
    if in_year is not None:  # "Easter was April 4 in 1999"
        try:
            return Norm("DATE", date(int(in_year.group(1)), mon, day).isoformat(), mod)
        except ValueError:
            return None
    if (mon, day) == (9, 11) and c.dct is not None and c.dct > _SEPT_11 and \
            _ATTACKS_AFTER.match(c.text, c.end):
        return Norm("DATE", _SEPT_11.isoformat(), mod)  # "the Sept. 11 attacks": 2001's
    if _lower(mon_word) == "may" and not g.get("wd") and not mod and not _PREP_BEFORE.search(
            c.before()) and _SENTENCE_OPENS.search(c.before(4)) and not _DATE_USE_AFTER.match(
                c.text, c.end):
        return None  # "May 10 people ..." opening a sentence; mid-sentence "opens May 22" is
        # a date, and so is "May 14 - Moody's cuts ..." or "May 14 was a busy day"
    heading = c.heading_year() if not g.get("wd") else None
    if heading is not None:  # "2011\n\n- March 15: Protests break out"
        try:
            return Norm("DATE", date(heading, mon, day).isoformat(), mod, "relative")
        except ValueError:
            return None
    if c.dct is None:
        return Norm("DATE", f"XXXX-{mon:02d}-{day:02d}", mod, "relative")
    best: date | None = None
    for y in (c.dct.year - 1, c.dct.year, c.dct.year + 1):
        try:
            d = date(y, mon, day)
        except ValueError:
            continue
        if best is None or abs((d - c.dct).days) < abs((best - c.dct).days):
            best = d
    if best is None:
        return None
    dct = c.dct
    fiscal = _fiscal_edge_year(c, best.month)
    if fiscal is not None:  # "fiscal 2013, which ended June 30"
        return Norm("DATE", _replace_year(best, fiscal).isoformat(), mod, "relative")
    in_sentence = c.year_in_sentence()
    if in_sentence is None and _PERIOD_ENDING_BEFORE.search(c.before(24)):
        # "the fiscal year ending March 31": the period's end nearest the DCT, whatever
        # the tense ("Sony kept its forecast for the fiscal year ending March 31")
        return Norm("DATE", best.isoformat(), mod, "relative")
    named = _weekday(g.get("wd"), c.lex) if g.get("wd") else None
    if named is not None and best.isoweekday() != named:
        # "Tuesday, October 1st": the nearest year in which that day is a Tuesday
        fits = [d for d in (_replace_year(best, best.year + k) for k in (-1, 1, -2, 2))
                if d.isoweekday() == named and d.day == best.day]
        if fits:
            return Norm("DATE", min(fits, key=lambda d: abs((d - dct).days)).isoformat(),
                        mod, "relative")
    story = c.last_ref
    if named is None and story and len(story) == 7 and story[5:] == f"{mon:02d}" and \
            in_sentence == int(story[:4]):
        # "in December 2011, crossing into Kuwait before dawn on Dec. 18": that December's
        return Norm("DATE", _replace_year(best, int(story[:4])).isoformat(), mod, "relative")
    topic = _topic_year(c, in_sentence) if named is None else None
    tense = c.tense()
    if topic is None and named is None and tense is not True and in_sentence is None:
        topic = _story_year(c, mon, day, dct, tense)
    elif topic is None and named is None and tense is not True and in_sentence is not None and \
            in_sentence < dct.year and c.last_ref is not None and len(c.last_ref) == 7 and \
            c.last_ref[:4] == str(in_sentence):
        # "two coups in 2022: in January, and again on September 30": the sentence is still
        # in a month of that year (or, from late in it, early in the next: "the November
        # 2013 accord took effect on Jan. 20")
        topic = in_sentence + (1 if int(c.last_ref[5:]) - mon > 6 else 0)
    if topic is not None:  # "In 2005, ... the election was held on September 18"
        return Norm("DATE", _replace_year(best, topic).isoformat(), mod, "relative")
    future = tense is True or _deadline_ahead(c, tense) or bool(_DEADLINE_IS_BEFORE.search(c.before(60)))
    past = tense is False and not future and not _BOUND_WORD_BEFORE.search(c.before(16)) and \
        not c.perfect_ahead()
    ahead = (best - c.dct).days
    if ahead > 120 and not future or ahead > 60 and past or ahead > 0 and past and (
            _PAST_VERB_IN_BEFORE.search(c.before(40)) or _PAST_VERB_BARE_BEFORE.search(
                c.before(30))) and not _AHEAD_IN_SENTENCE.search(
                c.sentence()) or ahead > 0 and _VIOLENCE_AFTER.match(c.text, c.end):
        # ("The deal began on January 20"; not "senators elected on July 2 will have their
        # terms backdated"); "charges in the Aug. 18 shootings": only the past holds those
        best = _replace_year(best, best.year - _leap_step(best))  # "vowed on 1 January",
        # said in October
    elif best < c.dct - timedelta(days=30) and future and in_sentence != best.year \
            and not _FROM_A_HIGH_BEFORE.search(c.before(60)):
        # "takes effect Jan. 1" in March; not "down 4 percent from its 2012 closing high on
        # April 2", "from its record close on March 10"
        best = _replace_year(best, best.year + _leap_step(best))
    return Norm("DATE", best.isoformat(), mod, "relative")


# "The deadline to register is July 28": a deadline told in the present lies ahead
_DEADLINE_IS_BEFORE = re.compile(r"\bdeadline\b[^.;,]{0,40}?\s(?:is|are)\s+(?:on\s+)?$", re.I)


def _leap_step(d: date) -> int:
    """Years to the same day a year on or back: 4 for Feb. 29, which only leap years have."""
    return 4 if (d.month, d.day) == (2, 29) else 1


def _replace_year(d: date, year: int) -> date:
    try:
        return d.replace(year=year)
    except ValueError:
        return d.replace(year=year, day=28)


def norm_date_full(g: Groups, c: Context) -> Norm | None:
    return _with_weekend(_full_date(g, c), c)


def norm_date_dmy(g: Groups, c: Context) -> Norm | None:
    norm = _with_weekend(_full_date(g, c), c)
    if norm is not None and norm.start is None and g.get("day") and c.low.startswith("the ", c.start) and \
            _NOUN_NEXT.match(c.text, c.end) and not _WEEKEND_AFTER.match(c.text, c.end):
        norm.start = c.start + 4  # "meeting the 22 December deadline": "the" is the noun's
    return norm


# "the Labor Day weekend": the weekend the holiday ends (a Monday's), is in, or begins
_WEEKEND_AFTER = re.compile(r"[ \t]+weekend\b", re.I)
_TO_ITS_SATURDAY = (-2, -3, 3, 2, 1, 0, -1)  # from each weekday, Monday first


def _with_weekend(norm: Norm | None, c: Context) -> Norm | None:
    """A day followed by "weekend" names the weekend it ends (a Monday's), is in, or begins:
    "the Labor Day weekend", "the Fourth of July weekend"."""
    weekend = _WEEKEND_AFTER.match(c.text, c.end) if norm is not None and len(norm.value) == 10 \
        and norm.type == "DATE" else None
    if weekend is None or norm is None:
        return norm
    day = date.fromisoformat(norm.value)
    sat = day + timedelta(days=_TO_ITS_SATURDAY[day.weekday()])
    the = _THE_BEFORE.search(c.before(4)) if norm.start is None else None
    start = c.start - len(the.group()) if the else norm.start
    return Norm("DATE", V.week_value(sat) + "-WE", None, norm.anchor, end=weekend.end(), start=start)


def norm_date_num(g: Groups, c: Context) -> Norm | None:
    try:
        if g.get("y"):
            d = date(int(g["y"] or 0), int(g["m"] or 0), int(g["d"] or 0))
        elif g.get("y3"):  # "25.09.2009": day, month, year, as Europe writes it
            d = date(int(g["y3"] or 0), int(g["m3"] or 0), int(g["d3"] or 0))
        else:
            y = int(g["y2"] or 0)
            y = y + (1900 if y >= 50 else 2000) if y < 100 else y
            d = date(y, int(g["m2"] or 0), int(g["d2"] or 0))
    except ValueError:
        return None
    return Norm("DATE", d.isoformat())


def norm_month_year(g: Groups, c: Context) -> Norm | None:
    mon = _month(g.get("mon"), c.lex)
    if mon is None or not _cap(g.get("mon")):
        return None
    return Norm("DATE", V.month_value(int(g["year"] or 0), mon), _dmod(g.get("dmod"), c.lex))


def norm_month(g: Groups, c: Context) -> Norm | None:
    lex = c.lex
    word = g.get("mon")
    mon = _month(word, lex)
    if mon is None or not _cap(word):
        return None
    rel, rel2 = _lower(g.get("rel")), _lower(g.get("rel2"))
    mod = _dmod(g.get("dmod"), lex)
    if mod == "APPROX" and not approx_fits(c):
        return None
    if rel == "that" and _SAID_BEFORE.search(c.before(40)):
        # "officials said that June would be busy": a conjunction, not "that June"
        return _without_that(norm_month, g, c, "mon")
    if rel == "past" and _DAY_NUMBER_AFTER.match(c.text, c.end):
        return None  # "keep the government open past Sept. 30": beyond that day
    if g.get("that") and not rel:  # "in November of that year": the narrative's year
        rel = "that"
    w = _lower(word).rstrip(".")
    if not rel and not rel2 and not mod and (_DAY_GROUP_NAMED_AFTER.match(c.text, c.end) or
                                             word == "March" and c.before(5) == "Long " or
                                             _GROUP_NAMED_AFTER.match(c.text, c.end) and
                                             _DAY_OF_BEFORE.search(c.before(10))):
        return None  # "the June 5 Movement"; "a Long March rocket"; "the 6th of October City"
    if not rel and not rel2 and not mod:
        if w in ("may", "march", "mar", "jan", "sep", "dec", "oct", "nov", "aug", "feb", "apr",
                 "jun", "jul", "sept") and not _PREP_BEFORE.search(c.before()) and not (
                _SEASON_ADJECTIVES.search(c.before()) and len(w) > 3) and not (
                _THE_OR_OWNER_BEFORE.search(c.before(5)) and _NOUN_NEXT.match(c.text, c.end)) and not (
                _data_month(c)) and not (w == "march" and _MONTH_SUBJECT_OF.match(c.text, c.end)) \
                and not _MONTH_ENDED_BEFORE.search(c.before(12)) and not _in_month_list(c) and \
                not _BE_BEFORE.search(c.before(6)) and not _CONTRACT_AFTER.match(c.low, c.end) and \
                not _MAYBE_BEFORE.search(c.before(16)):
            return None  # but "the March grounding", "the May elections", "a strong March
            # employment report", "March was the warmest month", "April, May and June" are dates
        if w not in ("june", "july", "may") and len(w) <= 4 and not (word or "").endswith("."):
            return None
        if w in ("april", "june") and _SURNAME_AFTER.match(c.text, c.end) and (
                not _PREP_BEFORE.search(c.before()) or _NAME_AND_BEFORE.search(c.before(20))):
            return None  # "Walter and June Hartwell": a given name
    year = None if not rel and not rel2 and c.habitual() else _year_of_month(mon, rel, rel2, c)
    anchor = "narrative" if rel in _NARRATIVE_RELS else "relative"
    if year is None:
        return Norm("DATE", f"XXXX-{mon:02d}", mod, anchor)
    return Norm("DATE", V.month_value(year, mon), mod, anchor)


# what a forecast is for lies ahead: "the outlook for the fourth quarter", "forecast
# fourth-quarter earnings"
_OUTLOOK_BEFORE = re.compile(r"\b(?:outlook|forecasts?|guidance|projections?|targets?)\s+(?:for\s+)?(?:the\s+|its\s+)?$", re.I)
_SEASON_OR_BEFORE = re.compile(r"\b(?:spring|summer|autumn|fall|winter)\s+(?:or|and)\s+$", re.I)
# what a plan is for lies ahead: "the second-quarter production schedule calls for"
_PLAN_AFTER = re.compile(r"(?:\s+[a-z-]+)?\s+(?:schedule|plans?|targets?|budget|outlook|guidance)\b")
_IN_A_ROW_AFTER = re.compile(r"\s+(?:in\s+a\s+row|running)\b")
_BE_BEFORE = re.compile(r"\b(?:be|it['’]s)\s+$", re.I)  # "It could be March before power returns"
_THE_OR_OWNER_BEFORE = re.compile(r"(?:\bthe|\ban?|\w['’]s)\s+$", re.I)  # "the Fed's March meeting",
# "a March deficit"
_EARLIEST_AFTER = re.compile(r",?\s+at\s+the\s+(?:earliest|latest)\b")
_LISTED_BEFORE = re.compile(r"\b([A-Z][a-z]+)\.?(,|\s+and|\s+or)\s+$")
_LISTED_AFTER = re.compile(r",?\s+(?:and|or)\s+([A-Z][a-z]+)\b")


def _listed_month_before(c: Context) -> tuple[int, str] | None:
    """The month listed just before this one ("April, May", "April and May"): its number
    and the word or comma between them."""
    m = _LISTED_BEFORE.search(c.before(16))
    mon = _month(m.group(1), c.lex) if m is not None else None
    return (mon, m.group(2)) if m is not None and mon is not None else None


def _in_month_list(c: Context) -> bool:
    """The month is listed with others: "in April, May and June", "April and May", "May
    and June" (not "In April, May said")."""
    before = _listed_month_before(c)
    after = _LISTED_AFTER.match(c.text, c.end)
    if after is not None and _month(after.group(1), c.lex) is None:
        after = None
    return after is not None or before is not None and before[1] != ","


def _without_that(normalise: Callable[[Groups, Context], Norm | None], g: Groups, c: Context,
                  group: str) -> Norm | None:
    """NORMALISE's answer with no "that" before the name in GROUP, whose start the
    expression then takes: after a verb of saying, "that" is a conjunction."""
    norm = normalise({**g, "rel": None}, c)
    if norm is not None:
        norm.start = c.group_start(group)
    return norm


def _data_month(c: Context) -> bool:
    """The month names the period a statistic covers ("its September jobs data", "figures
    for March", "February sales"; not the shops' "January sales")."""
    m = _DATA_AFTER.match(c.low, c.end)
    if m is not None:
        return not (m.group(0).endswith("sales") and _THE_BEFORE.search(c.before(5)))
    return _DATA_BEFORE.search(c.low, max(0, c.start - 30), c.start) is not None


def _year_of_month(mon: int, rel: str, rel2: str, c: Context) -> int | None:
    """The year of a month named without one, from "last"/"next", the narrative ("the
    following January", "that January"), the tense and the DCT."""
    if rel in _NARRATIVE_RELS:
        ref = c.narrative()
        if ref is None:
            return None
        anchor, gran = ref
        if rel == "that":  # the year last written, not a month guessed since ("February of
            # 2011. ... in January and February of that year", "the 2011 uprising ... in
            # January and February of that year")
            written = year_written_before(c)
            if written is not None:
                return written
            return int(c.last_year) if c.last_year and c.last_year.isdigit() else anchor.year
        coarse = gran in ("year", "decade", "century")
        if rel == "the previous":
            return anchor.year - 1 if coarse or mon >= anchor.month else anchor.year
        return anchor.year + 1 if coarse or mon <= anchor.month else anchor.year
    dct = c.dct
    if dct is None:
        return None
    if rel2:
        return dct.year + _YEAR_STEP[rel2]
    if rel in ("last", "past", "this past"):
        return dct.year if mon < dct.month - (rel == "last") else dct.year - 1  # ("last
        # February", said in March, is a year back: the month just ended is "last month")
    if rel in ("next", "coming"):
        return dct.year if mon > dct.month else dct.year + 1
    if rel == "this":
        return dct.year
    listed = _listed_month_before(c)
    prev = listed[0] if listed is not None else None
    last = c.last_ref
    if prev is not None and last is not None and len(last) == 7 and last[4] == "-" and \
            last[:4].isdigit() and int(last[5:]) == prev:
        return int(last[:4]) + (1 if mon < prev else 0)  # "in April, May and June": the
        # year of the month before it in the list ("November, December and January")
    since = c.low.endswith("since ", 0, c.start)
    in_sentence = _sentence_year_for(c, mon, dct)
    if in_sentence is not None and not (since and _CLAUSE_END.search(c.text, c.last_year_at, c.start)):
        return in_sentence  # (not another clause's: "since records began in 1910, and rain
        # has doubled since December")
    if since:  # "since September" counts from a past one, or
        return dct.year if mon <= dct.month else dct.year - 1  # this one: "since May" in May
    if _CONTRACT_AFTER.match(c.low, c.end) or _EARLIEST_AFTER.match(c.low, c.end):
        # "crude for February delivery": a contract ahead; "before September at the earliest"
        return dct.year if mon >= dct.month else dct.year + 1
    if _data_month(c):
        # "will release its September jobs data today", "figures for March are due Thursday"
        return dct.year if mon <= dct.month else dct.year - 1
    if _DET_BEFORE.search(c.before(7)) and _NOUN_NEXT.match(c.text, c.end):
        # "the May budget", "the June referendum", "under a June agreement": an event named
        # by its month, the one nearest the DCT whatever the tense of the clause
        ahead = (mon - dct.month) % 12
        if ahead == 6 and c.tense() is True:
            ahead = 5  # "will review progress at their December meeting", said in June
        if 0 < ahead < 6 and (_SINCE_THE_BEFORE.search(c.before(14)) and c.tense() is False or
                              _WON_THE_BEFORE.search(c.before(16))):
            ahead = 12  # "suspended Burkina Faso after the January coup": past (not "hope he
            # can be back after the October international break"); "won the May election"
        return dct.year + (1 if mon < dct.month else 0) if ahead < 6 else \
            dct.year - (1 if mon > dct.month else 0)
    # "by June" looks ahead, unless the sentence is told in the past perfect ("By June,
    # that number had dropped")
    if _FORECAST_IN_BEFORE.search(c.before(14)) and c.low.startswith(" that ", c.end):
        return dct.year if mon <= dct.month else dct.year - 1  # "Netflix forecast in October
        # that it would add": when it was forecast, the past of "forecast"
    tense = c.tense()
    if tense is True or _deadline_ahead(c, tense):
        said = c.reported_from()  # "said in May that it would finish by September"
        if said is not None:
            return said.year if mon >= said.month else said.year + 1
        return dct.year if mon >= dct.month else dct.year + 1
    ahead = (mon - dct.month) % 12  # news reports the recent past and the next few weeks
    if tense is False and _MONTH_WAS.match(c.text, c.end):
        return dct.year if mon < dct.month else dct.year - 1  # "March was the warmest month"
    if 0 < ahead <= 2 and (tense is None or mon > dct.month) and not (
            tense is False and (_PAST_VERB_IN_BEFORE.search(c.before(40)) or _FRONTED_IN.search(
                c.before(6)) and c.text.startswith(",", c.end))):
        return dct.year + (1 if mon < dct.month else 0)  # "February" said in December (not
        # "In August, a Cessna went down", told in July: the past August)
    return dct.year if mon <= dct.month else dct.year - 1


_DATA_NOUN_AFTER = re.compile(r"\s+(?:annual\s+|full-year\s+)?(?:results|figures|earnings|accounts|data|"
                              r"statistics|numbers)\b", re.I)
_DATA_FOR_BEFORE = re.compile(r"\b(?:figures|data|numbers|statistics|results|accounts|estimates|"
                              r"forecasts?|earnings|GDP)\s+for\s+$", re.I)
# a past verb that an event named by its month has ended: "won the May election"
_WON_THE_BEFORE = re.compile(r"\b(?:won|lost|held|swept|boycotted|annulled|rigged)\s+(?:the|its|their|his|her)\s+$")
_MAYBE_BEFORE = re.compile(r"\b(?:[A-Z][a-z]+|\d{4}),\s+(?:maybe|perhaps|possibly|or\s+even)\s+$")  # "until
# February, maybe March"
_FALL_INFINITIVE_BEFORE = re.compile(r"(?:\b(?:to|will|would|could|may|might|should|can|must|not)|['’]ll|n['’]t)\s+$",
                                     re.I)
_FORECAST_IN_BEFORE = re.compile(r"\bforecast\s+in\s+$")
_FRONTED_IN = re.compile(r"(?:^|[.!?\n]\s*)(?:In|During)\s+$")


# a year that opens its sentence: "In 2005, ...", "2007: Called up ...", "Last year, ..."
_TOPIC_OPENS = re.compile(r"(?:^|[.!?:\n][\"”’)]?\s+|\n)(?:(?:In|By|During|Through)\s+(?:the\s+)?)?$")


def _topic_year(c: Context, year: int | None) -> int | None:
    """The year of the sentence (``Context.year_in_sentence``) if the sentence opens with
    it, as its topic: the year of the days it then names without one ("In 2018 he was
    traded at the July 31 deadline"). A year further in leaves them to the DCT ("formed in
    2011, will perform ... May 29")."""
    at = c.last_year_at
    if year is None or year < 1000:  # (year_in_sentence gives only four-digit years)
        return None
    return year if _TOPIC_OPENS.search(c.text[max(0, at - 12) : at] if at > 12 else
                                       "\n" + c.text[:at]) else None


def _story_year(c: Context, mon: int, day: int, dct: date, tense: bool | None) -> int | None:
    """The year of a past story a month and day without one belong to: that of the same
    day told earlier with its year ("collapsed on June 17, 2011 ... four hours on June 17"),
    or, told in the past, that of the story's last day when it lies years back and within
    weeks of this one ("found on 12 November 1988. She was last seen on 11 November")."""
    names = "|".join(re.escape(k) for k, v in c.lex.months.items() if v == mon)
    told = None
    if str(day) in c.text[: c.start]:
        for m in re.finditer(rf"\b(?:(?:{names})\.?\s+0?{day}(?:st|nd|rd|th)?,?\s+|"
                             rf"0?{day}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{names})\.?,?\s+)"
                             rf"((?:1[5-9]|20)\d\d)\b", c.text[: c.start], re.I):
            told = int(m.group(1))
    if told is not None:
        return told
    last = c.last_day
    if last is None or c.start - last[1] > _STORY_DAY_REACH:
        return None
    anchor = date.fromisoformat(last[0])
    if (dct - anchor).days <= 730 or tense is not False:
        return None
    try:
        near = abs((date(anchor.year, mon, day) - anchor).days) <= 45
    except ValueError:
        return None
    return anchor.year if near else None


_STORY_DAY_REACH = 400


def _sentence_year_for(c: Context, mon: int, dct: date) -> int | None:
    """The year a month of the sentence takes from a year named before it ("In 2007 he was
    called up in late August"), or the next one after a period of that year that ends
    later in the year than the month ("the fourth quarter of 2012, ... figures released in
    January")."""
    in_sentence = _fiscal_edge_year(c, mon) or c.year_in_sentence()
    if in_sentence is None:
        return None
    span = V.interval_of(c.last_ref) if c.last_ref and c.last_ref[:4] == str(in_sentence) else None
    if span and span[1][0].month > mon and in_sentence < dct.year:
        return in_sentence + 1
    if mon < 7 and _SEASON_OF_TWO_YEARS.match(c.text, c.last_year_at):
        return in_sentence + 1  # "The 2019-20 season ... a crash in January": 2020's (a
        # school or financial year is planned before: "budget for 2013-14 ... in June")
    if in_sentence == dct.year and mon > dct.month and c.tense() is False:
        return None  # "Funding for 2018 was set in October", told in January 2018
    return in_sentence


def _fiscal_edge_year(c: Context, mon: int) -> int | None:
    """The year of the month MON a fiscal year ends in ("fiscal 2013, which ended June 30"):
    the one it is named for, save for an end in the first quarter, which falls in the next
    year: Japan's fiscal 2012 ended in March 2013, and most American retailers name a year
    ending in late January by the year it began ("fiscal 2014, which ends Jan. 31")."""
    m = _FISCAL_END_BEFORE.search(c.low, max(0, c.start - 60), c.start)
    if m is None:
        return None
    year = int(m.group(1))
    if mon <= 3 and not ("ended" in m.group(0) and c.dct is not None and (year + 1, mon) > (
            c.dct.year, c.dct.month)):
        year += 1  # (but "fiscal 2013, which ended on March 31", told in June 2013: named
        # for the year it ended in, as some are)
    return year


# (not "the first quarter of fiscal 2013, which ended Dec. 29": the quarter ended then)
_FISCAL_END_BEFORE = re.compile(r"(?<!\bof\s)\bfiscal\s+(?:year\s+)?((?:19|20)\d\d),?\s+(?:(?:which|that)\s+)?"
                                r"(?:(?:has|had)\s+)?end(?:ed|s|ing)?\s+(?:in\s+|on\s+)?$")


_TO_MONTH_AFTER = re.compile(r"\s+to\s+(?:the\s+end\s+of\s+)?(?:" + "|".join(month_name[1:]) + r")\b")
_DAY_NUMBER_AFTER = re.compile(r"\s+(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b(?!\s*(?:%|percent|per\s+cent))")
# verbs in -s that follow what a plan or an appeal is for: "the plan for 2019 seeks $296
# million" (not "rations for 2000 soldiers")
_S_VERBS = frozenset(("seeks", "remains", "asks", "aims", "calls", "requires", "needs", "includes",
                      "envisages", "foresees", "projects", "targets", "covers", "totals", "amounts",
                      "shows", "marks", "looks", "promises", "sets", "sees", "means", "comes"))
# Events named by their year, after a determiner and a word: "the devastating 1974 floods"
# (not "the first 2000 soldiers").
_EVENT_PLURALS = frozenset(("floods", "storms", "elections", "riots", "protests", "games", "uprisings",
                            "attacks", "bombings", "killings", "strikes", "polls", "fires", "earthquakes",
                            "quakes", "hurricanes", "droughts", "wars", "coups", "massacres", "playoffs",
                            "finals", "championships", "clashes", "floodings", "bushfires", "wildfires"))
_DET_WORD_BEFORE = re.compile(r"\b(?:the|its|their|his|her)\s+[a-z-]+\s+$", re.I)
# "the busiest time of the year": any year's
TIME_OF_BEFORE = re.compile(r"\btimes?\s+of\s+$", re.I)


# A sports season over two years, written with the next one's last digits.
_SEASON_OF_TWO_YEARS = re.compile(r"(?:1[5-9]|20)\d\d[-–/]\d\d\s+season\b", re.I)


_ORDINAL_PARTS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "final": -1}


def norm_part_of_month(g: Groups, c: Context) -> Norm | None:
    """"the first week of April", "the last day of February 2012", "the first weekend of
    May": a day or week counted inside a named month."""
    if g.get("whole"):  # "the last day of 2012"
        return Norm("DATE", f"{g['whole']}-{'01-01' if _lower(g.get('edge')) == 'first' else '12-31'}")
    mon = _month(g.get("mon"), c.lex)
    n = _ORDINAL_PARTS.get(_lower(g.get("ord")))
    if mon is None or n is None or not _cap(g.get("mon")):
        return None
    unit = _lower(g.get("unit"))
    wd = _weekday(g.get("wd"), c.lex) if g.get("wd") else None
    if g.get("wd") and (wd is None or not _cap(g.get("wd"))):
        return None
    year = int(g["year"] or 0) if g.get("year") else _year_of_month(mon, "", "", c)
    if year is None:
        return Norm("DATE", f"XXXX-{mon:02d}" if unit != "day" or n < 0 else
                    f"XXXX-{mon:02d}-{n:02d}", None, "relative")
    last = monthrange(year, mon)[1]
    if wd is not None:  # "the first Tuesday in June", "the last Monday of May"
        first = 1 + (wd - 1 - date(year, mon, 1).weekday()) % 7
        day_n = first + 7 * (n - 1) if n > 0 else first + 7 * ((last - first) // 7)
        return Norm("DATE", date(year, mon, day_n).isoformat(), None,
                    "explicit" if g.get("year") else "relative")
    if unit == "day":
        day = date(year, mon, last if n < 0 else n)
        return Norm("DATE", day.isoformat(), None, "explicit" if g.get("year") else "relative")
    if unit == "weekend":  # counted by its Saturday
        first_sat = 1 + (5 - date(year, mon, 1).weekday()) % 7
        sat = first_sat + 7 * (n - 1) if n > 0 else first_sat + 7 * ((last - first_sat) // 7)
        return Norm("DATE", V.week_value(date(year, mon, sat)) + "-WE", None, "relative")
    # the week holding the middle of the n-th (or last) seven days of the month
    day = date(year, mon, min(last, 4 + 7 * (n - 1)) if n > 0 else last - 3)
    return Norm("DATE", V.week_value(day), None, "relative")


# "a very busy spring", "a long hot summer": a season with adjectives that only a time takes
_SPAN_WORD_BEFORE = re.compile(r"\b(?:in|by|until|till|since|through|during|before)\s+$")
_SEASON_PREP_BEFORE = re.compile(
    r"(?:^|\W)(?:in|during|by|until|since|through|this|of|over|early|late|spend|spends|spent|"
    r"spending|mid|the|last|next|and|to|into|for|from|throughout|before|after|ahead\s+of)\s+"
    r"(?:the\s+)?$", re.I)
_OF_AFTER = re.compile(r"\s+of\b", re.I)
_FALL_IN_AFTER = re.compile(r"\s+in\s+(?:the\s+)?[a-z]")  # "the fall in oil prices": a drop
_AND_SEASON_AFTER = re.compile(r"\s+(?:and|or)\s+(?:the\s+)?(?:summer|autumn|fall|winter)\b")
# "dates that fall on a Sunday": "fall" the verb after a relative "that"
_FALL_VERB_AFTER = re.compile(r"\s+(?:before|on|in|within|under|into|short|below|to|by|between|"
                              r"outside|after|during|due|silent|apart|behind|off|out|back)\b")
_NOUN_THAT_BEFORE = re.compile(r"(?<!\bin)(?<!\bof)(?<!\bby)(?<!during)(?<!\bthat)\s+[a-z]+s?\s+$")
# The weather's adjectives need no determiner ("as cold winter lifts heater sales").
_WEATHER_ADJECTIVES = (r"cold|hot|wet|dry|warm|mild|harsh|brutal|stormy|snowy|rainy|sunny|severe|"
                       r"bitter|freezing|frigid|scorching|sweltering|cool|chilly|balmy|snowless")
_SUPERLATIVES = (r"driest|wettest|hottest|coldest|warmest|coolest|snowiest|rainiest|stormiest|mildest|"
                 r"sunniest|windiest|harshest|busiest|worst|best|longest|shortest")
_SEASON_ADJECTIVES = re.compile(
    r"(?:\b(?:an?|the|this|last|next|that)\s+(?:(?:very|unusually|exceptionally|particularly|"
    rf"relatively|extremely|especially|bitterly|abnormally)\s+)?(?:(?:{_SUPERLATIVES}|busy|long|"
    r"quiet|difficult|tough|hard|rough|bad|good|great|record|bumper|short|fine|frantic|hectic|eventful|"
    rf"turbulent|tumultuous|{_WEATHER_ADJECTIVES})[\s,]+){{1,2}}"
    rf"|(?:^|\b(?:as|after|amid|despite|with|from|following|by|in|during|of|and)\s+)"
    rf"(?:{_WEATHER_ADJECTIVES})\s+)$", re.I)
# A verb or a preposition after a season: "the hot spring and summer helped mosquitoes",
# "an unusually harsh winter across the Midwest" (a noun ending "-ed" seldom follows one).
# After weather's adjectives, a verb in "-s" too, unless it is a plural noun of the season
# ("the cold winter months").
_VERB_NEXT = re.compile(r"\s+(?:[a-z]{3,}ed|across|over|through|throughout|into|after|before|since|"
                        r"when|as|that|which|than|hit|cut|kept|left|brought|drove|meant|took)\b")
_VERB_S_NEXT = re.compile(r"\s+(?!(?:months|days|nights|mornings|evenings|weeks|storms|sales|"
                          r"holidays|games|olympics|clothes|coats|rains|temperatures|crops|tires|"
                          r"sports|vacations|breaks|sessions|collections|fashions|highs|lows)\b)"
                          r"[a-z]+[^s\W]s\b")


# words after a season that are no noun it could modify: "decide in the fall whether to",
# "Demand through the fall looks solid"
_NO_NOUN_NEXT = re.compile(r"\s+(?:whether|where|why|how|what|who|which|whose|together|again|too|also|"
                           r"alone|ahead|instead|yet|already|now|then|here|there|itself|anyway)\b")
# "would spend the summer resting" (not "the summer driving season")
_GERUND_NEXT = re.compile(r"\s+[a-z]+ing\b(?!\s+season)")
_SINCE_WORD_BEFORE = re.compile(r"\bsince\s+(?:(?:early|late|mid)[\s-]+)?(?:the\s+)?$", re.I)
_SEASON_SPAN_NEXT = re.compile(r"\s+(?:months?|weeks?|days?|nights?|seasons?|period|quarter|half)\b")


def norm_season(g: Groups, c: Context, before_noun: bool = False) -> Norm | None:
    """A season: "last summer", "the spring of 2011", "in the fall"; BEFORE_NOUN when it
    modifies the noun after it ("the summer convention"), so that no "the" is its."""
    word = _lower(g.get("season"))
    code = c.lex.seasons.get(word)
    if code is None:
        return None
    rel, rel2, year_text = _lower(g.get("rel")), _lower(g.get("rel2")), g.get("year")
    mod = _dmod(g.get("dmod"), c.lex)
    if rel == "that" and _SAID_BEFORE.search(c.before(40)):  # "said last month that spring 2025"
        return _without_that(norm_season, g, c, "season")
    if word == "fall" and not rel and _FALL_INFINITIVE_BEFORE.search(c.before(12)):
        return None  # "expected homicides to fall this year", "prices will fall": the verb
    if rel == "that" and word == "fall" and _FALL_VERB_AFTER.match(c.text, c.end) and \
            _NOUN_THAT_BEFORE.search(c.before(30)):
        return None  # "deadlines that fall before the data will be available": a verb
    adjectives = False
    if not year_text and not rel2 and rel in ("", "the"):
        before = c.before()
        if word == "spring" and before.lower().endswith("hot ") and not _AND_SEASON_AFTER.match(
                c.low, c.end):
            return None  # "bathed in a hot spring"; not "the hot spring and summer"
        adjectives = _SEASON_ADJECTIVES.search(before) is not None
        paired = _SEASON_OR_BEFORE.search(before) is not None  # "by the spring or summer"
        if not _SEASON_PREP_BEFORE.search(before) and not mod and not adjectives and not paired:
            return None
        if _OF_AFTER.match(c.text, c.end) or word == "fall" and _FALL_IN_AFTER.match(c.text, c.end):
            return None  # "the fall of Kabul", "the fall in oil prices"
        if rel == "" and word in ("fall", "spring") and not mod and not adjectives and not paired and \
                not _SPAN_WORD_BEFORE.search(before[-8:]):
            return None  # "rise and fall", "a coiled spring"; not "in spring", "by spring"
    if not year_text and rel in ("", "the") and not rel2 and not mod and not before_noun and \
            _NOUN_NEXT.match(c.text, c.end) and not _VERB_NEXT.match(c.text, c.end):
        if rel == "the" and not _SEASON_SPAN_NEXT.match(c.low, c.end) and not _GERUND_NEXT.match(c.low, c.end) \
                and not _VERB_S_NEXT.match(c.text, c.end) and not _NO_NOUN_NEXT.match(c.low, c.end):
            # "the summer convention", "the winter break": "the" goes with the noun, and
            # the season dates it
            norm = norm_season({**g, "rel": None}, c, before_noun=True)
            if norm is not None:
                norm.start = c.group_start("season")
            return norm
        if not rel and not (adjectives and _VERB_S_NEXT.match(c.text, c.end)):
            return None  # "summer clothing": a kind of thing, not a time
    if year_text:
        return Norm("DATE", f"{int(year_text):04d}-{code}", mod)
    if rel in ("", "the") and not rel2 and c.habitual():  # "normally stretches into the fall"
        return Norm("DATE", f"XXXX-{code}", mod, "relative")
    first = V.SEASON_MONTHS[code][0]
    if rel in _NARRATIVE_RELS:
        return _narrative_season(rel, code, first, mod, c)
    dct = c.dct
    if dct is None:
        return Norm("DATE", f"XXXX-{code}", mod, "relative")
    if rel2:
        year = dct.year + _YEAR_STEP[rel2]
    elif rel in ("last", "past", "the past", "this past"):
        # the most recent one over: "last spring" said in October is this year's
        over = V.SEASON_MONTHS[code][1] < dct.month and code != "WI"
        year = dct.year if over or first < dct.month and rel != "last" else dct.year - 1
    elif rel in ("next", "coming", "the coming"):
        year = dct.year + 1 if first <= dct.month else dct.year
    elif rel == "this":  # in January "this winter" began in December
        year = dct.year - 1 if code == "WI" and dct.month <= 3 else dct.year
    elif (named := c.year_in_sentence()) is not None:
        year = named  # "In 2015, the race had narrowed by the fall"
    elif _SINCE_WORD_BEFORE.search(c.before(16)):  # "have been fighting since late summer",
        # told in April: the last one begun
        year = dct.year if first <= dct.month else dct.year - 1
    else:
        fut = c.future() or bool(_DEADLINE_BEFORE.search(c.before(20)))  # "by the summer"
        year = dct.year if (first <= dct.month + 2 or fut) else dct.year - 1
        if year == dct.year and first > dct.month and not fut and _PAST_VERB_IN_BEFORE.search(
                c.before(40)) and c.tense() is False:
            year -= 1  # "El Nino began in the spring", said in January: last spring
        last = V.SEASON_MONTHS[code][1]
        said = c.reported_from() if fut and code != "WI" else None
        if said is not None:  # "said in May that it would cut jobs by the end of the summer"
            year = said.year if last >= said.month else said.year + 1
        elif fut and (year, last) < (dct.year, dct.month) and code != "WI":
            year += 1  # "would be held in the spring", said in November: next spring
    return Norm("DATE", f"{year:04d}-{code}", mod, "relative")


def norm_seasons(g: Groups, c: Context) -> Norm | None:
    """"the past three summers": each summer of a run (a set, as TimeBank has it)."""
    code = c.lex.seasons.get(_lower(g.get("season")))
    if code is None or parse_number(g.get("n") or "", c.lex) is None:
        return None
    return Norm("SET", f"XXXX-{code}", None, "none")


def norm_sport_season(g: Groups, c: Context) -> Norm | None:
    """"last season", "next season": a sport's (or a show's) year, as the DCT's year before
    or after; "the past five seasons": that many years."""
    rel = _lower(g.get("rel"))
    if g.get("n"):
        n = parse_number(g.get("n") or "", c.lex)
        if n is None or n != int(n) or not g.get("pl") or rel in ("next", "this"):
            return None
        return Norm("DURATION", f"P{int(n)}Y", None, "none")
    if g.get("pl"):
        return None
    step = -1 if rel in ("last", "past", "previous", "the past", "the last", "the previous") \
        else 1 if rel == "next" else 0
    if c.dct is None:
        return Norm("DATE", "XXXX", None, "relative")
    return Norm("DATE", f"{c.dct.year + step:04d}", None, "relative", sets_year=False)


def _narrative_season(rel: str, code: str, first: int, mod: str | None, c: Context) -> Norm:
    """"the following spring", "that summer": the season counted from the narrative time."""
    ref = c.narrative()
    if ref is None:
        return Norm("DATE", f"XXXX-{code}", mod, "narrative")
    anchor, gran = ref
    year = anchor.year
    if rel == "that":  # the winter a February date falls in began the year before
        year -= 1 if code == "WI" and gran not in ("year", "decade", "century") and \
            anchor.month <= 2 else 0
    elif rel == "the previous":
        year -= 1 if gran in ("year", "decade", "century") or first >= anchor.month else 0
    elif gran in ("year", "decade", "century") or first <= anchor.month:
        year += 1  # the next one after the anchor
    return Norm("DATE", f"{year:04d}-{code}", mod, "narrative")


def norm_quarter(g: Groups, c: Context) -> Norm | None:
    ords = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
            "4th": 4, "final": 4, "last": 4}
    q = ords.get(_lower(g.get("ord")))
    if g.get("m1"):  # "the April-June quarter"
        m1, m2 = _month(g.get("m1"), c.lex), _month(g.get("m2"), c.lex)
        q = (m1 + 2) // 3 if m1 and m2 == m1 + 2 and m1 % 3 == 1 else None
    elif g.get("mq"):  # "the December quarter" (Australia, New Zealand): the one it ends
        end = _month(g.get("mq"), c.lex)
        q = end // 3 if end and end % 3 == 0 else None
    elif g.get("hq"):  # "the holiday quarter": the one of the year-end shopping season
        q = 4
    if q is None:
        return None
    qual = c.text[c.start : c.end].lower()
    year_text = g.get("year") or g.get("year2") or g.get("year3")
    rel2 = _lower(g.get("rel2"))
    if not year_text and not rel2 and not g.get("qual") and g.get("ord") and (
            c.in_a_game() or _IN_A_ROW_AFTER.match(c.text, c.end)):
        return None  # "trailed 17-13 early in the fourth quarter": the game's; "shrank for
        # the third quarter in a row": a count of quarters
    if _lower(g.get("ord")) == "last" and not year_text and not rel2:
        base = _default_quarter(c)
        if base is None:
            return Norm("DATE", "XXXX-QX", None, "relative")
        return Norm("DATE", V.quarter_value(*V.shift_quarter(*V.quarter_of(c.dct), -1))
                    if c.dct else "XXXX-QX", None, "relative")
    start = None
    mod = _dmod(g.get("dmod"), c.lex)  # "the end of the first quarter"
    det = _lower(g.get("det"))
    if not mod and det and (det not in ("the", "this", "last", "next") or (
            det == "the" and not g.get("qual") and "-" in c.text[c.start : c.end])):
        start = c.group_start("qual") if g.get("qual") else c.group_start("ord")
    if year_text:
        return Norm("DATE", V.quarter_value(int(year_text), q), mod, start=start)
    if c.dct is None:
        return Norm("DATE", f"XXXX-Q{q}", mod, "relative", start=start)
    year = c.dct.year
    if rel2:
        year += _YEAR_STEP[rel2]
    else:
        shift = _year_qualifier(qual, c)
        if shift:
            focus = c.last_quarter
            year = (int(focus[:4]) if focus else year) + shift
            return Norm("DATE", V.quarter_value(year, q), mod, "narrative", start=start)
        current = V.quarter_of(c.dct)[1]
        if q > current and (q - current == 3 or not c.future() and not _OUTLOOK_BEFORE.search(
                c.before(30)) and not _PLAN_AFTER.match(c.text, c.end)) and "fiscal" not in qual:
            year -= 1  # in January "the fourth quarter" is last year's, whatever the tense;
            # a fiscal quarter is its fiscal year's, named as the DCT's ("its fiscal fourth
            # quarter, ended June 30", reported in August)
        elif q < current - 1 and c.future():
            year += 1  # "expected to close in the first quarter", said in November (but results
            # "will be reported" for the quarter just ended)
    return Norm("DATE", V.quarter_value(year, q), mod, "relative", start=start)


def norm_quarter_code(g: Groups, c: Context) -> Norm | None:
    """"Q1 2013", "2013-Q1": a quarter written as a code; "in Q2", "in H1" without a year
    are the year's in the sentence, else the last such period before the DCT."""
    if g.get("code"):
        return _bare_period_code((g["code"] or "").upper(), int(g.get("n") or 0), c)
    if g.get("code3"):  # AP's "3Q profit slips": a quarter before what it reports
        if c.text[c.start + 1 : c.start + 2] != "Q" or not _RESULTS_NOUN_AFTER.match(c.text, c.end):
            return None
        return _bare_period_code("Q", int(g.get("n3") or 0), c)
    q = int(g.get("q") or g.get("q2") or 0)
    year = int(g.get("year") or g.get("year2") or 0)
    if _lower(g.get("qh") or g.get("qh2")) == "h":  # "H1 2024": a half
        return Norm("DATE", f"{year:04d}-H{q}") if q <= 2 else None
    return Norm("DATE", V.quarter_value(year, q))


# what a quarter's code reports on: "China Q3 GDP growth", "Gulf Coast's 3Q profit"
_RESULTS_NOUN_AFTER = re.compile(r"\s+(?:profit|earnings|results|net|sales|revenue|loss|income|GDP|growth|"
                                 r"output|shipments|deliveries)\b", re.I)


def _bare_period_code(code: str, n: int, c: Context) -> Norm | None:
    if not c.text[c.start].isdigit() and not c.text[c.start].isupper() or (code == "H" and n > 2) or not (
            _CODE_CONTEXT.search(c.before(12)) or _RESULTS_NOUN_AFTER.match(c.text, c.end)):
        return None  # "q3" in a model name; "H4" visas; "Q2" needs "in", "the", "for" ...
    year = c.year_in_sentence()
    if year is None and c.dct is not None:
        year = c.dct.year
        current = (c.dct.month - 1) // (3 if code == "Q" else 6) + 1
        if n >= current and not c.future():
            year -= 1  # in March "Q2" is last year's Q2 unless the text looks ahead
    if year is None:
        return Norm("DATE", f"XXXX-{code}{n}", None, "relative")
    return Norm("DATE", f"{year:04d}-{code}{n}", None, "relative")


def norm_year_named(g: Groups, c: Context) -> Norm:
    """"in the year 799", "the year 2000": the year named."""
    return Norm("DATE", f"{int(g.get('year') or 0):04d}")


def norm_period(g: Groups, c: Context) -> Norm | None:
    kind = _lower(g.get("kind"))
    quals = c.text[c.start : c.end].lower()
    has_qual = bool(g.get("qual")) or bool(g.get("tail"))
    det = _lower(g.get("det"))
    if det == "a" and not has_qual:
        return None
    if not has_qual and re.match(r"\s+(?:before|after|earlier|later)\b", c.after(), re.I):
        return None  # "the year before": counted from the narrative by the next rules
    if kind in ("year", "fiscal year"):
        if det == "that" and not has_qual or not has_qual and (c.in_a_title() or TIME_OF_BEFORE.search(
                c.before(12))):
            return None  # "coach of the year", "album of the year": a title; "the busiest time
            # of the year": any year's
        if g.get("year"):
            return Norm("DATE", f"{int(g['year'] or 0):04d}")
        if not has_qual and det == "the" and (kind == "fiscal year" or re.match(
                r"\s+(?:ended|ending|to\s+date|through|that\s+ended)\b", c.after(), re.I)
                or _TO_MONTH_AFTER.match(c.text, c.end)):
            return Norm("DURATION", "P1Y", None, "none")  # "the year ended Sept. 30", "the year
            # to March" (British: the twelve months to the end of March)
        if " same " in quals and c.last_year:  # "in 1974, the same year his wife died"
            return Norm("DATE", c.last_year, None, "narrative")
        if not has_qual and det == "the" and c.found and c.found[-1].granularity == "year" and \
                _APPOSED_TO_YEAR.fullmatch(c.text, c.found[-1].end - 4, c.start):
            return Norm("DATE", c.found[-1].value, None, "narrative")  # "in 1958, the year he
            # came home"; "since 1991, the year the Gulf War ended", which the narrative
            # does not move to
        if c.dct is None:
            return Norm("DATE", "XXXX", None, "relative")
        shift = _year_qualifier(quals, c) or (-1 if "last year" in quals else 0)
        if not has_qual and det == "the" and c.dct.month <= 3 and c.last_ref is not None and \
                c.last_ref[:4] == f"{c.dct.year - 1:04d}" and c.tense() is False:
            shift = -1  # "Sales rose 5 percent in December. For the year, sales rose 3
            # percent", told in January: the year the story is in, just ended
        return Norm("DATE", f"{c.dct.year + shift:04d}", None, "relative")
    if kind == "period" and not has_qual and det != "this":
        return None
    if kind == "period" and _SAME_PERIOD.search(quals) and _IN_YEAR_NEXT.match(c.text, c.end):
        return None  # "6,000 in the same period in 2024": the year is the tag
    if kind == "period" and not c.last_quarter and _SAME_PERIOD.search(quals):
        # no quarter in the story: "the same period" is the span it compares, which the
        # text does not name ("twice as many as in the same period last year")
        if c.dct is None:
            return None
        if "last year" in quals or "a year" in quals:
            return Norm("DATE", f"{c.dct.year - 1:04d}", None, "relative")
    if g.get("year"):
        year = int(g["year"] or 0)
        if c.last_quarter:
            return Norm("DATE", V.quarter_value(year, int(c.last_quarter[-1])), None, "narrative")
        return Norm("DATE", f"{year:04d}")
    if det == "that" and c.last_quarter:
        return Norm("DATE", c.last_quarter, None, "narrative")
    if kind == "period" and _year_qualifier(quals, c) and (back := c.months_compared()) is not None:
        return Norm("DATE", f"{back:04d}", None, "narrative")  # "For the nine months, ... in
        # the year-earlier period": those months a year back, not the story's quarter
    ending = _ENDING_MONTH_AFTER.match(c.text, c.end) if kind == "quarter" and not has_qual else None
    mon = c.lex.months.get(ending.group(1).lower()) if ending else None
    if mon is not None and (dct := c.dct) is not None:  # "For the quarter ending in
        # September": the quarter of that month, the one nearest the DCT
        year = min((dct.year - 1, dct.year, dct.year + 1), key=lambda y: abs((date(y, mon, 15) - dct).days))
        return Norm("DATE", V.quarter_value(year, (mon - 1) // 3 + 1), None, "relative")
    base = _default_quarter(c)
    if base is None:
        return Norm("DATE", "XXXX-QX", None, "relative")
    if det == "the" and not has_qual and c.dct is not None and base >= V.quarter_of(c.dct) and \
            c.tense() is False and not _fiscal_quarter_named(c):
        # "a charge in the fourth quarter. It bought back shares during the quarter": told
        # in the past, the quarter reported on, not the current one or one still ahead (but
        # a fiscal quarter may run ahead of the calendar's: "its fiscal fourth quarter")
        base = V.shift_quarter(*V.quarter_of(c.dct), -1)
    y, q = base
    if det == "this" and c.dct is not None and not c.last_quarter:
        y, q = V.quarter_of(c.dct)
    if _year_qualifier(quals, c) or "last year" in quals or "a year" in quals:
        return Norm("DATE", V.quarter_value(y - 1, q), None, "narrative")
    return Norm("DATE", V.quarter_value(y, q), None, "narrative" if c.last_quarter else "relative")


_ENDING_MONTH_AFTER = re.compile(r",?\s+(?:(?:which|that)\s+)?(?:ending|ends|will\s+end)\s+(?:in\s+)?"
                                  r"([A-Z][a-z]{2,8})\b(?!\.?\s+\d)")
def _fiscal_quarter_named(c: Context) -> bool:
    """The story's last quarter was named as a fiscal one ("its fiscal fourth quarter")."""
    named = next((t for t in reversed(c.found) if "-Q" in t.value), None)
    return named is not None and "fiscal" in named.text.lower()


_SAME_PERIOD = re.compile(r"\b(?:same|comparable|corresponding)\s+period\b")
_IN_YEAR_NEXT = re.compile(r"\s+(?:of|in)\s+(?:1[5-9]|20)\d\d\b")


def norm_yearago(g: Groups, c: Context) -> Norm | None:
    """Adjectival "year-ago"/"year-earlier" (results): the extent leaves out "the"."""
    start = c.start + c.text[c.start : c.end].lower().index("year")
    if (year := c.months_compared()) is not None:  # "For the nine months, ... year-earlier"
        return Norm("DATE", f"{year:04d}", None, "narrative", start=start)
    if c.last_quarter:
        y, q = int(c.last_quarter[:4]), int(c.last_quarter[-1])
        return Norm("DATE", V.quarter_value(y - 1, q), None, "narrative", start=start)
    if c.dct is None:
        return Norm("DATE", "XXXX", None, "narrative", start=start)
    return Norm("DATE", f"{c.dct.year - 1:04d}", None, "narrative", start=start)


_HALF_OF_WHAT = re.compile(r"\s+of\s+(?:the\s+|this\s+|that\s+)?(?:day|day's|session|trading|"
                           r"game|match|race|show|meeting|hearing|century|decade)\b", re.I)


def norm_half(g: Groups, c: Context) -> Norm | None:
    h = 1 if _lower(g.get("ord")) in ("first", "1st") else 2
    rel = _lower(g.get("rel"))
    if g.get("year"):
        return Norm("DATE", f"{int(g['year'] or 0):04d}-H{h}")
    if not rel and (c.in_a_game() or _HALF_OF_WHAT.match(c.text, c.end)):
        return None  # "scoring 21 points in the second half": the game's; "the first half of
        # the day's session": the day's
    last = c.last_ref
    if not rel and last is not None and len(last) == 7 and last[4:6] == "-H" and h > int(last[6]):
        # "prices bottom out in the first half of 1990. By the second half, ...": that year's
        return Norm("DATE", f"{last[:4]}-H{h}", None, "narrative")
    if c.dct is None:
        return Norm("DATE", f"XXXX-H{h}", None, "relative")
    year = c.dct.year + {"last": -1, "next": 1}.get(rel, 0)
    if not rel and h == 2 and c.dct.month <= 6 and c.tense() is False:
        year -= 1  # "rose in the second half", told in the first (not "The second half of the
        # year is what matters now")
    return Norm("DATE", f"{year:04d}-H{h}", None, "relative")


def norm_decade(g: Groups, c: Context) -> Norm | None:
    mod = _dmod(g.get("dmod"), c.lex)
    if g.get("full"):
        full = g["full"] or ""
        if full.endswith("00") and not full.startswith("20"):
            return Norm("DATE", full[:2], mod)  # "the 1800s": the century, not 1800-09
        return Norm("DATE", full[:3], mod)
    if g.get("short"):
        d = int((g["short"] or "0")[0])
        return Norm("DATE", f"{'20' if d < 2 else '19'}{d}", mod)
    words = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
             "nineties"]
    w = _lower(g.get("word"))
    if w not in words or not c.text[c.start : c.end].lower().startswith(("the", "early", "late",
                                                                          "mid")):
        return None
    century = "18" if _lower(g.get("cent")) == "eighteen" else "19"  # "the nineteen-eighties"
    return Norm("DATE", f"{century}{words.index(w) + 2}", mod)


def norm_century(g: Groups, c: Context) -> Norm | None:
    n = c.lex.ordinals.get(_lower(g.get("ord")))
    if not n or _TITLE_AFTER.match(c.text, c.end) and c.text[c.end - 7 : c.end] == "Century":
        return None  # "20th Century Fox": a name
    if _OWNER_BEFORE.search(c.before(8)):
        return None  # "his first century in an Ashes Test": a hundred runs
    start = None
    if c.low.startswith("the ", c.start) and not g.get("dmod") and \
            c.text[c.end - 8 : c.end - 7] == "-" and _NOUN_NEXT.match(c.text, c.end):
        start = c.group_start("ord")  # "the 20th-century average": "the" is the noun's
    return Norm("DATE", f"{n - 1:02d}", _dmod(g.get("dmod"), c.lex), start=start)


_OWNER_BEFORE = re.compile(r"\b(?:his|her|their|its|my|your|our|maiden)\s+$", re.I)
_YEAR_LIST_BEFORE = re.compile(r"(?<![\d,.$])(?:1[5-9]|2[01])\d\d,\s*$")
# The end of a range of years: "between 2018 and 2020 shows", "from 2014 to 2015 fighters".
_YEAR_RANGE_BEFORE = re.compile(r"(?<![\d,.$])(?:1[5-9]|2[01])\d\d\s*(?:and|to|through|until)\s+$")


def _next_year_short(year: int, after: str) -> bool:
    """"1991-92", "2012–13": a season or fiscal year written as its first year and the next
    year's last two digits."""
    m = _SHORT_YEAR_AFTER.match(after)
    return m is not None and int(m.group(1)) == (year + 1) % 100


_SHORT_YEAR_AFTER = re.compile(r"[-–/](\d\d)(?![\d%])")


# The rest of a phone number written in groups of digits, ending where the number does.
_PHONE_REST_AFTER = re.compile(r"[ \t]\d{3}[ \t]\d{3,4}(?=\s*(?:[,;.)]|or\b|and\b|$))")


_PLACE_AFTER = re.compile(r"\s+(?:district|neighbou?rhood|estate|stadium|arena|tower|complex)\b")
_NAME_WORD_BEFORE = re.compile(r"\b[A-Z][a-z]+\s+$")
_DESIGNATION_AFTER = re.compile(r" [A-Z]{2}\d{1,3}\b")


_NUMBERED_BEFORE = re.compile(r"\b(?:Local|Room|Route|Highway|Suite|Box|Precinct|Gate|Pier)\s+$")


def norm_year(g: Groups, c: Context) -> Norm | None:
    year = int(g.get("year") or 0)
    fiscal = _lower(g.get("fiscal"))
    dmod = _dmod(g.get("dmod"), c.lex)
    if dmod == "APPROX" and not approx_fits(c):
        return None
    if not fiscal and dmod in (None, "APPROX"):
        after = _PLURAL_NOUN_AFTER.match(c.after())
        if after and after.group(1) not in _NOT_NOUNS and not _YEAR_DET_BEFORE.search(
                c.before(12)) and after.group(1) not in _MEASURES and not (
                    after.group(1) in _EVENT_PLURALS and _DET_WORD_BEFORE.search(c.before(30))) \
                and not _YEAR_RANGE_BEFORE.search(c.before(16)) and not (
                    after.group(1) in _S_VERBS and c.before(4).lower() == "for "):
            return None  # "2000 soldiers"; but "the 2011 elections", "in 2011 sales fell",
            # "2008 sales would fall", "the devastating 1974 floods", "the plan for 2019 seeks"
        before = c.before(12)
        if re.search(r"(?:(?:\bno\.|\bnumber|\bflight|\bmodel|\bresolutions?|\$)\s*|#|\d[\s,.]*)$",
                     before, re.I) and not _YEAR_LIST_BEFORE.search(before) or \
                _NUMBERED_BEFORE.search(before):  # "in 1994, 1995 and 1997"
            return None  # "Resolution 2087" of the Security Council, union "Local 1764"
        if re.match(r"\s*(?:%|percent\b|per\b|-\d(?!\d\d\d(?!\d)))", c.after(), re.I) and \
                not _next_year_short(year, c.after()):
            return None
        if _PHONE_REST_AFTER.match(c.text, c.end) or _DESIGNATION_AFTER.match(c.text, c.end):
            return None  # "call 1850 241 850 or 1800 679 737": a phone number's first digits;
            # "asteroid 2012 DA14": a minor planet's designation
        if _PLACE_AFTER.match(c.text, c.end) and _NAME_WORD_BEFORE.search(before):
            return None  # "the Ouaga 2000 district": a place's name
        if _NAMED_BY_NUMBER_BEFORE.search(before):
            return None  # "the Russell 2000 index", "Agenda 2063", "Windows 2000": names
        if _STREET_AFTER.match(c.text, c.end) and not _YEAR_PREP_BEFORE.search(before) and \
                not _YEAR_DET_BEFORE.search(before):
            return None  # "Shiloh Baptist Church, 1500 Ninth St. NW": a house number
    # A fiscal year straddles two calendar years: it sets no year for the months and
    # seasons after it ("The budget for fiscal 2014 assumed the fee by the fall")
    calendar = not fiscal.removeprefix("the ").startswith(("fiscal", "financial", "fy")) and \
        not _DATA_FOR_BEFORE.search(c.before(24)) and not _DATA_NOUN_AFTER.match(c.text, c.end)
    # ("revised GDP figures for 2012 in September", "plans to publish its 2019 results in
    # February": the year the data cover, not the year of the sentence)
    if fiscal.startswith(("the fiscal", "the financial")) and not g.get("dmod") and \
            _NOUN_NEXT.match(c.text, c.end):
        # "The fiscal 1990 deficit": "The" is the noun's
        the = _THE_AT.match(c.text, c.start)
        return Norm("DATE", f"{year:04d}", None, start=the.end() if the else None, sets_year=calendar)
    half = _lower(g.get("dmod"))
    if half.endswith("half of"):  # "the first half of 2024" is 2024-H1, and of "fiscal 1994"
        # the fiscal year's first half, named by it as its quarters are
        return Norm("DATE", f"{year:04d}-H{1 if 'first' in half else 2}", sets_year=calendar)
    return Norm("DATE", f"{year:04d}", _dmod(g.get("dmod"), c.lex), sets_year=calendar)


# What may follow a year before 1500 (written with no comma, such a number is as often a
# count: "in 1200 days"): no word, or one that opens a phrase or a clause.
_EARLY_YEAR_END = re.compile(r"(?![ \t]+[a-z])|[ \t]+(?:and|or|to|by|when|as|after|before|until|"
                             r"the|a|an|he|she|they|it|that|which|under|during|with|at|on|in|"
                             r"for|from|was|were|is)\b")


def norm_year_early(g: Groups, c: Context) -> Norm | None:
    """"the battle of Agincourt in 1415", "since 1066": a year before 1500, after a
    preposition of time and before no noun."""
    if not _EARLY_YEAR_END.match(c.text, c.end):
        return None
    return norm_year(g, c)


def norm_year_short(g: Groups, c: Context) -> Norm | None:
    """"Fran hit in '96", "the class of ’08": a year by its last two digits, after a
    preposition, or naming an event ("since the '99 storm"), in the century that puts it at
    most ten years past the DCT."""
    if not _PREP_BEFORE.search(c.before(12)) and not (
            _THE_BEFORE.search(c.before(5)) and _NOUN_NEXT.match(c.text, c.end)):
        return None
    short = int(g.get("yy") or 0)
    year = (c.dct.year // 100 * 100 if c.dct else 1900) + short
    if c.dct and year > c.dct.year + 10:
        year -= 100
    return Norm("DATE", f"{year:04d}")


_HUNDRED_NEXT = re.compile(r"[\s-]+hundred\b")
_SPOKEN_2000_BEFORE = re.compile(r"\b(?:in|since|until|till|before|after)\s+$", re.I)


# names that a number, not a year, completes
_NAMED_BY_NUMBER_BEFORE = re.compile(r"\b(?:Russell|Wilshire|Agenda|Vision|Horizon|Windows|Office)\s+$")


def norm_year_words(g: Groups, c: Context) -> Norm | None:
    """"nineteen ninety-six" → 1996, "the year two thousand" → 2000 (spoken transcripts)."""
    lex = c.lex
    if g.get("k"):
        lo = parse_number(g.get("klo") or "", lex) if g.get("klo") else 0
        if not g.get("the") and not g.get("klo") and not (
                _SPOKEN_2000_BEFORE.search(c.before(8)) and not _NOUN_NEXT.match(c.text, c.end)) \
                or _HUNDRED_NEXT.match(c.low, c.end):
            return None  # (not "about two thousand four hundred": a number; but "since two
            # thousand is a leap year": a year)
        return Norm("DATE", f"{2000 + int(lo or 0):04d}")
    hi = 19 if _lower(g.get("hi")) == "nineteen" else 18
    lo_text = _lower(g.get("lo")).replace("oh ", "").replace("oh-", "")
    lo = 0 if lo_text == "hundred" else parse_number(lo_text, lex)
    if lo is None or lo_text == "hundred" and not g.get("the") and (
            _NOUN_NEXT.match(c.text, c.end) or not _YEAR_PREP_BEFORE.search(c.before(12))):
        return None  # "eighteen hundred troops": a number
    return Norm("DATE", f"{hi * 100 + int(lo):04d}")


def norm_year_end(g: Groups, c: Context) -> Norm | None:
    """"year-end", "year's end": the end of the current (or narrative) year."""
    if c.dct is None:
        return Norm("DATE", "XXXX", "END", "relative")
    return Norm("DATE", f"{c.dct.year:04d}", "END", "relative")
