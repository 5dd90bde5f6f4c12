"""Reopening exported timelines: byte-exact round trips, streaming batches, clear errors."""

from __future__ import annotations

import gc
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from explorer.errors import InputError
from explorer.events.event import ActorRef, DocInfo, Event, TimexRef, When
from explorer.export import write_export
from explorer.synthetic import make_timeline
from explorer.timeline_file import (
    is_timeline_file,
    iter_jsonl_batches,
    iter_timeline_batches,
    load_timeline_file,
)

DOCS = [
    DocInfo("a", "x/a.md", "Tïtle “quoted”", "Wire", date(2023, 2, 7), "front-matter"),
    DocInfo("b", "x/b.txt", None, None, None, "inferred"),
]
EVENTS = [
    Event("a:1", "a", "army seized power", "The army seized power in August 2020.", (1, 38),
          When("2020-08", date(2020, 8, 1), date(2020, 8, 31), "month", None, "explicit", False,
               TimexRef("August 2020", 25, 36)),
          (ActorRef("state:mali", "Mali", "state"),), ("governance/coup",), 0),
    Event("b:5", "b", "insurgency", "since 2012\nit went on", (5, 25),
          When("2012", date(2012, 1, 1), None, "year", "START", "narrative", True, None),
          (), (), 1),
    Event("a:90", "a", "promise", "He promised.", (90, 102), None,
          (ActorRef("person:p", "P", "person"), ActorRef("state:mali", "Mali", "state")),
          ("diplomacy", "military"), 2),
]


@pytest.fixture(scope="module")
def synthetic() -> tuple[list[DocInfo], list[Event]]:
    return make_timeline(3000, seed=2)


def cited(docs: list[DocInfo], events: list[Event]) -> list[DocInfo]:
    used = {e.doc for e in events}
    return [d for d in docs if d.id in used]


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_round_trip_is_byte_identical_and_events_equal(
    tmp_path: Path, fmt: str, synthetic: tuple[list[DocInfo], list[Event]]
) -> None:
    docs, events = synthetic
    first, second = tmp_path / f"1.{fmt}", tmp_path / f"2.{fmt}"
    write_export(events, docs, fmt, first)
    docs2, events2 = load_timeline_file(first)
    assert events2 == events  # seq included: the synthetic seq is the timeline position
    assert docs2 == cited(docs, events)
    write_export(events2, docs2, fmt, second)
    assert first.read_bytes() == second.read_bytes()


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_round_trip_keeps_every_field(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"t.{fmt}"
    write_export(EVENTS, DOCS, fmt, path)
    docs, events = load_timeline_file(path)
    assert docs == DOCS
    assert events == EVENTS
    assert [e.seq for e in events] == [0, 1, 2]


def test_loaded_values_are_shared(tmp_path: Path) -> None:
    path = tmp_path / "t.jsonl"
    write_export(EVENTS, DOCS, "jsonl", path)
    _, events = load_timeline_file(path)
    assert events[0].actors[0] is events[2].actors[1]
    assert events[0].doc is events[2].doc


_text = st.text(st.characters(codec="utf-8"), max_size=40)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=_text, sentence=_text, name=_text, theme=_text, doc_title=st.none() | _text)
def test_round_trip_any_text(
    tmp_path: Path, title: str, sentence: str, name: str, theme: str, doc_title: str | None
) -> None:
    doc = DocInfo("d", "p", doc_title, None, None, "none")
    e = Event("d:0", "d", title, sentence, (0, 1), None, (ActorRef("i", name, "t"),), (theme,), 0)
    for fmt in ("json", "jsonl"):
        path = tmp_path / f"h.{fmt}"
        write_export([e], [doc], fmt, path)
        assert load_timeline_file(path) == ([doc], [e])


# --- streaming -------------------------------------------------------------------------------


def test_jsonl_batches(tmp_path: Path, synthetic: tuple[list[DocInfo], list[Event]]) -> None:
    docs, events = synthetic
    path = tmp_path / "t.jsonl"
    write_export(events, docs, "jsonl", path)
    batches = list(iter_jsonl_batches(path, batch_size=1000))
    assert [len(b.events) for b in batches] == [1000, 1000, 1000]
    assert list(batches[0].documents) == cited(docs, events)
    assert all(b.documents == () for b in batches[1:])
    assert [b.first for b in batches] == [0, 1000, 2000]
    assert [e for b in batches for e in b.events] == events
    size = path.stat().st_size
    assert all(b.total_bytes == size for b in batches)
    assert batches[-1].bytes_read == size
    reads = [b.bytes_read for b in batches]
    assert reads == sorted(reads)


def test_batches_of_a_json_file_and_of_an_empty_timeline(tmp_path: Path) -> None:
    path = tmp_path / "t.json"
    write_export(EVENTS, DOCS, "json", path)
    batches = list(iter_timeline_batches(path, batch_size=2))
    assert [len(b.events) for b in batches] == [2, 1]
    assert list(batches[0].documents) == DOCS and batches[1].documents == ()
    empty = tmp_path / "e.jsonl"
    write_export([], DOCS, "jsonl", empty)
    (only,) = list(iter_jsonl_batches(empty))
    assert only.documents == () and only.events == [] and only.first == 0


def test_gc_is_restored_even_when_the_reader_stops_early(tmp_path: Path) -> None:
    path = tmp_path / "t.jsonl"
    write_export(EVENTS, DOCS, "jsonl", path)
    assert gc.isenabled()
    it = iter_jsonl_batches(path, batch_size=1)
    next(it)
    assert gc.isenabled()  # not paused while the caller holds a batch
    it.close()
    assert gc.isenabled()
    load_timeline_file(path)
    assert gc.isenabled()


# --- detection -------------------------------------------------------------------------------


def test_is_timeline_file(tmp_path: Path) -> None:
    for fmt in ("json", "jsonl"):
        write_export(EVENTS, DOCS, fmt, tmp_path / f"t.{fmt}")
        assert is_timeline_file(tmp_path / f"t.{fmt}")
    write_export(EVENTS, DOCS, "md", tmp_path / "t.md")
    assert not is_timeline_file(tmp_path / "t.md")
    (tmp_path / "list.json").write_text("[1, 2]", encoding="utf-8")
    (tmp_path / "other.json").write_text('{"version": 1, "items": []}', encoding="utf-8")
    (tmp_path / "broken.jsonl").write_text("{nope\n", encoding="utf-8")
    (tmp_path / "article.txt").write_text('{"version": 1, "documents": []}', encoding="utf-8")
    for name in ("list.json", "other.json", "broken.jsonl", "article.txt", "missing.json"):
        assert not is_timeline_file(tmp_path / name), name
    assert not is_timeline_file(tmp_path)


def test_is_timeline_file_on_a_large_json_reads_only_its_head(tmp_path: Path) -> None:
    docs, events = make_timeline(20000, seed=1)
    path = tmp_path / "big.json"
    write_export(events, docs, "json", path)
    assert path.stat().st_size > 8 << 20
    assert is_timeline_file(path)


def test_compact_json_and_bom_are_read(tmp_path: Path) -> None:
    obj: dict[str, Any] = {"version": 1, "documents": [d.to_json() for d in DOCS],
           "events": [e.to_json() for e in EVENTS]}
    one_line = tmp_path / "c.json"
    one_line.write_text(json.dumps(obj), encoding="utf-8")
    assert load_timeline_file(one_line) == (DOCS, EVENTS)
    bom = tmp_path / "bom.jsonl"
    lines = [json.dumps({"version": 1, "documents": obj["documents"]})]
    lines += [json.dumps(e) for e in obj["events"]]
    bom.write_text("\n".join(lines) + "\n\n", encoding="utf-8-sig")  # blank line at the end
    assert is_timeline_file(bom)
    assert load_timeline_file(bom) == (DOCS, EVENTS)


# --- errors ----------------------------------------------------------------------------------


def _jsonl(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "bad.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


HEADER = json.dumps({"version": 1, "documents": [d.to_json() for d in DOCS]})
GOOD = json.dumps(EVENTS[0].to_json())


@pytest.mark.parametrize(("lines", "message"), [
    ((HEADER, GOOD, '{"id": "x", "doc": '), r"invalid JSON.*\(line 3\)$"),
    ((HEADER, "", GOOD, '{"doc": "a"}'), r"missing field 'id' \(line 4\)$"),
    ((HEADER, '{"id": "x", "doc": "zz"}'), r"unknown document 'zz' \(line 2\)$"),
    ((HEADER, '{"id": "x", "doc": "a", "when": {"value": "2020", "start": "2020-13-01"}}'),
     r"month must be in 1\.\.12 \(line 2\)$"),
    ((HEADER, '{"id": "x", "doc": "a", "offsets": 5}'), r"malformed value.*\(line 2\)$"),
    (('{"version": 2, "documents": []}', GOOD), r"unsupported timeline version 2 .*\(line 1\)$"),
    (('{"version": 1}',), r"not a timeline.*\(line 1\)$"),
    (('{"version": 1, "documents": [{"id": "a"}, {"id": "a"}]}',), r"duplicate id 'a' \(line 1\)$"),
    (('{"version": 1, "documents": {}}',), r'"documents" must be a list \(line 1\)$'),
    (("",), r"empty file.*\(line 1\)$"),
])
def test_malformed_jsonl_names_file_problem_and_line(
    tmp_path: Path, lines: tuple[str, ...], message: str
) -> None:
    path = _jsonl(tmp_path, *lines)
    with pytest.raises(InputError, match=message) as info:
        load_timeline_file(path)
    assert str(info.value).startswith(f"{path}: ")
    assert "\n" not in str(info.value)


def test_malformed_json_names_the_line_or_event(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{\n  "version": 1,\n  "documents": [,]\n}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"bad.json: invalid JSON: .*\(line 3\)$"):
        load_timeline_file(path)
    path.write_text(json.dumps({"version": 1, "documents": [], "events": [{"id": "e"}]}),
                    encoding="utf-8")
    with pytest.raises(InputError, match=r"missing field 'doc' \(event 1\)$"):
        load_timeline_file(path)
    path.write_bytes(b'{"version": 1,\n"documents": [], "events": ["\xff"]}')
    with pytest.raises(InputError, match=r"bad.json: not UTF-8: byte 0xff .*\(line 2\)$"):
        load_timeline_file(path)


def test_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read"):
        load_timeline_file(tmp_path / "nope.jsonl")


def test_crlf_lines_and_a_missing_final_newline_are_read(tmp_path: Path) -> None:
    path = tmp_path / "crlf.jsonl"
    lines = [HEADER] + [json.dumps(e.to_json(), ensure_ascii=False) for e in EVENTS]
    path.write_bytes("\r\n".join(lines).encode("utf-8"))
    assert load_timeline_file(path) == (DOCS, EVENTS)


def test_undecodable_bytes_and_deep_nesting_name_their_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_bytes(HEADER.encode() + b"\n" + GOOD.encode() + b'\n{"id": "\xff"}\n')
    with pytest.raises(InputError, match=r"not UTF-8: byte 0xff .*\(line 3\)$"):
        load_timeline_file(path)
    path.write_bytes(HEADER.encode() + b"\n" + b"[" * 100_000 + b"]" * 100_000 + b"\n")
    with pytest.raises(InputError, match=r"nested too deeply \(line 2\)$"):
        load_timeline_file(path)


def test_a_file_of_many_chunks_keeps_line_numbers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import explorer.timeline_file as tf

    monkeypatch.setattr(tf, "_CHUNK", 97)  # lines straddle every read
    path = tmp_path / "t.jsonl"
    write_export(EVENTS * 3, DOCS, "jsonl", path)
    _, events = load_timeline_file(path)
    assert [e.id for e in events] == [e.id for e in EVENTS * 3]
    with path.open("ab") as f:
        f.write(b'{"id": "late"}\n')
    with pytest.raises(InputError, match=r"missing field 'doc' \(line 11\)$"):
        load_timeline_file(path)


def test_first_batch_can_be_smaller(tmp_path: Path) -> None:
    path = tmp_path / "t.jsonl"
    write_export(EVENTS, DOCS, "jsonl", path)
    batches = list(iter_timeline_batches(path, batch_size=2, first_size=1))
    assert [len(b.events) for b in batches] == [1, 2]
    assert [b.first for b in batches] == [0, 1]
    assert [e for b in batches for e in b.events] == load_timeline_file(path)[1]
