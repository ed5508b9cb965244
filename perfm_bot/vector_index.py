"""The FAISS index over chunk keys, saved as a directory with a manifest.

Exact cosine search (normalised vectors in ``IndexFlatIP``): no training, and right for the
thousands of chunks a workshop has. Each vector's FAISS id is a stable 63-bit hash of its chunk id
and key text, so an update removes and adds exactly the vectors that changed, in place, and a
saved index can be brought up to date with new knowledge without re-embedding the rest.

On disk (``<state>/index/``): ``vectors.faiss`` and ``manifest.json`` (format, model, dimension,
counts, knowledge hash). A loader refuses an index built by another model or format.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import faiss
import numpy as np

from perfm_bot.chunking import Chunk
from perfm_bot.embedding import Embedder

FORMAT = 1
INDEX_FILE = "vectors.faiss"
MANIFEST_FILE = "manifest.json"


@dataclass(frozen=True)
class Hit:
    chunk: Chunk
    score: float  # cosine similarity of the question to the chunk's best-matching key


@dataclass(frozen=True)
class Manifest:
    format: int
    model: str
    dimension: int
    chunks: int
    vectors: int
    knowledge_hash: str
    built_at: str = ""

    def matches(self, other: Manifest) -> bool:
        return (self.format, self.model, self.dimension, self.knowledge_hash) == (
            other.format,
            other.model,
            other.dimension,
            other.knowledge_hash,
        )


@dataclass(frozen=True)
class UpdateStats:
    added: int
    removed: int
    embedded: int  # texts the model actually encoded (the rest came from the cache)


def vector_id(chunk_id: str, key: str) -> int:
    digest = hashlib.blake2b(f"{chunk_id}\0{key}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") & 0x7FFF_FFFF_FFFF_FFFF


def knowledge_hash(chunks: list[Chunk]) -> str:
    digest = hashlib.sha256()
    for chunk in sorted(chunks, key=lambda c: c.id):
        digest.update(chunk.id.encode())
        for key in chunk.keys:
            digest.update(b"\0" + key.encode())
        digest.update(b"\1")
    return digest.hexdigest()


class ChunkIndex:
    def __init__(self, model_id: str, dimension: int, index: faiss.Index | None = None):
        self.model_id, self.dimension = model_id, dimension
        self._index = index if index is not None else faiss.IndexIDMap2(faiss.IndexFlatIP(dimension))
        self.chunks: list[Chunk] = []
        self._owner: dict[int, int] = {}  # FAISS id -> position in self.chunks

    @property
    def vector_count(self) -> int:
        return int(self._index.ntotal)

    def manifest(self) -> Manifest:
        return Manifest(
            FORMAT,
            self.model_id,
            self.dimension,
            len(self.chunks),
            self.vector_count,
            knowledge_hash(self.chunks),
            datetime.now(timezone.utc).isoformat(timespec="seconds"),
        )

    def _present(self) -> set[int]:
        return set(faiss.vector_to_array(self._index.id_map).tolist()) if self.vector_count else set()

    def new_keys(self, chunks: list[Chunk]) -> list[str]:
        """The key texts ``update(chunks)`` would have to embed."""
        present = self._present()
        return [key for c in chunks for key in c.keys if vector_id(c.id, key) not in present]

    def update(self, chunks: list[Chunk], embedder: Embedder) -> UpdateStats:
        """Make the index hold exactly ``chunks``: remove vectors that went, embed and add new ones."""
        wanted = {vector_id(c.id, key): (c, key) for c in chunks for key in c.keys}
        present = self._present()
        gone = np.fromiter(present - wanted.keys(), dtype=np.int64)
        new_ids = [i for i in wanted if i not in present]
        before = getattr(embedder, "embedded", 0)
        if len(gone):
            self._index.remove_ids(gone)
        if new_ids:
            vectors = embedder.encode([wanted[i][1] for i in new_ids])
            self._index.add_with_ids(vectors, np.asarray(new_ids, dtype=np.int64))
        self.chunks = list(chunks)
        position = {c.id: n for n, c in enumerate(chunks)}
        self._owner = {i: position[c.id] for i, (c, _) in wanted.items()}
        embedded = getattr(embedder, "embedded", before + len(new_ids)) - before
        return UpdateStats(len(new_ids), len(gone), embedded)

    def search(self, queries: np.ndarray, k: int = 8) -> list[list[Hit]]:
        """Top chunks per query, best first; a chunk found by several keys counts once, at its best."""
        if not self.vector_count:
            return [[] for _ in range(len(queries))]
        rows = min(self.vector_count, k * 3)
        scores, ids = self._index.search(np.ascontiguousarray(queries, dtype=np.float32), rows)
        results: list[list[Hit]] = []
        for row_scores, row_ids in zip(scores, ids):
            best: dict[int, float] = {}
            for score, vid in zip(row_scores.tolist(), row_ids.tolist()):
                owner = self._owner.get(vid)
                if owner is not None and owner not in best:
                    best[owner] = score
            ranked = sorted(best.items(), key=lambda item: -item[1])[:k]
            results.append([Hit(self.chunks[pos], score) for pos, score in ranked])
        return results

    def save(self, directory: Path) -> Manifest:
        """Write the index, then the manifest, each atomically: a crash leaves a loadable old index."""
        directory.mkdir(parents=True, exist_ok=True)
        manifest = self.manifest()
        tmp = directory / f".{INDEX_FILE}.tmp"
        faiss.write_index(self._index, str(tmp))
        os.replace(tmp, directory / INDEX_FILE)
        _write_json_atomic(directory / MANIFEST_FILE, manifest.__dict__)
        return manifest

    @classmethod
    def load(cls, directory: Path, model_id: str, dimension: int) -> ChunkIndex | None:
        """The saved vectors if they were made by this model and format; None means rebuild.

        The caller then ``update``s it to the current chunks, which embeds only what changed.
        """
        manifest = read_manifest(directory)
        if manifest is None or (manifest.format, manifest.model, manifest.dimension) != (FORMAT, model_id, dimension):
            return None
        try:
            index = faiss.read_index(str(directory / INDEX_FILE))
        except RuntimeError:
            return None
        if not isinstance(index, faiss.IndexIDMap2) or index.d != dimension or index.ntotal != manifest.vectors:
            return None
        return cls(model_id, dimension, index)


def read_manifest(directory: Path) -> Manifest | None:
    try:
        data = json.loads((directory / MANIFEST_FILE).read_text())
        return Manifest(**data)
    except (OSError, ValueError, TypeError):
        return None


def _write_json_atomic(path: Path, data: dict) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(json.dumps(data, indent=2) + "\n")
    os.replace(tmp, path)
