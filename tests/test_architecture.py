"""The layering of DESIGN.md, checked on the source: each layer imports only the layers
above it, and no core layer imports textual or rich (directly, or at run time)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parents[1] / "explorer"
ORDER = ["errors", "corpus", "temporal", "annotate", "events", "model"]
CORE = {"corpus", "temporal", "annotate", "events", "model", "errors", "timeline_file", "synthetic",
        "pipeline", "cache", "display"}
UI = ("textual", "rich")


def layer_of(module: str) -> str:
    return module.split(".")[1] if module.startswith("explorer.") and module.count(".") >= 1 else ""


def imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text("utf-8"))
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out.extend(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            out.append(node.module)
    return out


def modules_of(layer: str) -> list[Path]:
    d = PKG / layer
    return sorted(d.rglob("*.py")) if d.is_dir() else [PKG / f"{layer}.py"]


@pytest.mark.parametrize("layer", sorted(CORE))
def test_core_never_imports_ui(layer: str) -> None:
    for f in modules_of(layer):
        bad = [m for m in imports(f) if m.split(".")[0] in UI]
        assert not bad, f"{f.relative_to(PKG)} imports {bad}"


@pytest.mark.parametrize("layer", ORDER)
def test_layers_import_only_layers_above(layer: str) -> None:
    allowed = set(ORDER[: ORDER.index(layer) + 1])
    for f in modules_of(layer):
        for m in imports(f):
            other = layer_of(m)
            if other in ORDER:
                assert other in allowed, f"{f.relative_to(PKG)} imports {m} (layer {other})"


def test_importing_the_core_loads_no_ui() -> None:
    code = (
        "import sys, explorer.pipeline, explorer.model, explorer.timeline_file;"
        "print([m for m in sys.modules if m.split('.')[0] in ('textual', 'rich')])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
