"""Plain-text helpers shared by the faces: untrusted text made inert, dates shown at their
real precision, and how a date was obtained, in words. No UI imports: the TUI wraps these
strings in ``rich.text.Text`` (never markup), the CLI prints them as they are.
"""

from __future__ import annotations

import re
from datetime import date

from explorer.events.event import DocInfo, Event, When

# C0 controls (bar tab/newline when kept), DEL, C1 controls, and bidi overrides/isolates
# (which can reorder what the reader sees).
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_LINE_BREAKS = re.compile(r"[\t\n\r\u2028\u2029]")  # one for one: offsets hold


def _visible(m: re.Match[str]) -> str:
    c = ord(m.group())
    if c < 0x20:
        return chr(0x2400 + c)  # control pictures: ␛ for ESC, ␇ for BEL
    if c == 0x7F:
        return "\u2421"  # ␡
    return "\ufffd"


def clean(s: str | None, *, one_line: bool = True) -> str:
    """``s`` with control characters made visible; line breaks folded when ``one_line``."""
    if not s:
        return ""
    if one_line:
        s = _LINE_BREAKS.sub(" ", s)
    else:
        s = s.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    return _CONTROLS.sub(_visible, s)


_MOD_PREFIX = {
    "APPROX": "~", "BEFORE": "<", "AFTER": ">", "ON_OR_BEFORE": "≤", "ON_OR_AFTER": "≥",
    "START": "early ", "MID": "mid ", "END": "late ", "LESS_THAN": "<", "MORE_THAN": ">",
}
_VALUE_SHAPES = re.compile(r"^\d{4}(-(\d{2}|Q[1-4]|H[12]|W\d{2}|SP|SU|FA|WI)(-\d{2})?)?$")


def _span_label(w: When) -> str:
    s = w.start
    g = w.granularity or ""
    if s is None:
        return clean(w.value)[:12] or "undated"
    if g == "year":
        return f"{s.year}"
    if g == "month":
        return f"{s.year}-{s.month:02d}"
    if g in ("day", "time", "hour", "minute", "second"):
        return s.isoformat()
    if g == "decade":
        return f"{s.year // 10 * 10}s"
    if g == "century":
        return f"{s.year // 100 + 1}th c."
    if g == "quarter":
        return f"{s.year}-Q{(s.month - 1) // 3 + 1}"
    if g == "half":
        return f"{s.year}-H{1 if s.month <= 6 else 2}"
    if _VALUE_SHAPES.match(w.value or ""):
        return w.value
    return s.isoformat()


def date_label(w: When | None) -> str:
    """The date at its real precision: ``2012``, ``2020-08``, ``~2013-Q1``, ``2012→``."""
    if w is None or w.start is None:
        return "undated"
    label = _MOD_PREFIX.get((w.mod or "").upper(), "") + _span_label(w)
    return label + "→" if w.ongoing else label


def _published(doc: DocInfo | None) -> str:
    if doc is None or doc.published is None:
        return "the publication date (unknown)"
    extra = " (inferred)" if doc.published_from == "inferred" else ""
    return f"the publication date {doc.published.isoformat()}{extra}"


def how_dated(ev: Event, doc: DocInfo | None) -> str:
    """In words, how the event's date was obtained."""
    w = ev.when
    if w is None or w.start is None:
        return "No date: the sentence carries no time expression the tool could resolve."
    label = date_label(w).rstrip("→")
    if w.ongoing:
        label = f"from {label}"
    said = f"'{clean(w.timex.text)}' → {label}" if w.timex and w.timex.text else label
    if w.anchor == "relative":
        out = f"{said}, relative to {_published(doc)}"
    elif w.anchor == "narrative":
        out = f"{said}, taken from the clause it is linked to (since, after, before, when…)"
    elif w.anchor == "tense":
        out = f"present-tense news, anchored at {_published(doc)} → {label}"
    else:
        out = f"{said}, stated explicitly"
    if w.ongoing:
        out += "; still ongoing"
    return out + "."


def interval_words(w: When | None) -> str:
    if w is None or w.start is None:
        return ""
    end = w.end or w.start
    if end == w.start:
        return w.start.isoformat()
    return f"{w.start.isoformat()} … {end.isoformat()}"


def parse_when(text: str) -> date | None:
    """``2012``, ``2020-08`` or ``2023-02-07`` → the first day it names; None otherwise."""
    t = text.strip()
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", t)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
    except ValueError:
        return None
