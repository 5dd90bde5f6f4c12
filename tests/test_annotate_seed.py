"""The seed article's actors and themes (issue 4 expectations), through the public API."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from explorer.annotate import Annotator, DocAnnotation

SEED = next((Path(__file__).resolve().parents[1] / "explorer" / "data" / "seeds").glob("*.md"))


def content_segments(text: str) -> list[tuple[int, int]]:
    """Sentence spans of the body, leaving out headings and page boilerplate the way the corpus
    layer does (short lines without final punctuation, "Source: ...", "Leave a Reply")."""
    body = text.index("\n---", 3) + 5 if text.startswith("---") else 0
    spans: list[tuple[int, int]] = []
    pos = body
    for line in text[body:].split("\n"):
        start, pos = pos, pos + len(line) + 1
        stripped = line.strip()
        if (not stripped or stripped.startswith("Source:") or stripped == "Leave a Reply"
                or not stripped.endswith((".", "”", '"', "?", "!"))):
            continue
        for m in re.finditer(r"(?<=[.!?”])\s+(?=[A-Z“])", line):
            spans.append((start, start + m.start()))
            start = start + m.end()
        spans.append((start, pos - 1))
    return spans


@pytest.fixture(scope="module")
def seed() -> tuple[str, DocAnnotation]:
    text = SEED.read_text("utf-8")
    return text, Annotator().annotate(text, content_segments(text))


def at(text: str, doc: DocAnnotation, phrase: str, nth: int = 0) -> list[str]:
    """Actor ids mentioned inside the nth occurrence of ``phrase``."""
    starts = [m.start() for m in re.finditer(re.escape(phrase), text)]
    s = starts[nth]
    return [m.actor_id for m in doc.mentions_in(s, s + len(phrase))]


def test_expected_actors_are_found(seed: tuple[str, DocAnnotation]) -> None:
    _, doc = seed
    found = set(doc.actor_ids())
    expected = {
        "russia", "sergei-lavrov", "mali", "france", "wagner-group", "assimi-goita", "un",
        "minusma", "germany", "united-kingdom", "ivory-coast", "benin", "islamic-state",
        "al-qaeda", "burkina-faso", "niger", "acled", "ukraine",
    }
    assert expected <= found, expected - found


def test_nothing_is_an_actor_that_is_not_one(seed: tuple[str, DocAnnotation]) -> None:
    text, doc = seed
    bad = {"Nevertheless", "Leave", "Social Media", "Social media", "Source", "Last", "This",
           "Civilian", "Africa", "West Africa", "Gulf of Guinea", "Keletigui", "Sukhoi", "Yet",
           "It", "Rights", "Analysis", "Emboldened", "European", "Islamist"}
    assert not {m.text for m in doc.mentions} & bad
    assert not {m.name for m in doc.mentions} & bad
    # every actor of this article is a known one: nothing was "discovered" by mistake
    assert [m.text for m in doc.mentions if m.discovered] == []


def test_aliases_metonyms_demonyms_and_forces(seed: tuple[str, DocAnnotation]) -> None:
    text, doc = seed
    assert at(text, doc, "Bamako") == ["mali"]
    assert at(text, doc, "Moscow’s") == ["russia"]
    assert at(text, doc, "the Malian armed forces") == ["mali"]
    assert at(text, doc, "Malian soldiers") == ["mali"]
    assert at(text, doc, "French forces") == ["france"]
    assert at(text, doc, "Russian mercenaries") == ["wagner-group"]
    assert at(text, doc, "Wagner’s deployment") == ["wagner-group"]
    assert at(text, doc, "Wagner Group fighters began") == ["wagner-group"]
    assert at(text, doc, "the UK") == ["united-kingdom"]
    assert at(text, doc, "Acled Info") == ["acled"]
    assert at(text, doc, "the Islamic State group") == ["islamic-state"]
    assert at(text, doc, "UN peacekeeping mission (Minusma)") == ["un", "minusma"]


def test_possessive_mention_is_the_name(seed: tuple[str, DocAnnotation]) -> None:
    text, doc = seed
    s = text.index("Mali’s military government")
    (m,) = doc.mentions_in(s, s + len("Mali’s"))
    assert (m.text, m.actor_id, m.end - m.start) == ("Mali", "mali", 4)


def test_persons_are_tied_together(seed: tuple[str, DocAnnotation]) -> None:
    text, doc = seed
    assert at(text, doc, "Foreign Minister Sergei Lavrov") == ["sergei-lavrov"]
    assert at(text, doc, "Mr Lavrov") == ["sergei-lavrov"]
    assert at(text, doc, "the foreign minister’s") == ["sergei-lavrov"]
    assert at(text, doc, "Col Assimi Goïta") == ["assimi-goita"]


def test_generic_phrases_resolve_only_to_what_the_text_named(
    seed: tuple[str, DocAnnotation],
) -> None:
    text, doc = seed
    assert at(text, doc, "the mercenaries") == ["wagner-group"]  # Wagner was named before
    assert at(text, doc, "the army seized power") == ["mali"]  # the state named just before


def test_headings_and_boilerplate_have_no_mentions(seed: tuple[str, DocAnnotation]) -> None:
    text, doc = seed
    for heading in ("Moscow lionised", "Social media success", "Source: BBC", "Leave a Reply"):
        s = text.index(heading)
        assert doc.mentions_in(s, s + len(heading)) == []


def test_mention_offsets_point_into_the_text(seed: tuple[str, DocAnnotation]) -> None:
    text, doc = seed
    assert doc.mentions
    for m in doc.mentions:
        assert text[m.start : m.end] == m.text
    assert [m.start for m in doc.mentions] == sorted(m.start for m in doc.mentions)


@pytest.mark.parametrize(
    ("sentence_start", "theme"),
    [
        ("Russia’s Foreign Minister", "military"),
        ("Russia’s Foreign Minister", "insurgency"),
        ("It has instead lionised Moscow", "governance/coup"),
        ("Nevertheless, Mali’s military junta", "information/media"),
        ("Nevertheless, Mali’s military junta", "governance/coup"),
        ("Rights groups have documented", "human-rights"),
        ("The capacity of the nearly 18,000-strong", "peacekeeping"),
        ("But concerns have been raised", "justice"),
        ("Emboldened by their work", "information/media"),
        ("Last year, Mali turned its back", "diplomacy"),
    ],
)
def test_sentence_themes(seed: tuple[str, DocAnnotation], sentence_start: str, theme: str) -> None:
    text, doc = seed
    s = text.index(sentence_start)
    e = text.index("\n", s)
    assert theme in doc.themes_in(s, e)


def test_themes_of_a_plain_sentence_are_few(seed: tuple[str, DocAnnotation]) -> None:
    text, doc = seed
    s = text.index("These include Sukhoi")
    assert doc.themes_in(s, text.index("\n", s)) == ("military",)
