"""Exports: schema-exact JSON/JSONL, CSV that csv and spreadsheets read safely, Markdown that
untrusted text cannot inject into, TimelineJS3 structure, atomic writes."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import stat
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from explorer import export
from explorer.events.event import ActorRef, DocInfo, Event, TimexRef, When
from explorer.export import CSV_COLUMNS, FORMATS, date_label, render_export, write_export
from explorer.synthetic import make_timeline

DOCS = [
    DocInfo("d1", "news/a.md", "Coup in the capital", "Wire", date(2023, 2, 7), "front-matter"),
    DocInfo("d2", "news/b.txt", None, None, None, "inferred"),
    DocInfo("d3", "news/unused.md", "Not cited", None, None, "flag"),
]


def when(value: str, start: date | None, end: date | None, gran: str | None, **kw: Any) -> When:
    return When(value, start, end, gran, **kw)


def ev(i: int, doc: str, w: When | None, title: str = "army seized power", **kw: Any) -> Event:
    return Event(
        id=f"{doc}:{i}", doc=doc, title=title, sentence=kw.pop("sentence", f"Sentence {i}."),
        offsets=(i, i + 10), when=w, seq=i, **kw,
    )


MALI = ActorRef("state:mali", "Mali", "state")
EVENTS = [
    ev(0, "d1", when("2012", date(2012, 1, 1), date(2012, 12, 31), "year", ongoing=True),
       title="jihadist insurgency", themes=("insurgency",)),
    ev(1, "d1", when("2020-08", date(2020, 8, 1), date(2020, 8, 31), "month",
                     timex=TimexRef("August 2020", 40, 51)),
       actors=(MALI,), themes=("governance/coup", "military")),
    ev(2, "d2", when("2022-02", date(2022, 2, 1), date(2022, 2, 28), "month", mod="BEFORE",
                     anchor="relative")),
    ev(3, "d2", when("2023-02-07", date(2023, 2, 7), date(2023, 2, 7), "day", anchor="tense"),
       actors=(MALI, ActorRef("person:x", "Ana Ruiz", "person"))),
    ev(4, "d1", None, title="undated remark"),
]


def render(events: list[Event], fmt: str, docs: list[DocInfo] = DOCS, **kw: Any) -> str:
    out = io.StringIO()
    render_export(events, docs, fmt, out, **kw)
    return out.getvalue()


# --- json / jsonl ----------------------------------------------------------------------------


def test_json_is_schema_v1_with_cited_documents_in_given_order() -> None:
    text = render(EVENTS, "json")
    obj = json.loads(text)
    assert list(obj) == ["version", "documents", "events"]
    assert obj["version"] == 1
    assert [d["id"] for d in obj["documents"]] == ["d1", "d2"]  # d3 cited by no event
    assert obj["documents"][0] == DOCS[0].to_json()
    assert obj["events"] == [e.to_json() for e in EVENTS]
    assert set(obj["events"][1]["when"]) == {
        "value", "start", "end", "granularity", "mod", "anchor", "ongoing", "timex"}


def test_json_streamed_bytes_equal_json_dumps_indent_2() -> None:
    docs, events = make_timeline(300, seed=5)
    cited = [d for d in docs if d.id in {e.doc for e in events}]
    expected = json.dumps(
        {"version": 1, "documents": [d.to_json() for d in cited],
         "events": [e.to_json() for e in events]},
        indent=2, ensure_ascii=False,
    ) + "\n"
    assert render(events, "json", docs) == expected
    assert render([], "json", docs) == json.dumps(
        {"version": 1, "documents": [], "events": []}, indent=2) + "\n"


def test_json_keeps_non_ascii_as_utf8() -> None:
    e = ev(9, "d1", None, title="Goïta’s speech — «Bamako»")
    text = render([e], "json")
    assert "Goïta’s speech — «Bamako»" in text


def test_jsonl_header_then_one_event_per_line() -> None:
    lines = render(EVENTS, "jsonl").splitlines()
    assert len(lines) == 1 + len(EVENTS)
    header = json.loads(lines[0])
    assert header == {"version": 1, "documents": [DOCS[0].to_json(), DOCS[1].to_json()]}
    assert [json.loads(x) for x in lines[1:]] == [e.to_json() for e in EVENTS]
    assert ": " not in lines[1] and ", " not in lines[2].split('"sentence"')[0]  # compact


def test_jsonl_sentence_with_line_separators_stays_on_one_line() -> None:
    e = ev(1, "d1", None, sentence="a\nb\u2028c\rd")
    lines = render([e], "jsonl").split("\n")
    assert len(lines) == 3 and lines[2] == ""
    assert json.loads(lines[1])["sentence"] == "a\nb\u2028c\rd"


def test_unknown_format_and_missing_document_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown export format"):
        render(EVENTS, "xml")
    with pytest.raises(ValueError, match="d9"):
        render([ev(0, "d9", None)], "json")


# --- csv -------------------------------------------------------------------------------------


def test_csv_file_reads_back_with_csv_module(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    tricky = ev(7, "d2", None, title='quote " and, comma', sentence="line one\nline two; done")
    assert write_export([*EVENTS, tricky], DOCS, "csv", path) == len(EVENTS) + 1
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    assert raw.count(b"\r\n") >= len(EVENTS) + 1
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == len(EVENTS) + 1
    coup = rows[1]
    assert coup["date"] == "2020-08" and coup["start"] == "2020-08-01"
    assert coup["end"] == "2020-08-31" and coup["granularity"] == "month"
    assert coup["themes"] == "governance/coup; military"
    assert coup["actors"] == "Mali" and coup["actor_ids"] == "state:mali"
    assert coup["timex"] == "August 2020" and coup["doc_title"] == "Coup in the capital"
    assert coup["published"] == "2023-02-07" and coup["source"] == "Wire"
    assert rows[0]["ongoing"] == "true" and rows[1]["ongoing"] == "false"
    assert rows[2]["mod"] == "BEFORE" and rows[2]["anchor"] == "relative"
    assert rows[3]["actors"] == "Mali; Ana Ruiz"
    assert rows[4]["date"] == "" and rows[4]["start"] == "" and rows[4]["ongoing"] == ""
    assert rows[5]["title"] == 'quote " and, comma'
    assert rows[5]["sentence"] == "line one\nline two; done"


def test_csv_to_a_stream_has_no_bom() -> None:
    assert render(EVENTS, "csv").startswith("id,date,start,")


@pytest.mark.parametrize("payload", [
    "=HYPERLINK(\"http://evil\",\"x\")", "+1+1", "-2+3", "@SUM(A1)", "\tlead", "\rcr",
])
def test_csv_neutralises_formula_cells(payload: str) -> None:
    e = ev(1, "d1", None, title=payload, sentence=payload,
           actors=(ActorRef("x", payload, "person"),), themes=(payload,))
    rows = list(csv.DictReader(io.StringIO(render([e], "csv"), newline="")))
    for col in ("title", "sentence", "actors", "themes"):
        assert rows[0][col] == "'" + payload, col


def test_csv_leaves_ordinary_cells_alone() -> None:
    e = ev(1, "d1", None, title="Talks resume - again = maybe", sentence="50% said 'no'")
    row = next(csv.DictReader(io.StringIO(render([e], "csv"))))
    assert row["title"] == "Talks resume - again = maybe"
    assert row["sentence"] == "50% said 'no'"


# --- markdown --------------------------------------------------------------------------------


def test_md_groups_by_year_and_lists_sources() -> None:
    text = render(EVENTS, "md", summary="actor: Mali")
    lines = text.splitlines()
    assert lines[0] == "# Timeline"
    assert "actor: Mali" in lines[2]
    headings = [x for x in lines if x.startswith("## ")]
    assert headings == ["## 2012", "## 2020", "## 2022", "## 2023", "## Undated", "## Sources"]
    assert "- **2020-08** — army seized power (Mali) _governance/coup, military_ [1]" in lines
    assert any(x.startswith("- **2012 (ongoing)** — jihadist insurgency") for x in lines)
    assert any(x.startswith("- **before 2022-02** —") for x in lines)
    assert "  > Sentence 1." in lines
    assert "- undated remark [1]" in lines
    assert "1. **Coup in the capital** — Wire — 2023-02-07 — `news/a.md`" in lines
    assert "2. news/b.txt" in lines
    assert "Not cited" not in text


def test_md_escapes_untrusted_text() -> None:
    evil = ev(1, "d1", None,
              title="[click](http://evil.example) <script>alert(1)</script> **bold** `code`",
              sentence="# heading\n| a | b |\n![img](x.png) _it_ & ~~strike~~",
              actors=(ActorRef("x", "<img src=x onerror=alert(1)>", "person"),))
    text = render([evil], "md")
    body = text.replace("\n  > ", "\n")  # our own blockquote markers aside
    assert re.search(r"(?<!\\)[<>]", body) is None  # every angle bracket escaped: no HTML
    assert "](http" not in text.replace("\\](http", "")
    assert "\\[click\\]\\(http://evil.example)" not in text  # brackets are escaped, not parens
    assert "\\[click\\](http://evil.example)" in text
    assert "\\*\\*bold\\*\\*" in text and "\\`code\\`" in text
    quote = next(x for x in text.splitlines() if x.startswith("  > "))
    assert quote == "  > \\# heading \\| a \\| b \\| \\!\\[img\\](x.png) \\_it\\_ \\& \\~\\~strike\\~\\~"
    assert not any(x.startswith(("# heading", "| a")) for x in text.splitlines())


@pytest.mark.parametrize(("w", "label"), [
    (When("2013", date(2013, 1, 1), date(2013, 12, 31), "year"), "2013"),
    (When("2019-SU", date(2019, 6, 1), date(2019, 8, 31), "season"), "summer 2019"),
    (When("2021-Q3", date(2021, 7, 1), date(2021, 9, 30), "quarter"), "Q3 2021"),
    (When("199", date(1990, 1, 1), date(1999, 12, 31), "decade"), "1990s"),
    (When("2012", date(2012, 1, 1), None, "year", ongoing=True), "2012 (ongoing)"),
    (When("2022-02", date(2022, 2, 1), None, "month", mod="BEFORE"), "before 2022-02"),
    (When("PRESENT_REF", date(2023, 2, 7), date(2023, 2, 7), "day"), "2023-02-07"),
    (None, "undated"),
])
def test_date_label(w: When | None, label: str) -> None:
    assert date_label(w) == label


# --- TimelineJS3 -----------------------------------------------------------------------------

_SLIDE_KEYS = {"start_date", "end_date", "text", "media", "group", "display_date",
               "background", "autolink", "unique_id"}
_DATE_KEYS = {"year", "month", "day", "hour", "minute", "second", "millisecond",
              "display_date", "format"}


def _is_int(x: object) -> bool:
    return isinstance(x, int) and not isinstance(x, bool)


def validate_timelinejs(obj: Any) -> list[str]:
    """Problems with a TimelineJS3 JSON document (field names and types from the TimelineJS3
    JSON format: events[] of slides with a required start_date whose year is an integer)."""
    problems: list[str] = []

    def check_date(where: str, d: Any) -> None:
        if not isinstance(d, dict):
            problems.append(f"{where}: not an object")
            return
        if not _is_int(d.get("year")):
            problems.append(f"{where}: year must be an integer")
        if set(d) - _DATE_KEYS:
            problems.append(f"{where}: unknown keys {set(d) - _DATE_KEYS}")
        if "month" in d and not (_is_int(d["month"]) and 1 <= d["month"] <= 12):
            problems.append(f"{where}: month must be an integer 1-12")
        if "day" in d and not (_is_int(d["day"]) and 1 <= d["day"] <= 31 and "month" in d):
            problems.append(f"{where}: day must be an integer 1-31 with a month")

    def check_text(where: str, t: Any) -> None:
        if not isinstance(t, dict) or set(t) - {"headline", "text"}:
            problems.append(f"{where}: text must be an object of headline/text")
        elif not all(isinstance(v, str) for v in t.values()):
            problems.append(f"{where}: headline/text must be strings")

    if not isinstance(obj, dict) or not isinstance(obj.get("events"), list):
        return ["top level must be an object with an events list"]
    if set(obj) - {"events", "title", "eras", "scale"}:
        problems.append(f"unknown top-level keys {set(obj) - {'events', 'title', 'eras', 'scale'}}")
    if "title" in obj:
        check_text("title", obj["title"].get("text"))
    ids = [s.get("unique_id") for s in obj["events"] if isinstance(s, dict)]
    if len(ids) != len(set(ids)):
        problems.append("unique_id values repeat")
    for i, s in enumerate(obj["events"]):
        where = f"events[{i}]"
        if not isinstance(s, dict):
            problems.append(f"{where}: not an object")
            continue
        if set(s) - _SLIDE_KEYS:
            problems.append(f"{where}: unknown keys {set(s) - _SLIDE_KEYS}")
        if "start_date" not in s:
            problems.append(f"{where}: start_date is required")
        else:
            check_date(f"{where}.start_date", s["start_date"])
        if "end_date" in s:
            check_date(f"{where}.end_date", s["end_date"])
        if "text" in s:
            check_text(f"{where}.text", s["text"])
        for key in ("group", "display_date", "unique_id"):
            if key in s and not isinstance(s[key], str):
                problems.append(f"{where}.{key}: must be a string")
    return problems


def test_validator_catches_bad_documents() -> None:
    assert validate_timelinejs({"events": [{"text": {"headline": "x"}}]})
    assert validate_timelinejs({"events": [{"start_date": {"year": "2012"}}]})
    assert validate_timelinejs({"events": [{"start_date": {"year": 2012, "day": 3}}]})
    assert validate_timelinejs({"events": [{"start_date": {"year": True}}]})
    assert not validate_timelinejs({"events": [{"start_date": {"year": 2012, "month": 3}}]})


def test_timelinejs_structure_and_precision() -> None:
    out = io.StringIO()
    written = render_export(EVENTS, DOCS, "timelinejs", out, summary="theme: coup")
    obj = json.loads(out.getvalue())
    assert validate_timelinejs(obj) == []
    assert written == 4 == len(obj["events"])  # the undated event is left out and counted
    by_id = {s["unique_id"]: s for s in obj["events"]}
    assert by_id["d1:0"]["start_date"] == {"year": 2012}
    assert by_id["d1:0"]["display_date"] == "2012 (ongoing)"
    assert "end_date" not in by_id["d1:0"]
    assert by_id["d1:1"]["start_date"] == {"year": 2020, "month": 8}
    assert "display_date" not in by_id["d1:1"] and by_id["d1:1"]["group"] == "governance/coup"
    assert by_id["d2:2"]["display_date"] == "before 2022-02"
    assert by_id["d2:3"]["start_date"] == {"year": 2023, "month": 2, "day": 7}
    assert "theme: coup" in obj["title"]["text"]["text"]


def test_timelinejs_ranges_and_partial_units() -> None:
    events = [
        ev(0, "d1", When("199", date(1990, 1, 1), date(1999, 12, 31), "decade")),
        ev(1, "d1", When("2019-SU", date(2019, 6, 1), date(2019, 8, 31), "season")),
    ]
    obj = json.loads(render(events, "timelinejs"))
    assert validate_timelinejs(obj) == []
    decade, season = obj["events"]
    assert decade["start_date"] == {"year": 1990} and decade["end_date"] == {"year": 1999}
    assert decade["display_date"] == "1990s"
    assert season["start_date"] == {"year": 2019, "month": 6}
    assert season["end_date"] == {"year": 2019, "month": 8}


def test_timelinejs_escapes_html() -> None:
    e = ev(1, "d1", When("2020", date(2020, 1, 1), date(2020, 12, 31), "year"),
           title="<b>bold</b> & co", sentence="<script>alert(1)</script>")
    slide = json.loads(render([e], "timelinejs"))["events"][0]
    assert slide["text"]["headline"] == "&lt;b&gt;bold&lt;/b&gt; &amp; co"
    assert "<script>" not in slide["text"]["text"]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in slide["text"]["text"]


def test_timelinejs_of_a_synthetic_timeline_is_valid() -> None:
    docs, events = make_timeline(2000, seed=11)
    out = io.StringIO()
    written = render_export(events, docs, "timelinejs", out)
    obj = json.loads(out.getvalue())
    assert validate_timelinejs(obj) == []
    assert written == sum(1 for e in events if e.when and e.when.start) == len(obj["events"])
    assert 0 < written < len(events)


# --- files -----------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_write_export_matches_render(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"out.{fmt}"
    write_export(EVENTS, DOCS, fmt, path)
    encoding = "utf-8-sig" if fmt == "csv" else "utf-8"
    with path.open(encoding=encoding, newline="") as f:
        assert f.read() == render(EVENTS, fmt)
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_failed_write_keeps_the_old_file_and_leaves_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "timeline.json"
    path.write_text("OLD CONTENT", encoding="utf-8")

    def boom(events: Any, docs: Any, out: Any, summary: Any) -> int:
        out.write('{"version": 1, "documents": [')  # half a file, then a failure
        raise OSError("disk full")

    monkeypatch.setitem(export._WRITERS, "json", boom)
    with pytest.raises(OSError, match="disk full"):
        write_export(EVENTS, DOCS, "json", path)
    assert path.read_text(encoding="utf-8") == "OLD CONTENT"
    assert [p.name for p in tmp_path.iterdir()] == ["timeline.json"]


def test_replacing_keeps_permissions_and_new_files_follow_umask(tmp_path: Path) -> None:
    path = tmp_path / "t.md"
    path.write_text("old", encoding="utf-8")
    os.chmod(path, 0o640)
    write_export(EVENTS, DOCS, "md", path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert path.read_text(encoding="utf-8").startswith("# Timeline")
    old = os.umask(0o022)
    try:
        fresh = tmp_path / "fresh.json"
        write_export(EVENTS, DOCS, "json", fresh)
    finally:
        os.umask(old)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o644


def test_write_into_missing_folder_fails_cleanly(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_export(EVENTS, DOCS, "json", tmp_path / "nope" / "t.json")
    assert list(tmp_path.iterdir()) == []


def test_fast_jsonl_line_equals_the_generic_encoder() -> None:
    """The hand-formatted JSONL line must stay byte-identical to Event.to_json() encoded:
    this fails if to_json gains a field that jsonl_line does not write."""
    _, events = make_timeline(3000, seed=9)
    odd = [
        ev(1, "d1", When("2020", None, None, None, mod="APPROX", anchor="tense", ongoing=True,
                         timex=TimexRef('a "quoted"\\ text\n', 0, 3)),
           title="tab\there \u2028 «é»", actors=(ActorRef("i", "n\x00", "t"),), themes=("x", "y")),
        ev(2, "d1", None, themes=()),
    ]
    compact = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    everything = [*events, *EVENTS, *odd]
    for e in everything:
        assert export.jsonl_line(e) == compact(e.to_json())
    # one formatter over the whole list, as the writer does (its actor/date caches in play)
    lines = render(everything, "jsonl", [*DOCS, *make_timeline(3000, seed=9)[0]]).split("\n")
    assert lines[1:-1] == [compact(e.to_json()) for e in everything]


def test_jsonl_line_falls_back_on_unexpected_types() -> None:
    weird = Event("x", "d1", "t", "s", (True, 2.5), When(2020, None, None, None),  # type: ignore[arg-type]
                  themes=("a",))
    line = export.jsonl_line(weird)
    assert json.loads(line)["offsets"] == [True, 2.5] and json.loads(line)["when"]["value"] == 2020


def test_fast_json_event_equals_the_indenting_encoder() -> None:
    _, events = make_timeline(2000, seed=12)
    indented = json.JSONEncoder(ensure_ascii=False, indent=2).encode
    weird = Event("x", "d1", "t", "s", (True, 2.5), When(2020, None, None, None))  # type: ignore[arg-type]
    for e in [*events, *EVENTS, weird]:
        assert export._json_event(e) == indented(e.to_json()).replace("\n", "\n    ")


def test_writing_through_a_symlink_replaces_its_target(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    write_export(EVENTS, DOCS, "json", link)
    assert link.is_symlink()
    assert json.loads(real.read_text(encoding="utf-8"))["version"] == 1
