"""Write a synthetic N-event timeline (JSONL by default) for benchmarks and the TUI.

    python bench/make_synthetic.py 1000000 -o /tmp/synthetic-1m.jsonl [--seed 0] [--time-read]
    python bench/make_synthetic.py --read-only -o /tmp/synthetic-1m.jsonl

Prints how long generating, writing (write_export: render, fsync, rename) and, with
--time-read or --read-only, reading back (load_timeline_file) took, as wall-clock and CPU
seconds: on a shared machine the CPU figure is the one to compare. The events come from
explorer.synthetic (deterministic in --seed).
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from explorer.events.event import Event
from explorer.export import FORMATS, write_export
from explorer.synthetic import make_timeline
from explorer.timeline_file import load_timeline_file

T = TypeVar("T")


@dataclass
class Timed(Generic[T]):
    value: T
    wall: float
    cpu: float


def naive_write(events: list[Event], path: Path) -> int:
    with path.with_suffix(".naive.jsonl").open("w", encoding="utf-8") as f:
        for e in events:
            f.write(json.dumps(e.to_json(), ensure_ascii=False) + "\n")
    path.with_suffix(".naive.jsonl").unlink()
    return len(events)


def naive_read(path: Path) -> list[Event]:
    with path.open(encoding="utf-8") as f:
        next(f)
        return [Event.from_json(json.loads(line), i) for i, line in enumerate(f)]


def timed(what: str, n: Callable[[T], int], fn: Callable[[], T]) -> Timed[T]:
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    count = n(result)
    per = 1e6 / count if count else 0.0
    print(f"{what}: {count:,} events in {wall:.2f} s wall / {cpu:.2f} s CPU "
          f"(per 1M events: {wall * per:.2f} s wall / {cpu * per:.2f} s CPU)", flush=True)
    return Timed(result, wall, cpu)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", type=int, nargs="?", default=0, help="number of events")
    ap.add_argument("-o", "--output", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--format", choices=FORMATS, default="jsonl")
    ap.add_argument("--time-read", action="store_true", help="read the file back and time it")
    ap.add_argument("--read-only", action="store_true", help="only time reading OUTPUT")
    ap.add_argument("--baseline", action="store_true",
                    help="also time the naive reader/writer (json.loads + Event.from_json per "
                         "line; json.dumps(e.to_json()) per line) for a ratio")
    args = ap.parse_args(argv)

    if not args.read_only:
        if args.n <= 0:
            ap.error("give the number of events (or --read-only)")
        docs, events = timed(
            "generate", lambda r: len(r[1]), lambda: make_timeline(args.n, args.seed)
        ).value
        write = timed(f"write {args.format}", lambda c: c,
                      lambda: write_export(events, docs, args.format, args.output))
        if args.baseline and args.format == "jsonl":
            naive = timed("naive write jsonl", lambda c: c, lambda: naive_write(events, args.output))
            print(f"  write_export is {naive.cpu / write.cpu:.2f}x the naive writer (CPU)")
        print(f"{args.output}: {args.output.stat().st_size / 1e6:.1f} MB", flush=True)
        del docs, events
        gc.collect()
    if (args.time_read or args.read_only) and args.format in ("json", "jsonl"):
        read = timed("read", lambda r: len(r[1]), lambda: load_timeline_file(args.output))
        if args.baseline and args.format == "jsonl":
            del read.value
            gc.collect()
            naive_r = timed("naive read jsonl", len, lambda: naive_read(args.output))
            print(f"  load_timeline_file is {naive_r.cpu / read.cpu:.2f}x the naive reader (CPU)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
