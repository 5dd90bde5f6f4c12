"""The batched pipeline: files go through each stage together, yet every file gets
exactly what it gets alone, in order, with its warnings, whether run serially, in a
process pool, or from the cache."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer import pipeline
from explorer.pipeline import batches, extract_bytes, load_events

ARTICLES = [
    "published: 2023-02-07\n---\nThe army seized power in August 2020. Talks have resumed "
    "this week, officials said on Monday.",
    "published: 2021-06-01\n---\nFloods hit the north last month. Relief has been slow.",
    "",  # an empty file: skipped with a warning, between two good ones
    "published: 2019-03-15\n---\nThe minister resigned on Tuesday after two years in office.",
]


def _corpus(tmp_path: Path) -> list[str]:
    paths = []
    for i, text in enumerate(ARTICLES):
        p = tmp_path / f"{i}.md"
        p.write_text(f"---\n{text}" if text else "", "utf-8")
        paths.append(str(p))
    return paths


@pytest.mark.parametrize("sizes, limit, expected", [
    ([1, 1, 1, 1], 2, [[0, 1], [2, 3]]),
    ([5, 1, 1], 2, [[0], [1, 2]]),  # an item over the limit is a batch of its own
    ([1, 5, 1], 2, [[0], [1], [2]]),
    ([], 2, []),
    ([3], 10, [[0]]),
])
def test_batches_keep_order_and_size(sizes: list[int], limit: int, expected: list[list[int]]) -> None:
    assert list(batches(list(range(len(sizes))), sizes.__getitem__, limit)) == expected


@pytest.mark.parametrize("parallel", [False, True])
def test_batched_extraction_equals_one_file_at_a_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, parallel: bool
) -> None:
    paths = _corpus(tmp_path)
    alone = [extract_bytes(Path(p).read_bytes(), p, None) for p in paths]
    monkeypatch.setattr(pipeline, "BATCH_BYTES", 150)  # several files per batch, several batches
    warnings: list[str] = []
    docs, events = load_events(paths, warn=warnings.append, parallel=parallel)
    assert [d.path for d in docs] == [paths[0], paths[1], paths[3]]
    assert events == [e for info, evs, _ in alone if info is not None for e in evs]
    assert warnings == [f"{paths[2]}: empty file; skipped"]
    # and again, now from the cache
    assert load_events(paths, warn=lambda _: None, parallel=parallel)[1] == events
