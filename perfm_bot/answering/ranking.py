"""Ranking search hits by meaning and by words together.

Dense similarity alone under-rates a question that names a listed topic in a longer sentence
("can I submit a paper about federated learning for personalizing LLMs?") and over-rates one that
shares a generic word with a FAQ question ("is there parking at the venue?" vs "What is the
venue?"). Each hit's score is therefore its cosine similarity plus a share of its lexical
coverage: the idf-weighted fraction of the question's content words (stemmed) that the chunk
contains. Rare words the knowledge uses weigh most; words it never uses count against every chunk.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

import snowballstemmer

from perfm_bot.index.chunking import Chunk
from perfm_bot.index.vector_index import Hit

LEXICAL_WEIGHT = 0.4

_WORD = re.compile(r"[a-z0-9]+(?:[-–][a-z0-9]+)*")
STOP_WORDS = frozenset(
    """a about above after again all also am an and any are as at be because been before being below
    between both but by can could did do does doing done during each else for from further get got had
    has have having he her here hers him his how i if in into is it its just me more most my no nor not
    now of off on once only or other our ours out over own please same shall she should so some such
    than that the their theirs them then there these they this those through to too under until up us
    very was we were what when where whether which while who whom whose why will with would yes yet
    you your yours anything something thing things there's what's i'm im r u ok okay""".split()
)
_STEMMER = snowballstemmer.stemmer("english")


@functools.lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    """Snowball is pure Python and the knowledge repeats its words: every reload re-stems all
    chunks, so remembering each word's stem makes a reload after an organizer's change cheap."""
    return _STEMMER.stemWord(_IRREGULAR_PLURALS.get(word, word))


# Latin and Greek plurals Snowball leaves apart from their singular ("appendices" / "appendix"):
# a call says "appendices are not allowed", an author asks about "an appendix"
_IRREGULAR_PLURALS = {
    "appendices": "appendix", "indices": "index", "matrices": "matrix", "vertices": "vertex",
    "criteria": "criterion", "phenomena": "phenomenon", "theses": "thesis", "analyses": "analysis",
    "hypotheses": "hypothesis", "curricula": "curriculum", "syllabi": "syllabus", "corpora": "corpus",
    "stimuli": "stimulus", "foci": "focus", "loci": "locus", "radii": "radius", "nuclei": "nucleus",
}


_DASH = re.compile(r"[-–]")


def fold_accents(text: str) -> str:
    """"Jürgen", "Zürich", "José" as attendees type them on any keyboard ("Jurgen", "Zurich"):
    the letters without their marks, so a name matches however it was typed."""
    if text.isascii():
        return text
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if unicodedata.category(ch) != "Mn")


def words(text: str) -> list[str]:
    """Lowercase words; 'trade-offs' also yields 'trade', 'offs' and 'tradeoffs'."""
    out: list[str] = []
    for word in _WORD.findall(fold_accents(text).lower()):
        if "-" not in word and "–" not in word:  # most words: no split to run
            out.append(word)
            continue
        parts = _DASH.split(word)
        out.extend(parts)
        out.append("".join(parts))
    return out


@functools.lru_cache(maxsize=8)
def prefixes(vocabulary: frozenset[str], length: int) -> frozenset[str]:
    """The first ``length`` letters of each stem at least that long, once per knowledge: at 50k
    chunks the vocabulary holds 600k stems, and building this per question cost 15 ms of every
    answer. (A frozenset keeps its hash, so finding the cached set is cheap.)"""
    return frozenset(v[:length] for v in vocabulary if len(v) >= length)


def stems(text: str) -> list[str]:
    return [_stem(w) for w in words(text) if w not in STOP_WORDS and len(w) > 1]


@dataclass(frozen=True)
class RankedHit:
    chunk: Chunk
    score: float  # dense + LEXICAL_WEIGHT * coverage
    dense: float
    coverage: float


RARE_HOLDERS = 4  # a word at most this many chunks hold (or a fiftieth of them) is rare
RAREST_SPREAD = 4  # the question's rarest word counts up to this many times that: a name on a few lines
# how a question asks, not what it asks about: never its "rarest word" (a site may say "time" once)
_FRAME = frozenset(stems("time times date dates day days when where who what which how much long many"))
RARE_CANDIDATES = 24  # chunks added to a question's candidates for its rare words, at most


class LexicalScorer:
    """The words of every chunk (text and keys), with their inverse document frequency."""

    def __init__(self, chunks: Iterable[Chunk]):
        self._stems: dict[str, frozenset[str]] = {
            c.id: frozenset(stems(" ".join((c.text, *c.keys)))) for c in chunks
        }
        frequency: dict[str, int] = {}
        for chunk_stems in self._stems.values():
            for stem in chunk_stems:
                frequency[stem] = frequency.get(stem, 0) + 1
        total = len(self._stems)
        self._idf = {stem: math.log((total + 1) / (count + 0.5)) for stem, count in frequency.items()}
        self._unseen_idf = math.log((total + 1) / 0.5)
        self._rare_limit = max(RARE_HOLDERS, total // 50)
        self._holders: dict[str, list[str]] = {}  # a rare stem -> the chunks that hold it
        for chunk_id, chunk_stems in self._stems.items():
            for stem in chunk_stems:
                if frequency[stem] <= self._rare_limit * RAREST_SPREAD:
                    self._holders.setdefault(stem, []).append(chunk_id)

    def rare_holders(self, question_stems: Sequence[str]) -> list[str]:
        """The chunks holding a word of the question that few chunks use ("sponsoring": the one
        line saying who sponsors it), which the dense search may rank below twenty passages that
        only say "the workshop" more like the question does. The question's rarest word counts
        when a few more chunks hold it: "what time is the Hoffmann keynote?" names a speaker whose
        name is on his card, his bio and his programme row, and the row is the answer."""
        found: dict[str, None] = {}
        held = sorted((self._holders[s] for s in dict.fromkeys(question_stems) if s in self._holders and s not in _FRAME), key=len)
        for rank, holders in enumerate(held):  # the rarest word's chunks first
            if rank == 0 or len(holders) <= self._rare_limit:
                found.update(dict.fromkeys(holders))
        return list(found)[:RARE_CANDIDATES]

    def weight(self, words: Iterable[str]) -> float:
        """The summed rarity of some stems."""
        return sum(self._idf.get(s, self._unseen_idf) for s in words)

    def coverage(self, question_stems: Sequence[str], chunk: Chunk) -> float:
        if not question_stems:
            return 0.0
        weights = {s: self._idf.get(s, self._unseen_idf) for s in question_stems}
        have = self._stems.get(chunk.id, frozenset())
        return sum(w for s, w in weights.items() if s in have) / sum(weights.values())


def rank(question: str, hits: Sequence[Hit], lexical: LexicalScorer, ignore: Collection[str] = ()) -> list[RankedHit]:
    """``ignore``: words that weigh nothing here, such as the workshop's own coined name ("PerFM"):
    rare in the knowledge, so heavy, it would lift whichever passage repeats the name."""
    return rank_by_stems(question_stems(question, ignore), hits, lexical)


def question_stems(question: str, ignore: Collection[str] = ()) -> list[str]:
    """The question's words as ranking weighs them (``ignore``: see ``rank``)."""
    return [s for s in stems(question) if s not in ignore]


def rank_by_stems(question_stems: Sequence[str], hits: Sequence[Hit], lexical: LexicalScorer) -> list[RankedHit]:
    """``rank`` for a question already stemmed (the engine also looks up its rare words)."""
    ranked = []
    for hit in hits:
        coverage = lexical.coverage(question_stems, hit.chunk)
        ranked.append(RankedHit(hit.chunk, hit.score + LEXICAL_WEIGHT * coverage, hit.score, coverage))
    ranked.sort(key=lambda r: -r.score)
    if any(abs(a.score - b.score) < _TIE for a, b in zip(ranked, ranked[1:])):
        ranked = _own_words_first(question_stems, ranked, lexical)
    return ranked


_TIE = 1e-6


def _own_words_first(question_stems: Sequence[str], ranked: list[RankedHit], lexical: LexicalScorer) -> list[RankedHit]:
    """Passages found by the same key (``index.concept_keys``: "Page limit: how many pages long?"
    for both "Long papers: up to 8 pages" and "Short papers: up to 4 pages") score alike to the
    dense search and, by the key's words, to the lexical one: among equals, the one whose own
    text holds more of the question's words ("long"), the rarer weighing more, comes first."""
    asked = set(question_stems)
    out: list[RankedHit] = []
    i = 0
    while i < len(ranked):
        j = i + 1
        while j < len(ranked) and abs(ranked[i].score - ranked[j].score) < _TIE:
            j += 1
        group = ranked[i:j]
        if len(group) > 1:
            group.sort(key=lambda r: -lexical.weight(asked & set(stems(r.chunk.text))))  # stable: reading order among equals
        out += group
        i = j
    return out
