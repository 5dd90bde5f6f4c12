"""`timex` and `eval-timeml`: the date parser from the command line."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

import click

from explorer.errors import InputError
from explorer.temporal import Timex, tag


def _parse_ref_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError as exc:
        raise InputError(f"{value}: not a valid date for --ref-date (YYYY-MM-DD): {exc}") from exc


def _load(file: str, ref_date: date | None) -> tuple[str, int, date | None]:
    """Decoded text, where the body starts, and the DCT (flag, else front matter)."""
    try:
        from explorer import corpus  # written by the corpus layer

        loader = getattr(corpus, "load_document", None)
        from_text = getattr(corpus, "document_from_text", None)
    except ImportError:
        loader = from_text = None
    if file == "-":
        raw = sys.stdin.buffer.read()
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise InputError(f"-: not UTF-8 text ({exc.reason})") from exc
        if from_text is not None:
            doc = from_text(text, "-", ref_date)
            return doc.text, doc.body_start, doc.published
        return _fallback(text, ref_date)
    path = Path(file)
    if not path.is_file():
        raise InputError(f"{file}: no such file")
    if loader is not None:
        doc = loader(path, ref_date)
        return doc.text, doc.body_start, doc.published
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{file}: not UTF-8 text ({exc.reason})") from exc
    return _fallback(text, ref_date)


def _fallback(text: str, ref_date: date | None) -> tuple[str, int, date | None]:
    """Skip a '---' front matter block and read its date: field when there is no corpus layer."""
    if not text.startswith("---"):
        return text, 0, ref_date
    close = text.find("\n---", 3)
    if close < 0:
        return text, 0, ref_date
    end = text.find("\n", close + 4)
    body_start = len(text) if end < 0 else end + 1
    published = ref_date
    for line in text[:close].splitlines():
        key, _, value = line.partition(":")
        if published is None and key.strip().lower() in ("date", "published"):
            try:
                published = date.fromisoformat(value.strip().strip("'\"")[:10])
            except ValueError:
                published = None
    return text, body_start, published


def _shift(t: Timex, offset: int) -> Timex:
    from dataclasses import replace

    return replace(t, start=t.start + offset, end=t.end + offset)


@click.command("timex")
@click.argument("file", required=False, default="-")
@click.option("--ref-date", help="Document creation time (YYYY-MM-DD).")
@click.option("--format", "fmt", type=click.Choice(["json", "text"]), default="text")
def timex_cmd(file: str, ref_date: str | None, fmt: str) -> None:
    """Tag the temporal expressions of FILE (or stdin)."""
    ref = _parse_ref_date(ref_date)
    text, body_start, dct = _load(file, ref)
    if ref is not None:
        dct = ref
    if dct is None:
        click.echo(f"warning: {file}: no date in the file and no --ref-date; relative "
                   "expressions stay unresolved", err=True)
    timexes = [_shift(t, body_start) for t in tag(text[body_start:], dct)]
    if fmt == "json":
        click.echo(json.dumps([t.to_json() for t in timexes], ensure_ascii=False, indent=1))
        return
    width = max((len(t.text) for t in timexes), default=4)
    for t in timexes:
        interval = f"{t.interval[0]}..{t.interval[1]}" if t.interval else "-"
        ongoing = "  ongoing" if t.ongoing else ""
        click.echo(f"{t.start:>7} {t.end:>7}  {t.text.replace(chr(10), ' '):<{width}}  "
                   f"{t.type:<8} {t.value:<16} {t.mod or '-':<10} {interval}{ongoing}")


def _row(name: str, s: dict[str, float]) -> str:
    return f"{name:<8} {s['precision']:>9.2f} {s['recall']:>9.2f} {s['f1']:>9.2f}"


@click.command("eval-timeml")
@click.argument("directory")
@click.option("--errors", type=int, default=0, help="List N misses, extras and wrong values.")
@click.option("--format", "fmt", type=click.Choice(["json", "text"]), default="text")
def eval_timeml_cmd(directory: str, errors: int, fmt: str) -> None:
    """TempEval-3 Task A figures of the tagger on a folder of TimeML gold files."""
    from explorer.temporal.timeml import evaluate, read_timeml_dir

    docs = read_timeml_dir(directory)
    total, results = evaluate(docs, tag)
    scores = total.scores()
    if fmt == "json":
        out: dict[str, Any] = {"files": len(docs), "gold": total.gold, "system": total.system,
                               **scores}
        click.echo(json.dumps(out, indent=1))
    else:
        click.echo(f"files {len(docs)}  gold {total.gold}  system {total.system}  "
                   f"strict {total.strict}  relaxed {total.relaxed}")
        click.echo(f"{'':<8} {'precision':>9} {'recall':>9} {'F1':>9}")
        for name in ("strict", "relaxed", "type", "value"):
            click.echo(_row(name, scores[name]))
    if errors > 0:
        _print_errors(results, errors)


def _print_errors(results: list[Any], n: int) -> None:
    misses: list[str] = []
    extras: list[str] = []
    wrong: list[str] = []
    for r in results:
        name = Path(r.path).name
        misses.extend(f"{name}\t{g.text!r}\t{g.type} {g.value}" for g in r.misses)
        extras.extend(f"{name}\t{s.text!r}\t{s.type} {s.value}" for s in r.extras)
        wrong.extend(
            f"{name}\t{g.text!r} / {s.text!r}\tgold {g.type} {g.value}\tours {s.type} {s.value}"
            for g, s in r.pairs if g.value != s.value
        )
    for title, rows in (("MISSED", misses), ("EXTRA", extras), ("WRONG VALUE", wrong)):
        click.echo(f"\n## {title} ({len(rows)})")
        for row in rows[:n]:
            click.echo(row)
