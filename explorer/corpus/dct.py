"""Inferring a document creation time from the text when nothing else gives one.

A dateline ("Published 7 February 2023") wins; otherwise the latest fully written date in
the text that is not in the future. The result is always marked ``inferred``.
"""

from __future__ import annotations

import re
from datetime import date

_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for m in names
}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_FULL_DATE = re.compile(
    rf"\b(?:(?P<iy>\d{{4}})-(?P<im>\d{{2}})-(?P<id>\d{{2}})"
    rf"|(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{_MONTH_RE})\.?,?\s+(?P<y1>\d{{4}})"
    rf"|(?P<m2>{_MONTH_RE})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}}))\b",
    re.I,
)


# A publication date shows near the top; scanning a huge file to the end buys nothing.
_SCAN_LIMIT = 200_000


def _to_date(m: re.Match[str]) -> date | None:
    try:
        if m.group("iy"):
            return date(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
        if m.group("y1"):
            return date(int(m.group("y1")), _MONTHS[m.group("m1").lower()], int(m.group("d1")))
        return date(int(m.group("y2")), _MONTHS[m.group("m2").lower()], int(m.group("d2")))
    except ValueError:
        return None


def parse_loose_date(value: str) -> date | None:
    """A date written in full in a metadata value ("2023-02-07", "7 February 2023")."""
    m = _FULL_DATE.search(value)
    if m:
        return _to_date(m)
    return None


def infer_dct(text: str, datelines: list[str], today: date | None = None) -> date | None:
    """Best guess of the publication date, or None when the text has no full date."""
    today = today or date.today()
    for line in datelines:
        d = parse_loose_date(line)
        if d and d <= today:
            return d
    latest: date | None = None
    for m in _FULL_DATE.finditer(text, 0, _SCAN_LIMIT):
        d = _to_date(m)
        if d and d <= today and (latest is None or d > latest):
            latest = d
    return latest
