"""Throughput of the whole pipeline (load, tag, annotate, events) beside the tagger alone.

Texts: the raw text of the TimeML dev set (../shared/timeml, written out as .txt files
with their DCT as front matter) or any folder given as argument. One process, timed in
CPU seconds (what one core spends, whatever else the machine runs). Usage:

    python bench/pipeline_speed.py [FOLDER] [--repeat N]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from time import process_time

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from explorer.corpus import discover, iter_documents  # noqa: E402
from explorer.pipeline import batches, extract_documents, tag_document  # noqa: E402


def timeml_corpus(out: Path) -> Path:
    from explorer.temporal.timeml import read_timeml_dir

    src = REPO.parent / "shared" / "timeml"
    if not src.is_dir():
        sys.exit(f"{src}: not found; pass a folder of articles")
    for i, d in enumerate(read_timeml_dir(src)):
        dct = f"published: {d.dct.isoformat()}\n" if d.dct else ""
        (out / f"{i:04d}.md").write_text(f"---\n{dct}---\n{d.text}", "utf-8")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(args.folder) if args.folder else timeml_corpus(Path(tmp))
        files = discover([str(folder)])
        sizes = {f: Path(f).stat().st_size for f in files}
        size = sum(sizes.values())
        from explorer.annotate import Annotator

        ann = Annotator()
        best = {"load": 1e9, "timex": 1e9, "pipeline": 1e9}
        n_events = 0
        for _ in range(args.repeat):
            t0 = process_time()
            docs = list(iter_documents(files, warn=lambda _: None))
            t1 = process_time()
            for d in docs:
                tag_document(d)
            t2 = process_time()
            # load and extract in batches of files, as the app does (explorer.pipeline._run)
            n_events = 0
            for batch in batches(files, sizes.__getitem__):
                found = extract_documents(list(iter_documents(batch, warn=lambda _: None)), ann)
                n_events += sum(map(len, found))
            t3 = process_time()
            best["load"] = min(best["load"], t1 - t0)
            best["timex"] = min(best["timex"], t2 - t1)
            best["pipeline"] = min(best["pipeline"], t3 - t2)
    mb = size / 1e6
    print(f"corpus: {len(files)} files, {mb:.2f} MB, {n_events} events (best of {args.repeat})")
    print(f"{'stage':<34}{'CPU s':>9}{'MB/s':>9}")
    print(f"{'load + segment':<34}{best['load']:>9.3f}{mb / best['load']:>9.2f}")
    print(f"{'timex only (tagger)':<34}{best['timex']:>9.3f}{mb / best['timex']:>9.2f}")
    print(f"{'whole pipeline (load..events)':<34}{best['pipeline']:>9.3f}{mb / best['pipeline']:>9.2f}")
    print("target: whole pipeline >= 1.00 MB/s per core")


if __name__ == "__main__":
    main()
