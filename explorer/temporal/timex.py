"""The value type of the temporal layer: one TIMEX3 expression found in a text."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
# How the value was obtained: written out in full, relative to the document creation time,
# relative to another time in the narrative, or not anchored at all (durations, sets, REFs).
Anchor = Literal["explicit", "relative", "narrative", "none"]
Granularity = Literal[
    "second", "minute", "hour", "time", "day", "week", "month", "season", "quarter",
    "half", "year", "decade", "century", "millennium", "ref",
]


@dataclass(frozen=True, slots=True)
class Timex:
    """A temporal expression with its exact span, TIMEX3 value and calendar interval.

    ``start``/``end`` index the text given to the tagger. ``interval`` (inclusive dates) is
    set for DATE/TIME values that map onto the calendar; ``granularity`` says at which
    precision the text speaks. ``ongoing`` marks open intervals such as "since 2012".
    """

    start: int
    end: int
    text: str
    type: TimexType
    value: str
    mod: str | None = None
    granularity: Granularity | None = None
    interval: tuple[date, date] | None = None
    anchor: Anchor = "explicit"
    ongoing: bool = False

    def to_json(self) -> dict[str, Any]:
        """The public JSON shape of `timeline-explorer timex --format json` (DESIGN.md)."""
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "value": self.value,
            "mod": self.mod,
            "granularity": self.granularity,
            "interval": (
                [self.interval[0].isoformat(), self.interval[1].isoformat()]
                if self.interval
                else None
            ),
            "anchor": self.anchor,
            "ongoing": self.ongoing,
        }
