"""Invariants of annotate() on arbitrary text: offsets, order, sentence bounds, no crash."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.annotate import Annotator

WORDS = ["Mali", "Mali’s", "Goïta", "Col", "Mr", "Lavrov", "the", "army", "junta", "UN", "(",
         ")", "Minusma", "İstanbul", "ß", "coup", "IS", "US", "Wagner", "Group", "of", "al-",
         "Qaeda", "\n", ",", ".", "said", "Smith", "John", "the foreign minister", "ﬁ", "Ⅻ"]

texts = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=6)), max_size=60).map(
    " ".join)


@settings(max_examples=150, deadline=None)
@given(text=texts, cuts=st.lists(st.integers(min_value=0, max_value=400), max_size=8))
def test_offsets_and_order_hold_on_any_text(text: str, cuts: list[int]) -> None:
    bounds = sorted({0, len(text), *(c for c in cuts if c <= len(text))})
    segments = list(zip(bounds, bounds[1:], strict=False))
    doc = Annotator().annotate(text, segments)
    last_end = 0
    for m in doc.mentions:
        assert text[m.start : m.end] == m.text and m.start < m.end
        assert m.start >= last_end  # sorted, no overlaps
        last_end = m.end
        assert any(s <= m.start and m.end <= e for s, e in segments)
    for h in doc.theme_hits:
        assert any(s <= h.start and h.end <= e for s, e in segments)
    assert set(doc.themes_in(0, len(text))) == {h.theme for h in doc.theme_hits}
