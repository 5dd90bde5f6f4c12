"""Shared fixtures: the bundled seed, and the shared TimeML folder when present."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "explorer" / "data" / "seeds"
SEED = next(SEEDS.glob("*.md"))
SHARED = REPO.parent / "shared"


@pytest.fixture
def seed_path() -> Path:
    return SEED


@pytest.fixture
def seed_text() -> str:
    return SEED.read_text("utf-8")
