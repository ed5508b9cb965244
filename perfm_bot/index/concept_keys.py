"""How attendees ask about the policies every call for papers states, as keys of the passages that state them.

A call for papers says "Review is double-blind", "non-archival", "work-in-progress welcome",
"hybrid"; attendees ask "do we take our names off?", "will it be published anywhere?", "is an
early result enough?", "can I dial in?". The two share no word, and
the embedder places them far apart, so the passage ranks under the answer threshold and the bot
declines a question its knowledge answers. These policies are few and the same at every workshop:
a passage stating one is also found by the question attendees ask about it (as a date line is
found by "When is the …?"). Each key asks only what its passage's own words settle: "hybrid" is
found by "can I attend remotely?", never by "will the talks be recorded?".
"""

from __future__ import annotations

import re

# (what a passage says, the question it answers in attendees' words). The questions are short: their
# words also count as the passage's for the lexical score, so they hold the concept's words only.
_CONCEPTS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), key)
    for pattern, key in (
        (
            r"\bdouble[- ]blind\b|\banonymi[sz]|\banonymous(?:ly)?\s+(?:review|submi)|\bblind(?:ed)?\s+review|\breview\w*\s+(?:process\s+)?(?:is|will be)\s+(?:double[- ])?blind",
            "Anonymized? Remove author names and affiliations?",
        ),
        (
            r"\b(?:non-?)?archival\b|(?<![/.])\bproceedings\b(?!\s+of\b|[./])",
            "Archival? Published in the proceedings?",
        ),
        (
            r"\b(?:previously|already|recently)\s+(?:been\s+)?(?:published|accepted|presented)\b|\bpublished (?:work|papers?)\b|\bprior publication",
            "Already published or accepted at another venue?",
        ),
        (
            r"\bunder review\b|\bdual[- ]submission|\bsubmitted elsewhere\b|\b(?:concurrent|parallel)(?:ly)? submi",
            "Under review elsewhere at the same time? Dual submission?",
        ),
        (
            r"\bhybrid\b|\bvirtual(?:ly)?\b|\bremote(?:ly)?\b|\bin[- ]person\b|\bzoom\b|\bonline (?:attendance|participation|presentation)",
            "Attend or present remotely, online, virtually, or in person only?",
        ),
        (
            r"\blive-?stream|(?<!pre-)\bstreamed\b|(?<!pre-)\b(?:talks?|sessions?|keynotes?|presentations?|workshop) (?:will be |are |is )?(?:live-?streamed|streamed|recorded)\b|\brecordings? (?:of|will)\b",
            "Talks streamed or recorded?",
        ),
        (
            r"\bwork[- ]in[- ]progress\b|\bpreliminary (?:results|work|findings|ideas)\b|\bongoing (?:work|research)\b|\bearly[- ]stage\b|\bnegative results\b",
            "Preliminary, unfinished work in progress?",
        ),
        (
            r"\b(?:in|as an?|single) PDF\b|\bPDFs?\s+(?:format|file)|\bPDFs\b|\b(?:MS )?Word (?:document|format|file)|\.docx?\b",
            "File format: PDF or Word?",
        ),
        (
            r"\bLaTeX\b|\bOverleaf\b|\bstyle ?files?\b|\btemplates?\b|\bformatting (?:instructions|guidelines)",
            "Which template or style file?",
        ),
        (
            r"\b\d+\s*(?:-\s*\d+\s*)?pages?\b|\bpage limit\b",
            "Page limit: how many pages long?",
        ),
        (
            r"\b\d+\s*(?:-\s*\d+\s*)?pages?\b.{0,80}\b(?:references?|appendi(?:x|ces)|bibliography|supplementary)\b|\b(?:references?|appendi(?:x|ces)|bibliography)\b.{0,60}\b(?:page limit|\d+\s*pages?)\b",
            "Do references and the appendix count toward the page limit?",
        ),
        (
            r"\bopenreview\b|\bCMT\b|\beasychair\b|\bsoftconf\b|\bsubmission (?:site|portal|link|system|page)\b",
            "Submission portal or site: where to upload?",
        ),
    )
)
_PROGRAMME_ROW = re.compile(r"^\W*\d{1,2}[:.]\d{2}")  # a slot of the programme states no policy


def concept_keys(text: str) -> tuple[str, ...]:
    """The attendees' questions a passage settles by stating a policy, in the order above."""
    if _PROGRAMME_ROW.match(text):
        return ()
    return tuple(key for pattern, key in _CONCEPTS if pattern.search(text))
