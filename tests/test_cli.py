"""The command line as a user meets it: subprocesses, exit codes, one-line errors."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from explorer import __version__


def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1"}
    return subprocess.run(
        [sys.executable, "-m", "explorer", *args],
        input=stdin.decode() if stdin is not None else None,
        capture_output=True, text=True, timeout=120, env=env, cwd=cwd,
    )


def one_line_error(p: subprocess.CompletedProcess[str]) -> str:
    lines = [ln for ln in p.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, p.stderr
    return lines[0]


def test_version_and_help() -> None:
    v = run("--version")
    assert v.returncode == 0 and __version__ in v.stdout
    h = run("--help")
    assert h.returncode == 0
    for cmd in ("list", "export", "timex", "eval-timeml"):
        assert cmd in h.stdout


def test_missing_path_exits_2_naming_it(tmp_path: Path) -> None:
    p = run("list", str(tmp_path / "missing.txt"))
    assert p.returncode == 2
    assert "missing.txt" in one_line_error(p)
    assert p.stdout == ""


def test_folder_without_documents_exits_2(tmp_path: Path) -> None:
    (tmp_path / "x.bin").write_bytes(b"\x00\x01")
    p = run("list", str(tmp_path))
    assert p.returncode == 2
    assert str(tmp_path) in one_line_error(p)


@pytest.mark.parametrize("bad", ["2023-02-30", "yesterday", "2023-13-01"])
def test_invalid_ref_date_exits_2_with_the_reason(tmp_path: Path, bad: str) -> None:
    f = tmp_path / "a.txt"
    f.write_text("The army seized power last year.\n")
    p = run("list", str(f), "--ref-date", bad)
    assert p.returncode == 2
    line = one_line_error(p)
    assert bad in line and "date" in line


def test_unknown_actor_exits_2(seed_path: Path) -> None:
    p = run("list", str(seed_path), "--actor", "Atlantis")
    assert p.returncode == 2
    assert "Atlantis" in one_line_error(p)


def test_list_plain_text_when_not_a_terminal(seed_path: Path) -> None:
    p = run("list", str(seed_path))
    assert p.returncode == 0, p.stderr
    rows = p.stdout.splitlines()
    assert rows[0].split("\t")[:2] == ["when", "event"]
    whens = [r.split("\t")[0] for r in rows[1:]]
    assert "2020-08" in whens and "2021-12" in whens and "2013" in whens
    assert not any("Leave a Reply" in r or "Source: BBC" in r for r in rows)


def test_list_filters(seed_path: Path) -> None:
    p = run("list", str(seed_path), "--since", "2020", "--until", "2021")
    assert p.returncode == 0, p.stderr
    whens = [r.split("\t")[0] for r in p.stdout.splitlines()[1:]]
    assert whens and all(w.startswith(("2020", "2021")) for w in whens), whens


def test_list_actor_filter_by_alias(seed_path: Path) -> None:
    everything = run("list", str(seed_path)).stdout.splitlines()
    p = run("list", str(seed_path), "--actor", "Burkina Faso")
    assert p.returncode == 0, p.stderr
    rows = p.stdout.splitlines()[1:]
    assert 0 < len(rows) < len(everything) - 1
    assert all("Burkina Faso" in r for r in rows)


def test_export_json_to_file_and_reopen(seed_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "t.json"
    p = run("export", str(seed_path), "--format", "json", "-o", str(out))
    assert p.returncode == 0, p.stderr
    data = json.loads(out.read_text("utf-8"))
    assert data["version"] == 1 and data["events"]
    assert data["documents"][0]["published"] == "2023-02-07"
    again = run("export", str(out), "--format", "json")
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout) == data


def test_export_csv_to_stdout_opens_with_csv_module(seed_path: Path) -> None:
    p = run("export", str(seed_path), "--format", "csv")
    assert p.returncode == 0, p.stderr
    rows = list(csv.DictReader(io.StringIO(p.stdout.lstrip("\ufeff"))))
    assert rows and {"title", "start", "end"} <= set(rows[0])


def test_stdin_with_ref_date() -> None:
    p = run("list", "-", "--ref-date", "2023-02-07", stdin=b"The army seized power last year.\n")
    assert p.returncode == 0, p.stderr
    assert "2022" in p.stdout


def test_timex_json_on_seed(seed_path: Path) -> None:
    p = run("timex", str(seed_path), "--format", "json")
    assert p.returncode == 0, p.stderr
    items = json.loads(p.stdout)
    text = seed_path.read_text("utf-8")
    assert items and all(text[i["start"] : i["end"]] == i["text"] for i in items)
    assert {"2012", "2022", "2020-08", "2021-12"} <= {i["value"] for i in items}


def test_warnings_go_to_stderr_not_stdout(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("The talks failed in 2019.\n")
    (tmp_path / "b.txt").write_bytes(b"\x00binary")
    p = run("export", str(tmp_path), "--format", "json")
    assert p.returncode == 0, p.stderr
    json.loads(p.stdout)
    assert "b.txt" in p.stderr


def test_same_document_twice_is_kept_once(seed_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "t.jsonl"
    assert run("export", str(seed_path), "--format", "jsonl", "-o", str(out)).returncode == 0
    once = run("list", str(seed_path)).stdout.splitlines()
    twice = run("list", str(seed_path), str(out))
    assert twice.returncode == 0, twice.stderr
    assert twice.stdout.splitlines() == once
    assert "kept once" in twice.stderr


def test_actor_by_metonym_and_suggestions(seed_path: Path) -> None:
    moscow = run("list", str(seed_path), "--actor", "Moscow")
    assert moscow.returncode == 0, moscow.stderr
    rows = moscow.stdout.splitlines()[1:]
    assert rows and all("Russia" in r for r in rows)
    typo = run("list", str(seed_path), "--actor", "Lavrof")
    assert typo.returncode == 2 and "Sergei Lavrov" in one_line_error(typo)
    theme = run("list", str(seed_path), "--theme", "militry")
    assert theme.returncode == 2 and "military" in one_line_error(theme)
