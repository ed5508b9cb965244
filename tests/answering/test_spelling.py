"""Typo fixes (``answering/spelling``): only words neither the model nor the knowledge knows, each
to the closest word the knowledge uses, found among the words of a length that can be close."""

import difflib
import random

from perfm_bot.answering.spelling import SpellingFixer


def test_a_typo_becomes_the_closest_known_word_and_real_words_stay():
    fixer = SpellingFixer(["deadline", "submission", "workshop", "notification", "take"], {"parking", "hotel"})
    assert fixer.fix("tacked") == "take"  # at the bound: 4 letters of 6, a ratio of exactly 0.8
    assert fixer.fix("abstract deadine?? submision site") == "abstract deadline?? submission site"
    assert fixer.fix("any parking near the hotel?") == "any parking near the hotel?"
    assert fixer.fix("zqxwv") == "zqxwv"  # nothing close: left as typed


def test_looking_only_at_words_of_a_close_length_finds_what_looking_at_all_would():
    rng = random.Random(7)
    known = ["".join(rng.choice("abcdefghij") for _ in range(rng.randint(4, 16))) for _ in range(2000)]
    fixer = SpellingFixer(known, set())
    everything = sorted(set(known))
    typos = [w[:-1] for w in known[:200]] + [w + "e" for w in known[200:400]] + [w[1:] for w in known[400:600]]
    typos += [w[:-3] for w in known[600:1200] if len(w) >= 14]  # closest to a word three letters longer
    for typo in typos:
        if len(typo) < 4:
            continue
        close = difflib.get_close_matches(typo, everything, n=1, cutoff=0.8)
        assert fixer.fix(typo) == (close[0] if close else typo), typo
