"""Coordinated and ranged expressions: both members tagged, the short one completed by
the other ("between May and July 2020", "21 and 22 March", "two to three weeks")."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

DCT = date(2023, 2, 7)


def found(text: str, dct: date | None = DCT) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, dct)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The mission ran from 2013 to 2023 in the north.",
         [("2013", "DATE", "2013"), ("2023", "DATE", "2023")]),
        ("The mission ran 2013-2023 in the north.",
         [("2013", "DATE", "2013"), ("2023", "DATE", "2023")]),
        # a season or financial year across two years is one expression
        ("The 1991-92 season was long.", [("The 1991-92 season", "DATE", "1991")]),
        ("Call 555-1991-93 now.", [("now", "DATE", "PRESENT_REF")]),
        ("It happened between May and July 2020.",
         [("May", "DATE", "2020-05"), ("July 2020", "DATE", "2020-07")]),
        ("Fighting lasted from December to February 2021.",
         [("December", "DATE", "2020-12"), ("February 2021", "DATE", "2021-02")]),
        ("Talks on 21 and 22 March were tense.",
         [("21", "DATE", "2023-03-21"), ("22 March", "DATE", "2023-03-22")]),
        ("Talks on 21 and 22 March 2019 were tense.",
         [("21", "DATE", "2019-03-21"), ("22 March 2019", "DATE", "2019-03-22")]),
        ("Talks were held on March 21 and 22, 2019.",
         [("March 21", "DATE", "2019-03-21"), ("22, 2019", "DATE", "2019-03-22")]),
        # a list of days written with commas: every member is a day of the month named
        ("Polls open on 21, 23 and 25 March.",
         [("21", "DATE", "2023-03-21"), ("23", "DATE", "2023-03-23"),
          ("25 March", "DATE", "2023-03-25")]),
        ("Polls opened on March 21, 23 and 25, 2019.",
         [("March 21", "DATE", "2019-03-21"), ("23", "DATE", "2019-03-23"),
          ("25, 2019", "DATE", "2019-03-25")]),
        ("Talks were held March 21-22 in Geneva.",
         [("March 21", "DATE", "2023-03-21"), ("22", "DATE", "2023-03-22")]),
        ("It will take two to three weeks.",
         [("two to three weeks", "DURATION", "P2W")]),
        ("Delivery takes 12 to 18 months.", [("12 to 18 months", "DURATION", "P12M")]),
    ],
)
def test_ranges(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "On March 21 and 22 people were killed.",  # 22 is a count
        "Call 555-2013 for details.",
        "Scores were 21 and 22 in March.",
        "On March 21, 22 and 23 people were hurt.",  # counts, though listed like days
    ],
)
def test_no_bare_day_without_date_context(sentence: str) -> None:
    values = [v for _, _, v in found(sentence)]
    assert "2023-03-22" not in values
    assert "2013" not in values


def test_explicit_first_member_keeps_its_year() -> None:
    assert found("from May 2019 to July 2020") == [
        ("May 2019", "DATE", "2019-05"), ("July 2020", "DATE", "2020-07")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("They left the day before last Tuesday.",
         [("the day before last Tuesday", "DATE", "2023-01-30")]),
        ("The day after March 3, 2021, he quit.",
         [("The day after March 3, 2021", "DATE", "2021-03-04")]),
        ("The vote is set for the week of March 6, 2023.",
         [("the week of March 6, 2023", "DATE", "2023-W10")]),
        # nothing day-precise right after: each keeps its own value ...
        ("He arrived on 3 March 2021 and left the day before.",
         [("3 March 2021", "DATE", "2021-03-03"), ("the day before", "DATE", "2021-03-02")]),
        # ... and before an event it is that event's day, unknown here
        ("He arrived on 3 March 2021 and left the day before the vote.",
         [("3 March 2021", "DATE", "2021-03-03")]),
    ],
)
def test_day_or_week_anchored_on_the_next_date(
        sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(sentence) == expected


def test_only_an_adjacent_date_anchors_the_week() -> None:
    tagged = found("The week of talks ended on March 3, 2021.")
    assert tagged[-1] == ("March 3, 2021", "DATE", "2021-03-03")
    assert all("talks" not in text for text, _, _ in tagged)


def test_the_early_hours_leave_the_day_alone() -> None:
    # as TimeBank and AQUAINT tag it ("in the early hours of <Thursday morning>") and as the
    # reviewers of session 13 did in six rounds: the day alone, no "hours" duration
    tagged = tag("The line closed in the early hours of Sunday.", date(2021, 3, 15))
    assert [(t.text, t.value, t.mod) for t in tagged] == [("Sunday", "2021-03-14", None)]
