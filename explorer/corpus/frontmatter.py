"""Front matter: a `---` block of `key: value` lines at the top of a Markdown/text file.

Only flat scalar keys are needed (title, published/date, source, url), so this is a small
tolerant reader rather than a YAML dependency: bad lines become warnings, never failures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_FENCE = re.compile(r"\A\ufeff?---[ \t]*\r?\n")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$", re.M)
_LINE = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$")


@dataclass(frozen=True, slots=True)
class FrontMatter:
    fields: dict[str, str] = field(default_factory=dict)
    body_start: int = 0
    problems: tuple[tuple[int, str], ...] = ()  # (line number, problem)


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        inner = value[1:-1]
        return inner.replace('\\"', '"') if value[0] == '"' else inner.replace("''", "'")
    return value


def parse_front_matter(text: str) -> FrontMatter:
    """Split off a leading front-matter block; report malformed lines by line number."""
    opening = _FENCE.match(text)
    if not opening:
        return FrontMatter()
    closing = _CLOSE.search(text, opening.end())
    if not closing:
        return FrontMatter(problems=((1, "front matter opened with '---' is never closed"),))
    fields: dict[str, str] = {}
    problems: list[tuple[int, str]] = []
    block = text[opening.end() : closing.start()]
    for i, raw in enumerate(block.splitlines(), start=2):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        m = _LINE.match(line)
        if not m:
            problems.append((i, f"not a 'key: value' line: {line[:40]!r}"))
            continue
        key, value = m.group(1).lower(), _unquote(m.group(2))
        if value.startswith(("[", "{", "|", ">")) and key in ("title", "published", "date", "source", "url"):
            problems.append((i, f"{key}: expected a plain value"))
            continue
        fields[key] = value
    end = closing.end()
    if text.startswith("\n", end):
        end += 1
    elif text.startswith("\r\n", end):
        end += 2
    return FrontMatter(fields, end, tuple(problems))
