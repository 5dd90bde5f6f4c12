"""Actors and themes: who takes part in a sentence and what it is about.

    ann = Annotator()                      # bundled data, compiled once per process
    doc = ann.annotate(text, [(s.start, s.end) for s in document.content_sentences])
    doc.mentions_in(start, end); doc.themes_in(start, end); ann.resolve("Moscow") == "russia"

Decisions (the data files say the same where they apply):

- Armed forces of a state are that state: "Malian armed forces", "French forces", "US troops"
  and "the army" (when a state was named in the last few sentences) give the state's id, with
  the phrase kept as the mention text. A user file may add "<state>-armed-forces" actors.
- Places are no actors: continents and regions ("Africa", "West Africa", "the Sahel",
  "Gulf of Guinea"), cities that are not seats of government, provinces. Capitals and seats of
  government are metonyms of their state ("Bamako", "the Kremlin", "the White House").
- Generic phrases count only once the text named who they mean: "the mercenaries" after
  a mercenary group; "the foreign minister" after a foreign minister was named (gazetteer
  role, or a title in the text, which wins); "the junta" / "the country" for the state named just before.
- Discovery (names no list has) needs positive evidence and favours precision; its actors
  have ``discovered=True`` and an id that is the slug of the name (``textnorm.slugify``).
- Civilians, refugees and other collective nouns are not actors by default.
"""

from .annotator import Annotator, DocAnnotation
from .textnorm import slugify
from .types import ActorInfo, Mention, Role, Theme, ThemeHit

__all__ = [
    "ActorInfo", "Annotator", "DocAnnotation", "Mention", "Role", "Theme", "ThemeHit", "slugify",
]
