"""Where things are and which model to use: command-line options first, then environment, then defaults."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from perfm_bot.index.embedding import DEFAULT_MODEL


@dataclass(frozen=True)
class Settings:
    knowledge_dir: Path = Path("knowledge")
    state_dir: Path = Path(".perfm")  # built index, embedding cache, databases: never committed
    model: str = DEFAULT_MODEL

    @classmethod
    def resolve(
        cls,
        knowledge: str | None = None,
        state: str | None = None,
        env: Mapping[str, str] = os.environ,
    ) -> Settings:
        return cls(
            knowledge_dir=Path(knowledge or env.get("PERFM_KNOWLEDGE") or "knowledge"),
            state_dir=Path(state or env.get("PERFM_STATE") or ".perfm"),
            model=env.get("PERFM_MODEL") or DEFAULT_MODEL,
        )

    @property
    def index_dir(self) -> Path:
        return self.state_dir / "index"

    @property
    def embedding_cache(self) -> Path:
        return self.state_dir / "embeddings.sqlite"

    @property
    def outbox(self) -> Path:
        """Scheduled posts and whether each went out (perfm_bot.posting.outbox); shared by every bot process."""
        return self.state_dir / "outbox.sqlite"
