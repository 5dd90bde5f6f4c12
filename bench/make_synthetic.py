"""Write a synthetic N-event timeline (JSONL by default) for benchmarks and the TUI.

    python bench/make_synthetic.py 1000000 -o /tmp/synthetic-1m.jsonl [--seed 0] [--time-read]

Prints how long generating, writing (and with --time-read, reading back) took. The events
come from explorer.synthetic (deterministic in --seed).
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path

from explorer.export import FORMATS, write_export
from explorer.synthetic import make_timeline
from explorer.timeline_file import load_timeline_file


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", type=int, help="number of events")
    ap.add_argument("-o", "--output", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--format", choices=FORMATS, default="jsonl")
    ap.add_argument("--time-read", action="store_true", help="read the file back and time it")
    args = ap.parse_args(argv)

    t0 = time.perf_counter()
    docs, events = make_timeline(args.n, args.seed)
    t1 = time.perf_counter()
    write_export(events, docs, args.format, args.output)
    t2 = time.perf_counter()
    size = args.output.stat().st_size
    print(f"generated {len(events):,} events / {len(docs):,} documents in {t1 - t0:.2f} s")
    print(f"wrote {args.format} {args.output} ({size / 1e6:.1f} MB) in {t2 - t1:.2f} s "
          f"({(t2 - t1) / len(events) * 1e6:.2f} s per 1M events)")
    if args.time_read and args.format in ("json", "jsonl"):
        del docs, events
        gc.collect()
        t3 = time.perf_counter()
        _, back = load_timeline_file(args.output)
        t4 = time.perf_counter()
        print(f"read back {len(back):,} events in {t4 - t3:.2f} s "
              f"({(t4 - t3) / len(back) * 1e6:.2f} s per 1M events)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
