"""Plain-text helpers shared by the faces: untrusted text made safe, dates as labels."""

from __future__ import annotations

import re

from explorer.events.event import When

# C0 and C1 controls, DEL, and the bidi overrides that can disguise text; tab and newline
# become spaces so a single line stays a single line.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def clean(text: str) -> str:
    """Text from a document, fit to show: controls removed, white space kept plain."""
    return _CONTROL.sub(lambda m: " " if m.group(0) in "\t\n\r" else "", text)


def date_label(when: When | None) -> str:
    """The date at its real precision: 2012, 2020-08, 2023-02-07, 2013-Q1; marks for
    ongoing (2012→), approximate (~), before (<) and after (>)."""
    if when is None:
        return "undated"
    value = when.value
    if value == "PRESENT_REF" and when.start:
        value = when.start.isoformat()
    mark = {"APPROX": "~", "BEFORE": "<", "AFTER": ">", "ON_OR_BEFORE": "≤", "ON_OR_AFTER": "≥",
            "START": "early ", "MID": "mid ", "END": "late "}.get(when.mod or "", "")
    label = f"{mark}{value}"
    if when.ongoing:
        label += "→"
    return label
