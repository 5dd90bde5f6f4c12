"""User actor and theme files: additions, overrides by id, and one-line errors with a line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from explorer.annotate import Annotator
from explorer.errors import InputError


def write(tmp_path: Path, name: str, content: str) -> Path:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


def test_user_actor_is_added_and_matched(tmp_path: Path) -> None:
    path = write(tmp_path, "actors.json", json.dumps({"actors": [
        {"id": "katiba-serma", "name": "Katiba Serma", "type": "armed-group",
         "aliases": ["Serma brigade"]},
    ]}))
    ann = Annotator(user_actors=path)
    text = "The Serma brigade attacked a convoy near Boni."
    doc = ann.annotate(text, [(0, len(text))])
    assert [(m.text, m.actor_id, m.type) for m in doc.mentions] == [
        ("Serma brigade", "katiba-serma", "armed-group")]
    assert ann.resolve("serma brigade") == "katiba-serma"
    assert Annotator().resolve("Serma brigade") is None  # bundled data untouched
    as_text: Path = str(path)  # type: ignore[assignment]  # callers may pass a str
    assert Annotator(user_actors=as_text).resolve("Katiba Serma") == "katiba-serma"


def test_user_actor_overrides_by_id(tmp_path: Path) -> None:
    path = write(tmp_path, "actors.json", json.dumps({"actors": [
        {"id": "wagner-group", "name": "Africa Corps (ex-Wagner)", "type": "armed-group",
         "aliases": ["Wagner", "Africa Corps"]},
    ]}))
    ann = Annotator(user_actors=path)
    info = ann.actor("wagner-group")
    assert info is not None and info.name == "Africa Corps (ex-Wagner)"
    text = "Wagner left Mali."
    doc = ann.annotate(text, [(0, len(text))])
    assert doc.mentions[0].name == "Africa Corps (ex-Wagner)"


def test_user_toml_file(tmp_path: Path) -> None:
    path = write(tmp_path, "actors.toml", """
[[actors]]
id = "cnsp"
name = "CNSP"
type = "armed-forces"
aliases = ["National Council for the Safeguard of the Homeland"]
""")
    ann = Annotator(user_actors=path)
    assert ann.resolve("National Council for the Safeguard of the Homeland") == "cnsp"


def test_user_themes_add_and_override(tmp_path: Path) -> None:
    path = write(tmp_path, "themes.json", json.dumps({"themes": [
        {"id": "mining", "label": "Mining", "phrases": ["gold mine*", "artisanal mining"]},
        {"id": "governance/coup", "label": "Coups", "phrases": ["putsch"]},
    ]}))
    ann = Annotator(user_themes=path)
    text = "After the putsch, a coup followed at the gold mines."
    doc = ann.annotate(text, [(0, len(text))])
    got = doc.themes_in(0, len(text))
    assert "mining" in got and "governance/coup" in got
    text2 = "A coup."
    assert ann.annotate(text2, [(0, len(text2))]).themes_in(0, len(text2)) == ()


def test_malformed_json_names_file_and_line(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.json", '{"actors": [\n  {"id": "x", "name": "X",\n  "type": }\n]}')
    with pytest.raises(InputError) as err:
        Annotator(user_actors=path)
    msg = str(err.value)
    assert msg.startswith(f"{path}: ") and "(line 3)" in msg and "\n" not in msg


def test_bad_entry_names_the_entry_and_line(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.json", json.dumps(
        {"actors": [{"id": "ok", "name": "Ok", "type": "state"},
                    {"id": "nameless", "type": "person"}]}, indent=1))
    with pytest.raises(InputError) as err:
        Annotator(user_actors=path)
    msg = str(err.value)
    assert "'nameless'" in msg and "missing or empty 'name'" in msg
    lines = path.read_text().splitlines()
    line = next(i for i, ln in enumerate(lines, 1) if '"nameless"' in ln)
    assert msg.endswith(f"(line {line})")


def test_unknown_type_is_rejected(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.json", json.dumps(
        {"actors": [{"id": "x", "name": "X", "type": "alien"}]}))
    with pytest.raises(InputError, match="unknown type 'alien'"):
        Annotator(user_actors=path)


def test_missing_user_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read"):
        Annotator(user_themes=tmp_path / "nope.json")


def test_bad_toml(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.toml", "[[actors]]\nid = \n")
    with pytest.raises(InputError, match=r"bad\.toml: invalid TOML.*line 2"):
        Annotator(user_actors=path)


def test_user_file_extends_the_lexicon(tmp_path: Path) -> None:
    text = "Fighting spread to Ansongo Region and Tombouctou Circle, Amadou Diallo said."
    before = Annotator().annotate(text, [(0, len(text))])
    path = write(tmp_path, "actors.json", json.dumps({"actors": [], "stop": ["Amadou Diallo"]}))
    after = Annotator(user_actors=path).annotate(text, [(0, len(text))])
    assert [m.name for m in before.mentions] == ["Amadou Diallo"]
    assert after.mentions == []
