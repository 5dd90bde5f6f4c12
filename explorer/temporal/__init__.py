"""Temporal layer: the date parser (TIMEX3 tagging and normalisation)."""

from explorer.temporal.timex import Timex

__all__ = ["Timex"]
