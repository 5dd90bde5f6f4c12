"""Temporal layer: the date parser (TIMEX3 tagging and normalisation)."""

from explorer.temporal.engine import tag
from explorer.temporal.timex import Timex

__all__ = ["Timex", "tag"]
