"""The corpus layer: loading, decoding, front matter, segmentation, DCT, bad input."""

from __future__ import annotations

import tracemalloc
from datetime import date
from pathlib import Path

import pytest

from explorer.corpus import (
    discover,
    document_from_text,
    iter_documents,
    load_corpus,
    load_document,
)
from explorer.corpus.segment import segment
from explorer.errors import InputError


def quiet(_: str) -> None:
    pass


class Warnings(list[str]):
    def __call__(self, message: str) -> None:
        self.append(message)


# --- the seed -------------------------------------------------------------------------


def test_seed_metadata(seed_path: Path) -> None:
    doc = load_document(seed_path, warn=quiet)
    assert doc.published == date(2023, 2, 7)
    assert doc.published_from == "front-matter"
    assert doc.source == "BBC"
    assert doc.title and "Mali" in doc.title
    assert doc.text[doc.body_start :].startswith("Russia\u2019s Foreign Minister")


def test_seed_sentence_offsets_index_the_original_text(seed_path: Path) -> None:
    doc = load_document(seed_path, warn=quiet)
    assert len(doc.sentences) > 20
    for s in doc.sentences:
        assert doc.text[s.start : s.end] == s.text
        assert s.text == s.text.strip() and s.text
    starts = [s.start for s in doc.sentences]
    assert starts == sorted(starts)


def test_seed_headings_and_boilerplate(seed_path: Path) -> None:
    doc = load_document(seed_path, warn=quiet)
    kinds = {s.text: s.kind for s in doc.sentences}
    assert kinds["Moscow lionised"] == "heading"
    assert kinds["Social media success"] == "heading"
    assert kinds["Source: BBC"] == "boilerplate"
    assert kinds["Leave a Reply"] == "boilerplate"
    assert all(s.kind == "sentence" for s in doc.content_sentences)
    assert not any("Leave a Reply" in s.text for s in doc.content_sentences)


def test_seed_quote_is_not_broken(seed_path: Path) -> None:
    doc = load_document(seed_path, warn=quiet)
    quoted = [s for s in doc.sentences if s.text.startswith("\u201cThe military success")]
    assert len(quoted) == 1
    assert "said in a speech on army day last month." in quoted[0].text


# --- segmentation ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr Smith arrived. He left.", 2),
        ("Mr. Smith met Col. Jones in the U.S. capital. They talked.", 2),
        ("Gen. J. R. Allen spoke on Jan. 5. Nobody listened.", 2),
        ("He said: \u201cWe won. We will win again.\u201d Then he left.", 2),
        ('He said "We won. We will win again." Then he left.', 2),
        ("Prices rose 3.5 percent. Shares fell.", 2),
        ("What now? Nobody knows! Wait\u2026 Yes.", 4),
        ("The U.N. mission ended in 2023. Troops left.", 2),
        # a clock time ends a sentence unless a day, month or time zone follows
        ("Cameras saw him at 9:04 p.m. He stopped at the store.", 2),
        ("It hit at 9 p.m. Sunday. Nobody was hurt.", 2),
        ("They met at 7 a.m. EST. on Friday.", 1),
        ("At 4:30 p.m. (1530 GMT) they began.", 1),
    ],
)
def test_sentence_split(text: str, expected: int) -> None:
    sents = segment(text)
    assert [s.text for s in sents if s.kind == "sentence"] == [text[s.start : s.end] for s in sents]
    assert len(sents) == expected, [s.text for s in sents]


def test_hard_wrapped_lines_are_joined() -> None:
    text = "The army seized power in August\n2020 and the junta\nstayed. Then elections\nwere delayed."
    sents = segment(text)
    # "2020" starts with a digit, not lower case: the wrap before it ends the run only at
    # terminal punctuation, so the first line joins only where the next starts lower case.
    assert sents[-1].text.endswith("were delayed.")
    assert all(text[s.start : s.end] == s.text for s in sents)


def test_markdown_heading_and_title() -> None:
    doc = document_from_text("# Coup in Niger\n\nSoldiers seized power on 26 July 2023.\n", "x.md", warn=quiet)
    assert doc.title == "Coup in Niger"
    assert doc.sentences[0].kind == "heading" and doc.sentences[0].text == "Coup in Niger"
    assert doc.sentences[1].kind == "sentence"


# --- front matter and DCT --------------------------------------------------------------


def test_front_matter_fields_and_date_key() -> None:
    text = "---\ntitle: 'A title'\ndate: 2021-05-03\nsource: \"Reuters\"\nurl: https://e.x/a\n---\nBody text here.\n"
    doc = document_from_text(text, "a.md", warn=quiet)
    assert (doc.title, doc.source, doc.url) == ("A title", "Reuters", "https://e.x/a")
    assert doc.published == date(2021, 5, 3) and doc.published_from == "front-matter"
    assert doc.text[doc.body_start :] == "Body text here.\n"


def test_malformed_front_matter_warns_with_file_and_line_and_keeps_body() -> None:
    w = Warnings()
    text = "---\ntitle: Fine\nthis line is broken\n---\nThe body survives.\n"
    doc = document_from_text(text, "bad.md", warn=w)
    assert any(m.startswith("bad.md:3:") and "front matter" in m for m in w), w
    assert doc.title == "Fine"
    assert [s.text for s in doc.sentences] == ["The body survives."]


def test_unclosed_front_matter_reads_whole_file_as_body() -> None:
    w = Warnings()
    doc = document_from_text("---\ntitle: x\nThe body.\n", "u.md", warn=w)
    assert any("u.md:1:" in m and "never closed" in m for m in w)
    assert doc.body_start == 0


def test_dct_precedence_front_matter_then_flag_then_inferred() -> None:
    flag = date(2020, 1, 1)
    fm = document_from_text("---\npublished: 2023-02-07\n---\nText.\n", "a.md", flag, warn=quiet)
    assert (fm.published, fm.published_from) == (date(2023, 2, 7), "front-matter")
    fl = document_from_text("Text on 3 March 2019.\n", "b.txt", flag, warn=quiet)
    assert (fl.published, fl.published_from) == (flag, "flag")
    w = Warnings()
    inf = document_from_text("Published 7 February 2023\nThe talks of 2 January 2023 failed.\n", "c.txt", warn=w)
    assert (inf.published, inf.published_from) == (date(2023, 2, 7), "inferred")
    assert any("inferred" in m for m in w)
    none = document_from_text("Nothing dated here.\n", "d.txt", warn=quiet)
    assert (none.published, none.published_from) == (None, "none")


# --- bad input ----------------------------------------------------------------------------


def test_missing_path_is_input_error(tmp_path: Path) -> None:
    missing = tmp_path / "nope"
    with pytest.raises(InputError, match="nope: no such file"):
        load_corpus([str(missing)], warn=quiet)


def test_folder_without_documents_is_input_error(tmp_path: Path) -> None:
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    with pytest.raises(InputError, match="no readable documents"):
        load_corpus([str(tmp_path)], warn=quiet)


def test_folder_with_only_unusable_files_is_input_error(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    with pytest.raises(InputError, match="no readable documents"):
        load_corpus([str(tmp_path)], warn=quiet)


def test_binary_and_empty_files_are_skipped_with_a_warning(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("The army seized power in 2020.\n", "utf-8")
    (tmp_path / "bin.txt").write_bytes(b"abc\x00\x01\x02def")
    (tmp_path / "empty.md").write_text("  \n")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "deep.md").write_text("Deep text.\n")
    (tmp_path / ".hidden.txt").write_text("Hidden.\n")
    w = Warnings()
    docs = load_corpus([str(tmp_path)], warn=w)
    assert sorted(Path(d.path).name for d in docs) == ["deep.md", "good.txt"]
    assert any("bin.txt" in m and "binary" in m for m in w)
    assert any("empty.md" in m and "empty" in m for m in w)


def test_cp1252_is_decoded_without_mojibake(tmp_path: Path) -> None:
    f = tmp_path / "win.txt"
    f.write_bytes("\u201cWe won\u201d, said the minister \u2013 caf\u00e9.\n".encode("cp1252"))
    w = Warnings()
    doc = load_document(f, warn=w)
    assert "\u201cWe won\u201d" in doc.text and "caf\u00e9" in doc.text and "\u2013" in doc.text
    assert any("win.txt" in m and "cp1252" in m for m in w)


def test_utf8_bom_and_crlf(tmp_path: Path) -> None:
    f = tmp_path / "bom.txt"
    f.write_bytes("\ufeffFirst line.\r\nSecond line.\r\n".encode())
    doc = load_document(f, warn=quiet)
    assert [s.text for s in doc.sentences] == ["First line.", "Second line."]


def test_discover_keeps_stdin_and_sorts(tmp_path: Path) -> None:
    for name in ("b.txt", "a.md", "c.json"):
        (tmp_path / name).write_text("x.\n")
    found = discover(["-", str(tmp_path)])
    assert found[0] == "-"
    assert [Path(p).name for p in found[1:]] == ["a.md", "b.txt"]


def test_stdin_document(monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"From stdin. Two sentences.\n")))
    docs = list(iter_documents(["-"], date(2024, 1, 1), warn=quiet))
    assert docs[0].path == "-" and len(docs[0].sentences) == 2
    assert docs[0].published_from == "flag"


def test_document_ids_are_stable_and_distinct(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "x.txt").write_text("One text.\n")
    (tmp_path / "b" / "x.txt").write_text("Another text.\n")
    first = [d.id for d in load_corpus([str(tmp_path)], warn=quiet)]
    again = [d.id for d in load_corpus([str(tmp_path)], warn=quiet)]
    assert first == again and len(set(first)) == 2


def test_large_file_loads_with_a_few_copies_in_memory(tmp_path: Path, seed_text: str) -> None:
    body = seed_text.split("---\n", 2)[2].rsplit("Source:", 1)[0]
    reps = (50 * 1024 * 1024) // len(body.encode())
    f = tmp_path / "big.txt"
    with f.open("w", encoding="utf-8") as out:
        for _ in range(reps):
            out.write(body)
    size = f.stat().st_size
    assert size >= 50 * 1024 * 1024 * 0.99
    tracemalloc.start()
    try:
        doc = load_document(f, warn=quiet)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(doc.sentences) > 300_000
    # The decoded text is UCS-2 here (typographic quotes), so one copy is 2x the file size.
    assert peak < 8 * size, f"peak {peak / 1e6:.0f} MB for a {size / 1e6:.0f} MB file"


@pytest.mark.parametrize(
    ("line", "dateline"),
    [
        ("NIAMEY, Niger (AP) \u2014 The junta on Friday gave the envoy 48 hours.", "NIAMEY, Niger (AP) \u2014"),
        ("WASHINGTON (Reuters) - The U.S. said so.", "WASHINGTON (Reuters) -"),
        ("KYIV, Ukraine \u2014 Russia attacked.", "KYIV, Ukraine \u2014"),
        ("NATO \u2014 the alliance \u2014 said on Monday it would.", None),
        # a place in capitals alone, when a sentence follows
        ("SAN FRANCISCO \u2014 Kestrel Inc. unveiled a service.", "SAN FRANCISCO \u2014"),
    ],
)
def test_datelines_become_boilerplate(line: str, dateline: str | None) -> None:
    segs = segment(line)
    if dateline is None:
        assert [s.kind for s in segs] == ["sentence"]
    else:
        assert (segs[0].kind, segs[0].text) == ("boilerplate", dateline)
        assert segs[1].kind == "sentence" and segs[1].text == line[len(dateline) :].strip()


def test_dateline_after_a_title_line() -> None:
    doc = document_from_text("A title\n\nKYIV, Ukraine \u2014 Russia attacked.\n", "k.txt", warn=quiet)
    assert [s.kind for s in doc.sentences] == ["heading", "boilerplate", "sentence"]
