"""One corpus size, measured in a fresh process (so its peak RSS is its own): see bench_scale.py.

python -m benchmarks.scale_probe SIZE WORKDIR  ->  prints one JSON object.
SIZE 0 measures the bare model process (the memory floor).
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import sys
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import numpy as np

QUESTIONS = [
    "When is the paper deadline?",
    "Is there a paper about federated personalization of language models?",
    "which papers study preference alignment for individual users",
    "can i submit a paper on on-device adaptation?",
    "who are the invited speakers",
    "papers on privacy preserving recommendation",
    "Is retrieval augmented personalization in scope?",
    "what is the page limit?",
]
TOPICS = (
    "federated personalization; preference alignment; retrieval-augmented generation; on-device adaptation; "
    "parameter-efficient tuning; recommender systems; time-series forecasting; dialogue agents; "
    "privacy-preserving learning; meta-learning; user modeling; vision-language models; continual learning; "
    "fairness auditing; personalized healthcare; education technology; code generation; reward modeling"
).split("; ")
METHODS = "a contrastive objective|low-rank adapters|a memory of user histories|mixture-of-experts routing|" \
    "synthetic preference data|a hierarchical prior|test-time adaptation|distillation from a teacher|" \
    "sparse fine-tuning|graph neural encoders|a diffusion prior|bandit feedback".split("|")


def papers_page(part: int, count: int, start: int) -> str:
    """A page of accepted papers: title as heading, abstract as paragraph (deterministic)."""
    rng = random.Random(part)
    lines = [f"---\ntitle: Accepted papers, part {part}\npermalink: /papers/{part}/\n---\n"]
    for number in range(start, start + count):
        topic, other, method = rng.choice(TOPICS), rng.choice(TOPICS), rng.choice(METHODS)
        lines.append(
            f"## {topic.capitalize()} with {method} (paper {number})\n\n"
            f"We study {topic} when each user brings only a few examples. "
            f"Our approach combines {method} with ideas from {other}. "
            f"Experiments on {rng.randint(3, 12)} benchmarks show gains of {rng.randint(2, 19)} points over strong baselines.\n"
        )
    return "\n".join(lines)


def write_corpus(root: Path, size: int) -> None:
    pages = root / "pages"
    pages.mkdir(parents=True)
    per_page = 1000
    for part, start in enumerate(range(0, size, per_page)):
        (pages / f"papers-{part:03d}.md").write_text(papers_page(part, min(per_page, size - start), start))


class RandomEmbedder:
    """Unit vectors seeded by each text's hash: the index's cost without the model's (semantics do
    not change what a flat or clustered scan costs). Claims the real model's identity so that the
    engine, opened afterwards with the real model, takes the saved index as current."""

    def __init__(self, model_id: str, dimension: int):
        self.model_id, self.dimension = model_id, dimension
        self.seconds = 0.0

    def encode(self, texts):
        start = time.perf_counter()
        out = np.empty((len(texts), self.dimension), dtype=np.float32)
        for row, text in enumerate(texts):
            seed = int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big")
            out[row] = np.random.default_rng(seed).standard_normal(self.dimension)
        out /= np.linalg.norm(out, axis=1, keepdims=True)
        self.seconds += time.perf_counter() - start
        return out


def memory_mb() -> dict[str, float]:
    """Resident memory now and at its peak (Linux /proc), in MB."""
    fields = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines() if ":" in line)
    return {"rss_mb": int(fields["VmRSS"].split()[0]) / 1024, "peak_rss_mb": int(fields["VmHWM"].split()[0]) / 1024}


def percentile(samples: list[float], p: float) -> float:
    return float(np.percentile(np.asarray(samples), p))


def main(size: int, workdir: Path) -> dict:
    from perfm_bot.index.embedding import SentenceTransformerEmbedder

    model = SentenceTransformerEmbedder()
    if size == 0:
        model.encode(QUESTIONS)
        return {"size": 0, **memory_mb()}

    from perfm_bot.index.chunking import build_chunks
    from perfm_bot.core.settings import Settings
    from perfm_bot.answering.engine import Engine
    from perfm_bot.sources.loader import load_knowledge
    from perfm_bot.index.vector_index import ChunkIndex

    knowledge_dir = workdir / f"corpus-{size}"
    write_corpus(knowledge_dir, size)
    settings = Settings(knowledge_dir, workdir / f"state-{size}")

    start = time.perf_counter()
    chunks = build_chunks(load_knowledge(knowledge_dir))
    fake = RandomEmbedder(model.model_id, model.dimension)
    index = ChunkIndex(model.model_id, model.dimension)
    index.update(chunks, fake)
    index.save(settings.index_dir)
    pipeline = time.perf_counter() - start - fake.seconds  # everything but the (stand-in) model
    keys = index.vector_count

    start = time.perf_counter()
    engine = Engine(settings, model)
    open_seconds = time.perf_counter() - start
    for q in QUESTIONS:  # warm both paths
        engine.ask(q)
        model.encode([q])
    floor, ours = [], []
    for _ in range(25):
        for q in QUESTIONS:
            t = time.perf_counter()
            model.encode([q])
            floor.append(time.perf_counter() - t)
            t = time.perf_counter()
            engine.ask(q)
            ours.append(time.perf_counter() - t)
    return {
        "size": size,
        "chunks": len(chunks),
        "vectors": keys,
        "clustered": engine.index.clustered,
        "pipeline_seconds": pipeline,
        "pipeline_per_key_ms": pipeline / keys * 1000,
        "open_seconds": open_seconds,
        "query_p50_ms": percentile(ours, 50) * 1000,
        "query_p99_ms": percentile(ours, 99) * 1000,
        "floor_p50_ms": percentile(floor, 50) * 1000,
        "floor_p99_ms": percentile(floor, 99) * 1000,
        **memory_mb(),
    }


if __name__ == "__main__":
    print(json.dumps(main(int(sys.argv[1]), Path(sys.argv[2]))))
