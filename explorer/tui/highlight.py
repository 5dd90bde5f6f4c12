"""Where to highlight a time expression and the actors inside a sentence or a document."""

from __future__ import annotations

import re
from collections.abc import Iterable

from explorer.events.event import ActorRef, Event


def timex_span(ev: Event) -> tuple[int, int] | None:
    """The timex span relative to ``ev.sentence``: from the document offsets when they fit,
    else the first occurrence of its text."""
    w = ev.when
    if w is None or w.timex is None or not w.timex.text:
        return None
    text = w.timex.text
    rel = w.timex.start - ev.offsets[0]
    if rel >= 0 and ev.sentence[rel:rel + len(text)] == text:
        return (rel, rel + len(text))
    found = ev.sentence.lower().find(text.lower())
    return (found, found + len(text)) if found >= 0 else None


def _tokens(actor: ActorRef) -> list[str]:
    words = [w for w in re.split(r"[\s\-/]+", actor.name) if len(w) >= 4 and w[:1].isupper()]
    return [actor.name, *words]


def actor_spans(sentence: str, actors: Iterable[ActorRef]) -> list[tuple[int, int]]:
    """Mentions of the actors in ``sentence``: the full name, else a capitalised word of it
    at a word start ("Macron" in "Mr Macron" for a person named by first and last name);
    a match covers its whole word ("Malian", not "Mali" inside it)."""
    spans: list[tuple[int, int]] = []
    for actor in actors:
        for token in _tokens(actor):
            hits = [(m.start(), m.end())
                    for m in re.finditer(r"(?<!\w)" + re.escape(token) + r"\w*", sentence,
                                         re.IGNORECASE)]
            if hits:
                spans.extend(hits)
                break
    return spans
