"""The answer engine: knowledge, index and model together, behind ``ask``.

This is what the CLI and the Discord cogs call. It owns the effects (reading the knowledge
folder, the index directory, the model); the decisions are in ``chunking`` and ``answering``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

import numpy as np

from perfm_bot.answering import analysis
from perfm_bot.answering.compose import Answer, Policy, abstain, check_question, compose
from perfm_bot.answering import fit
from perfm_bot.answering.fit import Checks
from perfm_bot.answering.parts import Profile, answer_question, build_profile, combine, from_sibling
from perfm_bot.index.chunking import Chunk, build_chunks
from perfm_bot.core.clock import Clock, utc_now
from perfm_bot.core.settings import Settings
from perfm_bot.index.embedding import CachingEmbedder, Embedder, EmbeddingCache, SentenceTransformerEmbedder
from perfm_bot.core.errors import KnowledgeError
from perfm_bot.sources.loader import fingerprint, load_knowledge, stat_signature
from perfm_bot.sources.records import Knowledge
from perfm_bot.sources.workshop_name import workshop_name
from perfm_bot.answering.ranking import LexicalScorer, RankedHit, question_stems, rank_by_stems, stems, words
from perfm_bot.answering.spelling import SpellingFixer
from perfm_bot.index.vector_index import ChunkIndex, Hit, UpdateStats

log = logging.getLogger(__name__)
SEARCH_DEPTH = 20  # chunks re-ranked per question: enough for the lexical half to lift a buried match


@dataclass(frozen=True)
class IndexReport:
    chunks: int
    vectors: int
    stats: UpdateStats
    rebuilt: bool  # no usable saved index: everything came from the cache or the model


@dataclass(frozen=True)
class RefreshResult:
    """What a reload did: the new index stats, or the error that kept the last good knowledge."""

    stats: UpdateStats | None = None
    error: KnowledgeError | None = None


class Engine:
    def __init__(
        self,
        settings: Settings,
        embedder: Embedder,
        clock: Clock = utc_now,
        policy: Policy | None = None,
        show_progress: bool = False,
    ):
        self.settings = settings
        self.embedder = embedder
        self.clock = clock
        self.policy = policy or Policy()
        self._indexing = CachingEmbedder(embedder, EmbeddingCache(settings.embedding_cache), show_progress)
        self._lock = threading.Lock()  # the index is searched and updated from different threads
        self._refresh_lock = threading.Lock()  # one reload at a time
        self._signature = stat_signature(settings.knowledge_dir)
        self._fingerprint = fingerprint(settings.knowledge_dir)
        self._vocabulary = getattr(embedder, "vocabulary", frozenset())
        self.knowledge: Knowledge = load_knowledge(settings.knowledge_dir)
        self.index, self.last_report = self._open_index(self.knowledge)
        self._lexical, self._spelling, self._profile = self._text_tools(self.index.chunks, self.knowledge)
        self.options = analysis.Options()  # which analyser steps run (all; the ablation turns them off)
        self.checks = Checks()  # which answer-fit checks run (likewise)
        self.last_error: KnowledgeError | None = None

    @classmethod
    def open(cls, settings: Settings, clock: Clock = utc_now, show_progress: bool = False) -> Engine:
        """Load the model named in the settings, then the knowledge and its index."""
        return cls(settings, SentenceTransformerEmbedder(settings.model), clock, show_progress=show_progress)

    def _text_tools(self, chunks: list[Chunk], knowledge: Knowledge) -> tuple[LexicalScorer, SpellingFixer, Profile]:
        known = {w for c in chunks for text in (c.text, *c.keys) for w in words(text)}
        known |= {*fit.GENERIC_WORDS, *analysis.EVENT_WORDS}  # "alredy" is "already" though no page says it
        name = workshop_name(knowledge, self.settings.workshop_name)
        return LexicalScorer(chunks), SpellingFixer(known, self._vocabulary), build_profile(chunks, name, self._vocabulary)

    def _open_index(self, knowledge: Knowledge) -> tuple[ChunkIndex, IndexReport]:
        chunks = build_chunks(knowledge)
        saved = ChunkIndex.load(self.settings.index_dir, self.embedder.model_id, self.embedder.dimension)
        index = saved or ChunkIndex(self.embedder.model_id, self.embedder.dimension)
        stats = index.update(chunks, self._indexing)
        if saved is None or stats.added or stats.removed:
            index.save(self.settings.index_dir)
        return index, IndexReport(len(chunks), index.vector_count, stats, saved is None)

    def refresh(self, force: bool = False) -> RefreshResult | None:
        """Pick up knowledge files changed on disk; None when nothing changed.

        Only new or changed chunks are embedded, and the index is updated in place. A file that
        fails validation leaves the last good knowledge answering; the error is returned (and
        kept in ``last_error``) once per broken version, so a poller does not repeat it.
        """
        with self._refresh_lock:
            signature = stat_signature(self.settings.knowledge_dir)
            if signature == self._signature and not force:
                return None  # no file touched: nothing read (a poller calls this every few seconds)
            current = fingerprint(self.settings.knowledge_dir)
            if current == self._fingerprint and not force:
                self._signature = signature
                return None
            try:
                knowledge = load_knowledge(self.settings.knowledge_dir)
            except KnowledgeError as exc:
                self._signature, self._fingerprint = signature, current  # reported once per broken version
                self.last_error = exc
                log.warning("knowledge not reloaded; the last good version stays in service:\n%s", exc)
                return RefreshResult(error=exc)
            # Any other failure below propagates with the old signature kept, so the next call retries.
            chunks = build_chunks(knowledge)
            before = self._indexing.embedded
            self._indexing.encode(self.index.new_keys(chunks))  # the slow part, outside the search lock
            tools = self._text_tools(chunks, knowledge)
            with self._lock:
                stats = self.index.update(chunks, self._indexing)
                self.knowledge = knowledge
                self._lexical, self._spelling, self._profile = tools
            stats = UpdateStats(stats.added, stats.removed, self._indexing.embedded - before)
            if stats.added or stats.removed:
                self.index.save(self.settings.index_dir)
            self._signature, self._fingerprint = signature, current
            self.last_error = None
            return RefreshResult(stats=stats)

    def ask(self, question: str) -> Answer:
        return self.ask_many([question])[0]

    def ask_many(
        self, questions: Sequence[str], plain: bool = False, contexts: Sequence[str | None] | None = None
    ) -> list[Answer]:
        """Answer several questions with one model call; InputError if any question is unusable.

        ``plain`` is the baseline the README reports against: dense top-1 only (no spelling fix,
        no lexical ranking, no out-of-scope topics), with the same threshold. ``contexts`` gives,
        per question, the previous message of its thread (or None), for follow-ups.
        """
        cleaned = [check_question(q) for q in questions]
        if plain:
            return self._ask_plain(cleaned)
        contexts = list(contexts) if contexts is not None else [None] * len(cleaned)
        with self._lock:
            spelling, profile = self._spelling, self._profile
        options = replace(
            self.options, known=profile.vocabulary, names=profile.names, own=profile.own,
            fix=spelling.fix if self.options.normalise else None,
        )
        analysed = [analysis.analyse(q, c, options) for q, c in zip(cleaned, contexts)]
        asked = [q for a in analysed for q in a.questions if q.intent not in analysis.DECLINED_INTENTS]
        searched = [spelling.fix(q.search) for q in asked]
        vectors = self.embedder.encode(searched) if searched else None  # every part of every message: one call
        now = self.clock()
        ignore = frozenset(stems(" ".join(profile.names)))
        weighed = [question_stems(text, ignore) for text in searched]  # stemmed once: rare words and ranking
        with self._lock:
            hits = self._search(vectors, searched) if searched else []
            knowledge, lexical = self.knowledge, self._lexical
            hits = [self._with_rare_holders(v, text, s, h, lexical) for v, text, s, h in zip(vectors, searched, weighed, hits)] if searched else []
        found = {id(q): rank_by_stems(s, h, lexical) for q, s, h in zip(asked, weighed, hits)}
        checks = self.checks

        def answer(q: analysis.Question) -> Answer:
            # Each question on its own: one that cannot be answered never takes the batch down with it.
            try:
                return answer_question(q, found.get(id(q), []), knowledge, now, self.policy, profile, checks)
            except Exception:  # noqa: BLE001 - logged with its traceback; the asker gets an honest decline
                log.exception("could not answer %r; declining it, the other questions go on", q.text)
                return replace(abstain(q.text, 0.0, self.policy), intent=q.intent)

        vector_of = {id(q): (v, s) for q, v, s in zip(asked, vectors, weighed)} if searched else {}

        def answer_all(parts: list[analysis.Question]) -> list[Answer]:
            answers = [answer(q) for q in parts]
            if len(parts) < 2:
                return answers
            return [self._from_siblings(q, a, parts, answers, vector_of, found, lexical, knowledge, now, profile, checks)
                    for q, a in zip(parts, answers)]

        return [combine(message, answer_all(a.questions)) for message, a in zip(cleaned, analysed)]

    def _from_siblings(
        self, question: analysis.Question, declined: Answer, parts: list[analysis.Question], answers: list[Answer],
        vector_of: dict[int, tuple[np.ndarray, list[str]]], found: dict[int, list[RankedHit]], lexical: LexicalScorer,
        knowledge: Knowledge, now: datetime, profile: Profile, checks: Checks,
    ) -> Answer:
        """A declined part tried on the passages its message's other parts were answered from (see
        ``parts.from_sibling``), scored for this part as the search would have."""
        if declined.answered or id(question) not in vector_of:
            return declined
        ids = [a.chunk_id for q, a in zip(parts, answers) if q is not question and a.answered and a.chunk_id]
        if not ids:
            return declined
        ranked = {h.chunk.id: h for h in found.get(id(question), [])}
        missing = [i for i in ids if i not in ranked]
        if missing:
            vector, weighed = vector_of[id(question)]
            with self._lock:
                scored = self.index.score_chunks(vector, missing)
            ranked.update({h.chunk.id: h for h in rank_by_stems(weighed, scored, lexical)})
        siblings = [ranked[i] for i in dict.fromkeys(ids) if i in ranked]
        try:
            return from_sibling(question, declined, siblings, knowledge, now, self.policy, profile, checks)
        except Exception:  # noqa: BLE001 - as for one part's answer: the decline stands
            log.exception("could not try %r on its message's other passages", question.text)
            return declined

    def _with_rare_holders(
        self, vector: np.ndarray, text: str, weighed: list[str], hits: list[Hit], lexical: LexicalScorer
    ) -> list[Hit]:
        """The search's hits and the chunks holding a rare word of the question, which it may have
        missed (see ``LexicalScorer.rare_holders``); an earlier edition's only when asked about."""
        have = {h.chunk.id for h in hits}
        extra = [c for c in lexical.rare_holders(weighed) if c not in have]
        if not extra:
            return hits
        found = [h for h in self.index.score_chunks(vector, extra) if not h.chunk.past or fit.asks_past(text, h.chunk.past)]
        return hits + found

    def _search(self, vectors: np.ndarray, searched: list[str]) -> list[list[Hit]]:
        """This edition's chunks, and an earlier edition's only for a question about it ("what
        was the 2023 deadline?"): questions that leave out the same editions are searched together."""
        editions = self.index.past_editions
        leave_out = [frozenset(e for e in editions if not fit.asks_past(q, e)) for q in searched]
        results: list[list[Hit]] = [[] for _ in searched]
        for group in dict.fromkeys(leave_out):
            rows = [i for i, left in enumerate(leave_out) if left == group]
            for i, hits in zip(rows, self.index.search(vectors[rows], k=SEARCH_DEPTH, leave_out=group)):
                results[i] = hits
        return results

    def _ask_plain(self, cleaned: list[str]) -> list[Answer]:
        """The README's baseline: dense top-1 only, the message as one question."""
        vectors = self.embedder.encode(cleaned)
        now = self.clock()
        with self._lock:
            hits = self.index.search(vectors, k=SEARCH_DEPTH)
            knowledge = self.knowledge
        return [
            compose(q, [RankedHit(h.chunk, h.score, h.score, 0.0) for h in found if h.chunk.kind != "out_of_scope"], knowledge, now, self.policy)
            for q, found in zip(cleaned, hits)
        ]
