"""What every normaliser shares: the match context (DCT, narrative time, tense cues),
the `Norm` result, word lookups and calendar helpers."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from typing import TYPE_CHECKING

from explorer.temporal import values as V
from explorer.temporal.lexicon import Lexicon, words_regex

if TYPE_CHECKING:
    from explorer.temporal.timex import Timex

Groups = dict[str, str | None]
# The narrative state (see Context): last date, last quarter, last day-precise date with
# its offset, last year-precise date and its offset, the scene of clock times, and the
# last date told outside an aside.
Refs = tuple[str | None, str | None, tuple[str, int] | None, str | None, int,
             tuple[str, int, int] | None, str | None]
NO_REFS: Refs = (None, None, None, None, -1, None, None)


# A full stop after an initial or a common abbreviation ("St. Peter's", "Oct. 23", "George
# W. Bush") ends no sentence. The look-behinds follow the stop, so that they are tried
# only where there is one.
_A_STOP = (r"\.(?<!\b[a-z]\.)(?<!\b(?:st|mr|dr|lt|jr|sr|co|no|vs|ft|mt)\.)"
           r"(?<!\b(?:mrs|gen|sen|rep|gov|col|sgt|inc|ltd|jan|feb|mar|apr|jun|jul|aug|sep|oct"
           r"|nov|dec)\.)(?<!\b(?:corp|sept|capt|prof|gens|reps|sens)\.)\s")
# "at 4:30 p.m. Jurors expect ...": a clock's "p.m." ends a sentence before a capital that
# names no day, month or zone
_CLOCK_STOP = (r"\.(?<=\b[ap]\.m\.)(?=\s+(?-i:(?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|"
               r"Oct|Nov|Dec|Eastern|Central|Mountain|Pacific|Atlantic|Local|Greenwich|British|Moscow|"
               r"Paris|Beijing|Tokyo|Hong|Singapore|Sydney|Today|Tonight|Tomorrow|Yesterday)[a-z]*\b|"
               r"(?:[A-Z][a-z]+\s+){1,2}time\b)[A-Z][a-z]))")
# (a literal "." first: the engine then skips to the full stops instead of trying the
# look-behind at every character)
_SENTENCE_END = re.compile(rf"{_A_STOP}|{_CLOCK_STOP}|[!?;\n]\s|[\n]|[.!?](?:[\"”’]|'')\s", re.I)
# Where the tense of a new clause starts: a sentence end, or ", and"/", but" joining clauses.
_CLAUSE_END = re.compile(rf"{_A_STOP}|{_CLOCK_STOP}|[!?;\n]\s|[\n]|[.!?](?:[\"”’]|'')\s|,\s+(?:and|but|while|whereas)\s"
                         r"(?!(?:[a-z]+ly\s+)?(?:to|on|in|at|for|from|with|by|of|into)\s)", re.I)
# (not ", and to", ", and publicly on")
# ... or the end of a quotation: "'... through Thanksgiving,' he said" is when he said it
_CLAUSE_OR_QUOTE_END = re.compile(rf"{_CLAUSE_END.pattern}|[\"”]|''", re.I)
_PLURAL_NOUN_AFTER = re.compile(r"\s+([a-z]+s|people|men|women|children|personnel|police|staff|"
                                r"feet|yen)\b")
_NOT_NOUNS = frozenset(("was", "is", "has", "as", "this", "its", "his", "us", "plus", "versus",
                        "across", "thus", "does", "whereas", "less", "unless", "was", "onwards", "afterwards"))
_PREP_BEFORE = re.compile(
    r"(?:^|\W)(?:in|since|by|until|till|through|from|to|of|during|before|after|last|this|next|"
    r"early|late|mid|and|or|between|on|for|throughout|into|around|that|each|every|past|least|"
    r"(?:early|late|soon)\s+as)\s+$",
    re.I,
)
# A rate: "$5 a day", "twice a week", "3,000 new infections a day", "10 flights an hour".
# Up to three words may stand between the amount and "a"; rate_fits() vets them.
_NUMBERISH_BEFORE = re.compile(r"(?:\d(?:bn|mn|tn|m|k)?|%|\bper\s+cent|\bcents?|\btimes|\bonce|\btwice|\bdollars|\bpounds|"
                               r"\byen|\beuros?|\bmillion|\bbillion|\b(?:one|two|three|four|five|six|"
                               r"seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
                               r"hundreds?|thousands?|dozens?|several|many|few))(?P<gap>[^\w,]{0,3}|"
                               r"(?:\s+(?!per\s)(?:[a-z][a-z-]*|\d+-[a-z][a-z-]*)){1,3}\s+)$", re.I)
_BRACKETED = re.compile(r"\s*\([^()]*\)")
_NOT_RATE_WORDS = frozenset(("in", "on", "at", "for", "to", "by", "from", "with", "over",
                             "within", "during", "after", "before", "than", "and", "or", "but",
                             "into", "per", "about", "nearly", "almost", "up", "took", "spent",
                             "lasted", "is", "was", "were", "are", "be", "been", "has",
                             "have", "had", "will", "would", "that", "which", "who", "back",
                             "ahead", "forward", "off", "late", "early", "later", "earlier"))


def rate_fits(before: str) -> bool:
    """BEFORE (the text before "a day") ends in an amount, perhaps with a few words that
    name what is counted ("3,000 new infections"), not a verb or a preposition. A bracket
    between is passed over: "7 trillion yen ($74 billion) of bonds a month"."""
    if ")" in before:
        before = _BRACKETED.sub(" ", before)
    m = _NUMBERISH_BEFORE.search(before)
    if m is None:
        return False
    words = m.group("gap").split()
    # "-ed" words are verbs ("he spent"), save right after the amount ("8 scheduled meetings")
    return not any(w.lower() in _NOT_RATE_WORDS or w.lower().endswith("ed") and k > 0
                   for k, w in enumerate(words))
_TIME_UNITS = {"S": "S", "MIN": "M", "H": "H"}


# Bare plural units ("years", "weeks") count only after words that make them a duration
# ("took them hours").
_BARE_UNIT_CONTEXT = re.compile(
    r"(?:^|\W)(?:for|in|within|over|after|of|(?:took|take|takes|taken|taking)(?:\s+(?:them|him|her|us|me|you))?|"
    r"last|lasted|lasting|spent|spend|"
    r"spends|just|only|nearly|wait|waited|need|needs|needed|require|requires|required)\s+$", re.I)
_PRONOUNS = frozenset(("i", "you", "he", "she", "it", "we", "they", "who"))
_AUX_WORDS = frozenset(("be", "been", "being", "to", "have", "has", "had", "is", "are", "was",
                        "were", "get", "got", "remain", "remains", "remained", "stay", "stays",
                        "stayed", "seem", "seems"))
_CAUSATIVE_BEFORE = re.compile(r"\b(?:to|will|'ll|would|can|could|should|must)\s+(?:have|get)\s+"
                               r"(?:the\s+|a\s+|an\s+|their\s+|its\s+|his\s+|her\s+|our\s+|your\s+)?[\w'’-]+\s+$")
# A future cue in the past ("had been due to expire Friday", "was scheduled to") is past.
_PAST_AUX_BEFORE = re.compile(r"\b(?:had|was|were)\s+(?:(?:been|previously|originally|"
                              r"initially|not)\s+)*$", re.I)
_ONCE_BEFORE = re.compile(r"\b(?:originally|initially|previously|once)\s+$")
# The past perfect: "By June, that number had dropped" is told from a later past.
_HAD = re.compile(r"\bhad\b", re.I)
# The word just before a cue that makes it no finite verb of the clause, as sets of words
# (read by _token_before: cheaper than a regex tried at each place of a window).
_MODALS = frozenset(("will", "shall", "to", "might", "may", "could", "can", "must", "would",
                     "should"))  # (and "'ll": "we'll")
_MODAL_VERB_BEFORE = re.compile(r"\b(?:will|'ll|shall|to|might|may|could|can|must|would|should)\s+"
                                r"(?!have\b|be\b|been\b)[a-z]+\s+$")
# A verb that keeps its object in a state: "keep the embassies closed", "left the road blocked"
_KEPT_STATE_BEFORE = re.compile(r"\b(?:keep|keeps|kept|keeping|leave|leaves|left|leaving)\s+"
                                r"(?:[\w'’-]+\s+){1,10}$")
_NOUN_PREP_AFTER = re.compile(r"\s+(?:despite|amid|of|as)\b")  # "sales miss forecasts despite ..."
_AUXILIARIES = frozenset(("was", "were", "had", "has", "have", "been", "did"))
# Present tenses that, with no other cue in the sentence, announce a schedule in news:
# "The trial opens Friday", "Ministers meet on Thursday".
# "heads" goes somewhere ("heads to Paris"); "heads of state", "army heads met" are people
_HEADS = r"heads?(?=\s+(?:to|for|into|back|home|north|south|east|west|out|off|abroad|overseas)\b)"
_PRESENT = re.compile(
    r"\b(?:is|are|opens?|begins?|starts?|meets?|arrives?|leaves?|visits?|takes?\s+(?:effect|over)|flies|"
    r"shuts?\s+down|runs?\s+out|lapses?|falls?\s+on|falling\s+on|faces?|takes?\s+place|reopens?|concludes?|"
    r"taking\s+effect|marks|celebrates|commemorates|happens|comes(?!,?\s+(?:[\w,-]+\s+){0,3}?after\b)|changes|gets\s+to|falls\s+at|"
    rf"goes|go\s+to\s+the\s+polls|go\s+on\s+(?:sale|display|trial|air)|holds?|ends?|expires?|resumes?|returns?|travels?|{_HEADS}|"
    r"plays?|hosts?|votes?|closes?|launch(?:es)?|kicks?\s+off|gets?\s+under\s*way|"
    r"releases|publishes|unveils|announces|premieres|airs|debuts|testifies|speaks|issues|convenes|"
    r"reports(?=\s+(?:[a-z]+\s+){0,6}?on\s+$)|reports\s+(?:results|earnings)|breaks\s+(?:for|up)|follows|"
    r"reconvenes|delivers|wants|asks|urges|expects|needs|invites|intends|plans|hits|"
    r"moves|reaches|lands|reports?\s+(?:[\w-]+\s+){0,2}?(?:results|earnings))\b"
    r"|(?<=[a-z]['’])re\b")
# The scheduling verbs among them, strong enough to override an earlier past verb.
SCHEDULE_VERBS = (r"opens|begins|starts|meets|arrives|leaves|takes\s+(?:effect|over)|expires|"
                  rf"resumes|shuts\s+down|runs\s+out|lapses|returns|travels|flies|{_HEADS}|hosts|"
                  r"closes|launches|kicks\s+off|faces|ends|convenes|reconvenes|turns|"
                  r"takes\s+place|reopens|concludes")
_SCHEDULE_WORD = re.compile(rf"\b(?:{SCHEDULE_VERBS})\b")
_DETERMINER_END = re.compile(r"\b(?:the|a|an|its|their|his|her)\s$")


def _schedules(low: str, lo: int, hi: int) -> bool:
    """A verb of LOW[LO:HI] schedules what the clause tells ("The law takes effect Jan.
    1"), not a noun after a determiner ("defended the hosts")."""
    m = _SCHEDULE_WORD.search(low, lo, hi)
    while m is not None and _DETERMINER_END.search(low, max(0, m.start() - 7), m.start()):
        m = _SCHEDULE_WORD.search(low, m.end(), hi)
    return m is not None
# Those that schedule after a fronted date: verbs in -s ("On Thursday the House votes"), not
# nouns ("On Wednesday, Ricardo Alarcon, head of ...")
_PRESENT_AFTER = re.compile(rf"\b(?:{SCHEDULE_VERBS}|visits|holds|votes|reaches|lands|delivers|gets\s+to|"
                            r"(?:we|they)\s+(?:go|start|begin|meet|leave|fly|return|head|play|travel)|"
                            r"testifies|speaks|issues|publishes|reports|unveils|announces|releases|approaches|looms|nears|"
                            r"(?:is|are)\s+(?:coming|approaching|looming|near))\b")
# A period that recurs, told by its months: "the hurricane season, which runs from June 1 to
# Nov. 30" (the nearest one, not the next; but "the summit, which runs from Thursday")
_RUNS_FROM = re.compile(r"\b(?:runs|lasts|stretches|extends)\s+(?:[a-z]+ly\s+)?from\s+$")
# a record's aside: "The outbreak, the worst since the virus was first identified in 1976,"
_RECORD_SINCE_BEFORE = re.compile(r",\s+(?:the\s+)?(?:first|worst|best|biggest|largest|deadliest|highest|lowest|"
                                  r"[a-z]+est)\s+(?:[a-z-]+\s+){0,3}since\b[^,.;]*$")
_APPOSED_NOUN_AFTER = re.compile(r"\s+[a-z-]+(?:\s+[a-z-]+)?,")
# A period told as a year back: "the year-earlier quarter", "a year ago", "last year's"
YEAR_BACK = re.compile(r"year[-\s](?:ago|earlier|before)|\ba\s+year\b|last\s+year|prior[-\s]year|previous\s+year",
                       re.I)
# A later step of what the sentence tells: "last year before easing to 63% in February"
_THEN_DOING = re.compile(r"\b(?:before|then|and\s+then)\s+[a-z]+ing\b")
# The earlier figure a forecast is compared with: "down from 175,000 in"
_COMPARED_AMOUNT_IN = re.compile(r"\b(?:down|up|compared)\s+(?:with\s+|from\s+)(?:about\s+|around\s+|an?\s+)?"
                                 r"[$€£]?\d[\d,.]*(?:\s*(?:%|percent|million|billion|trillion|cents|jobs|"
                                 r"a\s+share|barrels))*\s+in\s+$")
# A comparison's "from": "down 1.5 percent from June" looks back, not ahead
_COMPARED_FROM = re.compile(r"\b(?:down|up|higher|lower|percent|points?|compared)\b[^.;]*\bfrom\s+$")
# Prepositions that point ahead only when the verb does not say otherwise.
# How far ahead a time lies, said right after it: "Easter, less than three weeks away".
_AWAY_AFTER = re.compile(r",?\s+(?:(?:less|more|fewer)\s+than\s+|about\s+|just\s+|only\s+|still\s+)?"
                         r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|\d+)"
                         r"\s+(?:days?|weeks?|months?)\s+away\b")
_ADVERB_AT_MOST = re.compile(r"\s+(?:[a-z]+ly\s+)?")
_WEAK_FUTURE = frozenset(("until", "as soon as", "as early as", "through", "ahead of"))
# Past verbs in un- (most words in un-...-ed are adjectives: "unchanged", "unspecified")
_UN_VERBS = frozenset(("unveiled", "unleashed", "uncovered", "unearthed", "unfolded", "unlocked",
                       "unloaded", "unraveled", "unravelled", "unsealed", "untied", "unplugged",
                       "unfurled", "undermined", "underlined", "underscored"))
# Words in -ed that are no past tense.
_NOT_PAST_ED = frozenset(("need", "speed", "seed", "feed", "bed", "red", "indeed", "hundred",
                          "proceed", "exceed", "succeed", "breed", "shed", "wed", "embed",
                          "greed", "weed", "deed"))
_ADVERB_ADJECTIVE_BEFORE = re.compile(r"\b(?:on|of|in|for|with|to|from|the|a|an|its|their|his|her|"
                                      r"more|most)\s+(?!(?:supply|family|rally|ally|reply|italy|"
                                      r"july|assembly|anomaly|monopoly|apply|comply|imply|fly)\s)"
                                      r"[a-z]+ly\s+$")
# What "planned" plans: "planned a large demonstration on Saturday".
_PLANNED_WHAT = re.compile(r"\s+(?:a|an|their|its|his|her|another|more)\s")
# Nouns before a past form that is also a noun: "a rate cut", "a tax cut".
_NOUN_MODIFIERS = frozenset(("rate", "tax", "price", "job", "budget", "spending", "pay", "wage", "power",
                             "production", "output", "supply", "interest-rate", "cost", "subsidy"))
# Participles that name a thing ("an orbiter called MAVEN"), after its noun phrase.
_NAMING = frozenset(("called", "named", "dubbed", "nicknamed", "titled", "entitled", "codenamed"))
_NAMED_THING_BEFORE = re.compile(r"\b(?:a|an|the|its|their|his|her)\s+(?:[a-z-]+\s+){0,2}[a-z-]+\s+$")
_NAME_NEXT = re.compile(r"\s+['\"“‘]?[A-Z]")
# Past forms that are also nouns, read as nouns before "of": "a set of", "a cut of".
_NOUN_PASTS = frozenset(("set", "cut", "hit", "bid", "cost", "spread", "put", "shut"))
# Adverbs of a habit: the verb after them is in the present when its past is the same word.
_HABIT_ADVERBS = frozenset(("often", "usually", "always", "sometimes", "regularly", "frequently",
                            "typically", "generally", "normally", "rarely", "seldom", "routinely"))
# a count before a word in -ed makes it an adjective: "two televised debates"
_COUNT_WORDS = frozenset(("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"))
_PLURAL_NOUN_NEXT = re.compile(r"\s+(?!(?:was|has|is|as|this|us|its|his)\b)[a-z]{3,}s\b")
_DET_WORDS = frozenset(("a", "an", "the", "still", "very", "most", "more", "less", "its", "their",
                        "his", "her", "this", "these", "those", "with", "without", "full",
                        "whole", "new", "along", "across", "among", "into", "onto", "of", "from",
                        "for", "in", "on", "by", "at"))
# ("a list of completed transfers", "experts from affected countries": after a preposition,
# an adjective)


def _token_before(low: str, at: int, reach: int) -> tuple[str, int, int]:
    """The word ending right before the whitespace before AT, within REACH characters
    back, where it begins, and where that whitespace starts (-1 if none): as the regex
    \\b(word)\\s+$ would find it in LOW[AT - REACH : AT] ("" when no whole word fits)."""
    lo = max(0, at - reach)
    j = at
    while j > lo and low[j - 1].isspace():
        j -= 1
    if j == at:
        return "", at, -1
    i = j
    while i > lo and (low[i - 1].isalnum() or low[i - 1] == "_"):
        i -= 1
    if i == lo and lo > 0 and (low[lo - 1].isalnum() or low[lo - 1] == "_"):
        return "", i, j  # the word runs on past the window
    return low[i:j], i, j


# In a headline, "to" and a verb is the future: "Eskom to ramp up to Stage 6 on Sunday".
_NON_SPACE = re.compile(r"\S")
_HEADLINE_TO = re.compile(r"\bto\s+(?!(?:a|an|the|record|new|high|low|near|its|their|his|her)\b)[a-z]+\b(?!-)")
# Past verbs of intent: ahead of them they look forward ("vowed to strike before
# Christmas"), behind them they are past ("On 1 January, he vowed to fight on").
_PAST_PLANS = ("planned", "vowed", "promised", "pledged")
# An infinitive with its object: what a past verb intended lies ahead of it ("a program to
# pay down the loan by February", "declared holidays to mark Good Friday"), unlike a place
# ("went to school in May"); a passive one right before the date is ahead ("announced loans
# to be offered in September").
_INFINITIVE = re.compile(r"\bto\s+[a-z]+\s+(?:(?:the|a|an|his|her|its|their|down|up|out|off|back)\b|$)")
# advice, the one to three words of its object, then its infinitive (not an order: "ordered
# staff to leave on Saturday" is as often the day of the order)
_DIRECTED_TO = re.compile(r"(?<!ordered or )\b(?:urged|advised|encouraged)\s+(?:(?!to\b)[\w'’.-]+\s+){0,3}?"
                          r"to\s+(?!the\b|a\b|an\b)[a-z]+\b")
_PASSIVE_INFINITIVE = re.compile(r"\bto\s+be\s+[a-z]+(?:ed|en|t)\s+(?:(?:in|on|by|from|at)\s+)?$")
# Verbs that put something on a later date, and the prepositions that give that date.
_RESCHEDULED = re.compile(r"\b(?:set|moved|postponed|delayed|rescheduled|pushed|put\s+off|"
                          r"adjourned|deferred|brought\s+forward|called|(?:been|being)\s+planned)\b")
_EXTENDED = re.compile(r"\b(?:extended|prolonged)\b")
_TARGET_BEFORE = re.compile(r"\b(?:for|to|until|till|deadline\s+of)\s+(?:the\s+)?$")
_MODAL_OR_NAME = frozenset(("may", "could"))
_NOT_AFTER = re.compile(r"\s+not\b|n't")
_MID_SENTENCE_BEFORE = re.compile(r"[a-z,]\s+['\"‘“]?$")
_CONDITION_BEFORE = re.compile(r"\b(?:if|unless|once)\s+$")
_PLAN_WORDS = frozenset(("scheduled", "planned", "expected"))
_ADJECTIVE_USE_AFTER = re.compile(r"\s+(?!(?:to|for|on|in|at|by|until|as|the|a|an|this|that|"
                                  r"next|later|early|late|sometime|around|about|before|after|"
                                  r"and|or|but|with|from|within|over)\b)[a-z]+\b(?!['’])"
                                  r"(?!\s+to\b)")  # (not "expected negotiators to meet")
_NOT_UNTIL = re.compile(r"\bnot\s[^.;]*\buntil\s+$")
_NO_LONGER_AFTER = re.compile(r"\s+no\s+longer\b")
_NEGATION_BEFORE = re.compile(r"\b(?:neither|nor(?!['’])|nobody|none|never|no\s+one)\b[^.;]*$")  # (not "nor'easter")
_AHEAD_OF_WHAT = re.compile(r"\s+(?:the\s+)?(?:schedule|time|expectations|forecasts?|estimates|"
                            r"curve|pack|rivals?|peers|competitors|plan|target)\b")
_AMOUNT_AFTER = re.compile(r"\s*(?:[$€£¥]|\d|us\$|about\s+\d|around\s+\d)")
_NEXT_TO = re.compile(r"\s+(?:to|door)\b")
# "is believed to have died on Wednesday": a perfect infinitive, past.
_TO_HAVE_DONE = re.compile(r"\b(?:(?:was|were|believed|thought|said|reported|understood|known|alleged|"
                           r"suspected|appears?|seems?|appeared|seemed)\s+to|(?:may|might|must|could)"
                           r"(?:\s+not)?(?=\s+have\s+(?:been|had|[a-z]+(?:ed|en|wn|ne|t|ld|un|ung|unk|ought|id|ade|uck|ost|ome|ot)|hit)\b))"
                           r"\s+have\s+(?:been\s+)?[a-z]+")
# ("may have bottomed out in October": a modal's perfect is a guess about the past)
_MODAL_BEFORE = re.compile(r"\b(?:may|might|must|could)(?:\s+not)?\s+$")
# "the three months through September": a period a figure covers, no bound ahead.
_PERIOD_BEFORE = re.compile(r"\b(?:days|weeks|months|years|period|quarter|half)\s+$")
# "weaker than expected", "as expected"; "the bond due 2021": no look ahead.
_THAN_AS_BEFORE = re.compile(r"\b(?:than|as)\s+$")
_YEAR_NEXT = re.compile(r"\s+(?:in\s+)?(?:19|20)\d\d\b")
# A determiner, perhaps with a word of its noun phrase, before "forecasts" or "plans": nouns.
_NOUN_DET_BEFORE = re.compile(r"\b(?:their|its|his|her|our|my|your|these|those|latest|previous|"
                              r"revised|official|earlier|the)\s+(?:(?:growth|economic|earnings|"
                              r"profit|sales|revenue|inflation|budget|weather|own|new)\s+)?$")
# "drew up contingency plans over the weekend": plans of a kind, a noun
_PLANS_KIND_BEFORE = re.compile(r"\b(?:contingency|evacuation|expansion|spending|investment|business|battle|"
                                r"travel|holiday|retirement|pension|development|peace)\s+$")
# Cues that look ahead from a past moment of the story ("was expected to", "were due to");
# after "had been" they are a past plan ("had been due to expire Friday").
_PROSPECTS = frozenset(("expected", "scheduled", "planned", "planned for", "planning", "forecast for", "forecast to", "due", "due to",
                        "set to", "likely to", "unlikely to", "poised to", "on track to",
                        "likely on", "likely by", "likely over", "likely from"))


def _tense_of(m: re.Match[str], text: str) -> bool | None:
    """True for a future cue, False for a past one, None for no cue after all ("United",
    "had been due to" is a past plan; "is expected" a passive). M matched the lower-cased
    copy of TEXT."""
    if m.group("future"):
        if m.group(0) == "expected" and _THAN_AS_BEFORE.search(m.string, max(0, m.start() - 8), m.start()) \
                or m.group(0) == "due" and _YEAR_NEXT.match(m.string, m.end()):
            return None  # "weaker than expected in May", "as expected": a comparison; "the 8
            # 1/8% bond due 2021": a maturity
        if m.group(0) in ("forecasts", "plans", "plan") and (_NOUN_DET_BEFORE.search(
                m.string, max(0, m.start() - 30), m.start()) or _PLANS_KIND_BEFORE.search(
                m.string, max(0, m.start() - 14), m.start()) or _NOUN_PREP_AFTER.match(m.string, m.end())):
            return None  # "cut their growth forecasts, from 3.0 percent in December": a noun
        if m.group(0) in _PLAN_WORDS and _ADJECTIVE_USE_AFTER.match(m.string, m.end()):
            return None  # "had undergone scheduled maintenance on 16 November": an adjective
        if m.group(0) in ("was to", "were to") and m.string.startswith((" blame", " be expected"), m.end()):
            return False  # "was to blame for the loss on Sunday" (not "was to travel on Sunday")
        if m.group(0) == "could" and _NO_LONGER_AFTER.match(m.string, m.end()):
            return False  # "By the middle of May he could no longer speak"
        if m.group(0) in _MODAL_OR_NAME and (text[m.start()].isupper() or m.group(0) == "could" and _NOT_AFTER.match(
                m.string, m.end()) or _NEGATION_BEFORE.search(m.string, max(0, m.start() - 50),
                                                              m.start())):
            return None  # "in May"; "could not be reached Friday", "nor ... could be located"
            # (but "may not be in place before Christmas" looks ahead)
        if m.group(0).endswith("to") and _AMOUNT_AFTER.match(m.string, m.end()):
            return None  # "cut its forecast to $112": an amount, not an infinitive
        if m.group(0) == "next" and (_NEXT_TO.match(m.string, m.end()) or m.string.endswith(
                "the ", 0, m.start())):
            return None  # "killed next to the embassy": a place; "the next day": the story's
        if m.group(0).startswith("ahead") and _AHEAD_OF_WHAT.match(m.string, m.end()):
            return None  # "finished ahead of schedule in mid-May": a comparison
        if _ONCE_BEFORE.search(m.string, max(0, m.start() - 14), m.start()):
            return False  # "the elections, originally scheduled for February 14": a past plan
        aux = _PAST_AUX_BEFORE.search(m.string, max(0, m.start() - 30), m.start())
        if aux is not None and m.group(0) in _PROSPECTS and "had" not in aux.group(0):
            return True  # "the director was expected to tour the area Thursday": still ahead
        return aux is None
    word = m.group(0)
    low, at = m.string, m.start()
    if low.startswith("-", m.end()) or at and low[at - 1] == "-":
        return None  # "an emergency closed-door meeting", "a long-delayed vote": adjectives
    before, begins, gap = _token_before(low, at, 12)
    if before in _MODALS and begins >= at - 8 or gap > 0 and low.endswith("'ll", max(0, at - 8), gap) \
            or word.endswith("ed") and _MODAL_VERB_BEFORE.search(low, max(0, at - 24), at) and \
            not text[begins].isupper():
        return None  # "will have", "might cut", "to set": the modal or the verb before decides;
        # "will release updated figures": an adjective (not "from January to June reached")
    if word in _AUXILIARIES:
        return False
    if word == "planned" and _PLANNED_WHAT.match(low, m.end()) and before not in _AUX_WORDS:
        return True  # "Protesters planned a large demonstration on Saturday": what is planned
        # lies ahead (not "had planned", "the planned merger")
    if word == "set" and low.startswith((" for ", " to "), m.end()) and before not in _AUX_WORDS \
            and before not in _PRONOUNS and not _ONCE_BEFORE.search(low, max(0, at - 14), at):
        return True  # "meet again Saturday night, with kickoff set for 7 p.m.": a plan (not
        # "was set for", "they set to work", "originally set for March")
    # a capital opens a name or a title, save in a title-case heading ("# Housing Starts Rose
    # 3.1% in March")
    capital = text[at].isupper() and not low.startswith("#", low.rfind("\n", 0, at) + 1)
    if word.endswith("ed") and (capital or word in _NOT_PAST_ED
                                or word.startswith("un") and word not in _UN_VERBS):
        return None
    if word in _NAMING and _NAME_NEXT.match(text, m.end()) and _NAMED_THING_BEFORE.search(
            text, max(0, at - 40), at):
        return None  # "an orbiter called MAVEN": a name, no verb of the clause (not "Romney
        # named Paul Ryan on Saturday")
    if capital and _MID_SENTENCE_BEFORE.search(text, max(0, m.start() - 3), m.start()):
        return None  # "will launch 'Lost' on Sept. 22": a title, no verb
    if before.endswith("ly") and begins > 0 and _token_before(low, begins, 12)[0] in _AUX_WORDS:
        return None  # "will be partially reopened": a participle after all
    if before == "not" and begins > 0 and _token_before(low, begins, 12)[0] in _AUX_WORDS:
        return None  # "if he is not released by Sunday": a participle, the auxiliary decides
    if before in _AUX_WORDS or before in _DET_WORDS or before in _COUNT_WORDS and _PLURAL_NOUN_NEXT.match(
            low, m.end()) or _CAUSATIVE_BEFORE.search(
            low, max(0, at - 40), at):
        return None  # participle or adjective: "will be paid", "an unspecified date", "hope
        # to have Miers confirmed by Thanksgiving"
    if word.endswith("ed") and low.endswith("ly ", 0, at) and _ADVERB_ADJECTIVE_BEFORE.search(
            low, max(0, at - 30), at):
        return None  # "on federally subsidized student loans": an adjective
    if word in _NOUN_PASTS and low.startswith(" of ", m.end()):
        return None  # "will present its full set of results": a noun
    if word in _NOUN_PASTS and before in _NOUN_MODIFIERS:
        return None  # "room for a rate cut in November", "a tax cut": a noun
    if word in _NOUN_PASTS and before in _HABIT_ADVERBS:
        return None  # "the rains that begin in June often cut off roads": a present habit
    if word.endswith("ed") and _CONDITION_BEFORE.search(low, max(0, at - 8), at):
        return None  # "if elected in November": a condition, no past
    if word.endswith("ed") and _KEPT_STATE_BEFORE.search(low, max(0, at - 80), at):
        return None  # "would keep 19 embassies closed through Saturday": a state, the verb
        # before it decides
    if word.endswith("ed") and low.startswith(" by ", m.end()) and low.endswith(", ", 0, at):
        return None  # "scheduled for April 10, followed by a statement on May 22"
    return False


@dataclass(slots=True)
class Norm:
    """What a normaliser decided; ``end`` may cut the span short (trailing "after")."""

    type: str
    value: str
    mod: str | None = None
    anchor: str = "explicit"
    end: int | None = None
    start: int | None = None
    # False for a year that stands for a span across two ("last season"): the months
    # after it in the sentence do not take it
    sets_year: bool = True


@dataclass(slots=True)
class Context:
    """Document-level state: DCT, narrative reference time, future cues."""

    text: str
    dct: date | None
    lex: Lexicon
    future_re: re.Pattern[str]
    low: str = ""  # TEXT lower-cased, same offsets
    last_ref: str | None = None
    last_quarter: str | None = None
    last_day: tuple[str, int] | None = None  # the last day-precise value and its offset
    last_year: str | None = None  # the last year-precise value ("2022") and its offset
    last_year_at: int = -1
    # the day of the scene that clock times fall in: the last day-precise date not told as
    # when something was reported ("testified Monday"), its offset and its hour (-1 if none,
    # NIGHT_SCENE for an afternoon, evening or night: "Sunday night")
    scene: tuple[str, int, int] | None = None
    # last_ref, but not moved by a date in an aside ("since the crash of October 1987",
    # ", who was shot 17 months ago,"): what tells whether clock times are still in the scene
    clock_ref: str | None = None
    game_words: int = -1  # how many words of a game's play the document has (-1: not read)
    headings: list[tuple[int, int]] | None = None  # year headings: (offset, year); None: not read
    found: list[Timex] = field(default_factory=list)  # the expressions kept so far, in order
    start: int = 0
    end: int = 0
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)

    # -- sentence and tense -------------------------------------------------------------
    def sentence(self) -> str:
        right = self.text[self.end : self.end + 250]
        stop = _SENTENCE_END.search(right)
        return self.sentence_before() + self.text[self.start : self.end] + \
            right[: stop.start() if stop else len(right)]

    def sentence_before(self) -> str:
        """The sentence up to the expression."""
        lo = max(0, self.start - 250)
        left = self.text[lo : self.start]
        cut = max((m.end() for m in _SENTENCE_END.finditer(left)), default=0)
        return left[cut:]

    def future(self) -> bool:
        """Future reference from tense cues in the expression's sentence: the nearest modal
        or finite past verb before it ("will meet Bush on Thursday", "would be paid in
        January", "Cuba predicted Wednesday"), else the first cue after it."""
        verdict = self.tense()
        return verdict is True

    def tense(self) -> bool | None:
        """`future` with a third answer: None when the sentence has no tense cue at all
        and no present tense that schedules."""
        text, low, start, end = self.text, self.low, self.start, self.end
        if low.startswith((" ", ","), end) and _AWAY_AFTER.match(low, end):
            return True  # "by Easter, less than three weeks away"
        if low.endswith(" in ", 0, start) and _COMPARED_AMOUNT_IN.search(low, max(0, start - 70), start):
            return False  # "expect a gain of 90,000 jobs, down from 175,000 in March": the
            # figure compared with is one already out
        cut = max(0, start - 120)
        for m in _CLAUSE_END.finditer(text, cut, start):
            cut = m.end()
        if _TO_HAVE_DONE.search(low, cut, start):
            return False  # "is believed to have died on Wednesday": a perfect infinitive
        comma = low.find(",", cut, start) >= 0
        inside = _ASIDE_OPEN_BEFORE.search(low, cut, start) if comma else None
        if inside is not None:
            cut = inside.start()  # "said that the meetings, which end on Sunday, were useful":
            # the relative clause's own tense
        verdict: bool | None = None
        strong: bool | None = None  # the last cue that is not a weak one
        strong_word = ""
        strong_end = -1
        weak = False
        weak_word = ""
        weak_at = -1
        last = -1
        # a relative clause closed before the expression tells of something else: "will
        # travel to Varanasi, where he won a seat, on Saturday"
        aside = _relative_aside(low, cut, start) if comma else None
        for m in self.future_re.finditer(low, cut, start):
            if m.group(0) == "through" and (start - m.end() > 2 or _PERIOD_BEFORE.search(
                    low, max(0, m.start() - 12), m.start())):
                continue  # "tore through his window ... Friday night": no bound; "the three
                # months through September": the period a figure covers
            if aside is not None and aside[0] < m.start() < aside[1] or \
                    low.endswith(" as ", 0, m.start()):
                continue  # ("the race will go on as planned at 9 a.m. Sunday": a manner)
            cue = _tense_of(m, text)
            if cue is not None:
                verdict, last = cue, m.start()
                weak = m.group(0) in _WEAK_FUTURE
                if not weak:
                    strong, strong_word, strong_end = cue, m.group(0), m.end()
                else:
                    weak_word, weak_at = m.group(0), m.start()
        if _HEADLINE_TO.search(low, cut, start) and self._in_headline():
            verdict, strong, weak, last = True, True, False, start  # "Eskom to ramp up ... on Sunday"
        will = max(low.rfind("'ll", cut, start), low.rfind("’ll", cut, start))
        if will > last and will > 0 and low[will - 1].isalpha():
            verdict, strong, weak, last = True, True, False, will  # "we'll", "they’ll"
        if verdict is False and not weak:
            # "announced an agreement to acquire the bank in January" (not the verb's own
            # complement: "had been due to begin its speech on Thursday")
            cue_end = low.find(" ", last)
            inf = _INFINITIVE.search(low, cue_end, start)
            if inf is not None and low[cue_end : inf.start()].strip():
                verdict = strong = None
            elif _PASSIVE_INFINITIVE.search(low, cue_end, start):
                return True
        if verdict is False and not weak and _DIRECTED_TO.search(low, last, start):
            return True  # "urged the central bank to cut rates before the Budget in February",
            # "advised travellers to avoid peak hours on Saturday": what is urged lies ahead
        if verdict is False and not weak and strong_word in self.lex.reporting_verbs and \
                _PRESENT_COPULA.search(low, last, start):
            verdict = strong = None  # "She said the bakery is busiest before Christmas": the
            # present of what was said
        if verdict is False and strong_word in self.lex.reporting_verbs and \
                _SUBJECT_OF_FUTURE.match(low, end):
            return True  # "Forecasters said the weekend will be dry", "said Friday's final
            # could be close": the report is of a time ahead
        if verdict is False and _schedules(low, last + 1, start):
            return True  # "The law, passed in 2010, takes effect Jan. 1"
        # the past verb that set the date: the last cue, or the strong one before a weak
        # "until" ("postponed the vote until Monday afternoon, as savers queued")
        setter = last if verdict is False else strong_end - len(strong_word) if (
            weak and strong is False) else -1
        if setter >= 0 and not _ONCE_BEFORE.search(low, max(0, setter - 14), setter) and \
                (_RESCHEDULED.search(low, setter, start) or _EXTENDED.search(low, setter, start)
                 and not low[start:start + 1].isdigit()) and _TARGET_BEFORE.search(
                low, max(0, start - 14), start):
            return True  # "The judge set a hearing for Jan. 12", "moved the vote to Friday", "the
            # deadline has been extended to September 30" (not "voting was extended to 11 p.m.")
        if verdict is not None and not weak:
            return verdict
        if strong:  # "would be ready to leave as soon as Tuesday"
            return True
        if verdict and weak and strong is False and weak_word in ("as early as", "through") and \
                strong_word not in self.lex.reporting_verbs and _ADVERB_AT_MOST.fullmatch(
                    low, strong_end, weak_at):
            return False  # "the first case occurred as early as December", "Prices rose
            # through the summer": a bound of the past verb right before it (not "canceled
            # classes through Sunday", "pushed for a vote as early as Monday")
        if strong is False and (strong_word in self.lex.lasting_verbs or strong_word in (
                "had", "did") or _HAD_BEEN_BEFORE.search(low, cut, start) or _NOT_UNTIL.search(
                    low, strong_end, start)):
            return False  # "the storm lasted until late Sunday", "had bought ... through Sept. 29",
            # "did not yield the floor until noon Wednesday", "was not sworn in until Nov. 22"
        if verdict is None and _schedules(low, cut, start):
            return True  # "Barnes, who faces re-election in November, said ..."
        # (from the expression's own final stop, if any: "open from 7 a.m. to 7 p.m. Officials
        # urged ...")
        stop = _CLAUSE_OR_QUOTE_END.search(text, end - 1 if text.endswith(".", 0, end) else end, end + 80)
        after_end = stop.start() if stop else end + 80
        close = low.find(",", end, after_end) if inside is not None else -1
        if close >= 0:
            after_end = close  # the relative clause ends there
        for m in self.future_re.finditer(low, end, after_end):
            if low.endswith(" as ", 0, m.start()):
                continue  # "classes begin Thursday as planned": a manner, no tense
            # a fronted date goes with the main verb: "On Friday, they planned to pay" is
            # when they planned
            cue = False if m.group(0).startswith(_PAST_PLANS) else _tense_of(m, text)
            if cue is False and _schedules(low, end, m.start()):
                return True  # "On Tuesday he flies to Yangon ..., who died in 1862"
            if cue is not None:  # "Until Thursday, they had not called him": past
                return cue if weak is False or cue is False else True
        if verdict is None and _WILL_AFTER.search(low, end, after_end):
            return True  # "The trial continues Friday, when we'll hear from the defence"
        if verdict is None:  # no tense cue at all: a present tense schedules ("opens Friday"),
            # and so does "from" ("Rail fares rise from Monday"), or one after a fronted date
            # ("On Thursday he reaches the midpoint of his term")
            return True if _PRESENT.search(low, cut, start) is not None or low.endswith(
                "from ", 0, start) and not _COMPARED_FROM.search(low, max(cut, start - 50), start) \
                and not (_RUNS_FROM.search(low, max(cut, start - 26), start) and
                         self.text[start:end].split(maxsplit=1)[0].rstrip(".").lower() in self.lex.months) \
                or not low.startswith((":", " -", " –", " —"), end) and \
                _PRESENT_AFTER.search(low, end, after_end) is not None \
                else None  # (not in a chronology: "December 24: the Council votes")
        return verdict

    # -- the narrative state carried from one expression to the next -------------------
    def refs(self) -> Refs:
        return (self.last_ref, self.last_quarter, self.last_day, self.last_year,
                self.last_year_at, self.scene, self.clock_ref)

    def set_refs(self, refs: Refs) -> None:
        (self.last_ref, self.last_quarter, self.last_day, self.last_year,
         self.last_year_at, self.scene, self.clock_ref) = refs

    def year_in_sentence(self) -> int | None:
        """The year of a year-precise date named earlier in the same sentence ("two coups
        in 2022, in January and September"), if any."""
        ref, at = self.last_year, self.last_year_at
        if not ref or at < 0 or self.start - at > 300 or len(ref) != 4:
            return None  # (not a decade's "199": "Christmas in the late 1990s")
        if _DATED_ENTRY_BEFORE.search(self.text, max(0, at - 8), at) and "\n" not in self.text[at : self.start]:
            return int(ref)  # the year of a timeline's entry, all along its line
        if self.start - at > 150 or _SENTENCE_END.search(self.text, at, self.start):
            return None
        if self.last_ref and self.last_ref[:4].isdigit() and self.last_ref[:4] != ref and (
                len(self.last_ref) == 4 or self.last_ref[5:6].isalpha()):
            return None  # "world champion in 2009, ... last summer ... this season, breaking the
            # record in May": the story has moved on from the year
        if self.low.startswith(("last year", "a year ago"), at) and _THEN_DOING.search(self.low, at, self.start):
            return None  # "topped 300% last year before easing to 63% in February": later
        if self.low.endswith(", the ", 0, at) and _APPOSED_NOUN_AFTER.match(self.low, at + 4):
            return None  # "Wiggins, the 2012 champion, pulled out in May": an apposition's year
        if (_ASIDE_OPEN_BEFORE.search(self.low, max(0, at - 80), at) or _RECORD_SINCE_BEFORE.search(
                self.low, max(0, at - 80), at)) and "," in self.low[at : self.start]:
            return None  # "Monti, whose government took office in November 2011, has led a
            # caretaker administration since he resigned in December": the aside's year
        if self.dct is not None and int(ref) <= self.dct.year and (_CLAUSE_END.search(
                self.text, at, self.start) or _AND_BUT.search(self.low, at, self.start) and
                self.tense() is True) and (self.tense() is True or self.low.startswith(
                    ("last year", "a year ago"), at) and at >= 2 and self.low[at - 2] not in ".!?\n\"'"):
            return None  # "Sales fell last year, and the company expects to recover by June";
            # "opened earlier this year, and a gym is expected to open in January"; "Inflation
            # reached 20 percent last year, and the bolivar was devalued in February" (but
            # "Last year, the board asked ..., but use fell between June and February"); "pleaded
            # guilty in October 1994 and is scheduled to be sentenced in April"
        return int(ref)

    def reported_from(self) -> date | None:
        """The day a report told of the future was made, when the expression is in what was
        reported: the first day of a past month or day named earlier in the sentence, with
        "would" after it ("said in May that it would cut jobs by September", "forecast in
        October that sales in November would rise"). Its months lie ahead of that day, not
        of the DCT."""
        if not self.found or self.dct is None:
            return None
        said = self.found[-1]
        if said.interval is None or said.granularity not in ("month", "day") or \
                said.type != "DATE" or said.end > self.start:
            return None
        if said.interval[1] >= self.dct.replace(day=1) or _SENTENCE_END.search(self.text, said.end, self.start):
            return None
        stop = _SENTENCE_END.search(self.text, self.end, self.end + 250)
        if not _WOULD.search(self.low, said.end, stop.start() if stop else self.end + 250):
            return None
        return said.interval[0]

    def in_a_game(self) -> bool:
        """The words around tell a game's play ("scored 14 points in the fourth quarter",
        "trailed 17-13", "with 1:12 left") and no money, or the story's words do, three times
        over: its quarters and halves are the game's."""
        near = self.low[max(0, self.start - 120) : self.end + 120]  # (cheaper than the sentence)
        if "analysts" in near or "estimates" in near:
            return False  # "fourth-quarter profit trailed analysts' estimates": results
        if _game_cues(self.lex.game_cues).search(near) is not None:
            return True
        if any(sign in near for sign in _MONEY_SIGNS):
            return False  # "net income in the fourth quarter rose 12% to $45 million"
        if "-" in near and any(_word_before(near, m.start()) not in self.lex.months
                               for m in _SCORE.finditer(near)) or \
                ":" in near and _GAME_CLOCK.search(near) is not None:
            return True  # "trailed 17-13" (not "on June 11-12")
        if self.game_words < 0:  # read once (a set of the words is cheaper than a scan of
            # the text for each cue)
            words = set(self.low.split())
            self.game_words = sum(1 for cue in self.lex.game_cues if (
                cue in words if " " not in cue else cue in self.low))
        return self.game_words >= 3

    def heading_year(self) -> int | None:
        """The year of the heading above the expression when a chronology runs under year
        headings ("2011" on a line of its own, then "- March 15: Protests break out")."""
        if self.headings is None:  # read once
            self.headings = [(m.start(), int(m.group(1))) for m in _YEAR_HEADING.finditer(
                self.text)] if "\n" in self.text else []
        year = None
        for at, heading in self.headings:
            if at > self.start:
                break
            year = heading
        return year

    def perfect_ahead(self) -> bool:
        """The expression, a day, follows a present perfect, which takes no past day: "has
        forecast showers on Sunday" (not "has on Monday announced", nor "since Sunday")."""
        lo = max(0, self.start - 160)
        at = max((m.start() for m in _HAS_HAVE.finditer(self.low, lo, self.start)), default=-1)
        m = _PERFECT_BEFORE.match(self.low, at, self.start) if at >= 0 else None
        if m is None or _SINCE_BEFORE.search(self.text, max(0, self.start - 8), self.start) or \
                self.low.endswith("to ", 0, at) or _MODAL_BEFORE.search(self.low, max(0, at - 12), at):
            return False  # (nor "is believed to have died on Wednesday": an infinitive; nor
            # "may have struck the town on Wednesday": a modal's guess about the past)
        # the perfect governs the day only with no finite verb between them ("have said the
        # man was arrested on Saturday")
        return not any(_tense_of(cue, self.text) is not None
                       for cue in self.future_re.finditer(self.low, m.end(1), self.start))

    def months_compared(self) -> int | None:
        """The year of results told for several months earlier in the sentence ("For the
        nine months, ... in the year-earlier period"), a year back: what a year-ago
        comparison is then of, rather than the story's quarter."""
        opening = self.start - len(self.sentence_before())
        for t in reversed(self.found):
            if t.start < opening:
                return None
            if t.type == "DURATION" and t.value in ("P6M", "P9M"):
                return self.results_year_back()
        return None

    def results_year_back(self) -> int | None:
        """The year before the story's results: its quarter's year, else the DCT's."""
        year = int(self.last_quarter[:4]) if self.last_quarter else self.dct.year if self.dct else None
        return year - 1 if year is not None else None

    def _in_headline(self) -> bool:
        """The expression is in a headline: a Markdown heading, or the text's first line when
        it is short and ends with no full stop ("Gbagbo to appear before ICC judges on Monday")."""
        opens = self.low.rfind("\n", 0, self.start) + 1
        if self.low.startswith("#", opens):
            return True
        closes = self.low.find("\n", self.start)
        line = self.text[opens : closes if closes >= 0 else len(self.text)].rstrip()
        return closes >= 0 and _NON_SPACE.search(self.text, 0, opens) is None and len(line) < 160 and \
            not line.endswith((".", "!", "?", '"', "”", ":"))

    def habitual(self) -> bool:
        """The clause says what usually happens ("the monsoon usually arrives in June", "the
        season normally stretches from late spring"): a month or season of no one year."""
        cut = max(0, self.start - 120)
        window = self.low[cut : self.start]
        if "ally" not in window and "arily" not in window and "tend" not in window and \
                "year" not in window:
            return False  # none of the words can be there (a substring test first)
        for m in _CLAUSE_END.finditer(self.text, cut, self.start):
            cut = m.end()
        return _HABITUAL.search(self.low, cut, self.start) is not None

    def restates_clock(self) -> bool:
        """The expression, a clock time in brackets, restates the one just before it in
        another zone: "at 1:21 a.m. (5:21 p.m. GMT)", "12:41 a.m. Saturday (11:41 a.m. ET
        Friday)"."""
        return self.low.endswith("(", 0, self.start) and _CLOCK_THEN_BRACKET.search(
            self.low, max(0, self.start - 40), self.start) is not None

    def in_a_title(self) -> bool:
        """The expression ("the year") ends an award's title: "coach of the year"."""
        return _AWARD_BEFORE.search(self.text, max(0, self.start - 30), self.start) is not None

    def rest_of_sentence(self) -> str:
        """The text after the expression up to the end of its sentence (250 characters at
        most)."""
        right = self.text[self.end : self.end + 250]
        stop = _SENTENCE_END.search(right)
        return right[: stop.start() if stop else len(right)]

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

    def narrative(self, unit_gran: str | None = None) -> tuple[date, str] | None:
        """Anchor date and granularity of the narrative reference time (last date seen).
        A shift by days (UNIT_GRAN "day") counts from the last day-precise date of the
        last ~1,500 characters when the last date seen is coarser ("a day later" after
        "officials said Sunday" and "elected in 2019")."""
        if unit_gran == "day" and self.last_day and self.last_day[0] != self.last_ref and \
                self.start - self.last_day[1] < _DAY_REF_REACH:
            return date.fromisoformat(self.last_day[0]), "day"
        if self.last_ref:
            span = V.interval_of(self.last_ref)
            if span:
                return span[1][0], span[0]
        if self.dct:
            return self.dct, "day"
        return None


@cache
def _game_cues(cues: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{words_regex(cues)})\b")


def _word_before(text: str, at: int) -> str:
    words = text[max(0, at - 12) : at].split()
    return words[-1].rstrip(".") if words else ""


# What a market or a record reaches on a day the story compares with ("a six-year high on
# Feb. 5", "its record close of 5,048.62 on March 10")
MARK_NOUNS = r"high|low|peak|close|level|record|bottom|top"
_MONEY_SIGNS = ("$", "%", "percent", "million", "billion", "cents", "€", "£")
_SCORE = re.compile(r"(?<![\d,.$/-])\b\d{1,3}-\d{1,3}\b(?![\d/-])")  # "trailed 17-13"
_GAME_CLOCK = re.compile(r"\d:\d\d\s+(?:left|remaining|to\s+play)\b")  # "with 1:12 left"


_WOULD = re.compile(r"\bwould\b")
# a date that opens a line of a timeline ("- January 2022 - Ecowas imposes sanctions; a second
# coup follows in September"): its entry is told in the present of that date
_DATED_ENTRY_BEFORE = re.compile(r"(?:^|\n)[ \t]*[-*•][ \t]+(?:\*\*)?$")
_AND_BUT = re.compile(r"\s(?:and|but)\s+(?:will|(?:is|are)\s+(?:scheduled|due|expected|set|slated)\s+to)\b")
# past participles that do not end in "-ed", which open an aside as "-ed" ones do
_PARTICIPLES = "held|made|set|won|sent|taken|given|seen|written|paid|sold|kept|found"
_ASIDE_OPEN_BEFORE = re.compile(r",\s+(?:(?:a|an|the)\s+(?:[a-z-]+\s+){1,4}?(?:who|which|[a-z]+ed(?=\s+(?:in|on)\b))|"
                                r"who|whose|which|"
                                r"originally\s+[a-z]+|initially\s+[a-z]+|(?:last|previously)\s+(?:[a-z]+ed|"
                                rf"{_PARTICIPLES})|(?:first\s+)?(?:elected|appointed|"
                                r"founded|formed|created|launched|established|opened|built|born)|(?:[a-z]+ed|begun|"
                                rf"{_PARTICIPLES})(?=\s+(?:in|on|last|earlier)\b))\s[^,;.]*$")
# (", begun in March, which ...": a participle's aside, told in its own time)
_ASIDE_HEAD = re.compile(rf",\s+(?:where|who|which|whose|when|[a-z]+ed|{_PARTICIPLES}|built|known|shown|"
                         r"born)\s")


def _relative_aside(low: str, cut: int, start: int) -> tuple[int, int] | None:
    """The span, commas included, of a relative or participle clause set off by commas
    in LOW[CUT:START] and closed by its last comma: ", where he won a seat," of "will
    travel to Varanasi, where he won a seat, on Saturday"."""
    close = low.rfind(",", cut, start)
    if close < 0 or not (close + 1 < start and low[close + 1].isspace()) or ";" in low[close:start]:
        return None
    open_ = low.rfind(",", cut, close)
    head = _ASIDE_HEAD.match(low, open_) if open_ >= 0 and ";" not in low[open_:close] else None
    if head is None or not 3 <= close - head.end() <= 80:
        return None
    return open_, close
# ("'s" after a pronoun only: "Ghana's capital" is a possessive)
# a date that opens a reported clause told ahead: "(said) the weekend will be dry"
_SUBJECT_OF_FUTURE = re.compile(r"(?:['’]s(?:\s+[a-z-]+){1,2}|\s+(?:and|or)\s+[a-z]+)?\s+(?:will|would|could|should|might|"
                                r"(?:is|are)\s+(?:expected|set|due|likely|going))\b")
_PRESENT_COPULA = re.compile(r"\b(?:is|are|remains|remain|(?:it|that|there|he|she|what|who|here)'s)\b")
_HAS_HAVE = re.compile(r"\b(?:has|have)\s")
_PERFECT_BEFORE = re.compile(r"(?:has|have)\s+(?:not\s+|already\s+|also\s+)?"
                             r"(?!been\b|on\b|had\b)([a-z]+)\s+(?:[^.;!?,]|,\s*(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*,)*$")
# (with an apposition of a place: "has called a summit in the Nigerian capital, Abuja, on Sunday")
_HAD_BEEN_BEFORE = re.compile(r"\bhad\s+(?:already\s+)?been\s+[a-z]+ed\b")
_WILL_AFTER = re.compile(r"[a-z]['’]ll\b")
_HABITUAL = re.compile(r"\b(?:usually|normally|typically|traditionally|customarily|generally|"
                       r"annually|tends?\s+to|every\s+year|each\s+year|once\s+a\s+year)\b")
_CLOCK_THEN_BRACKET = re.compile(
    r"(?:\d|\bnoon|\bmidnight)(?:[:.]\d\d)?\s*(?:[ap]\.?\s?m\b\.?)?(?:\s+[a-z]+){0,2}\s*\($")
_SINCE_BEFORE = re.compile(r"\b(?:since|for|over)\s+(?:early\s+|late\s+)?$", re.I)
_AWARD_BEFORE = re.compile(
    r"\b(?:player|coach|manager|rookie|athlete|person|man|woman|personality|album|song|record|"
    r"book|film|movie|car|team|goal|game|photo|picture|word|story|entrepreneur|businessman|"
    r"businesswoman|teacher|employee|company|newcomer|comeback|performer|artist|driver|golfer|"
    r"footballer|cricketer|volunteer|citizen|scientist|journalist|leader)s?\s+of\s+$", re.I)


_DAY_REF_REACH = 1500
# A line that holds only a year: a heading of a chronology ("2011", "## 2012", "**2013**").
_YEAR_HEADING = re.compile(r"\n[ \t]*(?:#{1,6}[ \t]*)?(?:\*\*|__)?((?:1[5-9]|20)\d\d)(?:\*\*|__)?"
                           r"[ \t]*:?[ \t]*(?=\n|\Z)")  # (from a line break: a fast scan)
NIGHT_SCENE = -2  # the hour of a scene told as a night, an evening or an afternoon ("lost
# power Sunday night"): a clock time before dawn after it is the next day's
_CLOCK_HOUR = re.compile(r"T(\d\d):")


def scene_hour(value: str) -> int:
    """The hour a day-precise VALUE is told at: its clock's, NIGHT_SCENE for a night, an
    evening or an afternoon, else -1."""
    clock = _CLOCK_HOUR.match(value, 10)
    return int(clock.group(1)) if clock else NIGHT_SCENE if value.endswith(("TNI", "TEV", "TAF")) else -1


def _lower(s: str | None) -> str:
    """Lower case, whitespace runs as one space, no outer spaces or hyphens."""
    if not s:
        return ""
    low = s.lower()
    if " " in low or not low.isalnum():
        low = " ".join(low.split()).strip(" -")
    return low


_DECIMAL = re.compile(r"\d+\.\d+")
_NUMBER_PARTS = re.compile(r"[\s-]+")


def parse_number(text: str, lex: Lexicon) -> float | None:
    """"two" → 2, "twenty-four" → 24, "2 1/2" → 2.5, "several" → None (vague)."""
    t = _lower(text).replace(",", "")
    scale = 1e9 if t.endswith(" billion") else 1e6 if t.endswith(" million") else None
    if scale is not None:  # "150 million" (years), "4.6 billion"
        n = parse_number(t.rsplit(" ", 1)[0], lex)
        return None if n is None else round(n * scale)
    half = 0.0
    for tail in (" and a half", " 1/2"):
        if t.endswith(tail):
            t, half = t[: -len(tail)].strip(), 0.5
    if t.isdigit() and t.isascii() or _DECIMAL.fullmatch(t):
        return float(t) + half
    if t in lex.numbers:
        return float(lex.numbers[t]) + half
    parts = _NUMBER_PARTS.split(t)
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
    return lex.date_mods.get(w) or lex.date_mods.get(w + "-") or (
        "MID" if w.startswith("mid") else None)


_APPROX_NEXT_OK = re.compile(
    r"\s*(?:[,.;:)!?\"'’]|$)|\s+(?:[A-Z0-9]|(?:in|when|and|or|to|the|it|he|she|they|we|was|were|"
    r"had|has|is|a|an|at|on|for|with|but|as|of|after|before|until|since|that|this)\b)")


def approx_fits(c: Context) -> bool:
    """"around 1990, ..." is a date; "about 2000 people", "about March madness" are not."""
    return bool(_APPROX_NEXT_OK.match(c.text, c.end))


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


def _relative_unit(unit: str, offset: int, c: Context, narrative: bool = False) -> str:
    gran = _UNIT_GRAN.get(unit, "day")
    if narrative:
        ref = c.narrative(gran if offset else None)  # "that day" is the last date named
        if ref is None:
            return _placeholder(gran)
        anchor, ref_gran = ref
        if ref_gran in _GRAN_ORDER and gran in _GRAN_ORDER and \
                _GRAN_ORDER.index(ref_gran) > _GRAN_ORDER.index(gran):
            return _partly_known(anchor, ref_gran, gran)  # "that day" after "in 1987"
        if unit == "WE" and offset == 1 and anchor.isoweekday() <= 5 and ref_gran == "day":
            offset = 0  # "the following weekend" after a Thursday: that week's
        return V.value_at(V.shift(anchor, unit, offset), gran)
    if c.dct is None:
        return _placeholder(gran)
    return V.value_at(V.shift(c.dct, unit, offset), gran)


def _partly_known(anchor: date, ref_gran: str, gran: str) -> str:
    """A GRAN value inside the coarser unit REF_GRAN around ANCHOR: the part the text does
    not give stays X ("1987-XX-XX" for "that day" when only the year is known)."""
    if ref_gran == "month":
        year_month = f"{anchor.year:04d}-{anchor.month:02d}"
        return year_month + "-XX" if gran == "day" else f"{anchor.year:04d}-WXX"
    if _GRAN_ORDER.index(ref_gran) <= _GRAN_ORDER.index("year"):
        return {"day": f"{anchor.year:04d}-XX-XX", "week": f"{anchor.year:04d}-WXX",
                "WE": f"{anchor.year:04d}-WXX-WE", "month": f"{anchor.year:04d}-XX",
                "quarter": f"{anchor.year:04d}-QX"}.get(gran, f"{anchor.year:04d}")
    return _placeholder(gran)


_UNIT_CODES = {"year": "Y", "fiscal year": "Y", "financial year": "Y", "calendar year": "Y",
               "school year": "Y",
               "academic year": "Y", "month": "M", "week": "W", "weekend": "WE", "quarter": "Q", "decade": "DE", "century": "CE", "day": "D", "night": "D",
               "fortnight": "FN", "hour": "H"}
