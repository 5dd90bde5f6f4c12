"""Hand-made events for the model and TUI tests: two short articles, every kind of date."""

from __future__ import annotations

from datetime import date

from explorer.events.event import ActorRef, DocInfo, Event, TimexRef, When
from explorer.model import Timeline

SUDAN = ActorRef("sudan", "Sudan", "state")
RSF = ActorRef("rsf", "Rapid Support Forces", "armed group")
SAF = ActorRef("saf", "Sudanese Armed Forces", "armed forces")
UN = ActorRef("un", "United Nations", "international organisation")
CHAD = ActorRef("chad", "Chad", "state")
BURHAN = ActorRef("burhan", "Abdel Fattah al-Burhan", "person")

DOC1_TEXT = (
    "Fighting in Khartoum enters second year\n"
    "The war between the Sudanese Armed Forces and the Rapid Support Forces began in April 2023.\n"
    "Last year, the United Nations said more than eight million people had fled.\n"
    "Gen Abdel Fattah al-Burhan has led the army since 2019.\n"
    "The Rapid Support Forces now control most of Darfur.\n"
    "Aid convoys crossed from Chad in early 2024.\n"
)
DOC2_TEXT = (
    "Chad reopens border crossing\n"
    "Chad closed the Adre crossing in February 2024 and reopened it on 15 August 2024.\n"
    "About 2013 the region saw an earlier wave of refugees.\n"
    "The United Nations welcomed the decision.\n"
)

DOC1 = DocInfo("d1", "articles/khartoum.md", "Fighting in Khartoum enters second year", "Wire",
               date(2024, 4, 15), "front-matter", DOC1_TEXT)
DOC2 = DocInfo("d2", "articles/adre.txt", "Chad reopens border crossing", None,
               date(2024, 8, 20), "inferred", DOC2_TEXT)


def _sent(text: str, sentence: str) -> tuple[int, int]:
    a = text.index(sentence)
    return (a, a + len(sentence))


def _when(value: str, start: date, end: date, gran: str, doc_text: str, sentence: str,
          timex: str | None, **kw: object) -> When:
    ref = None
    if timex is not None:
        a = doc_text.index(sentence) + sentence.index(timex)
        ref = TimexRef(timex, a, a + len(timex))
    return When(value, start, end, gran, timex=ref, **kw)  # type: ignore[arg-type]


def _ev(eid: str, doc: DocInfo, sentence: str, title: str, when: When | None,
        actors: tuple[ActorRef, ...], themes: tuple[str, ...], seq: int) -> Event:
    assert doc.text is not None
    return Event(eid, doc.id, title, sentence, _sent(doc.text, sentence), when, actors, themes,
                 seq)


S1 = "The war between the Sudanese Armed Forces and the Rapid Support Forces began in April 2023."
S2 = "Last year, the United Nations said more than eight million people had fled."
S3 = "Gen Abdel Fattah al-Burhan has led the army since 2019."
S4 = "The Rapid Support Forces now control most of Darfur."
S5 = "Aid convoys crossed from Chad in early 2024."
T1 = "Chad closed the Adre crossing in February 2024 and reopened it on 15 August 2024."
T2 = "About 2013 the region saw an earlier wave of refugees."
T3 = "The United Nations welcomed the decision."


def sample_events() -> list[Event]:
    d1, d2 = DOC1_TEXT, DOC2_TEXT
    return [
        _ev("d1:war", DOC1, S1, "war began",
            _when("2023-04", date(2023, 4, 1), date(2023, 4, 30), "month", d1, S1, "April 2023"),
            (SAF, RSF), ("military",), 0),
        _ev("d1:fled", DOC1, S2, "eight million people had fled",
            _when("2023", date(2023, 1, 1), date(2023, 12, 31), "year", d1, S2, "Last year",
                  anchor="relative"),
            (UN,), ("humanitarian",), 1),
        _ev("d1:led", DOC1, S3, "Burhan has led the army",
            _when("2019", date(2019, 1, 1), date(2024, 4, 15), "year", d1, S3, "2019",
                  ongoing=True),
            (BURHAN, SAF), ("governance/coup", "military"), 2),
        _ev("d1:control", DOC1, S4, "RSF control most of Darfur",
            _when("PRESENT_REF", date(2024, 4, 15), date(2024, 4, 15), "day", d1, S4, None,
                  anchor="tense"),
            (RSF,), ("military",), 3),
        _ev("d1:convoys", DOC1, S5, "aid convoys crossed from Chad",
            _when("2024", date(2024, 1, 1), date(2024, 4, 30), "year", d1, S5, "early 2024",
                  mod="START"),
            (CHAD,), ("humanitarian",), 4),
        _ev("d2:closed", DOC2, T1, "Chad closed the Adre crossing",
            _when("2024-02", date(2024, 2, 1), date(2024, 2, 29), "month", d2, T1,
                  "February 2024"),
            (CHAD,), ("migration",), 0),
        _ev("d2:reopened", DOC2, T1, "reopened it",
            _when("2024-08-15", date(2024, 8, 15), date(2024, 8, 15), "day", d2, T1,
                  "15 August 2024"),
            (CHAD,), ("migration", "humanitarian"), 1),
        _ev("d2:refugees", DOC2, T2, "earlier wave of refugees",
            _when("2013", date(2013, 1, 1), date(2013, 12, 31), "year", d2, T2, "About 2013",
                  mod="APPROX"),
            (), ("migration",), 2),
        _ev("d2:welcomed", DOC2, T3, "UN welcomed the decision", None, (UN,), ("diplomacy",), 3),
    ]


def sample_timeline() -> Timeline:
    return Timeline(sample_events(), [DOC1, DOC2])


def many_events(n: int = 120) -> Timeline:
    """``n`` events over 2000-2011, one actor in three, for paging and period tests."""
    doc = DocInfo("m", "many.txt", "Many", None, date(2012, 1, 1), "front-matter", None)
    events = []
    for i in range(n):
        y = 2000 + (i * 12) // n
        d = date(y, 1 + i % 12, 1)
        actors = (CHAD,) if i % 3 == 0 else (UN,)
        events.append(Event(f"m{i:03d}", "m", f"event number {i}", f"In {d:%B %Y} thing {i}.",
                            (0, 10), When(f"{d:%Y-%m}", d, d, "month",
                                          timex=TimexRef(f"{d:%B %Y}", 3, 3 + len(f"{d:%B %Y}"))),
                            actors, ("military",) if i % 2 else ("economy",), i))
    return Timeline(events, [doc])
