"""Coordinated and anchored dates: what one member of "between May and July 2020" or "21
and 22 March" borrows from the other, and "the day before last Tuesday" or "the week of
March 6", which take their value from the date that follows.

The grammar tags one expression at a time, so in a coordination the member that is written
short ("May", the bare day "21") lacks what the text gives only once (the year, the month).
This pass runs over the tagged expressions once, in text order: a relative month or day
followed by an explicit dated expression through "and", "to", "-", "through"... takes that
year; a bare day number next to a tagged day takes its month (and year).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from explorer.temporal import values as V
from explorer.temporal.timex import Timex

_LINK = re.compile(r"\s*(?:and|to|or|through|thru|until|till|-|–|—|&)\s*(?:the\s+)?$", re.I)
_RANGE_LINK = re.compile(r"\s*(?:to|through|thru|until|till|-|–|—)\s*", re.I)
_LINK_AFTER = re.compile(r"\s*(?:and|to|or|through|-|–|—|&)\s*", re.I)
_DAY_BEFORE = re.compile(
    r"(?<![\w.,$/-])(?P<day>(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?)\s*"
    r"(?:and|to|or|through|-|–|—|&)\s*(?:the\s+)?$", re.I)
_DAY_AFTER = re.compile(r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\w%.,:/-]\d|[\w%])")
# The members of a list of days written with commas: "21, " of "21, 23 and 25 June", ", 23"
# of "June 21, 23 and 25".
_LISTED_DAY_BEFORE = re.compile(r"(?<![\w.,$/-])(?P<day>(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?),\s*$")
_LISTED_DAY_AFTER = re.compile(
    r",\s*(?P<day>(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?)(?![\w%.:/-]\d|[\w%])(?=,?\s*(?:,|and|or|&)\s)")
# A bare day after "March 21 and" counts only when nothing makes it a quantity ("22 people").
_AFTER_DAY_OK = re.compile(
    r"(?:\s*(?:[,;:.)!?]|$)|\s+(?:in|at|on|when|with|and|the|to|for|was|were|is|are|had|has|"
    r"have|will|would|this|last|next|of|that|before|after|but|as|from|by|during)\b)", re.I)
_CAPITAL_AFTER = re.compile(r"\s+[A-Z]")
_YEAR_IN = re.compile(r"(?<!\d)(?:1[5-9]|2[01])\d\d(?!\d)")
_YEAR_AFTER = re.compile(r",?\s*((?:1[5-9]|2[01])\d\d)(?![\d%])")
_SHORT_YEAR = re.compile(r"[-–/](\d\d)(?![\d%])")
_DAY_VALUE = re.compile(r"^(\d{4})-(\d\d)-(\d\d)$")
_MONTH_VALUE = re.compile(r"^(\d{4})-(\d\d)$")
# An expression that names a day or week relative to the date right after it.
_ANCHORED = re.compile(r"(?P<edge>(?:early|late)\s+)?(?:the\s+)?(?:(?P<unit>day|week|weekend)\s+"
                       r"(?P<dir>before|after)|(?P<week>week(?P<end>end)?))$", re.I)
_MAX_GAP = 11  # the longest of the gaps below that may join two expressions (" beginning ")
_EVENT_AFTER = re.compile(r"[ \t]+(?:the|a|an|his|her|its|their|[a-z]+ing|[a-z]+s?\s+[a-z]+ed)\b")
_APPOSED = re.compile(r",\s*")
_EDGE_THEN_WEEKDAY = re.compile(r"(?:(?:early|late|mid)[\s-]+)?[A-Za-z]+day", re.I)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.I)
_CLOCK_ON_GAP = re.compile(r",?\s+on\s+", re.I)
_MONTH_YEAR_GAP = re.compile(r",?\s+(?:of\s+)?", re.I)
_SPELT_YEAR = re.compile(r"(?:fifteen|sixteen|seventeen|eighteen|nineteen|twenty|two\s+thousand)\b", re.I)
_ANCHOR_GAP = {"before": re.compile(r"\s+"),
               "week": re.compile(r"\s+(?:of|ending|ended|to|beginning|starting)\s+", re.I)}


def link_ranges(text: str, found: list[Timex]) -> list[Timex]:
    """FOUND (sorted, non-overlapping) with neighbours joined ("the day before last
    Tuesday", "six days a week"), clock times dated by the day after them ("noon on New
    Year's Day"), coordinated members completed ("May and July 2020", "Monday and Tuesday
    nights", "July through September") and bare numbers added ("21 and 22 March", "March 21
    and 22"); "1991-92" is one expression."""
    if len(found) == 0:
        return found
    found = _join_anchored(text, found)
    _date_clocks_by_day_after(text, found)
    _date_clocks_by_day_before(text, found)
    out: list[Timex] = []
    for i, tx in enumerate(found):
        prev_end = out[-1].end if out else 0
        if tx.text[:1].isdigit():  # (a quick test first: few expressions open with a digit)
            out.extend(_bare_days_before(text, tx, prev_end))
        if i + 1 < len(found) and tx.type == "SET":
            found[i + 1] = _clock_of_set(text, tx, found[i + 1])
        if i + 1 < len(found):
            tx = _borrow_year(text, tx, found[i + 1])
            tx = _share_set(text, tx, found[i + 1])
            found[i + 1] = _same_run(text, tx, found[i + 1])
        nxt = found[i + 1].start if i + 1 < len(found) else len(text)
        tx = _with_short_year(text, tx, nxt)
        out.append(tx)
        days = _bare_days_after(text, tx, nxt) if tx.text[-1:].isdigit() else None
        if days:
            year = _YEAR_AFTER.match(text, days[-1].end, nxt)
            if year is not None and tx.anchor == "relative":  # "March 21 and 22, 2019"
                y = year.group(1)
                out[-1] = _with_value(tx, y + tx.value[4:], "explicit")
                days = [_with_value(day, y + day.value[4:], "explicit") for day in days]
                days[-1] = replace(days[-1], end=year.end(), text=text[days[-1].start : year.end()])
            out.extend(days)
    if any(tx.type == "TIME" and " on " in tx.text for tx in out):
        return [part for tx in out for part in _split_on(tx)]
    return out


# "4 a.m. on Jan. 9": resolved as one, the clock time's day given by the date, but two
# expressions, since TimeML leaves "on" out of both ("9 a.m. Tuesday" stays one)
_PART_OF_DAY_END = re.compile(r"\s(morning|afternoon|evening|night)$", re.I)
_ON_DAY_INSIDE = re.compile(r",?\s+on\s+(?=[A-Z0-9]|(?:today|tomorrow|yesterday|tonight)\b)")


def _split_on(tx: Timex) -> tuple[Timex, ...]:
    m = _ON_DAY_INSIDE.search(tx.text) if tx.type == "TIME" and " on " in tx.text else None
    day = _DAY_VALUE.match(tx.value[:10]) if m is not None else None
    if m is None or day is None:
        return (tx,)
    d = date.fromisoformat(tx.value[:10])
    clock = replace(tx, end=tx.start + m.start(), text=tx.text[: m.start()])
    part = _PART_OF_DAY_END.search(tx.text, m.end())  # "8am on Tuesday morning"
    return clock, Timex(start=tx.start + m.end(), end=tx.end, text=tx.text[m.end():],
                        type="TIME" if part else "DATE",
                        value=tx.value[:10] + ("T" + V.PART_CODES[part.group(1).lower()] if part else ""),
                        granularity="time" if part else "day", interval=(d, d), anchor=tx.anchor)


_RELATIVE_WORD = re.compile(r"(?:last|next|this|the|that|coming|past)\b", re.I)
_DAY_WORD = re.compile(r"day\b|\b(?:tonight|tomorrow)\b", re.I)  # the clock time has its own day
_CLOCK_RANGE_GAP = re.compile(r"\s*(?:and|to|until|till|-|–)\s+(?:(?:end|ends|finish|finishes|"
                              r"close|closes|run|runs)\s+)?(?:at\s+)?", re.I)
# A day of the story told from the last one, which a clock time before it falls on
STORY_DAY_AFTER_CLOCK = (r"the\s+(?:next|following|previous|same)\s+day|that\s+day|"
                         r"the\s+day\s+(?:before|after)")
_STORY_DAY = re.compile(STORY_DAY_AFTER_CLOCK, re.I)
_CLOCK_VALUE = re.compile(r"\d{4}-\d\d-\d\dT(\d\d)(:\d\d)$")
_DEICTIC_PART = re.compile(r"(?:last|this|tomorrow|yesterday)\s+(?:morning|afternoon|evening|night)"
                           r"|tonight", re.I)
_HALF_OF_DAY = re.compile(r"[ap]\.?\s?m\b|noon|midnight", re.I)
_PART_OF_DAY_VALUE = re.compile(r"(\d{4}-\d\d-\d\d)T(?:MO|AF|EV|NI)$")
_BRACKET_ON = re.compile(r"\s*\([^()]{1,40}\)\s*(?:,?\s+on\s+|\s+)", re.I)
_INTO_BRACKET = re.compile(r"\s*\(\s*")
_OUT_OF_BRACKET_ON = re.compile(r"\s*\)\s*(?:,?\s+on\s+|\s+)", re.I)


def _date_clocks_by_day_before(text: str, found: list[Timex]) -> None:
    """"Sentencing was set for March 15 at 9 a.m.": the clock time is that day's, whatever
    the tense made of it alone."""
    for i in range(1, len(found)):
        day, tx = found[i - 1], found[i]
        if tx.type == "TIME" and _CLOCK_VALUE.match(tx.value) and day.type == "DATE" and \
                _DAY_VALUE.match(day.value) and tx.value[:10] != day.value and \
                _AT_GAP.fullmatch(text, day.end, tx.start):
            found[i] = _on_day(tx, day.value, day.anchor)


_AT_GAP = re.compile(r",?\s+at\s+(?:about\s+|around\s+|approximately\s+)?")


def _date_clocks_by_day_after(text: str, found: list[Timex]) -> None:
    """"at 1800 local time (1600 GMT) on Monday", "at 9 p.m. (1900 GMT) Wednesday": both clock
    times are that day's, not the narrative day's. Without the brackets the grammar joins
    time and day itself."""
    for i, tx in enumerate(found):
        if tx.type != "TIME" or "T" not in tx.value or i + 1 == len(found):
            continue
        members, day = [i], found[i + 1]
        if day.type == "SET" and day.value.startswith("XXXX-WXX-") and _CLOCK_ON_GAP.fullmatch(
                text, tx.end, day.start):
            # "from 10:30 a.m. to 5 p.m. on Mondays": the hours of every Monday, no one day
            found[i] = _on_day(tx, "XXXX-XX-XX", "none")
            if i and found[i - 1].type == "TIME" and "T" in found[i - 1].value and \
                    _CLOCK_RANGE_GAP.fullmatch(text, found[i - 1].end, tx.start):
                found[i - 1] = _on_day(found[i - 1], "XXXX-XX-XX", "none")
            continue
        if day.type == "TIME" and "T" in day.value and _WEEKDAY_AT_END.search(day.text) and \
                not _DAY_WORD.search(tx.text) and _CLOCK_RANGE_GAP.fullmatch(text, tx.end, day.start):
            # "from 8am to 1pm on Saturday", "at 8am and end at 1pm on Saturday"; not "from
            # 6 p.m. until noon Saturday", which cannot end on the day it starts
            if tx.value[tx.value.index("T"):] < day.value[day.value.index("T"):]:
                found[i] = _on_day(tx, day.value[:10], day.anchor)
            continue
        part = _PART_OF_DAY_VALUE.match(day.value) if day.type == "TIME" else None
        if part is not None and _APPOSED_DAY.fullmatch(text, tx.end, day.start):
            # "about 7 o'clock this morning": the clock time is that morning's
            found[i] = _on_day(tx, part.group(1), day.anchor)
            continue
        if day.type == "DATE" and _DAY_VALUE.match(day.value) and _STORY_DAY.fullmatch(
                day.text) and _APPOSED_DAY.fullmatch(text, tx.end, day.start):
            # "shortly after 2 a.m. the next day": that day's
            found[i] = _on_day(tx, day.value, day.anchor)
            continue
        if day.type == "DATE" and _DAY_VALUE.match(day.value) and _CLOCK_ON_GAP.fullmatch(
                text, tx.end, day.start):
            # "noon on New Year's Day": the clock time of that day, two expressions, since
            # TimeML leaves "on" out of both
            found[i] = _on_day(tx, day.value, day.anchor)
            continue
        if not _BRACKET_ON.fullmatch(text, tx.end, day.start):
            if i + 2 == len(found) or day.type != "TIME" or "T" not in day.value or \
                    not _INTO_BRACKET.fullmatch(text, tx.end, day.start) or \
                    not _OUT_OF_BRACKET_ON.fullmatch(text, day.end, found[i + 2].start):
                continue
            members, day = [i, i + 1], found[i + 2]
        if day.type != "DATE" or not _DAY_VALUE.match(day.value):
            continue
        for k in members:
            if _DAY_WORD.search(found[k].text):
                continue  # "(02:00 GMT on Sunday) on Saturday": the conversion has its own day
            found[k] = _on_day(found[k], _converted_day(found[members[0]], found[k], day.value),
                               day.anchor)


def _join_anchored(text: str, found: list[Timex]) -> list[Timex]:
    """"the day before" + "last Tuesday" → one expression, the Monday; "the week" + "of" +
    "March 6" → the week of March 6; "January" + "nineteen ninety-seven" → 1997-01. Without a day-precise date right after, both stay as
    they are (anchored on the narrative)."""
    out: list[Timex] = []
    found = list(found)
    i = 0
    while i < len(found):
        tx = found[i]
        joined = None
        if i + 1 < len(found) and found[i + 1].start - tx.end <= _MAX_GAP:
            joined = _anchored(text, tx, found[i + 1])
        if joined is not None and joined.type == "DURATION" and tx.type == "DURATION":
            found[i + 1] = joined  # a length may take a third unit: "1 hour 12 minutes 15 seconds"
            i += 1
            continue
        if joined is not None:
            out.append(joined)
            i += 2
            continue
        m = _ANCHORED.fullmatch(tx.text) if tx.text[-1:] in "erER" else None
        if not (m and m.group("dir") and _EVENT_AFTER.match(text, tx.end)):
            out.append(tx)  # else "the day after his death": anchored on an event, left out
        i += 1
    return out


def _anchored(text: str, tx: Timex, nxt: Timex) -> Timex | None:
    if tx.type == nxt.type == "DURATION" and (_AND_GAP.fullmatch(text, tx.end, nxt.start) or (
            _BARE_GAP.fullmatch(text, tx.end, nxt.start) and (
                tx.text[:1].isdigit() or nxt.text[:1].isdigit() and "T" in tx.value))):
        # "1 hour 28 minutes", "four hours 50 minutes", and a third unit after: "2 hours, 7
        # minutes and 43 seconds"
        total = _sum_of(tx.value, nxt.value)
        if total is not None:  # "two hours and ten minutes", "1 hour 28 minutes": one length
            return _with_value(replace(tx, end=nxt.end, text=text[tx.start : nxt.end]),
                               total, tx.anchor)
    if tx.type == "DURATION" and nxt.type in ("SET", "DURATION") and text[tx.end : nxt.start] == " " \
            and nxt.text.lower().startswith(("a ", "an ", "per ")) and tx.text[:1].isalnum() \
            and not tx.text.lower().startswith(("a ", "an ", "the ")):
        # "six days a week", "two or three days a week": how often, one set (the count is
        # TimeML's freq attribute)
        return replace(nxt, start=tx.start, text=text[tx.start : nxt.end], type="SET",
                       granularity=None, interval=None, anchor="none")
    if tx.value == nxt.value and tx.type == nxt.type == "DATE" and _DAY_VALUE.match(tx.value) \
            and _APPOSED.fullmatch(text, tx.end, nxt.start) and nxt.anchor != "narrative" \
            and not nxt.text.lower().endswith(("from today", "ago")):
        # "this coming Sunday, March eighth": one day named twice (not "on Tuesday, the
        # same day the opposition plans a march": the apposition is told from the story;
        # nor "Jan. 20, two weeks from today": a count from today, tagged on its own)
        return replace(tx, end=nxt.end, text=text[tx.start : nxt.end])
    part = _PART_OF_DAY_VALUE.match(nxt.value) if nxt.type == "TIME" else None
    clock = _CLOCK_VALUE.match(tx.value) if part is not None and tx.type == "TIME" else None
    if clock is not None and part is not None and text[tx.end : nxt.start] == " " and \
            _DEICTIC_PART.fullmatch(nxt.text):
        # "eight o'clock last night": one time, in the evening when the part says so
        hour = int(clock.group(1))
        if hour < 12 and nxt.value[-2:] in ("AF", "EV", "NI") and not _HALF_OF_DAY.search(tx.text):
            hour = hour + 12
        elif hour > 12 and nxt.value[-2:] == "MO" and not _HALF_OF_DAY.search(tx.text):
            hour = hour - 12  # "6:30 this morning", read as evening after a "7 p.m." before it
        return _with_value(replace(tx, end=nxt.end, text=text[tx.start : nxt.end]),
                           f"{part.group(1)}T{hour:02d}{clock.group(2)}", nxt.anchor)
    week = _WEEK_VALUE.match(nxt.value) if nxt.type == "DATE" else None
    named = _WEEKDAY_AT_END.search(tx.text) if tx.type == "DATE" and _EDGE_THEN_WEEKDAY.fullmatch(
        tx.text) else None  # "Wednesday", "early Thursday"
    if week is not None and named is not None and text[tx.end : nxt.start] == " " and \
            nxt.text.lower().endswith("week"):
        # "Wednesday last week": that weekday of that week
        in_week = date.fromisocalendar(int(week.group(1)), int(week.group(2)), _iso_weekday(named))
        return _with_value(replace(tx, end=nxt.end, text=text[tx.start : nxt.end]),
                           in_week.isoformat(), nxt.anchor)
    wd = _WEEKDAY_AT_END.search(tx.text) if tx.type == "TIME" and "T" in tx.value else None
    day = _DAY_VALUE.match(nxt.value) if wd is not None and nxt.type == "DATE" else None
    if wd is not None and day is not None and _APPOSED_DAY.fullmatch(text, tx.end, nxt.start) and \
            _as_date(day).isoweekday() == _iso_weekday(wd):
        # "at 10:00 GMT on Monday 14 January": the weekday is that date
        joined = replace(tx, end=nxt.end, text=text[tx.start : nxt.end])
        return _on_day(joined, nxt.value, nxt.anchor)
    if nxt.granularity == "year" and nxt.type == "DATE" and tx.anchor == "relative" and \
            (_MONTH_VALUE.match(tx.value) or _DAY_VALUE.match(tx.value) and _SPELT_YEAR.match(
                nxt.text)) and not nxt.text[:1].isdigit() and _MONTH_YEAR_GAP.fullmatch(
                text, tx.end, nxt.start):
        # "January nineteen ninety-seven", "July twentieth, nineteen sixty-nine": the year
        # spelt out (digits are in the grammar)
        joined = replace(tx, end=nxt.end, text=text[tx.start : nxt.end])
        return _with_value(joined, nxt.value + tx.value[4:], "explicit")
    if tx.text[-1:] not in "erkdERKD" or tx.type != "DATE" or nxt.type != "DATE":
        return None  # "the day before", "the day after", "the week", "the weekend"
    m = _ANCHORED.fullmatch(tx.text)
    day = _DAY_VALUE.match(nxt.value)
    if m is None or day is None or tx.type != "DATE" or nxt.type != "DATE":
        return None
    gap = _ANCHOR_GAP["week" if m.group("week") else "before"].fullmatch(text, tx.end, nxt.start)
    if gap is None:
        return None
    anchor = _as_date(day)
    if m.group("week"):  # the ISO week holding the day, whether it begins or ends it
        value = V.week_value(anchor) + ("-WE" if m.group("end") else "")
    else:
        value = _next_to(anchor, m.group("unit").lower(), -1 if m.group("dir").lower() == "before" else 1)
    start = tx.start + (m.end("edge") if m.group("edge") else 0)  # "open early the day after
    # Thanksgiving": the adverb is the verb's
    joined = replace(tx, start=start, end=nxt.end, text=text[start : nxt.end], mod=nxt.mod)
    return _with_value(joined, value, nxt.anchor)


def _next_to(anchor: date, unit: str, step: int) -> str:
    """The day, week or weekend just before (STEP -1) or after (+1) the day ANCHOR:
    "the day before Christmas", "the week after Easter", "the weekend before Christmas"."""
    if unit == "day":
        return (anchor + timedelta(days=step)).isoformat()
    if unit == "week":  # (a Sunday ends its ISO week: the week before Easter holds Good Friday)
        sunday_back = step < 0 and anchor.isoweekday() == 7
        return V.week_value(anchor + timedelta(days=step if sunday_back else 7 * step))
    # the Saturday of the whole weekend on that side: not the one the day itself is in
    day = anchor + timedelta(days=-2 if step < 0 else 1)
    while day.isoweekday() != 6:
        day += timedelta(days=step)
    return V.week_value(day) + "-WE"


# the weekday names less "day", Monday first
WEEKDAY_STEMS = ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")
# a weekday name ending a text (search) or making it up (fullmatch)
_WEEKDAY_AT_END = re.compile(rf"\b({'|'.join(WEEKDAY_STEMS)})day$", re.I)
_APPOSED_DAY = re.compile(r",?[ \t]+")


def _iso_weekday(m: re.Match[str]) -> int:
    """1 for the Monday that _WEEKDAY_AT_END matched, ... 7 for Sunday."""
    return WEEKDAY_STEMS.index(m.group(1).lower()) + 1


def _as_date(day: re.Match[str]) -> date:
    """The date of a _DAY_VALUE match."""
    return date(int(day.group(1)), int(day.group(2)), int(day.group(3)))


_WEEK_VALUE = re.compile(r"(\d{4})-W(\d\d)$")
_AND_GAP = re.compile(r",?\s+and\s+")
_BARE_GAP = re.compile(r",?[ \t]+")
_UNIT_ORDER = ("Y", "M", "D", "TH", "TM", "TS")
_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?)([YMDHS])")


def _parts_of(value: str) -> list[tuple[str, str]] | None:
    """"PT1H12M" → [("TH", "1"), ("TM", "12")]: the units of a known length, in order."""
    if not value.startswith("P") or "X" in value or "W" in value:
        return None
    date_part, _, time_part = value[1:].partition("T")
    parts = [(u, n) for n, u in _DURATION_PART.findall(date_part)] + \
        [("T" + u, n) for n, u in _DURATION_PART.findall(time_part)]
    return parts or None


def _sum_of(first: str, second: str) -> str | None:
    """"PT2H" and "PT10M" → "PT2H10M", "PT1H12M" and "PT15S" → "PT1H12M15S": lengths whose
    units all come after the first's, with a fraction only in the last ("1 minute 41.57
    seconds")."""
    a, b = _parts_of(first), _parts_of(second)
    if a is None or b is None or any("." in n for _, n in a) or any("." in n for _, n in b[:-1]):
        return None
    if _UNIT_ORDER.index(a[-1][0]) >= _UNIT_ORDER.index(b[0][0]):
        return None
    joined = a + b
    date_part = "".join(n + u for u, n in joined if not u.startswith("T"))
    time_part = "".join(n + u[1:] for u, n in joined if u.startswith("T"))
    return "P" + date_part + ("T" + time_part if time_part else "")


_WEEKDAY_SET = re.compile(r"^XXXX-WXX-[1-7](T\w+)?$")


def _share_set(text: str, first: Timex, second: Timex) -> Timex:
    """"on Monday and Tuesday nights": Monday is every Monday night too."""
    if second.type != "SET" or first.type != "DATE" or second.start - first.end > 6:
        return first
    m = _WEEKDAY_SET.match(second.value)
    day = _DAY_VALUE.match(first.value)
    if m is None or day is None or " " in first.text.strip() or \
            not re.fullmatch(r"\s+(?:and|or|&)\s+", text[first.end : second.start]):
        return first
    weekday = _as_date(day).isoweekday()
    return replace(first, type="SET", value=f"XXXX-WXX-{weekday}{m.group(1) or ''}",
                   granularity=None, interval=None, anchor="none")


def _clock_of_set(text: str, first: Timex, second: Timex) -> Timex:
    """"meets every Monday at 7 p.m.", "the second Wednesday of every month at 5 p.m.": the
    clock time of a set falls on no one day (but "every 15 minutes between 10am and 8pm on
    Sunday" runs within one)."""
    if second.type != "TIME" or not _CLOCK_VALUE.match(second.value) or first.value.startswith("PT") \
            or _SET_CLOCK_GAP.fullmatch(text, first.end, second.start) is None:
        return second
    return _with_value(second, "XXXX-XX-XX" + second.value[10:], "none")


_SET_CLOCK_GAP = re.compile(r",?\s+(?:at|from|between)\s+(?:about\s+|around\s+)?", re.I)


def _same_run(text: str, first: Timex, second: Timex) -> Timex:
    """"from July through September", both without a year: September is the first
    September after that July, whatever the tense made of it alone. So with weekdays:
    "from 6 a.m. on Monday until midnight on Wednesday"."""
    if second.anchor == "relative" and second.start - first.end <= 16 and (
            _RANGE_LINK.fullmatch(text, first.end, second.start) is not None
            or _AND_GAP.fullmatch(text, first.end, second.start) is not None
            and _BETWEEN_BEFORE.search(text, max(0, first.start - 9), first.start) is not None):
        day1, day2 = _DAY_VALUE.match(first.value[:10]), _DAY_VALUE.match(second.value[:10])
        wd1, wd2 = _WEEKDAY_AT_END.search(first.text), _WEEKDAY_AT_END.search(second.text)
        if day1 and day2 and wd1 and wd2 and first.value[:10] != second.value[:10]:
            # "between Thursday and Sunday", "from 6 a.m. on Monday until midnight on Wednesday"
            gap = (_iso_weekday(wd2) - _iso_weekday(wd1)) % 7 or 7
            later = (_as_date(day1) + timedelta(days=gap)).isoformat()
            return _with_value(second, later + second.value[10:], "relative")
        if day1 and day2 and not wd2 and first.type == second.type == "TIME" and \
                first.value[:10] == second.value[:10] and \
                _CLOCK_VALUE.match(first.value) and _CLOCK_VALUE.match(second.value) and \
                second.value[11:16] < first.value[11:16]:
            # "a curfew from 9pm to 6am": a range that ends at an earlier hour than it
            # starts ends the next morning
            later = (_as_date(day2) + timedelta(days=1)).isoformat()
            return _with_value(second, later + second.value[10:], "relative")
        if day1 and day2 and not (wd1 and wd2) and first.type == second.type == "DATE" and \
                len(first.value) == len(second.value) == 10:
            # "from Feb 7 to March 28", "between June 1 and Nov. 30": the first March 28
            # after Feb 7
            start = _as_date(day1)
            year = start.year + (1 if (int(day2.group(2)), int(day2.group(3))) < (
                start.month, start.day) else 0)
            return _with_value(second, f"{year:04d}{second.value[4:]}", "relative")
    if first.type != "DATE" or second.type != "DATE" or second.anchor != "relative" or \
            len(first.value) != 7 or len(second.value) != 7 or second.start - first.end > 16:
        return second
    m1, m2 = _MONTH_VALUE.match(first.value), _MONTH_VALUE.match(second.value)
    if m1 is None or m2 is None or not _LINK.match(text, first.end, second.start) or \
            _RELATIVE_WORD.match(second.text):  # "between September 2015 and last month"
        return second
    year = int(m1.group(1)) + (1 if int(m2.group(2)) < int(m1.group(2)) else 0)
    return _with_value(second, f"{year:04d}{second.value[4:]}", "relative")


def _borrow_year(text: str, first: Timex, second: Timex) -> Timex:
    """"between May and July 2020": May is 2020-05, not the DCT-relative guess."""
    if first.anchor != "relative" or first.type != "DATE" or second.anchor != "explicit" and not (
            second.text.lower().endswith(("of that year", " last year", " next year"))):
        return first  # (but "January and February of that year", "August and September
        # last year")
    if not _LINK.match(text, first.end, second.start) or second.start - first.end > 16:
        return first
    if _YEAR_IN.search(first.text):
        return first
    m2 = _DAY_VALUE.match(second.value) or _MONTH_VALUE.match(second.value)
    m1 = _DAY_VALUE.match(first.value) or _MONTH_VALUE.match(first.value)
    if m1 is None or m2 is None:
        return first
    year = int(m2.group(1))
    if (int(m1.group(2)), int(m1.group(3)) if m1.lastindex == 3 else 0) > (
            int(m2.group(2)), int(m2.group(3)) if m2.lastindex == 3 else 99):
        year -= 1  # "December to February 2021"
    return _with_value(first, f"{year:04d}{first.value[4:]}", "explicit")


def _with_short_year(text: str, tx: Timex, hi: int) -> Timex:
    """"2023-24", "fiscal 1991-92": one season or financial year across two calendar
    years, valued by the year it starts in, its interval both years."""
    if tx.granularity != "year" or not tx.value.isdigit() or not tx.text[-1:].isdigit():
        return tx
    m = _SHORT_YEAR.match(text, tx.end, hi)
    if m is None or int(m.group(1)) != (int(tx.value) + 1) % 100:
        return tx
    year = int(tx.value)
    start, end = tx.start, m.end(1)
    head = _PERIOD_NOUN_AFTER.match(text, end, hi)
    if head is not None:  # "the 2012-13 school year", "the 2019/20 financial year"
        end = head.end()
        the = _THE_BEFORE.search(text, max(0, start - 4), start)
        start = the.start() if the is not None else start
    return replace(tx, start=start, end=end, text=text[start:end],
                   interval=(date(year, 1, 1), date(year + 1, 12, 31)))


_PERIOD_NOUN_AFTER = re.compile(r"\s+(?:(?:school|fiscal|financial|academic|budget|tax|crop|marketing)\s+year|"
                                r"season|term|semester)\b", re.I)
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")


def _bare_days_before(text: str, tx: Timex, lo: int) -> list[Timex]:
    """"21 and 22 March", "21, 23 and 25 June": the 21 (and 23) are days of the month
    that "22 March" names, in rising order."""
    if not tx.text[:1].isdigit() or len(tx.value) != 10 or tx.type != "DATE":
        return []
    m = _DAY_VALUE.match(tx.value)
    if m is None:
        return []
    found = _DAY_BEFORE.search(text, max(lo, tx.start - 16), tx.start)
    days: list[Timex] = []
    last = int(m.group(3))
    while found is not None and (number := int(found.group("day").rstrip("stndrh"))) < last:
        day = _day_timex(text, found.start("day"), found.end("day"), tx, m)
        if day is None:
            break
        days.insert(0, day)
        last = number
        found = _LISTED_DAY_BEFORE.search(text, max(lo, day.start - 8), day.start)
    return days


def _bare_days_after(text: str, tx: Timex, hi: int) -> list[Timex]:
    """"March 21 and 22", "June 21, 23 and 25": the 22 (the 23 and 25) are days of the
    month that "March 21" names, in rising order."""
    if not tx.text[-1:].isdigit() or len(tx.value) != 10 or tx.type != "DATE":
        return []
    m = _DAY_VALUE.match(tx.value)
    if m is None or _YEAR_IN.search(tx.text[-4:]):
        return []
    spans = _listed_days(text, tx.end, hi)
    listed_end = spans[-1][1] if spans else tx.end
    link = _LINK_AFTER.match(text, listed_end, hi)
    if link is None or link.end() == listed_end:
        return []
    found = _DAY_AFTER.match(text, link.end(), hi)
    if found is None:
        return []
    spans.append((found.start(), found.end()))
    numbers = [int(m.group(3))] + [int(text[a:b].rstrip("stndrh")) for a, b in spans]
    if any(a >= b for a, b in zip(numbers, numbers[1:], strict=False)):
        return []
    hyphen = text[tx.end : found.start()].strip() in ("-", "–", "—")
    if not _AFTER_DAY_OK.match(text, found.end()) and not (
            hyphen and _CAPITAL_AFTER.match(text, found.end())):  # "The October 17-18 Council"
        return []
    days = [_day_timex(text, a, b, tx, m) for a, b in spans]
    return [day for day in days if day is not None]


def _listed_days(text: str, pos: int, hi: int) -> list[tuple[int, int]]:
    """The spans of the bare days listed by commas from POS (", 23" of "June 21, 23 and
    25"), which count only when an "and" closes the list."""
    spans: list[tuple[int, int]] = []
    while (found := _LISTED_DAY_AFTER.match(text, pos, hi)) is not None:
        spans.append(found.span("day"))
        pos = found.end()
    return spans


def _day_timex(text: str, start: int, end: int, tx: Timex, m: re.Match[str]) -> Timex | None:
    """Day DAY (the digits of TEXT[START:END]) of the month and year of TX's value M."""
    digits = re.match(r"\d+", text[start:end])
    try:
        day = date(int(m.group(1)), int(m.group(2)), int(digits.group() if digits else "0"))
    except ValueError:
        return None
    return _date_timex(text, start, end, day.isoformat(), tx)


def _date_timex(text: str, start: int, end: int, value: str, tx: Timex) -> Timex:
    """A DATE for TEXT[START:END] with VALUE, anchored as TX, the member it completes."""
    gran, interval = V.interval_of(value) or (None, None)
    return Timex(start=start, end=end, text=text[start:end], type="DATE", value=value,
                 mod=None, granularity=gran, interval=interval, anchor=tx.anchor)


def _converted_day(local: Timex, other: Timex, day: str) -> str:
    """The day of OTHER, a clock time that restates LOCAL (on DAY) in another zone
    (``values.zone_day_shift``)."""
    a, b = _CLOCK_VALUE.match(local.value), _CLOCK_VALUE.match(other.value)
    if other is local or a is None or b is None:
        return day
    shift = V.zone_day_shift(int(a.group(1)), int(b.group(1)))
    return (date.fromisoformat(day) + timedelta(days=shift)).isoformat() if shift else day


def _on_day(tx: Timex, day: str, anchor: str) -> Timex:
    """The clock time TX (a TIME value with "T") moved to the day DAY."""
    return _with_value(tx, day + tx.value[tx.value.index("T"):], anchor)


def _with_value(tx: Timex, value: str, anchor: str) -> Timex:
    if value[:5].isdigit():  # a year past 9999 ("the next May" at the end of the calendar)
        return tx
    gran, interval = V.interval_of(value) or (tx.granularity, None)
    return replace(tx, value=value, granularity=gran, interval=interval,
                   anchor=anchor)  # type: ignore[arg-type]
