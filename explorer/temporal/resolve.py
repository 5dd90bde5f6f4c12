"""Normalisers: from the groups of one matched rule to a TIMEX3 type, value and mod.

Each rule of patterns.toml has a normaliser of the same name here. It receives the rule's
groups and the document context (DCT, narrative time, tense of the sentence) and returns a
`Norm`, or None when the match is not a temporal expression after all (modal "may", "fall"
the verb, "a second time"...).
"""

from __future__ import annotations

from collections.abc import Callable

from explorer.temporal import calendar_rules as cal
from explorer.temporal import duration_rules as dur
from explorer.temporal import holiday_rules as hol
from explorer.temporal import relative_rules as rel
from explorer.temporal.context import Context, Groups, Norm

__all__ = ["NORMALISERS", "Context", "Norm"]

NORMALISERS: dict[str, Callable[[Groups, Context], Norm | None]] = {
    "time": rel.norm_time,
    "time24": rel.norm_time24,
    "time24_spoken": rel.norm_time24_spoken,
    "noon": rel.norm_noon,
    "date_full": cal.norm_date_full,
    "date_dmy": cal.norm_date_dmy,
    "date_num": cal.norm_date_num,
    "part_of_month": cal.norm_part_of_month,
    "month_year": cal.norm_month_year,
    "month": cal.norm_month,
    "holiday": hol.norm_holiday,
    "season": cal.norm_season,
    "seasons": cal.norm_seasons,
    "sport_season": cal.norm_sport_season,
    "quarter": cal.norm_quarter,
    "year": cal.norm_year,
    "year_early": cal.norm_year_early,
    "year_words": cal.norm_year_words,
    "year_short": cal.norm_year_short,
    "quarter_code": cal.norm_quarter_code,
    "year_named": cal.norm_year_named,
    "period": cal.norm_period,
    "year_end": cal.norm_year_end,
    "yearago": cal.norm_yearago,
    "half": cal.norm_half,
    "decade": cal.norm_decade,
    "century": cal.norm_century,
    "deictic": rel.norm_deictic,
    "daypart": rel.norm_daypart,
    "weekday": rel.norm_weekday,
    "earlier_this": rel.norm_earlier_this,
    "fraction": dur.norm_fraction,
    "duration": dur.norm_duration,
    "duration_bare": dur.norm_duration_bare,
    "unit_long": dur.norm_unit_long,
    "rel_unit": rel.norm_rel_unit,
    "set": dur.norm_set,
    "ref": dur.norm_ref,
}
