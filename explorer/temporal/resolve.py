"""Normalisers: from the groups of one matched rule to a TIMEX3 type, value and mod.

Each function receives the rule's groups and the document context (DCT, narrative time,
tense of the sentence) and returns a `Norm`, or None when the match is not a temporal
expression after all (modal "may", "fall" the verb, "a second time"...).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from explorer.temporal import values as V
from explorer.temporal.lexicon import Lexicon

Groups = dict[str, str | None]

_SENTENCE_END = re.compile(r"[.!?;\n]\s|[\n]")
_PLURAL_NOUN_AFTER = re.compile(r"\s+([a-z]+s)\b")
_NOT_NOUNS = frozenset(("was", "is", "has", "as", "this", "its", "his", "us", "plus", "versus",
                        "across", "thus", "does", "whereas", "less", "unless", "was"))
_SINCE = re.compile(r"(?:^|\W)since\s+(?:(?:the|early|late|mid|at\s+least)\s+)*$", re.I)
_PREP_BEFORE = re.compile(
    r"(?:^|\W)(?:in|since|by|until|till|through|from|to|of|during|before|after|last|this|next|"
    r"early|late|mid|and|or|between|on|for|throughout|into|around|that|each|every|past)\s+$",
    re.I,
)
_NUMBERISH_BEFORE = re.compile(r"(?:\d|%|\bcents?|\btimes|\bonce|\btwice|\bdollars|\bpounds|"
                               r"\byen|\beuros?|\bmillion|\bbillion)\W{0,3}$", re.I)
_TIME_UNITS = {"S": "S", "MIN": "M", "H": "H"}
# Bare plural units ("years", "weeks") count only after words that make them a duration.
_BARE_UNIT_CONTEXT = re.compile(
    r"(?:^|\W)(?:for|in|within|over|after|of|took|take|takes|last|lasted|lasting|spent|spend|"
    r"spends|just|only|nearly|wait|waited)\s+$", re.I)
_AUX_BEFORE = re.compile(r"\b(?:be|been|being|to|have|has|had|is|are|was|were|get|got)\s+$",
                         re.I)


@dataclass(slots=True)
class Norm:
    """What a normaliser decided; ``end`` may cut the span short (trailing "after")."""

    type: str
    value: str
    mod: str | None = None
    anchor: str = "explicit"
    end: int | None = None
    start: int | None = None


@dataclass(slots=True)
class Context:
    """Document-level state: DCT, narrative reference time, future cues."""

    text: str
    dct: date | None
    lex: Lexicon
    future_re: re.Pattern[str]
    last_ref: str | None = None
    last_quarter: str | None = None
    start: int = 0
    end: int = 0
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)

    # -- sentence and tense -------------------------------------------------------------
    def sentence(self) -> str:
        lo = max(0, self.start - 250)
        left = self.text[lo : self.start]
        cut = max((m.end() for m in _SENTENCE_END.finditer(left)), default=0)
        right = self.text[self.end : self.end + 250]
        stop = _SENTENCE_END.search(right)
        return left[cut:] + self.text[self.start : self.end] + right[: stop.start() if stop else len(right)]

    def future(self) -> bool:
        """Future reference from tense cues in the expression's sentence: the nearest modal
        or finite past verb before it ("will meet Bush on Thursday", "would be paid in
        January", "Cuba predicted Wednesday"), else the first cue after it."""
        lo = max(0, self.start - 120)
        left = self.text[lo : self.start]
        cut = max((m.end() for m in _SENTENCE_END.finditer(left)), default=0)
        verdict: bool | None = None
        for m in self.future_re.finditer(left, cut):
            if m.group("future"):
                verdict = True
            elif not m.group("past").lower().endswith("ed") or not _AUX_BEFORE.search(
                    left, max(0, m.start() - 12), m.start()):
                verdict = False
        if verdict is not None:
            return verdict
        right = self.text[self.end : self.end + 80]
        stop = _SENTENCE_END.search(right)
        first = self.future_re.search(right, 0, stop.start() if stop else len(right))
        return first is not None and first.group("future") is not None

    def before(self, n: int = 30) -> str:
        return self.text[max(0, self.start - n) : self.start]

    def after(self, n: int = 30) -> str:
        return self.text[self.end : self.end + n]

    def group_start(self, group: str) -> int | None:
        """Offset where GROUP starts, to drop words before it from the extent."""
        span = self.spans.get(group)
        return span[0] if span and span[0] >= 0 else None

    # -- anchors -------------------------------------------------------------------------
    def base(self) -> date | None:
        return self.dct

    def narrative(self) -> tuple[date, str] | None:
        """Anchor date and granularity of the narrative reference time (last date seen)."""
        if self.last_ref:
            span = V.interval_of(self.last_ref)
            if span:
                return span[1][0], span[0]
        if self.dct:
            return self.dct, "day"
        return None


def _lower(s: str | None) -> str:
    return re.sub(r"\s+", " ", s.lower()).strip(" -") if s else ""


def parse_number(text: str, lex: Lexicon) -> float | None:
    """"two" → 2, "twenty-four" → 24, "2 1/2" → 2.5, "several" → None (vague)."""
    t = _lower(text).replace(",", "")
    half = 0.0
    for tail in (" and a half", " 1/2"):
        if t.endswith(tail):
            t, half = t[: -len(tail)].strip(), 0.5
    if re.fullmatch(r"\d+(?:\.\d+)?", t):
        return float(t) + half
    if t in lex.numbers:
        return float(lex.numbers[t]) + half
    parts = re.split(r"[\s-]+", t)
    if all(p in lex.numbers for p in parts):
        return float(sum(lex.numbers[p] for p in parts)) + half
    return None


def _num_str(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


def _cap(word: str | None) -> bool:
    return bool(word) and word[0].isupper()  # type: ignore[index]


def _month(word: str | None, lex: Lexicon) -> int | None:
    return lex.months.get(_lower(word).rstrip(".")) if word else None


def _weekday(word: str | None, lex: Lexicon) -> int | None:
    return lex.weekdays.get(_lower(word).rstrip(".")) if word else None


def _dmod(word: str | None, lex: Lexicon) -> str | None:
    w = _lower(word)
    if not w:
        return None
    return lex.date_mods.get(w) or ("MID" if w.startswith("mid") else None)


def _edge_mod(word: str | None) -> str | None:
    w = _lower(word)
    if w in ("early", "earlier"):
        return "START"
    if w in ("late", "later"):
        return "END"
    if w.startswith("mid"):
        return "MID"
    return None


def _weekday_date(wd: int, dct: date, direction: int) -> date:
    """The weekday WD nearest to DCT: -1 past, +1 future, 0 the same day if it matches."""
    delta = wd - dct.isoweekday()
    if direction == 0 and delta == 0:
        return dct
    if direction >= 0:
        return dct + timedelta(days=delta if delta > 0 else delta + 7)
    return dct + timedelta(days=delta if delta < 0 else delta - 7)


def _placeholder(gran: str) -> str:
    return {"year": "XXXX", "month": "XXXX-XX", "week": "XXXX-WXX", "quarter": "XXXX-QX",
            "decade": "XXX", "century": "XX"}.get(gran, "XXXX-XX-XX")


_UNIT_GRAN = {"Y": "year", "M": "month", "W": "week", "D": "day", "Q": "quarter", "DE": "decade",
              "CE": "century", "WE": "WE", "FN": "week", "H": "day", "MIN": "day", "S": "day"}
_GRAN_ORDER = ["day", "week", "WE", "month", "quarter", "season", "half", "year", "decade",
               "century"]


# --- explicit calendar dates ----------------------------------------------------------------
def _full_date(g: Groups, c: Context, prefix: str = "") -> Norm | None:
    lex = c.lex
    mon_word = g.get("mon")
    mon = _month(mon_word, lex)
    if mon is None or not _cap(mon_word):
        return None
    day_text = re.sub(r"\D", "", g.get("day") or "")
    day = int(day_text)
    year_text = g.get("year")
    mod = _dmod(g.get("dmod"), lex)
    if year_text:
        try:
            return Norm("DATE", date(int(year_text), mon, day).isoformat(), mod)
        except ValueError:
            return None
    if _lower(mon_word) == "may" and not g.get("wd") and not _PREP_BEFORE.search(c.before()):
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
    future = c.future()
    if best > c.dct + timedelta(days=120) and not future:
        best = _replace_year(best, best.year - 1)
    elif best < c.dct - timedelta(days=90) and future:
        best = _replace_year(best, best.year + 1)
    return Norm("DATE", best.isoformat(), mod, "relative")


def _replace_year(d: date, year: int) -> date:
    try:
        return d.replace(year=year)
    except ValueError:
        return d.replace(year=year, day=28)


def norm_date_full(g: Groups, c: Context) -> Norm | None:
    return _full_date(g, c)


def norm_date_dmy(g: Groups, c: Context) -> Norm | None:
    return _full_date(g, c)


def norm_date_num(g: Groups, c: Context) -> Norm | None:
    try:
        if g.get("y"):
            d = date(int(g["y"] or 0), int(g["m"] or 0), int(g["d"] or 0))
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
    w = _lower(word).rstrip(".")
    if not rel and not rel2 and not mod:
        if w in ("may", "march", "mar", "jan", "sep", "dec", "oct", "nov", "aug", "feb", "apr",
                 "jun", "jul", "sept") and not _PREP_BEFORE.search(c.before()):
            return None
        if w not in ("june", "july", "may") and len(w) <= 4 and not (word or "").endswith("."):
            return None
    dct = c.dct
    if dct is None:
        return Norm("DATE", f"XXXX-{mon:02d}", mod, "relative")
    if rel2:
        year = dct.year + {"last": -1, "this": 0, "next": 1}[rel2]
    elif rel in ("last", "past", "this past"):
        year = dct.year if mon < dct.month else dct.year - 1
    elif rel in ("next", "coming"):
        year = dct.year if mon > dct.month else dct.year + 1
    elif rel == "this":
        year = dct.year
    elif c.future():
        year = dct.year if mon >= dct.month else dct.year + 1
    elif mon > dct.month + 1:
        year = dct.year - 1
    else:
        year = dct.year
    return Norm("DATE", V.month_value(year, mon), mod, "relative")


def norm_holiday(g: Groups, c: Context) -> Norm | None:
    name = _lower(g.get("hol"))
    code = c.lex.holidays.get(name)
    if code is None or not _cap(g.get("hol")):
        return None
    dct = c.dct
    year_text = g.get("year")
    rel = _lower(g.get("rel"))
    if year_text:
        year = int(year_text)
    elif dct is None:
        return Norm("DATE", "XXXX-" + code if code[3:].isdigit() else "XXXX-XX-XX", None, "relative")
    else:
        year = dct.year + (-1 if rel == "last" else 1 if rel in ("next", "the coming") else 0)
    month = int(code[:2])
    rest = code[3:]
    if rest.isdigit():
        d = date(year, month, int(rest))
    elif rest.startswith("TH"):  # nth Thursday
        first = date(year, month, 1)
        d = first + timedelta(days=(3 - first.weekday()) % 7 + 7 * (int(rest[2:]) - 1))
    elif rest == "MO1":
        first = date(year, month, 1)
        d = first + timedelta(days=(0 - first.weekday()) % 7)
    elif rest == "EL":  # first Tuesday after the first Monday
        first = date(year, month, 2)
        d = first + timedelta(days=(1 - first.weekday()) % 7)
    else:  # last Monday
        last = date(year, month, 31)
        d = last - timedelta(days=last.weekday())
    if dct and not year_text and not rel and d > dct + timedelta(days=7) and not c.future():
        return norm_holiday({**g, "rel": "last"}, c)
    return Norm("DATE", d.isoformat(), None, "explicit" if year_text else "relative")


def norm_season(g: Groups, c: Context) -> Norm | None:
    word = _lower(g.get("season"))
    code = c.lex.seasons.get(word)
    if code is None:
        return None
    rel, rel2, year_text = _lower(g.get("rel")), _lower(g.get("rel2")), g.get("year")
    mod = _dmod(g.get("dmod"), c.lex)
    if not year_text and not rel2 and rel in ("", "the"):
        before = c.before()
        if not re.search(r"(?:^|\W)(?:in|during|by|until|since|through|this|of|over|early|late|"
                         r"mid|the|last|next|and)\s+(?:the\s+)?$", before, re.I) and not mod:
            return None
        if re.match(r"\s+of\b", c.after()) or (rel == "" and word in ("fall", "spring")
                                                 and not mod and "in" not in before[-4:]):
            return None
    if year_text:
        return Norm("DATE", f"{int(year_text):04d}-{code}", mod)
    dct = c.dct
    if dct is None:
        return Norm("DATE", f"XXXX-{code}", mod, "relative")
    first = V.SEASON_MONTHS[code][0]
    if rel2:
        year = dct.year + {"last": -1, "this": 0, "next": 1}[rel2]
    elif rel in ("last", "past", "the past", "this past"):
        year = dct.year - 1 if first >= dct.month or rel == "last" else dct.year
    elif rel in ("next", "coming", "the coming"):
        year = dct.year + 1 if first <= dct.month else dct.year
    elif rel == "this":
        year = dct.year
    else:
        fut = c.future()
        year = dct.year if (first <= dct.month + 2 or fut) else dct.year - 1
    return Norm("DATE", f"{year:04d}-{code}", mod, "relative")


# --- quarters, periods, halves --------------------------------------------------------------
def _default_quarter(c: Context) -> tuple[int, int] | None:
    if c.last_quarter:
        return int(c.last_quarter[:4]), int(c.last_quarter[-1])
    if c.dct is None:
        return None
    return V.shift_quarter(*V.quarter_of(c.dct), -1)


def _year_qualifier(qual: str, c: Context) -> int:
    """-1 for "last year's", "year-ago"; +1 for "next year's"; 0 otherwise."""
    if any(k in qual for k in ("last year", "year-ago", "year-earlier", "year-before", "prior-year")):
        return -1
    if "next year" in qual:
        return 1
    return 0


def norm_quarter(g: Groups, c: Context) -> Norm | None:
    ords = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
            "4th": 4, "final": 4, "last": 4}
    q = ords.get(_lower(g.get("ord")))
    if q is None:
        return None
    qual = c.text[c.start : c.end].lower()
    year_text = g.get("year") or g.get("year2") or g.get("year3")
    rel2 = _lower(g.get("rel2"))
    if _lower(g.get("ord")) == "last" and not year_text and not rel2:
        base = _default_quarter(c)
        if base is None:
            return Norm("DATE", "XXXX-QX", None, "relative")
        return Norm("DATE", V.quarter_value(*V.shift_quarter(*V.quarter_of(c.dct), -1))
                    if c.dct else "XXXX-QX", None, "relative")
    start = None
    det = _lower(g.get("det"))
    if det and (det not in ("the", "this", "last", "next") or (
            det == "the" and not g.get("qual") and "-" in c.text[c.start : c.end])):
        start = c.group_start("qual") if g.get("qual") else c.group_start("ord")
    if year_text:
        return Norm("DATE", V.quarter_value(int(year_text), q), start=start)
    if c.dct is None:
        return Norm("DATE", f"XXXX-Q{q}", None, "relative", start=start)
    year = c.dct.year
    if rel2:
        year += {"last": -1, "this": 0, "next": 1}[rel2]
    else:
        shift = _year_qualifier(qual, c)
        if shift:
            focus = c.last_quarter
            year = (int(focus[:4]) if focus else year) + shift
            return Norm("DATE", V.quarter_value(year, q), None, "narrative", start=start)
        if q > V.quarter_of(c.dct)[1] and not c.future():
            year -= 1
    return Norm("DATE", V.quarter_value(year, q), None, "relative", start=start)


def norm_quarter_code(g: Groups, c: Context) -> Norm | None:
    """"Q1 2013", "2013-Q1": a quarter written as a code."""
    q = int(g.get("q") or g.get("q2") or 0)
    year = int(g.get("year") or g.get("year2") or 0)
    return Norm("DATE", V.quarter_value(year, q))


def norm_period(g: Groups, c: Context) -> Norm | None:
    kind = _lower(g.get("kind"))
    quals = c.text[c.start : c.end].lower()
    has_qual = bool(g.get("qual")) or bool(g.get("tail"))
    det = _lower(g.get("det"))
    if det == "a" and not has_qual:
        return None
    if kind in ("year", "fiscal year"):
        if det == "that" and not has_qual:
            return None
        if g.get("year"):
            return Norm("DATE", f"{int(g['year'] or 0):04d}")
        if not has_qual and det == "the" and (kind == "fiscal year" or re.match(
                r"\s+(?:ended|ending|to\s+date|through|that\s+ended)\b", c.after(), re.I)):
            return Norm("DURATION", "P1Y", None, "none")  # "the year ended Sept. 30"
        if c.dct is None:
            return Norm("DATE", "XXXX", None, "relative")
        shift = _year_qualifier(quals, c) or (-1 if "last year" in quals else 0)
        return Norm("DATE", f"{c.dct.year + shift:04d}", None, "relative")
    if kind == "period" and not has_qual and det != "this":
        return None
    if g.get("year"):
        year = int(g["year"] or 0)
        if c.last_quarter:
            return Norm("DATE", V.quarter_value(year, int(c.last_quarter[-1])), None, "narrative")
        return Norm("DATE", f"{year:04d}")
    if det == "that" and c.last_quarter:
        return Norm("DATE", c.last_quarter, None, "narrative")
    base = _default_quarter(c)
    if base is None:
        return Norm("DATE", "XXXX-QX", None, "relative")
    y, q = base
    if det == "this" and c.dct is not None and not c.last_quarter:
        y, q = V.quarter_of(c.dct)
    if _year_qualifier(quals, c) or "last year" in quals or "a year" in quals:
        return Norm("DATE", V.quarter_value(y - 1, q), None, "narrative")
    return Norm("DATE", V.quarter_value(y, q), None, "narrative" if c.last_quarter else "relative")


def norm_yearago(g: Groups, c: Context) -> Norm | None:
    """Adjectival "year-ago"/"year-earlier" (results): the extent leaves out "the"."""
    start = c.start + c.text[c.start : c.end].lower().index("year")
    if c.last_quarter:
        y, q = int(c.last_quarter[:4]), int(c.last_quarter[-1])
        return Norm("DATE", V.quarter_value(y - 1, q), None, "narrative", start=start)
    if c.dct is None:
        return Norm("DATE", "XXXX", None, "narrative", start=start)
    return Norm("DATE", f"{c.dct.year - 1:04d}", None, "narrative", start=start)


def norm_half(g: Groups, c: Context) -> Norm | None:
    h = 1 if _lower(g.get("ord")) in ("first", "1st") else 2
    rel = _lower(g.get("rel"))
    if g.get("year"):
        return Norm("DATE", f"{int(g['year'] or 0):04d}-H{h}")
    if c.dct is None:
        return Norm("DATE", f"XXXX-H{h}", None, "relative")
    year = c.dct.year + {"last": -1, "next": 1}.get(rel, 0)
    if not rel and h == 2 and c.dct.month <= 6 and not c.future():
        year -= 1
    return Norm("DATE", f"{year:04d}-H{h}", None, "relative")


def norm_decade(g: Groups, c: Context) -> Norm | None:
    mod = _dmod(g.get("dmod"), c.lex)
    if g.get("full"):
        return Norm("DATE", (g["full"] or "")[:3], mod)
    if g.get("short"):
        d = int((g["short"] or "0")[0])
        return Norm("DATE", f"{'20' if d < 2 else '19'}{d}", mod)
    words = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
             "nineties"]
    w = _lower(g.get("word"))
    if w not in words or not c.text[c.start : c.end].lower().startswith(("the", "early", "late",
                                                                          "mid")):
        return None
    return Norm("DATE", f"19{words.index(w) + 2}", mod)


def norm_century(g: Groups, c: Context) -> Norm | None:
    n = c.lex.ordinals.get(_lower(g.get("ord")))
    if not n:
        return None
    return Norm("DATE", f"{n - 1:02d}", _dmod(g.get("dmod"), c.lex))


def norm_year(g: Groups, c: Context) -> Norm | None:
    year = int(g.get("year") or 0)
    fiscal = _lower(g.get("fiscal"))
    if not fiscal and not g.get("dmod"):
        after = _PLURAL_NOUN_AFTER.match(c.after())
        if after and after.group(1) not in _NOT_NOUNS and not re.search(
                r"(?:\bthe|\ba|\ban|\bits|\btheir|\bhis|\bher|'s|’s)\s+$", c.before(8), re.I):
            return None
        before = c.before(12)
        if re.search(r"(?:\bno\.|\bnumber|\bflight|\bmodel|#|\d[\s,.]*|\$\s*)$", before, re.I):
            return None
        if re.match(r"\s*(?:%|percent\b|per\b|-\d)", c.after(), re.I):
            return None
    return Norm("DATE", f"{year:04d}", _dmod(g.get("dmod"), c.lex))


# --- deictic and relative ------------------------------------------------------------------
_PART_CODES = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
               "midday": "MI", "tonight": "NI", "overnight": "NI"}


def norm_deictic(g: Groups, c: Context) -> Norm | None:
    deic = _lower(g.get("deic"))
    offset = c.lex.deictic_days.get(deic)
    if offset is None:
        return None
    part = _lower(g.get("part")) or _lower(g.get("part0")) or ("tonight" if deic == "tonight" else "")
    mod = _edge_mod(g.get("mod"))
    start = None
    if _lower(g.get("mod")) in ("earlier", "later"):
        start = c.group_start("part0") if g.get("part0") else c.group_start("deic")
    day = "XXXX-XX-XX" if c.dct is None else (c.dct + timedelta(days=offset)).isoformat()
    if part:
        return Norm("TIME", f"{day}T{_PART_CODES[part]}", mod, "relative", start=start)
    return Norm("DATE", day, mod, "relative", start=start)


def norm_daypart(g: Groups, c: Context) -> Norm | None:
    rel = _lower(g.get("rel"))
    part = _PART_CODES[_lower(g.get("part"))]
    mod = _edge_mod(g.get("mod"))
    if rel in ("this", "last"):
        if c.dct is None:
            return Norm("TIME", f"XXXX-XX-XXT{part}", mod, "relative")
        d = c.dct - timedelta(days=1 if rel == "last" else 0)
        return Norm("TIME", f"{d.isoformat()}T{part}", mod, "relative")
    ref = c.narrative()
    if ref is None:
        return Norm("TIME", f"XXXX-XX-XXT{part}", mod, "narrative")
    d = ref[0] + timedelta(days=1 if rel in ("the next", "the following") else
                           -1 if rel == "the previous" else 0)
    return Norm("TIME", f"{d.isoformat()}T{part}", mod, "narrative")


def norm_weekday(g: Groups, c: Context) -> Norm | None:
    word = g.get("wd")
    wd = _weekday(word, c.lex)
    if wd is None or not _cap(word):
        return None
    rel = _lower(g.get("rel"))
    part = _lower(g.get("part"))
    mod = _edge_mod(g.get("mod"))
    start = None
    if g.get("mod"):
        start = c.group_start("rel") if g.get("rel") else c.group_start("wd")
    if rel in ("each", "every") or g.get("pl"):
        return Norm("SET", f"XXXX-WXX-{wd}" + (f"T{_PART_CODES[part]}" if part else ""), None, "none")
    if c.dct is None:
        value = f"XXXX-WXX-{wd}"
    else:
        if rel in ("last", "past", "previous", "this past"):
            direction = -1
        elif rel in ("next", "coming", "this coming"):
            direction = 1
        else:
            direction = 1 if c.future() else -1
            if wd == c.dct.isoweekday():
                direction = 0
        value = _weekday_date(wd, c.dct, direction).isoformat()
    if part:
        return Norm("DATE" if part == "night" else "TIME", f"{value}T{_PART_CODES[part]}", mod,
                    "relative", start=start)
    return Norm("DATE", value, mod, "relative", start=start)


def _relative_unit(unit: str, offset: int, c: Context, narrative: bool = False) -> str:
    gran = _UNIT_GRAN.get(unit, "day")
    if narrative:
        ref = c.narrative()
        if ref is None:
            return _placeholder(gran)
        anchor, ref_gran = ref
        if ref_gran in _GRAN_ORDER and gran in _GRAN_ORDER and \
                _GRAN_ORDER.index(ref_gran) < _GRAN_ORDER.index(gran):
            pass
        return V.value_at(V.shift(anchor, unit, offset), gran)
    if c.dct is None:
        return _placeholder(gran)
    return V.value_at(V.shift(c.dct, unit, offset), gran)


_UNIT_CODES = {"year": "Y", "fiscal year": "Y", "month": "M", "week": "W", "weekend": "WE",
               "quarter": "Q", "decade": "DE", "century": "CE", "day": "D", "night": "D"}


def norm_earlier_this(g: Groups, c: Context) -> Norm | None:
    mod = _edge_mod(g.get("mod"))
    rel = _lower(g.get("rel"))
    unit = _UNIT_CODES[_lower(g.get("unit"))]
    if rel == "that":
        return Norm("DATE", _relative_unit(unit, 0, c, True), mod, "narrative")
    offset = {"this": 0, "last": -1, "next": 1}[rel]
    return Norm("DATE", _relative_unit(unit, offset, c), mod, "relative")


def norm_rel_unit(g: Groups, c: Context) -> Norm | None:
    rel = _lower(g.get("rel"))
    unit_word = _lower(g.get("unit"))
    unit = _UNIT_CODES[unit_word]
    mod = _dmod(g.get("dmod"), c.lex)
    if _cap(g.get("unit")) and _cap(g.get("rel")):  # a title: "This Week", "Next Year"
        return None
    post = _lower(g.get("post"))
    if post:
        if rel not in ("the", "a"):  # "last year after the war": the clause is not the timex
            inner = norm_rel_unit({**g, "post": None}, c)
            if inner is not None and inner.end is None:
                inner.end = c.spans["post"][0]
            return inner
        value = _relative_unit(unit, -1 if post in ("before", "earlier") else 1, c, True)
        return Norm("DATE", value, mod, "narrative")
    if rel == "the full" and unit == "Y":
        return Norm("DATE", _relative_unit(unit, 0, c), mod, "relative")
    if rel in ("the entire", "the whole", "the full"):
        return Norm("DURATION", "P1" + ("D" if unit == "D" else unit if unit != "WE" else "W"),
                    None, "none")
    narrative = {"the next": 1, "the following": 1, "the previous": -1, "the preceding": -1,
                 "the prior": -1, "the same": 0, "that": 0}
    if rel in narrative and (rel not in ("the next",) or unit in ("D", "WE") or unit_word == "night"):
        if rel == "that" and unit in ("Q", "DE", "CE"):
            return None
        value = _relative_unit(unit, narrative[rel], c, narrative=True)
        if unit_word == "night":
            return Norm("TIME", value + "TNI", mod, "narrative")
        return Norm("DATE", value, mod, "narrative")
    if rel in ("the past", "the last", "past") and unit in ("DE", "CE"):
        return Norm("DURATION", duration_value(1, unit), mod, "none")
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
        return Norm("DURATION", "P1Y", None, "none")
    if rel == "the" and unit == "Q":
        base = _default_quarter(c)
        return Norm("DATE", V.quarter_value(*base) if base else "XXXX-QX", mod, "relative")
    if unit_word == "night":
        if rel not in ("last",):
            return None
        return Norm("TIME", _relative_unit("D", -1, c) + "TNI", mod, "relative")
    if unit == "D":
        return None
    if unit == "WE" and rel in ("the", "this") and c.dct is not None and \
            c.dct.isoweekday() <= 4 and not c.future():
        offset = -1
    return Norm("DATE", _relative_unit(unit, offset, c), mod, "relative")


# --- durations -------------------------------------------------------------------------------
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
    scale = {"DE": ("Y", 10), "CE": ("Y", 100), "ML": ("Y", 1000), "Q": ("M", 3),
             "FN": ("W", 2)}
    if n is None:
        return {"DE": "PXDE", "CE": "PXCE", "ML": "PXML", "Q": "PXM", "FN": "PXW",
                "WE": "PXWE"}.get(unit, f"PX{unit}")
    if unit in scale:
        u, k = scale[unit]
        return f"P{_num_str(n * k)}{u}"
    if unit == "WE":
        return f"P{_num_str(n * 2)}D"
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
    return c.lex.duration_mods.get(w) if w else None


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
    if n is None and num_text in ("some", "many") and unit_word.rstrip("s") == unit_word:
        return None
    if unit_word in ("second", "quarter") and num_text in ("a", "an", "one") and not g.get("rel"):
        return None
    if unit_word in ("night", "nights") and num_text in ("a", "an", "one", "that"):
        return None
    if re.match(r"\s*of\b", c.after()) and unit in ("Q",) :
        return None
    if n is not None and n > 1 and unit_word.endswith("s") is False and not re.search(
            r"[\s-]", (c.text[c.start:c.end])) :
        pass
    if g.get("long") and _lower(g["long"]).endswith("old"):
        return None
    if re.match(r"-old\b", c.after()):
        return None
    mod = _duration_mod(g, c)
    ago = _lower(g.get("ago"))
    rel = _lower(g.get("rel"))
    if num_text in ("a", "an") and not rel and not g.get("the") and not g.get("mod") and \
            not ago and _NUMBERISH_BEFORE.search(c.before(20)):
        return Norm("SET", duration_value(1, unit), None, "none")
    if ago:
        span_end = c.end - len(g.get("ago") or "")
        return _ago(n, unit, ago, mod, c, span_end)
    value = duration_value(n, unit)
    start = None
    if g.get("the") and (re.search(r"\d-|\w-\w", c.text[c.start : c.end]) and not rel):
        start = c.group_start("num")
    elif _lower(g.get("mod")) == "over" and g.get("the"):
        mod, start = None, c.group_start("the")
    return Norm("DURATION", value, mod, "none", start=start)


def _ago(n: float | None, unit: str, ago: str, mod: str | None, c: Context,
         span_end: int) -> Norm | None:
    if ago.startswith(("before ", "after ")):
        ago = ago.split(" ")[0]
    elif ago in ("before", "after") and not re.match(r"\s*(?:[,.;:)]|that\b|this\b|then\b|$)",
                                                   c.after(), re.I):
        return Norm("DURATION", duration_value(n, unit), mod, "none", end=span_end)
    if n is None:
        if ago in ("ago", "back", "earlier", "before"):
            return Norm("DATE", "PAST_REF", mod, "none")
        return Norm("DATE", "FUTURE_REF", mod, "none")
    if unit in _TIME_UNITS:
        return Norm("DURATION", duration_value(n, unit), mod, "none", end=span_end)
    sign = -1 if ago in ("ago", "back", "earlier", "before") else 1
    whole = int(n) if n == int(n) else None
    if whole is None:
        return Norm("DURATION", duration_value(n, unit), mod, "none", end=span_end)
    if ago in ("ago", "back", "hence", "from now"):
        if c.dct is None:
            return Norm("DATE", _placeholder(_UNIT_GRAN.get(unit, "day")), mod, "relative")
        if unit == "Y" and whole == 1 and c.last_quarter:
            y, q = int(c.last_quarter[:4]), int(c.last_quarter[-1])
            return Norm("DATE", V.quarter_value(y - 1, q), mod, "narrative")
        return Norm("DATE", _relative_unit(unit, sign * whole, c), mod, "relative")
    ref = c.narrative()
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
    return Norm("DATE", V.value_at(V.shift(anchor, unit, sign * whole), gran), mod, "narrative")


def norm_duration_bare(g: Groups, c: Context) -> Norm | None:
    unit = c.lex.units.get(_lower(g.get("unit")))
    if unit is None:
        return None
    rel = _lower(g.get("rel"))
    if g.get("ago"):
        return Norm("DATE", "PAST_REF", None, "none")
    start = None
    if g.get("the") and not rel:
        start = c.group_start("unit")
    elif _lower(g.get("mod")) == "over" and g.get("the"):
        start = c.group_start("the")
    if not rel and not g.get("the") and not g.get("mod") and not _BARE_UNIT_CONTEXT.search(
            c.before()):
        return None
    mod = None if start is not None else _duration_mod(g, c)
    return Norm("DURATION", duration_value(None, unit), mod, "none", start=start)


def norm_unit_long(g: Groups, c: Context) -> Norm | None:
    unit = c.lex.units.get(_lower(g.get("unit")))
    if unit is None:
        return None
    return Norm("DURATION", duration_value(1, unit), None, "none")


# --- sets, refs, times --------------------------------------------------------------------
def norm_set(g: Groups, c: Context) -> Norm | None:
    lex = c.lex
    if g.get("w"):
        value = lex.sets.get(_lower(g["w"]))
        return Norm("SET", value, None, "none") if value else None
    if g.get("wd"):
        wd = _weekday(g["wd"], lex)
        return Norm("SET", f"XXXX-WXX-{wd}", None, "none") if wd else None
    if g.get("mon"):
        mon = _month(g["mon"], lex)
        return Norm("SET", f"XXXX-{mon:02d}", None, "none") if mon and _cap(g["mon"]) else None
    unit = lex.units.get(_lower(g.get("unit") or g.get("unit2")))
    if unit is None:
        return None
    n = parse_number(g.get("num") or "1", lex)
    return Norm("SET", duration_value(n, unit), None, "none")


def norm_ref(g: Groups, c: Context) -> Norm | None:
    word = _lower(g.get("w"))
    value = c.lex.refs.get(word)
    if value is None:
        return None
    if word == "current" and re.match(r"\s+(?:account|accounts|affairs|dollars|events|"
                                      r"flow|flows|prices)\b", c.after(), re.I):
        return None
    if word == "future" and not g.get("unit") and not re.match(r"\s+\w", c.after()):
        return None
    end = None
    if g.get("unit") and word not in ("future", "recent"):
        end = c.end - len(c.text[c.start : c.end]) + len(g.get("w") or "")
    return Norm("DATE", value, None, "none", end=end)


def norm_time(g: Groups, c: Context) -> Norm | None:
    h = int(g.get("h") or 0)
    mi = int(g.get("mi") or 0)
    ap = _lower(g.get("ap")).replace(".", "")
    if ap == "pm" and h < 12:
        h += 12
    elif ap == "am" and h == 12:
        h = 0
    if h > 23:
        return None
    day = _day_of(g.get("day1") or g.get("day2"), c)
    if g.get("mon"):
        dated = _full_date(g, c)
        if dated is None:
            return None
        day = dated.value
    end = None
    if not g.get("day2") and not g.get("mon") and not g.get("tz") and c.text[c.start : c.end].endswith(".") and \
            re.match(r"\s+[A-Z\"`']|\s*$", c.after()):
        end = c.end - 1
    return Norm("TIME", f"{day}T{h:02d}:{mi:02d}", None, "relative", end=end)


def norm_time24(g: Groups, c: Context) -> Norm | None:
    """"15:30 GMT", "at 09:00": a 24-hour clock time needs a zone or a preceding "at"."""
    if not g.get("tz") and not re.search(r"(?:^|\W)(?:at|from|until|till|by|before|after)\s+$",
                                         c.before(), re.I):
        return None
    day = _day_of(g.get("day2"), c)
    return Norm("TIME", f"{day}T{int(g.get('h') or 0):02d}:{g.get('mi')}", None, "relative")


def _day_of(word: str | None, c: Context) -> str:
    if c.dct is None:
        return "XXXX-XX-XX"
    w = _lower(word)
    if w in c.lex.deictic_days:
        return (c.dct + timedelta(days=c.lex.deictic_days[w])).isoformat()
    wd = _weekday(word, c.lex)
    if wd:
        direction = 0 if wd == c.dct.isoweekday() else (1 if c.future() else -1)
        return _weekday_date(wd, c.dct, direction).isoformat()
    ref = c.narrative()
    if ref is not None and ref[1] == "day":  # "at 10:35 a.m." after "on Friday"
        return ref[0].isoformat()
    return c.dct.isoformat()


def norm_noon(g: Groups, c: Context) -> Norm | None:
    w = _lower(g.get("w"))
    day = _day_of(g.get("day2"), c)
    mod = {"about": "APPROX", "around": "APPROX"}.get(_lower(g.get("mod")))
    return Norm("TIME", f"{day}T{'24:00' if w == 'midnight' else '12:00'}", mod, "relative")


NORMALISERS: dict[str, Callable[[Groups, Context], Norm | None]] = {
    "time": norm_time,
    "noon": norm_noon,
    "time24": norm_time24,
    "date_full": norm_date_full,
    "date_dmy": norm_date_dmy,
    "date_num": norm_date_num,
    "month_year": norm_month_year,
    "month": norm_month,
    "holiday": norm_holiday,
    "season": norm_season,
    "quarter": norm_quarter,
    "period": norm_period,
    "quarter_code": norm_quarter_code,
    "yearago": norm_yearago,
    "half": norm_half,
    "decade": norm_decade,
    "century": norm_century,
    "year": norm_year,
    "deictic": norm_deictic,
    "daypart": norm_daypart,
    "weekday": norm_weekday,
    "earlier_this": norm_earlier_this,
    "duration": norm_duration,
    "duration_bare": norm_duration_bare,
    "unit_long": norm_unit_long,
    "rel_unit": norm_rel_unit,
    "set": norm_set,
    "ref": norm_ref,
}


def norm_year_words(g: Groups, c: Context) -> Norm | None:
    """"nineteen ninety-six" → 1996, "the year two thousand" → 2000 (spoken transcripts)."""
    lex = c.lex
    if g.get("k"):
        lo = parse_number(g.get("klo") or "", lex) if g.get("klo") else 0
        if not g.get("the") and not g.get("klo"):
            return None
        return Norm("DATE", f"{2000 + int(lo or 0):04d}")
    hi = 19 if _lower(g.get("hi")) == "nineteen" else 18
    lo_text = _lower(g.get("lo")).replace("oh ", "").replace("oh-", "")
    lo = 0 if lo_text == "hundred" else parse_number(lo_text, lex)
    if lo is None:
        return None
    return Norm("DATE", f"{hi * 100 + int(lo):04d}")


NORMALISERS["year_words"] = norm_year_words


def norm_year_end(g: Groups, c: Context) -> Norm | None:
    """"year-end", "year's end": the end of the current (or narrative) year."""
    if c.dct is None:
        return Norm("DATE", "XXXX", "END", "relative")
    return Norm("DATE", f"{c.dct.year:04d}", "END", "relative")


NORMALISERS["year_end"] = norm_year_end
