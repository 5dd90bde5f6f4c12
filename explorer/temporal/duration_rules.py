"""Normalisers of durations ("two weeks", "more than a year"), offsets from a reference
("two years ago", "a year earlier"), sets ("daily") and REFs ("now")."""

from __future__ import annotations

import re
from functools import cache

from explorer.temporal import values as V
from explorer.temporal.context import (
    _BARE_UNIT_CONTEXT,
    _GRAN_ORDER,
    _TIME_UNITS,
    _UNIT_GRAN,
    YEAR_BACK,
    Context,
    Groups,
    Norm,
    _cap,
    _lower,
    _month,
    _num_str,
    _placeholder,
    _relative_unit,
    _weekday,
    parse_number,
    rate_fits,
)
from explorer.temporal.lexicon import load_lexicon, words_regex

_OF_AFTER = re.compile(r"\s*of\b")
_EARLY_HOURS_BEFORE = re.compile(r"\b(?:early|small|wee)\s+$", re.I)


def duration_value(n: float | None, unit: str) -> str:
    """P2W, PT3H, PXY, P10Y for decades, P2Y6M for 2.5 years."""
    if unit in _TIME_UNITS:
        u = _TIME_UNITS[unit]
        if n is None:
            return f"PTX{u}"
        if n != int(n):
            if unit == "H":
                return f"PT{int(n)}H{int(round((n - int(n)) * 60))}M" if n >= 1 else f"PT{int(n*60)}M"
            if unit == "MIN":
                return f"PT{int(n)}M{int(round((n - int(n)) * 60))}S" if n >= 1 else f"PT{int(n*60)}S"
        return f"PT{_num_str(n)}{u}"
    # quarters stay quarters (P2Q, PXQ) as in TimeBank; a fractional count is in months
    scale = {"DE": ("Y", 10), "CE": ("Y", 100), "ML": ("Y", 1000), "FN": ("W", 2)}
    if unit == "Q" and n is not None and n != int(n):
        scale["Q"] = ("M", 3)
    if n is None:
        return {"DE": "PXDE", "CE": "PXCE", "ML": "PXML", "FN": "PXW",
                "WE": "PXWE"}.get(unit, f"PX{unit}")
    if unit in scale:
        u, k = scale[unit]
        return f"P{_num_str(n * k)}{u}"
    if unit == "WE":  # one weekend is two days, as TimeBank has "the weekend"; "three
        # weekends" are three of them, not six days running
        return f"P{_num_str(n * 2)}D" if n <= 1 else f"P{_num_str(n)}WE"
    if n != int(n):
        whole = int(n)
        if unit == "Y":
            return f"P{whole}Y{int(round((n - whole) * 12))}M" if whole else f"P{int(n*12)}M"
        if unit == "D":
            return f"P{whole}DT{int(round((n - whole) * 24))}H" if whole else f"PT{int(n*24)}H"
        if unit == "W" and not whole:
            return f"P{int(round(n*7))}D"
        if unit == "M" and not whole:
            return "P2W"
    return f"P{_num_str(n)}{unit}"


def _duration_mod(g: Groups, c: Context) -> str | None:
    if g.get("orso"):
        return "APPROX"
    w = _lower(g.get("mod"))
    if w in ("under", "over") and g.get("the"):
        return None  # "Under the six-month accord": a preposition, no bound
    return c.lex.duration_mods.get(w) if w else None


_SPEED_BEFORE = re.compile(r"\b(?:kilomet(?:re|er)s?|km|miles?|metres?|meters?|knots?|feet|"
                           r"mph|kph)\)?\s+$", re.I)  # "315 kilometres (195 miles) an hour"
# A word after "quarterly" or "a second" that makes it an adjective or an ordinal ("the
# quarterly dividend", "under a second agreement"); not one that can follow a time ("less
# than a second to crash", "a second or two", "paid quarterly since 1990").
_NOUN_AFTER = re.compile(r"\s+(?!(?:and|or|to|in|on|at|for|by|from|with|since|until|as|but|"
                         r"through|after|before|instead|rather|later|earlier|ago|than|when|"
                         r"while|the|an?|that|into|per|is|was|were|are|has|had|have|will|"
                         r"would|could)\b)[a-z]")
_ADJECTIVE_AFTER = re.compile(r"\s+[a-z]")
_SHIFT_AFTER = re.compile(r"\s+(?:before|after|earlier|later)\b", re.I)
_RELATIVE_AFTER = re.compile(r"\s+(?:when|where|on\s+which|in\s+which)\b", re.I)
_APPOSITION_BEFORE = re.compile(r"(?:,|\b(?:is|was|be|been|were|are))\s*$", re.I)
_ADJECTIVAL_VAGUE = frozenset(("coming", "recent", "ensuing", "intervening", "succeeding"))


_PREP_JUST_BEFORE = re.compile(r"\b(?:in|over|for|during|within|through|into)\s+$", re.I)


def _verb_not_time(word: str, g: Groups, c: Context) -> bool:
    """"a storm coming days before it arrived": "coming"/"following" with no article or
    preposition before it is a verb, not "the coming days"."""
    return word in ("coming", "following") and not g.get("the") and not _PREP_JUST_BEFORE.search(
        c.before(12))


_OPENING_BEFORE = re.compile(r"\b(?:extend|extends|extended|extending|expand|expands|expanded|cut|cuts|"
                             r"reduce|reduces|reduced|shorten|shortened|change|changed)\s+(?:(?:the|its|their)\s+)?$",
                             re.I)
_YEAR_NUMBER_AFTER = re.compile(r"\s+(?:1[5-9]|20)\d\d\b")
_MORE_THAN_OVER_BEFORE = re.compile(r"\b(?:after|within|last|lasts|lasted|lasting|took|take|takes|"
                                    r"taking|waited|just)\s+$", re.I)
_MODAL_JUST_BEFORE = re.compile(r"\b(?:will|'ll|’ll|would|could|might|may|can|should|must|to)\s+"
                                r"(?:(?:only|still|easily|probably|likely)\s+)?$", re.I)
_PERIOD_AFTER_OF = re.compile(r"\s*of\s+(?:\d|the\b|this\b|last\b|next\b|fiscal\b)", re.I)
_USERS_AFTER = re.compile(r"\s+(?:active\s+)?(?:users|visitors|readers|listeners|viewers)\b", re.I)
_RECORD_AFTER = re.compile(r",?\s+(?:said|say|says|showed|show|shows|released|published|"
                           r"revealed|indicated|noted|suggested|(?:are|were)\s+(?:normally\s+|usually\s+)?"
                           r"(?:released|published|written|due))\b"
                           r"|\s+of\s+(?:(?!of\b)[\w.,'’-]+\s+){0,6}?"
                           r"(?:meeting|session|gathering|hearing|talks)\b", re.I)
_OF_SPELL_AFTER = re.compile(
    r"\s+of\s+(?!the\s+(?:week|month|year)\b|age\b|service\b|experience\b)[a-z]")
_MODAL_NEAR_BEFORE = re.compile(r"\b(?:will|'ll|’ll|would|could|might|may|can|shall)\b[^.,;:!?]{0,25}$",
                                re.I)
_LENGTH_WORD_BEFORE = re.compile(r"\b(?:for|in|within|after|than|only|just|last|take|takes|"
                                 r"spend|per|a|each|every)\s+$", re.I)
_CENTURY_AFTER = re.compile(r"[ \t-]century(?![\w-])", re.I)


_PAST_THE_HOUR_AFTER = re.compile(
    r"\s+(?:past|to)\s+(?:the\s+hour|noon|midnight|one|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve)\b", re.I)


_GAME_TIME_AFTER = re.compile(r"[\s-]+time\b", re.I)


_KIND_OF_DAY_AFTER = re.compile(r"\s+(?:when|like)\s")


def norm_duration(g: Groups, c: Context) -> Norm | None:
    lex = c.lex
    unit_word = _lower(g.get("unit"))
    unit = lex.units.get(unit_word)
    if unit is None:
        return None
    num_text = _lower(g.get("num"))
    n = parse_number(num_text, lex)
    if n is None and num_text not in lex.vague_numbers:
        return None
    if not g.get("rel") and _verb_not_time(num_text, g, c):
        return None
    if num_text in ("a", "an") and unit == "D" and not g.get("mod") and c.low.startswith(" like ", c.end):
        return None  # "On a day like Friday, fires can start": a kind of day, no length
    if unit_word == "second" and "-" in c.text[c.start : c.end] and _ORDINAL_NOUN_AFTER.match(c.text, c.end):
        return None  # "the thirty-second straight month": an ordinal
    if unit == "MIN" and _PAST_THE_HOUR_AFTER.match(c.text, c.end):
        return None  # "eleven minutes past the hour", "five minutes to midnight": a clock's
    if unit == "Q" and _GAME_TIME_AFTER.match(c.text, c.end):
        return None  # "led at three-quarter time": a break in a game
    if g.get("ago") and not g.get("the") and c.low.endswith("every ", 0, c.start):
        return None  # "every four years after that": a set, the rule of "every"
    if n is None and num_text in _ADJECTIVAL_VAGUE and not unit_word.endswith("s"):
        if unit == "WE":
            return None  # "over the coming weekend": that weekend, a date
        n = 1  # "the coming decade" is one decade, "the coming decades" some
    if n is not None and n >= 1e6 and (unit not in _YEARS_IN or not unit_word.endswith("s")):
        return None  # "9.8 million day trips"; but "150 million years"
    if g.get("half"):  # "a year and a half"
        if n is None:
            return None
        n += 0.5
    if g.get("num2"):  # "two to three weeks": one duration, valued at its lower bound
        n2 = parse_number(g.get("num2") or "", lex)
        if n is None or n2 is None or n2 <= n:
            return None
    if n is None and num_text in ("some", "many") and unit_word.rstrip("s") == unit_word:
        return None
    if unit == "Q" and n == 1 and not g.get("rel") and (century := _CENTURY_AFTER.match(
            c.text, c.end)):  # "more than a quarter century": 25 years
        return Norm("DURATION", "P25Y", _duration_mod(g, c), "none", end=century.end())
    if unit_word in ("second", "quarter") and num_text in ("a", "an", "one") and not g.get(
            "rel") and (not g.get("mod") or _NOUN_AFTER.match(c.text, c.end) or
                        unit == "Q" and c.low.endswith(" by ", 0, c.start)):
        return None  # "a second time", "a quarter of the vote", "under a second agreement",
        # "contracted by about a quarter"; not "less than a second"
    if unit_word in ("night", "nights") and num_text in ("a", "an", "one", "that"):
        return None
    if num_text == "one" and unit_word == "day" and not g.get("mod") and not g.get("rel") and \
            _MODAL_NEAR_BEFORE.search(c.before(40)) and not _LENGTH_WORD_BEFORE.search(c.before(12)):
        return Norm("DATE", "FUTURE_REF", None, "none")  # "Islam will one day be", as the dev set
    after = c.text[c.end : c.end + 6]
    if unit == "Q" and _OF_AFTER.match(after) and (n in (None, 1, 3) or num_text in (
            lex.vague_numbers) or _PERIOD_AFTER_OF.match(c.text, c.end)):
        return None  # "three quarters of voters", "the first two quarters of 1990" (the
        # year is the date); not "six quarters of contraction"
    if g.get("long") and _lower(g["long"]).endswith("old") or _AGE_AFTER.match(c.text, c.end) or \
            _AGE_BEFORE.search(c.before(16)):
        return None  # "a 10-year-old", "everyone 6 months and older", "between 6 months and
        # 18 years old", "older than 6 months", "aged 6 months to 5 years": ages
    if after.startswith("-old") and not after[4:5].isalnum():
        return None
    mod = _duration_mod(g, c)
    if unit == "WE" and _DAYS_OF_WEEKEND.search(c.text, c.start, c.end) and n is not None:
        unit, mod = "D", None if _lower(g.get("mod")) == "over" else mod  # "over the
        # three-day weekend": three days, not three weekends, and "over" a span
    ago = _lower(g.get("ago"))
    rel = _lower(g.get("rel"))
    if num_text == "recent" and unit == "Y" and not rel and not g.get("the") and not mod \
            and not ago:
        return Norm("DATE", "PAST_REF", None, "none")  # "in recent years": a vague past
    if num_text in ("a", "an") and not rel and not g.get("mod") and not ago and \
            _RELATIVE_AFTER.match(c.text, c.end) and _APPOSITION_BEFORE.search(c.before(8)):
        return None  # "April 20, a day when security is tight": a day, not a length of time
    if num_text in ("a", "an") and not rel and not g.get("the") and not g.get("mod") and not ago:
        if _SPEED_BEFORE.search(c.before(16)):
            return None  # "120 miles an hour" is a speed
        if rate_fits(c.before(40)) and not (c.low.startswith(" of ", c.end) and
                                            not c.low.startswith(" of each", c.end)):
            return Norm("SET", duration_value(1, unit), None, "none")  # (not "thousands of
            # commuters face a week of travel chaos": a length)
    article_only = num_text in ("a", "an") and bool(rel or g.get("long"))
    if ago:
        span_end = c.end - len(g.get("ago") or "")
        if not g.get("the") and not rel and not g.get("mod") and ago.startswith(("before", "after")) \
                and c.low.endswith("the ", 0, c.start):
            return None  # "the 12 months before that": a span, read with its "the"
        if re.match(r"\s+than\b", c.after(), re.I) or ago == "back" and re.match(
                r"\s+(?:in|on|at|to|during|when)\b", c.after(), re.I) or g.get("the") and not rel \
                and not g.get("mod") and ago.startswith(("before", "after")) and not article_only:
            # "a decade earlier than forecast"; "extended for two years back in December":
            # "back" goes with what follows; "for the 12 months before that": a span
            return Norm("DURATION", duration_value(n, unit), mod, "none", end=span_end)
        norm = _ago(n, unit, ago, mod, c, span_end)
        if norm is not None and (article_only or ago == "ago" and _lower(g.get("rel")) in (
                "final", "first")):
            # "the final a week later": "a week later"; "reached the final 12 months ago"
            norm.start = c.group_start("num")
        elif norm is not None and norm.type == "DURATION" and _lower(g.get("mod")) == "over":
            norm.mod, norm.start = None, _span_start(g, c)  # "deliberated over three days before"
        return norm
    start = None
    if article_only and g.get("long"):
        # "a decade-long war", "a months-long siege": the article goes with the noun
        start = c.group_start("unit")
        n = None if unit_word.endswith("s") else 1
    value = duration_value(n, unit)
    if start is not None:
        pass
    elif g.get("the") and "-" in c.text[c.spans["num"][1] : c.group_start("unit")] and (
            not rel or _ADJECTIVE_AFTER.match(c.text, c.end)):
        start = c.group_start("num")  # "the first two-day closure": the closure is first
        # (not "the next forty-eight hours would be critical": a number's hyphen)
    elif rel and not g.get("the") and "-" in c.text[c.spans["num"][1] : c.group_start("unit")] \
            and _ADJECTIVE_AFTER.match(c.text, c.end):
        start = c.group_start("num")  # "a second and final five-year term": the term is final
    elif _lower(g.get("mod")) == "over" and not _MORE_THAN_OVER_BEFORE.search(c.before(12)):
        mod, start = None, _span_start(g, c)  # "used over three years": the time span, no
        # bound (but "last over a week", "just over an hour": more than)
    elif rel == "last" and not g.get("the") and (_VERB_LAST_BEFORE.search(c.before(24)) or
                                                 _subject_before(c.before(20))):
        start = c.group_start("num")  # "expected to last 45 minutes", "symptoms last four
        # days": the verb "last"
    elif rel == "following" and not g.get("the") and not g.get("mod"):
        start = c.group_start("num")  # "began following two weeks of air strikes": after
    elif rel == "past" and num_text in ("a", "an") and not g.get("the") and not g.get("mod"):
        start = c.group_start("num")  # "the shutdown stretched past a week": beyond it
    return Norm("DURATION", value, mod, "none", start=start)


_DAYS_OF_WEEKEND = re.compile(r"[\s-]days?[\s-]+weekends?\b", re.I)
_AGE_AFTER = re.compile(r"\s+(?:(?:and|or)\s+(?:older|younger|over|up|above|under)|(?:and|to)\s+\d+\s+"
                        r"(?:years?|months?)\s+old)\b")
_AGE_BEFORE = re.compile(r"\b(?:(?:older|younger)\s+than|aged|ages)\s+$", re.I)
_VERB_LAST_BEFORE = re.compile(r"\b(?:to|will|would|could|should|may|might|can|must|does|did|"
                               r"didn't|won't|that|which|typically|usually|often|generally|"
                               r"normally|only|meetings|hearings|talks|sessions|trials|"
                               r"shifts|visits|courses)(?:\s+[a-z]+ly)?\s+$", re.I)  # "outages that last a
# week", "hearings typically last four or five days", "will initially last 10 days"


def _subject_before(before: str) -> bool:
    """A plural noun or "and" ends BEFORE: what comes next is a verb ("Symptoms last four
    days", "begin within hours and last four to seven days"), not a determiner."""
    words = before.split()
    if not words:
        return False
    word = words[-1]
    return word == "and" or word.endswith("s") and word.isalpha() and word[1:].islower() and \
        word.lower() not in _NOT_PLURAL_NOUNS


_NOT_PLURAL_NOUNS = frozenset(("his", "its", "this", "was", "has", "is", "us", "as", "yes",
                               "these", "those", "whose", "perhaps", "always", "hers", "ours",
                               "yours", "theirs", "plus", "versus", "less", "unless", "across"))


_YEARS_IN = {"Y": 1, "DE": 10, "CE": 100}
# A fraction of a unit counted in the next unit down: years in months, weeks in days.
_FINER = {"Y": ("M", 12), "W": ("D", 7), "DE": ("Y", 10)}


@cache
def _months() -> re.Pattern[str]:
    """A month's name, written out and capitalised ("August", "in May", not "may" or "May
    said")."""
    names = words_regex(m.capitalize() for m in load_lexicon().months if len(m) > 3 and m != "may")
    return re.compile(rf"\b(?:{names}|(?<=\bin\s)May)\b")


def _ago(n: float | None, unit: str, ago: str, mod: str | None, c: Context,
         span_end: int) -> Norm | None:
    if ago.startswith(("before ", "after ")):
        ago = ago.split(" ")[0]
    elif ago in ("before", "after") and not re.match(r"\s*(?:[,.;:)]|that\b(?!\s+(?:year|day|month|week)['’]s)|"
                                                   r"this\b|then\b|$)", c.after(), re.I):
        # ("two months after that year's election": a length, and that year)
        return Norm("DURATION", duration_value(n, unit), mod, "none", end=span_end)
    if n is None:
        if ago in ("later", "earlier"):  # "A few days later": a length from the story's
            # time, as TimeBank tags it (a vague date would say nothing more)
            return Norm("DURATION", duration_value(n, unit), mod, "none", end=span_end)
        if ago in ("ago", "back", "before"):
            return Norm("DATE", "PAST_REF", mod, "none")
        return Norm("DATE", "FUTURE_REF", mod, "none")
    if unit in _TIME_UNITS:
        if ago == "ago" and c.dct is not None:  # "three hours ago": earlier the same day
            return Norm("TIME", c.dct.isoformat(), mod, "relative")
        return Norm("DURATION", duration_value(n, unit), mod, "none", end=span_end)
    sign = -1 if ago in ("ago", "back", "earlier", "before") else 1
    whole = int(n) if n == int(n) else None
    if whole is None and unit in _FINER and (n * _FINER[unit][1]).is_integer():
        # "a year and a half ago": 18 months back, known to the month
        unit, whole = _FINER[unit][0], int(n * _FINER[unit][1])
    if whole is None:
        return Norm("DURATION", duration_value(n, unit), mod, "none", end=span_end)
    if unit == "DE" and whole == 1:
        unit, whole = "Y", 10  # "a decade later", after "in 1994": 2004, a year
    if unit in _YEARS_IN and c.dct is not None and whole * _YEARS_IN[unit] >= (
            c.dct.year if sign < 0 else 9999 - c.dct.year):
        return Norm("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", mod, "none")  # "4.6
        # billion years ago", "5,000 years ago": before the calendar's first year
    if ago in ("ago", "back", "hence", "from now", "from today"):
        if c.dct is None:
            return Norm("DATE", _placeholder(_UNIT_GRAN.get(unit, "day")), mod, "relative")
        if ago == "from today":  # "a week from today": counted from a day, to the day
            return Norm("DATE", V.value_at(V.shift(c.dct, unit, whole), "day"), mod, "relative")
        compared = _compared_period(c, by_month=True) if unit == "Y" and whole == 1 else None
        if compared is not None:  # "fell 12% in mid-October from a year ago": that October
            return Norm("DATE", compared, mod, "narrative")
        if unit == "Y" and whole == 1 and c.last_quarter:
            y, q = int(c.last_quarter[:4]), int(c.last_quarter[-1])
            return Norm("DATE", V.quarter_value(y - 1, q), mod, "narrative")
        return Norm("DATE", _relative_unit(unit, sign * whole, c), mod, "relative")
    compared = _compared_period(c) if unit == "Y" and whole == 1 and sign < 0 else None
    if compared is not None:  # "earned $38.6 million in the nine months through September,
        # down from $51.2 million a year earlier": that period, a year back
        return Norm("DATE", compared, mod, "narrative")
    ref = c.narrative(_UNIT_GRAN.get(unit, "day"))
    if ref is None:
        return Norm("DATE", _placeholder(_UNIT_GRAN.get(unit, "day")), mod, "narrative")
    anchor, ref_gran = ref
    gran = _UNIT_GRAN.get(unit, "day")
    if ref_gran == "quarter" and unit == "Y" and c.last_quarter:
        y, q = int(c.last_quarter[:4]), int(c.last_quarter[-1])
        return Norm("DATE", V.quarter_value(y - whole, q), mod, "narrative")
    if ref_gran in _GRAN_ORDER and gran in _GRAN_ORDER and \
            _GRAN_ORDER.index(ref_gran) > _GRAN_ORDER.index(gran):
        gran = ref_gran  # "two days later" after "in September 2011" is only known to the month
    elif unit == "Y" and whole == 1 and sign < 0 and ref_gran == "month" and _months(
            ).search(c.sentence_before()):
        gran = "month"  # "fell 9.4% in August from a year earlier": that August a year back
    return Norm("DATE", V.value_at(V.shift(anchor, unit, sign * whole), gran), mod, "narrative")


# a period of results that a date closes: "in the nine months through September", "the
# three months to March 31"
_PERIOD_THROUGH = re.compile(r"\b(?:(?P<n>three|six|nine|twelve|\d+)?\s*(?:months|weeks)|(?P<q>quarter)|half|"
                             r"year|period)(?:,?\s+(?:which|that))?\s+(?:through|to|ended|ending|ends)\s+(?:on\s+|in\s+)?$")
_ORDINAL_QUARTER = re.compile(r"\b(?:first|second|third|fourth|1st|2nd|3rd|4th)\b", re.I)
_SPAN_EDGE_BEFORE = re.compile(r"\b(?:since|until|till|through|by|from)\s+(?:(?:early|mid|late)-?\s*)?$")
_HALF_VALUE = re.compile(r"(\d{4})-H([12])")
_QUARTER_VALUE = re.compile(r"(\d{4})-Q([1-4])")


def _compared_period(c: Context, by_month: bool = False) -> str | None:
    """The period of results named earlier in the sentence that "a year earlier" compares
    with, a year back: a half ("a first-half profit ..., in August, up from ... a year
    earlier") or a period closed by a bound, which the narrative time does not move to
    ("the quarter ended Sept. 28", "the three months to March 31": that quarter; "the nine
    months through September": that year), or with BY_MONTH a month ("in mid-October from a
    year ago": "a year ago" counts from the DCT, so the story's quarter would win)."""
    opening = c.start - len(c.sentence_before())
    for k in range(len(c.found) - 1, -1, -1):
        t = c.found[k]
        if t.start < opening:
            return None
        if t.type == "DURATION" and t.value in ("P6M", "P9M"):
            return None if (year := c.results_year_back()) is None else f"{year:04d}"  # "For
            # the nine months, ... up from $71 million a year earlier"
        half = _HALF_VALUE.fullmatch(t.value)
        if half is not None:
            return f"{int(half[1]) - 1:04d}-H{half[2]}"
        quarter = _QUARTER_VALUE.fullmatch(t.value) if t.type == "DATE" else None
        if quarter is not None and not YEAR_BACK.search(t.text):
            # "a net loss of $124 million in the quarter, compared with ... a year earlier"
            return V.quarter_value(int(quarter[1]) - 1, int(quarter[2]))
        if by_month and t.text.lower() == "today" and c.dct is not None:
            return f"{c.dct.year - 1:04d}"  # "hit $3.42 a gallon today, 10 cents below a year
            # ago": the price now, not a quarter's
        if by_month and t.granularity == "month" and t.value[5:].isdigit() and t.anchor != "explicit" and not _SPAN_EDGE_BEFORE.search(
                c.low, max(0, t.start - 10), t.start):  # (not "up since mid-January and now higher
            # than a year ago")
            return f"{int(t.value[:4]) - 1:04d}-{t.value[5:]}"
        through = _PERIOD_THROUGH.search(c.low, max(0, t.start - 30), t.start)
        if through is not None and t.interval is not None:
            named = c.found[k - 1] if k > 0 else None
            if through["q"] and named is not None and "-Q" in named.value and t.start - named.end < 40 \
                    and _ORDINAL_QUARTER.search(named.text):
                # "its fiscal fourth quarter, which ended July 28": the quarter as named
                return V.quarter_value(int(named.value[:4]) - 1, int(named.value[-1]))
            end = t.interval[1]
            months = 3 if through["q"] else {"three": 3, "six": 6}.get(through["n"] or "", 0)
            if months == 3 and through["q"] or months and end.month % months == 0:
                return V.quarter_value(end.year - 1, end.month // 3) if months == 3 else \
                    f"{end.year - 1:04d}-H{end.month // 6}"
            return f"{end.year - 1:04d}"
    return None


def _span_start(g: Groups, c: Context) -> int | None:
    """Where "over the past three years" starts once "over" is dropped: the span's first word."""
    return c.group_start("the") if g.get("the") else c.group_start("rel") if g.get(
        "rel") else c.group_start("num")


def norm_fraction(g: Groups, c: Context) -> Norm | None:
    """"half an hour" (PT30M), "a quarter of an hour" (PT15M), "half a year" (P6M)."""
    unit = c.lex.units.get(_lower(g.get("unit")))
    if unit is None:
        return None
    frac = _lower(g.get("frac"))  # the grammar's four forms: half, quarter, three-quarters
    share = 0.75 if frac.startswith("three") else 0.25 if "quarter" in frac else 0.5
    return Norm("DURATION", duration_value(share, unit), _duration_mod(g, c), "none")


# a bare unit coordinated with one before it: "for weeks or months", "months to years"
_UNIT_OR_BEFORE = re.compile(r"(?<!recent )(?<!coming )(?<!past )\b(?:minutes|hours|days|weeks|months|"
                             r"years|decades)(?:(?:\s+(?:or|and)|,)\s+(?:perhaps|possibly|maybe|even|probably|"
                             r"potentially)|\s+(?:or|and|to|rather\s+than)|,\s+(?:if\s+)?not|\s+of\s+[a-z]+,\s+not)\s+$",
                             re.I)  # ("months rather than weeks", "weeks of calm, not hours")
# "it will be months before ...", "it could be years, not months": a wait
_SCHEDULE_SLIP_AFTER = re.compile(r"\s+(?:behind|ahead\s+of)\s+schedule\b")  # "weeks behind schedule"
_BE_BEFORE = re.compile(r"\b(?:be|been)\s+$", re.I)
_WAIT_AFTER = re.compile(r"\s*(?:,|before\b|until\b|till\b|or\b|away\b|[.\"”])")  # ("it may be months.")


_QUOTED = re.compile(r"[\"“][a-z]+(?:[\"”]|,\s)")


def _bare_unit_fits(c: Context, unit: str) -> bool:
    """A bare plural unit ("years") is a length only where the words around make it one:
    "for years", "hours before the attack", "weeks or months", "weeks, possibly months", "it
    will be months before", "months of secret talks" (not "days of the week", a meeting's
    "minutes of", nor "three quarters of voters")."""
    return bool(_BARE_UNIT_CONTEXT.search(c.before()) or _UNIT_OR_BEFORE.search(c.before(24))
                or _BE_BEFORE.search(c.before(8)) and _WAIT_AFTER.match(c.text, c.end)
                or _SHIFT_AFTER.match(c.text, c.end) or _SCHEDULE_SLIP_AFTER.match(c.text, c.end)
                or _OF_SPELL_AFTER.match(c.text, c.end) and c.text[c.start:c.end].endswith("s")
                and unit not in ("MIN", "S", "Q")
                or _QUOTED.match(c.text, c.start - 1, c.end + 2) is not None and unit not in ("MIN", "S", "Q"))
    # ('the army was "weeks" away', '"weeks, not days"': a length quoted)


def norm_duration_bare(g: Groups, c: Context) -> Norm | None:
    unit = c.lex.units.get(_lower(g.get("unit")))
    if unit is None:
        return None
    rel = _lower(g.get("rel"))
    if _verb_not_time(rel, g, c):
        return None
    if unit == "H" and (_OPENING_BEFORE.search(c.before(24)) or not rel and not g.get("the") and
                        c.low.endswith("after ", 0, c.start) and not _OF_AFTER.match(c.text, c.end)):
        return None  # "voted to extend the hours at polling places": opening hours; "shares
        # rose after hours": trading after the close (not "after hours of talks")
    if unit == "Y" and _YEAR_NUMBER_AFTER.match(c.text, c.end):
        return None  # "The years 1998 and 2010 were the warmest": the years are named
    if unit == "H" and _EARLY_HOURS_BEFORE.search(c.before(12)) and _OF_AFTER.match(c.text, c.end):
        return None  # "in the early hours of Sunday": a part of the day, which TimeBank
        # leaves to the day's own expression
    if rel == "last" and not g.get("the") and _MODAL_JUST_BEFORE.search(c.before(16)):
        # "the fighting could last months": the verb, and a length after it
        return Norm("DURATION", duration_value(None, unit), None, "none", start=c.group_start("unit"))
    if unit == "MIN" and not rel and _RECORD_AFTER.match(c.text, c.end):
        return None  # "The minutes, released Wednesday, showed": a meeting's record
    if not rel and not g.get("the") and not g.get("mod") and _KIND_OF_DAY_AFTER.match(c.text, c.end):
        return None  # "a delay schedule for days when roads are icy": a kind of day
    if g.get("ago"):
        return Norm("DATE", "PAST_REF", None, "none")
    if g.get("ahead") and g.get("the") and not rel:  # "in the weeks ahead"
        return Norm("DURATION", duration_value(None, unit), None, "none")
    start = None
    if g.get("the") and not rel:
        start = c.group_start("unit")
    elif _lower(g.get("mod")) == "over" and g.get("the"):
        start = c.group_start("the")
    elif _lower(g.get("mod")) == "over" and not rel:
        start = c.group_start("unit")  # "abuse over decades": during, not more than
    if not rel and not g.get("the") and not g.get("mod") and not _bare_unit_fits(c, unit):
        return None
    mod = None if start is not None else _duration_mod(g, c)
    if rel in ("recent", "past") and unit == "Y" and not g.get("the") and not mod:
        return Norm("DATE", "PAST_REF", None, "none")  # "in recent years": a vague past
    return Norm("DURATION", duration_value(None, unit), mod, "none", start=start)


def norm_unit_long(g: Groups, c: Context) -> Norm | None:
    """"a decade-long war", "a year long", "an hourlong meeting": one unit."""
    unit = c.lex.units.get(_lower(g.get("unit")) or _lower(g.get("unit2")).removesuffix("long"))
    if unit is None:
        return None
    return Norm("DURATION", duration_value(1, unit), None, "none")


_CAP_WORD_BEFORE = re.compile(r"\b[A-Z][\w'’-]*[ \t]+$")
_CAP_WORD_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")


_PAPER_NAME_BEFORE = re.compile(r"\b(?:in|by|from|told|to|of)\s+the\s+(?:[A-Z][\w'’-]*\s+){1,3}$")


def norm_set(g: Groups, c: Context) -> Norm | None:
    lex = c.lex
    if g.get("w"):
        word = _lower(g["w"])
        if word == "quarterly" and _NOUN_AFTER.match(c.text, c.end) or word in (
                "daily", "weekly", "monthly") and _USERS_AFTER.match(c.text, c.end):
            return None  # "the quarterly dividend": no time of its own; "daily active users":
            # a count's name
        if (g["w"] or " ")[0].isupper() and (_CAP_WORD_BEFORE.search(
                c.text, max(0, c.start - 30), c.start) or _CAP_WORD_AFTER.match(c.text, c.end)):
            return None  # "Mexico News Daily", "the Daily Mail": a name
        value = lex.sets.get(word)
        if word in ("daily", "weekly") and c.group_start("w") == c.start and _PAPER_NAME_BEFORE.search(
                c.text, max(0, c.start - 40), c.start) \
                and not _CAP_WORD_AFTER.match(c.text, c.end):
            return None  # "in the Maariv daily": a newspaper (TimeBank keeps "the Communist
            # Party daily Granma" a SET)
        if word.endswith("s") and c.low.startswith(" of ", c.end):
            return None  # "one of the busiest weekends of the year": some weekends, no habit
        if value and _SPEED_BEFORE.search(c.before(16)):
            return None  # "200 kilometres per hour" is a speed
        return Norm("SET", value, None, "none") if value else None
    if g.get("other"):  # "every other day": every second one; "every fifth day"
        other = lex.units.get(_lower(g["other"]))
        step = lex.ordinals.get(_lower(g.get("ord")), 2)
        return Norm("SET", duration_value(step, other), None, "none") if other else None
    if g.get("wd"):
        wd = _weekday(g["wd"], lex)
        return Norm("SET", f"XXXX-WXX-{wd}", None, "none") if wd else None
    if g.get("nth"):  # "the first and third Monday of each month": monthly
        return Norm("SET", "P1M", None, "none")
    if g.get("season"):  # "every spring"
        code = lex.seasons.get(_lower(g["season"]))
        return Norm("SET", f"XXXX-{code}", None, "none") if code else None
    if g.get("hol"):  # "every Christmas": that day of each year
        code = lex.holidays.get(re.sub(r"\s+", " ", _lower(g["hol"])), "")
        if not _cap(g["hol"]):
            return None
        return Norm("SET", f"XXXX-{code}" if re.fullmatch(r"\d\d-\d\d", code) else "P1Y", None, "none")
    if g.get("mon"):
        mon = _month(g["mon"], lex)
        day = re.sub(r"\D", "", g.get("mday") or "")  # "every Jan. 22": that day each year
        return Norm("SET", f"XXXX-{mon:02d}" + (f"-{int(day):02d}" if day else ""), None,
                    "none") if mon and _cap(g["mon"]) else None
    unit = lex.units.get(_lower(g.get("unit") or g.get("unit2")))
    if unit is None:
        return None
    if c.low.endswith(("worth ", "enjoyed ", "enjoy ", "loved ", "savoured ", "savored "), 0, c.start):
        return None  # "It's worth every minute", "enjoyed every second": praise, no habit
    n = parse_number(g.get("num") or "1", lex)
    return Norm("SET", duration_value(n, unit), None, "none")


_ORDINAL_NOUN_AFTER = re.compile(r"\s+(?:straight|consecutive|successive|time|day|week|month|quarter|year|"
                                 r"anniversary|round|season|game|place|birthday)\b")
_COUNT_AFTER = re.compile(r"\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                          r"several|few)\s+[a-z]", re.I)


_FUTURE_WHO_AFTER = re.compile(r"\s+(?:king|queen|prince|princess|president|prime|leader|wife|husband|"
                               r"bride|heir|site|home|headquarters|owner|champion|chancellor|pope|"
                               r"emperor|monarch|ruler|monarchs|kings|leaders|generations?)\b")


def norm_ref(g: Groups, c: Context) -> Norm | None:
    word = _lower(g.get("w"))
    value = c.lex.refs.get(word)
    if value is None:
        return None
    if word == "current" and re.match(r"\s+(?:account|accounts|affairs|dollars|events|"
                                      r"flow|flows|prices|delivery|deliveries|assets|"
                                      r"liabilities)\b", c.after(), re.I):
        return None
    if word == "future" and not g.get("unit") and not re.match(r"\s+\w", c.after()):
        return None
    if word == "the past" and _COUNT_AFTER.match(c.text, c.end):
        return None  # "six of the past eight sessions": a count of things, no time
    if word == "recently" and c.low.startswith(" as ", c.end) and c.low.endswith("as ", 0, c.start):
        return None  # "as recently as Tuesday": the date that follows is the time
    if word == "the future" and _OF_AFTER.match(c.text, c.end):
        return None  # "the future of the plant": its fate, no time (as the dev set has it)
    if word == "the future" and _FUTURE_WHO_AFTER.match(c.low, c.end):
        return None  # "the birth of the future king": an adjective of what will be
    end = None
    if g.get("unit") and word not in ("future", "recent"):
        end = c.end - len(c.text[c.start : c.end]) + len(g.get("w") or "")
    return Norm("DATE", value, None, "none", end=end)
