"""Shared fixtures: the real bundled model (loaded once), a fake embedder, a fixed clock, a knowledge copy."""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Sequence
from datetime import datetime, timezone
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")  # tests never reach a model hub

import numpy as np
import pytest

from perfm_bot.core.settings import Settings

REPO = Path(__file__).resolve().parent.parent
SHIPPED_KNOWLEDGE = REPO / "knowledge"


class FixedClock:
    """A clock tests set and move by hand."""

    def __init__(self, now: datetime):
        self.now = now

    def __call__(self) -> datetime:
        return self.now


class FakeEmbedder:
    """Deterministic bag-of-words vectors: for tests of storage and plumbing, not of meaning."""

    model_id = "fake-bag-of-words"
    dimension = 64

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        self.calls.append(list(texts))
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in text.lower().split():
                out[row, int(hashlib.md5(word.encode()).hexdigest(), 16) % self.dimension] += 1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.where(norms == 0, 1, norms)


@pytest.fixture(scope="session")
def real_embedder():
    from perfm_bot.index.embedding import SentenceTransformerEmbedder

    return SentenceTransformerEmbedder()


@pytest.fixture
def fake_embedder() -> FakeEmbedder:
    return FakeEmbedder()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 11, 24, 12, 0, tzinfo=timezone.utc))


@pytest.fixture
def knowledge_dir(tmp_path: Path) -> Path:
    """A private copy of the shipped knowledge that a test may edit."""
    target = tmp_path / "knowledge"
    shutil.copytree(SHIPPED_KNOWLEDGE, target)
    return target


@pytest.fixture
def settings(tmp_path: Path, knowledge_dir: Path) -> Settings:
    return Settings(knowledge_dir=knowledge_dir, state_dir=tmp_path / "state")
