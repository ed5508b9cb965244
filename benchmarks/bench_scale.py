"""Scale: a large conference's accepted papers (1k, 10k, 50k chunks of title and abstract).

- Build throughput: at 1k chunks the real pipeline (chunking, embedding cache, FAISS) builds the
  index from nothing with the real model, against the raw model encoding the same key texts.
  At 10k and 50k the model alone would take most of an hour on two cores, so each size is built
  with a stand-in embedder and the pipeline's own time per key is measured; the row combines it
  with the model rate measured at 1k (noted on the row).
- Query latency: p99 of the full answer path (encode, search, rank, compose) in a fresh process
  over the built index, against p99 of encoding the same questions with the bare model.
- Memory: resident memory of that process while answering (and its peak), against a bare process
  holding only the model.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

from benchmarks.common import REPO, Context, Row
from benchmarks.scale_probe import write_corpus

BENCH = "scale"
SIZES = (1_000, 10_000, 50_000)
REAL_BUILD_SIZE = 1_000


def _probe(size: int, ctx: Context) -> dict:
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONPATH": str(REPO)}
    out = subprocess.run(
        [sys.executable, "-m", "benchmarks.scale_probe", str(size), str(ctx.workdir)],
        check=True, cwd=REPO, env=env, capture_output=True, text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def _real_build(ctx: Context) -> tuple[float, float, int]:
    """(our keys/s, the bare model's keys/s, keys) for building REAL_BUILD_SIZE chunks from nothing."""
    from perfm_bot.index.chunking import build_chunks
    from perfm_bot.index.embedding import CachingEmbedder, EmbeddingCache
    from perfm_bot.sources.loader import load_knowledge
    from perfm_bot.index.vector_index import ChunkIndex

    root = ctx.workdir / "real-build"
    write_corpus(root, REAL_BUILD_SIZE)
    model = ctx.embedder
    texts = [k for c in build_chunks(load_knowledge(root)) for k in c.keys]
    model.encode(texts[:64])  # warm
    start = time.perf_counter()
    model._model.encode(texts, batch_size=model.batch_size)
    raw = time.perf_counter() - start
    start = time.perf_counter()
    chunks = build_chunks(load_knowledge(root))
    index = ChunkIndex(model.model_id, model.dimension)
    index.update(chunks, CachingEmbedder(model, EmbeddingCache(ctx.workdir / "real-build-cache.sqlite")))
    index.save(ctx.workdir / "real-build-index")
    ours = time.perf_counter() - start
    return len(texts) / ours, len(texts) / raw, len(texts)


def run(ctx: Context) -> list[Row]:
    ours_rate, raw_rate, keys = _real_build(ctx)
    rows = [
        Row(BENCH, f"build keys/s, {REAL_BUILD_SIZE // 1000}k chunks (real model)", ours_rate, raw_rate, "/s", 0.9,
            higher_is_better=True, note=f"{keys} key texts; floor: the bare model encoding them"),
    ]
    bare = _probe(0, ctx)
    for size in SIZES:
        p = _probe(size, ctx)
        projected = 1 / (1 / raw_rate + p["pipeline_per_key_ms"] / 1000)
        label = f"{size // 1000}k"
        if size != REAL_BUILD_SIZE:
            rows.append(Row(BENCH, f"build keys/s, {label} chunks (projected)", projected, raw_rate, "/s", 0.9,
                            higher_is_better=True,
                            note=f"{p['vectors']} keys; pipeline {p['pipeline_per_key_ms']:.3f} ms/key measured, model rate from 1k"))
        rows.append(Row(BENCH, f"answer p99, {label} chunks", p["query_p99_ms"], p["floor_p99_ms"], "ms", 2.0 if size == 50_000 else None,
                        note=f"p50 {p['query_p50_ms']:.1f} vs {p['floor_p50_ms']:.1f} ms; "
                             f"{'clustered' if p['clustered'] else 'exact'} index of {p['vectors']} vectors; "
                             f"engine opens in {p['open_seconds']:.1f} s"))
        rows.append(Row(BENCH, f"RSS answering, {label} chunks", p["rss_mb"], bare["rss_mb"], "MB",
                        note=f"peak {p['peak_rss_mb']:.0f} MB (bare model {bare['peak_rss_mb']:.0f} MB); floor: a process holding only the model"))
    return rows



