"""News-tagger rules added for value accuracy: tense cues for weekdays and months,
approximate dates, narrative weekdays, holidays counted from Easter, clock phrases."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

DCT = date(2000, 4, 5)  # a Wednesday


def found(text: str, dct: date | None = DCT) -> list[tuple[str, str, str, str | None]]:
    return [(t.text, t.type, t.value, t.mod) for t in tag(text, dct)]


def assert_found(sentence: str, dct: date | None, expected: list[tuple[str, ...]]) -> None:
    """The expressions found in SENTENCE are EXPECTED, each compared on as many fields as
    its rows give (text, type, value, mod); an empty EXPECTED means none at all."""
    assert [t[: len(expected[0])] for t in found(sentence, dct)] == expected if expected else \
        not found(sentence, dct)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "United" is no past verb: "would" decides
        ("The father would be traveling to the United States Thursday.",
         [("Thursday", "DATE", "2000-04-06", None)]),
        # a plan in the past ("had been due to") is past
        ("The offer had been due to expire Friday.", [("Friday", "DATE", "2000-03-31", None)]),
        # "until" defers to the verb of the clause
        ("Until Thursday, they had not called him a suspect.",
         [("Thursday", "DATE", "2000-03-30", None)]),
        ("On Friday, the government planned to pay the claims.",
         [("Friday", "DATE", "2000-03-31", None)]),
        # ...but a date after "planned to" goes with the plan
        ("The team planned to leave Nairobi on Thursday.",
         [("Thursday", "DATE", "2000-04-06", None)]),
        # a weak "as soon as" keeps the modal before it
        ("The group would be ready to leave as soon as Tuesday, he said.",
         [("Tuesday", "DATE", "2000-04-11", None)]),
        # a possessive weekday names what happened, whatever the verb of the clause
        ("They would look for ways around Monday's ruling.",
         [("Monday", "DATE", "2000-04-03", None)]),
        ("Wednesday's edition carried the editorial.", [("Wednesday", "DATE", "2000-04-05", None)]),
        # an adjective in -ed is no past verb
        ("The split would be paid on a still unspecified date in January.",
         [("January", "DATE", "2001-01", None)]),
        ("The loan runs through January.", [("January", "DATE", "2001-01", None)]),
        ("Talks resume in June.", [("June", "DATE", "2000-06", None)]),
        # a clause joined by ", and" has its own tense
        ("Rates were held last week, and talks resume on Monday.",
         [("last week", "DATE", "2000-W13", None), ("Monday", "DATE", "2000-04-10", None)]),
    ],
)
def test_tense_cues(sentence: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert found(sentence) == expected


def test_approximate_dates_and_times() -> None:
    assert found("It began around 1990, officials said.") == [
        ("around 1990", "DATE", "1990", "APPROX")]
    assert found("The blast came around 7:15 p.m. Tuesday.") == [
        ("around 7:15 p.m. Tuesday", "TIME", "2000-04-04T19:15", "APPROX")]
    assert found("Talks end around Nov. 1 in Geneva.")[0][3] == "APPROX"
    assert found("About 2000 people came.") == []
    assert found("They talked about March madness.") == []


def test_over_a_span_is_no_bound() -> None:
    assert found("Prices rose over three years.") == [("three years", "DURATION", "P3Y", None)]
    assert found("It lasted well over a year.") == [
        ("well over a year", "DURATION", "P1Y", "MORE_THAN")]


def test_narrative_weekdays_and_years() -> None:
    text = "On Oct. 3 he left; the following Monday he came back. The previous Friday he slept."
    assert [(t, v) for t, _, v, _ in found(text, date(1998, 10, 7))] == [
        ("Oct. 3", "1998-10-03"), ("the following Monday", "1998-10-05"),
        ("The previous Friday", "1998-10-02")]
    text = "In 2011 sales fell; the previous year they rose."
    assert [(t, v) for t, _, v, _ in found(text)] == [("2011", "2011"),
                                                       ("the previous year", "2010")]


def test_narrative_seasons_halves_and_day_shifts() -> None:
    text = "Late last year the offensive stalled. The following spring, aid was approved."
    assert found(text)[1] == ("The following spring", "DATE", "2000-SP", None)
    text = "In March 2021 talks began; that summer they failed."
    assert found(text)[1][2] == "2021-SU"
    assert found("In the first half of 2024, prices rose.") == [
        ("the first half of 2024", "DATE", "2024-H1", None)]
    # a shift by days counts from the last day-precise date, not from a year in between
    text = ("Officials said Sunday the grid was hit. The president, elected in 2019, asked for "
            "help. He met the envoy a day later.")
    assert found(text)[-1] == ("a day later", "DATE", "2000-04-03", None)
    # ...while "that same day" is the last date named, however coarse
    text = "On Sunday it rained. He was shot last October; it was reported that same day."
    assert found(text)[-1][2] == "1999-10-XX"
    # a deadline does not move the narrative time
    text = "On Monday he asked for arms by the end of the summer. He met the envoy a day later."
    assert found(text)[-1] == ("a day later", "DATE", "2000-04-04", None)


def test_recent_years_is_a_vague_past() -> None:
    assert found("Sales grew in recent years.") == [("recent years", "DATE", "PAST_REF", None)]


def test_easter_holidays() -> None:
    assert found("They met at Easter.") == [("Easter", "DATE", "1999-04-04", None)]
    assert found("They will meet at Easter.") == [("Easter", "DATE", "2000-04-23", None)]
    assert found("He left on Good Friday, 2012.") == [
        ("Good Friday, 2012", "DATE", "2012-04-06", None)]


def test_clock_phrases_and_business_days() -> None:
    assert found("He will leave at 4 in the morning.") == [
        ("4 in the morning", "TIME", "2000-04-05T04:00", None)]
    assert found("He scored 4 in the evening session.") == []
    assert found("Shares fell for eight trading days.") == [
        ("eight trading days", "DURATION", "P8D", None)]
    assert found("The truce expired at midnight on Sunday.") == [
        ("midnight", "TIME", "2000-04-02T24:00", None), ("Sunday", "DATE", "2000-04-02", None)]


def test_narrative_day_after_a_coarser_anchor_stays_partly_unknown() -> None:
    text = "In 1987 it fell. That day, prices collapsed."
    assert [v for _, _, v, _ in found(text)] == ["1987", "1987-XX-XX"]
    text = "On May 3, 1987 it fell. The next day it rose."
    assert [v for _, _, v, _ in found(text)] == ["1987-05-03", "1987-05-04"]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The trial opens on Friday.", "2000-04-07"),
        ("Ministers meet Thursday in Brussels.", "2000-04-06"),
        ("The ceasefire takes effect Sunday.", "2000-04-09"),
        ("Police said Monday that three people died.", "2000-04-03"),
        ("The bomb exploded Monday in the capital.", "2000-04-03"),
    ],
)
def test_present_tense_schedules(sentence: str, value: str) -> None:
    assert [v for _, _, v, _ in found(sentence)] == [value]


def test_schedule_verb_after_a_past_clause_points_ahead() -> None:
    assert found("The law, passed in 2010, takes effect Jan. 1.", date(2013, 3, 22)) == [
        ("2010", "DATE", "2010", None), ("Jan. 1", "DATE", "2014-01-01", None)]
    assert found("The law took effect Jan. 1.", date(2013, 3, 22)) == [
        ("Jan. 1", "DATE", "2013-01-01", None)]


def test_edge_of_a_day_versus_a_time_within_it() -> None:
    assert found("Rebels attacked early Tuesday.") == [
        ("early Tuesday", "DATE", "2000-04-04", "START")]
    assert found("Officials left late yesterday.") == [
        ("late yesterday", "DATE", "2000-04-04", "END")]
    assert found("Earlier Tuesday, the minister resigned.") == [
        ("Tuesday", "DATE", "2000-04-04", None)]


def test_parts_of_a_named_month() -> None:
    dct = date(2013, 3, 22)
    assert found("The first week of April will be busy.", dct) == [
        ("The first week of April", "DATE", "2013-W14", None)]
    assert found("The ruling came on the last day of February.", dct) == [
        ("the last day of February", "DATE", "2013-02-28", None)]
    assert found("It rained the last week of December 2012.", dct) == [
        ("the last week of December 2012", "DATE", "2012-W52", None)]
    assert found("They wed on the first weekend of May 2013.", dct) == [
        ("the first weekend of May 2013", "DATE", "2013-W18-WE", None)]


def test_another_counts_one() -> None:
    assert found("The project will take another decade.") == [
        ("another decade", "DURATION", "P10Y", None)]


def test_fourth_quarter_seen_from_the_first() -> None:
    dct = date(2013, 2, 12)
    assert found("The company will report fourth-quarter results on Friday.", dct)[0][2] \
        == "2012-Q4"
    assert found("The company expects growth in the third quarter.", dct)[0][2] == "2013-Q3"


def test_spelt_out_years_and_halves() -> None:
    assert found("January nineteen ninety-seven. Atlanta again.")[0] == (
        "January nineteen ninety-seven", "DATE", "1997-01", None)
    assert found("In March of nineteen ninety-eight it snowed.")[0][2] == "1998-03"
    assert found("It took a minute and a half.") == [
        ("a minute and a half", "DURATION", "PT1M30S", None)]
    assert found("They waited a year and a half.") == [
        ("a year and a half", "DURATION", "P1Y6M", None)]


def test_year_lists_and_pre_post_prefixes() -> None:
    assert [t[0] for t in found("Shootings in 1994, 1995 and 1997 went unsolved.")] == [
        "1994", "1995", "1997"]
    assert found("Scores were 12, 1996 and 3.") == []
    assert found("The post-1959 politics split families.") == [
        ("post-1959", "DATE", "1959", "AFTER")]
    assert found("Pre-2000 rules still apply.") == [("Pre-2000", "DATE", "2000", "BEFORE")]
    assert found("The post office and the pre-war era.") == []


@pytest.mark.parametrize(
    ("sentence", "dct", "expected"),
    [
        # a day of the month in a past clause is not months ahead
        ("In a speech on 1 January, he vowed to fight on.", date(2024, 10, 2), "2024-01-01"),
        # ...but a deadline or start date after a past verb still looks ahead
        ("The bank created an office, effective Jan. 15.", date(2024, 10, 2), "2025-01-15"),
        ("He said the vote would be held on 1 January.", date(2024, 10, 2), "2025-01-01"),
        # holidays follow the tense too, and take a clock time
        ("The House returns at noon on New Year's Day.", date(2012, 12, 20), "2013-01-01T12:00"),
        ("It met on Christmas Day.", date(2012, 12, 20), "2011-12-25"),
        ("Shops will close on Christmas Day.", date(2012, 12, 20), "2012-12-25"),
        # a state that lasted "until" a day ended in the past; a deferral looks ahead
        ("The storm lasted until late Sunday afternoon.", date(2023, 3, 14), "2023-03-12TAF"),
        ("Officials postponed until Tuesday any action.", date(2023, 3, 16), "2023-03-21"),
    ],
)
def test_the_year_of_a_date_named_without_one(sentence: str, dct: date, expected: str) -> None:
    assert [t[2] for t in found(sentence, dct)][:1] == [expected]


def test_decades_and_seasons_counted_from_the_text() -> None:
    assert found("On Feb. 14, 2010, it snowed. That winter was cold.")[1][2] == "2009-WI"
    assert found("It will grow over the next decade.") == [
        ("the next decade", "DURATION", "P10Y", None)]
    assert found("In the coming decade it grows.") == [
        ("the coming decade", "DURATION", "P10Y", None)]


def test_compact_clock_times_and_numbered_things() -> None:
    assert found("Trading opens at 0800 GMT.") == [
        ("0800 GMT", "TIME", "2000-04-05T08:00", None)]
    assert found("At 1415 hrs the shelling stopped.")[0][:3] == (
        "1415 hrs", "TIME", "2000-04-05T14:15")
    assert all(t[1] != "TIME" for t in found("The job took 2000 hours."))
    assert found("Flight 1530 landed and Model 1900 was sold.") == []


def test_an_indefinite_weekday_is_no_particular_day() -> None:
    assert found("This time the holiday falls on a Sunday.") == [
        ("Sunday", "DATE", "XXXX-WXX-7", None)]


def test_the_narrative_time_moves_with_the_story() -> None:
    text = ("On Monday, leaders met. The following day, India sent aid. Two days later, troops "
            "arrived. In 1987 he joined. Two years later he was promoted. That summer he "
            "changed the system.")
    values = [v for _, _, v, _ in found(text, date(2015, 4, 30))]
    assert values == ["2015-04-27", "2015-04-28", "2015-04-30", "1987", "1989", "1989-SU"]
    # a comparison back in time does not move it
    text = "In the third quarter of 1989 profit rose from a year earlier. The quarter was good."
    assert [v for _, _, v, _ in found(text)][-1] == "1989-Q3"


def test_a_month_takes_the_year_named_earlier_in_its_sentence() -> None:
    text = "Burkina Faso saw two coups in 2022, in January and September. In June it rained."
    assert [v for _, _, v, _ in found(text, date(2023, 8, 10))] == [
        "2022", "2022-01", "2022-09", "2023-06"]


def test_quarters_stay_quarters_and_sets_keep_their_part_of_day() -> None:
    assert [v for _, _, v, _ in found(
        "Profit fell for several quarters, over the past two quarters and 1.5 quarters.")] == [
        "PXQ", "P2Q", "P4.5M"]
    assert [(t, v) for t, ty, v, _ in found(
        "Scouts came every weekend, he called every morning and dividends come every quarter.")
    ] == [("every weekend", "XXXX-WXX-WE"), ("every morning", "XXXX-XX-XXTMO"),
          ("every quarter", "P1Q")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It reported 37,000 new infections a day.", [("a day", "SET", "P1D")]),
        ("Airports allow 10 flights an hour.", [("an hour", "SET", "PT1H")]),
        ("In 2021 he spent a month in jail.", [("2021", "DATE", "2021"),
                                               ("a month", "DURATION", "P1M")]),
        ("He sent 3,000 troops for a year.", [("a year", "DURATION", "P1Y")]),
        ("It was a year in which prices rose.", []),
    ],
)
def test_rates_and_lengths(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert [t[:3] for t in found(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "by June" told in the past perfect is past
        ("By June, after months of vaccination, that number had dropped.", ["2021-06", "PXM"]),
        ("He has extended the loans through January.", ["2022-01"]),
        ("He was diagnosed in the spring of last year.", ["2020-SP"]),
        ("Seas will rise by 2100, and by 2150 more.", ["2100", "2150"]),
        ("About 2100 people came.", []),
        ("Emissions fell 45% from 2010 levels.", ["2010"]),
        ("Sales rose to 2000 units.", []),
    ],
)
def test_deadlines_seasons_far_years_and_measures(sentence: str, expected: list[str]) -> None:
    assert [v for _, _, v, _ in found(sentence, date(2021, 7, 21))] == expected


def test_articles_and_comparisons_around_durations() -> None:
    assert [t[:3] for t in found("It ended a decade-long war after a months-long siege.")] == [
        ("decade-long", "DURATION", "P10Y"), ("months-long", "DURATION", "PXM")]
    assert found("They lost the final a week later.")[0][0] == "a week later"
    assert found("It came a decade earlier than forecast.") == [
        ("a decade", "DURATION", "P10Y", None)]


@pytest.mark.parametrize(
    "sentence",
    ["Settlements grew, according to Peace Now.", "USA Today reported it.",
     "The 14th Five-Year Plan ended.",
     "The Six-Day War changed the region."],
)
def test_names_made_of_time_words_are_not_times(sentence: str) -> None:
    assert found(sentence) == []


def test_time_words_that_open_a_sentence_or_carry_a_year_stay() -> None:
    assert [t[0] for t in found("Now the war is over. In Spring 2020 it rained.")] == [
        "Now", "Spring 2020"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("They met at 5 p.m. ET on Monday.", [("5 p.m. ET", "2015-01-26T17:00"),
                                              ("Monday", "2015-01-26")]),
        ("Cases rose in the week ending July 3, 2021.",
         [("the week ending July 3, 2021", "2021-W26")]),
        ("The promotion ran from July through September.",
         [("July", "2014-07"), ("September", "2014-09")]),
        ("He fled hours before rebels arrived.", [("hours", "PTXH")]),
        # irregular past tenses and scheduling words are tense cues too
        ("Hundreds slept in the open again Wednesday night.",
         [("Wednesday night", "2015-01-21TNI")]),
        ("Its third-quarter results are due in late July.",
         [("third-quarter", "2015-Q3"), ("late July", "2015-07")]),
        ("Years of war followed.", [("Years", "PXY")]),
    ],
)
def test_zones_weeks_month_runs_and_bare_units(sentence: str,
                                               expected: list[tuple[str, str]]) -> None:
    assert [(t, v) for t, _, v, _ in found(sentence, date(2015, 1, 27))] == expected


def test_plural_weekdays_and_holiday_phrases() -> None:
    dct = date(2013, 1, 1)
    assert [(t, ty, v) for t, ty, v, _ in found("Flights leave on Monday and Tuesday nights.",
                                                dct)] == [
        ("Monday", "SET", "XXXX-WXX-1TNI"), ("Tuesday nights", "SET", "XXXX-WXX-2TNI")]
    assert found("They play on Sundays.", dct) == [("Sundays", "SET", "XXXX-WXX-7", None)]
    assert found("Biden spent New Year's Eve shuttling.", dct) == [
        ("New Year's Eve", "DATE", "2012-12-31", None)]



def test_quarterly_as_an_adverb_only() -> None:
    assert [t[:3] for t in found("It reports quarterly and pays a quarterly dividend.")] == [
        ("quarterly", "SET", "P3M")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He was last seen Nov. 3, the day before authorities issued a warrant.",
         [("Nov. 3", "1998-11-03")]),
        ("They came to his house the day after his death.", []),
        ("He left the day before.", [("the day before", "1998-11-19")]),
        ("Profit was $5 million, down from $4 million the year before.",
         [("the year before", "1997")]),
    ],
)
def test_a_day_before_an_event_is_no_date_of_its_own(sentence: str,
                                                     expected: list[tuple[str, str]]) -> None:
    assert [(t, v) for t, _, v, _ in found(sentence, date(1998, 11, 20))] == expected


@pytest.mark.parametrize(
    ("sentence", "dct", "expected"),
    [
        ("They need the jets flying by the summer.", date(2020, 1, 1), [("the summer", "2020-SU")]),
        ("The first round would be held in the spring.", date(2023, 11, 16),
         [("the spring", "2024-SP")]),
        ("Deliveries resume before the end of the first quarter.", date(2020, 1, 1),
         [("the end of the first quarter", "2020-Q1")]),
        ("The October 17-18 European Council met.", date(2019, 9, 20),
         [("October 17", "2019-10-17"), ("18", "2019-10-18")]),
        ("Shares fell after the March grounding.", date(2019, 9, 20), [("March", "2019-03")]),
        ("The March on Washington was huge.", date(2019, 9, 20), []),
        ("Sales of summer clothing fell.", date(2024, 7, 25), []),
        ("Winds of more than 200 kilometres per hour hit.", date(2024, 7, 25), []),
        ("He worked six days a week.", date(2024, 7, 25), [("six days a week", "P1W")]),
        ("The new Congress convenes in January.", date(2008, 11, 4), [("January", "2009-01")]),
        ("The exchange said it would remain closed on Tuesday.", date(2012, 10, 29),
         [("Tuesday", "2012-10-30")]),
        ("Campaigns have suspended events through Wednesday.", date(2012, 10, 29),
         [("Wednesday", "2012-10-31")]),
        ("A bullet tore through his window Friday night.", date(1998, 10, 25),
         [("Friday night", "1998-10-23TNI")]),
        ("He had bought shares through Sept. 29.", date(1989, 10, 30),
         [("Sept. 29", "1989-09-29")]),
        ("He warned that 2008 sales would fall.", date(2008, 2, 29), [("2008", "2008")]),
        ("The Fed buys $40 billion of bonds a month.", date(2012, 9, 12), [("a month", "P1M")]),
        ("The FOMC holds eight scheduled meetings a year.", date(2012, 9, 12),
         [("a year", "P1Y")]),
        ("Talks collapsed overnight.", date(2008, 2, 29), [("overnight", "2008-02-28TNI")]),
        ("The utility might cut power overnight.", date(2008, 2, 29),
         [("overnight", "2008-02-29TNI")]),
        ("Apple updates its lineup every spring.", date(2012, 9, 12),
         [("every spring", "XXXX-SP")]),
        ("It was the first two-day closure since 1888.", date(2012, 10, 29),
         [("two-day", "P2D"), ("1888", "1888")]),
        ("The hearing is on Dec. 6. Shares rose 1 percent at 4 p.m. in New York.",
         date(2012, 9, 12), [("Dec. 6", "2012-12-06"), ("4 p.m.", "2012-09-12T16:00")]),
        # spoken days of the month (broadcast transcripts)
        ("It is Thursday, January fourth.", date(2001, 1, 4),
         [("Thursday, January fourth", "2001-01-04")]),
        ("On the fourth of July they marched.", date(2001, 1, 4),
         [("the fourth of July", "2000-07-04")]),
        ("The first March of the war was cold.", date(2001, 1, 4), []),
        # one day named twice
        ("It is this coming Sunday, March eighth.", date(1998, 3, 5),
         [("this coming Sunday, March eighth", "1998-03-08")]),
        # "will have" is future; "must" looks ahead; a scheduling verb in its own clause
        ("We will have the weather for the weekend.", date(2002, 8, 7),
         [("the weekend", "2002-W32-WE")]),
        ("The agency must hire 200 caseworkers by Jan. 15.", date(2002, 8, 7),
         [("Jan. 15", "2003-01-15")]),
        ("Barnes, who faces re-election in November, spoke.", date(2002, 8, 7),
         [("November", "2002-11")]),
        # narrative months; deadlines for weekdays; birthdays ahead
        ("In 1996 the bank failed. The following January, the paper reported it.",
         date(1998, 1, 13), [("1996", "1996"), ("The following January", "1997-01")]),
        ("In March 1979 it snowed; that January had been cold.", date(1998, 1, 13),
         [("March 1979", "1979-03"), ("that January", "1979-01")]),
        ("By Monday, much of the snow could be gone.", date(2019, 2, 7),
         [("Monday", "2019-02-11")]),
        ("Reports had been filed by Wednesday.", date(1990, 8, 16),
         [("Wednesday", "1990-08-15")]),
        ("Malone, who turns 35 in July, said he would stay.", date(1998, 3, 21),
         [("July", "1998-07")]),
    ],
)
def test_review_findings_in_context(sentence: str, dct: date,
                                    expected: list[tuple[str, str]]) -> None:
    assert [(t, v) for t, _, v, _ in found(sentence, dct)] == expected


def test_a_clock_time_far_from_any_day_is_on_the_day_of_writing() -> None:
    text = ("Relatives met on 17 July 2014 to mark the crash. " + "They spoke at length. " * 20
            + "12:54 BST: the vigil ended.")
    assert found(text, date(2024, 7, 25))[-1][:3] == ("12:54 BST", "TIME", "2024-07-25T12:54")


def test_bare_quarter_and_half_codes() -> None:
    dct = date(2023, 3, 3)
    assert [(t, v) for t, _, v, _ in found(
        "Growth rose from 0.4 percent in Q2 to 0.9 percent in Q3 2022.", dct)] == [
        ("Q2", "2022-Q2"), ("Q3 2022", "2022-Q3")]
    assert [v for _, _, v, _ in found("Sales in Q4 will rise.", dct)] == ["2023-Q4"]
    assert found("The h1 tag and H2 visas.", dct) == []


def test_a_run_of_seasons_is_a_set() -> None:
    assert [t[:3] for t in found("Yet the past three winters were among the mildest.")] == [
        ("the past three winters", "SET", "XXXX-WI")]


def test_this_week_said_on_a_sunday() -> None:
    sunday = date(2014, 4, 20)
    assert found("Protests are expected at the end of the week.", sunday)[0][2] == "2014-W17"
    assert found("The talks ended this week.", sunday)[0][2] == "2014-W16"


def test_may_with_a_day_is_a_date_unless_it_opens_a_sentence() -> None:
    dct = date(2014, 5, 10)
    assert [(t, v) for t, _, v, _ in found("The show opens May 22 and closes May 30.", dct)] == [
        ("May 22", "2014-05-22"), ("May 30", "2014-05-30")]
    assert found("May 10 people join us?", dct) == []


@pytest.mark.parametrize(("sentence", "dct", "value"), [
    # the full stop of an abbreviation ends no sentence, so "will" still rules the weekday
    ("The cardinals will celebrate a Mass in St. Peter's Basilica on Tuesday morning.",
     date(2013, 3, 9), "2013-03-12TMO"),
    ("Officials will brief Gen. Ham in Paris on Tuesday.", date(2013, 3, 9), "2013-03-12"),
    # "next to" is a place, no future
    ("Six people were killed next to the embassies on Friday.", date(1998, 8, 8), "1998-08-07"),
])
def test_abbreviations_and_next_to_leave_the_tense_alone(sentence: str, dct: date, value: str) -> None:
    assert found(sentence, dct)[0][2] == value


def test_a_bare_clock_time_after_an_evening_one_stays_in_the_evening() -> None:
    text = "Cameras saw him leave at 9:04 p.m. A man followed him out at 9:26."
    assert [v for _, _, v, _ in found(text, date(2013, 11, 12))] == [
        "2013-11-12T21:04", "2013-11-12T21:26"]
    # a morning one stays in the morning
    assert found("The market opened at 9:30 a.m. and fell at 10:15.", date(2013, 11, 12))[-1][2] \
        == "2013-11-12T10:15"


def test_names_of_events_and_dates_tied_to_a_written_year() -> None:
    dct = date(2012, 6, 3)
    assert found("The talks that produced the Good Friday Agreement were long.", dct) == []
    # a holiday takes the year written earlier in its sentence
    assert found("It was signed on 10 April 1998, Good Friday, in Belfast.", dct)[-1][2] == "1998-04-10"
    assert found("Talks began in April 1998 and ended on Good Friday.", dct)[-1][2] == "1998-04-10"
    # "of that year" is the narrative year
    assert [(t, v) for t, _, v, _ in found(
        "After the 2005 election, she was sworn in on Nov. 22 of that year.", date(2013, 9, 24))] == [
        ("2005", "2005"), ("Nov. 22 of that year", "2005-11-22")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The vote is scheduled for the first Tuesday in June.",
     [("the first Tuesday in June", "DATE", "2014-06-03")]),
    ("It is held on the last Monday of May 2015.", [("the last Monday of May 2015", "DATE", "2015-05-25")]),
    ("Parades will mark the weekend of May 17.", [("the weekend of May 17", "DATE", "2014-W20-WE")]),
    ("The show runs two hours and ten minutes.", [("two hours and ten minutes", "DURATION", "PT2H10M")]),
    ("He served one year and six months.", [("one year and six months", "DURATION", "P1Y6M")]),
    # two lengths of one unit, or a smaller one first, stay two
    ("It took two days and three days.", [("two days", "DURATION", "P2D"), ("three days", "DURATION", "P3D")]),
])
def test_weekdays_counted_in_a_month_weekends_of_a_day_and_compound_lengths(
        sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert [t[:3] for t in found(sentence, date(2014, 1, 16))] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The city will add patrols on weekends.", [("weekends", "SET", "XXXX-WXX-WE")]),
    ("Tickets go on sale each morning.", [("each morning", "SET", "XXXX-XX-XXTMO")]),
    # "over" with a bare plural is "during", not "more than"
    ("Priests abused children over decades.", [("decades", "DURATION", "PXDE")]),
    # "coming" with no article or preposition before it is a verb
    ("We saw a storm coming days before it arrived.", [("days", "DURATION", "PXD")]),
    ("Talks resume in coming days.", [("coming days", "DURATION", "PXD")]),
    # a speed, even with a conversion in brackets, is no rate
    ("Winds of 315 kilometres (195 miles) an hour hit the coast.", []),
    ("Risk fell over the following decade.", [("the following decade", "DURATION", "P10Y")]),
])
def test_review_round_six_sets_spans_and_verbs(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert [t[:3] for t in found(sentence, date(2013, 11, 12))] == expected


def test_more_holidays_and_a_clock_time_on_a_weekday_and_date() -> None:
    dct = date(2013, 3, 9)
    assert found("Holy Week begins with Palm Sunday on March 24.", dct)[0][:3] == (
        "Palm Sunday", "DATE", "2013-03-24")
    assert found("Margins should improve in the near term.", dct)[0][2] == "FUTURE_REF"
    assert [t[:3] for t in found("They must return at 10:00 GMT on Monday 14 January.",
                                 date(2012, 12, 28))] == [
        ("10:00 GMT", "TIME", "2013-01-14T10:00"), ("Monday 14 January", "DATE", "2013-01-14")]


@pytest.mark.parametrize(("sentence", "dct", "expected"), [
    ("The FEMA director was expected to tour the area Thursday.", date(2013, 5, 22),
     [("Thursday", "DATE", "2013-05-23")]),
    ("We will have full coverage in Tuesday's print edition.", date(2014, 6, 1),
     [("Tuesday", "DATE", "2014-06-03")]),
    ("The deadline expires at 1800 local time.", date(2013, 11, 19),
     [("1800 local time", "TIME", "2013-11-19T18:00")]),
    ("Results came at 11am AEDT, by 0800 IST.", date(2013, 2, 20),
     [("11am AEDT", "TIME", "2013-02-20T11:00"), ("0800 IST", "TIME", "2013-02-20T08:00")]),
    ("Talks have stalled over the past fortnight.", date(2013, 11, 19),
     [("the past fortnight", "DURATION", "P2W")]),
    ("On Tuesday he rested for the evening.", date(2012, 5, 28),
     [("Tuesday", "DATE", "2012-05-22"), ("the evening", "TIME", "2012-05-22TEV")]),
    ("The results were announced on Wednesday last week.", date(2013, 2, 20),
     [("Wednesday last week", "DATE", "2013-02-13")]),
    ("The flight is expected to last 45 minutes.", date(2012, 5, 28),
     [("45 minutes", "DURATION", "PT45M")]),
    ("Police arrested him on Monday night.", date(2013, 11, 12),
     [("Monday night", "TIME", "2013-11-11TNI")]),
])
def test_review_round_seven(sentence: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert [t[:3] for t in found(sentence, dct)] == expected


def test_fractions_of_units_other_days_and_edges_of_a_year() -> None:
    dct = date(2012, 12, 31)
    assert [t[:3] for t in found("It took half an hour, then a quarter of an hour.", dct)] == [
        ("half an hour", "DURATION", "PT30M"), ("a quarter of an hour", "DURATION", "PT15M")]
    assert found("Take it every other day.", dct)[0][:3] == ("every other day", "SET", "P2D")
    assert found("It is the last day of 2012.", dct)[0][:3] == ("the last day of 2012", "DATE", "2012-12-31")
    # "back" before "in December" goes with it
    assert [t[:3] for t in found("It was extended for two years back in December of 2010.", dct)] == [
        ("two years", "DURATION", "P2Y"), ("December of 2010", "DATE", "2010-12")]


def test_forecast_as_a_past_verb_is_no_future_cue() -> None:
    assert found("In its February report, the bank forecast growth of 1.2 percent.",
                 date(2013, 3, 21))[0][2] == "2013-02"
    assert found("Growth is forecast to slow in May.", date(2013, 3, 21))[0][2] == "2013-05"


@pytest.mark.parametrize(("sentence", "dct", "expected"), [
    # a part of the day takes the last day named, not a year named in between
    ("On Tuesday he flies to Yangon to lay a wreath for the emperor, who died in 1862. He "
     "will visit the pagoda in the afternoon.", date(2012, 5, 28),
     [("Tuesday", "DATE", "2012-05-29"), ("1862", "DATE", "1862"),
      ("the afternoon", "TIME", "2012-05-29TAF")]),
    ("In 1862 the emperor died in the afternoon.", date(2012, 5, 28),
     [("1862", "DATE", "1862"), ("the afternoon", "TIME", "1862-XX-XXTAF")]),
    ("Collections grew only 10% in the April-June quarter.", date(2014, 7, 10),
     [("the April-June quarter", "DATE", "2014-Q2")]),
    ("His successor, who has run the division since 2010, takes over in May.", date(2013, 2, 20),
     [("2010", "DATE", "2010"), ("May", "DATE", "2013-05")]),
    # a clock time with its conversion in brackets is the day named after them
    ("The truce had been due to expire at 1800 local time (1600 GMT) on Monday.",
     date(2013, 11, 19), [("1800 local time", "TIME", "2013-11-18T18:00"),
                          ("1600 GMT", "TIME", "2013-11-18T16:00"), ("Monday", "DATE", "2013-11-18")]),
    # the end of a run of weekdays comes after its start
    ("The strike runs from 6 a.m. on Monday until midnight on Wednesday.", date(2013, 11, 19),
     [("6 a.m.", "TIME", "2013-11-25T06:00"), ("Monday", "DATE", "2013-11-25"),
      ("midnight", "TIME", "2013-11-27T24:00"), ("Wednesday", "DATE", "2013-11-27")]),
    # ...but "and" orders nothing
    ("They arrested him on Monday and released him on Thursday.", date(2013, 11, 22),
     [("Monday", "DATE", "2013-11-18"), ("Thursday", "DATE", "2013-11-21")]),
    # a month after a later part of the sentence's year is in the year after
    ("The economy shrank in the fourth quarter of 2012, according to figures released in "
     "January.", date(2013, 2, 20),
     [("the fourth quarter of 2012", "DATE", "2012-Q4"), ("January", "DATE", "2013-01")]),
    ("There were two coups in 2022, in January and September.", date(2023, 2, 7),
     [("2022", "DATE", "2022"), ("January", "DATE", "2022-01"), ("September", "DATE", "2022-09")]),
    ("The dispute runs from 1998 to the present day.", date(2013, 2, 20),
     [("1998", "DATE", "1998"), ("the present day", "DATE", "PRESENT_REF")]),
    # a month with no tense cue, said in December, is the coming one when it is near ...
    ("So we are looking at another fight in late February or early March.", date(2012, 12, 31),
     [("late February", "DATE", "2013-02"), ("early March", "DATE", "2013-03")]),
    # ... and the past one when the verb is past
    ("Sales slowed in January.", date(2012, 11, 15), [("January", "DATE", "2012-01")]),
    # a night told clock time by clock time: after 11 p.m., 12:40 a.m. is the next day ...
    ("On the night of Aug. 1, he arrived at 11 p.m. He was thrown out at 12:40 a.m.",
     date(2008, 9, 10), [("Aug. 1", "DATE", "2008-08-01"), ("11 p.m", "TIME", "2008-08-01T23:00"),
                         ("12:40 a.m", "TIME", "2008-08-02T00:40")]),
    # ... and the day a witness testified does not break the timeline
    ("On Aug. 1 he arrived at 11 p.m., a detective testified Monday. A call came in at 1:58 a.m.",
     date(2008, 9, 10), [("Aug. 1", "DATE", "2008-08-01"), ("11 p.m.", "TIME", "2008-08-01T23:00"),
                         ("Monday", "DATE", "2008-09-08"), ("1:58 a.m", "TIME", "2008-08-02T01:58")]),
    # the start of a span is no day for a clock time
    ("The dollar fell in its steepest drop since Nov. 30. Gold climbed by 3:15 p.m. EDT.",
     date(2017, 3, 16), [("Nov. 30", "DATE", "2016-11-30"), ("3:15 p.m. EDT", "TIME", "2017-03-16T15:15")]),
    # the day a result was reported, with no timeline running, is the day of the clock time
    ("Profit for the six months to December 31 fell, the miner said on Wednesday. Shares rose "
     "by 11am AEDT.", date(2013, 2, 20),
     [("the six months", "DURATION", "P6M"), ("December 31", "DATE", "2012-12-31"),
      ("Wednesday", "DATE", "2013-02-20"), ("11am AEDT", "TIME", "2013-02-20T11:00")]),
    ("We'll be here in September.", date(2023, 6, 13), [("September", "DATE", "2023-09")]),
    ("They’ll announce the prices in August.", date(2024, 4, 18), [("August", "DATE", "2024-08")]),
    # an adjective in -ed is no verb: "long-awaited", "better-than-expected"
    ("The agency will release a long-awaited report on Friday.", date(2021, 6, 10),
     [("Friday", "DATE", "2021-06-11")]),
    ("The company reported better-than-expected results late on Wednesday.", date(2017, 3, 16),
     [("Wednesday", "DATE", "2017-03-15")]),
    ("The storm could make landfall on Friday.", date(2018, 9, 11), [("Friday", "DATE", "2018-09-14")]),
    ("Thursday morning may also be affected.", date(2022, 11, 22),
     [("Thursday morning", "TIME", "2022-11-24TMO")]),
    # ... but not a failed attempt, nor the month
    ("He could not be reached on Friday.", date(2018, 9, 11), [("Friday", "DATE", "2018-09-07")]),
    ("Neither he nor his aides could be located Wednesday.", date(2000, 1, 6),
     [("Wednesday", "DATE", "2000-01-05")]),
    ("It opened in May.", date(2018, 9, 11), [("May", "DATE", "2018-05")]),
    # a past verb that puts something on a date: the date is ahead
    ("The judge set a hearing for Jan. 12.", date(2008, 9, 10), [("Jan. 12", "DATE", "2009-01-12")]),
    ("She asked that the trial be moved to the spring.", date(2008, 9, 10),
     [("the spring", "DATE", "2009-SP")]),
    ("The team set a record on Friday.", date(2008, 9, 10), [("Friday", "DATE", "2008-09-05")]),
    # the verb of another clause does not decide
    ("MPs return to their constituencies on Thursday, and several said they expected trouble.",
     date(2023, 6, 13), [("Thursday", "DATE", "2023-06-15")]),
    # with no tense, a holiday of the next weeks is the coming one; a past verb, the last
    ("Christmas is coming.", date(2022, 11, 10), [("Christmas", "DATE", "2022-12-25")]),
    ("The shops were busy at Christmas.", date(2022, 11, 10), [("Christmas", "DATE", "2021-12-25")]),
    # named days counted in their month
    ("Romney won six states on Super Tuesday.", date(2012, 3, 8),
     [("Super Tuesday", "DATE", "2012-03-06")]),
    ("She was honoured on Mother's Day.", date(2014, 5, 20), [("Mother's Day", "DATE", "2014-05-11")]),
    ("The parade was held on Memorial Day.", date(2013, 6, 1), [("Memorial Day", "DATE", "2013-05-27")]),
    # zones spelt out, after any clock time
    ("The keynote starts at 9 a.m. Pacific time on Tuesday.", date(2021, 6, 10),
     [("9 a.m. Pacific time", "TIME", "2021-06-15T09:00"), ("Tuesday", "DATE", "2021-06-15")]),
    ("Trading resumes at noon Eastern time today.", date(2021, 6, 10),
     [("noon Eastern time today", "TIME", "2021-06-10T12:00")]),
    ("She served them right around 11:30.", date(2008, 9, 10), [("11:30", "TIME", "2008-09-10T11:30")]),
    # said on a Friday, a past "weekend" is the last one
    ("They talked over the weekend.", date(2014, 7, 18), [("the weekend", "DATE", "2014-W28-WE")]),
    ("They will talk over the weekend.", date(2014, 7, 18), [("the weekend", "DATE", "2014-W29-WE")]),
    # "until"/"by" look ahead only when the verb says nothing
    ("The factory remained closed until March.", date(2021, 6, 10), [("March", "DATE", "2021-03")]),
    ("Talks continue until March.", date(2021, 6, 10), [("March", "DATE", "2022-03")]),
    # what a past verb intended (an infinitive with its object) may lie ahead
    ("The company launched a program to pay down the loan by February.", date(1989, 10, 30),
     [("February", "DATE", "1990-02")]),
    ("It announced an agreement to acquire the bank in January.", date(1989, 11, 2),
     [("January", "DATE", "1990-01")]),
    ("The prosecution had been due to begin its closing speech on Thursday.", date(2012, 12, 28),
     [("Thursday", "DATE", "2012-12-27")]),
    ("Sales for the April-to-June period rose 4%.", date(2019, 7, 30),
     [("the April-to-June period", "DATE", "2019-Q2")]),
    ("The team scored in the first period.", date(2019, 7, 30), []),
    ("Investors sold shares ahead of Friday's options expiration.", date(2017, 3, 16),
     [("Friday", "DATE", "2017-03-17")]),
    # ... but "ahead of" yields to the verb of the clause
    ("Just ahead of the trip, the State Department on Sunday issued a caution.", date(1998, 8, 17),
     [("Sunday", "DATE", "1998-08-16")]),
    ("Planting finished ahead of schedule in mid-May.", date(2021, 6, 10),
     [("mid-May", "DATE", "2021-05")]),
    # a part of the day told in the past is not in the days ahead
    ("Ministers meet on Friday and Saturday. Yields dipped in the afternoon.", date(2017, 3, 16),
     [("Friday", "DATE", "2017-03-17"), ("Saturday", "DATE", "2017-03-18"),
      ("the afternoon", "TIME", "2017-03-16TAF")]),
    ("The two men had argued the night before.", date(2019, 6, 26),
     [("the night before", "TIME", "2019-06-25TNI")]),
    # a week or weekend next to a day: the whole one on that side of it
    ("The weekend before Christmas is busy.", date(2022, 11, 25),
     [("The weekend before Christmas", "DATE", "2022-W50-WE")]),
    ("The weekend before Christmas is busy.", date(2023, 11, 25),
     [("The weekend before Christmas", "DATE", "2023-W51-WE")]),
    ("It closes the week before Easter.", date(2022, 3, 25),
     [("the week before Easter", "DATE", "2022-W15")]),
    ("Fran hit in '96.", date(2018, 9, 11), [("'96", "DATE", "1996")]),
    ("He has led the club since ’19.", date(2023, 1, 10), [("’19", "DATE", "2019")]),
    ("He was '96 percent sure'.", date(2018, 9, 11), []),
    ("In 2015, the race had narrowed to two candidates by the fall.", date(2019, 5, 14),
     [("2015", "DATE", "2015"), ("the fall", "DATE", "2015-FA")]),
    ("He returned twice over the next hour.", date(2008, 9, 10),
     [("the next hour", "DURATION", "PT1H")]),
    ("Trains leave on the hour.", date(2008, 9, 10), []),
    # a clock time takes the day of the part of day after it
    ("Talks went on Saturday. As of about 7 o'clock this morning there is no deal.",
     date(2012, 12, 31), [("Saturday", "DATE", "2012-12-29"),
                          ("about 7 o'clock this morning", "TIME", "2012-12-31T07:00")]),
    # a coming clock time is not on a past day of the story
    ("Then yesterday afternoon they talked. The Senate is due back in session at 11 a.m.",
     date(2012, 12, 31), [("yesterday afternoon", "TIME", "2012-12-30TAF"),
                          ("11 a.m", "TIME", "2012-12-31T11:00")]),
    ("It started a year and a half ago.", date(2012, 12, 31),
     [("a year and a half ago", "DATE", "2011-06")]),
    ("He arrived in May 2010. A year and a half later he left.", date(2012, 12, 31),
     [("May 2010", "DATE", "2010-05"), ("A year and a half later", "DATE", "2011-11")]),
    # from an evening time (its conversion in brackets after it), a small-hours time is the next day
    ("He flew in on Sunday afternoon. Ministers, who began meeting at 6 p.m. (1700 GMT), "
     "endorsed the plan shortly after 1 a.m.", date(2013, 3, 25),
     [("Sunday afternoon", "TIME", "2013-03-24TAF"), ("6 p.m.", "TIME", "2013-03-24T18:00"),
      ("1700 GMT", "TIME", "2013-03-24T17:00"), ("1 a.m", "TIME", "2013-03-25T01:00")]),
    # a possessive weekday that a future verb follows is ahead
    ("Voters head to the polls on Sunday, and Sunday's vote is expected to be close.",
     date(2024, 8, 28), [("Sunday", "DATE", "2024-09-01"), ("Sunday", "DATE", "2024-09-01")]),
    ("The game was postponed after Friday night's storms and will be played on Wednesday.",
     date(2022, 8, 7), [("Friday night", "TIME", "2022-08-05TNI"), ("Wednesday", "DATE", "2022-08-10")]),
    # a quarter two or more back, told ahead, is next year's; the one just ended is not
    ("The deal is expected to close in the first quarter.", date(2024, 11, 3),
     [("the first quarter", "DATE", "2025-Q1")]),
    ("It will report third-quarter results on Tuesday.", date(1989, 10, 30),
     [("third-quarter", "DATE", "1989-Q3"), ("Tuesday", "DATE", "1989-10-31")]),
    ("Rail fares rise from Monday.", date(2025, 7, 1), [("Monday", "DATE", "2025-07-07")]),
    ("It was their first home game since September.", date(2024, 8, 28),
     [("September", "DATE", "2023-09")]),
    ("The crew arrived three hours ago.", date(2023, 3, 15), [("three hours ago", "TIME", "2023-03-15")]),
    ("On Monday crews worked through the night.", date(2023, 3, 15),
     [("Monday", "DATE", "2023-03-13"), ("the night", "TIME", "2023-03-13TNI")]),
    ("It happened on the night of Oct. 23.", date(1998, 10, 26), [("Oct. 23", "DATE", "1998-10-23")]),
    ("The report was finished by Monday.", date(2019, 11, 6), [("Monday", "DATE", "2019-11-04")]),
    ("A decision is expected by Monday.", date(2019, 11, 6), [("Monday", "DATE", "2019-11-11")]),
    ("Power outages that last a week are likely.", date(2019, 11, 6), [("a week", "DURATION", "P1W")]),
    ("Join us tonight at 8 p.m. Eastern, right here.", date(2019, 11, 6),
     [("tonight at 8 p.m. Eastern", "TIME", "2019-11-06T20:00")]),
    # "that" after a verb of saying is a conjunction
    ("The Met Office said last month that spring 2025 was the warmest on record.", date(2025, 7, 10),
     [("last month", "DATE", "2025-06"), ("spring 2025", "DATE", "2025-SP")]),
    ("Forecasters said that June would be hotter than usual.", date(2025, 5, 10),
     [("June", "DATE", "2025-06")]),
    ("He moved in 1998. That June he married.", date(2025, 5, 10),
     [("1998", "DATE", "1998"), ("That June", "DATE", "1998-06")]),
    # a past year does not date a later clause told ahead
    ("Sales fell last year, and the company expects to recover by June.", date(2023, 3, 15),
     [("last year", "DATE", "2022"), ("June", "DATE", "2023-06")]),
    ("In 2022, prices rose in January, and again in March.", date(2023, 3, 15),
     [("2022", "DATE", "2022"), ("January", "DATE", "2022-01"), ("March", "DATE", "2022-03")]),
    ("By late afternoon the crowd had dispersed.", date(2022, 1, 15),
     [("late afternoon", "TIME", "2022-01-15TAF")]),
    ("On Monday, in the late afternoon, it rained.", date(2022, 1, 15),
     [("Monday", "DATE", "2022-01-10"), ("the late afternoon", "TIME", "2022-01-10TAF")]),
    ("He works afternoons and the evening session.", date(2022, 1, 15), []),
    ("At five o'clock the strike began.", date(2025, 7, 1), [("five o'clock", "TIME", "2025-07-01T05:00")]),
    ("Five people were hurt.", date(2025, 7, 1), []),
    ("Payments are due mid-month.", date(2025, 7, 1), [("mid-month", "DATE", "2025-07")]),
    # "last <season>" is the last one over: Eastern's strike began in March 1989
    ("The airline was hit by a strike that began last spring.", date(1989, 10, 26),
     [("last spring", "DATE", "1989-SP")]),
    ("He arrived last summer.", date(2021, 7, 9), [("last summer", "DATE", "2020-SU")]),
    ("He was named coach of the year.", date(2019, 6, 1), []),
    ("The government shuts down Monday unless Congress acts.", date(2013, 9, 25),
     [("Monday", "DATE", "2013-09-30")]),
    ("He did not yield the floor until noon Wednesday.", date(2013, 9, 26),
     [("noon Wednesday", "TIME", "2013-09-25T12:00")]),
    # Commonwealth usage
    ("Profit rose in the December quarter.", date(2024, 2, 5),
     [("the December quarter", "DATE", "2023-Q4")]),
    ("It fell in the June quarter of 2022.", date(2024, 2, 5),
     [("the June quarter of 2022", "DATE", "2022-Q2")]),
    ("The vote is on Saturday week.", date(2023, 6, 13), [("Saturday week", "DATE", "2023-06-24")]),
    ("The vote is on Tuesday week.", date(2023, 6, 13), [("Tuesday week", "DATE", "2023-06-20")]),
    ("Parades are held on St Patrick's Day.", date(2024, 3, 14),
     [("St Patrick's Day", "DATE", "2024-03-17")]),
    ("Chinese New Year falls on Saturday.", date(2020, 1, 21),
     [("Chinese New Year", "DATE", "2020-01-25"), ("Saturday", "DATE", "2020-01-25")]),
    ("Power will be off from 18:00 to 20:30.", date(2022, 9, 17),
     [("18:00", "TIME", "2022-09-17T18:00"), ("20:30", "TIME", "2022-09-17T20:30")]),
    ("Stores open between 10am and 8pm on Sunday.", date(2022, 9, 17),
     [("10am", "TIME", "2022-09-18T10:00"), ("8pm", "TIME", "2022-09-18T20:00"),
      ("Sunday", "DATE", "2022-09-18")]),
    ("The shops close at 12 noon.", date(2022, 9, 17), [("12 noon", "TIME", "2022-09-17T12:00")]),
    # the present perfect takes no past day ...
    ("Met Eireann has forecast showers on Sunday afternoon.", date(2024, 3, 14),
     [("Sunday afternoon", "TIME", "2024-03-17TAF")]),
    # ... but "has on Monday announced" (Indian English) and "since" are past
    ("The government has on Monday announced a package.", date(2024, 3, 14),
     [("Monday", "DATE", "2024-03-11")]),
    ("Its stock has slumped, closing unchanged Friday.", date(1989, 10, 30),
     [("Friday", "DATE", "1989-10-27")]),
    # a month that names what a statistic covers is the last one, whatever the tense
    ("Statistics Canada will release its September jobs data today.", date(2023, 10, 6),
     [("September", "DATE", "2023-09"), ("today", "DATE", "2023-10-06")]),
    ("Figures for July inflation are due on Aug. 16.", date(2023, 7, 20),
     [("July", "DATE", "2023-07"), ("Aug. 16", "DATE", "2023-08-16")]),
    # a plan first made ("originally scheduled for") is in the past
    ("INEC had on February 7 shifted the elections, originally scheduled for February 14.",
     date(2015, 3, 27), [("February 7", "DATE", "2015-02-07"), ("February 14", "DATE", "2015-02-14")]),
    # the end of a run of dates comes after its start
    ("Stations will close early from Feb 7 to March 28.", date(2020, 1, 21),
     [("Feb 7", "DATE", "2020-02-07"), ("March 28", "DATE", "2020-03-28")]),
    ("The show runs from Dec. 20, 2019 to Jan. 5.", date(2019, 6, 1),
     [("Dec. 20, 2019", "DATE", "2019-12-20"), ("Jan. 5", "DATE", "2020-01-05")]),
    # "over" before a length followed by a clause is the span, as it is without one
    ("The jury deliberated over three days before convicting him.", date(2013, 9, 26),
     [("three days", "DURATION", "P3D")]),
    # a date written with its weekday is in the nearest year where the two agree
    ("Budget day has been pencilled in for Tuesday, October 1st.", date(2024, 3, 14),
     [("Tuesday, October 1st", "DATE", "2024-10-01")]),
    ("It was held on Monday, Feb. 29.", date(2021, 3, 1), [("Monday, Feb. 29", "DATE", "2020-02-29")]),
    # "this Saturday" said on a Sunday is the coming one
    ("Booths will operate on weekdays, and from 9:00am to 1:00pm this Saturday.", date(2020, 10, 18),
     [("weekdays", "SET", "XXXX-WXX-WD"), ("9:00am", "TIME", "2020-10-18T09:00"), ("1:00pm", "TIME", "2020-10-18T13:00"),
      ("this Saturday", "DATE", "2020-10-24")]),
    ("The government has declared Good Friday a public holiday.", date(2015, 3, 27),
     [("Good Friday", "DATE", "2015-04-03")]),
    ("Met Eireann has forecast showers at the weekend.", date(2024, 3, 14),
     [("the weekend", "DATE", "2024-W11-WE")]),
    ("Sales have risen since the weekend.", date(2024, 3, 14), [("the weekend", "DATE", "2024-W10-WE")]),
    # Canada keeps Thanksgiving on the second Monday of October
    ("OTTAWA (The Canadian Press) - Traffic is heavy before Thanksgiving Monday.", date(2023, 10, 6),
     [("Thanksgiving Monday", "DATE", "2023-10-09")]),
    ("Americans travel for Thanksgiving.", date(2023, 10, 6), [("Thanksgiving", "DATE", "2023-11-23")]),
    ("The next review is scheduled for April 10, followed by a full statement on May 22.",
     date(2024, 2, 5), [("April 10", "DATE", "2024-04-10"), ("May 22", "DATE", "2024-05-22")]),
    # a conversion in brackets with its own day keeps it
    ("The quake struck at 10:00 p.m. (02:00 GMT on Sunday) on Saturday.", date(2010, 8, 9),
     [("10:00 p.m.", "TIME", "2010-08-07T22:00"), ("02:00 GMT", "TIME", "2010-08-08T02:00"),
      ("Sunday", "DATE", "2010-08-08"), ("Saturday", "DATE", "2010-08-07")]),
    # "last month" at the end of a run is still last month
    ("Homes were sold between September 2015 and last month.", date(2017, 4, 5),
     [("September 2015", "DATE", "2015-09"), ("last month", "DATE", "2017-03")]),
    ("Spending rose in the financial year 2023-24.", date(2023, 7, 19),
     [("the financial year 2023-24", "DATE", "2023")]),
    ("We should expect load shedding most weeks until at least March.", date(2022, 9, 17),
     [("March", "DATE", "2023-03")]),
    ("The crash took less than a second.", date(2019, 6, 14),
     [("less than a second", "DURATION", "PT1S")]),
    ("He won a second time, with nearly a quarter of the vote.", date(2019, 6, 14), []),
    # in a headline, "to" and a verb is the future
    ("# Eskom to ramp up to Stage 6 on Sunday afternoon\n\nEskom said on Friday it cut power.",
     date(2022, 9, 17), [("Sunday afternoon", "TIME", "2022-09-18TAF"), ("Friday", "DATE", "2022-09-16")]),
    ("He went to school on Sunday.", date(2022, 9, 17), [("Sunday", "DATE", "2022-09-11")]),
])
def test_review_round_eight(sentence: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert [t[:3] for t in found(sentence, dct)] == expected


@pytest.mark.parametrize(("sentence", "dct", "expected"), [
    # a dateline a day before publication: the story counts from the day it was written
    ("WASHINGTON, Nov. 16 — The House pushed through a new bill today.", date(1995, 11, 17),
     [("Nov. 16", "DATE", "1995-11-16"), ("today", "DATE", "1995-11-16")]),
    ("BRUSSELS, December 31 (Xinhua) -- NATO said this morning it would meet.", date(1999, 1, 1),
     [("December 31", "DATE", "1998-12-31"), ("this morning", "TIME", "1998-12-31TMO")]),
    # but not a dateline of the same day, nor one far from it
    ("New Delhi, Jul 19 (PTI) The session opens tomorrow.", date(2023, 7, 19),
     [("Jul 19", "DATE", "2023-07-19"), ("tomorrow", "DATE", "2023-07-20")]),
    ("PARIS, May 2 -- The minister resigned today.", date(2023, 7, 19),
     [("May 2", "DATE", "2023-05-02"), ("today", "DATE", "2023-07-19")]),
    # "a second" before a noun is an ordinal, even after "under"
    ("Under a second agreement, he was freed in under a second.", date(2014, 1, 24),
     [("under a second", "DURATION", "PT1S")]),
    ("The accord ended more than a quarter century of mistrust.", date(1993, 12, 13),
     [("more than a quarter century", "DURATION", "P25Y")]),
    # quarters that cannot be a fraction
    ("The recovery ended six quarters of contraction. Three quarters of voters agreed.",
     date(2013, 11, 7), [("six quarters", "DURATION", "P6Q")]),
    # weekdays in names of newspapers and shows
    ("The Sunday Times and the Mail on Sunday reported it on Sunday.", date(2013, 2, 4),
     [("Sunday", "DATE", "2013-02-03")]),
    ("On Sunday Times Square was empty.", date(2013, 2, 4), [("Sunday", "DATE", "2013-02-03")]),
    ("He will be sentenced at a later date.", date(2013, 2, 4),
     [("a later date", "DATE", "FUTURE_REF")]),
    ("The phone went on sale on Sept. 21 last year.", date(2013, 9, 10),
     [("Sept. 21 last year", "DATE", "2012-09-21")]),
    # a clock time in brackets restates the one before in another zone: it keeps its day
    # (or the day before or after) and does not move the scene
    ("The jet vanished early Saturday. 1:21 a.m. (5:21 p.m. GMT): The transponder stops. "
     "2:40 a.m. (6:40 p.m. GMT): Contact is lost.", date(2014, 3, 9),
     [("early Saturday", "DATE", "2014-03-08"), ("1:21 a.m.", "TIME", "2014-03-08T01:21"),
      ("5:21 p.m. GMT", "TIME", "2014-03-07T17:21"), ("2:40 a.m.", "TIME", "2014-03-08T02:40"),
      ("6:40 p.m. GMT", "TIME", "2014-03-07T18:40")]),
    # a past plan of that day; a timeline's entry told in the present
    ("It left at 12:41 a.m. Saturday (11:41 a.m. ET Friday) and was scheduled to land at "
     "6:30 a.m. local time. Events:\n\n1:21 a.m.: The transponder stops.", date(2014, 3, 9),
     [("12:41 a.m. Saturday", "TIME", "2014-03-08T00:41"),
      ("11:41 a.m. ET Friday", "TIME", "2014-03-07T11:41"),
      ("6:30 a.m. local time", "TIME", "2014-03-08T06:30"), ("1:21 a.m.", "TIME", "2014-03-08T01:21")]),
    # "the next day" is the story's, not a future cue; a clock time before it falls on it
    ("On the evening of Feb. 23, she called. Shortly after 2 A.M. the next day, fire tore "
     "through the building. Five months later, a report concludes it.", date(2001, 7, 29),
     [("Feb. 23", "DATE", "2001-02-23"), ("2 A.M.", "TIME", "2001-02-24T02:00"),
      ("the next day", "DATE", "2001-02-24"), ("Five months later", "DATE", "2001-07")]),
    # the verb after a quotation is when it was said, not the tense of the quote
    ('"Nobody wants this to last through Thanksgiving," he said.', date(1995, 11, 17),
     [("Thanksgiving", "DATE", "1995-11-23")]),
    # more present tenses that schedule
    ("The institute releases its report on Tuesday.", date(2000, 7, 21),
     [("Tuesday", "DATE", "2000-07-25")]),
    # a day in an aside sets no scene for the clock times after it
    ("The ECB cut its rate on Thursday. The figure, published last Thursday, stunned them. "
     "Draghi spoke at 2:30 p.m. to reporters.", date(2013, 11, 7),
     [("Thursday", "DATE", "2013-11-07"), ("last Thursday", "DATE", "2013-10-31"),
      ("2:30 p.m.", "TIME", "2013-11-07T14:30")]),
    # a clock time and its day joined by "on" are two expressions, as TimeML keeps "on" out
    ("The fire broke out shortly before 4 a.m. on Jan. 9, 2011, in a house.", date(2013, 3, 13),
     [("4 a.m.", "TIME", "2011-01-09T04:00"), ("Jan. 9, 2011", "DATE", "2011-01-09")]),
    ("Staff walk out from 04:00 GMT on Tuesday 4 December.", date(2012, 11, 29),
     [("04:00 GMT", "TIME", "2012-12-04T04:00"), ("Tuesday 4 December", "DATE", "2012-12-04")]),
    # a bare plural unit before "of" and a noun is a length of time
    ("Decades of conflict and months of secret talks. Minutes of the meeting.", date(2009, 1, 5),
     [("Decades", "DURATION", "PXDE"), ("months", "DURATION", "PXM")]),
    # past verbs in un-; "to" before an amount; ", and to" joins no clause
    ("Merkel unveiled the plan on Monday and wants changes that would impose sanctions.",
     date(2011, 12, 8), [("Monday", "DATE", "2011-12-05")]),
    ("Goldman lowered its Brent forecast to 112 dollars on Friday.", date(2012, 5, 29),
     [("Friday", "DATE", "2012-05-25")]),
    ("The market will look to confidence figures, and to payrolls data on Friday.",
     date(2012, 5, 29), [("Friday", "DATE", "2012-06-01")]),
    ("Van Rompuy wants leaders to agree on a deal on Friday.", date(2011, 12, 8),
     [("Friday", "DATE", "2011-12-09")]),
    ("He is expected to play in Sunday's match.", date(2013, 8, 31),
     [("Sunday", "DATE", "2013-09-01")]),
    # the end of a span ("through Tuesday") is a bound: it sets no day for the story
    ("Rain could fall through Tuesday. The next advisory will be issued at 4 p.m. CT.",
     date(2005, 8, 28), [("Tuesday", "DATE", "2005-08-30"), ("4 p.m. CT", "TIME", "2005-08-28T16:00")]),
    # a season after adjectives that only a time takes; not "a hot spring"
    ('"We are going to have a very busy spring," he said. They bathed in a hot spring.',
     date(2009, 2, 14), [("spring", "DATE", "2009-SP")]),
    # "overnight" told ahead is the night of the story's day, not the one before it
    ("Nagin spoke on Sunday. Hurricane conditions are forecast to arrive overnight.",
     date(2005, 8, 28), [("Sunday", "DATE", "2005-08-28"), ("overnight", "TIME", "2005-08-28TNI")]),
    # a clock time and the part of a day next to it are one time, in the evening if it says so
    ("It landed at eight o'clock last night, and at 7 o'clock this morning it left.",
     date(1999, 8, 17), [("eight o'clock last night", "TIME", "1999-08-16T20:00"),
                         ("7 o'clock this morning", "TIME", "1999-08-17T07:00")]),
    # the edge of a possessive is its noun's; a season after "before" keeps its article
    ("Output recovered since the end of last year's civil war, but may fall before the summer.",
     date(2012, 5, 29), [("last year", "DATE", "2011"), ("the summer", "DATE", "2012-SU")]),
    # "following" without an article is a preposition, out of the extent
    ("Troops moved in following a week of raids, and in the following two weeks.",
     date(2009, 1, 5), [("a week", "DURATION", "P1W"), ("the following two weeks", "DURATION", "P2W")]),
    # what usually happens has no year (the dev set: "usually conducted in the second and
    # fourth quarters", XXXX-Q2)
    ("Fire season normally stretches from late spring into the fall. It began in June.",
     date(2007, 10, 24), [("late spring", "DATE", "XXXX-SP"), ("the fall", "DATE", "XXXX-FA"),
                          ("June", "DATE", "2007-06")]),
    ("Diplomats said Monday's meeting would start at 1200 GMT. It convenes annually in early "
     "March.", date(2012, 11, 21), [("Monday", "DATE", "2012-11-26"),
                                    ("1200 GMT", "TIME", "2012-11-26T12:00"),
                                    ("annually", "SET", "P1Y"), ("early March", "DATE", "XXXX-03")]),
    # a present tense that schedules, before a weekday's possessive
    ("Nadal faces Djokovic in Sunday's final.", date(2013, 7, 3), [("Sunday", "DATE", "2013-07-07")]),
    # a day of the month the sentence has just named with its year
    ("The troops left in December 2011, crossing into Kuwait before dawn on Dec. 18.",
     date(2013, 3, 19), [("December 2011", "DATE", "2011-12"), ("Dec. 18", "DATE", "2011-12-18")]),
    # an apposition that holds the story's day does not replace it
    ("On 3 February 2012, almost exactly a year ago, the DPP charged both. Mr Huhne resigned "
     "the same day.", date(2013, 2, 4),
     [("3 February 2012", "DATE", "2012-02-03"), ("a year ago", "DATE", "2012"),
      ("the same day", "DATE", "2012-02-03")]),
    # round 14a: "we're" and more present tenses that schedule; a present perfect sets a
    # coming date; a clock range that crosses midnight; the hours of every Monday
    ("We're looking at snow this weekend, and the storm hits Friday.", date(2007, 2, 22),
     [("this weekend", "DATE", "2007-W08-WE"), ("Friday", "DATE", "2007-02-23")]),
    ("Annan has set a deadline of February 28 for the two sides.", date(2002, 12, 20),
     [("February 28", "DATE", "2003-02-28")]),
    ("That warning runs from 6 p.m. until noon Saturday.", date(2007, 2, 22),
     [("6 p.m.", "TIME", "2007-02-22T18:00"), ("noon Saturday", "TIME", "2007-02-24T12:00")]),
    ("The museum is open from 10:30 a.m. to 5 p.m. on Mondays.", date(2009, 5, 2),
     [("10:30 a.m.", "TIME", "XXXX-XX-XXT10:30"), ("5 p.m.", "TIME", "XXXX-XX-XXT17:00"),
      ("Mondays", "SET", "XXXX-WXX-1")]),
    ("A gala is planned for the evening of May 13.", date(2009, 5, 2),
     [("May 13", "DATE", "2009-05-13")]),
    # round 14b
    ("They want a budget by spring. The 1800s were colder. Hearings typically last four days.",
     date(2011, 1, 19), [("spring", "DATE", "2011-SP"), ("The 1800s", "DATE", "18"),
                         ("four days", "DURATION", "P4D")]),
    ("Bork was defeated on Oct. 23, 1987. Kennedy was nominated in November of that year.",
     date(2005, 10, 4), [("Oct. 23, 1987", "DATE", "1987-10-23"),
                         ("November of that year", "DATE", "1987-11")]),
    ("A shutdown lasted 21 days over the winter of 1995-96.", date(2011, 1, 19),
     [("21 days", "DURATION", "P21D"), ("the winter of 1995-96", "DATE", "1995-WI")]),
    ("Key dates in its rise and fall\n\n1989 - It buys a reseller.\n\nMay 14 - Moody's cuts it.",
     date(2002, 6, 21), [("1989", "DATE", "1989"), ("May 14", "DATE", "2002-05-14")]),
    # a fronted weekday and a present tense that schedules after it; "one day" ahead
    ("On Thursday he reaches the midpoint of his term. Maybe I'll come back one day. It will "
     "take one day.", date(2011, 1, 19),
     [("Thursday", "DATE", "2011-01-20"), ("one day", "DATE", "FUTURE_REF"),
      ("one day", "DURATION", "P1D")]),
    # in a title-case headline capitals make no name; elsewhere they still do
    ("# Storm Kills 40 In Three Days\n\nPeace Now said it.", date(2013, 3, 19),
     [("Three Days", "DURATION", "P3D")]),
    ("Nobody wanted to be long going into the weekend.", date(2000, 7, 21),
     [("the weekend", "DATE", "2000-W29-WE")]),
    # a lead taken in swallows the expression it covers: no overlapping output
    ("A result is usually available in the early hours of the following day.", date(2009, 9, 27),
     [("the following day", "DATE", "2009-09-28")]),
    # round 15a
    ("Reid predicted a test vote by Friday.", date(2011, 7, 26), [("Friday", "DATE", "2011-07-29")]),
    ("Kerry warned of serious consequences if Sunday's vote goes ahead.", date(2014, 3, 14),
     [("Sunday", "DATE", "2014-03-16")]),
    ("Investors braced for a referendum in Crimea this weekend.", date(2014, 3, 14),
     [("this weekend", "DATE", "2014-W11-WE")]),
    ("Skating continues through late February, with extended hours.", date(2010, 12, 17),
     [("late February", "DATE", "2011-02")]),
    ("Lawmakers stay in town over the coming weekend.", date(2011, 7, 26),
     [("the coming weekend", "DATE", "2011-W30-WE")]),
    ("A vigil is held every Jan. 22. Offices close next Friday, Dec. 24.", date(2010, 12, 17),
     [("every Jan. 22", "SET", "XXXX-01-22"), ("next Friday, Dec. 24", "DATE", "2010-12-24")]),
    ("On New Year's Eve service will be extended until 2 a.m.", date(2010, 12, 17),
     [("New Year's Eve", "DATE", "2010-12-31"), ("2 a.m", "TIME", "2011-01-01T02:00")]),
    # round 15b: European dotted dates
    ("The vote is on 25.09.2009 and results come on 27.09.2009. Version 10.10.2010.1 shipped.",
     date(2009, 9, 20), [("25.09.2009", "DATE", "2009-09-25"), ("27.09.2009", "DATE", "2009-09-27")]),
    # round 16: a meeting's minutes; names ("World News Tonight", "the next Winter Games")
    ("The minutes, released Wednesday, showed a split. Within minutes of it, stocks fell.",
     date(2013, 7, 10), [("Wednesday", "DATE", "2013-07-10"), ("minutes", "DURATION", "PTXM")]),
    ("This is ABC World News Tonight. The next Winter Games are in Nagano.", date(1995, 7, 20), []),
    ("The trial continues Friday, when we'll hear from the defense.", date(1995, 7, 19),
     [("Friday", "DATE", "1995-07-21")]),
    # a conjunction after a month or season is no noun it modifies
    ("Aid must arrive before winter unless the roads close. Summer clothing is cheap.",
     date(1994, 10, 20), [("winter", "DATE", "1994-WI")]),
    # round 17b
    ("Prices rose earlier in the year, and talks resume later in the month.", date(1989, 10, 26),
     [("earlier in the year", "DATE", "1989"), ("later in the month", "DATE", "1989-10")]),
    ("Talks were held for three days earlier this month.", date(1999, 7, 20),
     [("three days", "DURATION", "P3D"), ("earlier this month", "DATE", "1999-07")]),
    ("Experts warned about Feb. 29, the leap day, which came about May 5.", date(1999, 12, 29),
     [("Feb. 29", "DATE", "1996-02-29"), ("about May 5", "DATE", "1999-05-05")]),
    # round 17a
    ("The administration will release updated figures in January.", date(2013, 12, 16),
     [("January", "DATE", "2014-01")]),
    ("Hurricanes form between June 1 and Nov. 30.", date(2013, 5, 23),
     [("June 1", "DATE", "2013-06-01"), ("Nov. 30", "DATE", "2013-11-30")]),
    ("The vote is expected early Thursday next week.", date(2013, 5, 23),
     [("early Thursday next week", "DATE", "2013-05-30")]),
    # round 18a
    ("It was the deal of the century, due by the end of the century.", date(2013, 7, 18),
     [("the end of the century", "DATE", "20")]),
    ("Lenders had set a deadline of Friday.", date(2013, 7, 18), [("Friday", "DATE", "2013-07-19")]),
    # round 18b: a date that names an event ("the March 11 earthquake") sets no scene
    ("Output was hit by the March 11 earthquake. The yen rose at 10:25 a.m. in Tokyo.",
     date(2011, 8, 4), [("March 11", "DATE", "2011-03-11"), ("10:25 a.m.", "TIME", "2011-08-04T10:25")]),
    ("Assad must give up the weapons by end-2016. The end-user paid.", date(2013, 7, 18),
     [("end-2016", "DATE", "2016")]),
    ("The weapons had been destroyed ahead of a November 1 deadline.", date(2013, 12, 31),
     [("November 1", "DATE", "2013-11-01")]),
])
def test_review_round_eleven(sentence: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert [t[:3] for t in found(sentence, dct)] == expected


# Session 6: findings of the review rounds on fresh articles, and of rereading the old ones.
@pytest.mark.parametrize(("sentence", "dct", "expected"), [
    # a present perfect governs a day only with no finite verb between them
    ("Police have said the man was arrested on Saturday.", date(2015, 3, 27),
     [("Saturday", "DATE", "2015-03-21")]),
    ("The police chief has ordered a curfew from 8am on Saturday.", date(2015, 3, 27),
     [("8am", "TIME", "2015-03-28T08:00"), ("Saturday", "DATE", "2015-03-28")]),
    # what an infinitive does to a holiday lies ahead of the past verb; a holiday named
    # with a day before it follows that day
    ("The government declared holidays to mark Good Friday and Easter Monday.", date(2015, 3, 27),
     [("Good Friday", "DATE", "2015-04-03"), ("Easter Monday", "DATE", "2015-04-06")]),
    ("Shops closed early to celebrate Christmas and New Year's Day.", date(2015, 12, 18),
     [("Christmas", "DATE", "2015-12-25"), ("New Year's Day", "DATE", "2016-01-01")]),
    # "to have X confirmed": a participle, no past verb
    ("Republicans hope to have Miers confirmed by Thanksgiving, which falls on Nov. 24 this year.",
     date(2005, 10, 4), [("Thanksgiving", "DATE", "2005-11-24"),
                         ("Nov. 24 this year", "DATE", "2005-11-24")]),
    # round 19a: a fiscal quarter is named by its fiscal year, the DCT's unless ahead
    ("Corvant said net income for its fiscal fourth quarter, ended June 30, rose 27%. It expects "
     "revenue in the fiscal first quarter to be flat.", date(1997, 8, 5),
     [("fiscal fourth quarter", "DATE", "1997-Q4"), ("June 30", "DATE", "1997-06-30"),
      ("the fiscal first quarter", "DATE", "1998-Q1")]),
    # round 19d: a sport's seasons; a game's quarters and halves are no calendar's
    ("The Eagles went 10-2 last season and have won in each of the past five seasons.",
     date(2014, 9, 5), [("last season", "DATE", "2013"), ("the past five seasons", "DURATION", "P5Y")]),
    ("Ferreyra scored 19 goals for Porto last season and made his debut in June.", date(2013, 8, 31),
     [("last season", "DATE", "2012"), ("June", "DATE", "2013-06")]),
    ("Jefferson trailed 17-13 early in the fourth quarter, then led in the second half.",
     date(2014, 9, 5), []),
    ("Profit rose in the fourth quarter, and the shares jumped $8-7/16.", date(1998, 12, 23),
     [("the fourth quarter", "DATE", "1998-Q4")]),
    ("Corvane will hold its conference on June 11-12, and expects stronger sales in the second half.",
     date(2024, 4, 18), [("June 11", "DATE", "2024-06-11"), ("12", "DATE", "2024-06-12"),
                         ("the second half", "DATE", "2024-H2")]),
    # round 19c: a clock time before dawn after a night is the next morning's; an activity
    # "until" a time is over
    ("About 2,000 customers lost power Sunday night. Crews restored service by 3:30 a.m. ET.",
     date(2014, 1, 27), [("Sunday night", "TIME", "2014-01-26TNI"),
                         ("3:30 a.m. ET", "TIME", "2014-01-27T03:30")]),
    ("The fire broke out Friday night and burned until 11 p.m.", date(2014, 1, 27),
     [("Friday night", "TIME", "2014-01-24TNI"), ("11 p.m", "TIME", "2014-01-24T23:00")]),
    # rounds 19a, 19c: a month that names a statistic's period is the last one over; an
    # event named by its month is the nearest one, whatever the tense
    ("Retail sales figures for March are due Thursday morning.", date(1997, 4, 14),
     [("March", "DATE", "1997-03"), ("Thursday morning", "TIME", "1997-04-17TMO")]),
    ("Friday's slide was triggered by a surprisingly strong March employment report.",
     date(1997, 4, 14), [("Friday", "DATE", "1997-04-11"), ("March", "DATE", "1997-03")]),
    ("Voters will remember the June referendum, and the figures were in line with forecasts "
     "in the May budget.", date(2013, 7, 11), [("June", "DATE", "2013-06"), ("May", "DATE", "2013-05")]),
    ("The January sales start next week.", date(2013, 12, 20),
     [("January", "DATE", "2014-01"), ("next week", "DATE", "2013-W52")]),
    # round 19a: "a year earlier" after a month named in its sentence is that month
    ("World-wide semiconductor sales fell 9.4% in August from a year earlier.", date(1996, 10, 17),
     [("August", "DATE", "1996-08"), ("a year earlier", "DATE", "1995-08")]),
    ("Wages rose last month. They were 3.8 percent higher than a year earlier.", date(1998, 2, 6),
     [("last month", "DATE", "1998-01"), ("a year earlier", "DATE", "1997")]),
    # round 19f: a passive infinitive before a month looks ahead; a relative clause closed
    # before the day gives it no tense; "shortly before" stays out of noon as of clock times
    ("The ECB announced loans to be offered in September.", date(2014, 6, 5),
     [("September", "DATE", "2014-09")]),
    ("He will travel to Varanasi, where he won a seat, on Saturday.", date(2014, 5, 16),
     [("Saturday", "DATE", "2014-05-17")]),
    ("Society Corp., which is also a bank, agreed in June to buy Trustcorp.", date(1989, 10, 30),
     [("June", "DATE", "1989-06")]),
    ("Officials met shortly before noon.", date(2014, 6, 5), [("noon", "TIME", "2014-06-05T12:00")]),
    # round 19e (broadcast transcripts): clock times and years said in words
    ("A new round could start at nine a.m. local time.", date(1999, 6, 7),
     [("nine a.m. local time", "TIME", "1999-06-07T09:00")]),
    ("The airport closed again at four o'clock in the afternoon.", date(1997, 3, 12),
     [("four o'clock in the afternoon", "TIME", "1997-03-12T16:00")]),
    ("NPR will carry special coverage beginning at eight o'clock tonight.", date(1997, 8, 31),
     [("eight o'clock tonight", "TIME", "1997-08-31T20:00")]),
    ("Not since the election of eighteen seventy-six has a race been this close.", date(2000, 11, 11),
     [("eighteen seventy-six", "DATE", "1876")]),
    ("About eighteen hundred troops arrived.", date(2000, 11, 11), []),
    ("Later in the broadcast, our Person of the Week. He left a short time ago.", date(1998, 11, 20),
     [("a short time ago", "DATE", "PAST_REF")]),
    # the midnight a day began with, told that day in the past
    ("The car hit a pillar shortly after midnight. She died at four a.m.", date(1997, 8, 31),
     [("midnight", "TIME", "1997-08-31T00:00"), ("four a.m", "TIME", "1997-08-31T04:00")]),
    # round 19b: the verb "last" after a subject; an age; an afternoon "2 o'clock"; a month
    # after "as early as"
    ("Symptoms begin within hours and last four to seven days. Headaches last two days.",
     date(2014, 1, 9), [("hours", "DURATION", "PTXH"), ("four to seven days", "DURATION", "P4D"),
                        ("two days", "DURATION", "P2D")]),
    ("The CDC recommends that everyone 6 months and older get a flu vaccine each year.",
     date(2014, 1, 9), [("each year", "SET", "P1Y")]),
    ("The river rose Sunday afternoon. By 2 o'clock the water was in the house.", date(2011, 8, 31),
     [("Sunday afternoon", "TIME", "2011-08-28TAF"), ("2 o'clock", "TIME", "2011-08-28T14:00")]),
    ("The plant could reopen as early as March.", date(2014, 1, 9), [("March", "DATE", "2014-03")]),
    # round 19d: "as planned" is a manner; "this year" gives no year to a month ahead after a
    # clause break; a weekday a day or two after the one before "and"; "not ... overnight"
    ("The change will not affect this year's schedule; classes begin Thursday as planned.",
     date(2012, 8, 21), [("this year", "DATE", "2012"), ("Thursday", "DATE", "2012-08-23")]),
    ("A pharmacy opened there earlier this year, and a gym is expected to open in January.",
     date(2013, 10, 19), [("earlier this year", "DATE", "2013"), ("January", "DATE", "2014-01")]),
    ("Most districts canceled classes Monday and Tuesday.", date(2014, 1, 6),
     [("Monday", "DATE", "2014-01-06"), ("Tuesday", "DATE", "2014-01-07")]),
    ("Following are statements made Friday and Thursday by his lawyer.", date(1998, 2, 6),
     [("Friday", "DATE", "1998-02-06"), ("Thursday", "DATE", "1998-02-05")]),
    ("This was not a decision we made overnight.", date(2012, 8, 21), []),
    # what was said in the present; an event named by its month with "a"
    ("She said the bakery is busiest before Christmas.", date(2013, 10, 19),
     [("Christmas", "DATE", "2013-12-25")]),
    ("The bank said it is continuing to try to sell itself, under a June agreement.",
     date(1989, 10, 27), [("June", "DATE", "1989-06")]),
    # round 19h (obituaries): a year in apposition, "the same year"; "could no longer";
    # a house number
    ("His son took over in 1958, the year he came home. He closed the shop in 1974, the same "
     "year his wife died.", date(2010, 4, 29),
     [("1958", "DATE", "1958"), ("the year", "DATE", "1958"), ("1974", "DATE", "1974"),
      ("the same year", "DATE", "1974")]),
    ("By the middle of May he could no longer speak.", date(2013, 6, 8),
     [("the middle of May", "DATE", "2013-05")]),
    ("A funeral will be held at Shiloh Baptist Church, 1500 Ninth St. NW. In 1999 Main Street "
     "was rebuilt, and a 1979 Supreme Court ruling stood.", date(2009, 8, 14),
     [("1999", "DATE", "1999"), ("1979", "DATE", "1979")]),
    # round 19g (science): a year after a heading's "#", "mid-century", "hourlong", and
    # "March was ..." (the month, and a past one)
    ("# 2012 was hottest year on record\n\nFarmers will need more food by mid-century.",
     date(2013, 1, 15), [("2012", "DATE", "2012"), ("mid-century", "DATE", "20")]),
    ("It was an hourlong presentation and a daylong summit.", date(2013, 1, 15),
     [("hourlong", "DURATION", "PT1H"), ("daylong", "DURATION", "P1D")]),
    ("March was the warmest month on record. Temperatures in March were the highest.",
     date(2013, 1, 15), [("March", "DATE", "2012-03"), ("March", "DATE", "2012-03")]),
    ('"March is going to be tough," said Dana Cohen. Troops march on.', date(2000, 3, 2),
     [("March", "DATE", "2000-03")]),
    # round 19g: spans beyond the calendar; millions of years, not of day trips
    ("Comets formed 4.6 billion years ago, mammals lived for some 150 million years, and the "
     "town was founded 5,000 years ago.", date(2013, 2, 8),
     [("4.6 billion years ago", "DATE", "PAST_REF"), ("some 150 million years", "DURATION", "P150000000Y"),
      ("5,000 years ago", "DATE", "PAST_REF")]),
    ("Visitors made 9.8 million day trips in 2 years.", date(2013, 2, 8), [("2 years", "DURATION", "P2Y")]),
    # rounds 19a, 19c: "April 4 in 1999"; St Stephen's Day
    ("Easter was April 4 in 1999 but falls on April 23 this year.", date(2000, 3, 2),
     [("Easter", "DATE", "1999-04-04"), ("April 4", "DATE", "1999-04-04"), ("1999", "DATE", "1999"),
      ("April 23 this year", "DATE", "2000-04-23")]),
    ("Shoppers flocked to the St Stephen's Day sales, up on St Stephen's Day 2012.", date(2013, 12, 27),
     [("St Stephen's Day", "DATE", "2013-12-26"), ("St Stephen's Day 2012", "DATE", "2012-12-26")]),
    # round 20b (opinion): "midnight last night"; a clock time before dawn after an
    # afternoon; "hoped to"; "the Sept. 11 attacks in 2001"; "the decade" after "the 1990s"
    ("At midnight last night the Union flag came down.", date(1997, 7, 1),
     [("midnight last night", "TIME", "1997-06-30T24:00")]),
    ("Patten left yesterday afternoon, and shortly before 1am he sailed out of the harbour.",
     date(1997, 7, 1), [("yesterday afternoon", "TIME", "1997-06-30TAF"), ("1am", "TIME", "1997-07-01T01:00")]),
    ("He hoped to name committee chairmen before Thanksgiving.", date(1994, 11, 10),
     [("Thanksgiving", "DATE", "1994-11-24")]),
    ("It was the worst drop since the Sept. 11 attacks in 2001.", date(2008, 9, 16),
     [("Sept. 11", "DATE", "2001-09-11"), ("2001", "DATE", "2001")]),
    ("For much of the 1990s building propped up growth. That boom ended in the middle of the decade.",
     date(2003, 2, 22), [("the 1990s", "DATE", "199"), ("the middle of the decade", "DATE", "199")]),
    # round 20a (markets): a past high is not pushed a year ahead by a present tense; a
    # futures month lies ahead; "reports results" schedules
    ("The Nasdaq is now down 34.2 percent from its record close of 5,048.62 on March 10.",
     date(2000, 4, 14), [("now", "DATE", "PRESENT_REF"), ("March 10", "DATE", "2000-03-10")]),
    ("The index is still down about 4 percent from its 2012 closing high on April 2.",
     date(2012, 6, 16), [("2012", "DATE", "2012"), ("April 2", "DATE", "2012-04-02")]),
    ("Brent crude for February delivery fell as low as $58.50 a barrel.", date(2014, 12, 16),
     [("February", "DATE", "2015-02")]),
    ("Oracle reports results on Wednesday.", date(2012, 6, 16), [("Wednesday", "DATE", "2012-06-20")]),
    # round 19d: a bare clock time a little before an evening one; the school year
    ("Kickoff is set for 7 p.m. tonight, with the pregame show starting at 6:30.", date(2014, 9, 5),
     [("7 p.m. tonight", "TIME", "2014-09-05T19:00"), ("6:30", "TIME", "2014-09-05T18:30")]),
    ("Lunch prices rose 10 cents from the previous school year.", date(2012, 8, 21),
     [("the previous school year", "DATE", "2011")]),
    # many rounds: "weekdays" is a set
    ("Parents can call the office between 7 a.m. and 4 p.m. weekdays, or every weekday online.",
     date(2012, 8, 21), [("7 a.m.", "TIME", "2012-08-21T07:00"), ("4 p.m.", "TIME", "2012-08-21T16:00"),
                         ("weekdays", "SET", "XXXX-WXX-WD"), ("every weekday", "SET", "XXXX-WXX-WD")]),
    # rounds 20c, 20d: "scheduled maintenance" is an adjective; "starting Monday" after an
    # infinitive lies ahead; "by midnight" is the day's end
    ("The plane had undergone scheduled maintenance on 16 November.", date(2014, 12, 29),
     [("16 November", "DATE", "2014-11-16")]),
    ("Federal workers were told to stay home starting Monday. Residents were ordered off the "
     "islands starting Wednesday.", date(1995, 12, 17),
     [("Monday", "DATE", "1995-12-18"), ("Wednesday", "DATE", "1995-12-13")]),
    ("The talks, which began at 7 p.m., ended by midnight.", date(2000, 11, 11),
     [("7 p.m.", "TIME", "2000-11-11T19:00"), ("midnight", "TIME", "2000-11-11T24:00")]),
    # rounds 19a, 20d: the half of a fiscal or calendar year named
    ("Revenue would slow in the first half of fiscal 1998 and pick up in the second half of "
     "calendar 2010.", date(1997, 8, 5),
     [("the first half of fiscal 1998", "DATE", "1998-H1"),
      ("the second half of calendar 2010", "DATE", "2010-H2")]),
    # rounds 19g, 20d: "the" of a year or century used as an adjective is the noun's
    ("The fiscal 1990 deficit was revised; temperatures were above the 20th-century average "
     "by the year 2002 using the forecasts.", date(1991, 1, 15),
     [("fiscal 1990", "DATE", "1990"), ("20th-century", "DATE", "19"), ("the year 2002", "DATE", "2002")]),
    # rounds 21a, 21b: "between Thursday and Sunday" is one week's run; "6:30 this morning"
    # stays in the morning after an evening time
    ("Travellers crossed between Thursday and Sunday.", date(2012, 1, 27),
     [("Thursday", "DATE", "2012-01-26"), ("Sunday", "DATE", "2012-01-29")]),
    ('Sites are open until 7 p.m. "We had people lined up before 6:30 this morning," Johnson said.',
     date(2008, 10, 20), [("7 p.m", "TIME", "2008-10-20T19:00"), ("6:30 this morning", "TIME", "2008-10-20T06:30")]),
    ("Organizers said the race will go on as planned at 9 a.m. Sunday unless roads are unsafe.",
     date(1996, 11, 9), [("9 a.m. Sunday", "TIME", "1996-11-10T09:00")]),
    # round 20a: a mark the story compares with sets no scene for clock times
    ("Gold had surged to a six-year high on Feb. 5. The S&P 500 rose 2.6 percent at 3 p.m.",
     date(2003, 3, 17), [("six-year", "DURATION", "P6Y"), ("Feb. 5", "DATE", "2003-02-05"),
                         ("3 p.m", "TIME", "2003-03-17T15:00")]),
    # round 22a: "if elected" is a condition, not a past
    ("The governor, if elected in November, would cut taxes.", date(2012, 8, 11),
     [("November", "DATE", "2012-11")]),
    # rounds 22a, 22b: the year of a relative aside or of a day naming an event gives no year
    # to the months after it; the year of an event named by its year does
    ("Mario Monti, whose government took office in November 2011, has led a caretaker "
     "administration since he resigned in December.", date(2013, 3, 21),
     [("November 2011", "DATE", "2011-11"), ("December", "DATE", "2012-12")]),
    ("The M23, named after a March 23, 2009 peace deal, launched its rebellion in April.",
     date(2012, 11, 24), [("March 23, 2009", "DATE", "2009-03-23"), ("April", "DATE", "2012-04")]),
    ("The State had suffered heavy losses in the 2007 monsoon, when 200 people died between June "
     "and August.", date(2010, 6, 1), [("2007", "DATE", "2007"), ("June", "DATE", "2007-06"),
                                       ("August", "DATE", "2007-08")]),
    # round 22b: a date inside a relative clause takes that clause's tense
    ("Lagarde said that the meetings, which end on Sunday, were useful.", date(2012, 10, 12),
     [("Sunday", "DATE", "2012-10-14")]),
    # rounds 21a, 23b: a "three-day weekend" is three days; "20th Century Fox" a name
    ("The film took in $40 million over the three-day weekend, giving 20th Century Fox a lift.",
     date(2012, 1, 27), [("three-day weekend", "DURATION", "P3D")]),
    # round 23a: a comparison's "from" looks back; "is coming" looks ahead
    ("That's down 1.5 percent from June.", date(2011, 8, 16), [("June", "DATE", "2011-06")]),
    ("Christmas is coming.", date(2012, 9, 30), [("Christmas", "DATE", "2012-12-25")]),
    ("Rail fares rise from Monday.", date(2012, 9, 30), [("Monday", "DATE", "2012-10-01")]),
    # round 23b: a capitalised past form mid-sentence is a title, no verb
    ('The network will launch "Lost" on Sept. 22.', date(2004, 5, 19), [("Sept. 22", "DATE", "2004-09-22")]),
])
def test_review_round_twelve(sentence: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert [t[:3] for t in found(sentence, dct)] == expected


@pytest.mark.parametrize(("sentence", "dct", "expected"), [
    # round 21a and earlier: festivals of lunar and lunisolar calendars, from their table
    ("Sales surged in the run-up to Diwali on Thursday.", date(2014, 10, 25),
     [("Diwali", "DATE", "2014-10-23"), ("Thursday", "DATE", "2014-10-23")]),
    ("Changi handled 1.35 million passengers over the Chinese New Year holidays.",
     date(2012, 1, 27), [("Chinese New Year", "DATE", "2012-01-23")]),
    ("Motorists faced long waits on the eve of Chinese New Year.", date(2012, 1, 27),
     [("the eve of Chinese New Year", "DATE", "2012-01-22")]),
    ("On the eve of Christmas, troops left.", date(2012, 1, 27),
     [("the eve of Christmas", "DATE", "2011-12-24")]),
    ("The committee should finish its work before Eid al-Fitr.", date(2013, 7, 10),
     [("Eid al-Fitr", "DATE", "2013-08-08")]),
    ("Families will gather for Rosh Hashanah.", date(2013, 11, 5), [("Rosh Hashanah", "DATE", "2014-09-25")]),
    ("They met on Passover.", date(2013, 11, 5), [("Passover", "DATE", "2013-03-26")]),
    # two Eids a year: the one the tense points to, not the nearest
    ("Muslims celebrated Eid.", date(2013, 9, 20), [("Eid", "DATE", "2013-08-08")]),
    ("Muslims will celebrate Eid.", date(2013, 9, 1), [("Eid", "DATE", "2013-10-15")]),
    # a month-long festival: the month holding most of it; said while it lasts, that one
    ("The attack came during Ramadan.", date(2013, 11, 5), [("Ramadan", "DATE", "2013-07")]),
    ("Otherwise Ramadan will complete 30 days.", date(2011, 8, 27),
     [("Ramadan", "DATE", "2011-08"), ("30 days", "DURATION", "P30D")]),
    ("During the Spring Festival holiday, trips rose.", date(2000, 2, 9),
     [("Spring Festival", "DATE", "2000-02-05")]),
    ("Diwali 2010 was quiet.", date(2013, 11, 5), [("Diwali 2010", "DATE", "2010-11-05")]),
    ("After Mardi Gras the city was quiet.", date(2013, 11, 5), [("Mardi Gras", "DATE", "2013-02-12")]),
    ("Orthodox Easter fell late.", date(2013, 11, 5), [("Orthodox Easter", "DATE", "2013-05-05")]),
    # a festival's name that is also a person's
    ("Tariq Ramadan spoke in Paris.", date(2013, 11, 5), []),
    ("Ramadan Abdullah Shallah spoke.", date(2013, 11, 5), []),
    ("The Tet Offensive began.", date(2013, 11, 5), []),
    ("During Ramadan Muslims fasted until dusk.", date(2013, 11, 5), [("Ramadan", "DATE", "2013-07")]),
    # round 24a: a season after the weather's adjectives, and before a verb
    ("Profit tops estimates as cold winter lifts heater sales", date(2014, 4, 30),
     [("winter", "DATE", "2013-WI")]),
    ("It was an unusually harsh winter across the Midwest.", date(2014, 4, 30),
     [("winter", "DATE", "2013-WI")]),
    ("Officials think the hot spring and summer helped mosquitoes.", date(2012, 10, 3),
     [("spring", "DATE", "2012-SP"), ("summer", "DATE", "2012-SU")]),
    ("He bought cold winter coats.", date(2014, 4, 30), []),
    ("The last really severe winter, 2009-10, was the coldest in 31 years.", date(2015, 7, 16),
     [("2009-10", "DATE", "2009"), ("31 years", "DURATION", "P31Y")]),
    # round 24c: "fall" the verb after a relative "that"
    ("Many states have deadlines that fall before the data will be available.", date(2021, 4, 26), []),
    ("He moved to Paris in 1998. That fall, he campaigned.", date(2021, 4, 26),
     [("1998", "DATE", "1998"), ("That fall", "DATE", "1998-FA")]),
    # round 24d: a year that opens the sentence dates its days; one further in does not
    ("In 2005, the election was held on September 18 and Merkel was sworn in on November 22.",
     date(2009, 9, 25), [("2005", "DATE", "2005"), ("September 18", "DATE", "2005-09-18"),
                         ("November 22", "DATE", "2005-11-22")]),
    ("2018: Traded to Seattle at the July 31 deadline.", date(2022, 3, 10),
     [("2018", "DATE", "2018"), ("July 31", "DATE", "2018-07-31")]),
    ("Under a program approved in 1987, Nashua had purchased 481,000 shares through Sept. 29.",
     date(1989, 10, 30), [("1987", "DATE", "1987"), ("Sept. 29", "DATE", "1989-09-29")]),
    # round 24d: a month that is a given name before a surname
    ("When Walter and June Hartwell opened their store, it had six aisles.", date(2018, 9, 4), []),
    ("June Hartwell, 88, still shops there.", date(2018, 9, 4), []),
    ("In June Congress passed the bill.", date(2018, 9, 4), [("June", "DATE", "2018-06")]),
    # round 24a: a holiday's weekend
    ("Rain is expected through the Labor Day weekend.", date(2012, 8, 31),
     [("the Labor Day weekend", "DATE", "2012-W35-WE")]),
    ("Traffic was heavy over the Easter weekend.", date(2014, 4, 22),
     [("the Easter weekend", "DATE", "2014-W16-WE")]),
    # round 24a: a bare unit coordinated with one before it; clock times with seconds
    ("Fatigue can linger for weeks or months.", date(2012, 10, 3),
     [("weeks", "DURATION", "PXW"), ("months", "DURATION", "PXM")]),
    ("Many funds in recent weeks and months have been selling.", date(1989, 10, 27),
     [("recent weeks", "DURATION", "PXW")]),
    ("The crew began the approach at 18:13. An alert sounded at 18:16:55.", date(2014, 6, 5),
     [("18:13", "TIME", "2014-06-05T18:13"), ("18:16:55", "TIME", "2014-06-05T18:16:55")]),
    ("Officials ordered the evacuation overnight Wednesday.", date(2012, 8, 31),
     [("overnight Wednesday", "TIME", "2012-08-29TNI")]),
    # round 24c: modifiers of a length; "every" before "N years after that"; a record's minutes
    ("He testified a little over a month later.", date(2018, 5, 24),
     [("a little over a month later", "DATE", "2018-06")]),
    ("It took slightly more than a year.", date(2018, 5, 24),
     [("slightly more than a year", "DURATION", "P1Y")]),
    ("The commission must review the rules every four years after that.", date(2018, 5, 24),
     [("every four years", "SET", "P4Y")]),
    ("The minutes of Thursday's meeting showed a split.", date(2017, 11, 2),
     [("Thursday", "DATE", "2017-11-02")]),
    ("The bill would keep the government open past Monday's deadline.", date(2013, 9, 26),
     [("Monday", "DATE", "2013-09-30")]),
    # round 24d: "every fifth day"; the weekend that follows a weekday is that week's
    ("You gave him the ball every fifth day. Every second year he rested.", date(2022, 3, 10),
     [("every fifth day", "SET", "P5D"), ("Every second year", "SET", "P2Y")]),
    # round 25d: a day told again without its year is the one told before; a day weeks
    # from a story's day years back, told in the past, is of that story's year
    ("He collapsed on June 17, 2011. Charges came in the summer of 2014. Dunn said police never "
     "accounted for four hours on June 17.", date(2016, 3, 8),
     [("June 17, 2011", "DATE", "2011-06-17"), ("the summer of 2014", "DATE", "2014-SU"),
      ("four hours", "DURATION", "PT4H"), ("June 17", "DATE", "2011-06-17")]),
    ("Her body was found on 12 November 1988. She had last been seen on 11 November.",
     date(2023, 4, 27), [("12 November 1988", "DATE", "1988-11-12"), ("11 November", "DATE", "1988-11-11")]),
    ("He was arrested on 8 March last year. His trial began on 3 April.", date(2023, 4, 27),
     [("8 March last year", "DATE", "2022-03-08"), ("3 April", "DATE", "2023-04-03")]),
    ("A judge ordered rules by June 30, 2015. Sales rose in fiscal 2013, which ended June 30.",
     date(2013, 10, 4), [("June 30, 2015", "DATE", "2015-06-30"), ("fiscal 2013", "DATE", "2013"),
                         ("June 30", "DATE", "2013-06-30")]),
    # round 24b: a festival's year told after it
    ("A three-day truce over the Eid al-Fitr holiday in June 2018 was the first.", date(2019, 9, 3),
     [("three-day", "DURATION", "P3D"), ("Eid al-Fitr", "DATE", "2018-06-15"), ("June 2018", "DATE", "2018-06")]),
    # round 25a: "face" and "take place" schedule; "a day" after "back" is a length; a
    # batsman's century; "the final" a match before "12 months ago"; "spend the summer"
    ("The final five events take place on Friday.", date(2012, 8, 9), [("Friday", "DATE", "2012-08-10")]),
    ("Leicester face Liverpool on Monday.", date(2017, 2, 23), [("Monday", "DATE", "2017-02-27")]),
    ("The league moved Game 7 back a day.", date(2013, 6, 21), [("a day", "DURATION", "P1D")]),
    ("It was his first century in an Ashes Test.", date(2010, 11, 29), []),
    ("She is a 20th century democrat.", date(1998, 2, 13), [("20th century", "DATE", "19")]),
    ("She reached the final 12 months ago.", date(2019, 7, 10), [("12 months ago", "DATE", "2018-07")]),
    ("Wade said he would spend the summer resting.", date(2013, 6, 21), [("the summer", "DATE", "2013-SU")]),
    # round 25b: the holiday quarter; a calendar year; a year and a half; a rate after money
    ("Results in the holiday quarter were strong.", date(2015, 1, 28),
     [("the holiday quarter", "DATE", "2014-Q4")]),
    ("The economy will stay weak this calendar year.", date(2009, 1, 22),
     [("this calendar year", "DATE", "2009")]),
    ("Jobs will be cut over the next year and a half.", date(2009, 1, 22),
     [("the next year and a half", "DURATION", "P1Y6M")]),
    ("It could cost Google $2bn a year.", date(2018, 7, 18), [("a year", "SET", "P1Y")]),
    # round 25c: a wait of months; superlative seasons; a month after an adjective; midweek
    ("It will be months, not weeks, before that is sorted. There will be days when it rains.",
     date(2016, 11, 14), [("months", "DURATION", "PXM"), ("weeks", "DURATION", "PXW")]),
    ("It was the driest spring since 1934.", date(2012, 7, 5),
     [("spring", "DATE", "2012-SP"), ("1934", "DATE", "1934")]),
    ("Planting began early after a warm March.", date(2012, 7, 5), [("March", "DATE", "2012-03")]),
    ("Temperatures will rise by midweek.", date(2016, 1, 24), [("midweek", "DATE", "2016-W04")]),
    # round 26c: a past verb right before its month or season: said in January, last year's
    ("Fires burned between March and October.", date(2024, 1, 9),
     [("March", "DATE", "2023-03"), ("October", "DATE", "2023-10")]),
    ("The warming began in the spring.", date(2024, 1, 9), [("the spring", "DATE", "2023-SP")]),
    ("A summit set for Washington in April will decide.", date(1999, 3, 12), [("April", "DATE", "1999-04")]),
    # round 26b: a possessive's "'s" is no "is"; "weeks, if not months"; "the fall in" prices
    ("Leaders announced the decision at the end of a meeting in Ghana's capital on Sunday.",
     date(2022, 7, 4),
     [("Sunday", "DATE", "2022-07-03")]),
    ("The force would need weeks, if not months, to deploy.", date(2022, 7, 4),
     [("weeks", "DURATION", "PXW"), ("months", "DURATION", "PXM")]),
    ("Chad was hit by the fall in oil prices after the fall of Kabul.", date(2021, 10, 4), []),
    # round 26a: financial years; "the new year"
    ("Borrowing in the current financial year will rise.", date(2023, 5, 26),
     [("the current financial year", "DATE", "2023")]),
    ("Then it was Christmas, then it was the new year.", date(2018, 3, 20),
     [("Christmas", "DATE", "2017-12-25"), ("the new year", "DATE", "2018")]),
    ("The bill is unlikely to clear the Lords before the new year.", date(2023, 6, 13),
     [("the new year", "DATE", "2024")]),
    # round 26a/26d: "H1 2024"; "the week to 7 February"; "between 10:00 and 14:00 BST"
    ("Analysts expect growth in H1 2024 and in 2023-H2.", date(2024, 1, 21),
     [("H1 2024", "DATE", "2024-H1"), ("2023-H2", "DATE", "2023-H2")]),
    ("Crude stocks rose in the week to Nov. 11.", date(2016, 11, 16),
     [("the week to Nov. 11", "DATE", "2016-W45")]),
    ("The road will be closed between 10:00 and 14:00 BST.", date(2023, 5, 26),
     [("10:00", "TIME", "2023-05-26T10:00"), ("14:00 BST", "TIME", "2023-05-26T14:00")]),
    # round 26c: a range of lengths after "every"
    ("Doses are given every three to four weeks.", date(2014, 10, 3),
     [("every three to four weeks", "SET", "P3W")]),
    # round 26a: a reported clause whose subject is the date, told ahead
    ("Forecasters said the weekend will be dry.", date(2021, 7, 16),
     [("the weekend", "DATE", "2021-W28-WE")]),
    ("Forecasters said on Tuesday it would be dry.", date(2021, 7, 16),
     [("Tuesday", "DATE", "2021-07-13")]),
    # a bare clock time before a range's end takes its half of the day
    ("He made four calls between 12:45 and 1:05 a.m. The store is open from 9:30 to 5 p.m.",
     date(2008, 9, 10), [("12:45", "TIME", "2008-09-10T00:45"), ("1:05 a.m", "TIME", "2008-09-10T01:05"),
                         ("9:30", "TIME", "2008-09-10T09:30"), ("5 p.m", "TIME", "2008-09-10T17:00")]),
    # rounds 24b, 26b, 25a: "By the afternoon"; "on a warm evening" is the story's
    ("By the afternoon, hundreds of supporters had gathered.", date(2022, 10, 1),
     [("the afternoon", "TIME", "2022-10-01TAF")]),
    ("Ennis won on a warm evening in east London. It was a warm evening breeze.", date(2012, 8, 9),
     [("evening", "TIME", "2012-08-09TEV")]),
    # round 27c: a number's hyphen keeps "the next"; "twice an hour"; "just before Halloween"
    ("Officials said the next forty-eight hours would be critical.", date(1998, 2, 19),
     [("the next forty-eight hours", "DURATION", "PT48H")]),
    ("Trains run twice an hour.", date(2003, 7, 22), [("twice an hour", "SET", "PT1H")]),
    ("The storm arrived just before Halloween.", date(2012, 10, 30), [("Halloween", "DATE", "2012-10-31")]),
    # round 27b: "shut" told in the past; "a decade later" is a year; "well into the evening"
    ("The plant shut down on Friday night.", date(2013, 2, 12), [("Friday night", "TIME", "2013-02-08TNI")]),
    ("The law was passed in 1996. A decade later, it was challenged.", date(2013, 6, 26),
     [("1996", "DATE", "1996"), ("A decade later", "DATE", "2006")]),
    ("The talks dragged well into the evening.", date(2013, 2, 12),
     [("the evening", "TIME", "2013-02-12TEV")]),
    # round 27d: "semi-annually"; counted fiscal years; a zone set off by commas
    ("Dividends are paid semi-annually. Over the past three fiscal years, sales rose.",
     date(2013, 5, 1), [("semi-annually", "SET", "P6M"), ("the past three fiscal years", "DURATION", "P3Y")]),
    ("It moved from a fiscal year to a calendar year.", date(1989, 10, 27),
     [("a calendar year", "DURATION", "P1Y")]),
    ("The offer expires at 5:00 p.m., New York City time, on September 30, 2011.", date(2011, 9, 20),
     [("5:00 p.m., New York City time", "TIME", "2011-09-30T17:00"),
      ("September 30, 2011", "DATE", "2011-09-30")]),
    # retail holidays counted from Thanksgiving; a dated holiday's weekend
    ("Black Friday sales will start early, and Cyber Monday deals follow.", date(2013, 11, 20),
     [("Black Friday", "DATE", "2013-11-29"), ("Cyber Monday", "DATE", "2013-12-02")]),
    ("The Fourth of July weekend will be busy.", date(2013, 6, 20),
     [("The Fourth of July weekend", "DATE", "2013-W27-WE")]),
    # round 28d: a deadline someone wanted is ahead; a past verb right before its day
    ("He said he wanted a draft published by Wednesday morning.", date(2005, 6, 13),
     [("Wednesday morning", "TIME", "2005-06-15TMO")]),
    ("The work was done by Wednesday.", date(2005, 6, 13), [("Wednesday", "DATE", "2005-06-08")]),
    ("That deal took effect on January 20 and was extended in July.", date(2014, 11, 24),
     [("January 20", "DATE", "2014-01-20"), ("July", "DATE", "2014-07")]),
    ("Senators elected on July 2 will have their terms backdated.", date(2016, 5, 8),
     [("July 2", "DATE", "2016-07-02")]),
    # rounds 28b, 28c: a holiday's part of the day; a rate after "three 12-hour shifts"
    ("Stores opened on Thanksgiving evening.", date(2012, 11, 23),
     [("Thanksgiving evening", "TIME", "2012-11-22TEV")]),
    ("Nurses work three 12-hour shifts a week.", date(2019, 10, 6),
     [("12-hour", "DURATION", "PT12H"), ("a week", "SET", "P1W")]),
    ("Teams were collecting 30 to 40 bodies a day.", date(2014, 10, 3), [("a day", "SET", "P1D")]),
    # round 28a: a frequency word inside a name; a sentence that opens with one
    ("Reporting by Mexico News Daily staff. Weekly data are due on Friday.", date(2012, 5, 29),
     [("Weekly", "SET", "P1W"), ("Friday", "DATE", "2012-06-01")]),
    # rounds 29b, 29c: "reopen" and "falling on" schedule; "the months ahead"; "had taken months"
    ("Government offices reopen on Saturday.", date(2015, 4, 2), [("Saturday", "DATE", "2015-04-04")]),
    ("Travel peaks before the holiday, falling on Friday.", date(2017, 1, 25),
     [("Friday", "DATE", "2017-01-27")]),
    ("Prices will rise in the months ahead. The board had taken months to decide.", date(2017, 7, 10),
     [("the months ahead", "DURATION", "PXM"), ("months", "DURATION", "PXM")]),
    # round 29d: "died on Jan. 4", said in late December; "the Daily Record" is a paper
    ("Bouazizi died on Jan. 4. Ten days later, Ben Ali fled.", date(2011, 12, 30),
     [("Jan. 4", "DATE", "2011-01-04"), ("Ten days later", "DATE", "2011-01-14")]),
    ("He told the Daily Record that prices rose.", date(2011, 12, 30), []),
    # rounds 27c, 30d: "7 in the morning" after any clock preposition
    ("Fighting raged from 7 in the morning until noon.", date(2014, 1, 11),
     [("7 in the morning", "TIME", "2014-01-11T07:00"), ("noon", "TIME", "2014-01-11T12:00")]),
    # round 30b: "overnight rates" are a loan's; a rate after "per cent"
    ("The Fed kept overnight rates near zero. Earnings grew by more than 60 per cent a year.",
     date(2013, 9, 18), [("a year", "SET", "P1Y")]),
    # round 31b: "Easter Road" is a ground; "fortnightly"; "concludes on" schedules
    ("Hibs host Hearts at Easter Road. Bins are collected fortnightly.", date(2021, 12, 27),
     [("fortnightly", "SET", "P2W")]),
    ("The programme concludes on New Year's Day.", date(2021, 12, 27),
     [("New Year's Day", "DATE", "2022-01-01")]),
    # round 31a: a decade names no year for a holiday; "every other Friday"
    ("In the late 1990s, they spent Christmas in Izmir. She visits every other Friday.",
     date(2014, 11, 11), [("the late 1990s", "DATE", "199"), ("Christmas", "DATE", "2013-12-25"),
                          ("every other Friday", "SET", "XXXX-WXX-5")]),
    # rounds 27c, 31d: clock times said in words, as broadcast transcripts write them
    ("The blast came at five thirty this morning. Polls closed at eight fourteen p.m.",
     date(2003, 3, 5), [("five thirty this morning", "TIME", "2003-03-05T05:30"),
                        ("eight fourteen p.m", "TIME", "2003-03-05T20:14")]),
    ("He speaks at around half past ten tonight. We left at a quarter to nine in the morning.",
     date(1998, 11, 3), [("around half past ten tonight", "TIME", "1998-11-03T22:30"),
                         ("a quarter to nine in the morning", "TIME", "1998-11-03T08:45")]),
    ("At 6 this morning, he left. Page 2 this morning showed it.", date(2003, 3, 5),
     [("6 this morning", "TIME", "2003-03-05T06:00"), ("this morning", "TIME", "2003-03-05TMO")]),
    # round 31d: dates said in words ("October the eighth", a spelt-out year after a day)
    ("On July twentieth, nineteen sixty-nine, he was on air. It happened on October the eighth.",
     date(2009, 7, 18), [("July twentieth, nineteen sixty-nine", "DATE", "1969-07-20"),
                         ("October the eighth", "DATE", "2008-10-08")]),
    ("Oct. 1, the start of the fiscal year, is near.", date(2014, 6, 11),
     [("Oct. 1", "DATE", "2014-10-01"), ("the start of the fiscal year", "DATE", "2014")]),
    # round 31d: a radio time check's minutes are a clock's, no length
    ("It is eleven minutes past the hour. The talks took 40 minutes.", date(1998, 11, 3),
     [("40 minutes", "DURATION", "PT40M")]),
    ("Schools will move up 15 minutes to 8:45 a.m.", date(2023, 3, 15),
     [("15 minutes", "DURATION", "PT15M"), ("8:45 a.m", "TIME", "2023-03-15T08:45")]),
    # round 27a: "World Youth Day" is no Youth Day
    ("The pope will attend World Youth Day in Rio.", date(2013, 3, 20), []),
    ("The wall opened on Thursday, Nov. 9, 1989. Over the following weekend, crowds came.",
     date(2019, 11, 9), [("Thursday, Nov. 9, 1989", "DATE", "1989-11-09"),
                         ("the following weekend", "DATE", "1989-W45-WE")]),
])
def test_review_round_thirteen(sentence: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert [t[:3] for t in found(sentence, dct)] == expected


# Session 8's review rounds (32a on): each row a sentence of a fresh article the tagger got
# wrong, with the TimeML reading.
@pytest.mark.parametrize(("sentence", "dct", "expected"), [
    # round 32b: a quarter century is 25 years, no financial quarter
    ("Disasters have battered the islands over the past quarter century.", date(2013, 11, 12),
     [("the past quarter century", "DURATION", "P25Y")]),
    ("It was the worst flood in the last quarter-century.", date(2013, 11, 12),
     [("the last quarter-century", "DURATION", "P25Y")]),
    ("Profits rose in the past quarter.", date(2013, 11, 12),
     [("the past quarter", "DATE", "2013-Q3")]),
    # round 33a: a wire curfew's hours in GMT, the first without a zone of its own
    ("A curfew is in force (2100-0400 GMT) in the capital.", date(2013, 5, 14),
     [("2100", "TIME", "2013-05-14T21:00"), ("0400 GMT", "TIME", "2013-05-15T04:00")]),
    ("The curfew runs from 2100 to 0400 GMT.", date(2013, 5, 14),
     [("2100", "TIME", "2013-05-14T21:00"), ("0400 GMT", "TIME", "2013-05-15T04:00")]),
    # round 33c: phone numbers in groups of digits are no years; "twice daily" is one set;
    # a clock time's day keeps its part of the day
    ("Call the helpline on 1850 241 850 or 1800 679 737.", date(2019, 12, 20), []),
    ("Managers must report the numbers twice daily.", date(2018, 1, 12),
     [("twice daily", "SET", "P1D")]),
    ("There were 52 patients on trolleys at 8am on Tuesday morning.", date(2018, 1, 12),
     [("8am", "TIME", "2018-01-09T08:00"), ("Tuesday morning", "TIME", "2018-01-09TMO")]),
    ("He planned to be at work at 6 o'clock Friday morning.", date(1989, 11, 10),
     [("6 o'clock Friday morning", "TIME", "1989-11-10T06:00")]),
    # rounds 32a, 32b, 34a: a date in an aside, or a day named as a cause, leaves the clock
    # times in the story's scene
    ("Monday's plunge triggered the circuit breakers for the first time since the crash of "
     "October 1987. Trading was halted at 2:36 p.m. EST.", date(1997, 10, 28),
     [("Monday", "DATE", "1997-10-27"), ("October 1987", "DATE", "1987-10"),
      ("2:36 p.m. EST", "TIME", "1997-10-27T14:36")]),
    ("Zimmerman was acquitted Saturday night in the death of Trayvon Martin, who was shot 17 "
     "months ago. The jury returned its verdict shortly before 10 p.m.", date(2013, 7, 14),
     [("Saturday night", "TIME", "2013-07-13TNI"), ("17 months ago", "DATE", "2012-02"),
      ("10 p.m", "TIME", "2013-07-13T22:00")]),
    ("Engineers battled on Monday as the toll from Friday's earthquake rose. The blast "
     "occurred at 11:01 a.m., the company said.", date(2011, 3, 14),
     [("Monday", "DATE", "2011-03-14"), ("Friday", "DATE", "2011-03-11"),
      ("11:01 a.m.", "TIME", "2011-03-14T11:01")]),
    ("Police said 7,500 people took part in Saturday's march, which set off shortly after "
     "10 am.", date(2022, 1, 15),
     [("Saturday", "DATE", "2022-01-15"), ("10 am", "TIME", "2022-01-15T10:00")]),
    # round 34c: a chronology under year headings dates its days by the heading above
    ("Key dates:\n\n2011\n\n- March 15: Protests break out. Police fire on them three days "
     "later.\n\n2012\n\n- February 4: Homs is shelled until it falls on March 1.",
     date(2012, 4, 12),
     [("2011", "DATE", "2011"), ("March 15", "DATE", "2011-03-15"),
      ("three days later", "DATE", "2011-03-18"), ("2012", "DATE", "2012"),
      ("February 4", "DATE", "2012-02-04"), ("March 1", "DATE", "2012-03-01")]),
    # rounds 32c, 33b, 33c, 34b, 35c: tense cues ("unlikely to", "on schedule to", "go on sale")
    # and words that only look like past verbs ("more detailed results", "its full set of")
    ("The trial is unlikely to begin before February, the court heard.", date(2020, 6, 15),
     [("February", "DATE", "2021-02")]),
    ("The store remains on schedule to open in the third quarter, a spokesperson said "
     "Tuesday.", date(2023, 4, 12),
     [("the third quarter", "DATE", "2023-Q3"), ("Tuesday", "DATE", "2023-04-11")]),
    ("Copies go on sale Friday.", date(2015, 7, 29), [("Friday", "DATE", "2015-07-31")]),
    ("The team would present more detailed results at a conference in February.",
     date(2010, 11, 23), [("February", "DATE", "2011-02")]),
    ("The team will present its full set of results at a conference in February.",
     date(2010, 11, 23), [("February", "DATE", "2011-02")]),
    ("June is on course to be the warmest since 1884.", date(2025, 7, 1),
     [("June", "DATE", "2025-06"), ("1884", "DATE", "1884")]),
    # a statistic's month; "since" the month of writing is this one
    ("Traders will also watch the jobs report for January.", date(2016, 2, 1),
     [("January", "DATE", "2016-01")]),
    ("Beds have been full since early May.", date(2020, 5, 23),
     [("early May", "DATE", "2020-05")]),
    # round 34c: a Security Council resolution's number is no year
    ("The council adopted Resolution 2087 on Jan. 22.", date(2013, 2, 12),
     [("Jan. 22", "DATE", "2013-01-22")]),
    # round 35b: "the hosts" is a noun, no schedule; an aside between commas ("who were
    # nearly thrown out ...", "ranked 50th in the world") does not give the clause its tense
    ("Infantino defended the hosts on Saturday.", date(2022, 11, 20),
     [("Saturday", "DATE", "2022-11-19")]),
    ("His side, who were nearly thrown out of the competition, face the Netherlands in Doha "
     "on Friday.", date(2022, 11, 20), [("Friday", "DATE", "2022-11-25")]),
    ("Qatar, ranked 50th in the world, return to action against Senegal on Friday afternoon.",
     date(2022, 11, 20), [("Friday afternoon", "TIME", "2022-11-25TAF")]),
    # round 32b: "as early as" bounds the past verb right before it; not an object's time
    ("Health officials believe the first case occurred as early as December.",
     date(2014, 8, 8), [("December", "DATE", "2013-12")]),
    ("Others pushed for a vote as early as Monday.", date(2013, 3, 9),
     [("Monday", "DATE", "2013-03-11")]),
    ("The university canceled classes through Sunday.", date(2018, 9, 11),
     [("Sunday", "DATE", "2018-09-16")]),
    # rounds 33b, 35b: the year a month takes from its sentence: none once the story
    # has moved on to another year; the second year of a sports season for its first half;
    # none where the past tense would put the month ahead of the DCT
    ("Ennis, world champion in 2009, lost her title last summer but has been in form this "
     "season, breaking the British record in May.", date(2012, 8, 4),
     [("2009", "DATE", "2009"), ("last summer", "DATE", "2011-SU"),
      ("this season", "DATE", "2012"), ("May", "DATE", "2012-05")]),
    ("The 2019-20 season had already been disrupted by a crash in January.", date(2020, 3, 12),
     [("The 2019-20 season", "DATE", "2019"), ("January", "DATE", "2020-01")]),
    ("The budget for 2013-14 is due to be presented in the first week of June.",
     date(2013, 5, 13), [("2013-14", "DATE", "2013"), ("the first week of June", "DATE", "2013-W23")]),
    ("The economy will contract in 2013, down from the growth predicted in December.",
     date(2013, 3, 20), [("2013", "DATE", "2013"), ("December", "DATE", "2012-12")]),
    # rounds 33b, 37a, 37b: an event named by its weekday just ahead ("before Tuesday's
    # elections", "appears in Thursday's edition"); a warning a present perfect issued for
    # a day ahead; "along exposed coasts" holds no past verb; a statistic's month before
    # "trade and inflation data"
    ("The GDP report is the last major release before Tuesday's midterm elections.",
     date(2010, 10, 29), [("Tuesday", "DATE", "2010-11-02")]),
    ("It appears in Thursday's edition of the journal Nature.", date(2012, 8, 22),
     [("Thursday", "DATE", "2012-08-23")]),
    ("Nestle's share of 7% before Friday's purchases is far below the leaders'.",
     date(1989, 10, 30), [("Friday", "DATE", "1989-10-27")]),
    ("The Met Office has issued an amber \"be prepared\" warning for rain across south-west "
     "England and south Wales from 06:00 GMT to 21:00 GMT on Wednesday.", date(2014, 2, 11),
     [("06:00 GMT", "TIME", "2014-02-12T06:00"), ("21:00 GMT", "TIME", "2014-02-12T21:00"),
      ("Wednesday", "DATE", "2014-02-12")]),
    ("Winds could gust up to 80mph along exposed coasts on Wednesday night, forecasters said.",
     date(2014, 2, 11), [("Wednesday night", "TIME", "2014-02-12TNI")]),
    ("China will release its May trade and inflation data on Sunday.", date(2013, 6, 8),
     [("May", "DATE", "2013-05"), ("Sunday", "DATE", "2013-06-09")]),
    # round 32a: a part of the day spent is the story's ("spent the morning"); not a night
    ("The White House said the President spent the morning in the Oval Office.",
     date(1998, 12, 18), [("the morning", "TIME", "1998-12-18TMO")]),
    ("For most of the morning the police held back.", date(1999, 11, 30),
     [("the morning", "TIME", "1999-11-30TMO")]),
    ("Pilgrims had been streaming into Rome since Friday, and many spent the night on the "
     "streets, whose gates opened at 5:30 am.", date(2014, 4, 27),
     [("Friday", "DATE", "2014-04-25"), ("5:30 am", "TIME", "2014-04-27T05:30")]),
    # round 37b: "since" a month takes no year of another clause
    ("It has been wet since records began in 1910, and rainfall has doubled since December.",
     date(2014, 2, 11), [("1910", "DATE", "1910"), ("December", "DATE", "2013-12")]),
    ("The army stepped up operations late last year, and the junta says 1,000 militants have "
     "been killed since January.", date(2022, 4, 5),
     [("late last year", "DATE", "2021"), ("January", "DATE", "2022-01")]),
    # round 32b: a promise's deadline lies ahead of it, whatever the tense
    ("Under the deal, Yanukovich agreed to early elections by December.", date(2014, 2, 23),
     [("December", "DATE", "2014-12")]),
    ("EU ministers agreed on Monday to phase out existing contracts by July 1.",
     date(2012, 1, 26), [("Monday", "DATE", "2012-01-23"), ("July 1", "DATE", "2012-07-01")]),
    ("By June, that number had dropped sharply.", date(2014, 2, 23),
     [("June", "DATE", "2013-06")]),
    # round 38b: "that year" is the year last written, which a month coordinated with it
    # takes too
    ("Protests erupted in January and February of 2011. During the 18 days of protests in "
     "January and February of that year, 850 people died.", date(2013, 8, 15),
     [("January", "DATE", "2011-01"), ("February of 2011", "DATE", "2011-02"),
      ("the 18 days", "DURATION", "P18D"), ("January", "DATE", "2011-01"),
      ("February of that year", "DATE", "2011-02")]),
    ("He did not get a hearing until 1991, by which time he had spent three years in "
     "isolation. A board cleared him that September.", date(1993, 6, 14),
     [("1991", "DATE", "1991"), ("three years", "DURATION", "P3Y"),
      ("that September", "DATE", "1991-09")]),
    # rounds 38a, 38b, 38c: "the nine remaining months" is one length; "last" after a
    # modal and an adverb is the verb; "later this week" said on a Sunday is the coming
    # week's; "seven years to the day after" holds no date
    ("The cuts would be spread over the nine remaining months of the fiscal year.",
     date(2012, 12, 28), [("the nine remaining months", "DURATION", "P9M"),
                          ("the fiscal year", "DURATION", "P1Y")]),
    ("The measure will initially last 10 days.", date(2013, 1, 12),
     [("10 days", "DURATION", "P10D")]),
    ("Clinton leaves for a summit in Japan later this week.", date(2000, 7, 16),
     [("later this week", "DATE", "2000-W29")]),
    ("Isaac will make landfall late Tuesday, almost seven years to the day after Katrina.",
     date(2012, 8, 27), [("late Tuesday", "DATE", "2012-08-28"),
                         ("almost seven years", "DURATION", "P7Y")]),
    # rounds 38b, 38c: a clock time of the small hours after an afternoon or night is
    # no later than the DCT when told in the past; "and publicly on Monday" keeps the
    # clause's tense; "federally subsidized" is an adjective, "supply followed" a verb
    ("As many as 20,000 people crossed in the 24 hours to Thursday afternoon. \"We left at 5 "
     "in the morning,\" said one woman.", date(2012, 7, 19),
     [("the 24 hours", "DURATION", "PT24H"), ("Thursday afternoon", "TIME", "2012-07-19TAF"),
      ("5 in the morning", "TIME", "2012-07-19T05:00")]),
    ("Obama will be sworn in privately on Sunday, as the Constitution requires, and publicly "
     "on Monday.", date(2013, 1, 19),
     [("Sunday", "DATE", "2013-01-20"), ("Monday", "DATE", "2013-01-21")]),
    ("Congress must stop the rate on federally subsidized student loans from doubling on "
     "July 1.", date(2012, 4, 19), [("July 1", "DATE", "2012-07-01")]),
    ("The flood of supply followed the Federal Reserve's March 23 announcement.",
     date(2020, 4, 27), [("March 23", "DATE", "2020-03-23")]),
    # round 38c: noon or midnight of a date is one time
    ("The current Congress ends at noon Jan. 3, when new members will be sworn in.",
     date(2012, 12, 28), [("current", "DATE", "PRESENT_REF"),
                          ("noon Jan. 3", "TIME", "2013-01-03T12:00")]),
    ("The contract expires at midnight June 30.", date(2014, 6, 14),
     [("midnight June 30", "TIME", "2014-06-30T24:00")]),
    # round 39c: an event named by its month after "after the", told in the past, is past
    ("Washington had suspended some assistance after the January coup.", date(2022, 10, 1),
     [("January", "DATE", "2022-01")]),
    ("We hope he can be back after the October international break.", date(2024, 8, 28),
     [("October", "DATE", "2024-10")]),
    # round 39b: a day "that year" is one date in the narrative's year
    ("The theft came to light in the summer of 2012, and she was suspended on 4 July that "
     "year.", date(2013, 12, 3), [("the summer of 2012", "DATE", "2012-SU"),
                                  ("4 July that year", "DATE", "2012-07-04")]),
    # round 39a: Thanksgiving is Canada's only in a story more Canadian than American;
    # "open early the day after Thanksgiving" leaves the verb's adverb out; a month joined
    # to "September last year" takes its year
    ("Stores in the U.S. and Canada will open early the day after Thanksgiving.",
     date(2013, 11, 17), [("the day after Thanksgiving", "DATE", "2013-11-29")]),
    ("Calgary Transit will run a Sunday schedule on Thanksgiving Monday, Canada's holiday.",
     date(2021, 10, 3), [("Sunday", "DATE", "XXXX-WXX-7"),
                         ("Thanksgiving Monday", "DATE", "2021-10-11")]),
    ("Kia's union held partial strikes in August and September last year.", date(2013, 8, 20),
     [("August", "DATE", "2012-08"), ("September last year", "DATE", "2012-09")]),
    # round 39a: market copy: "ended May", "the closing price on Wednesday", "the fiscal
    # year ending March 31"; an apposition told from the story stays apart
    ("The S&P 500 ended May with a loss of 6.3 percent.", date(2012, 6, 1),
     [("May", "DATE", "2012-05")]),
    ("The buyers will pay $72.50 a share, a premium to the closing price on Wednesday.",
     date(2013, 2, 14), [("Wednesday", "DATE", "2013-02-13")]),
    ("Sony kept its forecast for the fiscal year ending March 31.", date(2013, 11, 17),
     [("the fiscal year", "DURATION", "P1Y"), ("March 31", "DATE", "2014-03-31")]),
    ("Profit rose in the quarter ending June 30.", date(2013, 8, 1),
     [("the quarter", "DATE", "2013-Q2"), ("June 30", "DATE", "2013-06-30")]),
    ("The Brotherhood has called for rallies on Tuesday, the same day the opposition plans a "
     "march.", date(2012, 11, 25),
     [("Tuesday", "DATE", "2012-11-27"), ("the same day", "DATE", "2012-11-27")]),
    # round 36c: a 24-hour clock time said in words, with its zone or "hours"
    ("This is the BBC World Service. The news at fourteen hundred GMT.", date(2014, 4, 27),
     [("fourteen hundred GMT", "TIME", "2014-04-27T14:00")]),
    ("It is fifteen hundred hours Universal Time.", date(2004, 12, 29),
     [("fifteen hundred hours", "TIME", "2004-12-29T15:00")]),
    ("Fifteen hundred troops arrived.", date(2004, 12, 29), []),
    # rounds 40a, 40b: a plan "originally set for" a day is past; a promise "for June" lies
    # ahead; "the end of the 1980s" is one expression
    ("The company said it would hold its annual meeting, originally set for May, on June 12.",
     date(2012, 6, 5), [("May", "DATE", "2012-05"), ("June 12", "DATE", "2012-06-12")]),
    ("The start of the ceasefire had initially been set for Friday, but was pushed back.",
     date(2018, 12, 18), [("Friday", "DATE", "2018-12-14")]),
    ("The judge set a hearing for Jan. 12.", date(2012, 12, 5),
     [("Jan. 12", "DATE", "2013-01-12")]),
    ("He is to serve until free elections are held, which the government has promised for "
     "June.", date(1989, 12, 29), [("June", "DATE", "1990-06")]),
    ("Czechs and Slovaks will mark the end of the 1980s.", date(1989, 12, 29),
     [("the end of the 1980s", "DATE", "198")]),
    # rounds 40a, 40b: a part of the day before a verb is the story's; "current delivery"
    # is market jargon; a participle's aside ("set for May") keeps its own tense; "taking
    # effect Monday" schedules
    ("An engineer who was released in the afternoon said he was safe.", date(2013, 1, 17),
     [("the afternoon", "TIME", "2013-01-17TAF")]),
    ("Gold for current delivery fell $1.30 to $365.50 an ounce.", date(1989, 10, 20), []),
    ("It would hold its meeting, set for May, on June 12.", date(2013, 3, 20),
     [("May", "DATE", "2013-05"), ("June 12", "DATE", "2013-06-12")]),
    ("Other laws taking effect Monday include a measure on hiring rules.", date(2013, 6, 30),
     [("Monday", "DATE", "2013-07-01")]),
    # round 40c: "less than three weeks away" says the time is ahead; "starting at midnight"
    # is the coming one; "mid-morning" needs no preposition
    ("Trump said he wanted the country opened up by Easter, less than three weeks away.",
     date(2020, 3, 24), [("Easter", "DATE", "2020-04-12"),
                         ("less than three weeks", "DURATION", "P3W")]),
    ("Modi announced a 21-day nationwide lockdown starting at midnight.", date(2020, 3, 24),
     [("21-day", "DURATION", "P21D"), ("midnight", "TIME", "2020-03-24T24:00")]),
    ("The car hit a pillar shortly after midnight.", date(2020, 3, 24),
     [("midnight", "TIME", "2020-03-24T00:00")]),
    ("Sharma told delegates in a brief stocktaking session mid-morning.", date(2021, 11, 13),
     [("mid-morning", "TIME", "2021-11-13TMO")]),
    # round 41c: "That year" is the year last written; "by about a quarter" is a share
    ("Crimea was part of Russia from 1783 until 1954. That year Khrushchev transferred it.",
     date(2014, 3, 4), [("1783", "DATE", "1783"), ("1954", "DATE", "1954"),
                        ("That year", "DATE", "1954")]),
    ("The economy contracted by about a quarter.", date(2014, 5, 14), []),
    # round 41b: a strike "called for" a day, protests "being planned for" the weekend lie
    # ahead; "last year" in another clause, not opening the sentence, gives no month its year
    ("The two largest unions called the strike for Tuesday and Wednesday.", date(2012, 11, 2),
     [("Tuesday", "DATE", "2012-11-06"), ("Wednesday", "DATE", "2012-11-07")]),
    ("More protests were being planned on social media for the weekend.", date(2013, 6, 21),
     [("the weekend", "DATE", "2013-W25-WE")]),
    ("A memorial service planned at the university for Saturday was canceled.",
     date(1999, 10, 24), [("Saturday", "DATE", "1999-10-23")]),
    ("Inflation reached 20 percent last year, and the bolivar was devalued in February.",
     date(2013, 4, 15), [("last year", "DATE", "2012"), ("February", "DATE", "2013-02")]),
    ("Last year, the board asked for cuts, but use fell only 9 percent between June and "
     "February.", date(2015, 4, 2), [("Last year", "DATE", "2014"), ("June", "DATE", "2014-06"),
                                     ("February", "DATE", "2015-02")]),
    # rounds 42b, 42c: an event named by its weekday, told ahead; "the past eight sessions"
    # counts things; Kenya's national days; "marks" schedules
    ("Economists expect an increase at Tuesday's meeting.", date(1999, 8, 20),
     [("Tuesday", "DATE", "1999-08-24")]),
    ("Seoul shares have climbed for six of the past eight sessions.", date(1998, 10, 27), []),
    ("Kenya marks Mashujaa Day on Friday.", date(2017, 10, 18),
     [("Mashujaa Day", "DATE", "2017-10-20"), ("Friday", "DATE", "2017-10-20")]),
    # round 41c: present tenses that schedule ("gets to settle", "changes", "happens",
    # "falls at"); a city's time is the clock time's zone
    ("On Thursday, it finally gets to settle the matter.", date(2016, 6, 21),
     [("Thursday", "DATE", "2016-06-23")]),
    ("Nothing changes on Friday morning, at least legally.", date(2016, 6, 21),
     [("Friday morning", "TIME", "2016-06-24TMO")]),
    ("The deadline falls at 8 p.m. Athens time on Thursday.", date(2012, 3, 7),
     [("8 p.m. Athens time", "TIME", "2012-03-08T20:00"), ("Thursday", "DATE", "2012-03-08")]),
])
def test_review_round_fourteen(sentence: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert [t[:3] for t in found(sentence, dct)] == expected


def test_every_festival_named_has_a_table_of_days() -> None:
    from explorer.temporal.lexicon import load_festivals, load_lexicon

    fest = load_festivals()
    keys = {code[3:] for code in load_lexicon().holidays.values() if code.startswith("LU:")}
    assert keys and keys <= set(fest.days)
    for key in keys - {"holi", "dussehra"}:  # India's gazette lists these 2001-2035 only
        assert all(fest.on(key, year) for year in range(1950, 2051)), key
    assert fest.month_long <= keys and fest.name_prone <= keys


def test_a_day_that_opens_the_next_sentence_is_not_the_clock_times() -> None:
    # round 27a: "from 7 p.m. to 6 a.m. On Thursday, ...": the day is the next sentence's
    texts = [t[0] for t in found("A curfew was imposed from 7 p.m. to 6 a.m. On Thursday, the "
                                 "streets were empty.", date(2013, 8, 15))]
    assert texts == ["7 p.m.", "6 a.m.", "Thursday"]


def test_no_expression_runs_over_a_blank_line() -> None:
    # round 32c: "Gates open at 5:30 p.m.\n\nCentral coach ...": the zone is a team's name
    texts = [t[0] for t in found("Gates open at 5:30 p.m.\n\nCentral coach Pat Schaefer said "
                                 "his team was ready.", date(2016, 11, 18))]
    assert texts == ["5:30 p.m"]
    texts = [t[0] for t in found("The vote is at 10 a.m.\n\nFriday brought more news.",
                                 date(2016, 11, 16))]
    assert texts == ["10 a.m", "Friday"]


# Session 9's review rounds (43a...): wire copy of 2012-2013 and news of 2019-2025.
@pytest.mark.parametrize(("sentence", "dct", "expected"), [
    # round 43a: "was likely to" looks ahead from the story's past as "was expected to"
    # does; an adverb between "be" and a participle keeps it a participle
    ("The council was likely to vote on Friday morning.", date(2012, 7, 19),
     [("Friday morning", "TIME", "2012-07-20TMO")]),
    ("Bloomberg said the subway would be partially restored on Thursday.", date(2012, 10, 31),
     [("Thursday", "DATE", "2012-11-01")]),
    ("The subway was partially reopened on Thursday.", date(2012, 10, 31),
     [("Thursday", "DATE", "2012-10-25")]),
    # round 43c: a group named after its day is no date; "final" qualifies the term that a
    # hyphenated duration describes, not the duration
    ("The opposition coalition known as the June 5 Movement condemned the takeover.",
     date(2020, 8, 19), []),
    ("The protests began on June 5.", date(2020, 8, 19), [("June 5", "DATE", "2020-06-05")]),
    ("He was re-elected in November 2020 for a second and final five-year term.",
     date(2022, 1, 24), [("November 2020", "DATE", "2020-11"), ("five-year", "DURATION", "P5Y")]),
    # round 43a: an event named by its weekday that the clause looks ahead to
    ("Fernandez said she would fly to Rome for Tuesday's installation.", date(2013, 3, 14),
     [("Tuesday", "DATE", "2013-03-19")]),
    ("Thousands attended Tuesday's funeral.", date(2013, 3, 14),
     [("Tuesday", "DATE", "2013-03-12")]),
    # round 43a: "before <doing>" a weekday after another weekday of the sentence is the
    # day after it, whatever the tense; not so after a date of another story
    ("Kerry met EU ministers on Saturday morning before flying to Paris for talks on Sunday.",
     date(2013, 9, 7), [("Saturday morning", "TIME", "2013-09-07TMO"),
                        ("Sunday", "DATE", "2013-09-08")]),
    ("He arrived on Monday before leaving on Wednesday.", date(2013, 9, 7),
     [("Monday", "DATE", "2013-09-02"), ("Wednesday", "DATE", "2013-09-04")]),
    ("In the Pacific, where the season began May 15, the storm could strengthen before "
     "reaching Mexico late Wednesday.", date(2013, 5, 23),
     [("May 15", "DATE", "2013-05-15"), ("late Wednesday", "DATE", "2013-05-29")]),
    # round 44a: "this winter" said in January is the winter that began in December (as the
    # value's interval has it), and the months after it follow
    ("Heating demand fell this winter.", date(2012, 2, 3), [("this winter", "DATE", "2011-WI")]),
    ("Snow is expected this winter.", date(2012, 12, 15), [("this winter", "DATE", "2012-WI")]),
    # rounds 43c, 44b: "the same period" followed by its year is tagged by the year; with
    # no quarter in the story, "the same period last year" is last year
    ("Some 7,600 were killed in the first five months of 2025, up from 6,000 in the same "
     "period in 2024.", date(2025, 6, 14), [("the first five months", "DURATION", "P5M"),
                                            ("2025", "DATE", "2025"), ("2024", "DATE", "2024")]),
    ("MSF treated twice as many children as in the same period last year.", date(2024, 10, 10),
     [("the same period last year", "DATE", "2023")]),
    ("Profit rose in the third quarter, against $9 million in the same period of 1996.",
     date(1997, 10, 22), [("the third quarter", "DATE", "1997-Q3"), ("1996", "DATE", "1996")]),
    ("Profit rose in the third quarter from the same period last year.", date(1997, 10, 22),
     [("the third quarter", "DATE", "1997-Q3"), ("the same period last year", "DATE", "1996-Q3")]),
    # round 44b: "after" that opens a clause is no part of "the end of the month"
    ("Millions face hosepipe bans by the end of the month after water companies warned.",
     date(1996, 8, 18), [("the end of the month", "DATE", "1996-08", "END")]),
    ("He left in March and returned at the end of the month after.", date(1996, 8, 18),
     [("March", "DATE", "1996-03", None), ("the end of the month after", "DATE", "1996-04", "END")]),
    # round 44a: "nor'easter" holds no "nor" that negates the modal after it; "prepares
    # to" looks ahead
    ("Forecasters said a nor'easter could bring snow to the area by Wednesday.",
     date(2012, 11, 4), [("Wednesday", "DATE", "2012-11-07")]),
    ("China prepares to send a rover to the moon in the second half of the year.",
     date(2013, 6, 12), [("the second half of the year", "DATE", "2013-H2")]),
    # round 44a: China's Long March rockets
    ("The probe was launched on a Long March-2F carrier rocket.", date(2013, 6, 12), []),
    # round 46c: "the future of" something is its fate, no time (the dev set leaves it out)
    ("Leaders met to discuss the future of the eurozone.", date(2013, 5, 1), []),
    ("He will decide in the future.", date(2013, 5, 1), [("the future", "DATE", "FUTURE_REF")]),
    # round 46a: a range of days across two months written with a hyphen keeps its first day
    # (and, since round 65b, its last: "October-December 2021" has both months)
    ("Federal Reserve officials will meet April 30-May 1.", date(2013, 4, 22),
     [("April 30", "DATE", "2013-04-30"), ("May 1", "DATE", "2013-05-01")]),
    ("It has a 30-year history.", date(2013, 4, 22), [("30-year", "DURATION", "P30Y")]),
    # rounds 44a, 46a: "in early afternoon trading" is the time the market traded, on a
    # weekday even after a vote on Sunday
    ("Voting began on Sunday. Shares jumped 4 percent in early afternoon trading.",
     date(2013, 2, 25), [("Sunday", "DATE", "2013-02-24"),
                         ("early afternoon", "TIME", "2013-02-25TAF")]),
    ("He spoke in the evening session.", date(2013, 2, 25), []),
    # round 47c: "next Wednesday at 2 p.m." is one time, next week's when said on a Wednesday
    ("Toyota will report results next Wednesday at 2 p.m.", date(2024, 5, 8),
     [("next Wednesday at 2 p.m", "TIME", "2024-05-15T14:00")]),
    ("He left last Friday at 3 p.m.", date(2024, 5, 8),
     [("last Friday at 3 p.m", "TIME", "2024-05-03T15:00")]),
    ("Ballots must arrive by 5 p.m. next Tuesday.", None,
     [("5 p.m. next Tuesday", "TIME", "XXXX-XX-XXT17:00")]),
    # rounds 47a-c: an asteroid's designation holds no year; "2100 Universal Time" is a
    # clock time; an "overnight interest rate" is a loan's term
    ("Asteroid 2012 DA14 passed close to Earth.", date(2013, 2, 15), []),
    ("The launch is at 2100 Universal Time.", date(2013, 2, 15),
     [("2100 Universal Time", "TIME", "2013-02-15T21:00")]),
    ("The central bank raised its benchmark overnight interest rate.", date(2013, 2, 15), []),
    # round 47b: what a team prepares for lies ahead
    ("Baltimore prepares for Sunday showdown.", date(2013, 2, 1), [("Sunday", "DATE", "2013-02-03")]),
    ("The team prepared for Sunday's game by resting.", date(2013, 2, 1),
     [("Sunday", "DATE", "2013-01-27")]),
    # round 47a: "the Sept. 11 attacks" are 2001's; Benghazi's "Sept. 11 attack" is not
    ("Today marks the 12th anniversary of the Sept. 11 attacks.", date(2013, 9, 11),
     [("Today", "DATE", "2013-09-11"), ("Sept. 11", "DATE", "2001-09-11")]),
    ("Graham has tied the nomination to demands for more information about the Sept. 11 "
     "attack on the U.S. consulate in Benghazi.", date(2013, 2, 15),
     [("Sept. 11", "DATE", "2012-09-11")]),
    # round 47a: a frequency given as a choice of counts is one set
    ("He still has nightmares two or three times a week.", date(2012, 10, 9),
     [("two or three times a week", "SET", "P1W")]),
    ("Such objects strike the atmosphere once or twice a century.", date(2013, 2, 15),
     [("once or twice a century", "SET", "P100Y")]),
    # round 48b: "5 p.m. next Tuesday" is one time, on next Tuesday
    ("States must certify their results by 5 p.m. next Tuesday.", date(2000, 11, 9),
     [("5 p.m. next Tuesday", "TIME", "2000-11-14T17:00")]),
    # round 43c: a day of a sentence still in a month of an earlier year takes that year
    ("Burkina Faso went through two coups in 2022: in January, and again on September 30.",
     date(2025, 6, 14), [("2022", "DATE", "2022"), ("January", "DATE", "2022-01"),
                         ("September 30", "DATE", "2022-09-30")]),
    ("The November 2013 interim accord took effect on Jan. 20.", date(2014, 11, 24),
     [("November 2013", "DATE", "2013-11"), ("Jan. 20", "DATE", "2014-01-20")]),
    # rounds 48b, 49a, 49c: more capitals' times are zones; a day named for shootings is
    # past; a weekday as the subject of a present tense is coming
    ("The truce will take effect at 9:45pm Khartoum time.", date(2023, 5, 21),
     [("9:45pm Khartoum time", "TIME", "2023-05-21T21:45")]),
    ("Holmes faces charges in the Aug. 18 shootings.", date(2013, 8, 1),
     [("Aug. 18", "DATE", "2012-08-18")]),
    ("Thursday marks one year since the war began.", date(2021, 11, 2),
     [("Thursday", "DATE", "2021-11-04"), ("one year", "DURATION", "P1Y")]),
    ("Friday was the deadline.", date(2021, 11, 2), [("Friday", "DATE", "2021-10-29")]),
    # round 49b: the first half of a day's session is no half of a year
    ("The stock fell in the first half of the day's session.", date(1990, 10, 5), []),
    ("Sales rose in the first half.", date(1990, 10, 5), [("the first half", "DATE", "1990-H1")]),
    # round 45c: "a year earlier" after a month of May, June or July is that month a year
    # back, as after August
    ("Retail prices in May were 3.4 percent lower than a year earlier.", date(1999, 6, 12),
     [("May", "DATE", "1999-05"), ("a year earlier", "DATE", "1998-05")]),
    ("Consumer prices rose 3% in June from a year earlier.", date(2023, 7, 12),
     [("June", "DATE", "2023-06"), ("a year earlier", "DATE", "2022-06")]),
    # round 45c: "the second half" after "the first half of 1990" is 1990's
    ("Prices will bottom out in the first half of 1990. By the second half, they will rise.",
     date(1989, 10, 26), [("the first half of 1990", "DATE", "1990-H1"),
                          ("the second half", "DATE", "1990-H2")]),
    # rounds 50a, 50b: a year before 1500 after a preposition of time (not a count); the
    # British and Canadian spelling of Labour Day
    ("The last pope to resign, Gregory XII, stepped down in 1415 to end a schism.",
     date(2013, 2, 11), [("1415", "DATE", "1415")]),
    ("He came back in 1200 days.", date(2013, 2, 11), []),
    ("No work will take place on Labour Day.", date(2017, 8, 1),
     [("Labour Day", "DATE", "2017-09-04")]),
    # round 50b: "the overnight shift" and "overnight lows" are kinds, no night; "three-
    # quarter time" is a break in a game
    ("Two patrol cars were added to the overnight shift.", date(2024, 3, 30), []),
    ("Rain fell overnight.", date(2024, 3, 30), [("overnight", "TIME", "2024-03-29TNI")]),
    ("The Lions led at three-quarter time.", date(2024, 3, 30), []),
    # rounds 51a, 51c: "a week from today" is one date, counted to the day; Martin Luther
    # King Jr. Day by its full and short names
    ("The election is just a week from today.", date(2012, 10, 30),
     [("a week from today", "DATE", "2012-11-06")]),
    ("Bush will be sworn in on Jan. 20, two weeks from today.", date(2001, 1, 6),
     [("Jan. 20", "DATE", "2001-01-20"), ("two weeks from today", "DATE", "2001-01-20")]),
    ("Schools close for Martin Luther King Jr. Day.", date(2013, 1, 16),
     [("Martin Luther King Jr. Day", "DATE", "2013-01-21")]),
    # round 51a: "past" before "a week" is "beyond"
    ("The shutdown stretched past a week.", date(2013, 10, 10), [("a week", "DURATION", "P1W")]),
    # round 52c: a range of 24-hour clock times whose end carries the zone opens with a time
    ("A curfew runs (21:00 to 04:00 GMT) in the capital.", date(2021, 6, 10),
     [("21:00", "TIME", "2021-06-10T21:00"), ("04:00 GMT", "TIME", "2021-06-11T04:00")]),
    # round 52c: "the worst attack in Burkina Faso since 2015" is an aside: the clock times
    # after it stay on the story's day
    ("On Saturday, gunmen killed 132 people in Solhan, the worst attack in Burkina Faso since "
     "2015. The assailants struck at about 2am, residents said.", date(2021, 6, 10),
     [("Saturday", "DATE", "2021-06-05"), ("2015", "DATE", "2015"),
      ("about 2am", "TIME", "2021-06-05T02:00")]),
    # round 52b: "every Christmas" is a set, that day of each year
    ("Every Christmas, the family gathers.", date(2020, 12, 1),
     [("Every Christmas", "SET", "XXXX-12-25")]),
    # round 52b: a holiday as a deadline looks ahead, after "wanted" too
    ("Trump said he wanted the country opened up by Easter.", date(2020, 3, 24),
     [("Easter", "DATE", "2020-04-12")]),
    ("Ministers want the work finished by Easter.", date(2017, 11, 20),
     [("Easter", "DATE", "2018-04-01")]),
    ("By Easter, sales had dropped.", date(2017, 11, 20), [("Easter", "DATE", "2017-04-16")]),
    # round 53b: "1 hour 28 minutes" is one length, with or without a comma
    ("He won in 1 hour 28 minutes.", date(2000, 6, 11), [("1 hour 28 minutes", "DURATION", "PT1H28M")]),
    ("She finished in 4 hours, 56 minutes.", date(2000, 6, 11),
     [("4 hours, 56 minutes", "DURATION", "PT4H56M")]),
    # rounds 43c, 53b: days of mourning declared to start on a weekday lie ahead
    ("The government declared three days of national mourning starting on Tuesday.",
     date(2019, 3, 25), [("three days", "DURATION", "P3D"), ("Tuesday", "DATE", "2019-03-26")]),
    ("Residents were ordered off the islands starting Wednesday.", date(2019, 3, 25),
     [("Wednesday", "DATE", "2019-03-20")]),
])
def test_review_round_fifteen(sentence: str, dct: date | None, expected: list[tuple[str, ...]]) -> None:
    assert_found(sentence, dct, expected)


# Session 10's review rounds (54a onwards): rules found on fresh articles, each row a case
# that failed before its rule (or pins the right answer the rule must keep).
@pytest.mark.parametrize(("sentence", "dct", "expected"), [
    # round 54c: a story that went on, or dragged on, until a clock time stays on its day
    ("The attack began on Tuesday at about 5am. It went on until about 11 a.m.", date(2024, 9, 18),
     [("Tuesday", "DATE", "2024-09-17"), ("about 5am", "TIME", "2024-09-17T05:00"),
      ("about 11 a.m", "TIME", "2024-09-17T11:00")]),
    ("The counting dragged on through Wednesday.", date(2012, 11, 8), [("Wednesday", "DATE", "2012-11-07")]),
    # round 54c: "until the evening" is the story's evening, as "into the evening" is
    ("Flights were suspended until the evening.", date(2024, 9, 18),
     [("the evening", "TIME", "2024-09-18TEV")]),
    # round 54c: "took them hours": a bare unit after a take verb and its object
    ("It took them hours to regain control.", date(2024, 9, 18), [("hours", "DURATION", "PTXH")]),
    # round 54c: a range of clock times that ends at an earlier hour ends the next day
    ("The government announced a curfew from 9pm to 6am.", date(2024, 9, 18),
     [("9pm", "TIME", "2024-09-18T21:00"), ("6am", "TIME", "2024-09-19T06:00")]),
    ("Polls are open from 7 a.m. to 7 p.m. local time.", date(2024, 9, 18),
     [("7 a.m.", "TIME", "2024-09-18T07:00"), ("7 p.m. local time", "TIME", "2024-09-18T19:00")]),
    # round 54c: "the August 2020 coup" names an event: it sets no year for the sentence
    ("Mali agreed to hold a vote 18 months after the August 2020 coup, but said in December "
     "that this was impossible.", date(2022, 2, 3),
     [("18 months", "DURATION", "P18M"), ("August 2020", "DATE", "2020-08"), ("December", "DATE", "2021-12")]),
    # round 54c: "often cut": a present habit, not a past
    ("The rains that begin in June often cut off roads.", date(2024, 3, 22), [("June", "DATE", "2024-06")]),
    # round 54a: a weekday's agenda is a plan, unless told in the past
    ("Also on Tuesday's agenda is a request from the police chief.", date(2013, 8, 19),
     [("Tuesday", "DATE", "2013-08-20")]),
    ("Tuesday's agenda was dominated by the budget.", date(2013, 8, 19), [("Tuesday", "DATE", "2013-08-13")]),
    # round 54a: a fiscal year sets no year for the months and seasons after it, but the
    # month it ends in is of the year it is named for
    ("The budget for fiscal 2014 assumed the fee would be in place by the fall.", date(2013, 8, 19),
     [("fiscal 2014", "DATE", "2014"), ("the fall", "DATE", "2013-FA")]),
    ("Sales rose in fiscal 2013, which ended June 30, it said.", date(2013, 10, 4),
     [("fiscal 2013", "DATE", "2013"), ("June 30", "DATE", "2013-06-30")]),
    ("Net income fell in the first quarter of fiscal 2013, which ended Dec. 29.", date(2013, 1, 24),
     [("the first quarter of fiscal 2013", "DATE", "2013-Q1"), ("Dec. 29", "DATE", "2012-12-29")]),
    # round 54a: an ordinal weekday of each month is a set, and so is "two evenings a week";
    # the clock time of a set falls on no one day
    ("It normally meets on the second Wednesday of every month at 5 p.m. in the hall.", date(2015, 7, 23),
     [("the second Wednesday of every month", "SET", "P1M"), ("5 p.m.", "TIME", "XXXX-XX-XXT17:00")]),
    ("The council meets on the first and third Monday of each month.", date(2014, 6, 28),
     [("the first and third Monday of each month", "SET", "P1M")]),
    ("The group began organizing patrols two evenings a week.", date(2014, 10, 2),
     [("two evenings a week", "SET", "P1W")]),
    ("The council meets every Monday at 7 p.m. in the hall.", date(2015, 7, 23),
     [("every Monday", "SET", "XXXX-WXX-1"), ("7 p.m.", "TIME", "XXXX-XX-XXT19:00")]),
    ("Trains will run every 15 minutes between 10am and 8pm on Sunday.", date(2024, 3, 14),
     [("every 15 minutes", "SET", "PT15M"), ("10am", "TIME", "2024-03-17T10:00"),
      ("8pm", "TIME", "2024-03-17T20:00"), ("Sunday", "DATE", "2024-03-17")]),
    # round 54b: a weekday joined by "and" to the night of the day before is the next day
    ("Forecasters said the hurricane would continue to weaken as it moved up the coast on Thursday "
     "night and Friday.", date(1999, 9, 16),
     [("Thursday night", "TIME", "1999-09-16TNI"), ("Friday", "DATE", "1999-09-17")]),
    # round 54b: "for the week" after a day of the sentence is that day's week
    ("Boeing shares closed at $37.50 on Friday, down 81 cents for the week.", date(2000, 2, 14),
     [("Friday", "DATE", "2000-02-11"), ("the week", "DATE", "2000-W06")]),
    ("The Dow rose 2 percent for the week.", date(2000, 2, 14), [("the week", "DATE", "2000-W07")]),
    # round 54b: "the quarter" told in the past is the quarter reported on, not the current
    # one a charge was announced for
    ("The closings will result in a charge in the fourth quarter. Heartland also said it bought "
     "back 1.4 million shares during the quarter.", date(1998, 10, 20),
     [("the fourth quarter", "DATE", "1998-Q4"), ("the quarter", "DATE", "1998-Q3")]),
    # round 55b: "were likely on Thursday", reported, is a forecast
    ("The Bureau of Meteorology said further storms were likely on Thursday and Friday.", date(2020, 1, 15),
     [("Thursday", "DATE", "2020-01-16"), ("Friday", "DATE", "2020-01-17")]),
    # round 55b: a start that a plan still open sets lies ahead (not one a past plan set)
    ("He said the government was considering a ban for three months starting in January.",
     date(2015, 11, 9), [("three months", "DURATION", "P3M"), ("January", "DATE", "2016-01")]),
    ("Annan's plan called for a cease-fire starting April 12.", date(2012, 7, 19),
     [("April 12", "DATE", "2012-04-12")]),
    # round 55b: a deadline extended to a day lies ahead (not voting extended to a clock time)
    ("The deadline has been extended for the sixth time, to September 30.", date(2019, 3, 30),
     [("September 30", "DATE", "2019-09-30")]),
    # round 55b: "by the weekend" in a forecast is the coming weekend; "at the weekend" with a
    # modal, said on a Sunday, the next one
    ("The Met department has forecast clear skies, with temperatures dipping to 13 degrees by the "
     "weekend.", date(2015, 11, 9), [("the weekend", "DATE", "2015-W46-WE")]),
    ("They unveiled the deal last Wednesday, and by the weekend it appeared to have support.",
     date(2013, 4, 17), [("last Wednesday", "DATE", "2013-04-10"), ("the weekend", "DATE", "2013-W15-WE")]),
    ("A weaker system could bring heavy rain at the weekend.", date(2017, 10, 15),
     [("the weekend", "DATE", "2017-W42-WE")]),
    ("Officers would remain on alert through the weekend.", date(2013, 7, 14),
     [("the weekend", "DATE", "2013-W28-WE")]),
    # round 55b: the long weekend, the bank holiday weekend
    ("The AA expects 16 million car journeys over the long weekend.", date(2019, 8, 23),
     [("the long weekend", "DATE", "2019-W34-WE")]),
    # round 55b: "Black Saturday" names an event; "the busiest time of the year" is any year's;
    # "the year to March" is twelve months
    ("It was the costliest season since the Black Saturday fires in 2009.", date(2020, 1, 15),
     [("2009", "DATE", "2009")]),
    ("The last week of March is the busiest time of the year for tax advisers.", date(2019, 3, 30),
     [("The last week of March", "DATE", "2019-W13")]),
    ("The route carried 40 million journeys in the year to March.", date(2019, 8, 23),
     [("the year", "DURATION", "P1Y"), ("March", "DATE", "2019-03")]),
    # round 55a: "the 12 months before that" is a span
    ("Employers added 148,000 jobs a month, down from 184,000 a month for the 12 months before that.",
     date(2013, 9, 7), [("a month", "SET", "P1M"), ("a month", "SET", "P1M"), ("the 12 months", "DURATION", "P12M")]),
    # round 55a: "past Sept. 30": beyond that day, not "past September"
    ("Lawmakers must keep the government open past Sept. 30.", date(2013, 9, 7),
     [("Sept. 30", "DATE", "2013-09-30")]),
    # round 55a: the minutes of a meeting are its record
    ("The reports came after minutes of the Federal Reserve's July 31-August 1 meeting showed a split.",
     date(2012, 8, 23), [("July 31", "DATE", "2012-07-31"), ("August 1", "DATE", "2012-08-01")]),
    # round 55a: "their growth forecasts" is a noun, no future
    ("Fed officials cut their growth forecasts to 2.3 percent, from 3.0 percent in December.",
     date(2013, 3, 20), [("December", "DATE", "2012-12")]),
    ("The company forecasts growth in December.", date(2013, 3, 20), [("December", "DATE", "2013-12")]),
    # round 55c: a closing quote ends the sentence, and its tense
    ('"We learned a lot." Brazil host the Confederations Cup in June.', date(2013, 2, 7),
     [("June", "DATE", "2013-06")]),
    # round 55c: a bare unit after another and "perhaps", "possibly", "even"
    ("This will be a long haul, for months and perhaps years.", date(2011, 1, 13),
     [("months", "DURATION", "PXM"), ("years", "DURATION", "PXY")]),
    ("Aftershocks were likely to continue for weeks, possibly months.", date(2012, 4, 11),
     [("weeks", "DURATION", "PXW"), ("months", "DURATION", "PXM")]),
    ("The eruption could continue for days or even weeks.", date(2010, 4, 15),
     [("days", "DURATION", "PXD"), ("weeks", "DURATION", "PXW")]),
    # round 55c: a year naming events after a determiner and an adjective
    ("It fell short of the devastating 1974 floods.", date(2011, 1, 13), [("1974", "DATE", "1974")]),
    ("The first 2000 soldiers arrived.", date(2011, 1, 13), []),
    # round 56b: "last Monday" said on a Tuesday is the Monday before yesterday
    ("Bills fell to 5.82% at yesterday's auction from 5.93% last Monday.", date(1991, 3, 26),
     [("yesterday", "DATE", "1991-03-25"), ("last Monday", "DATE", "1991-03-18")]),
    ("Talks broke down last Friday.", date(1991, 3, 26), [("last Friday", "DATE", "1991-03-22")]),
    # round 56b: "than expected" compares; "due 2021" is a bond's maturity
    ("Retail sales were weaker than expected in May.", date(1991, 6, 14), [("May", "DATE", "1991-05")]),
    ("The issue, the 8 1/8% bond due 2021, ended at 98 22/32 to yield 8.25%, down from 8.31% Wednesday.",
     date(1991, 6, 14),
     [("2021", "DATE", "2021"), ("Wednesday", "DATE", "1991-06-12")]),
    # round 56a: the weekday after a bracketed conversion dates both clock times, and a
    # conversion past midnight falls on the next day
    ("The deal took effect at 9 p.m. (1900 GMT) Wednesday.", date(2012, 11, 22),
     [("9 p.m.", "TIME", "2012-11-21T21:00"), ("1900 GMT", "TIME", "2012-11-21T19:00"),
      ("Wednesday", "DATE", "2012-11-21")]),
    ("The storm came ashore at about 8:00 pm (0000 GMT) Monday.", date(2012, 10, 30),
     [("about 8:00 pm", "TIME", "2012-10-29T20:00"), ("0000 GMT", "TIME", "2012-10-30T00:00"),
      ("Monday", "DATE", "2012-10-29")]),
    # round 56a: a day and month naming a place: "the 6th October bridge" in Cairo
    ("Ultras marched across the 6th October bridge towards Tahrir.", date(2013, 1, 25), []),
    ("We met on 6th October in the square.", date(2013, 1, 25), [("6th October", "DATE", "2012-10-06")]),
    # round 57a: a year over two calendar years keeps its noun: "the 2012-13 school year"
    ("Lunch prices will rise for the first time in the 2012-13 school year.", date(2012, 8, 14),
     [("the 2012-13 school year", "DATE", "2012")]),
    ("In the 2011-12 fiscal year, the state provided $7 million.", date(2012, 10, 10),
     [("the 2011-12 fiscal year", "DATE", "2011")]),
    ("Growth slowed in 2012-13.", date(2013, 10, 10), [("2012-13", "DATE", "2012")]),
    # rounds 57a, 55c: "over the next month", "for at least the next week": lengths ahead
    ("The district would hold additional meetings over the next month.", date(2013, 4, 22),
     [("the next month", "DURATION", "P1M")]),
    ("Officials urged residents to stay away for at least the next week.", date(2011, 3, 12),
     [("the next week", "DURATION", "P1W")]),
    ("The results are due in the next month.", date(2013, 4, 22), [("the next month", "DATE", "2013-05")]),
    # round 57b: "the three months through September" is the period a figure covers;
    # "daily active users" names a count
    ("Sales rose 5 percent in the three months through September.", date(2014, 10, 20),
     [("the three months", "DURATION", "P3M"), ("September", "DATE", "2014-09")]),
    ("Daily active users rose to 864 million.", date(2014, 10, 20), []),
    # round 61a: what an afternoon was spent doing; a clock time "at" after a day is that day's
    ("His lawyer spent much of the afternoon trying to undermine the witness.", date(2012, 2, 16),
     [("the afternoon", "TIME", "2012-02-16TAF")]),
    ("Sentencing was set for March 15 at 9 a.m. in federal court.", date(2013, 2, 1),
     [("March 15", "DATE", "2013-03-15"), ("9 a.m.", "TIME", "2013-03-15T09:00")]),
    # round 61c: "could last months": the verb, and the length after it
    ("The campaign could last months.", date(2023, 10, 10), [("months", "DURATION", "PXM")]),
    ("Prices rose in the last months of the war.", date(2023, 10, 10),
     [("the last months", "DURATION", "PXM")]),
    # round 58a: "extended the hours" are opening hours
    ("Officials added staff and extended the hours on Thursday.", date(2012, 11, 3),
     [("Thursday", "DATE", "2012-11-01")]),
    # round 60c: "closed-door" is an adjective, no past
    ("The council will hold an emergency closed-door meeting on Wednesday.", date(2021, 5, 25),
     [("Wednesday", "DATE", "2021-05-26")]),
    # round 60a: three weekends are three of them; "two or three days a week" is one set
    ("The film has topped the box office for three weekends.", date(2013, 5, 6),
     [("three weekends", "DURATION", "P3WE")]),
    ("It works two or three days a week.", date(2013, 5, 6), [("two or three days a week", "SET", "P1W")]),
    # round 60b: "The years 1998 and 2010": the years are named, no length
    ("The years 1998 and 2010 were the warmest.", date(2013, 9, 16),
     [("1998", "DATE", "1998"), ("2010", "DATE", "2010")]),
    # round 62c: mourning from a weekday lies ahead; "believed to have died" is past; a
    # year that ends a range before a verb in -s
    ("The president ordered three days of national mourning from Friday.", date(2019, 11, 7),
     [("three days", "DURATION", "P3D"), ("Friday", "DATE", "2019-11-08")]),
    ("Shekau is believed to have died on Wednesday.", date(2021, 5, 21), [("Wednesday", "DATE", "2021-05-19")]),
    ("A study of attacks between 2018 and 2020 shows that the group grew.", date(2021, 5, 21),
     [("2018", "DATE", "2018"), ("2020", "DATE", "2020")]),
    ("Between 1000 and 2000 soldiers were deployed.", date(2021, 5, 21), []),
    # round 62a: "88,000 more than a month earlier": the amount is compared, not the time
    ("Some 17.56 million were out of work, 88,000 more than a month earlier.", date(2012, 6, 29),
     [("a month earlier", "DATE", "2012-05")]),
    ("It took more than a month.", date(2012, 6, 29), [("more than a month", "DURATION", "P1M")]),
    # round 58b: a rate past a bracketed conversion
    ("The BOJ will buy 7 trillion yen ($74 billion) of government bonds a month.", date(2013, 4, 4),
     [("a month", "SET", "P1M")]),
    # rounds 62b, 55b: what is called off for a weekday lies ahead
    ("Districts announced closings for Wednesday.", date(2013, 3, 5), [("Wednesday", "DATE", "2013-03-06")]),
    ("Aer Lingus and Ryanair have cancelled more than 130 flights into and out of Shannon, Cork and "
     "Dublin for Monday.", date(2017, 10, 15), [("Monday", "DATE", "2017-10-16")]),
    # round 59a: decades spoken with their century ("the nineteen-eighties")
    ("Prices soared in the nineteen-eighties and the mid-nineteen-nineties.", date(1999, 5, 4),
     [("the nineteen-eighties", "DATE", "198"), ("the mid-nineteen-nineties", "DATE", "199")]),
    # round 63a: "last New Year's" said in October is this year's; "next Christmas" in October
    # is this year's too
    ("It began with the fiscal-cliff showdown last New Year's.", date(2013, 10, 17),
     [("last New Year's", "DATE", "2013-01-01")]),
    ("Last Christmas was quiet.", date(2013, 10, 17), [("Last Christmas", "DATE", "2012-12-25")]),
    ("They will marry next Christmas.", date(2013, 10, 17), [("next Christmas", "DATE", "2013-12-25")]),
    # round 58c: "was planned for" looks ahead, as "was scheduled for" does
    ("A constitutional referendum was planned for Oct. 31.", date(2021, 5, 25),
     [("Oct. 31", "DATE", "2021-10-31")]),
    # round 63c: "a few days later" is a length, as TimeBank tags it; a capitalised verb of a
    # title-case heading is a verb
    ("A few days later, he resigned.", date(1990, 11, 2), [("A few days", "DURATION", "PXD")]),
    ("# Housing Starts Rose 3.1% in March\n\nThe report came out.", date(1991, 4, 17),
     [("March", "DATE", "1991-03")]),
    ("Airlines canceled flights to the region beginning Tuesday.", date(1991, 1, 14),
     [("Tuesday", "DATE", "1991-01-15")]),
    # round 64a: a fronted month told in the past is the past one, even the next month's
    # name; mourning ", starting on Monday" with its comma lies ahead
    ("In August, a Cessna 206 went down in fog near Dillingham.", date(2013, 7, 8),
     [("August", "DATE", "2012-08")]),
    ("The president declared three days of national mourning, starting on Monday.", date(2012, 6, 3),
     [("three days", "DURATION", "P3D"), ("Monday", "DATE", "2012-06-04")]),
    # round 58b: the year data cover sets no year for the sentence
    ("The statistics bureau would release revised GDP figures for 2012 in September.", date(2013, 1, 18),
     [("2012", "DATE", "2012"), ("September", "DATE", "2013-09")]),
    # round 59b: "over" after a verb of lasting or "just" is "more than", as TimeBank tags
    # "last over a week" and "Just over an hour" (but "used over three years" is a span)
    ("The journey took just over an hour.", date(2014, 5, 5), [("just over an hour", "DURATION", "PT1H")]),
    ("The curfew may last over a week.", date(2014, 5, 5), [("over a week", "DURATION", "P1W")]),
    ("Payments will be spread over three years.", date(2014, 5, 5), [("three years", "DURATION", "P3Y")]),
    # rounds 60a, 65a: "after hours" is trading after the close (not "after hours of talks")
    ("Facebook shares rose 5 percent after hours.", date(2013, 4, 25), []),
    ("After hours of talks, they agreed.", date(2013, 4, 25), [("hours", "DURATION", "PTXH")]),
    # round 65b: a range of months written with a hyphen has both months, and the year after
    # the second is the first's too
    ("The October-December 2021 rains failed.", date(2022, 8, 24),
     [("October", "DATE", "2021-10"), ("December 2021", "DATE", "2021-12")]),
    ("It has a 30-year history and a March-style rally.", date(2022, 8, 24), [("30-year", "DURATION", "P30Y")]),
])
def test_review_round_sixteen(sentence: str, dct: date | None, expected: list[tuple[str, ...]]) -> None:
    assert_found(sentence, dct, expected)


@pytest.mark.parametrize(("sentence", "dct", "expected"), [
    # "last Monday" said on a Tuesday is the week before, with a clock time too
    ("He was last seen at 5 p.m. last Monday.", date(2013, 5, 14), [("5 p.m. last Monday", "TIME", "2013-05-06T17:00")]),
    ("He was last seen at 5 p.m. last Sunday.", date(2013, 5, 14), [("5 p.m. last Sunday", "TIME", "2013-05-12T17:00")]),
    # a start word may take "from" ("starting from Monday") as it may for a month
    ("The ministry cancelled all flights starting from Monday.", date(2012, 6, 6), [("Monday", "DATE", "2012-06-11")]),
    # round 66a: a weekday naming an event ("a Monday deadline") is that day's, ahead after
    # "before"; but "on a Sunday" and "a Sunday night game" are any
    ("Cyprus scrambled on Friday to agree a plan before a Monday deadline set by the ECB.", date(2013, 3, 22),
     [("Friday", "DATE", "2013-03-22"), ("Monday", "DATE", "2013-03-25")]),
    ("Lawmakers missed a Monday deadline.", date(2013, 3, 22), [("Monday", "DATE", "2013-03-18")]),
    ("Christmas falls on a Sunday.", date(2013, 3, 22), [("Christmas", "DATE", "2012-12-25"),
                                                          ("Sunday", "DATE", "XXXX-WXX-7")]),
    # rounds 66b, 66c: the year of an aside ("a former general who ...", "elected in 2015")
    # or of an earlier clause ("... and is scheduled to") does not carry to a later month
    ("Buhari, a former general who came to power in 2015 pledging to defeat Boko Haram, replaced "
     "his military chiefs in January.", date(2021, 3, 17), [("2015", "DATE", "2015"), ("January", "DATE", "2021-01")]),
    ("The commission, created by voters in 2018, held its first meeting in September.", date(2021, 4, 26),
     [("2018", "DATE", "2018"), ("September", "DATE", "2020-09")]),
    ("Mr. Diaz pleaded guilty in October 1994 and is scheduled to be sentenced in April.", date(1996, 2, 14),
     [("October 1994", "DATE", "1994-10"), ("April", "DATE", "1996-04")]),
    ("In 2011 the bill passed the House and was signed in July.", date(2014, 1, 18),
     [("2011", "DATE", "2011"), ("July", "DATE", "2011-07")]),
    # rounds 66a-67a: a clock time in words after "since"; a union "Local 1764" is no year;
    # a length with an adjective of how it went; rain "forecast for Monday" lies ahead; a
    # season across two years written in full; the half of the fiscal year is one span
    ("I have been here since seven in the morning.", date(2013, 3, 18), [("seven in the morning", "TIME", "2013-03-18T07:00")]),
    ("Negotiators for Local 1764 of the union met in 1998.", date(1998, 8, 6), [("1998", "DATE", "1998")]),
    ("The industry has been through three very tough years.", date(1997, 6, 23),
     [("three very tough years", "DURATION", "P3Y")]),
    ("Rain was forecast for Monday and Tuesday.", date(2013, 4, 21),
     [("Monday", "DATE", "2013-04-22"), ("Tuesday", "DATE", "2013-04-23")]),
    ("It won polls held in the winter of 2011-2012.", date(2013, 7, 4), [("the winter of 2011-2012", "DATE", "2011-WI")]),
    ("We expect the second half of the fiscal year to be better.", date(2013, 1, 28),
     [("the second half of the fiscal year", "DATE", "2013-H2")]),
    # round 67b: "said that Wednesday and Thursday would be cooler" looks ahead for both days;
    # "every" reaches across "and"; "days when roads are icy" and "a day like Friday" are
    # kinds of day, no length (but "A week like this" is a week); round 67a: "By evening"
    ("The bureau said on Tuesday that Wednesday and Thursday would be cooler.", date(2019, 12, 17),
     [("Tuesday", "DATE", "2019-12-17"), ("Wednesday", "DATE", "2019-12-18"), ("Thursday", "DATE", "2019-12-19")]),
    ("Patrols are increased every Friday and Saturday night.", date(2015, 11, 14),
     [("every Friday", "SET", "XXXX-WXX-5"), ("Saturday night", "SET", "XXXX-WXX-6TNI")]),
    ("The district adopted a delay schedule for days when roads are icy.", date(2018, 8, 23), []),
    ("On a day like this, fires can start.", date(2019, 12, 17), []),
    ("A week like this happens rarely.", date(2019, 12, 17), [("A week", "DURATION", "P1W")]),
    ("Police deployed on Saturday afternoon. By evening, only small protests were reported.", date(2013, 3, 9),
     [("Saturday afternoon", "TIME", "2013-03-09TAF"), ("evening", "TIME", "2013-03-09TEV")]),
    # round 67e: a clock's "p.m." before a capital that names no day, month or zone ends the
    # sentence (what follows has its own tense and habits); ages are no lengths; a month
    # listed with others is a month ("April, May and June") and takes the list's year
    ("Testimony would generally end at 4:30 p.m. Jurors expect a verdict by late October.", date(2012, 9, 18),
     [("4:30 p.m", "TIME", "2012-09-18T16:30"), ("late October", "DATE", "2012-10")]),
    ("Ballots can be cast on Election Day, when polls are open from 7 a.m. to 7 p.m. Officials urged "
     "people to vote.", date(2012, 11, 3), [("Election Day", "DATE", "2012-11-06"), ("7 a.m.", "TIME", "2012-11-06T07:00"),
                                             ("7 p.m", "TIME", "2012-11-06T19:00")]),
    ("The deadline falls at 8 p.m. Athens time (1800 GMT) on Thursday.", date(2012, 3, 7),
     [("8 p.m. Athens time", "TIME", "2012-03-08T20:00"), ("1800 GMT", "TIME", "2012-03-08T18:00"),
      ("Thursday", "DATE", "2012-03-08")]),
    ("Pharmacists may vaccinate children between 6 months and 18 years old, and everyone older than "
     "6 months.", date(2013, 1, 12), []),
    ("We're thinking about April, May and June.", date(2013, 3, 10),
     [("April", "DATE", "2013-04"), ("May", "DATE", "2013-05"), ("June", "DATE", "2013-06")]),
    ("Sales rose in November, December and January.", date(2013, 3, 10),
     [("November", "DATE", "2012-11"), ("December", "DATE", "2012-12"), ("January", "DATE", "2013-01")]),
    ("In April, May said she was tired.", date(2019, 6, 10), [("April", "DATE", "2019-04")]),
    # rounds 68a, 68b: a modal's perfect guesses at the past ("may have bottomed out in
    # October"; not "might not have electricity until Wednesday"); "once a year in March"
    # is any March; "maybe by Christmas" said in October looks ahead; "could be March"
    ("Data suggested the economy may have bottomed out in October.", date(2012, 11, 15), [("October", "DATE", "2012-10")]),
    ("Some might not have electricity until Wednesday.", date(2013, 2, 10), [("Wednesday", "DATE", "2013-02-13")]),
    ("The congress meets once a year in March.", date(2013, 3, 16),
     [("once a year", "SET", "P1Y"), ("March", "DATE", "XXXX-03")]),
    ("I tell them, maybe by Christmas.", date(2017, 10, 24), [("Christmas", "DATE", "2017-12-25")]),
    ("It could be March before every home is reconnected.", date(2017, 10, 24), [("March", "DATE", "2018-03")]),
    # round 69 (markets, UK papers, humanitarian updates): a contract "for January
    # settlement" and "prices for August" are data months; "before September at the
    # earliest" looks ahead; "the Fed's March meeting", "It's March"; the minutes "are
    # released" are a record; "BBC One tonight" is a channel; "a week of travel chaos" is a
    # length even after a count; "the busiest weekends of the year" no habit; "the third
    # quarter in a row" a count; a quoted "weeks" a length
    ("Brent oil for January settlement slid 95 cents.", date(2012, 11, 26), [("January", "DATE", "2013-01")]),
    ("Producer prices jumped in August. Consumer prices for August are due on Friday.", date(2012, 9, 13),
     [("August", "DATE", "2012-08"), ("August", "DATE", "2012-08"), ("Friday", "DATE", "2012-09-14")]),
    ("I don't see them tapering before September at the earliest.", date(2013, 4, 10), [("September", "DATE", "2013-09")]),
    ("The Fed's March meeting was contentious.", date(2013, 4, 10), [("March", "DATE", "2013-03")]),
    ("It's March at the earliest.", date(2013, 10, 17), [("March", "DATE", "2014-03")]),
    ("The minutes are normally released three weeks after each meeting.", date(2013, 4, 10),
     [("three weeks", "DURATION", "P3W")]),
    ("The match will be shown on BBC One tonight.", date(2018, 8, 11), [("tonight", "TIME", "2018-08-11TNI")]),
    ("We meet at eight tonight.", date(2018, 8, 11), [("eight tonight", "TIME", "2018-08-11T20:00")]),
    ("Hundreds of thousands of commuters face a week of travel chaos.", date(2016, 12, 12),
     [("a week", "DURATION", "P1W")]),
    ("They were within $100 billion a year of each other.", date(2012, 12, 28), [("a year", "SET", "P1Y")]),
    ("It was one of the busiest weekends of the year.", date(2014, 8, 2), [("the year", "DATE", "2014")]),
    ("Construction shrank for the third quarter in a row.", date(2013, 4, 28), []),
    ('He said the army was "weeks" away from victory.', date(2023, 11, 28), [("weeks", "DURATION", "PXW")]),
    # round 70: mourning of any length "starting Sunday" looks ahead; a part of day before
    # "because of"; "Patriots' Day"; "by the spring or summer" has both seasons; "in the year
    # 799"; "the Maariv daily" is a newspaper (not "visited the Capitol weekly", and TimeBank
    # keeps "the Communist Party daily Granma" a SET)
    ("He declared 72 hours of national mourning starting Sunday.", date(2016, 1, 16),
     [("72 hours", "DURATION", "PT72H"), ("Sunday", "DATE", "2016-01-17")]),
    ("Polls stayed open into the evening because of delays.", date(2015, 11, 30),
     [("the evening", "TIME", "2015-11-30TEV")]),
    ("Patriots' Day is a state holiday in Massachusetts.", date(2013, 4, 10), [("Patriots' Day", "DATE", "2013-04-15")]),
    ("Iran could have enough uranium for a bomb by the spring or summer.", date(2013, 2, 27),
     [("the spring", "DATE", "2013-SP"), ("summer", "DATE", "2013-SU")]),
    ("The imam died in a Baghdad prison in the year 799.", date(2012, 6, 13), [("the year 799", "DATE", "0799")]),
    ("A poll published in the Maariv daily found support.", date(2012, 11, 25), []),
    ("Families have visited the Capitol weekly since March.", date(2013, 4, 17),
     [("weekly", "SET", "P1W"), ("March", "DATE", "2013-03")]),
    ("It was on the front of the Communist Party daily Granma.", date(2000, 2, 16), [("daily", "SET", "P1D")]),
    # round 71: "She died the next year" after a past year is the story's next year (but "for
    # at least the next week" is a length); "called for a strike to begin on Sunday" and
    # "called for a campaign starting on Sunday" look ahead (not "were allowed to resume")
    ("The witness recanted in 2010. She died the next year.", date(2012, 8, 26),
     [("2010", "DATE", "2010"), ("the next year", "DATE", "2011")]),
    ("Officials urged residents to stay away for at least the next week.", date(2011, 3, 12),
     [("the next week", "DURATION", "P1W")]),
    ("The opposition called for a strike to begin on Sunday.", date(2019, 6, 4), [("Sunday", "DATE", "2019-06-09")]),
    ("The opposition called for a campaign of civil disobedience starting on Sunday.", date(2019, 6, 4),
     [("Sunday", "DATE", "2019-06-09")]),
    ("The rotations were allowed to resume on Sunday.", date(2019, 6, 4), [("Sunday", "DATE", "2019-06-02")]),
    # round 72: a clock time takes a day said later in its clause ("in 4 p.m. composite
    # trading on the New York Stock Exchange yesterday"; not across "until", "and"); "as
    # recently as Tuesday" is Tuesday alone; "a March deficit"; "their December meeting"
    # told ahead; "before spring"; a participle's aside ("program, begun in March, which");
    # "the overnight federal funds rate" is no night
    ("Shares plunged in 4 p.m. composite trading on the New York Stock Exchange yesterday.", date(2000, 8, 8),
     [("4 p.m.", "TIME", "2000-08-07T16:00"), ("yesterday", "DATE", "2000-08-07")]),
    ("They imposed a curfew from seven p.m. until seven tomorrow morning.", date(2000, 8, 8),
     [("seven p.m.", "TIME", "2000-08-08T19:00"), ("tomorrow morning", "TIME", "2000-08-09TMO")]),
    ("Merkel had insisted as recently as Tuesday that there would be no shared debt.", date(2012, 6, 29),
     [("Tuesday", "DATE", "2012-06-26")]),
    ("Economists expected a March deficit of $5.5 billion.", date(1991, 5, 17), [("March", "DATE", "1991-03")]),
    ("The leaders will review progress at their December meeting.", date(2012, 6, 29), [("December", "DATE", "2012-12")]),
    ("Sales fell before spring.", date(1991, 5, 17), [("spring", "DATE", "1991-SP")]),
    ("He said the company would continue its program, begun in March, which has cut 600 jobs.", date(1989, 10, 26),
     [("March", "DATE", "1989-03")]),
    ("The Fed left the overnight federal funds rate unchanged.", date(1998, 2, 25), []),
    # round 72a: a past verb that set a date keeps it ahead behind a weak "until" and a later
    # clause; "had until Tuesday to accept them" is a deadline ahead; "was not sworn in until
    # Nov. 22" is past, and the fronted year holds
    ("Cyprus postponed the vote until Monday afternoon, as savers queued on Sunday.", date(2013, 3, 17),
     [("Monday afternoon", "TIME", "2013-03-18TAF"), ("Sunday", "DATE", "2013-03-17")]),
    ("He had until Tuesday to accept them.", date(2013, 3, 17), [("Tuesday", "DATE", "2013-03-19")]),
    ("In 2005, talks took nearly two months, and the government was not sworn in until Nov. 22.", date(2013, 9, 23),
     [("2005", "DATE", "2005"), ("nearly two months", "DURATION", "P2M"), ("Nov. 22", "DATE", "2005-11-22")]),
    ("The store will not open until Friday.", date(2013, 9, 23), [("Friday", "DATE", "2013-09-27")]),
    # round 72a: a clock time in a sentence that opens with an event named earlier with its
    # day is on that day ("Wednesday night's debate ... The debate, which began at 9 p.m."),
    # past midnight the next ("a dinner on Thursday evening ... The dinner went on until
    # after 1am")
    ("Sarkozy attacked in Wednesday night's debate. Hollande won the first round on April 22. The "
     "debate, which began at 9 p.m., ended before midnight.", date(2012, 5, 3),
     [("Wednesday night", "TIME", "2012-05-02TNI"), ("April 22", "DATE", "2012-04-22"),
      ("9 p.m.", "TIME", "2012-05-02T21:00"), ("midnight", "TIME", "2012-05-02T24:00")]),
    ("Leaders attended a dinner on Thursday evening, he said on Friday. The dinner went on until after "
     "1am local time.", date(2013, 9, 7),
     [("Thursday evening", "TIME", "2013-09-05TEV"), ("Friday", "DATE", "2013-09-06"),
      ("1am local time", "TIME", "2013-09-06T01:00")]),
    # round 73a: "completed" after "of" is an adjective ("will publish a list of completed
    # transfers on Friday morning"); "kickoff set for 7 p.m." is a plan (not "originally set
    # for March"); a season opener or runoff named by its day lies ahead after "before";
    # "The Evening Sun" is a newspaper
    ("The league will publish a full list of completed transfers on Friday morning.", date(2013, 1, 31),
     [("Friday morning", "TIME", "2013-02-01TMO")]),
    ("The teams meet again Saturday night, with kickoff set for 7 p.m. CST.", date(2012, 12, 31),
     [("Saturday night", "TIME", "2013-01-05TNI"), ("7 p.m. CST", "TIME", "2013-01-05T19:00")]),
    ("Closing arguments, originally set for March, were delivered in mid-April.", date(2020, 7, 14),
     [("March", "DATE", "2020-03"), ("mid-April", "DATE", "2020-04")]),
    ("The Ravens said they would hold a moment of silence before Monday night's season opener.", date(2012, 9, 5),
     [("Monday night", "TIME", "2012-09-10TNI")]),
    ("He wrote a weekly column for The Evening Sun until 1995.", date(2012, 9, 5),
     [("weekly", "SET", "P1W"), ("1995", "DATE", "1995")]),
    # round 75c: a relative date in a title-case headline ("# ... Resume Talks Next Week"),
    # but not a quoted title there, nor "This Week" in running text (a programme)
    ("# Negotiators Will Resume Talks Next Week\n\nTalks resume on Monday.", date(1990, 6, 1),
     [("Next Week", "DATE", "1990-W23"), ("Monday", "DATE", "1990-06-04")]),
    ('# Bowie\'s "The Next Day" Heads for No. 1\n\nIt sold well.', date(2013, 3, 13), []),
    ("He watched This Week on ABC.", date(2013, 3, 13), []),
    # round 75a: a short year naming an event after "the" ("since the '99 storm")
    ("We've lived here since the '99 storm.", date(2013, 5, 23), [("'99", "DATE", "1999")]),
    # round 76: what is urged lies ahead ("urged Malians to take to the streets on Friday";
    # not "were urged to leave their homes on Tuesday"); a past form after a preposition is
    # an adjective ("experts from affected countries on Friday")
    ("The junta urged Malians to take to the streets on Friday.", date(2022, 1, 11), [("Friday", "DATE", "2022-01-14")]),
    ("People were urged to leave their homes on Tuesday.", date(2022, 1, 11), [("Tuesday", "DATE", "2022-01-11")]),
    ("WHO would hold a teleconference with experts from affected countries on Friday at 1400 GMT.", date(2013, 5, 9),
     [("Friday", "DATE", "2013-05-10"), ("1400 GMT", "TIME", "2013-05-10T14:00")]),
    # round 76a: what a forecast is for lies ahead ("the outlook for the fourth quarter",
    # "forecast fourth-quarter earnings", said in July), unlike a quarter told in the past
    ("The outlook for the fourth quarter is cautious.", date(2012, 7, 27), [("the fourth quarter", "DATE", "2012-Q4")]),
    ("Starbucks forecast fourth-quarter earnings of 45 cents.", date(2012, 7, 27), [("fourth-quarter", "DATE", "2012-Q4")]),
    ("Sales rose in the fourth quarter.", date(2012, 7, 27), [("the fourth quarter", "DATE", "2011-Q4")]),
    # round 77b: a 24-hour clock time paired with a zoned one ("(14:00 and 17:00 GMT)"); a
    # part of day before "along with"
    ("Fighting stopped (14:00 and 17:00 GMT).", date(2023, 4, 17),
     [("14:00", "TIME", "2023-04-17T14:00"), ("17:00 GMT", "TIME", "2023-04-17T17:00")]),
    ("He was taken in the afternoon along with the prime minister.", date(2023, 4, 17),
     [("the afternoon", "TIME", "2023-04-17TAF")]),
    # round 78b: "was forecast to hit Vietnam on Monday morning" looks ahead
    ("The typhoon was forecast to hit Vietnam on Monday morning.", date(2013, 11, 8),
     [("Monday morning", "TIME", "2013-11-11TMO")]),
])
def test_review_round_seventeen(sentence: str, dct: date | None, expected: list[tuple[str, ...]]) -> None:
    assert_found(sentence, dct, expected)


@pytest.mark.parametrize(("sentence", "dct", "expected"), [
    # rounds 71a and 23a: what a past report said would happen ("said in May that it would
    # cut jobs by the end of the summer") lies ahead of the report, not of the DCT; the
    # same "would" with no past report before it looks ahead of the DCT
    ("Electric Boat said in May that it would cut 200 jobs by the end of the summer.", date(2013, 9, 4),
     [("May", "DATE", "2013-05", None), ("the end of the summer", "DATE", "2013-SU", "END")]),
    ("The NRF forecast in October that sales in November and December would rise.", date(2013, 12, 12),
     [("October", "DATE", "2013-10"), ("November", "DATE", "2013-11"), ("December", "DATE", "2013-12")]),
    ("The company said in May that it would finish the plant by September.", date(2013, 11, 20),
     [("May", "DATE", "2013-05"), ("September", "DATE", "2013-09")]),
    ("The company said that it would finish the plant by September.", date(2013, 11, 20),
     [("September", "DATE", "2014-09")]),
    ("The company said in May that it will finish the plant by September.", date(2013, 11, 20),
     [("May", "DATE", "2013-05"), ("September", "DATE", "2014-09")]),
    # rounds 57b and 65c: "forecast in October that" tells when it was forecast: the past
    ("Netflix forecast in October that it would add 9.4 million subscribers.", date(2018, 12, 10),
     [("October", "DATE", "2018-10")]),
    # round 79e: "will have their bins collected on Tuesday" is a causative, no past;
    # "was planning to work from home on Wednesday" and "planned a demonstration on
    # Saturday" look ahead, as "was expected to" does (not "had planned")
    ("Households will have their bins collected on Tuesday instead.", date(2014, 4, 17),
     [("Tuesday", "DATE", "2014-04-22")]),
    ("She said she was planning to work from home on Wednesday.", date(2014, 2, 4),
     [("Wednesday", "DATE", "2014-02-05")]),
    ("Protesters planned a large demonstration on Saturday.", date(2000, 1, 7),
     [("Saturday", "DATE", "2000-01-08")]),
    ("Protesters had planned a large demonstration on Saturday.", date(2000, 1, 7),
     [("Saturday", "DATE", "2000-01-01")]),
    # round 80a: a past verb before "over the summer" sends it back, as "in" and
    # "during" do
    ("Fighting intensified over the summer.", date(2013, 5, 8), [("the summer", "DATE", "2012-SU")]),
    ("Fighting will intensify over the summer.", date(2013, 5, 8), [("the summer", "DATE", "2013-SU")]),
    # rounds 61b, 62b, 67b and 80b: what is urged or advised lies ahead of the advice, in
    # January told in December too; "ordered or urged to leave on Tuesday" may be the
    # order's day
    ("The Treasury has urged employers to begin withholding at the higher rate in January.", date(2012, 12, 28),
     [("January", "DATE", "2013-01")]),
    ("The ICA advised travellers to avoid peak hours between 6am and 11am on Saturday.", date(2012, 1, 27),
     [("6am", "TIME", "2012-01-28T06:00"), ("11am", "TIME", "2012-01-28T11:00"), ("Saturday", "DATE", "2012-01-28")]),
    ("The mayor urged residents to check on elderly neighbors over the weekend.", date(2013, 2, 8),
     [("the weekend", "DATE", "2013-W06-WE")]),
    ("Millions were ordered or urged to leave their homes on Tuesday.", date(1999, 9, 16),
     [("Tuesday", "DATE", "1999-09-14")]),
    # round 81b: "OPEC's basket of crudes" is no basketball: its quarter stays a quarter;
    # "December corn" and "March cocoa" are futures contracts, by their delivery months
    # (not "March crude output")
    ("OPEC's basket of crudes averaged $105 in the first quarter.", date(2012, 6, 14),
     [("the first quarter", "DATE", "2012-Q1")]),
    ("December corn settled up 4 cents, while November soybeans rose.", date(2013, 8, 12),
     [("December", "DATE", "2013-12"), ("November", "DATE", "2013-11")]),
    ("March cocoa fell 2 percent.", date(2013, 8, 12), [("March", "DATE", "2014-03")]),
    ("OPEC's March crude output rose.", date(2013, 8, 12), [("March", "DATE", "2013-03")]),
    # rounds 81a, 81c and 81d: "may have struck a convoy on Wednesday" is a modal's guess
    # about the past, no present perfect; "may not be in place before Christmas" looks ahead
    # (not "could not be reached Friday"); what is called for lies ahead ("called for a march
    # on Tuesday", not "called for a ceasefire on Tuesday"); "remain to be shipped out by the
    # end of the first quarter", said in December, is next year's
    ("NATO said one of its jets may have struck a civilian convoy on Wednesday.", date(1999, 4, 16),
     [("Wednesday", "DATE", "1999-04-14")]),
    ("The system may not be in place before Christmas.", date(2013, 9, 22), [("Christmas", "DATE", "2013-12-25")]),
    ("He could not be reached on Friday.", date(2013, 9, 10), [("Friday", "DATE", "2013-09-06")]),
    ("The opposition called for a march on Tuesday.", date(2019, 11, 3), [("Tuesday", "DATE", "2019-11-05")]),
    ("The UN called for a ceasefire on Tuesday.", date(2019, 11, 3), [("Tuesday", "DATE", "2019-10-29")]),
    ("Half of the chemicals remain to be shipped out by the end of the first quarter.", date(2023, 12, 11),
     [("the end of the first quarter", "DATE", "2024-Q1", "END")]),
    # round 82c: a year after "for" before a verb in -s ("the plan for 2019 seeks") is a
    # year (not "rations for 2000 soldiers")
    ("The UN's response plan for 2019 seeks $296 million.", date(2019, 1, 15), [("2019", "DATE", "2019")]),
    ("Rations for 2000 soldiers arrived.", date(2019, 1, 15), []),
    # round 82d: a passive or an aside's participle before a day ("was launched Jan. 1", "the
    # program, launched Jan. 1,") is past, as "launched on Jan. 1" was (not "the vote,
    # scheduled Jan. 15,"); the dev set's "the second quarter ended Oct. 31" too
    ("The government's program, launched Jan. 1, has brought inflation down.", date(1990, 12, 9),
     [("Jan. 1", "DATE", "1990-01-01")]),
    ("The program was launched Jan. 1.", date(1990, 12, 9), [("Jan. 1", "DATE", "1990-01-01")]),
    ("The vote, scheduled Jan. 15, was delayed.", date(1990, 12, 9), [("Jan. 15", "DATE", "1991-01-15")]),
    # round 82a: "no later than January" is a deadline, ahead
    ("Obama said he wants proposals no later than January.", date(2012, 12, 19), [("January", "DATE", "2013-01")]),
    # round 82b: "the full weekend" lasts two days (not P1W); "rose for the full year", told in
    # January, is the year just ended
    ("Shoppers spent the full weekend at the malls.", date(2012, 11, 26), [("the full weekend", "DURATION", "P2D")]),
    ("Sales for the full year rose 27 percent.", date(2013, 1, 3), [("the full year", "DATE", "2012")]),
    ("The company expects sales for the full year to rise.", date(2013, 1, 3), [("the full year", "DATE", "2013")]),
    # round 83c: "heads of state", "army heads met" are people, no present of "heads to"
    ("On December 15, army heads met.", date(2025, 1, 29), [("December 15", "DATE", "2024-12-15")]),
    ("The president heads to Paris on Monday.", date(2025, 1, 29), [("Monday", "DATE", "2025-02-03")]),
    # round 83d: "was to travel on Sunday" looks ahead from the story's past (not "was to have
    # taken place", "was to blame"); "from January to June reached": "to June" is no infinitive
    ("Albright was to travel to Damascus on Sunday.", date(1999, 9, 4), [("Sunday", "DATE", "1999-09-05")]),
    ("The ceremony was to have taken place on Sunday.", date(1999, 9, 4), [("Sunday", "DATE", "1999-08-29")]),
    ("He was to blame for the loss on Sunday.", date(1999, 9, 4), [("Sunday", "DATE", "1999-08-29")]),
    ("The GDP for the period from January to June reached 4 trillion yuan.", date(2000, 7, 14),
     [("January", "DATE", "2000-01"), ("June", "DATE", "2000-06")]),
    # round 83b: "December same-store sales" are a month's data, reported after it; "rose at the
    # end of the year", told in January, is the year just ended (not "a vote by the end of the year")
    ("Target will report December same-store sales on Thursday.", date(2013, 1, 3),
     [("December", "DATE", "2012-12"), ("Thursday", "DATE", "2013-01-03")]),
    ("Sales rose sharply at the end of the year.", date(2013, 1, 3), [("the end of the year", "DATE", "2012", "END")]),
    ("He has promised a vote by the end of the year.", date(2013, 1, 3), [("the end of the year", "DATE", "2013", "END")]),
    # rounds 84a and 84d: "an orbiter called MAVEN" names a thing, no past verb (not "Romney
    # named Paul Ryan on Saturday"); "reports first-quarter results on Thursday" schedules;
    # "plan a rally on Saturday" looks ahead; "won the May election" is past
    ("NASA plans to launch an orbiter called MAVEN in November.", date(2013, 8, 4), [("November", "DATE", "2013-11")]),
    ("Romney named Paul Ryan as his running mate on Saturday.", date(2012, 8, 12), [("Saturday", "DATE", "2012-08-11")]),
    ("Novo, which reports first-quarter results on Thursday, declined to comment.", date(2013, 4, 30),
     [("first-quarter", "DATE", "2013-Q1"), ("Thursday", "DATE", "2013-05-02")]),
    ("Opposition groups plan a rally on Saturday.", date(1990, 6, 13), [("Saturday", "DATE", "1990-06-16")]),
    ("Chamorro's coalition won the May election.", date(1989, 12, 4), [("May", "DATE", "1989-05")]),
    ("Chamorro's coalition will contest the May election.", date(1989, 12, 4), [("May", "DATE", "1990-05")]),
    # rounds 83b and 83c: "has ruled since late 2021" is background, and leaves the day of
    # the scene to the clock times after it
    ("Russian forces arrived in Niamey on Sunday. The junta has ruled since late 2021. Two planes landed"
     " shortly after 10 pm local time.", date(2024, 6, 18),
     [("Sunday", "DATE", "2024-06-16"), ("late 2021", "DATE", "2021"), ("10 pm local time", "TIME", "2024-06-16T22:00")]),
    # round 85d and the dev set: "last February", said in March, is a year back (the month
    # just ended is "last month"); "last January" in March is this year's
    ("Prices rose last February.", date(1998, 3, 1), [("last February", "DATE", "1997-02")]),
    ("Prices rose last January.", date(1998, 3, 1), [("last January", "DATE", "1998-01")]),
    # round 85a: "to fall this year" is the verb, its year alone is tagged
    ("Police expected homicides to fall this year.", date(2013, 3, 2), [("this year", "DATE", "2013")]),
    ("Classes start in the fall this year.", date(2013, 3, 2), [("the fall this year", "DATE", "2013-FA")]),
    # round 85c: a timeline's dated line keeps its year to the line's end; "has called a
    # summit in the Nigerian capital, Abuja, on Sunday" is a perfect of what lies ahead
    ("- January 2022 - Ecowas imposes sanctions on Mali; a second coup follows in September.", date(2024, 3, 4),
     [("January 2022", "DATE", "2022-01"), ("September", "DATE", "2022-09")]),
    ("Ecowas has called an emergency summit in the Nigerian capital, Abuja, on Sunday.", date(2023, 7, 28),
     [("Sunday", "DATE", "2023-07-30")]),
    ("Planes have flown 55,000 sorties, according to figures released by the Pentagon on Friday.", date(1991, 2, 11),
     [("Friday", "DATE", "1991-02-08")]),
    # round 86b: a month's data before its release ("the trade deficit for June", "housing
    # starts for October", "October's sales pace") lies behind; a week-ahead's "speaks
    # Tuesday", "On Thursday, the Labor Department issues" lie ahead
    ("The Commerce Department will report the trade deficit for June on Tuesday.", date(2013, 8, 4),
     [("June", "DATE", "2013-06"), ("Tuesday", "DATE", "2013-08-06")]),
    ("Economists expect October's sales pace to slow.", date(2013, 8, 4), [("October", "DATE", "2012-10")]),
    ("Fed Chairman Ben Bernanke speaks Tuesday in Washington.", date(2013, 7, 28), [("Tuesday", "DATE", "2013-07-30")]),
    ("On Thursday, the Labor Department issues its jobless claims.", date(2013, 7, 28), [("Thursday", "DATE", "2013-08-01")]),
    # round 86c: "on 27 March, a Sunday" is that day; "it falls on a Sunday" any Sunday
    ("The attack happened on 27 March, a Sunday.", date(2022, 4, 2),
     [("27 March", "DATE", "2022-03-27"), ("Sunday", "DATE", "2022-03-27")]),
    ("It falls on a Sunday.", date(2022, 4, 2), [("Sunday", "DATE", "XXXX-WXX-7")]),
    # round 86d: what a schedule or a plan is for lies ahead
    ("The second-quarter production schedule calls for building 1.1 million cars.", date(1990, 3, 13),
     [("second-quarter", "DATE", "1990-Q2")]),
    # rounds 87a and 87b: "profit trailed analysts' estimates" is no game's, its quarter stays;
    # "worth every minute" is praise, no set
    ("Shares fell after fourth-quarter profit trailed analysts' estimates.", date(2013, 8, 13),
     [("fourth-quarter", "DATE")]),
    ("The Lakers trailed 17-13 early in the fourth quarter.", date(2013, 8, 13), []),
    ("It's worth every minute.", date(2013, 2, 10), []),
    ("Trains run every minute.", date(2013, 2, 10), [("every minute", "SET", "PT1M")]),
    # rounds 88a and 88c: "if he is not released by Sunday" is a participle, no past;
    # "contingency plans" are a noun, no plan ahead; "the Ouaga 2000 district" is a place
    ("They will act if he is not released by Sunday.", date(2023, 8, 3), [("Sunday", "DATE", "2023-08-06")]),
    ("He was not released on Sunday.", date(2023, 8, 3), [("Sunday", "DATE", "2023-07-30")]),
    ("Airlines drew up contingency plans over the weekend.", date(2012, 10, 15), [("the weekend", "DATE", "2012-W41-WE")]),
    ("Gunmen attacked a house in the Ouaga 2000 district.", date(2022, 1, 20), []),
    # round 88d and the dev set: "talking about the next five years", "thinks about that
    # night": the topic, no approximate time ("about five years" still is)
    ("We are talking about the next five years.", date(1990, 6, 13), [("the next five years", "DURATION", "P5Y", None)]),
    ("It took about five years.", date(1990, 6, 13), [("about five years", "DURATION", "P5Y", "APPROX")]),
    # round 89d: "the turn of the century", told ahead in 1998, is 2000's (told of the past,
    # 1900's); "The real test comes Monday" schedules (not "comes a day after ... Sunday")
    ("Computers may fail at the turn of the century.", date(1998, 6, 1), [("the turn of the century", "DATE", "20", "START")]),
    ("The company was founded at the turn of the century.", date(1998, 6, 1),
     [("the turn of the century", "DATE", "19", "START")]),
    ("The real test comes Monday.", date(2000, 4, 22), [("Monday", "DATE", "2000-04-24")]),
    ("The signing comes a day after the defeat on Sunday.", date(2000, 4, 22),
     [("a day", "DURATION", "P1D"), ("Sunday", "DATE", "2000-04-16")]),
    # rounds 90a-90c: "two months after that year's election" is a length and that year;
    # "declared Tuesday a day of national mourning" looks ahead; "until February, maybe
    # March" lists a month; "from 2015 onwards" is a year
    ("It was formed nearly two months after that year's election.", date(2013, 4, 10),
     [("nearly two months", "DURATION", "P2M"), ("that year", "DATE", "2013")]),
    ("Two days after that, the talks collapsed.", date(2013, 4, 10), [("Two days after that", "DATE")]),
    ("The president declared Tuesday a day of national mourning.", date(2013, 11, 11),
     [("Tuesday", "DATE", "2013-11-12"), ("a day", "DURATION", "P1D")]),
    ("Repairs could take until February, maybe March.", date(2013, 1, 10),
     [("February", "DATE", "2013-02"), ("March", "DATE", "2013-03")]),
    ("Attacks rose from 2015 onwards.", date(2022, 1, 17), [("2015", "DATE", "2015")]),
    # round 90d: "For the year", told in January after December's figures, is the year just
    # ended; "the thirty-second straight month" is an ordinal (not "a thirty-second delay")
    ("Sales rose 5 percent in December. For the year, sales rose 3 percent.", date(1991, 1, 25),
     [("December", "DATE", "1990-12"), ("the year", "DATE", "1990")]),
    ("For the year, sales will rise 3 percent.", date(1991, 1, 25), [("the year", "DATE", "1991")]),
    ("It was the thirty-second straight month of gains.", date(1990, 3, 1), []),
    ("A thirty-second delay followed.", date(1990, 3, 1), [("thirty-second", "DURATION", "PT30S")]),
    # rounds 89d and 91a: AP's "midmorning" and "midafternoon", written solid, are the middle
    # of that part of the day, as "mid-morning" is
    ("Traffic eased by midmorning.", date(2013, 5, 10), [("midmorning", "TIME", "2013-05-10TMO", "MID")]),
    ("Rain fell in the midafternoon.", date(2013, 5, 10), [("midafternoon", "TIME", "2013-05-10TAF", "MID")]),
])
def test_review_round_eighteen(sentence: str, dct: date | None, expected: list[tuple[str, ...]]) -> None:
    assert_found(sentence, dct, expected)


@pytest.mark.parametrize(("sentence", "dct", "expected"), [
    # round 92d: a spoken number with "hundred" after it is no year
    ("The rupiah traded at about two thousand four hundred last July.", date(1998, 1, 9),
     [("last July", "DATE", "1997-07")]),
    ("It happened in two thousand four.", date(1998, 1, 9), [("two thousand four", "DATE", "2004")]),
    # round 92d: "the year" in apposition to a year is that year, after "since" too
    ("Prices have risen since 1991, the year the Gulf War ended.", date(1998, 6, 5),
     [("1991", "DATE", "1991"), ("the year", "DATE", "1991")]),
    # round 92d: "a year earlier" after a period of results closed by a bound counts back
    # from that period, not from the story's last date
    ("\"Two years ago, a deal like this would have been done,\" said a banker. Midland earned "
     "$38.6 million in the nine months through September, down from $51.2 million a year earlier.",
     date(1989, 12, 19), [("Two years ago", "DATE", "1987"), ("the nine months", "DURATION", "P9M"),
                          ("September", "DATE", "1989-09"), ("a year earlier", "DATE", "1988")]),
    # rounds 92a and 92b: a season that modifies a noun after "the" is the season alone
    ("He will campaign through the summer convention in Tampa.", date(2012, 2, 7),
     [("summer", "DATE", "2012-SU")]),
    ("Prices rise before the summer driving season begins.", date(2013, 4, 16),
     [("summer", "DATE", "2013-SU")]),
    ("He spent the summer in Maine.", date(2012, 2, 7), [("the summer", "DATE", "2011-SU")]),
    # round 93a: "the future" before whom it describes is an adjective
    ("It marked the birth of the future king.", date(2013, 7, 23), []),
    ("In the future, kings will rule.", date(2013, 7, 23), [("the future", "DATE", "FUTURE_REF")]),
    # round 93d: an overnight call rate is a loan's term
    ("Overnight call rates have hovered above 25 percent.", date(1998, 1, 14), []),
    # round 93a: "first-half", written with a hyphen, is the half year, as "first-quarter" is
    ("RBS reported a first-half pretax profit of 2.65 billion pounds.", date(2014, 9, 19),
     [("first-half", "DATE", "2014-H1")]),
    ("He scored a first-half goal in the match.", date(2014, 9, 19), []),
    # round 93a: "a year earlier" compares with the half or the closed quarter named
    # before it in the sentence, not with the month the report came in
    ("RBS reported a first-half profit in August, up from 1.37 billion pounds a year earlier.",
     date(2014, 9, 19), [("first-half", "DATE", "2014-H1"), ("August", "DATE", "2014-08"),
                         ("a year earlier", "DATE", "2013-H1")]),
    ("Operating profit in the three months to March 31 was 122.3 billion yen, compared with "
     "a loss a year earlier.", date(2012, 5, 11),
     [("the three months", "DURATION", "P3M"), ("March 31", "DATE", "2012-03-31"),
      ("a year earlier", "DATE", "2011-Q1")]),
    ("Sales fell 9.4% in August from a year earlier.", date(2014, 9, 19),
     [("August", "DATE", "2014-08"), ("a year earlier", "DATE", "2013-08")]),
    # rounds 92b and 94a: a holiday whose day the text gives right after it is the one
    # that falls on that day (or a day either side: an eve)
    ("The season was shorter than in 2012 because Thanksgiving fell on Nov. 28.", date(2013, 12, 2),
     [("2012", "DATE", "2012"), ("Thanksgiving", "DATE", "2013-11-28"), ("Nov. 28", "DATE", "2013-11-28")]),
    ("Analysts said the Lunar New Year holiday, which begins on Jan. 22, could bring relief.",
     date(2012, 1, 10), [("Lunar New Year", "DATE", "2012-01-23"), ("Jan. 22", "DATE", "2012-01-22")]),
    # rounds 92c and 94d: a number that completes a name is no year
    ("The Russell 2000 Index of smaller companies rose.", date(2013, 5, 22), []),
    ("It is a cornerstone of the bloc's Agenda 2063 development plan.", date(2017, 1, 30), []),
    # round 94d: a wire's dateline with no place, "May 22 (Bloomberg) --", is the date
    ("May 22 (Bloomberg) -- Treasuries fell.", date(2013, 5, 22), [("May 22", "DATE", "2013-05-22")]),
    ("May 22 people (mostly women) died.", date(2013, 5, 22), []),
    # round 95c: an aside opened by "last held" is told in its own time, and lends the
    # sentence no year
    ("The summit, last held in Paris in December 2019, may not take place again before the autumn.",
     date(2021, 4, 13), [("December 2019", "DATE", "2019-12"), ("the autumn", "DATE", "2021-FA")]),
    # round 95d: "In the 1987 crash," opens the sentence with its year, as "In 1987," does
    ("In the 1987 crash, the average fell 508 points on Oct. 19.", date(1989, 10, 16),
     [("1987", "DATE", "1987"), ("Oct. 19", "DATE", "1987-10-19")]),
    # round 95d: a recurring period told by the months it runs from is the nearest one
    ("The hurricane season, which runs from June 1 to Nov. 30, has been active this year.",
     date(1998, 9, 27), [("June 1", "DATE", "1998-06-01"), ("Nov. 30", "DATE", "1998-11-30"),
                         ("this year", "DATE", "1998")]),
    ("The summit, which runs from Thursday to Friday, opens in Russia.", date(2013, 9, 1),
     [("Thursday", "DATE", "2013-09-05"), ("Friday", "DATE", "2013-09-06")]),
    # round 95b: "weeks before Christmas", told early in December, is this Christmas
    ("The chancellor was accused of raiding the pockets of families weeks before Christmas.",
     date(2012, 12, 5), [("weeks", "DURATION", "PXW"), ("Christmas", "DATE", "2012-12-25")]),
    # rounds 95a and 95d: "a year earlier" after "the quarter ended Sept. 28" is that quarter
    # a year back
    ("It earned $38.5 million in the quarter ended Sept. 28, from $24.0 million a year earlier.",
     date(2013, 10, 30), [("the quarter", "DATE", "2013-Q3"), ("Sept. 28", "DATE", "2013-09-28"),
                          ("a year earlier", "DATE", "2012-Q3")]),
    # round 96b: "keep ... closed" holds a state, not a past verb: what "would keep" covers
    # lies ahead
    ("The United States said on Sunday it would keep 19 embassies and consulates in the Middle "
     "East closed through Saturday.", date(2013, 8, 4),
     [("Sunday", "DATE", "2013-08-04"), ("Saturday", "DATE", "2013-08-10")]),
    # round 96c: after "told reporters", "that" is a conjunction, not "that summer"
    ("Posner told reporters that summer bookings had been strong.", date(2012, 4, 26), []),
    # round 96a: a month's possessive before its figure is the month reported, not one ahead
    ("At February's pace, it would take two more months.", date(2014, 3, 8),
     [("February", "DATE", "2014-02"), ("two more months", "DURATION", "P2M")]),
    # round 96c: "full-year", written with a hyphen, is the year as "the full year" is
    ("It cut its full-year forecast for the second time.", date(2014, 9, 10),
     [("full-year", "DATE", "2014")]),
    ("Congress passed a full-year spending bill.", date(2014, 1, 12), []),
    # round 96d: a spoken "two thousand" after a preposition of time, with no noun after it
    ("Programmers worry, since two thousand is a leap year.", date(1999, 12, 30),
     [("two thousand", "DATE", "2000")]),
    ("In two thousand cases, it failed.", date(1999, 12, 30), []),
    # round 97d: "a year ago" after a month of the same sentence is that month a year back,
    # not the quarter the story is about (nor a month that only bounds a span)
    ("Sales rose in the third quarter. Domestic car sales fell 12% in mid-October from a year ago.",
     date(1989, 10, 26), [("the third quarter", "DATE", "1989-Q3", None), ("mid-October", "DATE", "1989-10", "MID"),
                          ("a year ago", "DATE", "1988-10", None)]),
    ("Prices have jumped since mid-January and are now higher than a year ago.", date(2012, 2, 27),
     [("mid-January", "DATE", "2012-01", "MID"), ("now", "DATE", "PRESENT_REF", None),
      ("a year ago", "DATE", "2011", None)]),
    # rounds 95c, 97b: "about" before a 24-hour clock time is its approximation, as before
    # "about 2 p.m."
    ("Farage told supporters at about 04:00 that it was over.", date(2016, 6, 24),
     [("about 04:00", "TIME", "2016-06-24T04:00", "APPROX")]),
    # rounds 94a, 96c, 97d: a fiscal year that ends in January to March ends in the year
    # after the one it is named for (Japan's, most American retailers'), unless told as over
    # before that could be
    ("Sales for fiscal 2014, which ends Jan. 31, will rise.", date(2014, 9, 10),
     [("fiscal 2014", "DATE", "2014"), ("Jan. 31", "DATE", "2015-01-31")]),
    ("In fiscal 2012, which ended in March, the economy grew 1.2 percent.", date(2013, 8, 12),
     [("fiscal 2012", "DATE", "2012"), ("March", "DATE", "2013-03")]),
    ("It reported revenue for fiscal 2013, which ended on March 31, down from a year earlier.",
     date(2013, 6, 10), [("fiscal 2013", "DATE", "2013"), ("March 31", "DATE", "2013-03-31"),
                         ("a year earlier", "DATE", "2012")]),
    ("In fiscal 2012, which ended June 30, sales rose.", date(2013, 8, 12),
     [("fiscal 2012", "DATE", "2012"), ("June 30", "DATE", "2012-06-30")]),
    # round 98a: a clock time told in the past, in a sentence with no day of its own, falls
    # on the day the lead told as "early Sunday" (before 8 a.m.) or "late Tuesday" (from
    # 6 p.m.), not on the day officials spoke
    ("A quake struck southern Peru early Sunday. The toll rose to 31 on Tuesday, officials said. "
     "The quake hit at 3:47 a.m. near Arequipa.", date(2012, 2, 7),
     [("early Sunday", "DATE", "2012-02-05"), ("Tuesday", "DATE", "2012-02-07"),
      ("3:47 a.m.", "TIME", "2012-02-05T03:47")]),
    ("A suspect was arrested late Wednesday. The deputy died early Monday, officials said on "
     "Thursday. He was taken into custody at 11:30 p.m. at a motel.", date(2013, 8, 29),
     [("late Wednesday", "DATE", "2013-08-28"), ("early Monday", "DATE", "2013-08-26"),
      ("Thursday", "DATE", "2013-08-29"), ("11:30 p.m.", "TIME", "2013-08-28T23:30")]),
    ("A quake struck early Sunday. Officials will meet on Tuesday. They will start at 7 a.m.",
     date(2012, 2, 6), [("early Sunday", "DATE", "2012-02-05"), ("Tuesday", "DATE", "2012-02-07"),
                        ("7 a.m", "TIME", "2012-02-07T07:00")]),
    # round 99a: what is called for lies ahead, with no article before the plural
    ("Brotherhood leaders called for mass marches on Friday.", date(2013, 7, 16),
     [("Friday", "DATE", "2013-07-19")]),
    # round 99c: the figure a forecast is compared with is one already out
    ("Economists expect a gain of about 90,000 nonfarm jobs, down from 175,000 in March.",
     date(1990, 5, 3), [("March", "DATE", "1990-03")]),
    ("Sales will rise to $5 billion in June, up from $4 billion in February.", date(1990, 5, 3),
     [("June", "DATE", "1990-06"), ("February", "DATE", "1990-02")]),
    # round 99d: "last year before easing ... in February": a later step, not last year's month
    ("Inflation topped 300% last year before easing to about 63% in February.", date(2023, 4, 10),
     [("last year", "DATE", "2022"), ("February", "DATE", "2023-02")]),
    # rounds 97a and 100a: "the quarter" is the one the story reports on, not one it
    # compares with nor one of its background
    ("Revenue rose in the fourth quarter. It was $1.1 billion in the year-earlier quarter. "
     "Fees rose 41 percent in the quarter.", date(2013, 1, 17),
     [("the fourth quarter", "DATE", "2012-Q4"), ("the year-earlier quarter", "DATE", "2011-Q4"),
      ("the quarter", "DATE", "2012-Q4")]),
    ("Profit rose in the third quarter. Its loss in the fourth quarter of 2008 was its worst. "
     "It set aside $2 billion in the quarter.", date(2013, 10, 17),
     [("the third quarter", "DATE", "2013-Q3"), ("the fourth quarter of 2008", "DATE", "2008-Q4"),
      ("the quarter", "DATE", "2013-Q3")]),
    # round 100a: "the second half" is last year's when told in the past in the first half,
    # not when told in the present
    ("The second half of the year is what matters now.", date(2013, 3, 4),
     [("The second half of the year", "DATE", "2013-H2"), ("now", "DATE", "PRESENT_REF")]),
    ("Sales rose in the second half.", date(2013, 3, 4), [("the second half", "DATE", "2012-H2")]),
    # rounds 93c, 100a: present tenses that schedule: "reports on", "breaks for", and "we go"
    # after a fronted day
    ("JPMorgan reported on Monday. Morgan Stanley reports on Friday.", date(2013, 10, 17),
     [("Monday", "DATE", "2013-10-14"), ("Friday", "DATE", "2013-10-18")]),
    ("Parliament, which breaks for its recess on Thursday, passed a law in April.", date(2013, 7, 22),
     [("Thursday", "DATE", "2013-07-25"), ("April", "DATE", "2013-04")]),
    ("We are celebrating tonight. Then on Tuesday we go to work.", date(2012, 8, 6),
     [("tonight", "TIME", "2012-08-06TNI"), ("Tuesday", "DATE", "2012-08-07")]),
    # rounds 95a, 98c, 100b: "the past year" is the last twelve months and lends no year to
    # the months after it
    ("Prices have fallen by half over the past year, hitting a record low in early January.",
     date(2012, 3, 15), [("the past year", "DATE", "2011"), ("early January", "DATE", "2012-01")]),
    # round 101d: "follows Wednesday" schedules; "forecasts" before "despite" is a noun
    ("JPMorgan reports next week. Bank of America follows Wednesday.", date(2014, 1, 10),
     [("next week", "DATE", "2014-W03"), ("Wednesday", "DATE", "2014-01-15")]),
    ("Retailers' November sales miss forecasts despite strong Black Friday", date(2012, 12, 6),
     [("November", "DATE", "2012-11"), ("Black Friday", "DATE", "2012-11-23")]),
    # round 101a: the year of an apposition (", the 2012 champion,") is not the sentence's
    ("Wiggins, the 2012 champion, pulled out of the race in May with a knee injury.",
     date(2013, 6, 20), [("2012", "DATE", "2012"), ("May", "DATE", "2013-05")]),
    # round 101d: "Thanksgiving fell so late, on Nov. 28": the one that falls on the day given
    ("The season is shorter because Thanksgiving fell so late, on Nov. 28.", date(2013, 12, 2),
     [("Thanksgiving", "DATE", "2013-11-28"), ("Nov. 28", "DATE", "2013-11-28")]),
    # rounds 94b, 101a, 102d: a race time is one length, with a third unit, a fraction of
    # a second, or a number word first
    ("He covered the course in 1 hour 12 minutes 15 seconds.", date(2016, 8, 10),
     [("1 hour 12 minutes 15 seconds", "DURATION", "PT1H12M15S")]),
    ("Both were timed at 1 minute 41.57 seconds.", date(2014, 2, 13),
     [("1 minute 41.57 seconds", "DURATION", "PT1M41.57S")]),
    ("The match lasted four hours 50 minutes.", date(2013, 1, 5), [("four hours 50 minutes", "DURATION", "PT4H50M")]),
    ("It took 2 hours, 7 minutes and 43 seconds.", date(2013, 1, 5),
     [("2 hours, 7 minutes and 43 seconds", "DURATION", "PT2H7M43S")]),
    # round 102d: a fixture told in the present after its weekday's possessive lies ahead
    ("Tuesday's kickoff in Belo Horizonte is at 5 p.m. (2000 GMT).", date(2014, 7, 6),
     [("Tuesday", "DATE", "2014-07-08"), ("5 p.m.", "TIME", "2014-07-08T17:00"),
      ("2000 GMT", "TIME", "2014-07-08T20:00")]),
    ("Monday's ruling is a blow to the company.", date(2013, 6, 29), [("Monday", "DATE", "2013-06-24")]),
    # rounds 101b, 102c: "the fall whether", "the fall looks": no noun after the season, so
    # "the" is its
    ("Clinton is expected to decide in the fall whether to begin deployment.", date(2000, 5, 10),
     [("the fall", "DATE", "2000-FA")]),
    # round 102a: "a year ago" after a month given with its year counts from the DCT
    ("The Fed launched bond buying in September 2012 and expanded it a year ago.", date(2013, 12, 17),
     [("September 2012", "DATE", "2012-09"), ("a year ago", "DATE", "2012")]),
    # round 102b: one weekday named twice in a sentence is one day
    ("The flight left Kuala Lumpur at 12:41 a.m. Saturday and was due to land in Beijing at "
     "6:30 a.m. Saturday.", date(2014, 3, 9),
     [("12:41 a.m. Saturday", "TIME", "2014-03-08T00:41"), ("6:30 a.m. Saturday", "TIME", "2014-03-08T06:30")]),
    # rounds 94b, 102d: "can" looks ahead, as "could" and "may" do
    ("\"It's not over. Anything can happen on Friday,\" he said.", date(2014, 2, 13),
     [("Friday", "DATE", "2014-02-14")]),
    # rounds 96c, 103b: "a year earlier" after "the quarter, which ended on June 29" is that
    # quarter a year back, or the quarter as named ("its fiscal fourth quarter, which ended")
    ("Net income for the quarter, which ended on June 29, fell to $6.9 billion from $8.8 billion "
     "a year earlier.", date(2013, 7, 24),
     [("the quarter", "DATE", "2013-Q2"), ("June 29", "DATE", "2013-06-29"), ("a year earlier", "DATE", "2012-Q2")]),
    # round 103b: "the quarter ending in September" is the quarter of that month
    ("For the quarter ending in September, Apple forecast revenue of $34 billion.", date(2013, 7, 24),
     [("the quarter", "DATE", "2013-Q3"), ("September", "DATE", "2013-09")]),
    # round 103a: what is planned lies ahead, with where it is planned before the day
    ("Unions plan a rally in Dhaka on Friday afternoon.", date(2013, 5, 7),
     [("Friday afternoon", "TIME", "2013-05-10TAF")]),
    # round 103c: "since late summer" is the last summer begun, not one ahead
    ("Wagner fighters have reportedly been fighting in Sudan since late summer.", date(2024, 4, 14),
     [("late summer", "DATE", "2023-SU")]),
    # round 103c: "the 22 December deadline": "the" is the noun's, not the date's
    ("Niger is meeting the 22 December deadline set by the military government.", date(2023, 12, 25),
     [("22 December", "DATE", "2023-12-22")]),
    # round 103d: a month and day in a clause of what happens every year is any year's
    ("The season, which runs annually from June 1 to Nov. 30, has been active.", date(1998, 9, 27),
     [("annually", "SET", "P1Y"), ("June 1", "DATE", "XXXX-06-01"), ("Nov. 30", "DATE", "XXXX-11-30")]),
    ("Drills, which the North condemns every year, are scheduled to begin on March 1.", date(2013, 2, 13),
     [("every year", "SET", "P1Y"), ("March 1", "DATE", "2013-03-01")]),
    # round 104c: a deadline told in the present lies ahead
    ("The deadline to register is July 28, Miranda said.", date(2014, 4, 16), [("July 28", "DATE", "2014-07-28")]),
    # round 104b: "the January 7 assault": only the past holds an assault
    ("The attacks came 10 months after the January 7 assault on the magazine.", date(2015, 11, 14),
     [("10 months", "DURATION", "P10M"), ("January 7", "DATE", "2015-01-07")]),
    # round 104d: a part of the day after "yesterday" belongs to a 24-hour-style clock time too
    ("The raid began at about 5:15 yesterday morning, when agents arrived.", date(2000, 4, 23),
     [("about 5:15 yesterday morning", "TIME", "2000-04-22T05:15")]),
    # rounds 99b, 101a, 104c: a clock time of what happens every day is any day's
    ("Early voting centers are open from 10 a.m. to 8 p.m. each day.", date(2012, 10, 25),
     [("10 a.m.", "TIME", "XXXX-XX-XXT10:00"), ("8 p.m.", "TIME", "XXXX-XX-XXT20:00"), ("each day", "SET", "P1D")]),
    ("He arrived at 8 p.m. and left daily reports.", date(2012, 10, 25),
     [("8 p.m.", "TIME", "2012-10-25T20:00"), ("daily", "SET", "P1D")]),
    # round 104a: a day in a "since" aside sets no scene for the clock times after it
    ("The jury began deliberating Friday afternoon. The jury, sequestered since the trial opened "
     "on June 24, received the case at 2:30 p.m.", date(2013, 7, 12),
     [("Friday afternoon", "TIME", "2013-07-12TAF"), ("June 24", "DATE", "2013-06-24"),
      ("2:30 p.m", "TIME", "2013-07-12T14:30")]),
    # round 105b: "took office in December", told in November, is last December
    ("Prime Minister Shinzo Abe, who took office in December, has pushed for growth.", date(2013, 11, 12),
     [("December", "DATE", "2012-12")]),
    # round 105b: "Challenger, Gray & Christmas" is a firm's name
    ("said Andrew Challenger of the outplacement firm Challenger, Gray & Christmas.", date(2013, 11, 12), []),
    # round 105c: the year of a record's aside lends the sentence no year
    ("The outbreak, the worst since the virus was first identified in 1976, was only confirmed in March.",
     date(2014, 6, 10), [("1976", "DATE", "1976"), ("March", "DATE", "2014-03")]),
    # round 105a: "plan" looks ahead as "plans" does (not "The plan in ...": a noun)
    ("Women's groups plan a candlelight march in December.", date(2013, 9, 13), [("December", "DATE", "2013-12")]),
    # round 105c: a story's first line, short and with no full stop, is its headline:
    # "X to appear on Monday" looks ahead (not "surge to six-year high in May")
    ("Ivory Coast's Gbagbo to appear before ICC judges on Monday\n\nABIDJAN (Reuters) - He will appear.",
     date(2011, 11, 29), [("Monday", "DATE", "2011-12-05")]),
    ("New home sales surge to six-year high in May\n\nSales rose.", date(2014, 6, 24),
     [("six-year", "DURATION", "P6Y"), ("May", "DATE", "2014-05")]),
    # round 106b: "two televised debates": an adjective after a count, so "will" decides
    ("The candidates will meet for two televised debates this weekend, Saturday night in "
     "Manchester and Sunday morning in Concord.", date(2012, 1, 4),
     [("this weekend", "DATE", "2012-W01-WE"), ("Saturday night", "TIME", "2012-01-07TNI"),
      ("Sunday morning", "TIME", "2012-01-08TMO")]),
    # rounds 94c, 96a, 106a: a forecast's chance of weather on a day, and what forecasters
    # warned of, lie ahead
    ("Storms may return, forecasters warned, with a 40 percent chance of severe weather Friday afternoon.",
     date(2013, 5, 23), [("Friday afternoon", "TIME", "2013-05-24TAF")]),
    ("Forecasters warned of more severe storms on Wednesday.", date(2013, 5, 21), [("Wednesday", "DATE", "2013-05-22")]),
    # rounds 102c, 106b: "heading into Tuesday's primaries", "on the eve of Tuesday's primary"
    ("Santorum gained fresh momentum heading into Tuesday's primaries in Alabama.", date(2012, 3, 11),
     [("Tuesday", "DATE", "2012-03-13")]),
    ("He spoke at a rally on the eve of Tuesday's Virginia primary.", date(2000, 2, 28),
     [("Tuesday", "DATE", "2000-02-29")]),
    # round 106d: "Friday's employment report for February, due at 8:30": ahead
    ("Traders are focused on Friday's employment report for February, due at 8:30 a.m. EST.",
     date(1998, 3, 2), [("Friday", "DATE", "1998-03-06"), ("February", "DATE", "1998-02"),
                        ("8:30 a.m. EST", "TIME", "1998-03-02T08:30")]),
    # round 106c: "the Christmas recess", told on Jan. 5: the break under way
    ("MPs will be recalled from the Christmas recess to vote on Wednesday.", date(2021, 1, 5),
     [("Christmas", "DATE", "2020-12-25"), ("Wednesday", "DATE", "2021-01-06")]),
    # rounds 95a, 99a, 107a: holidays of the table: Reconciliation Day, Mandela Day and
    # St. Andrew's Day
    ("South Africa marks Reconciliation Day, a public holiday, on Monday.", date(2013, 12, 15),
     [("Reconciliation Day", "DATE", "2013-12-16"), ("Monday", "DATE", "2013-12-16")]),
    # round 107b: a month after a possessive names an event, the one nearest the DCT
    ("Investors await the minutes of the Federal Reserve's January meeting, scheduled for release "
     "on Wednesday afternoon.", date(2012, 2, 10),
     [("January", "DATE", "2012-01"), ("Wednesday afternoon", "TIME", "2012-02-15TAF")]),
    # round 107b: "reports consumer prices for August on Tuesday morning": a present that
    # schedules, with its object before the day
    ("Also on the calendar: The Labor Department reports consumer prices for August on Tuesday morning.",
     date(2013, 9, 14), [("August", "DATE", "2013-08"), ("Tuesday morning", "TIME", "2013-09-17TMO")]),
    # round 107d: "holidays have been declared for Tuesday": ahead
    ("Public holidays have been declared for Tuesday and Wednesday.", date(1997, 6, 27),
     [("Tuesday", "DATE", "1997-07-01"), ("Wednesday", "DATE", "1997-07-02")]),
    # round 107b: "a year ago" beside "today" is the year before, not the story's quarter
    ("Profit rose in the fourth quarter. The national average hit $3.42 a gallon today, 10 cents "
     "below where it was a year ago.", date(2013, 1, 10),
     [("the fourth quarter", "DATE", "2012-Q4"), ("today", "DATE", "2013-01-10"), ("a year ago", "DATE", "2012")]),
    # rounds 98b, 108b: "Under the six-month accord": a preposition, no bound on the length
    ("Under the six-month accord, Iran will curb its program.", date(2013, 11, 24),
     [("six-month", "DURATION", "P6M", None)]),
    ("The talks lasted under six months.", date(2013, 11, 24), [("under six months", "DURATION", "P6M", "LESS_THAN")]),
    # round 108d: an apposition opened by a participle ("an Oscar II-class vessel
    # commissioned in December 1994,") lends the sentence no year
    ("The Kursk, an Oscar II-class vessel commissioned in December 1994, sank during naval "
     "exercises on Aug. 12.", date(2000, 8, 19),
     [("December 1994", "DATE", "1994-12"), ("Aug. 12", "DATE", "2000-08-12")]),
    # round 108b: "imposed nightly ... from 10 p.m. until 6 a.m.": every night's hours
    ("Curfews will be imposed nightly in several provinces from 10 p.m. until 6 a.m.", date(2014, 6, 12),
     [("nightly", "SET", "P1D"), ("10 p.m.", "TIME", "XXXX-XX-XXT22:00"), ("6 a.m", "TIME", "XXXX-XX-XXT06:00")]),
    # rounds 101d, 108c: AP's headline quarter "3Q" and a bare "Q3" before what they report
    ("Gulf Coast Petroleum's 3Q profit slips as refining margins narrow", date(2012, 10, 30),
     [("3Q", "DATE", "2012-Q3")]),
    ("China Q3 GDP growth slowest since 2009", date(2014, 10, 20), [("Q3", "DATE", "2014-Q3"), ("2009", "DATE", "2009")]),
    ("He drove a Q3 sedan to the 3Q store.", date(2012, 10, 30), []),
    # rounds 92d, 95d, 97d, 101c, 106d, 109d: after results for nine (or six) months, a
    # year-ago comparison is of those months, a year back, not of the story's quarter (as
    # the dev set's wsj_0167, wsj_0950, wsj_1011 and wsj_1013 have it)
    ("Profit rose in the third quarter. For the nine months, net income was $97.8 million, "
     "compared with $71 million in the year-earlier period.", date(1989, 11, 14),
     [("the third quarter", "DATE", "1989-Q3"), ("the nine months", "DURATION", "P9M"),
      ("the year-earlier period", "DATE", "1988")]),
    ("Profit rose in the third quarter. For the nine months, net was $97.8 million, up from $71 "
     "million a year earlier.", date(1989, 11, 14),
     [("the third quarter", "DATE", "1989-Q3"), ("the nine months", "DURATION", "P9M"),
      ("a year earlier", "DATE", "1988")]),
    # rounds 96c, 109a: an AP story from New York that names Canada once is still
    # American: its Thanksgiving is the US one
    ("NEW YORK (AP) - The retailer, which entered the Canadian market in 2011, opened its doors "
     "at 8 p.m. on Thanksgiving Day.", date(2012, 11, 27),
     [("2011", "DATE", "2011"), ("8 p.m.", "TIME", "2012-11-22T20:00"), ("Thanksgiving Day", "DATE", "2012-11-22")]),
    # round 110c: the year of the results a company will publish lends the sentence no year
    ("The company plans to publish its 2019 results in February.", date(2019, 10, 10),
     [("2019", "DATE", "2019"), ("February", "DATE", "2020-02")]),
    # rounds 93b, 94b, 95a, 103a, 106c, 108b: "in the early hours of Sept. 4" tags the day
    # alone, as "the night of Oct. 23" does (the dev set's APW19991008.0151 has it so)
    ("Prosecutors say he shot her in the early hours of Sept. 4, 2010.", date(2012, 4, 26),
     [("Sept. 4, 2010", "DATE", "2010-09-04")]),
    # rounds 96b, 99d, 105a, 110d: bare plural lengths in contrasts and schedules
    ("Analysts said the war could last months rather than weeks.", date(1991, 1, 17),
     [("months", "DURATION", "PXM"), ("weeks", "DURATION", "PXW")]),
    ("The shipment left on Jan. 7, weeks behind schedule.", date(2014, 1, 22),
     [("Jan. 7", "DATE", "2014-01-07"), ("weeks", "DURATION", "PXW")]),
    ("Yemen needs weeks of calm, not hours.", date(2015, 4, 20),
     [("weeks", "DURATION", "PXW"), ("hours", "DURATION", "PTXH")]),
    ("It may be days, it may be months.", date(2013, 1, 30), [("days", "DURATION", "PXD"), ("months", "DURATION", "PXM")]),
    # rounds 96c, 97d, 101a, 108c, 109b: "a year earlier" after a quarter named in its
    # sentence ("in the quarter", "first-quarter earnings") is that quarter a year back
    ("Profit rose in the first quarter. The airline's net loss was $124 million in the quarter, "
     "compared with a loss of $286 million a year earlier.", date(2012, 4, 26),
     [("the first quarter", "DATE", "2012-Q1"), ("the quarter", "DATE", "2012-Q1"),
      ("a year earlier", "DATE", "2011-Q1")]),
    ("The company said its fourth-quarter earnings, which it will report March 14, will be below "
     "the $180 million it earned a year earlier.", date(1991, 3, 4),
     [("fourth-quarter", "DATE", "1990-Q4"), ("March 14", "DATE", "1991-03-14"),
      ("a year earlier", "DATE", "1989-Q4")]),
    # round 96a: after a fiscal quarter that runs ahead of the calendar's, "the quarter" told
    # in the past is that quarter, not the calendar quarter before the DCT's
    ("Lennar reported fiscal second-quarter profit on Monday. Orders rose 13 percent in the "
     "quarter from the same period last year.", date(2014, 6, 17),
     [("fiscal second-quarter", "DATE", "2014-Q2"), ("Monday", "DATE", "2014-06-16"),
      ("the quarter", "DATE", "2014-Q2"), ("the same period last year", "DATE", "2013-Q2")]),
])
def test_review_round_nineteen(sentence: str, dct: date | None, expected: list[tuple[str, ...]]) -> None:
    assert_found(sentence, dct, expected)
