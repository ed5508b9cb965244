from pathlib import Path

import numpy as np

from perfm_bot.chunking import build_chunks
from perfm_bot.knowledge import load_knowledge
from perfm_bot.vector_index import MANIFEST_FILE, ChunkIndex, read_manifest


def test_round_trip_keeps_every_vector_and_result(knowledge_dir: Path, tmp_path: Path, fake_embedder):
    chunks = build_chunks(load_knowledge(knowledge_dir))
    index = ChunkIndex(fake_embedder.model_id, fake_embedder.dimension)
    stats = index.update(chunks, fake_embedder)
    assert stats.added == sum(len(c.keys) for c in chunks) and stats.removed == 0
    manifest = index.save(tmp_path / "index")
    assert (manifest.chunks, manifest.vectors, manifest.model) == (len(chunks), stats.added, "fake-bag-of-words")

    loaded = ChunkIndex.load(tmp_path / "index", fake_embedder.model_id, fake_embedder.dimension)
    assert loaded is not None
    again = loaded.update(chunks, fake_embedder)
    assert (again.added, again.removed) == (0, 0)  # nothing to embed: the saved vectors are current
    query = fake_embedder.encode(["page limit pages"])
    assert [h.chunk.id for h in loaded.search(query)[0]] == [h.chunk.id for h in index.search(query)[0]]
    assert loaded.manifest().knowledge_hash == manifest.knowledge_hash


def test_a_manifest_from_another_model_dimension_or_format_is_refused(knowledge_dir: Path, tmp_path: Path, fake_embedder):
    chunks = build_chunks(load_knowledge(knowledge_dir))
    index = ChunkIndex(fake_embedder.model_id, fake_embedder.dimension)
    index.update(chunks, fake_embedder)
    index.save(tmp_path / "index")
    assert ChunkIndex.load(tmp_path / "index", "other-model", fake_embedder.dimension) is None
    assert ChunkIndex.load(tmp_path / "index", fake_embedder.model_id, 128) is None
    manifest_path = tmp_path / "index" / MANIFEST_FILE
    manifest_path.write_text(manifest_path.read_text().replace('"format": 1', '"format": 99'))
    assert ChunkIndex.load(tmp_path / "index", fake_embedder.model_id, fake_embedder.dimension) is None
    manifest_path.write_text("{ broken")
    assert read_manifest(tmp_path / "index") is None
    assert ChunkIndex.load(tmp_path / "index", fake_embedder.model_id, fake_embedder.dimension) is None


def test_update_in_place_touches_only_changed_chunks(knowledge_dir: Path, fake_embedder):
    knowledge = load_knowledge(knowledge_dir)
    chunks = build_chunks(knowledge)
    index = ChunkIndex(fake_embedder.model_id, fake_embedder.dimension)
    index.update(chunks, fake_embedder)
    faq = knowledge_dir / "faq.yaml"
    faq.write_text(faq.read_text() + "\n- id: poster\n  question: Is there a poster session?\n  answer: Yes.\n")
    fake_embedder.calls.clear()
    stats = index.update(build_chunks(load_knowledge(knowledge_dir)), fake_embedder)
    assert (stats.added, stats.removed) == (2, 0)  # the question and question+answer keys
    assert fake_embedder.calls == [["Is there a poster session?", "Is there a poster session? Yes."]]
    hit = index.search(fake_embedder.encode(["Is there a poster session?"]))[0][0]
    assert hit.chunk.ref == "poster" and np.isclose(hit.score, 1.0)
