"""A content-addressed cache of extraction results, so reopening a corpus is instant.

The key is a hash of the file's bytes, the reference date it was read with, the package
version and the bundled or user data files: change any of them and the entry is simply
not found. Entries are JSON written atomically; a damaged entry is ignored and rewritten.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Iterable
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from explorer import __version__
from explorer.events.event import DocInfo, Event


def cache_dir() -> Path | None:
    """$TIMELINE_EXPLORER_CACHE, else $XDG_CACHE_HOME/timeline-explorer; '' or 'off' disables."""
    env = os.environ.get("TIMELINE_EXPLORER_CACHE")
    if env is not None:
        return None if env.strip().lower() in ("", "off", "0", "none") else Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "timeline-explorer"


@cache
def _bundled_fingerprint() -> str:
    h = hashlib.sha1(__version__.encode())
    root = resources.files("explorer.data")
    stack = [root]
    while stack:
        node = stack.pop()
        for child in sorted(node.iterdir(), key=lambda c: c.name):
            if child.is_dir():
                if child.name not in ("seeds", "__pycache__"):
                    stack.append(child)
            elif child.name.endswith((".json", ".txt", ".toml", ".tsv")):
                h.update(child.name.encode())
                h.update(child.read_bytes())
    # The code that extracts is part of the key too: editing it invalidates old entries.
    pkg = Path(__file__).resolve().parent
    for sub in ("corpus", "temporal", "annotate", "events"):
        for f in sorted((pkg / sub).rglob("*.py")):
            h.update(f.read_bytes())
    return h.hexdigest()


def fingerprint(user_files: Iterable[Path | None]) -> str:
    h = hashlib.sha1(_bundled_fingerprint().encode())
    for f in user_files:
        if f is not None:
            h.update(Path(f).read_bytes())
    return h.hexdigest()


def key(data: bytes, path: str, ref_date: date | None, fp: str) -> str:
    h = hashlib.sha1(data)
    h.update(f"\0{Path(path).name}\0{ref_date}\0{fp}".encode())
    return h.hexdigest()


def get(k: str) -> tuple[DocInfo, list[Event], list[str]] | None:
    d = cache_dir()
    if d is None:
        return None
    f = d / k[:2] / f"{k}.json"
    try:
        raw: dict[str, Any] = json.loads(f.read_text("utf-8"))
        doc = DocInfo.from_json(raw["doc"])
        events = [Event.from_json(e, seq=i) for i, e in enumerate(raw["events"])]
        return doc, events, list(raw.get("warnings", []))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def put(k: str, doc: DocInfo, events: list[Event], warnings: list[str]) -> None:
    d = cache_dir()
    if d is None:
        return
    payload = {"doc": doc.to_json(), "events": [e.to_json() for e in events], "warnings": warnings}
    try:
        folder = d / k[:2]
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(payload, out, ensure_ascii=False)
        os.replace(tmp, folder / f"{k}.json")
    except OSError:
        pass  # a cache that cannot be written only costs time
