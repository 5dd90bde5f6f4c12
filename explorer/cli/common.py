"""Pieces shared by the subcommands: the bad-input error and option types."""

from __future__ import annotations

from datetime import date

import click

from explorer.errors import InputError as BadInput

__all__ = ["ISO_DATE", "BadInput", "IsoDate"]


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
