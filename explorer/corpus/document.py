"""Value types of the corpus layer: a loaded document and its sentences.

Every offset is a Python string index into ``Document.text``, the decoded file exactly
as read (front matter included), so that any later layer can point back at the source.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

SegmentKind = Literal["sentence", "heading", "boilerplate"]
DctSource = Literal["front-matter", "flag", "inferred", "none"]


@dataclass(frozen=True, slots=True)
class Sentence:
    """A span of the document: a sentence, a heading, or page boilerplate."""

    start: int
    end: int
    text: str
    kind: SegmentKind = "sentence"
    index: int = 0  # position among the document's segments


@dataclass(frozen=True, slots=True)
class Document:
    """One article. ``text`` is the whole decoded file; ``body_start`` skips front matter."""

    id: str
    path: str
    text: str
    body_start: int
    title: str | None
    source: str | None
    url: str | None
    published: date | None
    published_from: DctSource
    sentences: tuple[Sentence, ...] = field(default=())
    warnings: tuple[str, ...] = field(default=())

    @property
    def body(self) -> str:
        return self.text[self.body_start :]

    @property
    def content_sentences(self) -> tuple[Sentence, ...]:
        """Sentences that carry content (no headings, no boilerplate)."""
        return tuple(s for s in self.sentences if s.kind == "sentence")
