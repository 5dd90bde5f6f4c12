"""Score the date parser on the review rounds: news articles written for the purpose and
annotated by hand, by TimeML's conventions, before the tagger was run on them.

    python bench/review_rounds.py [ROUND ...] [--rows]

Each round is a folder of `bench/reviews/` holding articles `<round>1.txt` .. `<round>8.txt`
(first line "DCT: YYYY-MM-DD", a blank line, then the article) and their annotations
`gold_<round>N.tsv` (one expression per line, in order of appearance:
text<TAB>TYPE<TAB>VALUE[<TAB>MOD]). An expression counts as right when the tagger has that
extent, type and value, as TempEval-3 scores value; a differing mod is reported apart.
`--rows` prints every gold row that is not right, and every extra, with its sentence.
A check for whoever changes the rules, not part of the test suite's pass/fail.
"""

from __future__ import annotations

import argparse
import re
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from explorer.temporal import tag  # noqa: E402

REVIEWS = Path(__file__).resolve().parent / "reviews"
_DCT = re.compile(r"DCT:\s*(\d{4})-(\d\d)-(\d\d)\s*$")
_SENTENCE_STOP = re.compile(r"\.\s|\n")


def load(path: Path) -> tuple[date, str]:
    first, _, rest = path.read_text(encoding="utf-8").partition("\n")
    m = _DCT.match(first)
    if m is None:
        raise SystemExit(f"{path}: first line must be 'DCT: YYYY-MM-DD', got {first!r}")
    return date(int(m[1]), int(m[2]), int(m[3])), rest[1:] if rest.startswith("\n") else rest


def gold_rows(path: Path) -> list[tuple[str, str, str, str | None]]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) < 3:
            raise SystemExit(f"{path}:{n}: need text<TAB>TYPE<TAB>VALUE[<TAB>MOD], got {line!r}")
        mod = parts[3].strip() if len(parts) > 3 and parts[3].strip() else None
        rows.append((parts[0], parts[1].strip(), parts[2].strip(), mod))
    return rows


def sentence_at(text: str, start: int, end: int) -> str:
    opens = max((m.end() for m in _SENTENCE_STOP.finditer(text, 0, start)), default=0)
    stop = _SENTENCE_STOP.search(text, end)
    return text[opens : stop.start() + 1 if stop else len(text)].strip()


def score_article(article: Path, gold: Path) -> tuple[int, int, int, list[str]]:
    """Right, gold and extra counts of one article, and the lines for `--rows`."""
    dct, text = load(article)
    ours = list(tag(text, dct))
    used: set[int] = set()
    pos = right = 0
    lines: list[str] = []
    rows = gold_rows(gold)
    for g_text, g_type, g_value, g_mod in rows:
        whole = re.compile((r"(?<!\w)" if g_text[:1].isalnum() else "") + re.escape(g_text)
                           + (r"(?!\w)" if g_text[-1:].isalnum() else ""))
        found = whole.search(text, pos) or whole.search(text)
        want = " ".join(x for x in (g_type, g_value, g_mod) if x)
        if found is None:
            lines.append(f"NOTFOUND\t{article.stem}\t{g_text}\t{want}")
            continue
        i, j = found.span()
        pos = max(pos, j)
        hit = next((k for k, t in enumerate(ours) if k not in used and t.start < j and i < t.end), None)
        if hit is None:
            lines.append(f"MISSED\t{article.stem}\t{g_text}\t{want}\t-\t{sentence_at(text, i, j)}")
            continue
        used.add(hit)
        t = ours[hit]
        got = " ".join(x for x in (t.type, t.value, t.mod) if x)
        if (t.start, t.end) == (i, j) and (t.type, t.value) == (g_type, g_value):
            right += 1
            if t.mod != g_mod:
                lines.append(f"OK~mod\t{article.stem}\t{g_text}\t{want}\t{got}\t{sentence_at(text, i, j)}")
        else:
            status = "VALUE" if (t.start, t.end) == (i, j) else "EXTENT"
            lines.append(f"{status}\t{article.stem}\t{g_text}\t{want}\t'{t.text}' {got}\t{sentence_at(text, i, j)}")
    extras = [t for k, t in enumerate(ours) if k not in used]
    for t in extras:
        got = " ".join(x for x in (t.type, t.value, t.mod) if x)
        lines.append(f"EXTRA\t{article.stem}\t{t.text}\t-\t{got}\t{sentence_at(text, t.start, t.end)}")
    return right, len(rows), len(extras), lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("rounds", nargs="*", help="round folders of bench/reviews (default: all)")
    parser.add_argument("--rows", action="store_true", help="print every row that is not right")
    args = parser.parse_args()
    names = args.rounds or sorted(p.name for p in REVIEWS.iterdir() if p.is_dir())
    total = [0, 0, 0]
    for name in names:
        folder = REVIEWS / name
        if not folder.is_dir():
            raise SystemExit(f"{folder}: no such round")
        counts = [0, 0, 0]
        for article in sorted(folder.glob(f"{name}[0-9]*.txt"), key=lambda p: int(p.stem[len(name):])):
            right, gold, extra, lines = score_article(article, folder / f"gold_{article.stem}.tsv")
            counts = [counts[0] + right, counts[1] + gold, counts[2] + extra]
            if args.rows:
                print("\n".join(lines))
        total = [a + b for a, b in zip(total, counts, strict=True)]
        print(f"{name}: {counts[0]}/{counts[1]} right ({100 * counts[0] / max(counts[1], 1):.1f}%), {counts[2]} extra")
    print(f"all {len(names)} rounds: {total[0]}/{total[1]} right ({100 * total[0] / max(total[1], 1):.1f}%), "
          f"{total[2]} extra")


if __name__ == "__main__":
    main()
