"""'What does UCRL stand for?' (``answering/short_names``)."""

from perfm_bot.answering import analysis as an
from perfm_bot.answering.short_names import asked_short_name, spelling_out
from perfm_bot.index.chunking import Chunk, Source


def _chunk(i: int, text: str) -> Chunk:
    return Chunk(f"page:s{i}", "page", text, (text,), Source("Home", "/"))


def test_the_short_name_asked_about_is_read_from_the_question():
    def asked(message: str) -> str | None:
        return asked_short_name(an.analyse(message).questions[0].text)

    assert asked("sorry if dumb question but what does UCRL actually stand for") == "ucrl"
    assert asked("wait what does CHOMPS even stand for lol") == "chomps"
    assert asked("what's the full name of the workshop?") is None  # no short name asked: the title answers
    assert asked("what does it mean for my paper?") is None


def test_the_passage_spelling_it_out_is_found_by_its_initials_and_one_naming_it_too_comes_first():
    lead = _chunk(0, "Home. Description: Workshop on Unifying Concept Representation Learning (ICLR 2026).")
    welcome = _chunk(1, "The Workshop on Unifying Concept Representation Learning (UCRL 2026) will be co-located with ICLR 2026.")
    other = _chunk(2, "UCRL accepts papers on concept learning.")
    assert spelling_out("ucrl", [other, lead, welcome]) is welcome
    assert spelling_out("ucrl", [other, lead]) is lead
    chomps = _chunk(3, "CHOMPS: Workshop on Confabulation, Hallucinations & Overgeneration in Multilingual and Practical Settings.")
    assert spelling_out("chomps", [other, chomps]) is chomps  # "&", "in", "and" between the initials
    assert spelling_out("latte", [other, lead, welcome, chomps]) is None
