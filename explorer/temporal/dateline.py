"""The day a story was written, from its dateline, when that is not the day it was dated.

Newspapers and agencies put the day of writing in the dateline ("WASHINGTON, Nov. 16 --",
"BRUSSELS, December 2 (Xinhua) --") and publish the story the next day, so its "today",
"this morning" and "Friday" count from the dateline, not from the publication date.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from explorer.temporal.lexicon import Lexicon

_HEAD_CHARS = 600  # a dateline opens the story: after the headline, if any
_MAX_LAG = 2  # days from writing to publication

# A place in capitals or title case ("WASHINGTON", "New Delhi", "ST. LOUIS, Mo."), a comma,
# a month and a day, perhaps a year and an agency, then a dash or the agency's bracket.
_DATELINE = re.compile(
    r"[ \t]*(?:[A-Z][\w.'’-]*[ \t]){0,3}[A-Z][\w.'’-]*(?:,[ \t]+[A-Z][\w.]*){0,2},[ \t]+"
    r"(?P<month>[A-Za-z]{3,9})\.?[ \t]+(?P<day>[0-3]?\d)(?:,[ \t]+(?P<year>\d{4}))?[ \t]*"
    r"(?:\([^)\n]{1,30}\)[ \t]*)?(?:—|–|--|-|_|:)"
)

_MONTH_AFTER_COMMA = re.compile(r",[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
                                r"[ \t]+[0-3]?\d\b")


def story_day(text: str, dct: date | None, lex: Lexicon) -> date | None:
    """The dateline's day when it falls one or two days before DCT, else None."""
    if dct is None:
        return None
    hint = _MONTH_AFTER_COMMA.search(text, 0, _HEAD_CHARS)  # cheap: a literal comma first
    if hint is None:
        return None
    m = _DATELINE.match(text, text.rfind("\n", 0, hint.start()) + 1, _HEAD_CHARS)
    if m is None:
        return None
    month = lex.months.get(m.group("month").lower())
    if month is None:
        return None
    year = int(m.group("year")) if m.group("year") else dct.year - (month > dct.month)
    try:
        day = date(year, month, int(m.group("day")))
    except ValueError:
        return None
    return day if timedelta(days=1) <= dct - day <= timedelta(days=_MAX_LAG) else None
