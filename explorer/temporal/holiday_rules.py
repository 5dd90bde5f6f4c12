"""Normalisers of holidays: fixed and movable feasts, Easter's, days counted from a
weekday of a month ("Thanksgiving", "Black Friday"), and festivals of lunar and lunisolar
calendars dated from a table ("Diwali", "Eid al-Adha", "Passover")."""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, timedelta

from dateutil.easter import EASTER_ORTHODOX, easter

from explorer.temporal.calendar_rules import (
    _BOUND_WORD_BEFORE,
    _WEEKEND_AFTER,
    _deadline_ahead,
    _with_weekend,
)
from explorer.temporal.context import Context, Groups, Norm, _cap, _lower
from explorer.temporal.lexicon import load_festivals

_LUNAR_BEFORE = re.compile(r"\b(?:chinese|lunar|vietnamese|korean|jewish|persian|islamic|hijri|"
                           r"tibetan|thai|sinhala|tamil)\s+$", re.I)
# "the Eid al-Fitr holiday in June 2018": a festival's year told after it
_FESTIVAL_YEAR_AFTER = re.compile(r"(?:\s+(?:holidays?|festival|festivities|celebrations?|"
                                  r"break|weekend))?\s+(?:of|in)\s+(?:[A-Z][a-z]+\.?\s+)?"
                                  r"((?:1[5-9]|20)\d\d)(?![\d%-]|[,.]\d)")
# A day, then "and" or "or": the span from a day's start to a holiday coordinated with it.
_AND_AFTER_DAY = re.compile(r"[^,;:!?()]{2,30}?\s(?:and|or|&)\s+")
# The United States named: a story that names them more often than Canada is American.
_US_NAMED = re.compile(r"\bu\.s\.|\bunited states\b|\bamerica|\(ap\)|\bnew york\b|\bwashington\b|\bchicago\b|\b\d+ states\b")
# "Christmas morning": a part of the holiday, a TIME
_PART_OF_DAY_AFTER = re.compile(r"[ \t]+(morning|afternoon|evening|night)\b", re.I)
# a holiday's break: "the Christmas recess", "the Easter holidays"
_BREAK_AFTER = re.compile(r"\s+(?:recess|break|holidays?|shutdown|period|season)\b", re.I)
# "on the eve of Diwali": the day before it, and part of the expression
_EVE_OF_BEFORE = re.compile(r"\b(?:the\s+)?eve\s+of\s+$", re.I)
# "arrived just before Halloween", told the day before it: this year's, whatever the tense
_JUST_BEFORE = re.compile(r"\b(?:before|ahead\s+of|in\s+the\s+run-up\s+to)\s+$", re.I)
# "raiding the pockets of working families weeks before Christmas", told on Dec. 5: how
# near the holiday is, so the coming one
_DAYS_BEFORE = re.compile(r"\b(?:days|weeks)\s+(?:before|ahead\s+of)\s+$", re.I)


def norm_holiday(g: Groups, c: Context) -> Norm | None:
    norm = _norm_holiday(g, c)
    if norm is None or len(norm.value) != 10:
        return norm
    if norm.anchor != "explicit" and (given := _day_given_after(g, c)) is not None:
        norm.value = given.isoformat()  # "Thanksgiving fell on Nov. 28", "the Lunar New Year
        # holiday, which begins on Jan. 22,": the one that falls on the day the text gives
    if _WEEKEND_AFTER.match(c.text, c.end):
        return _with_weekend(norm, c)
    part = _PART_OF_DAY_AFTER.match(c.text, c.end)
    if part is not None:  # "Christmas morning", "Thanksgiving evening": a TIME of that day
        code = c.lex.day_parts[part.group(1).lower()]
        return Norm("TIME", f"{norm.value}T{code}", None, norm.anchor, end=part.end(), start=norm.start)
    eve = _EVE_OF_BEFORE.search(c.before(14))
    if eve is None:
        return norm
    return Norm("DATE", (date.fromisoformat(norm.value) - timedelta(days=1)).isoformat(), None,
                norm.anchor, start=c.start - len(eve.group()))


def _norm_holiday(g: Groups, c: Context) -> Norm | None:
    name = _lower(g.get("hol"))
    code = c.lex.holidays.get(name)
    if name == "new year" and not g.get("rel") and not _cap(g.get("hol")) and \
            c.low.endswith("the ", 0, c.start):
        return _the_new_year(g, c)
    if code is None or not _cap(g.get("hol")) or c.text.endswith(("World ", "& "), 0, c.start):
        return None  # ("World Youth Day": an event of its own; "Challenger, Gray & Christmas": a firm)
    region = c.lex.holiday_regions.get(name)
    if region is not None and region[0] in c.low and c.low.count(region[0]) > len(
            _US_NAMED.findall(c.low)):  # "Thanksgiving" in a Canadian story (not "stores in
        code = region[1]  # the U.S. and Canada" in an American one)
    if code == "01-01" and _LUNAR_BEFORE.search(c.before(12)):
        return None  # "the Persian New Year": another calendar's, of no table here
    if code.startswith("LU:"):
        return _norm_festival(g, c, code[3:])
    dct = c.dct
    year_text = g.get("year")
    rel = _lower(g.get("rel"))
    named = None if year_text or rel else c.year_in_sentence()  # "10 April 1998, Good Friday"
    if year_text or named:
        year = int(year_text or named or 0)
    elif dct is None:
        return Norm("DATE", "XXXX-" + code if code[3:].isdigit() and code[2] == "-" else
                    "XXXX-XX-XX", None, "relative")
    else:
        year = dct.year + (-1 if rel == "last" else 1 if rel in ("next", "the coming") else 0)
        this_year = _holiday_on(dct.year, code) if rel in ("last", "next", "the coming") else None
        if rel == "last" and this_year is not None and this_year < dct or \
                rel in ("next", "the coming") and this_year is not None and this_year > dct:
            year = dct.year  # "last New Year's" said in October: this year's, the last one
    d = _holiday_on(year, code)
    prev = c.last_day
    if dct and not year_text and not rel and not named and prev is not None and \
            c.start - prev[1] <= 40 and _AND_AFTER_DAY.fullmatch(c.low, prev[1], c.start):
        # a holiday named with a day before it follows that day: "Christmas and New Year's
        # Day", "to mark Good Friday and Easter Monday"
        after = date.fromisoformat(prev[0])
        if d < after:
            d = _holiday_on(after.year + 1, code)
        elif (d - after).days > 366:
            d = _holiday_on(after.year, code)
        return Norm("DATE", d.isoformat(), None, "relative")
    if dct and not year_text and not rel and not named:
        tense = c.tense()
        if tense is False and c.perfect_ahead():
            tense = None  # "has declared Good Friday a public holiday"
        # a deadline looks ahead ("said he wanted the country opened up by Easter")
        deadline = _deadline_ahead(c, tense)
        past = tense is False and not deadline and not _BOUND_WORD_BEFORE.search(c.before(16)) and \
            not (_JUST_BEFORE.search(c.before(16)) and 0 <= (d - dct).days <= 14) and \
            not (_DAYS_BEFORE.search(c.before(20)) and 0 <= (d - dct).days <= 31)
        # ("The storm arrived just before Halloween", told the day before it)
        # with no tense at all a holiday of the next two months is the coming one
        # ("Christmas is coming", said in November)
        last_year = _holiday_on(dct.year - 1, code)
        if dct - timedelta(days=14) <= last_year < dct and _BREAK_AFTER.match(c.text, c.end):
            # "will be recalled from the Christmas recess", told on Jan. 5: the break under way
            return Norm("DATE", last_year.isoformat(), None, "relative")
        soon = timedelta(days=7 if past else 60)
        if d > dct + soon and tense is not True and not deadline or d > dct and past:
            return _norm_holiday({**g, "rel": "last"}, c)  # "it met on Christmas Day" (not
            # "maybe by Christmas", said in October)
        if d < dct - timedelta(days=7) and (tense is True or deadline):
            # "returns on New Year's Day"; "want the work finished by Easter"
            return _norm_holiday({**g, "rel": "next"}, c)
    return Norm("DATE", d.isoformat(), None, "explicit" if year_text else "relative")


# the day a holiday falls on, told right after it
_DAY_GIVEN_AFTER = re.compile(r"(?:\s+(?:holidays?|festival))?,?\s+(?:which\s+|that\s+)?(?:begins|starts|"
                              r"falls|fell|began|started|will\s+(?:fall|begin|start)|is|was)\s+"
                              r"(?:(?:so\s+)?(?:late|early),?\s+)?(?:on\s+)?(?:[A-Z][a-z]+day,?\s+)?(?P<m>[A-Z][a-z]{2,8})\.?\s+(?P<d>\d{1,2})\b")


def _day_given_after(g: Groups, c: Context) -> date | None:
    """The holiday's day in the year around the DCT (a year either side) when the text
    gives its month and day (or a day either side) right after it."""
    given = _DAY_GIVEN_AFTER.match(c.text, c.end)
    code = c.lex.holidays.get(_lower(g.get("hol")))
    month = c.lex.months.get(given["m"].lower()) if given else None
    if given is None or code is None or month is None or c.dct is None:
        return None
    for year in (c.dct.year, c.dct.year - 1, c.dct.year + 1):
        days = load_festivals().on(code[3:], year) if code.startswith("LU:") else [_holiday_on(year, code)]
        for d in days:
            if d.month == month and abs(d.day - int(given["d"])) <= 1:
                return d  # (a day out: a festival's eve, or one that begins at sundown)
    return None


def _the_new_year(g: Groups, c: Context) -> Norm:
    """"the new year" (lower case): the year just begun, or, from April on and not told in
    the past, the one to come ("before the new year", said in June)."""
    start = c.start - 4
    if year := g.get("year"):
        return Norm("DATE", f"{int(year):04d}", None, start=start)
    if c.dct is None:
        return Norm("DATE", "XXXX", None, "relative", start=start)
    ahead = c.dct.month >= 4 and c.tense() is not False
    return Norm("DATE", f"{c.dct.year + (1 if ahead else 0):04d}", None, "relative", start=start)


def _norm_festival(g: Groups, c: Context, key: str) -> Norm | None:
    """A festival of a lunar or lunisolar calendar ("Diwali", "Eid al-Adha", "Passover"),
    dated from its table: the one of a year given, else the one the tense points to among
    those around the DCT (the last one told in the past, the coming one ahead)."""
    fest = load_festivals()
    if key in fest.name_prone and _in_a_person_name(c):
        return None  # "Tariq Ramadan"
    dct = c.dct
    year_text = g.get("year")
    rel = _lower(g.get("rel"))
    named = None if year_text or rel else c.year_in_sentence()
    if not year_text and not rel and (after := _FESTIVAL_YEAR_AFTER.match(c.text, c.end)):
        named = int(after.group(1))
    if year_text or named:
        year = int(year_text or named or 0)
        days = fest.on(key, year)
        if not days:
            return Norm("DATE", f"{year:04d}", None, "explicit" if year_text else "relative")
        near = dct if dct is not None and dct.year == year else days[0]
        day = min(days, key=lambda d: abs((d - near).days))
    elif dct is None:
        return Norm("DATE", "XXXX-XX-XX", None, "relative")
    else:
        days = [d for y in (dct.year - 1, dct.year, dct.year + 1) for d in fest.on(key, y)]
        if not days:
            return None
        ahead: bool | None = None
        lasting = key in fest.month_long
        if lasting and not rel and any(d <= dct <= d + timedelta(days=29) for d in days):
            # told while it lasts: "Ramadan will complete 30 days", said in it
            days = [d for d in days if d <= dct]
        elif rel in ("last", "this past"):
            ahead = False
        elif rel in ("next", "the coming"):
            ahead = True
        else:
            ahead = c.tense()
            if ahead is False and (c.perfect_ahead() or _BOUND_WORD_BEFORE.search(c.before(16))):
                ahead = None
        past = [d for d in days if d <= dct + timedelta(days=0 if rel else 7)]
        coming = [d for d in days if d >= dct - timedelta(days=0 if rel else 7)]
        if ahead is None:  # no tense: the coming one within two months, else the last one
            ahead = bool(coming) and (coming[0] - dct).days <= 60 or not past
        pick = coming[:1] if ahead else past[-1:]
        if not pick:
            return None
        day = pick[0]
    kind = "explicit" if year_text else "relative"
    if key in fest.month_long:  # "during Ramadan": the month holding most of it
        return Norm("DATE", (day + timedelta(days=14)).isoformat()[:7], None, kind)
    return Norm("DATE", day.isoformat(), None, kind)


# A capitalised word next to a festival that can also be a name, and no word of the
# sentence's own: "Tariq Ramadan", "Ramadan Abdullah" (but "During Ramadan Muslims fast").
_NOT_NAME_WORDS = (
    r"(?!(?:Muslims?|Hindus?|Islamic|Holy|Happy|Sikhs?|Jewish|Jews|Christians?|During|Before|"
    r"After|Since|Until|Till|Through|Ahead|On|In|For|By|At|Of|From|Like|As|And|But|Or|The|This|"
    r"Last|Next|Every|Each|When|While|If|Once|Then|Now|Otherwise|Also|Amid|Despite|Throughout|"
    r"Around|Over|With|Without|Across|Celebrating|Marking|Observing)\b)")
_NAME_WORD_BEFORE = re.compile(rf"(?<![\w'’.-]){_NOT_NAME_WORDS}[A-Z][a-z]+\.?[ \t]+$")
_NAME_WORD_AFTER = re.compile(rf"[ \t]+{_NOT_NAME_WORDS}[A-Z][a-z]")


def _in_a_person_name(c: Context) -> bool:
    """A capitalised word runs into the festival's name from either side."""
    return bool(_NAME_WORD_AFTER.match(c.text, c.end)
                or _NAME_WORD_BEFORE.search(c.text, max(0, c.start - 30), c.start))


def _holiday_on(year: int, code: str) -> date:
    if code.startswith("EA"):  # Easter and the days counted from it
        return easter(year) + timedelta(days=int(code[2:]))
    if code.startswith("EO"):  # Orthodox Easter and the days counted from it
        return easter(year, EASTER_ORTHODOX) + timedelta(days=int(code[2:]))
    return _fixed_holiday(year, code)


def _fixed_holiday(year: int, code: str) -> date:
    """The day of a holiday coded "MM-DD", "MM-EL" (the US election day), "MM-WDn" (the
    nth weekday WD, "TH4" the fourth Thursday) or "MM-WDL" (the last one) in YEAR, each
    perhaps followed by "+N" days ("11-TH4+1", Black Friday)."""
    if "+" in code:
        code, days = code.split("+")
        return _fixed_holiday(year, code) + timedelta(days=int(days))
    month = int(code[:2])
    rest = code[3:]
    if rest.isdigit():
        return date(year, month, int(rest))
    if rest == "EL":  # first Tuesday after the first Monday
        first = date(year, month, 2)
        return first + timedelta(days=(1 - first.weekday()) % 7)
    weekday = _WEEKDAY_CODES.index(rest[:2])
    if rest[2:] == "L":
        last = date(year, month, monthrange(year, month)[1])
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (int(rest[2:]) - 1))


_WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


