"""Exports of a timeline: json, jsonl (DESIGN.md schema version 1), csv, md and timelinejs.

The functions take the events to write (already selected and in timeline order: the caller
passes ``[timeline.events[i] for i in indices]``) and the documents they may cite, so this
face depends on the value types only, not on the model.

Choices that users see:

* **documents** (json, jsonl, md sources): only the documents that at least one written event
  cites, in the order they were given (corpus order). A filtered export therefore does not
  list articles none of its events come from; a document without events is not carried over.
* **json** is indented by 2 for people who read or diff it, ``ensure_ascii=False`` (UTF-8);
  the bytes equal ``json.dumps(obj, indent=2, ensure_ascii=False)`` plus a final newline but
  are streamed event by event, so memory stays flat at a million events.
* **jsonl** is the streaming form: line 1 ``{"version": 1, "documents": [...]}``, then one
  compact event object per line.
* **csv**: one row per event, RFC 4180 (``\\r\\n``). A file written by :func:`write_export` is
  UTF-8 *with* a BOM (``utf-8-sig``): without it Excel decodes UTF-8 as the local code page
  and breaks every accented name; LibreOffice and ``csv`` with ``encoding="utf-8-sig"`` read
  it fine. Streamed to stdout (:func:`render_export`) no BOM is written: pipes want plain
  UTF-8. Cells that a spreadsheet would run as a formula (first character ``= + - @``, tab or
  CR) get a leading apostrophe, as OWASP advises: document text is untrusted.
* **md**: a brief grouped by year with a numbered sources list; Markdown-significant
  characters in document text are backslash-escaped so an article cannot inject links,
  emphasis, tables or HTML.
* **timelinejs**: TimelineJS3 JSON. Only dated events can be placed on its axis; the undated
  ones are left out and the count of written events is returned so the caller can warn.
"""

from __future__ import annotations

import contextlib
import csv
import html
import json
import os
import re
import secrets
from collections.abc import Callable, Sequence
from datetime import date
from json.encoder import encode_basestring
from pathlib import Path
from typing import Any, NamedTuple, TextIO

from explorer.events.event import ActorRef, DocInfo, Event, When

__all__ = [
    "CSV_COLUMNS",
    "FORMATS",
    "csv_cell",
    "date_label",
    "jsonl_line",
    "md_escape",
    "render_export",
    "timelinejs_slide",
    "write_export",
]

FORMATS = ("json", "jsonl", "csv", "md", "timelinejs")

CSV_COLUMNS = (
    "id", "date", "start", "end", "granularity", "mod", "anchor", "ongoing", "title", "actors",
    "actor_ids", "themes", "sentence", "doc", "doc_title", "source", "published", "timex",
)

SCHEMA_VERSION = 1

_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
_INDENTED = json.JSONEncoder(ensure_ascii=False, indent=2)


def render_export(
    events: Sequence[Event],
    documents: Sequence[DocInfo],
    fmt: str,
    out: TextIO,
    *,
    summary: str | None = None,
) -> int:
    """Write ``events`` in ``fmt`` to ``out`` and return how many events were written
    (fewer than ``len(events)`` only for timelinejs, which cannot place undated events).

    ``summary`` is a one-line description of the filters (md: under the heading;
    timelinejs: the title slide). Raises ``ValueError`` on an unknown format or an event
    whose document is not among ``documents``.
    """
    writer = _WRITERS.get(fmt)
    if writer is None:
        raise ValueError(f"unknown export format {fmt!r} (expected one of {', '.join(FORMATS)})")
    return writer(events, _cited(events, documents), out, summary)


def write_export(
    events: Sequence[Event],
    documents: Sequence[DocInfo],
    fmt: str,
    path: str | Path,
    *,
    summary: str | None = None,
) -> int:
    """Write the export to ``path`` atomically and return the number of events written.

    The content goes to a temporary file in the same folder, is flushed and fsynced, then
    ``os.replace``-d over ``path``: a reader sees the old file or the new one, never half of
    either. On any error the old file is left intact and the temporary file removed.
    """
    if fmt not in _WRITERS:
        raise ValueError(f"unknown export format {fmt!r} (expected one of {', '.join(FORMATS)})")
    target = Path(path)
    if target.is_symlink():  # replace the file the link points to, keep the link
        target = Path(os.path.realpath(target))
    folder = target.parent
    encoding = "utf-8-sig" if fmt == "csv" else "utf-8"
    fd, tmp = _create_temp(folder, target.name)
    try:
        with open(fd, "w", encoding=encoding, newline="") as out:
            count = render_export(events, documents, fmt, out, summary=summary)
            out.flush()
            os.fsync(out.fileno())
        if target.exists():  # keep the permissions of the file being replaced
            os.chmod(tmp, target.stat().st_mode & 0o7777)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    _fsync_dir(folder)
    return count


def _create_temp(folder: Path, name: str) -> tuple[int, Path]:
    """A new file beside the target, created with mode 0o666 so that the umask applies as it
    would to a plain ``open`` (``mkstemp`` would leave it private, 0o600)."""
    while True:
        tmp = folder / f".{name}.{secrets.token_hex(4)}.tmp"
        try:
            return os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666), tmp
        except FileExistsError:
            continue


def _fsync_dir(folder: Path) -> None:
    """Make the rename durable too (best effort: not every platform can open a folder)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _cited(events: Sequence[Event], documents: Sequence[DocInfo]) -> list[DocInfo]:
    """The documents that the events cite, in the given order; every cited one must exist."""
    used = {e.doc for e in events}
    cited = [d for d in documents if d.id in used]
    missing = used - {d.id for d in cited}
    if missing:
        raise ValueError(f"events cite documents that were not given: {', '.join(sorted(missing)[:5])}")
    return cited


# --- json / jsonl ----------------------------------------------------------------------------


def _write_json(events: Sequence[Event], docs: list[DocInfo], out: TextIO, _: str | None) -> int:
    # Streamed by hand so that a million events never sit in one string; the layout is
    # exactly json.dumps(..., indent=2)'s (tests compare the two).
    enc = _INDENTED.encode
    out.write(f'{{\n  "version": {SCHEMA_VERSION},\n  "documents": ')
    out.write(enc([d.to_json() for d in docs]).replace("\n", "\n  "))
    out.write(',\n  "events": ')
    if not events:
        out.write("[]\n}\n")
        return 0
    out.write("[\n    ")
    sep = ",\n    "
    event = _EventFormatter(_INDENTED_LAYOUT).format
    for start in range(0, len(events), 4096):
        chunk = events[start : start + 4096]
        text = sep.join([event(e) for e in chunk])
        out.write(text if start == 0 else sep + text)
    out.write("\n  ]\n}\n")
    return len(events)


def _write_jsonl(events: Sequence[Event], docs: list[DocInfo], out: TextIO, _: str | None) -> int:
    header = {"version": SCHEMA_VERSION, "documents": [d.to_json() for d in docs]}
    out.write(_COMPACT.encode(header))
    out.write("\n")
    line = _EventFormatter(_COMPACT_LAYOUT).format
    for start in range(0, len(events), 8192):
        out.write("\n".join([line(e) for e in events[start : start + 8192]]))
        out.write("\n")
    return len(events)


def jsonl_line(e: Event) -> str:
    """``Event.to_json()`` as compact JSON (one JSONL line, without the newline)."""
    return _EventFormatter(_COMPACT_LAYOUT).format(e)


def _json_event(e: Event) -> str:
    """``Event.to_json()`` as ``json.dumps(indent=2)`` lays it out inside the ``events``
    list of a JSON export."""
    return _EventFormatter(_INDENTED_LAYOUT).format(e)


class _Layout(NamedTuple):
    """How one JSON layout writes an event: %-templates for the objects, and how a
    non-empty list is opened, separated and closed (an empty one is ``[]`` in both)."""

    event: str
    when: str
    timex: str
    actor: str
    open: str
    sep: str
    close: str
    theme_indent: str
    fallback: Callable[[dict[str, object]], str]


class _EventFormatter:
    """Formats ``Event.to_json()`` in a LAYOUT directly: 1.5-3x faster than building the
    dict and encoding it (the standard library's indenting encoder is pure Python), and
    byte-identical (tests hold both layouts to the standard encoders). Actors and dates
    recur, so their JSON is kept for the formatter's life (an actor by identity, kept alive
    so its id cannot be reused). A value of an unexpected type falls back to the generic
    encoder."""

    __slots__ = ("_layout", "_actors", "_dates", "_alive", "_themes")

    def __init__(self, layout: _Layout) -> None:
        self._layout = layout
        self._actors: dict[int, str] = {}
        self._dates: dict[object, str] = {None: "null"}
        self._alive: list[ActorRef] = []
        self._themes: dict[object, str] = {(): "[]"}  # theme tuples recur: a few dozen

    def _actor(self, a: ActorRef) -> str:
        frag = self._actors.get(id(a))
        if frag is None:
            frag = self._actors[id(a)] = self._layout.actor % (_q(a.id), _q(a.name), _q(a.type))
            self._alive.append(a)
        return frag

    def _date(self, d: date | None) -> str:
        frag = self._dates.get(d)
        if frag is None:
            frag = self._dates[d] = _q(d.isoformat())  # type: ignore[union-attr]
        return frag

    def _theme_list(self, themes: tuple[str, ...]) -> str:
        frag = self._themes.get(themes)
        if frag is None:
            lay = self._layout
            frag = lay.open + lay.sep.join([lay.theme_indent + _q(x) for x in themes]) + lay.close
            if len(self._themes) < 4096:
                self._themes[themes] = frag
        return frag

    def format(self, e: Event) -> str:
        event_t, when_t, timex_t, _, open_, sep, close, _, fallback = self._layout
        try:
            w = e.when
            if w is None:
                when = "null"
            else:
                t = w.timex
                when = when_t % (
                    _q(w.value),
                    self._date(w.start),
                    self._date(w.end),
                    "null" if w.granularity is None else _q(w.granularity),
                    "null" if w.mod is None else _q(w.mod),
                    _q(w.anchor),
                    "true" if w.ongoing is True else "false" if w.ongoing is False else _q(w.ongoing),
                    "null" if t is None else timex_t % (_q(t.text), _int(t.start), _int(t.end)),
                )
            actor = self._actor
            return event_t % (
                _q(e.id), _q(e.doc), _q(e.title), _q(e.sentence),
                _int(e.offsets[0]), _int(e.offsets[1]), when,
                open_ + sep.join([actor(a) for a in e.actors]) + close if e.actors else "[]",
                self._theme_list(e.themes),
            )
        except (TypeError, AttributeError):
            return fallback(e.to_json())


def _int(x: object) -> str:
    if type(x) is not int:
        raise TypeError("not an int")
    return str(x)


_q = encode_basestring  # a JSON string literal, non-ASCII kept (ensure_ascii=False); str only
_EVENT_FMT = (
    '{"id":%s,"doc":%s,"title":%s,"sentence":%s,"offsets":[%s,%s],"when":%s,'
    '"actors":%s,"themes":%s}'
)
_WHEN_FMT = (
    '{"value":%s,"start":%s,"end":%s,"granularity":%s,"mod":%s,"anchor":%s,"ongoing":%s,'
    '"timex":%s}'
)
_TIMEX_FMT = '{"text":%s,"start":%s,"end":%s}'
_ACTOR_FMT = '{"id":%s,"name":%s,"type":%s}'
_COMPACT_LAYOUT = _Layout(_EVENT_FMT, _WHEN_FMT, _TIMEX_FMT, _ACTOR_FMT, "[", ",", "]", "",
                          _COMPACT.encode)

_EVENT_INDENTED = """{
      "id": %s,
      "doc": %s,
      "title": %s,
      "sentence": %s,
      "offsets": [
        %s,
        %s
      ],
      "when": %s,
      "actors": %s,
      "themes": %s
    }"""
_WHEN_INDENTED = """{
        "value": %s,
        "start": %s,
        "end": %s,
        "granularity": %s,
        "mod": %s,
        "anchor": %s,
        "ongoing": %s,
        "timex": %s
      }"""
_TIMEX_INDENTED = """{
          "text": %s,
          "start": %s,
          "end": %s
        }"""
_ACTOR_INDENTED = """        {
          "id": %s,
          "name": %s,
          "type": %s
        }"""


def _indented_fallback(obj: dict[str, object]) -> str:
    return _INDENTED.encode(obj).replace("\n", "\n    ")


_INDENTED_LAYOUT = _Layout(_EVENT_INDENTED, _WHEN_INDENTED, _TIMEX_INDENTED, _ACTOR_INDENTED,
                           "[\n", ",\n", "\n      ]", "        ", _indented_fallback)


# --- csv -------------------------------------------------------------------------------------

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: str) -> str:
    """Neutralise a cell that a spreadsheet would evaluate (OWASP "CSV injection")."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def _write_csv(events: Sequence[Event], docs: list[DocInfo], out: TextIO, _: str | None) -> int:
    by_id = {d.id: d for d in docs}
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for e in events:
        w = e.when
        d = by_id[e.doc]
        row = (
            e.id,
            w.value if w else "",
            w.start.isoformat() if w and w.start else "",
            w.end.isoformat() if w and w.end else "",
            (w.granularity or "") if w else "",
            (w.mod or "") if w else "",
            w.anchor if w else "",
            ("true" if w.ongoing else "false") if w else "",
            e.title,
            "; ".join(a.name for a in e.actors),
            "; ".join(a.id for a in e.actors),
            "; ".join(e.themes),
            e.sentence,
            e.doc,
            d.title or "",
            d.source or "",
            d.published.isoformat() if d.published else "",
            w.timex.text if w and w.timex else "",
        )
        writer.writerow([csv_cell(c) for c in row])
    return len(events)


# --- labels shared by md and timelinejs --------------------------------------------------------

_MOD_WORDS = {
    "BEFORE": "before", "AFTER": "after", "ON_OR_BEFORE": "by", "ON_OR_AFTER": "from",
    "APPROX": "about", "START": "early", "MID": "mid", "END": "late",
    "MORE_THAN": "more than", "LESS_THAN": "less than", "EQUAL_OR_LESS": "at most",
    "EQUAL_OR_MORE": "at least",
}
_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "AU": "autumn", "WI": "winter"}
_PARTIAL = re.compile(r"^(\d{4})-(SP|SU|FA|AU|WI|Q[1-4]|H[12]|W\d\d)$")


def date_label(when: When | None) -> str:
    """How a person reads the date: ``2020-08``, ``summer 2019``, ``1990s``,
    ``before 2022-02``, ``2012 (ongoing)``; ``undated`` without a time."""
    if when is None:
        return "undated"
    value = when.value
    m = _PARTIAL.match(value)
    if m:
        year, part = m.groups()
        if part in _SEASONS:
            value = f"{_SEASONS[part]} {year}"
        elif part.startswith("W"):
            value = f"week {int(part[1:])} of {year}"
        else:
            value = f"{part} {year}"
    elif when.granularity == "decade" and re.fullmatch(r"\d{3}", value):
        value = f"{value}0s"
    elif when.granularity == "century" and re.fullmatch(r"\d{2}", value):
        value = f"{value}00s"
    elif when.start is not None and not re.match(r"^\d", value):
        value = when.start.isoformat()  # PRESENT_REF & co: show the date it resolved to
    if when.mod:
        value = f"{_MOD_WORDS.get(when.mod, when.mod.lower().replace('_', ' '))} {value}"
    if when.ongoing:
        value += " (ongoing)"
    return value


# --- markdown --------------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~&!])")
_SPACES = re.compile(r"\s+")


def md_escape(text: str) -> str:
    """Untrusted text as literal Markdown on one line: whitespace runs (newlines included)
    become one space, and every character that could start markup is backslash-escaped."""
    return _MD_SPECIAL.sub(r"\\\1", _SPACES.sub(" ", text).strip())


def _write_md(events: Sequence[Event], docs: list[DocInfo], out: TextIO, summary: str | None) -> int:
    number = {d.id: i for i, d in enumerate(docs, 1)}
    out.write("# Timeline\n\n")
    if summary:
        out.write(f"{md_escape(summary)}\n\n")
    n_docs = len(docs)
    out.write(f"{len(events)} event{'s' * (len(events) != 1)} from {n_docs} "
              f"document{'s' * (n_docs != 1)}.\n")
    groups: dict[str, list[Event]] = {}
    for e in events:
        key = str(e.when.start.year) if e.when and e.when.start else "Undated"
        groups.setdefault(key, []).append(e)
    if "Undated" in groups:  # dated years first, in the order given; then the rest
        groups["Undated"] = groups.pop("Undated")
    for heading, group in groups.items():
        out.write(f"\n## {heading}\n\n")
        for e in group:
            line = f"- **{md_escape(date_label(e.when))}** — " if e.when else "- "
            line += md_escape(e.title)
            if e.actors:
                line += f" ({md_escape(', '.join(a.name for a in e.actors))})"
            if e.themes:
                line += f" _{md_escape(', '.join(e.themes))}_"
            line += f" [{number[e.doc]}]\n"  # plain text: no link definition matches it
            out.write(line)
            if e.sentence.strip():
                out.write(f"  > {md_escape(e.sentence)}\n")
    if docs:
        out.write("\n## Sources\n\n")
        for i, d in enumerate(docs, 1):
            parts = [f"**{md_escape(d.title)}**" if d.title else md_escape(d.path)]
            if d.source:
                parts.append(md_escape(d.source))
            if d.published:
                day = d.published.isoformat()
                parts.append(f"{day} (inferred)" if d.published_from == "inferred" else day)
            if d.title and d.path:
                parts.append(f"`{d.path.replace('`', '')}`")
            out.write(f"{i}. {' — '.join(parts)}\n")
    return len(events)


# --- TimelineJS3 -----------------------------------------------------------------------------

# How much of a date TimelineJS may show: a year event has only a year, a month event a
# year and a month. Partial-year units (season, quarter, half) are placed by their first
# month and labelled by display_date.
_YEAR_ONLY = {"millennium", "century", "decade", "year"}
_MONTH = {"half", "season", "quarter", "month"}


def _tl_date(d: Any, granularity: str | None) -> dict[str, int]:
    if granularity in _YEAR_ONLY:
        return {"year": d.year}
    if granularity in _MONTH:
        return {"year": d.year, "month": d.month}
    return {"year": d.year, "month": d.month, "day": d.day}


def _plain_label(when: When) -> bool:
    """True when TimelineJS's own rendering of the date says all there is to say."""
    return not (when.mod or when.ongoing) and (
        when.granularity in ("year", "month", "day", None) and bool(re.match(r"^\d{4}(-\d\d){0,2}$", when.value))
    )


def timelinejs_slide(e: Event, doc: DocInfo | None) -> dict[str, Any] | None:
    """The TimelineJS3 slide of one event, or None if it has no start date."""
    w = e.when
    if w is None or w.start is None:
        return None
    slide: dict[str, Any] = {"start_date": _tl_date(w.start, w.granularity)}
    if w.end is not None:
        end = _tl_date(w.end, w.granularity)
        if end != slide["start_date"]:
            slide["end_date"] = end
    body = f"<p>{html.escape(e.sentence)}</p>"
    meta = []
    if e.actors:
        meta.append("Actors: " + html.escape(", ".join(a.name for a in e.actors)))
    if e.themes:
        meta.append("Themes: " + html.escape(", ".join(e.themes)))
    if doc is not None:
        src = ", ".join(x for x in (doc.title, doc.source) if x) or doc.path
        meta.append("Source: " + html.escape(src))
    if meta:
        body += "<p><small>" + "<br>".join(meta) + "</small></p>"
    slide["text"] = {"headline": html.escape(e.title), "text": body}
    if e.themes:
        slide["group"] = e.themes[0]
    if not _plain_label(w):
        slide["display_date"] = html.escape(date_label(w))
    slide["unique_id"] = e.id
    return slide


def _write_timelinejs(events: Sequence[Event], docs: list[DocInfo], out: TextIO, summary: str | None) -> int:
    by_id = {d.id: d for d in docs}
    slides = [s for s in (timelinejs_slide(e, by_id.get(e.doc)) for e in events) if s]
    intro = f"{len(slides)} dated event{'s' * (len(slides) != 1)} from {len(docs)} document{'s' * (len(docs) != 1)}."
    if summary:
        intro = f"{html.escape(summary)}<br>{intro}"
    obj = {"title": {"text": {"headline": "Timeline", "text": intro}}, "events": slides}
    out.write(json.dumps(obj, ensure_ascii=False, indent=2))
    out.write("\n")
    return len(slides)


_Writer = Callable[[Sequence[Event], list[DocInfo], TextIO, str | None], int]
_WRITERS: dict[str, _Writer] = {
    "json": _write_json,
    "jsonl": _write_jsonl,
    "csv": _write_csv,
    "md": _write_md,
    "timelinejs": _write_timelinejs,
}

