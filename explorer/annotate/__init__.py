"""Actors and themes: who takes part in a sentence and what it is about.

    ann = Annotator()
    doc = ann.annotate(text, [(s.start, s.end) for s in document.content_sentences])
    doc.mentions_in(start, end); doc.themes_in(start, end)
"""

from .annotator import Annotator, DocAnnotation
from .types import ActorInfo, Mention, Role, Theme, ThemeHit

__all__ = ["ActorInfo", "Annotator", "DocAnnotation", "Mention", "Role", "Theme", "ThemeHit"]
