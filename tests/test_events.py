"""The events layer: clauses, titles, anchors, and how each clause gets its time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.corpus import document_from_text
from explorer.events import Event
from explorer.events.clauses import find_cuts, split_clauses
from explorer.events.extract import extract_events
from explorer.pipeline import tag_document
from explorer.temporal import Timex, tag


@dataclass(frozen=True)
class FakeMention:
    start: int
    end: int
    text: str
    actor_id: str
    name: str
    type: str


class FakeAnnotations:
    """Marks every capitalised name from a fixed list; no themes. Keeps these tests about
    the events layer alone."""

    def __init__(self, text: str, names: list[str]) -> None:
        self.mentions = []
        for name in names:
            i = text.find(name)
            while i >= 0:
                self.mentions.append(FakeMention(i, i + len(name), name, name.lower(), name, "state"))
                i = text.find(name, i + 1)
        self.mentions.sort(key=lambda m: m.start)

    def mentions_in(self, start: int, end: int) -> list[FakeMention]:
        return [m for m in self.mentions if start <= m.start < end]

    def themes_in(self, start: int, end: int) -> tuple[str, ...]:
        return ()


def events_of(text: str, dct: date | None = date(2023, 2, 7), names: tuple[str, ...] = ()) -> list[Event]:
    doc = document_from_text(text, "t.txt", dct, warn=lambda _: None)
    return extract_events(doc, tag_document(doc), FakeAnnotations(doc.text, list(names)))


def by_title(events: list[Event], words: str) -> Event:
    found = [e for e in events if words.lower() in e.title.lower()]
    assert found, [e.title for e in events]
    return found[0]


def test_since_clause_gives_two_events() -> None:
    evs = events_of(
        "It has instead lionised Moscow after despatching heavy equipment to Bamako on several "
        "occasions since the army seized power in August 2020."
    )
    seized = by_title(evs, "army seized power")
    assert seized.when and seized.when.value == "2020-08" and not seized.when.ongoing
    assert seized.title == "Army seized power"
    sent = by_title(evs, "despatching heavy equipment")
    assert sent.when and sent.when.value == "2020-08" and sent.when.ongoing
    assert sent.when.start == date(2020, 8, 1)


def test_duration_since_clause_is_bounded_before_dct_minus_duration() -> None:
    evs = events_of("It is now more than a year since the fighters began operating in the north.")
    ev = by_title(evs, "fighters began operating")
    assert ev.when is not None
    assert ev.when.mod == "BEFORE" and ev.when.anchor == "relative"
    assert ev.when.end == date(2022, 2, 7)
    assert not any(e.title.lower().startswith("it is") for e in evs)


def test_present_perfect_is_anchored_at_dct_but_not_in_quotes() -> None:
    evs = events_of('The minister has promised support. "We have won the war," he said.')
    promise = by_title(evs, "has promised support")
    assert promise.when and promise.when.anchor == "tense" and promise.when.start == date(2023, 2, 7)
    assert not any(e.when and e.when.anchor == "tense" and "won the war" in e.title for e in evs)


def test_relative_dates_resolve_against_dct() -> None:
    evs = events_of("Last year, the country turned its back on its former ally. Casualties doubled last month.")
    turned = by_title(evs, "turned its back")
    assert turned.when and turned.when.value == "2022" and turned.when.anchor == "relative"
    assert turned.title.startswith("Country turned its back")
    doubled = by_title(evs, "casualties doubled")
    assert doubled.when and doubled.when.value == "2023-01"


def test_relative_clause_borrows_its_antecedent() -> None:
    evs = events_of(
        "Mali, which has been battling an insurgency since 2012, signed a deal.", names=("Mali",)
    )
    ev = by_title(evs, "battling an insurgency")
    assert ev.title.startswith("Mali has been battling")
    assert ev.when and ev.when.value == "2012" and ev.when.ongoing
    assert [a.name for a in ev.actors] == ["Mali"]


def test_range_is_one_interval() -> None:
    evs = events_of("The mission ran from 2013 until 2023 in the north.")
    ev = by_title(evs, "mission ran")
    assert ev.when and (ev.when.start, ev.when.end) == (date(2013, 1, 1), date(2023, 12, 31))


def test_undated_sentence_gives_one_undated_event() -> None:
    evs = events_of("These include fighter jets and helicopters.")
    assert len(evs) == 1 and evs[0].when is None
    assert evs[0].title == "These include fighter jets and helicopters"


def test_no_dct_leaves_tense_events_undated() -> None:
    evs = events_of("The minister has promised support.", dct=None)
    assert all(e.when is None for e in evs)


def test_ids_are_stable_and_offsets_point_at_the_sentence() -> None:
    text = "The army seized power in August 2020. Elections were held in 2022."
    a, b = events_of(text), events_of(text)
    assert [e.id for e in a] == [e.id for e in b]
    assert len({e.id for e in a}) == len(a)
    for e in a:
        assert text[e.offsets[0] : e.offsets[1]] == e.sentence


@pytest.mark.parametrize(
    ("sentence", "n"),
    [
        ("Since 2012 the country has fought.", 1),
        ("The war began in 2012, and the talks began in 2015.", 2),
        ("It pre-dates that and has been growing.", 1),
    ],
)
def test_clause_split(sentence: str, n: int) -> None:
    timexes: list[Timex] = tag(sentence, date(2023, 2, 7))
    clauses = split_clauses(sentence, 0, len(sentence), timexes)
    assert sum(1 for c in clauses if c.timexes) == sum(1 for t in timexes if t.type == "DATE")
    assert len(clauses) >= n


@pytest.mark.parametrize(
    ("sentence", "mod"),
    [
        ("Talks collapsed after the rebels seized the town in March 2021.", "AFTER"),
        ("Talks collapsed before the rebels seized the town in March 2021.", "BEFORE"),
        ("Talks collapsed when the rebels seized the town in March 2021.", None),
    ],
)
def test_clause_dated_by_the_clause_it_governs(sentence: str, mod: str | None) -> None:
    ev = by_title(events_of(sentence), "talks collapsed")
    assert ev.when is not None and ev.when.value == "2021-03"
    assert ev.when.mod == mod and ev.when.anchor == "narrative"


def test_reported_speech_in_backtick_quotes_is_not_dct_news() -> None:
    evs = events_of("``I have lost a son,'' the father told reporters.")
    assert not any(e.when and e.when.anchor == "tense" for e in evs)


def test_clause_after_an_interruption_borrows_the_sentence_head() -> None:
    evs = events_of("The war, which began on April 15, has killed more than 1,800 people.")
    began = by_title(evs, "began")
    # written on 7 February 2023, a war that "began" on April 15 began in 2022
    assert began.title == "War began" and began.when and began.when.value == "2022-04-15"
    killed = by_title(evs, "killed")
    assert killed.title.startswith("War has killed")
    assert killed.when and killed.when.anchor == "tense"


def test_noun_phrase_since_clause_is_not_ongoing() -> None:
    evs = events_of("The junta expelled the envoy, the latest escalation since soldiers ousted the president in July.")
    assert not any(e.when and e.when.ongoing for e in evs)
    ousted = by_title(evs, "ousted the president")
    assert ousted.when and ousted.when.value == "2022-07"


def test_trailing_date_goes_back_to_the_clause_with_a_verb() -> None:
    evs = events_of(
        "The decision follows a report that accused soldiers of killing 223 villagers, "
        "including 56 children, in February.",
        dct=date(2024, 4, 30),
    )
    ev = by_title(evs, "accused soldiers")
    assert ev.when and ev.when.value == "2024-02"
    assert not any(e.title.lower().startswith("including") for e in evs)


def test_dated_introductory_phrase_joins_its_clause() -> None:
    evs = events_of("In a statement on Tuesday, the bloc said it was deeply concerned.",
                    dct=date(2024, 4, 30))
    ev = by_title(evs, "bloc said")
    assert ev.title.startswith("Bloc said")
    assert ev.when and ev.when.value == "2024-04-30"


@pytest.mark.parametrize(
    "text",
    [
        "The army, which seized power in 2020, said so; Since then — the talks stalled.",
        "In İstanbul, which hosted talks after the war, officials said that ſome left.",
        "Iı ı WHICH Which which-way whichever: AFTER after",
    ],
)
def test_fast_cut_scan_finds_what_the_plain_scan_finds(text: str) -> None:
    assert find_cuts(text) == _plain_cuts(text)


def _plain_cuts(text: str, start: int = 0) -> list[tuple[int, int, str | None]]:
    from explorer.events.clauses import _cut_pattern

    return [
        (m.start(), m.end() if m.lastgroup == "p" else m.start(),
         None if m.lastgroup == "p" else " ".join(m.group(0).lower().split()))
        for m in _cut_pattern().finditer(text, start)
    ]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab ,;:-\u2013\u2014\"\u201c\u201d`'.\n", max_size=30),
       st.integers(min_value=0, max_value=3))
def test_fast_cut_scan_agrees_on_punctuation_runs(text: str, start: int) -> None:
    # dashes between blanks share their blanks ("\n\u2014\n-\n"); a scan may start on one
    assert find_cuts(text, start) == _plain_cuts(text, start)


def test_a_dated_intro_joins_a_clause_that_has_only_a_rate() -> None:
    evs = events_of("In the first half of 2022, the army fired 3,000 shells a month.")
    assert [(e.title, e.when.value if e.when else None) for e in evs] == [
        ("Army fired 3,000 shells a month", "2022-H1")]


def test_titles_keep_currency_signs_with_their_amounts() -> None:
    evs = events_of("In March 2022 Congress approved a $61 billion package.")
    assert evs[0].title == "Congress approved a $61 billion package"
    evs = events_of("Last year the bank raised £2 billion.")
    assert evs[0].title == "Bank raised £2 billion"


def test_titles_put_an_inverted_reporting_verb_after_its_subject() -> None:
    evs = events_of('"Roads are cut," said a WFP spokesperson on Monday.')
    assert by_title(evs, "spokesperson").title == "A WFP spokesperson said Roads are cut"


def test_a_relative_clause_in_the_present_borrows_its_subject() -> None:
    evs = events_of("Rains cut roads, as the rainy season, which runs from June to September, "
                    "began.")
    assert by_title(evs, "runs").title == "Rainy season runs"


def test_a_coordinated_clause_without_subject_borrows_the_first_one() -> None:
    evs = events_of("Ukrenergo said power was restored on Sunday, but warned of blackouts "
                    "over the weekend.")
    assert by_title(evs, "warned").title == "Ukrenergo warned of blackouts"


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        # the words leading to a date go with it
        ("Tax cuts first enacted in 2001 and 2003 expired.", "Tax cuts first enacted expired"),
        ("The House could vote as early as Wednesday.", "House could vote"),
        # a relative clause takes the whole noun phrase, across "for" before a quantity
        ("Benefits for 2 million people, which expired on Saturday, were extended.",
         "Benefits for 2 million people expired"),
        # a participle after a comma takes the noun before it
        ("Officials said the dam, built in the late 19th century, is safe.", "Dam built"),
        # a date that is the subject stays in the title
        ("That winter was the coldest in 30 years.", "That winter was the coldest in 30 years"),
        # every preposition leading to a date goes with it
        ("Negotiators worked through the weekend and into early Sunday to resolve differences.",
         "Negotiators worked to resolve differences"),
        # ... but not one before a possessive date, which qualifies the noun after it
        ("The offer is a 24% premium over Thursday's closing price.",
         "Offer is a 24% premium over closing price"),
        # "the quarter ended Sept. 30" is a time phrase, not a clause of its own
        ("For the quarter ended Sept. 30, Delta posted net income of $133 million.",
         "Delta posted net income of $133 million"),
    ],
)
def test_titles_of_clauses_around_dates(sentence: str, title: str) -> None:
    evs = events_of(sentence)
    assert title in [e.title for e in evs], [e.title for e in evs]


def test_an_elliptical_clause_repeats_its_head() -> None:
    evs = events_of("The river flooded in 1985, and again in the spring of 1998.")
    assert [(e.title, e.when.value if e.when else None) for e in evs] == [
        ("River flooded", "1985"), ("River flooded", "1998-SP")]


def test_a_bare_report_is_titled_with_what_was_said() -> None:
    evs = events_of("The agency AFAD said on Thursday that 6,400 buildings had collapsed.")
    assert evs[0].title == "Agency AFAD said 6,400 buildings had collapsed"
    evs = events_of('"I cannot deliver the mandate," Truss said on Thursday.')
    assert by_title(evs, "Truss").title == "Truss said I cannot deliver the mandate"


def test_since_then_runs_from_the_last_dated_event() -> None:
    evs = events_of("Russia captured the town in November 2023. Since then, Russia has "
                    "regained the initiative.")
    ev = by_title(evs, "regained")
    assert ev.title == "Russia has regained the initiative"
    assert ev.when and ev.when.value == "2023-11" and ev.when.ongoing


def test_a_date_restated_after_a_comma_makes_one_event_on_the_written_date() -> None:
    evs = events_of("Soldiers had detained the president two days earlier, on July 26.",
                    date(2023, 8, 2))
    assert [(e.title, e.when.value if e.when else None) for e in evs] == [
        ("Soldiers had detained the president", "2023-07-26")]


def test_the_rest_of_a_list_after_a_comma_are_actors_too() -> None:
    evs = events_of("Officials met on Sunday with the Commission, the ECB and the IMF.",
                    names=("Commission", "ECB", "IMF"))
    assert [a.name for a in evs[0].actors] == ["Commission", "ECB", "IMF"]
    # a clause of its own keeps its actors
    evs = events_of("Officials met the Commission on Sunday, and the IMF left on Monday.",
                    names=("Commission", "IMF"))
    assert [[a.name for a in e.actors] for e in evs] == [["Commission"], ["IMF"]]


@pytest.mark.parametrize("sentence", [
    "Sales climbed 11 percent to $512 million from $461 million a year earlier.",
    "Turnout was 71.5 percent, slightly higher than in 2009.",
    "It was the driest year since 1895, officials said.",
    "The party will be absent for the first time since 1949.",
])
def test_a_point_of_comparison_does_not_date_the_event(sentence: str) -> None:
    assert all(e.when is None for e in events_of(sentence)), [(e.title, e.when) for e in events_of(sentence)]


def test_dates_near_comparisons_still_date_their_events() -> None:
    assert events_of("She testified for more than four hours on Friday.")[0].when.value == "2023-02-03"
    assert events_of("Prices have risen since 2008.")[0].when.ongoing
    assert events_of("Casualties rose over the weekend.")[0].when is not None
    # "at least" is no record, so "since Thursday" still dates the deaths
    assert events_of("At least 11 soldiers had died in the fighting since Thursday.")[0].when is not None


@pytest.mark.parametrize(("sentence", "title"), [
    # a long clause is cut where a phrase ends, a few words past the limit at most
    ("Cyprus clinched a last-ditch deal with international lenders to shut down its "
     "second-largest bank on Monday.",
     "Cyprus clinched a last-ditch deal with international lenders to shut down its second-largest bank"),
    ("The island's economy is expected to contract by at least 3.5 percent this year.",
     "Island's economy is expected to contract by at least 3.5 percent"),
    # ... or at a comma just before the limit
    ("Chancellor Angela Merkel began sounding out potential coalition partners on Tuesday, "
     "two days after a landslide election win.",
     "Chancellor Angela Merkel began sounding out potential coalition partners"),
    # ... and before a preposition that the limit would leave dangling
    ("The region has long been the staging ground for many of the attacks in 2012.",
     "Region has long been the staging ground for many"),
])
def test_long_titles_end_at_a_phrase_boundary(sentence: str, title: str) -> None:
    assert [e.title for e in events_of(sentence)] == [title]


def test_an_age_or_a_reporting_verb_is_no_borrowed_subject() -> None:
    evs = events_of("\"It was quiet,\" said Ramon Ortiz, 61, who has lived on Prospect Avenue since 1989.")
    assert by_title(evs, "Prospect").title == "Ramon Ortiz has lived on Prospect Avenue"
    # "said" followed by a pronoun is no inverted report
    evs = events_of("The mayor, Pedro Segarra, said he would meet with community leaders on Thursday.")
    assert by_title(evs, "community").title == "Mayor said he would meet with community leaders"


def test_a_weekly_habit_takes_no_weekday_or_clock_time_as_its_date() -> None:
    evs = events_of("The festival offers puppet shows every Saturday and Sunday morning at 11.")
    assert [e.when for e in evs] == [None]
    # a rate is no weekly habit, and a written date still places the habit
    assert events_of("Aftershocks came every 30 minutes on Monday.")[0].when.value == "2023-02-06"
    assert events_of("Talks were held every Friday since March 1.")[0].when is not None


def test_an_adjectival_date_stays_in_the_title_and_yields_to_an_adverbial_one() -> None:
    dct = date(2012, 10, 18)
    ev = events_of("Harwell reported a 12 percent rise in third-quarter profit on Thursday.", dct)[0]
    assert (ev.title, ev.when.value) == ("Harwell reported a 12 percent rise in third-quarter profit",
                                        "2012-10-18")
    ev = events_of("Third-quarter profit rose 12 percent.", dct)[0]
    assert (ev.title, ev.when.value) == ("Third-quarter profit rose 12 percent", "2012-Q3")


def test_a_possessive_before_a_participle_is_no_present_perfect() -> None:
    s = "The planes landed at Tacloban's wrecked airport."
    assert [e.when for e in events_of(s, dct=date(2013, 11, 13))] == [None]
    assert events_of("He's told me everything.", dct=date(2013, 11, 13))[0].when.value == "2013-11-13"
    assert events_of("It's been a hard year.", dct=date(2013, 11, 13))[0].when.value == "2013-11-13"


def test_the_speaker_after_a_dated_quote_is_an_actor_of_it() -> None:
    evs = events_of('"Today France is at war with terrorism," Defence Minister Le Drian told reporters.',
                    names=("France", "Le Drian"))
    assert [a.name for a in by_title(evs, "war").actors] == ["France", "Le Drian"]
