"""Compiles the extraction rules of patterns.toml into one regular expression.

Every rule becomes a named branch ``r_<name>`` of a single alternation, its inner groups
renamed ``<name>__<group>``. A look-ahead made of every word that may open an expression
(factorised by first letter) lets the engine reject almost every position of the text in
one or two character tests. The expressions are case-sensitive and lower-case: they run on a
lower-cased copy of the text (same length, same offsets), which is twice as fast as
IGNORECASE; normalisers read the original text for capitalisation.
"""

from __future__ import annotations

import re
from calendar import month_name
from dataclasses import dataclass, field
from functools import cache

from explorer.temporal.first_chars import ASCII, fold, prefixes
from explorer.temporal.lexicon import Lexicon, load_lexicon, words_regex

_NUMBER_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_DECADE_WORDS = ("twenties", "thirties", "forties", "fifties", "sixties", "seventies",
                 "eighties", "nineties")


def build_macros(lex: Lexicon) -> dict[str, str]:
    """The <<NAME>> macros of patterns.toml, made from the word tables."""
    abbrev_months = frozenset(m for m in lex.months if len(m) <= 4 and m not in ("june", "july", "may"))
    month = words_regex(lex.months, optional_dot=abbrev_months) + r"(?![\w])"
    full_days = [w for w in lex.weekdays if w not in lex.weekday_abbrev_need_dot]
    weekday = (
        "(?:" + words_regex(full_days) + r"(?=s?(?![\w]))|"  # "Sunday", "Sundays"
        + words_regex(lex.weekday_abbrev_need_dot, need_dot=lex.weekday_abbrev_need_dot) + ")"
    )
    plain_numbers = [w for w in lex.numbers if w not in _NUMBER_TENS]
    tens = words_regex(_NUMBER_TENS)
    units_small = words_regex(["one", "two", "three", "four", "five", "six", "seven", "eight",
                               "nine"])
    numword = (
        f"(?:{tens}(?:[\\s-]+{units_small})?(?![\\w])|" + words_regex(plain_numbers) + r"(?![\w]))"
    )
    digits = (r"(?<![\d,.$])\d{1,3}(?:,\d{3})*(?:\.\d+)?(?:\s+1/2|\s+and\s+a\s+half|"
              r"\s+(?:million|billion)(?![\w]))?(?![\d%])")
    num = (
        f"(?:{digits}|{numword}(?:\\s+and\\s+a\\s+half)?|"
        + words_regex(lex.vague_numbers) + r"(?![\w]))"
    )
    units = words_regex(lex.units) + r"(?![\w])"
    plural_units = words_regex([u for u in lex.units if u.endswith("s") and u != "weekends"
                                and u != "nights"]) + r"(?![\w])"
    # "2013-2023" is two years; "555-2013" is no year.
    year = r"(?<![\d$£€#.,/])(?:(?<!\d-)|(?<=(?:1[5-9]|2[01])\d\d-))(?:1[5-9]\d\d|2[01]\d\d)(?![\d%]|,\d|\.\d|-(?:year|strong|member))"
    day = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d%]|:\d|,\d\d\d|\.\d)"
    # spelt-out days, only where a month is next to them: "January fourth", "the
    # twenty-first of May" (broadcast transcripts)
    day_words = (words_regex(k.replace("-", " ") for k in lex.day_words)
                 .replace(r"\s+", r"[\s-]+") + r"(?![\w-])")
    ordinal = words_regex(lex.ordinals) + r"(?![\w])"
    date_mods = words_regex([m for m in lex.date_mods if not m.endswith("-")])
    prefixes = words_regex([m[:-1] for m in lex.date_mods if m.endswith("-") and m != "mid-"])
    dmodp = rf"(?P<dmod>{date_mods}(?:\s+|-|(?=\d))|mid-?|{prefixes}-)"  # "post-1959"
    duration_mods = words_regex(k for k in lex.duration_mods if k != "or so") + r"(?![\w])"
    return {
        "MONTH": month,
        "WEEKDAY": weekday,
        "NUM": num,
        "UNIT": units,
        "UNITPL": plural_units,
        "YEAR": year,
        "DAY": day,
        "DAYW": f"(?:{day}|{day_words})",
        "ORD": ordinal,
        "SEASON": words_regex(lex.seasons) + r"(?![\w])",
        "PART": words_regex(lex.day_parts) + r"(?![\w])",
        "DEICTIC": words_regex(lex.deictic_days) + r"(?![\w])",
        "DMODP": dmodp,
        "DURMOD": duration_mods,
        "REF": words_regex(lex.refs) + r"(?![\w])",
        "SET": words_regex(w for w in lex.sets if not w.startswith(("a ", "an ")))
        + r"(?![\w])",
        "HOLIDAY": words_regex(lex.holidays) + r"(?![\w])",
        "DECWORD": words_regex(_DECADE_WORDS) + r"(?![\w])",
        "ZONE": ZONES,
    }


# Time zones written after a clock time ("0800 GMT", "1530 IST", "9 a.m. Pacific time").
ZONES = (r"(?:gmt|utc|bst|ist|cet|cest|eet|eest|wat|eat|cat|sast|aedt|aest|acst|awst|hkt|sgt|"
         r"jst|kst|msk|pkt|[ecmp][sd]?t|(?:eastern|central|mountain|pacific)(?:\s+(?:(?:standard|"
         r"daylight)\s+)?time)?|(?:atlantic|alaska|hawaii|london|paris|berlin|moscow|beijing|"
         r"tokyo|jerusalem|cairo|baghdad|kabul|delhi|india|hong\s+kong|new\s+york(?:\s+city)?|washington|uk|"
         r"athens|rome|madrid|istanbul|tehran|kyiv|kiev|karachi|lagos|nairobi|sydney|seoul|manila|"
         r"jakarta|bangkok|dubai|riyadh|doha|geneva|brussels|vienna|warsaw|lisbon|dublin|beirut|"
         r"damascus|bamako|dakar|abuja|johannesburg|singapore|taipei|bogota|lima|caracas|"
         r"mexico\s+city|buenos\s+aires|sao\s+paulo|brasilia|khartoum|addis\s+ababa|kampala|"
         r"kinshasa|harare|accra|algiers|tunis|rabat|tripoli|amman|ankara|baku|tbilisi|minsk|"
         r"bucharest|sofia|belgrade|zagreb|sarajevo|budapest|prague|stockholm|oslo|copenhagen|"
         r"helsinki|amsterdam|kathmandu|dhaka|colombo|hanoi|yangon|pyongyang|havana|santiago|"
         r"ottawa|toronto|chicago|"
         r"british|greenwich|local|universal|coordinated\s+universal)\s+"
         r"(?:(?:standard|daylight|summer|mean)\s+)?time)")
_KEY = 3  # characters of the text that select the rules tried at a position
_MACRO = re.compile(r"<<([A-Z]+)>>")
_GROUP = re.compile(r"\(\?P<([a-z0-9_]+)>")


@dataclass(frozen=True, slots=True)
class Grammar:
    """The extraction rules compiled one by one, in priority order.

    ``match(text, pos)`` finds what the alternation of all rules would match at POS (the
    first rule in priority order that matches), trying only the rules that can start with
    the characters there: each rule has its own small expression, so nothing is compiled
    per text. ``master`` is that whole alternation as one expression, compiled on demand
    (a reference for tests and for the group names).
    """

    rules: tuple[str, ...]
    branches: tuple[str, ...]
    head: str
    tail: str
    vocabulary: frozenset[str]
    openers: frozenset[str]
    opener_at: re.Pattern[str]
    patterns: tuple[re.Pattern[str], ...]
    starts: tuple[RuleStarts, ...]
    needs_next: dict[str, frozenset[str]] = field(default_factory=dict)
    _by_key: dict[str, tuple[int, ...]] = field(default_factory=dict)
    _master: list[re.Pattern[str]] = field(default_factory=list)

    @property
    def master(self) -> re.Pattern[str]:
        if not self._master:
            self._master.append(re.compile(self.head + "|".join(self.branches) + self.tail,
                                           re.VERBOSE))
        return self._master[0]

    def match(self, text: str, pos: int, first: int = 0) -> re.Match[str] | None:
        """The first rule from index FIRST on (priority order) that matches at POS."""
        if self.opener_at.match(text, pos) is None:
            return None
        key = text[pos : pos + _KEY]
        kept = self._by_key.get(key)
        if kept is None:
            if len(self._by_key) > 20_000:
                self._by_key.clear()
            kept = self._by_key[key] = self._rules_for(key)
        patterns = self.patterns
        for i in kept:
            if i >= first:
                m = patterns[i].match(text, pos)
                if m is not None:
                    return m
        return None

    def _rules_for(self, key: str) -> tuple[int, ...]:
        """Indices of the rules that may start where the text reads KEY."""
        if not all(c in ASCII for c in key):
            return tuple(range(len(self.branches)))
        key = fold(key)
        return tuple(i for i, st in enumerate(self.starts) if st.may_start(key))


@dataclass(frozen=True, slots=True)
class RuleStarts:
    """The first characters a rule can match: whole keys, and shorter prefixes after which
    anything may follow (or the match may end)."""

    full: frozenset[str]
    short: tuple[str, ...]

    @classmethod
    def of(cls, branch: str) -> RuleStarts:
        found = prefixes(branch, _KEY, re.VERBOSE)
        return cls(frozenset(p for p, _ in found if len(p) == _KEY),
                   tuple(sorted({p for p, _ in found if len(p) < _KEY})))

    def may_start(self, key: str) -> bool:
        if len(key) == _KEY and key in self.full:
            return True
        if len(key) < _KEY and any(p.startswith(key) for p in self.full):
            return True
        return any(key.startswith(p) or p.startswith(key) for p in self.short)


@cache
def grammar() -> Grammar:
    """Compile the rules once per process."""
    lex = load_lexicon()
    macros = build_macros(lex)
    branches = []
    names = []
    for name, template in lex.rules:
        body = _MACRO.sub(lambda m: macros[m.group(1)], template)
        body = _GROUP.sub(lambda m, n=name: f"(?P<{n}__{m.group(1)}>", body)  # type: ignore[misc]
        branches.append(f"(?P<r_{name}>{body})")
        names.append(name)
    openers = set(lex.starters) | set(lex.months) | set(lex.weekdays) | set(lex.units)
    openers |= set(lex.numbers) | set(lex.vague_numbers) | set(lex.ordinals) | set(lex.seasons)
    openers |= set(lex.day_parts) | set(lex.deictic_days) | set(lex.sets) | set(lex.holidays)
    openers |= {w.split(" ")[0] for w in lex.refs} | set(lex.date_mods)
    openers |= {w.split(" ")[0] for w in lex.duration_mods} | set(_NUMBER_TENS)
    openers |= set(_DECADE_WORDS) | {w + "s" for w in lex.weekdays if w.endswith("day")}
    first_words = {w.split(" ")[0].rstrip("-") for w in openers if w}
    # Words that open an expression only as the head of a longer phrase ("in excess of",
    # "at least"): a start only before one of the words that may follow them.
    tables = (lex.starters, lex.months, lex.weekdays, lex.units, lex.numbers, lex.vague_numbers,
              lex.ordinals, lex.seasons, lex.day_parts, lex.deictic_days, lex.sets, lex.holidays,
              lex.refs, lex.date_mods, lex.duration_mods, _NUMBER_TENS, _DECADE_WORDS)
    phrases = {w for table in tables for w in table}
    singles = {w.rstrip("-") for w in phrases if w and " " not in w}
    follow: dict[str, set[str]] = {}
    for phrase in phrases:
        words = phrase.split(" ")
        if len(words) > 1 and words[0] not in singles:
            follow.setdefault(words[0], set()).add(words[1])
    needs_next = {w: frozenset(nxt) for w, nxt in follow.items()}
    prefilter = words_regex(first_words)
    months = "(?:" + "|".join(name.lower() for name in month_name[1:]) + ")"
    head = (rf"(?:(?<![\w'’-])|(?<=\d\d\d\d-)(?=\d)|(?<=[a-z\d]-)(?={months}(?![\w-])))"
            rf"(?=(?:{prefilter}(?![a-z])|\d|['’]\d|q[1-4]\b|h[12]\b))(?:")
    # "March 21-22", "2013-2023", "April 30-May 1", "October-December 2021": the first member
    # ends here (not "30-year")
    tail = (r")(?![\w]|-(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|"
            rf"{months}(?![\w-]))[^\W\d])")
    literal_words = {w.lower() for _, t in lex.rules for w in re.findall(r"(?<![\\?])\b[a-z]{2,}\b", t)}
    every_word = {w.rstrip("-") for phrase in openers | set(lex.duration_mods) | set(lex.refs)
                  for w in phrase.split(" ")}
    vocabulary = frozenset(first_words | literal_words | every_word)
    starts = tuple(RuleStarts.of(b) for b in branches)
    opener_at = re.compile(head.removesuffix("(?:"), re.VERBOSE)
    patterns = tuple(re.compile(b + tail.removeprefix(")"), re.VERBOSE) for b in branches)
    return Grammar(tuple(names), tuple(branches), head, tail, vocabulary, frozenset(first_words),
                   opener_at, patterns, starts, needs_next)
