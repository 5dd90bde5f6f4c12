"""Tagger behaviour on TimeBank-style news sentences (DCT Friday 1998-08-07)."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

DCT = date(1998, 8, 7)  # a Friday


def one(text: str, dct: date | None = DCT) -> tuple[str, str, str, str | None]:
    found = tag(text, dct)
    assert len(found) == 1, found
    t = found[0]
    return t.text, t.type, t.value, t.mod


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The talks ended on Tuesday.", ("Tuesday", "DATE", "1998-08-04", None)),
        ("He will meet them on Tuesday.", ("Tuesday", "DATE", "1998-08-11", None)),
        ("The bomb exploded Friday in Nairobi.", ("Friday", "DATE", "1998-08-07", None)),
        ("Profits rose in the third quarter.", ("the third quarter", "DATE", "1998-Q3", None)),
        ("The company reported a fourth-quarter loss.", ("fourth-quarter", "DATE", "1997-Q4", None)),
        ("The company expects a fourth-quarter loss.", ("fourth-quarter", "DATE", "1998-Q4", None)),
        ("Sales fell last year.", ("last year", "DATE", "1997", None)),
        ("Prices doubled in the 1990s.", ("the 1990s", "DATE", "199", None)),
        ("Prices doubled in the mid-1990s.", ("the mid-1990s", "DATE", "199", "MID")),
        ("It happened in early 1999.", ("early 1999", "DATE", "1999", "START")),
        ("It closed at 3 p.m. yesterday.", ("3 p.m. yesterday", "TIME", "1998-08-06T15:00", None)),
        ("He spoke this morning.", ("this morning", "TIME", "1998-08-07TMO", None)),
        ("It lasted about three weeks.", ("about three weeks", "DURATION", "P3W", "APPROX")),
        ("It took less than a month.", ("less than a month", "DURATION", "P1M", "LESS_THAN")),
        ("Growth over the past five years was slow.",
         ("the past five years", "DURATION", "P5Y", None)),
        ("They meet daily.", ("daily", "SET", "P1D", None)),
        ("He is now in Paris.", ("now", "DATE", "PRESENT_REF", None)),
        ("He resigned two weeks ago.", ("two weeks ago", "DATE", "1998-W30", None)),
        ("She arrived on Aug. 3, 1998.", ("Aug. 3, 1998", "DATE", "1998-08-03", None)),
        ("It was signed last November.", ("last November", "DATE", "1997-11", None)),
        ("They returned last summer.", ("last summer", "DATE", "1997-SU", None)),
        ("He was elected in fiscal 1997.", ("fiscal 1997", "DATE", "1997", None)),
        ("It will end by the end of the year.",
         ("the end of the year", "DATE", "1998", "END")),
        ("The war began in the 20th century.", ("the 20th century", "DATE", "19", None)),
        ("It has grown for more than a decade.",
         ("more than a decade", "DURATION", "P10Y", "MORE_THAN")),
        ("They came back yesterday.", ("yesterday", "DATE", "1998-08-06", None)),
        ("Nineteen ninety-six was a good year.", ("Nineteen ninety-six", "DATE", "1996", None)),
    ],
)
def test_sentences(sentence: str, expected: tuple[str, str, str, str | None]) -> None:
    assert one(sentence) == expected


def test_narrative_time_shifts_reference() -> None:
    found = tag("He joined in May 1995, and the following year he was promoted.", DCT)
    assert [(t.text, t.value, t.anchor) for t in found] == [
        ("May 1995", "1995-05", "explicit"),
        ("the following year", "1996", "narrative"),
    ]


def test_year_earlier_follows_the_quarter_in_focus() -> None:
    found = tag("Net income rose in the second quarter from $5 million a year earlier.", DCT)
    assert [t.value for t in found] == ["1998-Q2", "1997-Q2"]


@pytest.mark.parametrize(
    "sentence",
    [
        "You may go now if you like",  # 'now' only; 'may' is modal
        "The 18,000-strong force and 3,000 troops left.",
        "His second visit was short.",
        "Call 555-1998 or 1-800-2000.",
        "He scored 2013 points, paid $2013 and grew 1999%.",
        "They will march on the capital.",
        "Source: BBC",
    ],
)
def test_non_dates_stay_out(sentence: str) -> None:
    texts = [t.text for t in tag(sentence, DCT)]
    assert texts in ([], ["now"]), texts


def test_without_dct_relative_values_use_placeholders() -> None:
    found = tag("Last year he left on Tuesday; in 2013 he returned.", None)
    assert [(t.text, t.value) for t in found] == [
        ("Last year", "XXXX"), ("Tuesday", "XXXX-WXX-2"), ("2013", "2013")]


def test_offsets_survive_unicode_and_crlf() -> None:
    text = "Ré\u0301sumé —\r\n“Last year” 🚀 in August 2020."
    found = tag(text, DCT)
    assert [text[t.start : t.end] for t in found] == ["Last year", "August 2020"]
    assert all(text[t.start : t.end] == t.text for t in found)


def test_a_datetime_dct_counts_as_its_date() -> None:
    from datetime import datetime

    assert [t.value for t in tag("He left yesterday.", datetime(1998, 8, 7, 15, 30))] == [
        "1998-08-06"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He arrived on March 3. The day before, he had left Paris.",
         [("March 3", "1998-03-03"), ("The day before", "1998-03-02")]),
        ("Q1 2013 results beat forecasts.", [("Q1 2013", "2013-Q1")]),
        ("Prices rose last year after the war.", [("last year", "1997")]),
        ("Fighting resumed at 15:30 GMT.", [("15:30 GMT", "1998-08-07T15:30")]),
        ("The offer expires at 5 p.m. EST Nov. 9.", [("5 p.m. EST Nov. 9", "1998-11-09T17:00")]),
        ("He was killed on Jan. 3 and buried two days after that.",
         [("Jan. 3", "1998-01-03"), ("two days after that", "1998-01-05")]),
    ],
)
def test_narrative_and_compound_expressions(sentence: str,
                                            expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in tag(sentence, DCT)] == expected
