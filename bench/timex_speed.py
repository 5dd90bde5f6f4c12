"""Throughput of the temporal tagger against dateparser and datefinder, in one run.

The texts are the raw texts (TEXT content without tags) of the TimeML dev set
(../shared/timeml/TBAQ-cleaned, 256 news files, ~0.5 MB). Ours tags every file; the peers
are one to two orders of magnitude slower, so they run on a sample of whole files (the first
files in path order up to --sample characters, 60,000 by default) and their throughput is
measured on that sample. Usage:

    python bench/timex_speed.py [TIMEML_DIR] [--sample CHARS] [--repeat N]
"""

from __future__ import annotations

import argparse
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DIR = REPO.parent / "shared" / "timeml" / "TBAQ-cleaned"


def throughput(texts: list[str], run: Callable[[str], object], repeat: int = 1,
               clock: Callable[[], float] = time.perf_counter) -> float:
    """Characters per second of RUN over TEXTS (best of REPEAT passes, timed by CLOCK)."""
    chars = sum(len(t) for t in texts)
    best = float("inf")
    for _ in range(repeat):
        started = clock()
        for text in texts:
            run(text)
        best = min(best, clock() - started)
    return chars / best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", nargs="?", default=str(DEFAULT_DIR))
    parser.add_argument("--sample", type=int, default=60_000,
                        help="characters of whole files given to the slow peers")
    parser.add_argument("--repeat", type=int, default=5, help="passes for ours (best counts)")
    args = parser.parse_args(argv)

    from explorer.temporal import tag
    from explorer.temporal.timeml import read_timeml_dir

    docs = read_timeml_dir(args.directory)
    texts = [d.text for d in docs]
    dcts = {id(d.text): d.dct for d in docs}
    sample: list[str] = []
    for text in texts:
        if sum(len(t) for t in sample) >= args.sample:
            break
        sample.append(text)
    tag("warm-up: compile the grammar on 7 August 1998.", None)
    ours = throughput(texts, lambda t: tag(t, dcts.get(id(t))), args.repeat)
    ours_cpu = throughput(texts, lambda t: tag(t, dcts.get(id(t))), args.repeat,
                          time.process_time)
    ours_sample = throughput(sample, lambda t: tag(t, dcts.get(id(t))), args.repeat)
    rows = [("ours (explorer.temporal.tag)", sum(map(len, texts)), ours)]
    peers: list[tuple[str, float]] = []
    warnings.simplefilter("ignore")
    try:
        import dateparser.search

        dateparser.search.search_dates("warm up on 7 August 1998", languages=["en"])
        rate = throughput(sample, lambda t: dateparser.search.search_dates(t, languages=["en"]))
        rows.append(("dateparser.search_dates (en)", sum(map(len, sample)), rate))
        peers.append(("dateparser", rate))
    except ImportError:
        print("dateparser not installed: skipped", file=sys.stderr)
    try:
        import datefinder

        rate = throughput(sample, lambda t: list(datefinder.find_dates(t)))
        rows.append(("datefinder.find_dates", sum(map(len, sample)), rate))
        peers.append(("datefinder", rate))
    except ImportError:
        print("datefinder not installed: skipped", file=sys.stderr)

    print(f"texts: {len(texts)} TimeML files, {sum(map(len, texts)):,} chars; "
          f"peer sample: {len(sample)} files, {sum(map(len, sample)):,} chars")
    print(f"{'tagger':<32} {'chars':>10} {'chars/s':>14} {'MB/s':>7}")
    for name, chars, rate in rows:
        print(f"{name:<32} {chars:>10,} {rate:>14,.0f} {rate / 1e6:>7.2f}")
    print(f"ours by CPU time (not counting time-slicing with other processes): "
          f"{ours_cpu / 1e6:.2f} MB/s")
    print(f"ours on the peer sample: {ours_sample:,.0f} chars/s")
    for name, rate in peers:
        print(f"ratio ours/{name}: {ours_sample / rate:,.1f}x (same sample)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
