"""Throughput of the annotate layer (actors + themes) on synthetic news text.

    python bench/annotate_speed.py [--mb 2] [--repeat 3] [--mix mixed|dense]

The text repeats short news paragraphs (Sahel, Sudan, Gaza, Ukraine; name-packed) with varied
numbers, mixed by default with the lines of the bundled seed article (real news prose);
sentences are split with a plain regex (the corpus layer's splitter is not measured here).
Prints MB/s per core (CPU time of the process, so that other jobs on a shared machine distort
it less; wall time beside it) for the whole annotate() call, and for a bare regex tokenisation
of the same text as a yardstick measured in the same run.
"""

from __future__ import annotations

import argparse
import re
import time
from importlib.resources import files

from explorer.annotate import Annotator

PARAGRAPHS = [
    "Russia's Foreign Minister Sergei Lavrov has promised continued military support for Mali, "
    "which has been battling a jihadist insurgency since 2012. Mr Lavrov, who is on a two-day "
    "trip to Bamako, outlined Moscow's ambition to provide military backing for governments "
    "across West Africa. The foreign minister met Col Assimi Goïta on Tuesday.",
    "The UN has demanded investigations into possible war crimes by Malian soldiers and Wagner "
    "Group fighters, which Malian authorities deny. Rights groups documented torture and "
    "summary executions, according to Human Rights Watch and Acled.",
    "Niger's military junta, led by Gen Abdourahamane Tiani, seized power in July 2023 and "
    "ordered French troops to leave. Ecowas threatened to intervene, while the African Union "
    "suspended Niger. Mohamed Bazoum remains detained in Niamey.",
    "Fighting between the Sudanese army and the Rapid Support Forces has displaced more than "
    "{n} million people, the UNHCR said. The RSF, commanded by Mohamed Hamdan Dagalo, known as "
    "Hemedti, besieged El Fasher in North Darfur as famine spread.",
    "Israel's Prime Minister Benjamin Netanyahu said the offensive in Gaza would continue until "
    "Hamas was defeated. UN Secretary-General António Guterres called for a humanitarian "
    "ceasefire, and Qatar and Egypt mediated talks on hostages.",
    "Ukrainian President Volodymyr Zelensky thanked Nato allies for air defence systems after "
    "Russian missiles struck Kyiv overnight, killing {n} people. Kremlin spokesman Dmitry Peskov "
    "said the strikes targeted military infrastructure.",
    "Analysts at the International Crisis Group said the Alliance of Sahel States, formed by "
    "Mali, Burkina Faso and Niger, would deepen cooperation with Russia's Africa Corps. Capt "
    "Ibrahim Traoré told state television that elections would be postponed.",
]


def seed_paragraphs() -> list[str]:
    """The bundled BBC seed article (real news prose), without its front matter."""
    folder = files("explorer.data") / "seeds"
    out: list[str] = []
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        if entry.name.endswith(".md"):
            body = entry.read_text(encoding="utf-8").split("---", 2)[-1]
            out += [ln for ln in body.splitlines() if len(ln.split()) > 6]
    return out


def make_text(target_bytes: int, mix: str = "mixed") -> tuple[str, list[tuple[int, int]]]:
    pool = PARAGRAPHS if mix == "dense" else PARAGRAPHS + seed_paragraphs()
    parts: list[str] = []
    size, i = 0, 0
    while size < target_bytes:
        p = pool[i % len(pool)].replace("{n}", str(3 + i % 97))
        parts.append(p)
        size += len(p.encode("utf-8")) + 2
        i += 1
    text = "\n\n".join(parts)
    segs: list[tuple[int, int]] = []
    start = 0
    for m in re.finditer(r"(?<=[.!?])\s+", text):
        segs.append((start, m.start()))
        start = m.end()
    segs.append((start, len(text)))
    return text, segs


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=2.0)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--mix", choices=["mixed", "dense"], default="mixed",
                    help="dense: only the name-packed synthetic paragraphs; mixed: plus the seed")
    args = ap.parse_args()
    t0 = time.perf_counter()
    ann = Annotator()
    load = time.perf_counter() - t0
    text, segs = make_text(int(args.mb * 1_000_000), args.mix)
    mb = len(text.encode("utf-8")) / 1_000_000
    best = best_cpu = float("inf")
    n_mentions = 0
    for _ in range(args.repeat):
        t, c = time.perf_counter(), time.process_time()
        doc = ann.annotate(text, segs)
        best_cpu = min(best_cpu, time.process_time() - c)
        best = min(best, time.perf_counter() - t)
        n_mentions = len(doc.mentions)
    words_s = float("inf")
    for _ in range(args.repeat):
        c = time.process_time()
        n_words = sum(1 for _ in re.finditer(r"\w+", text))
        words_s = min(words_s, time.process_time() - c)
    print(f"data load + compile: {load:.3f} s (once per process)")
    print(f"text ({args.mix}): {mb:.2f} MB, {len(segs)} sentences, {n_mentions} mentions "
          f"({n_mentions / mb:.0f}/MB)")
    print(f"annotate: {mb / best_cpu:.2f} MB/s per core (CPU time, best of {args.repeat}: "
          f"{best_cpu:.3f} s; wall {best:.3f} s = {mb / best:.2f} MB/s)")
    print(f"yardstick re.finditer(r'\\w+'): {mb / words_s:.2f} MB/s ({n_words} words); "
          f"annotate takes {best_cpu / words_s:.1f}x its time")


if __name__ == "__main__":
    main()
