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


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Tests never read or fill the user's extraction cache."""
    import os

    os.environ["TIMELINE_EXPLORER_CACHE"] = str(tmp_path_factory.mktemp("cache"))
