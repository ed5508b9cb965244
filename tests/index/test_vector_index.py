from pathlib import Path

import numpy as np

from perfm_bot.index.chunking import build_chunks
from perfm_bot.sources.loader import load_knowledge
from perfm_bot.index.vector_index import FORMAT, MANIFEST_FILE, ChunkIndex, read_manifest


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
    manifest_path.write_text(manifest_path.read_text().replace(f'"format": {FORMAT}', '"format": 99'))
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


def test_a_large_index_becomes_clustered_and_stays_correct(tmp_path: Path, fake_embedder, monkeypatch):
    import perfm_bot.index.vector_index as vector_index
    from perfm_bot.index.chunking import Chunk, Source

    monkeypatch.setattr(vector_index, "EXACT_LIMIT", 300)

    def papers(n: int, start: int = 0) -> list[Chunk]:
        return [
            Chunk(f"paper:{i}", "page", f"paper {i}", (f"title {i} word{i % 97} topic{i % 13}",), Source("Papers", None))
            for i in range(start, start + n)
        ]

    index = ChunkIndex(fake_embedder.model_id, fake_embedder.dimension)
    index.update(papers(200), fake_embedder)
    assert not index.clustered
    index.update(papers(400), fake_embedder)  # crosses the limit: clustered now
    assert index.clustered and index.vector_count == 400
    query = fake_embedder.encode(["title 321 word30 topic9"])
    assert index.search(query)[0][0].chunk.id == "paper:321"

    index.update(papers(390, start=10), fake_embedder)  # removal and addition in place
    assert index.vector_count == 390 and index.search(fake_embedder.encode(["title 5 word5 topic5"]))[0][0].chunk.id != "paper:5"
    index.save(tmp_path / "index")
    loaded = ChunkIndex.load(tmp_path / "index", fake_embedder.model_id, fake_embedder.dimension)
    assert loaded is not None and loaded.clustered
    assert loaded.update(papers(390, start=10), fake_embedder).added == 0
    assert loaded.search(query)[0][0].chunk.id == "paper:321"

    loaded.update(papers(100), fake_embedder)  # shrinks well below the limit: exact again
    assert not loaded.clustered and loaded.vector_count == 100
    assert loaded.search(fake_embedder.encode(["title 42 word42 topic3"]))[0][0].chunk.id == "paper:42"


def test_this_editions_search_leaves_earlier_editions_out_however_many_there_are(fake_embedder, monkeypatch):
    """A site that keeps ten past editions' pages would fill every result with them before this
    year's page is reached; left out, they are never returned, exact or clustered."""
    import perfm_bot.index.vector_index as vector_index
    from perfm_bot.index.chunking import Chunk, Source

    old = [Chunk(f"old:{i}", "page", "x", (f"deadline {i % 5}",), Source("CfP", f"/w-{2015 + i % 10}/"), past=f"w-{2015 + i % 10}") for i in range(120)]
    now = Chunk("now", "page", "y", ("deadline 3",), Source("CfP", "/w-2026/"))  # the same words as 24 old pages
    query = fake_embedder.encode(["deadline 3"])
    for limit in (10_000, 100):  # exact, then clustered
        monkeypatch.setattr(vector_index, "EXACT_LIMIT", limit)
        index = ChunkIndex(fake_embedder.model_id, fake_embedder.dimension)
        index.update([*old, now], fake_embedder)
        assert index.clustered == (limit == 100)
        assert sum(bool(h.chunk.past) for h in index.search(query, k=5)[0]) >= 4  # every edition: old pages crowd it out
        assert [h.chunk.id for h in index.search(query, k=5, leave_out=index.past_editions)[0]] == ["now"]
        one = index.search(query, k=5, leave_out=index.past_editions - {"w-2018"})[0]
        found = {h.chunk.past for h in one}
        assert "w-2018" in found and found <= {None, "w-2018"}  # the edition asked about, and this one
        assert index.past_editions == {f"w-{y}" for y in range(2015, 2025)}


def test_chunks_found_another_way_are_scored_as_the_search_would_score_them(fake_embedder, monkeypatch):
    """``score_chunks``: the dense score of chunks the search did not return (exact and clustered)."""
    import perfm_bot.index.vector_index as vector_index
    from perfm_bot.index.chunking import Chunk, Source

    monkeypatch.setattr(vector_index, "EXACT_LIMIT", 300)
    chunks = [Chunk(f"c:{i}", "page", f"text {i}", (f"key {i} word{i % 7}", f"other {i}"), Source("P", None)) for i in range(200)]
    for count, clustered in ((100, False), (200, True)):  # two keys per chunk: 200 and 400 vectors
        index = ChunkIndex(fake_embedder.model_id, fake_embedder.dimension)
        index.update(chunks[:count], fake_embedder)
        assert index.clustered is clustered
        query = fake_embedder.encode(["key 17 word3"])[0]
        scored = index.score_chunks(query, ["c:17", "c:5", "missing", "c:17"])
        assert [h.chunk.id for h in scored][:1] == ["c:17"] and {h.chunk.id for h in scored} == {"c:17", "c:5"}
        expected = max(float(np.dot(query, v)) for v in fake_embedder.encode(["key 17 word3", "other 17"]))
        assert abs(scored[0].score - expected) < 1e-4
