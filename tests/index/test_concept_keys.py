"""A passage stating a policy every call for papers states is also found by how attendees ask about it."""

from perfm_bot.index.concept_keys import concept_keys


def test_a_policy_passage_is_keyed_by_the_question_it_settles_and_by_no_other():
    assert concept_keys("Review is double-blind.") == ("Anonymized? Remove author names and affiliations?",)
    assert concept_keys("The workshop will be hybrid.") == ("Attend or present remotely, online, virtually, or in person only?",)
    # a page count is a length, and only a passage naming the references says whether they count
    assert concept_keys("Tiny papers: between 2 and 4 pages") == ("Page limit: how many pages long?",)
    assert "Do references and the appendix count toward the page limit?" in concept_keys(
        "Submissions should be PDFs of at most 9 pages (excluding references and appendices)."
    )


def test_words_that_look_like_a_policy_but_state_none_give_no_key():
    assert concept_keys("11:30 – Jun Wan (pre-recorded video): Temporal Views") == ()  # a programme slot
    assert concept_keys("Transfer learning across recording modalities") == ()  # a topic
    assert concept_keys("In Proceedings of NeurIPS, pp. 1-9. https://proceedings.neurips.cc/x") == ()  # a citation
    assert concept_keys("Paper title [PDF] [Code]") == ()  # a link's label
