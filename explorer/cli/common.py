"""Pieces shared by the subcommands: the bad-input error and option types."""

from __future__ import annotations

import re
from datetime import date, timedelta

import click

from explorer.errors import InputError as BadInput

__all__ = ["ISO_DATE", "SINCE", "UNTIL", "BadInput", "IsoDate", "Period"]


class IsoDate(click.ParamType):
    """A calendar date written YYYY-MM-DD; 2023-02-30 is refused with the reason."""

    name = "YYYY-MM-DD"

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> date:
        if isinstance(value, date):
            return value
        text = str(value).strip()
        try:
            return date.fromisoformat(text)
        except ValueError as exc:
            self.fail(f"{text!r} is not a valid date (YYYY-MM-DD): {exc}", param, ctx)


ISO_DATE = IsoDate()


_PERIOD = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class Period(click.ParamType):
    """YYYY, YYYY-MM or YYYY-MM-DD; ``--since`` takes its first day, ``--until`` its last."""

    name = "DATE"

    def __init__(self, *, end: bool) -> None:
        self.end = end

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> date:
        if isinstance(value, date):
            return value
        text = str(value).strip()
        m = _PERIOD.match(text)
        if not m:
            self.fail(f"{text!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)", param, ctx)
        y, mo, d = int(m.group(1)), m.group(2), m.group(3)
        try:
            if d:
                return date(y, int(mo), int(d))
            if mo:
                first = date(y, int(mo), 1)
                if not self.end:
                    return first
                nxt = date(y + (first.month == 12), first.month % 12 + 1, 1)
                return nxt - timedelta(days=1)
            return date(y, 12, 31) if self.end else date(y, 1, 1)
        except ValueError as exc:
            self.fail(f"{text!r} is not a valid date: {exc}", param, ctx)


SINCE = Period(end=False)
UNTIL = Period(end=True)
