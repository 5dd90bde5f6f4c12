"""Reopen an exported timeline (JSON or JSONL, schema version 1) without re-extraction.

A user shares a timeline as a file; ``list``, ``export`` and the TUI open it directly. The
JSONL form streams: :func:`iter_jsonl_batches` yields the documents and the first events
before the rest of a million-line file is read, so the TUI can paint early.

Reading is built for size: lines are parsed one by one in C (``json.loads`` on bytes), the
cyclic garbage collector is paused while the objects pile up (otherwise each generation-2
pass rescans every event loaded so far), and repeated values are shared, not copied: one
``date`` per distinct day, one ``ActorRef`` per actor, one tuple per theme combination. The
events equal what ``Event.from_json`` builds, with ``seq`` = their position in the file
(the file is in timeline order already, so ``seq`` keeps that order stable).

Callers that keep a big timeline for the whole session may call ``gc.freeze()`` once it is
loaded, so that later collections skip the millions of long-lived objects.

Errors are :class:`~explorer.errors.InputError` with one line ``<path>: <problem> (line N)``
(``(event N)`` inside a JSON file, whose events are not one per line).
"""

from __future__ import annotations

import gc
import json
import re
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from json.scanner import make_scanner
from pathlib import Path
from typing import Any, overload

from explorer.errors import InputError
from explorer.events.event import ActorRef, DocInfo, Event, TimexRef, When
from explorer.gcpause import gc_paused

__all__ = [
    "SCHEMA_VERSION",
    "TimelineBatch",
    "is_timeline_file",
    "iter_jsonl_batches",
    "iter_timeline_batches",
    "load_timeline_file",
]

SCHEMA_VERSION = 1
TIMELINE_SUFFIXES = (".json", ".jsonl")

_CHUNK = 1 << 22  # bytes read at a time from a JSONL file
_SMALL_JSON = 8 << 20  # a .json file up to this size is parsed whole by is_timeline_file
_HEAD = re.compile(rb'"version"\s*:.*?"documents"\s*:|"documents"\s*:.*?"version"\s*:', re.S)
_BOM = b"\xef\xbb\xbf"
# The C scanner when available: (text, index) -> (value, end index).
_scan_once: Callable[[str, int], tuple[Any, int]] = make_scanner(json.JSONDecoder())  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class TimelineBatch:
    """A slice of a timeline file being read.

    ``documents`` are all the file's documents in the first batch (a lazy
    :class:`DocumentTable` for JSONL: each is built when first read) and empty in the others;
    ``first`` is the position of ``events[0]`` in the file; ``bytes_read`` / ``total_bytes``
    say how far the reading is (for a progress bar).
    """

    documents: Sequence[DocInfo]
    events: list[Event]
    first: int
    bytes_read: int
    total_bytes: int


def is_timeline_file(path: str | Path) -> bool:
    """True for a ``.json`` / ``.jsonl`` file whose first object has ``"version"`` and
    ``"documents"``: an exported timeline rather than an article.

    The version number is not checked here on purpose: a timeline of another version must be
    refused by :func:`load_timeline_file` with a clear message, not read as text. A large
    ``.json`` is judged from its first megabyte (the keys our writer puts first).
    """
    p = Path(path)
    if p.suffix.lower() not in TIMELINE_SUFFIXES or not p.is_file():
        return False
    try:
        with p.open("rb") as f:
            if p.suffix.lower() == ".jsonl":
                head: Any = _loads_or_none(_first_line(f))
            elif p.stat().st_size <= _SMALL_JSON:
                head = _loads_or_none(f.read())
            else:
                chunk = f.read(1 << 20).removeprefix(_BOM).lstrip()
                return chunk.startswith(b"{") and _HEAD.search(chunk) is not None
    except OSError:
        return False
    return isinstance(head, dict) and "version" in head and "documents" in head


def load_timeline_file(path: str | Path) -> tuple[list[DocInfo], list[Event]]:
    """All documents and events of a timeline file (JSON or JSONL, told apart by content)."""
    docs: list[DocInfo] = []
    events: list[Event] = []
    for batch in iter_timeline_batches(path, batch_size=1 << 30):
        if isinstance(batch.documents, DocumentTable):
            batch.documents.check_all()  # a bad document is bad input here, not later
        docs.extend(batch.documents)
        events.extend(batch.events)
    return docs, events


def iter_timeline_batches(
    path: str | Path, batch_size: int = 50_000, *, first_size: int | None = None
) -> Generator[TimelineBatch, None, None]:
    """Batches of a JSON or JSONL timeline; a JSON file is parsed whole, then sliced.
    ``first_size`` caps the first batch of a JSONL file (a screenful paints sooner)."""
    p = Path(path)
    kind, parsed = _sniff(p)
    if kind == "jsonl":
        yield from iter_jsonl_batches(p, batch_size, header=parsed, first_size=first_size)
        return
    total = _size(p)
    with gc_paused():
        if parsed is None:
            parsed = _read_json(p)
        docs, events = _from_json_object(p, parsed)
    del parsed
    if not events:
        yield TimelineBatch(tuple(docs), [], 0, total, total)
    for start in range(0, len(events), max(1, batch_size)):
        yield TimelineBatch(
            tuple(docs) if start == 0 else (), events[start : start + batch_size], start, total, total
        )


def iter_jsonl_batches(
    path: str | Path, batch_size: int = 50_000, *, header: Any = None,
    first_size: int | None = None,
) -> Generator[TimelineBatch, None, None]:
    """Stream a JSONL timeline: the first batch carries every document (and possibly no
    event yet); each batch holds up to ``batch_size`` events in file order. ``header`` is
    the header line as the sniffer already parsed it: it is neither read nor parsed again."""
    p = Path(path)
    total = _size(p)
    batch_size = max(1, batch_size)
    limit = max(1, first_size) if first_size else batch_size
    try:
        f = p.open("rb")
    except OSError as exc:
        raise InputError(f"{p}: cannot read: {exc.strerror or exc}") from exc
    with f:
        if isinstance(header, _Header):
            f.seek(header.end)  # the header line is long (every document): not read twice
            lines = _lines(p, f, header.line_no, header.end)
            header_no, header = header.line_no, header.obj
        else:
            lines = _lines(p, f)
            header_no, header = _first_object(p, lines)
        table = _documents(p, header, header_no)
        conv = _Converter(p, table.ids)
        docs: Sequence[DocInfo] = table
        events: list[Event] = []
        first = 0
        # The collector is paused while a batch is built, and runs again while the caller
        # holds a batch: pausing it across yields would stop it for the whole process.
        gc_was_enabled = gc.isenabled()
        gc.disable()
        try:
            for line_no, raw, offset in lines:
                line = raw.strip()
                if not line:
                    continue
                obj = _parse_line(p, line_no, line)
                events.append(conv.event(obj, first + len(events), line_no))
                if len(events) >= limit:
                    if gc_was_enabled:
                        gc.enable()
                    yield TimelineBatch(docs, events, first, offset, total)
                    gc.disable()
                    docs, first, events = (), first + len(events), []
                    limit = batch_size
        finally:
            if gc_was_enabled:
                gc.enable()
        if events or first == 0:
            yield TimelineBatch(docs, events, first, total, total)


# --- reading ---------------------------------------------------------------------------------


def _size(p: Path) -> int:
    try:
        return p.stat().st_size
    except OSError as exc:
        raise InputError(f"{p}: cannot read: {exc.strerror or exc}") from exc


def _first_line(f: Any) -> bytes:
    return _first_line_at(f)[0]


def _first_line_at(f: Any) -> tuple[bytes, int, int]:
    """The first non-blank line, its line number, and the byte offset just after it."""
    line_no = offset = 0
    while raw := f.readline():
        line_no += 1
        offset += len(raw)
        line = raw.removeprefix(_BOM)
        if line.strip():
            return bytes(line), line_no, offset
    return b"", line_no, offset


def _loads_or_none(data: bytes) -> Any:
    try:
        return json.loads(data.removeprefix(_BOM))
    except (ValueError, RecursionError):
        return None


@dataclass(frozen=True, slots=True)
class _Header:
    """A JSONL header already parsed: the reader resumes right after it."""

    obj: Any
    line_no: int
    end: int  # byte offset just after the header line


def _sniff(p: Path) -> tuple[str, Any]:
    """("jsonl", _Header) when the first line is a header object without events;
    ("jsonl", None) for a broken first line of a .jsonl; otherwise ("json", <the parsed
    object if the first line held all of it>)."""
    try:
        with p.open("rb") as f:
            first, line_no, end = _first_line_at(f)
    except OSError as exc:
        raise InputError(f"{p}: cannot read: {exc.strerror or exc}") from exc
    obj = _loads_or_none(first)
    if isinstance(obj, dict) and "events" not in obj:
        return "jsonl", _Header(obj, line_no, end)
    if obj is None and p.suffix.lower() == ".jsonl":
        return "jsonl", None  # let the JSONL reader report the broken line
    return "json", obj


def _lines(p: Path, f: Any, line_no: int = 0, consumed: int = 0) -> Iterator[tuple[int, str, int]]:
    """(line number from 1, line text, bytes read so far), decoded a few MB at a time:
    faster than iterating the file object and decoding line by line. ``line_no`` and
    ``consumed`` say where ``f`` already stands when reading resumes mid-file."""
    rest = b""
    while True:
        chunk = f.read(_CHUNK)
        consumed += len(chunk)
        data = rest + chunk
        cut = data.rfind(b"\n") + 1 if chunk else len(data)
        rest = data[cut:]
        if cut:
            try:
                text = data[:cut].decode("utf-8")
            except UnicodeDecodeError as exc:
                bad = line_no + data.count(b"\n", 0, exc.start) + 1
                raise _bad(p, bad, f"not UTF-8: byte {data[exc.start]:#04x} cannot be decoded") from None
            parts = text.split("\n")
            if parts[-1] == "":
                parts.pop()
            if line_no == 0 and parts:
                parts[0] = parts[0].removeprefix("\ufeff")
            for part in parts:
                line_no += 1
                yield line_no, part, consumed
        if not chunk:
            return


def _parse_line(p: Path, line_no: int, line: str) -> Any:
    """One JSON value filling the whole (stripped) line. The C scanner is called directly,
    skipping ``json.loads``'s Python wrappers; on any doubt ``json.loads`` gives the error."""
    try:
        obj, end = _scan_once(line, 0)
        if end == len(line):
            return obj
    except (StopIteration, ValueError, RecursionError):
        pass
    try:
        return json.loads(line)
    except ValueError as exc:
        raise _bad(p, line_no, _json_problem(exc)) from None
    except RecursionError:
        raise _bad(p, line_no, "invalid JSON: nested too deeply") from None


def _first_object(p: Path, lines: Iterator[tuple[int, str, int]]) -> tuple[int, Any]:
    for line_no, line, _ in lines:
        line = line.strip()
        if line:
            return line_no, _parse_line(p, line_no, line)
    raise InputError(f"{p}: empty file, expected a timeline header (line 1)")


def _read_json(p: Path) -> Any:
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{p}: cannot read: {exc.strerror or exc}") from exc
    try:
        return json.loads(data.removeprefix(_BOM))
    except RecursionError:
        raise _bad(p, 1, "invalid JSON: nested too deeply") from None
    except json.JSONDecodeError as exc:
        raise _bad(p, exc.lineno, f"invalid JSON: {exc.msg}") from None
    except UnicodeDecodeError as exc:
        line_no = data.count(b"\n", 0, exc.start) + 1
        raise _bad(p, line_no, f"not UTF-8: byte {data[exc.start]:#04x} cannot be decoded") from None
    except ValueError as exc:
        raise _bad(p, 1, f"not UTF-8 JSON: {exc}") from None


def _from_json_object(p: Path, obj: Any) -> tuple[list[DocInfo], list[Event]]:
    table = _documents(p, obj, 1)
    table.check_all()
    conv = _Converter(p, table.ids)
    raw = obj.get("events")
    if not isinstance(raw, list):
        raise _bad(p, 1, '"events" must be a list')
    events = [conv.event(e, i, i + 1, "event") for i, e in enumerate(raw)]
    return list(table), events


def _documents(p: Path, header: Any, line_no: int) -> DocumentTable:
    if not isinstance(header, dict):
        raise _bad(p, line_no, "not a timeline: expected an object with version and documents")
    version = header.get("version")
    if "version" not in header or "documents" not in header:
        raise _bad(p, line_no, "not a timeline: expected an object with version and documents")
    if type(version) is not int or version != SCHEMA_VERSION:
        raise _bad(p, line_no, f"unsupported timeline version {version!r} (this tool reads {SCHEMA_VERSION})")
    raw = header["documents"]
    if not isinstance(raw, list):
        raise _bad(p, line_no, '"documents" must be a list')
    return DocumentTable(p, raw, line_no)


class DocumentTable(Sequence[DocInfo]):
    """The documents of a timeline header, built into DocInfo objects when first asked
    for. Ids are checked at once (they must be strings, and unique); the rest of a
    document is read on access, so a header of 50,000 documents costs little before the
    first paint. :func:`load_timeline_file` reads every document (and reports a bad one
    as bad input); a bad document met lazily is read leniently instead of failing."""

    def __init__(self, p: Path, raw: list[Any], line_no: int) -> None:
        self._path, self._line_no = p, line_no
        self._raw = raw
        self._built: list[DocInfo | None] = [None] * len(raw)
        self._dates: dict[str, date] = {}
        index: dict[str, int] = {}
        for i, d in enumerate(raw):
            ident = d.get("id") if type(d) is dict else None
            if type(ident) is not str:
                raise _bad(p, line_no, f"document {i + 1}: 'id' must be a string")
            if ident in index:
                raise _bad(p, line_no, f"document {i + 1}: duplicate id {ident!r}")
            index[ident] = i
        self._index = index
        self.ids: list[str] = list(index)

    def __len__(self) -> int:
        return len(self._raw)

    @overload
    def __getitem__(self, i: int) -> DocInfo: ...
    @overload
    def __getitem__(self, i: slice) -> list[DocInfo]: ...
    def __getitem__(self, i: int | slice) -> DocInfo | list[DocInfo]:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        doc = self._built[i]
        if doc is None:
            try:
                doc = _document(self._raw[i], self._dates)
            except (KeyError, TypeError, ValueError, AttributeError):
                doc = DocInfo(self.ids[i], str(self._raw[i].get("path", "")), None, None, None, "none")
            self._built[i] = doc
        return doc

    def __eq__(self, other: object) -> bool:
        """Equal to any sequence holding the same documents (a tuple, a list)."""
        if not isinstance(other, Sequence) or isinstance(other, str):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]

    def get(self, doc_id: str) -> DocInfo | None:
        i = self._index.get(doc_id)
        return None if i is None else self[i]

    def check_all(self) -> None:
        """Build every document now, reporting the first bad one as an InputError."""
        for i, d in enumerate(self._raw):
            if self._built[i] is None:
                try:
                    self._built[i] = _document(d, self._dates)
                except (KeyError, TypeError, ValueError, AttributeError) as exc:
                    raise _bad(self._path, self._line_no, f"document {i + 1}: {_problem(exc)}") from None


def _document(d: Any, dates: dict[str, date]) -> DocInfo:
    """DocInfo.from_json with the publication dates shared: a header may list tens of
    thousands of documents published on a few hundred days. The common, well-formed
    shape is built positionally (a hot loop when opening a big timeline)."""
    if type(d) is not dict:
        return DocInfo.from_json(d)
    get = d.get
    ident, path, pub, origin = get("id"), get("path", ""), get("published"), get("published_from")
    if type(ident) is not str or type(path) is not str or type(origin) is not str:
        return DocInfo.from_json(d)
    when: date | None = None
    if pub:
        when = dates.get(pub)
        if when is None:
            when = dates[pub] = date.fromisoformat(pub)
    return DocInfo(ident, path, get("title"), get("source"), when, origin or "none")


class _Converter:
    """Event.from_json with shared values (dates, actors, theme tuples, document ids)."""

    __slots__ = ("path", "_dates", "_actors", "_themes", "_doc_ids", "_strings")

    def __init__(self, path: Path, doc_ids: Iterable[str]) -> None:
        self.path = path
        self._dates: dict[str, date] = {}
        self._actors: dict[tuple[str, str, str], ActorRef] = {}
        self._themes: dict[tuple[str, ...], tuple[str, ...]] = {(): ()}
        self._doc_ids = {k: k for k in doc_ids}
        # Short repeated values ("month", "explicit", "2020-08", "last year") shared: about
        # 50 MB per 200k events saved, for one dict entry per distinct value.
        self._strings: dict[Any, Any] = {}

    def event(self, d: Any, seq: int, where: int, unit: str = "line") -> Event:
        """The event of one JSON object; ``where`` is its line (or event) number."""
        try:
            return self._complete(d, seq)
        except (KeyError, TypeError, ValueError, AttributeError, IndexError):
            pass  # a hand-written object: the lenient path below, or the exact error
        try:
            return self._lenient(d, seq)
        except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
            raise InputError(f"{self.path}: {_problem(exc)} ({unit} {where})") from None

    def _complete(self, d: dict[str, Any], seq: int) -> Event:
        """The fast path for objects with every key our writer emits (indexing, no .get)."""
        w = d["when"]
        when = None
        if w is not None:
            t = w["timex"]
            dates = self._dates
            start, end = w["start"], w["end"]
            share = self._strings.setdefault  # one object per distinct value: less memory
            value, gran, mod = str(w["value"]), w["granularity"], w["mod"]
            anchor = w["anchor"] or "explicit"
            when = When(
                share(value, value),
                dates[start] if start in dates else self._date(start),
                dates[end] if end in dates else self._date(end),
                share(gran, gran),
                share(mod, mod),
                share(anchor, anchor),
                bool(w["ongoing"]),
                TimexRef(share(text := str(t["text"]), text), int(t["start"]), int(t["end"]))
                if t
                else None,
            )
        off = d["offsets"] or (0, 0)
        actors = d["actors"]
        return Event(
            str(d["id"]),
            self._doc_ids[d["doc"]],
            str(d["title"]),
            str(d["sentence"]),
            (int(off[0]), int(off[1])),
            when,
            tuple([self._actor(a) for a in actors]) if actors else (),
            self._theme_tuple(d["themes"]),
            seq,
        )

    def _lenient(self, d: Any, seq: int) -> Event:
        """Exactly ``Event.from_json``'s defaults, plus the document check."""
        doc = self._doc_ids.get(d["doc"])
        if doc is None:
            raise ValueError(f"event cites unknown document {d['doc']!r}")
        w = d.get("when")
        off = d.get("offsets") or (0, 0)
        actors = d.get("actors") or ()
        return Event(
            str(d["id"]),
            doc,
            str(d.get("title", "")),
            str(d.get("sentence", "")),
            (int(off[0]), int(off[1])),
            self._when(w) if w else None,
            tuple([self._actor(a) for a in actors]) if actors else (),
            self._theme_tuple(d.get("themes") or ()),
            seq,
        )

    def _date(self, s: Any) -> date | None:
        if not s:
            return None
        d = self._dates.get(s)
        if d is None:
            d = date.fromisoformat(s)
            if len(self._dates) < 1_000_000:  # bounded: a file of distinct days stays cheap
                self._dates[s] = d
        return d

    def _when(self, w: dict[str, Any]) -> When:
        t = w.get("timex")
        return When(
            str(w["value"]),
            self._date(w.get("start")),
            self._date(w.get("end")),
            w.get("granularity"),
            w.get("mod"),
            w.get("anchor") or "explicit",
            bool(w.get("ongoing", False)),
            TimexRef(str(t["text"]), int(t["start"]), int(t["end"])) if t else None,
        )

    def _actor(self, a: dict[str, Any]) -> ActorRef:
        key = (a["id"], a["name"], a.get("type", "unknown"))
        ref = self._actors.get(key)
        if ref is None:
            ref = self._actors[key] = ActorRef(str(key[0]), str(key[1]), str(key[2]))
        return ref

    def _theme_tuple(self, themes: Any) -> tuple[str, ...]:
        key = tuple([str(t) for t in themes])
        return self._themes.setdefault(key, key)


def _bad(p: Path, line_no: int, problem: str) -> InputError:
    return InputError(f"{p}: {problem} (line {line_no})")


def _json_problem(exc: ValueError) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return f"invalid JSON: {exc.msg} at column {exc.colno}"
    return f"not UTF-8 JSON: {exc}"


def _problem(exc: BaseException) -> str:
    if isinstance(exc, KeyError):
        return f"missing field {exc.args[0]!r}"
    if isinstance(exc, (TypeError, AttributeError, IndexError)):
        return "malformed value (wrong JSON type)"
    return str(exc) or type(exc).__name__

