"""The FAISS index over chunk keys, saved as a directory with a manifest.

Exact cosine search (normalised vectors in ``IndexFlatIP``): no training, and right for the
thousands of chunks a workshop has. Each vector's FAISS id is a stable 63-bit hash of its chunk id
and key text, so an update removes and adds exactly the vectors that changed, in place, and a
saved index can be brought up to date with new knowledge without re-embedding the rest.

On disk (``<state>/index/``): ``vectors.faiss`` (vectors and their ids) and ``manifest.json``
(format, model, dimension, counts, knowledge hash). A loader refuses an index built by another
model or format.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import faiss
import numpy as np

from perfm_bot.index.chunking import Chunk
from perfm_bot.core.durable import atomic_write_text
from perfm_bot.index.embedding import Embedder

FORMAT = 2
INDEX_FILE = "vectors.faiss"
MANIFEST_FILE = "manifest.json"
EXACT_LIMIT = 20_000  # vectors; above it, clustered search (see ChunkIndex)


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
    """Chunks and the vectors of their keys; exact search while small, clustered search when large.

    A workshop's knowledge is a few hundred vectors: exact search (``IndexFlatIP``) is instant
    and needs no training. A large conference's accepted papers are hundreds of thousands, where
    a flat scan costs more than encoding the question; above ``EXACT_LIMIT`` vectors the index
    becomes an inverted file (``IndexIVFFlat``), which scans a few percent of the vectors, still
    supports removing and adding in place, and is re-clustered when it has grown well beyond
    what it was trained on.
    """

    def __init__(self, model_id: str, dimension: int, index: faiss.Index | None = None, ids: Iterable[int] = ()):
        self.model_id, self.dimension = model_id, dimension
        self._index = index if index is not None else _exact_index(dimension)
        self._ids: set[int] = set(np.asarray(ids, dtype=np.int64).tolist())  # the FAISS ids present
        self.chunks: list[Chunk] = []
        self._owner: dict[int, int] = {}  # FAISS id -> position in self.chunks
        self._edition_ids: dict[str, np.ndarray] = {}  # earlier edition -> the ids of its pages' vectors
        self._selectors: dict[frozenset[str], tuple[faiss.IDSelector, np.ndarray]] = {}

    @property
    def vector_count(self) -> int:
        return int(self._index.ntotal)

    @property
    def clustered(self) -> bool:
        return isinstance(self._index, faiss.IndexIVF)

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

    def new_keys(self, chunks: list[Chunk]) -> list[str]:
        """The key texts ``update(chunks)`` would have to embed."""
        return [key for c in chunks for key in c.keys if vector_id(c.id, key) not in self._ids]

    def update(self, chunks: list[Chunk], embedder: Embedder) -> UpdateStats:
        """Make the index hold exactly ``chunks``: remove vectors that went, embed and add new ones."""
        wanted = {vector_id(c.id, key): (c, key) for c in chunks for key in c.keys}
        gone = np.fromiter(self._ids - wanted.keys(), dtype=np.int64)
        new_ids = [i for i in wanted if i not in self._ids]
        before = getattr(embedder, "embedded", 0)
        if len(gone):
            self._index.remove_ids(gone)
        if new_ids:
            vectors = embedder.encode([wanted[i][1] for i in new_ids])
            self._add(vectors, np.asarray(new_ids, dtype=np.int64))
        self._ids = set(wanted)
        self.chunks = list(chunks)
        position = {c.id: n for n, c in enumerate(chunks)}
        self._owner = {i: position[c.id] for i, (c, _) in wanted.items()}
        editions: dict[str, list[int]] = {}
        for i, (c, _) in wanted.items():
            if c.past:
                editions.setdefault(c.past, []).append(i)
        self._edition_ids = {e: np.asarray(ids, dtype=np.int64) for e, ids in editions.items()}
        self._selectors = {}
        self._reshape()
        embedded = getattr(embedder, "embedded", before + len(new_ids)) - before
        return UpdateStats(len(new_ids), len(gone), embedded)

    def _add(self, vectors: np.ndarray, ids: np.ndarray) -> None:
        if self.clustered or self.vector_count + len(ids) <= EXACT_LIMIT:
            self._index.add_with_ids(vectors, ids)
            return
        current_ids, current = self._all_vectors()  # crossing the limit: cluster everything at once
        self._index = _clustered_index(np.vstack([current, vectors]), np.concatenate([current_ids, ids]))

    def _reshape(self) -> None:
        """Exact below the limit; re-cluster an inverted file that outgrew its training."""
        n = self.vector_count
        trained_for = (int(self._index.nlist) / 4) ** 2 if self.clustered else 0  # nlist = 4·sqrt(n)
        if self.clustered and (n < EXACT_LIMIT // 2 or n > 4 * trained_for):
            ids, vectors = self._all_vectors()
            self._index = _clustered_index(vectors, ids) if n >= EXACT_LIMIT // 2 else _exact_index(self.dimension)
            if not self.clustered:
                self._index.add_with_ids(vectors, ids)

    def _all_vectors(self) -> tuple[np.ndarray, np.ndarray]:
        ids = np.fromiter(self._ids_in_index(), dtype=np.int64)
        if not len(ids):
            return ids, np.zeros((0, self.dimension), dtype=np.float32)
        if self.clustered:
            return ids, self._index.reconstruct_batch(ids)
        order = faiss.vector_to_array(self._index.id_map)
        return order, self._index.index.reconstruct_n(0, len(order))

    def _ids_in_index(self) -> Iterable[int]:
        return self._ids if self.clustered else faiss.vector_to_array(self._index.id_map).tolist()

    @property
    def past_editions(self) -> frozenset[str]:
        """The earlier editions whose pages the site keeps ("neurips2025", "winlp-2021")."""
        return frozenset(self._edition_ids)

    def search(self, queries: np.ndarray, k: int = 8, leave_out: frozenset[str] = frozenset()) -> list[list[Hit]]:
        """Top chunks per query, best first; a chunk found by several keys counts once, at its best.

        ``leave_out`` names earlier editions whose pages are not searched: a site that keeps ten
        past editions would otherwise fill every result with them before this year's page (or the
        one edition asked about) is reached."""
        if not self.vector_count:
            return [[] for _ in range(len(queries))]
        rows = min(self.vector_count, k * 3)
        selector = self._selector(leave_out & self.past_editions)
        params = None
        if selector is not None:
            params = faiss.SearchParametersIVF(sel=selector, nprobe=self._index.nprobe) if self.clustered else faiss.SearchParameters(sel=selector)
        scores, ids = self._index.search(np.ascontiguousarray(queries, dtype=np.float32), rows, params=params)
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

    def score_chunks(self, query: np.ndarray, chunk_ids: Iterable[str]) -> list[Hit]:
        """The given chunks' dense scores for one query (each at its best key), best first: chunks
        another signal found (a rare word of the question), whatever their rank in the search."""
        position = {c.id: i for i, c in enumerate(self.chunks)}
        wanted = [(pos, vector_id(self.chunks[pos].id, key)) for cid in dict.fromkeys(chunk_ids)
                  if (pos := position.get(cid)) is not None for key in self.chunks[pos].keys]
        wanted = [(pos, vid) for pos, vid in wanted if vid in self._ids]
        if not wanted:
            return []
        vectors = self._index.reconstruct_batch(np.asarray([vid for _, vid in wanted], dtype=np.int64))
        scores = vectors @ np.asarray(query, dtype=np.float32)
        best: dict[int, float] = {}
        for (pos, _), score in zip(wanted, scores.tolist()):
            best[pos] = max(score, best.get(pos, -1.0))
        return [Hit(self.chunks[pos], score) for pos, score in sorted(best.items(), key=lambda item: -item[1])]

    def _selector(self, editions: frozenset[str]) -> faiss.IDSelector | None:
        if not editions:
            return None
        if editions not in self._selectors:
            ids = np.concatenate([self._edition_ids[e] for e in sorted(editions)])
            # the selector reads ``ids`` in place: they are kept beside it for as long as it lives
            self._selectors[editions] = (faiss.IDSelectorNot(faiss.IDSelectorBatch(ids)), ids)
        return self._selectors[editions][0]

    def save(self, directory: Path) -> Manifest:
        """Write the vectors (with their ids), then the manifest, each atomically: a crash leaves a
        loadable index. Temp names carry the process id, so the bot and a CLI saving at once do not
        write into each other's file."""
        directory.mkdir(parents=True, exist_ok=True)
        manifest = self.manifest()
        tmp = directory / f".{INDEX_FILE}.{os.getpid()}.tmp"
        faiss.write_index(self._index, str(tmp))
        os.replace(tmp, directory / INDEX_FILE)
        atomic_write_text(directory / MANIFEST_FILE, json.dumps(manifest.__dict__, indent=2) + "\n")
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
        if not isinstance(index, (faiss.IndexIDMap2, faiss.IndexIVF)):
            return None
        if index.d != dimension or index.ntotal != manifest.vectors:
            return None
        return cls(model_id, dimension, index, _stored_ids(index))


def _stored_ids(index: faiss.Index) -> np.ndarray:
    """The ids an index holds, read from the index itself (so they can never disagree with it)."""
    if isinstance(index, faiss.IndexIDMap2):
        return faiss.vector_to_array(index.id_map)
    lists = index.invlists
    parts = [faiss.rev_swig_ptr(lists.get_ids(i), lists.list_size(i)).copy() for i in range(index.nlist) if lists.list_size(i)]
    return np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)


def _exact_index(dimension: int) -> faiss.Index:
    return faiss.IndexIDMap2(faiss.IndexFlatIP(dimension))


def _clustered_index(vectors: np.ndarray, ids: np.ndarray) -> faiss.Index:
    """An inverted file over ``vectors``: about 4·sqrt(n) clusters, a sixteenth of them probed."""
    n, dimension = vectors.shape
    nlist = max(16, int(4 * math.sqrt(n)))
    index = faiss.IndexIVFFlat(faiss.IndexFlatIP(dimension), dimension, nlist, faiss.METRIC_INNER_PRODUCT)
    sample = vectors if n <= nlist * 64 else vectors[np.random.default_rng(0).choice(n, nlist * 64, replace=False)]
    index.train(np.ascontiguousarray(sample))
    index.nprobe = max(8, nlist // 16)
    index.set_direct_map_type(faiss.DirectMap.Hashtable)  # reconstruct by id, and still remove
    index.add_with_ids(np.ascontiguousarray(vectors), ids)
    return index


def read_manifest(directory: Path) -> Manifest | None:
    try:
        data = json.loads((directory / MANIFEST_FILE).read_text())
        return Manifest(**data)
    except (OSError, ValueError, TypeError):
        return None

