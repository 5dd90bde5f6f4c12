"""TimeML reading, TempEval-3 Task A scoring, the `timex`/`eval-timeml` commands, and the
dev-set figures pinned so they never silently regress."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from explorer.errors import InputError
from explorer.temporal import Timex
from explorer.temporal.timeml import GoldTimex, align, evaluate, parse_timeml, read_timeml_dir

TIMEML_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "timeml" / "TBAQ-cleaned"

SAMPLE = """<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" temporalFunction="false" functionInDocument="CREATION_TIME">08/07/1998</TIMEX3></DCT>
<TEXT>
Profits &amp; sales <EVENT eid="e1">rose</EVENT> <TIMEX3 tid="t1" type="DATE" value="1997">last year</TIMEX3> and <TIMEX3 tid="t2" type="DURATION" value="P3W" mod="APPROX">about three weeks</TIMEX3> of talks ended on <TIMEX3 tid="t3" type="DATE" value="1998-08-04">Tuesday</TIMEX3>.
</TEXT>
</TimeML>
"""


def _write(tmp_path: Path, name: str = "doc.tml", source: str = SAMPLE) -> Path:
    folder = tmp_path / "gold" / "sub"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(source, encoding="utf-8")
    return tmp_path / "gold"


def test_reader_strips_tags_and_keeps_offsets() -> None:
    doc = parse_timeml(SAMPLE, "x.tml")
    assert doc.dct == date(1998, 8, 7)
    assert doc.text.startswith("\nProfits & sales rose last year")
    assert [(g.text, g.type, g.value, g.mod) for g in doc.timexes] == [
        ("last year", "DATE", "1997", None),
        ("about three weeks", "DURATION", "P3W", "APPROX"),
        ("Tuesday", "DATE", "1998-08-04", None),
    ]
    for g in doc.timexes:
        assert doc.text[g.start : g.end] == g.text


def test_reader_refuses_files_without_text(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no <TEXT>"):
        parse_timeml("<TimeML></TimeML>", "bad.tml")
    with pytest.raises(InputError, match="no .tml files"):
        read_timeml_dir(tmp_path)


def _sys(start: int, end: int, value: str, type_: str = "DATE") -> Timex:
    return Timex(start, end, "x" * (end - start), type_, value)  # type: ignore[arg-type]


def test_scorer_strict_relaxed_type_value() -> None:
    gold = [GoldTimex(0, 9, "last year", "DATE", "1997"),
            GoldTimex(20, 37, "about three weeks", "DURATION", "P3W"),
            GoldTimex(50, 57, "Tuesday", "DATE", "1998-08-04")]
    system = [_sys(0, 9, "1997"),                 # strict, right value
              _sys(26, 37, "P3W", "DURATION"),     # relaxed only, right value
              _sys(50, 57, "1998-08-11"),          # strict, wrong value
              _sys(70, 75, "PRESENT_REF")]         # extra
    result = align("doc", gold, system)
    c = result.counts
    assert (c.gold, c.system, c.strict, c.relaxed, c.type_ok, c.value_ok) == (3, 4, 2, 3, 3, 2)
    scores = c.scores()
    assert scores["strict"]["precision"] == pytest.approx(50.0)
    assert scores["relaxed"]["recall"] == pytest.approx(100.0)
    relaxed_f1 = 2 * 0.75 * 1.0 / 1.75 * 100
    assert scores["relaxed"]["f1"] == pytest.approx(relaxed_f1)
    assert scores["value"]["f1"] == pytest.approx(relaxed_f1 * 2 / 3)
    assert scores["type"]["f1"] == pytest.approx(relaxed_f1)
    assert [s.value for s in result.extras] == ["PRESENT_REF"]
    assert result.misses == []


def test_one_system_timex_matches_one_gold_only() -> None:
    gold = [GoldTimex(0, 4, "2012", "DATE", "2012"), GoldTimex(5, 9, "2013", "DATE", "2013")]
    result = align("doc", gold, [_sys(0, 9, "2012")])
    assert result.counts.relaxed == 1 and len(result.misses) == 1


def test_evaluate_runs_the_real_tagger(tmp_path: Path) -> None:
    from explorer.temporal import tag

    total, results = evaluate(read_timeml_dir(_write(tmp_path)), tag)
    assert total.gold == 3 and total.relaxed == 3 and total.value_ok == 3
    assert results[0].misses == [] and results[0].extras == []


def _cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "explorer", *args], input=stdin,
                          capture_output=True, text=True, timeout=120)


def test_eval_timeml_command(tmp_path: Path) -> None:
    run = _cli("eval-timeml", str(_write(tmp_path)), "--errors", "2")
    assert run.returncode == 0, run.stderr
    assert "relaxed" in run.stdout and "100.00" in run.stdout
    run = _cli("eval-timeml", str(_write(tmp_path)), "--format", "json")
    figures = json.loads(run.stdout)
    assert figures["value"]["f1"] == pytest.approx(100.0) and figures["gold"] == 3


def test_eval_timeml_bad_directory(tmp_path: Path) -> None:
    run = _cli("eval-timeml", str(tmp_path / "missing"))
    assert run.returncode == 2
    assert "missing" in run.stderr and run.stdout == ""


def test_timex_command_json_from_stdin() -> None:
    run = _cli("timex", "-", "--ref-date", "2023-02-07", "--format", "json",
               stdin="Last year it began; since 2012 it grew.")
    assert run.returncode == 0, run.stderr
    found = json.loads(run.stdout)
    assert [(t["text"], t["value"], t["ongoing"]) for t in found] == [
        ("Last year", "2022", False), ("2012", "2012", True)]
    assert found[0]["interval"] == ["2022-01-01", "2022-12-31"]
    assert set(found[0]) == {"start", "end", "text", "type", "value", "mod", "granularity",
                             "interval", "anchor", "ongoing"}


def test_timex_command_offsets_index_the_file_with_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    source = "---\ntitle: T\ndate: 2023-02-07\n---\nIn August 2020 the army seized power.\n"
    path.write_text(source, encoding="utf-8")
    run = _cli("timex", str(path), "--format", "json")
    assert run.returncode == 0, run.stderr
    (found,) = json.loads(run.stdout)
    assert source[found["start"] : found["end"]] == "August 2020"
    assert found["value"] == "2020-08"


def test_timex_command_text_format_and_warning_without_date() -> None:
    run = _cli("timex", "-", stdin="Last year it began in 2013.")
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert len(lines) == 2 and "Last year" in lines[0] and "XXXX" in lines[0]
    assert "2013" in lines[1] and "2013-01-01..2013-12-31" in lines[1]
    assert "warning" in run.stderr


@pytest.mark.parametrize("bad", ["2023-02-30", "yesterday"])
def test_timex_command_bad_ref_date(bad: str) -> None:
    run = _cli("timex", "-", "--ref-date", bad, stdin="Last year")
    assert run.returncode == 2
    assert bad in run.stderr and run.stdout == ""


def test_timex_command_missing_file(tmp_path: Path) -> None:
    run = _cli("timex", str(tmp_path / "nope.txt"))
    assert run.returncode == 2 and "nope.txt" in run.stderr


# Figures measured on TimeBank + AQUAINT (TBAQ-cleaned, 256 files): strict 89.53, relaxed
# 94.85, type 90.61, value 82.39; pinned a little below. (Type fell from 91.05 when
# "<weekday> night" became a TIME, as TimeML types a part-of-day value; where this dev set
# tags only "Thursday" of "Thursday night" it calls it a DATE.)
PINNED = {"strict": 89.3, "relaxed": 94.7, "type": 90.4, "value": 82.2}


@pytest.mark.skipif(not TIMEML_DIR.is_dir(), reason="../shared/timeml is not available")
def test_dev_set_figures_do_not_regress() -> None:
    from explorer.temporal import tag

    docs = read_timeml_dir(TIMEML_DIR)
    assert len(docs) == 256
    total, _ = evaluate(docs, tag)
    scores = total.scores()
    for name, floor in PINNED.items():
        assert scores[name]["f1"] >= floor, (name, scores[name]["f1"], floor)
