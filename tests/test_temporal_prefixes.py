"""The rule dispatch by leading characters: the prefix analysis of a regex, and the
dispatched grammar matching exactly as the full master expression does."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.temporal.first_chars import prefixes
from explorer.temporal.patterns import grammar


def test_prefixes_of_simple_patterns() -> None:
    assert prefixes(r"x*y", 3) == {("y", True), ("xy", True), ("xxy", False), ("xxx", False)}
    assert prefixes(r"ab{0,5}c", 3) == {("ac", True), ("abc", False), ("abb", False)}
    assert {p for p, _ in prefixes(r"(?:the\s+)?(?:year|month)", 3)} == {"the", "yea", "mon"}
    assert prefixes(r"(?:x?)*y", 2) >= {("", False)}  # unbounded empty repetition: anything


def test_digits_fold_to_zero() -> None:
    assert prefixes(r"(?:1[5-9]|20)\d\d", 3) == {("000", False)}
    assert prefixes(r"q[1-4]", 3) == {("q0", True)}


def test_lookarounds_do_not_narrow() -> None:
    assert {p for p, _ in prefixes(r"(?<!\w)(?=a)ab", 2)} == {"ab"}


WORDS = ["the", "last", "next", "two", "three", "weeks", "years", "ago", "May", "may",
         "March", "5", "1998", "in", "excess", "of", "at", "least", "Tuesday", "morning",
         "p.m.", "3", "early", "mid-", "1990s", "fiscal", "quarter", "first", "every",
         "day", "now", "the past", "about", "around", "Q1", "'80s", "noon", ",", "."]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=8))
def test_dispatch_matches_like_the_master(words: list[str]) -> None:
    g = grammar()
    text = " ".join(words).lower()
    for pos in [0, *(m.end() for m in re.finditer(r"\s", text))]:
        if pos >= len(text):
            continue
        full = g.master.match(text, pos)
        fast = g.match(text, pos)
        assert (full and (full.span(), full.lastgroup)) == (fast and (fast.span(),
                                                                     fast.lastgroup))
