"""The question analyser on messages shaped like the ones attendees post (pure: no model)."""

from __future__ import annotations

import pytest

from perfm_bot.answering import analysis as an
from perfm_bot.answering.ranking import stems

# Words of a small workshop's knowledge, as the engine passes them (stems).
KNOWN = frozenset(stems("workshop paper submission deadline page limit review double-blind topics scope "
                        "personalized foundation models federated learning organizers speakers venue schedule notification "
                        "camera-ready"))


def ask(message: str, context: str | None = None) -> an.Analysis:
    return an.analyse(message, context, an.Options(known=KNOWN))


def test_normalise_reads_chat_spelling_and_drops_emoji():
    text = an.normalise("wen is the papr ddl?? 🙏🙏 u guys")
    assert text.startswith("when is the papr deadline?")
    assert " you " in f" {text} " and "🙏" not in text and "??" not in text
    assert an.normalise("what's new, who's speaking") == "what is new, who is speaking"


@pytest.mark.parametrize(
    "message, intents",
    [
        ("when's the paper deadline and where do we submit", [an.DATE, an.SUBMIT]),
        ("whats the page limit and is it double blind", [an.SUBMIT, an.SUBMIT]),
        ("who are the speakers + can i attend online", [an.WHO, an.OTHER]),
        ("can i submit wip? also how much is registration", [an.SUBMIT, an.OTHER]),
        ("when's notification and when's camera ready due", [an.DATE, an.DATE]),
        ("what day is the SRW and in which city?", [an.DATE, an.WHERE]),  # a wh-word after its preposition
        ("Until when can I submit my paper, and will it be reviewed again?", [an.DATE, an.OTHER]),
        ("acceptance notification date + camera ready date?", [an.DATE, an.DATE]),
    ],
)
def test_two_questions_in_one_message_are_split(message, intents):
    assert list(ask(message).intents) == intents


def test_a_noun_joined_by_and_is_not_a_second_question():
    analysed = ask("do the references and appendix count toward the page limit?")
    assert len(analysed.questions) == 1


def test_an_aside_between_commas_does_not_cut_the_question_in_two():
    """The end of the clause after an aside ("…, one of the workshop chairs, is affiliated with?")
    asks nothing of its own; a question after a comma still does."""
    asked = ask("Could you tell me which institution Simon Hammond, one of the workshop chairs, is affiliated with?")
    assert len(asked.questions) == 1 and asked.questions[0].search.endswith("is affiliated with?")
    assert len(ask("what is the deadline, is it AoE?").questions) == 2
    assert len(ask("where is the venue, is registration required?").questions) == 2


def test_background_is_kept_aside_and_given_to_would_that_fit():
    analysed = ask(
        "hi! I'm a PhD student working on federated fine-tuning of LLMs where each phone keeps its own "
        "adapter. we also look at latency on-device. would that fit?"
    )
    (question,) = analysed.questions
    assert question.text == "would that fit?" and question.intent == an.SCOPE
    assert "federated" in question.search and "federated" in analysed.background


def test_a_statement_before_a_question_is_background_not_a_question():
    analysed = ask("im flying in the night before the workshop day, is there a hotel block?")
    assert [q.text for q in analysed.questions] == ["is there a hotel block?"]


@pytest.mark.parametrize("message", ["thanks!!", "good bot", "lol ok", "hi bot", "gm everyone ☀️", "are you a human or a bot?",
                                     "you're awesome, that helped a lot", "ty 🙏", "hi bot 👋 how's your day going",
                                     "hey how are you doing today?"])
def test_chit_chat(message):
    assert ask(message).intents == (an.CHIT_CHAT,)


@pytest.mark.parametrize(
    "message",
    ["write a poem about the workshop", "tell me a joke", "can you recommend a good ML textbook",
     "proofread my title: 'Towrds Personalizd LLMs'", "who won the game last night", "whats the price of bitcoin rn"],
)
def test_requests_for_work_and_questions_about_nothing_the_workshop_knows_are_off_topic(message):
    assert ask(message).intents == (an.OFF_TOPIC,)


@pytest.mark.parametrize("message", ["how's the review going to work?", "how are you picking the orals?", "hi, how is the workshop organized?"])
def test_how_something_goes_is_asked_of_the_workshop_not_small_talk(message):
    assert an.CHIT_CHAT not in ask(message).intents


def test_a_greeting_before_a_question_is_not_chit_chat():
    analysed = ask("hey! quick q, whats the page limit")
    assert [q.text for q in analysed.questions] == ["what is the page limit"]
    assert analysed.intents == (an.SUBMIT,) and analysed.social


@pytest.mark.parametrize(
    "message, expected",
    [
        ("📅 when's the workshop happening", an.DATE),
        ("how many days until the paper deadline?", an.DATE),
        ("is the deadline in august like last year?", an.DATE),
        ("what's the workshop about?", an.OTHER),
        ("Which timezone are the deadlines in?", an.OTHER),
        ("what should i bring on the workshop day?", an.OTHER),
        ("is the call for papers out yet 🚀", an.OPEN),
        ("where is the workshop held?", an.WHERE),
        ("who r the organisers", an.WHO),
        ("who is the workshop for?", an.OTHER),  # the audience, not a person to name
    ],
)
def test_only_questions_asking_when_or_a_date_are_date_questions(message, expected):
    assert ask(message).intents == (expected,)


@pytest.mark.parametrize(
    "message, expected",
    [
        ("what time does the poster session start?", an.TIME),
        ("when's lunch?", an.TIME),
        ("how many invited talks are there?", an.TIME),
        ("is there a coffee break between talks", an.TIME),
        ("what's the schedule for the day?", an.SCHEDULE),
        ("can you share the tentative schedule?", an.SCHEDULE),
        ("Who's on the panel?", an.WHO),
        ("will the talks be recorded?", an.OTHER),
    ],
)
def test_times_inside_the_program_are_told_from_the_program_itself(message, expected):
    assert ask(message).intents == (expected,)


def test_an_elliptic_follow_up_takes_the_previous_question_s_frame_and_intent():
    (q,) = ask("and the full paper?", context="when is the abstract deadline?").questions
    assert q.follow_up and q.intent == an.DATE and q.search == "when is the full paper?"
    (q,) = ask("what about the organizers?", context="who are the invited speakers?").questions
    assert q.intent == an.WHO and q.search == "who are the organizers?"


def test_a_follow_up_with_a_pronoun_is_searched_with_its_thread():
    (q,) = ask("does that include refs?", context="what's the page limit?").questions
    assert q.follow_up and "references" in q.search and "page limit" in q.search
    (q,) = ask("does that include refs?").questions  # no thread: nothing added
    assert not q.follow_up and "page limit" not in q.search


def test_thanks_in_a_thread_stays_chit_chat():
    assert ask("thanks!!", context="what's the page limit?").intents == (an.CHIT_CHAT,)
    # words beside the thanks that ask nothing are praise, not a follow-up to search with the thread
    assert ask("thanks!! super helpful", context="What is the page limit?").intents == (an.CHIT_CHAT,)
    # a question beside the thanks still counts, even one made only of friendly words
    assert ask("lowkey wanna submit my half-baked wip, is that cool").intents != (an.CHIT_CHAT,)


def test_steps_can_be_switched_off_for_the_ablation():
    message = "when's the paper deadline and where do we submit"
    assert len(an.analyse(message, None, an.Options(split=False)).questions) == 1
    assert an.analyse("thanks!", None, an.Options(intents=False)).intents == (an.OTHER,)
    (q,) = an.analyse("and the full paper?", "when is the abstract deadline?", an.Options(context=False)).questions
    assert not q.follow_up


@pytest.mark.parametrize(
    ("message", "search"),
    [
        ("where is it happening?", "where is the workshop happening?"),
        ("which city", "which city is the workshop?"),
        ("what day is it on?", "what day is the workshop on?"),
    ],
)
def test_a_question_naming_only_a_place_or_time_is_about_the_workshop(message: str, search: str):
    assert an.analyse(message).questions[0].search == search


def test_a_question_naming_its_own_subject_is_searched_as_asked():
    for message in ("where is the poster session?", "which city has the best food?", "when is the paper deadline?"):
        question = an.analyse(message).questions[0]
        assert question.search == question.text


def test_the_workshops_coined_name_with_a_place_or_time_asks_about_the_workshop():
    options = an.Options(names=frozenset({"verifai"}))
    assert an.analyse("which room is verifai in?", None, options).questions[0].search == "which room is the workshop in?"
    # with no place or time asked, the name is what the question is about and stays
    assert an.analyse("what is verifai about?", None, options).questions[0].search == "what is verifai about?"


def test_local_tips_are_off_topic_even_naming_the_venue():
    for message in ("best ramen near the venue?? 🍜", "any good cheap hotel around the convention center?"):
        assert an.analyse(message).intents == (an.OFF_TOPIC,)
    assert an.analyse("is there a hotel block near the venue?").intents != (an.OFF_TOPIC,)


def test_joining_from_afar_and_early_results_are_the_workshops_business():
    """Words of attending and of submitting that no call for papers uses are still about the event:
    such a question is declined as unknown (and flagged to the organizers), not as off-topic."""
    for message in ("can i dial in from home instead of flying?", "can an early result with only one experiment be sent?"):
        assert ask(message).intents != (an.OFF_TOPIC,)
    assert ask("why does my cuda run out of memory").intents == (an.OFF_TOPIC,)


def test_an_it_the_part_before_also_asks_about_is_the_workshop():
    first, second, _ = ask("who organizes it, where is it, and is there a best paper award?").questions
    assert "organiz" not in second.search  # "where is it" is where the workshop is
    assert "panel" in ask("is there a panel and who is on it").questions[1].search  # "it" is the panel


def test_one_question_stays_one_across_a_comma_or_a_plus():
    assert len(ask("For the NeurIPS 2025 edition, by when were authors notified of acceptance?").questions) == 1
    assert len(ask("should i strip our names + affiliations off the paper before submitting?").questions) == 1


def test_a_statement_joined_by_and_is_not_split_into_a_question():
    analysis = an.analyse("can you proofread my abstract: 'We propose a method which achieves results and is efficient.'")
    assert analysis.intents == (an.OFF_TOPIC,)


def test_a_work_verb_used_as_a_noun_asks_for_no_work():
    assert an.analyse("my draft is 12 pages without refs, is that too long?").intents != (an.OFF_TOPIC,)
    assert an.analyse("can you draft my cover letter").intents == (an.OFF_TOPIC,)


def test_the_workshops_own_name_is_read_as_the_workshop_unless_it_is_what_is_asked():
    from perfm_bot.answering.parts import own_names

    assert own_names("DATA-FM-ICLR2026") == {"data-fm", "datafm", "data fm"}
    assert own_names("The VerifAI Workshop @ ICLR'25") == {"verifai"}
    assert own_names("Second Tokenization Workshop @ COLM 2026") == frozenset()  # real words, and a venue with its year
    assert own_names("PRL Workshop Series") == {"prl"}  # three capitals naming the workshop
    assert own_names("LATTE ’26") == {"latte"}  # its name and year, nothing else: the word is its name
    assert own_names("IIR 2025") == {"iir"}
    assert own_names("Workshop on Agents @ ICML 2025") == frozenset()  # the venue's capitals are not its own
    opts = an.Options(own=own_names("DATA-FM-ICLR2026"))
    assert an.analyse("is data-fm archival", None, opts).questions[0].search == "is the workshop archival"
    assert an.analyse("who organizes DATA-FM?", None, opts).questions[0].search == "who organizes the workshop?"
    assert an.analyse("what does data-fm stand for", None, opts).questions[0].search == "what does data-fm stand for"


def test_the_short_name_a_site_uses_for_its_spelt_out_title_is_its_own_name():
    """WiNLP's site is titled "Widening Natural Language Processing" and says "WiNLP" everywhere:
    "who organizes winlp 2025?" asks who organizes the workshop, and no passage wins by naming it."""
    from perfm_bot.answering.parts import acronyms

    texts = ["WiNLP @ EMNLP 2025", "Join WiNLP in Suzhou", "EMNLP main conference", "Natural Language Processing", "NLP"]
    assert acronyms("Widening Natural Language Processing", texts) == {"winlp"}
    assert acronyms("Foundation Models for Structured Data", ["FMSD @ ICML", "Fast Models"]) == {"fmsd"}
    assert acronyms("Workshop on ML", ["WML", "WoML"]) == frozenset()  # too short a title to spell anything


def test_an_emoji_ends_a_statement_and_abbreviations_do_not_end_sentences():
    asked = ask("the deadline is stressing me out 😩 do appendices count toward the 9 pages?").questions
    assert [q.text for q in asked] == ["do appendices count toward the 9 pages?"]
    one = ask("Is it archival, i.e. will papers appear in the proceedings?").questions
    assert len(one) == 1 and "proceedings" in one[0].text
    two = ask("when is notification and roughly how many papers get accepted?").questions
    assert [q.text for q in two] == ["when is notification", "how many papers get accepted?"]


def test_a_statement_joined_by_and_do_is_not_a_question_and_is_that_a_vibe_asks_for_fit():
    asked = ask("I teach CS and do research on the side; I built an adaptive tutor. Could a classroom study like this be submitted?").questions
    assert [q.text for q in asked] == ["could a classroom study this be submitted?"]
    vibe = ask("lowkey wanna submit my RAG personalization thing, is that even a vibe here").questions
    assert [q.intent for q in vibe] == [an.SCOPE] and "retrieval-augmented generation" in vibe[0].search


def test_a_part_that_says_it_is_read_with_the_part_before_it():
    asked = ask("where's the submission portal & when does it close").questions
    assert [q.intent for q in asked] == [an.SUBMIT, an.DATE] and "portal" in asked[1].search
    weather = ask("where is it held and what's the weather gonna be like there").questions
    assert weather[1].intent == an.OFF_TOPIC  # "there" points back, but the weather is still not the workshop's


def test_a_request_to_provide_it_asks_for_what_the_sentence_before_needs():
    asked = ask("Good morning. For our travel authorization form I need the full postal address of the workshop venue. Could you provide it?").questions
    assert [q.text for q in asked] == ["what is the full postal address of the workshop venue?"]
    other = ask("I need to plan my trip. Could you tell me when it starts?").questions
    assert other[0].text.startswith("could you tell me when it starts")  # asks its own thing


def test_when_it_starts_after_a_part_naming_an_item_of_the_day_asks_when_that_item_starts():
    """"where's the workshop dinner and what time does it start?": the dinner starts, not the day
    (the answer is the dinner's row, not the programme's first row)."""
    dinner = ask("where's the workshop dinner and what time does it start?").questions
    assert "dinner" in dinner[1].search and dinner[1].follow_up
    day = ask("where is it held and what time does it start?").questions
    assert day[1].search == "what time does it start?" and not day[1].follow_up  # "it" is the workshop both times
    prl = an.analyse("what time does PRL start in the morning and when does it wrap up?", None, an.Options(own=frozenset({"prl"})))
    assert not prl.questions[1].follow_up  # the part before names only the workshop's day: "it" is the workshop
    portal = ask("where's the submission portal & when does it close").questions
    assert portal[1].follow_up  # the portal closes, not the workshop's day


def test_background_does_not_steer_a_question_about_the_events_place_or_date():
    asked = ask("what city is it in? need to sort out my visa early").questions
    assert asked[0].intent == an.WHERE and "visa" not in asked[0].search


@pytest.mark.parametrize("message", ["anything announced so far?", "Have there been any announcements so far?"])
def test_asking_what_has_been_announced_asks_for_the_news(message):
    assert [q.intent for q in ask(message).questions] == [an.NEWS]


def test_asking_whether_one_thing_is_announced_is_not_news():
    assert ask("has the venue been announced?").questions[0].intent != an.NEWS


def test_a_decimal_number_is_one_word_not_the_end_of_a_sentence():
    assert [q.text for q in ask("is a 4.5 page paper ok for the workshop?").questions] == ["is a 4.5 page paper for the workshop?"]


@pytest.mark.parametrize(
    "message, plain",
    [
        ("when do we find out if we got in 🙏🙏", "when do we get the acceptance notification"),
        ("when do we hear back", "when do we get the acceptance notification"),
        ("can i send a .docx or does it have to be pdf", "can i send a docx or does it have to be pdf"),
        ("how do i get in touch", "how do i get in touch"),  # not "get accepted"
    ],
)
def test_attendees_idioms_for_the_notification_and_file_types_are_read_plainly(message, plain):
    assert an.normalise(message) == plain


@pytest.mark.parametrize(
    "message, kind",
    [
        ("do i have to mark my short paper somehow when submitting", an.SUBMIT),  # "when" joins a clause
        ("can i use latex when we submit", an.SUBMIT),
        ("do you know when we hear back?", an.DATE),  # asked for, inside a request
        ("is it due when the conference starts?", an.DATE),
    ],
)
def test_a_when_that_opens_a_clause_does_not_make_a_date_question(message, kind):
    assert an.intent(an.normalise(message))[0] == kind



@pytest.mark.parametrize(
    "message, texts",
    [
        ("page limit for long vs short papers?", ["page limit for long papers?", "page limit for short papers?"]),
        ("page limits? research paper vs position paper", ["page limits for research paper?", "page limits for position paper?"]),
        ("is it tabular vs time series only?", ["is it tabular vs time series only?"]),  # which words pair is unclear: one question
    ],
)
def test_a_question_of_a_versus_b_asks_it_of_each(message, texts):
    assert [q.text for q in ask(message).questions] == texts


@pytest.mark.parametrize(
    "message, intents",
    [
        ("can you explain how GASP generates adversarial suffixes, step by step?", [an.OFF_TOPIC]),
        ("can you explain what SHAP values are and how they work?", [an.OFF_TOPIC, an.OFF_TOPIC]),  # "they": the lesson too
        ("explain attention in transformers", [an.OFF_TOPIC]),
        ("can you explain the submission process?", [an.SUBMIT]),  # the workshop's own process is its facts
    ],
)
def test_asking_to_be_taught_is_off_topic_unless_it_is_the_workshops_process(message, intents):
    assert list(ask(message).intents) == intents



def test_a_request_to_be_told_asks_what_it_wraps():
    assert an.intent(an.normalise("Could you tell me who is organizing the workshop?"))[0] == an.WHO
    assert an.intent(an.normalise("can you tell me a joke"))[0] == an.OFF_TOPIC
    # the question it wraps may open with a preposition
    wrapped = "could you kindly let me know on which day the workshop itself will take place?"
    assert an.intent(an.normalise(wrapped))[0] == an.DATE


def test_a_place_person_or_time_question_about_it_is_about_the_workshop_whatever_its_other_words():
    """"where is it physically?" and "who's running this thing?" name nothing the knowledge knows,
    yet ask about the workshop; a request about one's own code still does not."""
    assert ask("where is it physically").intents == (an.WHERE,)
    assert ask("where is it physically").questions[0].search == "where is the workshop physically"
    assert ask("who's running this thing").intents == (an.WHO,)
    assert ask("what's the max length?").intents != (an.OFF_TOPIC,)
    assert ask("why does my cuda keep running out of memory").intents == (an.OFF_TOPIC,)
    assert ask("where is the best sushi").intents == (an.OFF_TOPIC,)


@pytest.mark.parametrize(
    ("message", "off_topic"),
    [
        ("write me a haiku about the workshop", True),
        ("pls summarize this paper for me", True),
        ("can u proofread my title", True),
        ("could you help me write my motivation letter?", True),
        ("what email should I write to if I have a question about my submission?", False),
        ("can I write my paper in German or must it be English?", False),
        ("are we allowed to use chatgpt to help write the paper?", False),
    ],
)
def test_work_is_asked_of_the_bot_only_when_the_request_opens_with_it_or_you_do_it(message, off_topic):
    assert (an.analyse(message).intents == (an.OFF_TOPIC,)) is off_topic


@pytest.mark.parametrize(
    "message, texts",
    [
        ("where do we submit? openreview?", ["where do we submit?"]),  # the asker's guess, settled by the answer
        ("which city is it in? vienna?", ["which city is it in?"]),
        ("where is it? schedule?", ["where is it?", "schedule?"]),  # what events have: a second question
        ("when is the deadline? openreview?", ["when is the deadline?", "openreview?"]),  # no guess at a date
        ("which latex template should I use? the aaai one?", ["which latex template should i use?"]),
    ],
)
def test_one_word_after_a_where_or_which_question_is_a_guess_at_its_answer(message, texts):
    assert [q.text for q in ask(message).questions] == texts


@pytest.mark.parametrize("message", ["pls just tell me which day the workshop is, need to book flights", "can u tell me which day it is?"])
def test_a_bare_tell_me_wraps_the_question_it_asks(message):
    assert ask(message).questions[0].intent == an.DATE


@pytest.mark.parametrize(
    "message, text, intent_",
    [
        (
            "Dear organizers, I would like to enquire whether work that has previously appeared at another venue is "
            "eligible for submission. Kind regards, Prof. M. Okafor",
            "i would to enquire whether work that has previously appeared at another venue is eligible for submission.",
            an.SUBMIT,  # a publication venue asks no place; the salutation and the signature ask nothing
        ),
        ("Dear PerFM team, is there a page limit? Many thanks, Ana", "is there a page limit?", an.SUBMIT),
        ("which file format is best, pdf?", "which file format is best, pdf?", an.SUBMIT),  # "best" is no signature
        ("is the venue accessible by wheelchair?", "is the venue accessible by wheelchair?", an.WHERE),
    ],
)
def test_a_letter_is_read_without_its_salutation_and_signature(message, text, intent_):
    (question,) = ask(message).questions
    assert (question.text, question.intent) == (text, intent_)


def test_a_clock_time_is_one_word_not_the_end_of_a_sentence():
    """ "opening is at 8:15 right?" asks one thing; split at its colon it asked "15 right?"."""
    asked = ask("opening is at 8:15 right? dont want to miss it").questions
    assert [q.text for q in asked] == ["opening is at 8:15 right?"]
    assert "10:00am" in an.normalise("is it at 10:00am?")


def test_a_follow_up_asking_the_time_zone_keeps_the_date_question_it_follows():
    """ "and is that AoE?" after "when is the submission deadline?" asks of the deadline's line,
    not of submitting."""
    asked = ask("and is that AoE?", context="when is the submission deadline for the workshop?").questions
    assert [(q.intent, q.follow_up) for q in asked] == [(an.DATE, True)]


def test_where_is_it_asks_of_the_workshop_not_of_the_aside_after_it():
    asked = ask("where is it, what day, and who are the speakers? asking for my advisor").questions
    assert asked[0].intent == an.WHERE and "advisor" not in asked[0].search


def test_an_exact_date_asked_is_a_date_question():
    assert an._DATE_FOCUS.match("what exact date was the call released")
    assert an._DATE_FOCUS.match("on which specific day is the workshop")


def test_a_bare_wh_word_joined_to_a_question_asks_of_what_that_question_names():
    asked = ask("when and where is WiNLP 2026? want to plan ahead").questions
    assert [q.text for q in asked] == ["when is winlp 2026?", "where is winlp 2026?"]


def test_a_plus_inside_a_statement_joins_words_not_questions():
    story = "I'm doing a user study on conversational search+recommend interfaces (mixed-initiative stuff). Would that fit the workshop scope?"
    assert [q.intent for q in ask(story).questions] == [an.SCOPE]


def test_thanks_for_what_one_needed_asks_nothing():
    assert [q.intent for q in ask("thx that's exactly what i needed 🙌").questions] == [an.CHIT_CHAT]
    assert ask("what do i need to submit?").questions[0].intent != an.CHIT_CHAT


def test_a_thing_named_before_a_plus_is_asked_about_too():
    asked = ask("quick ones: page limit + is it double blind?").questions
    assert [q.text for q in asked] == ["page limit?", "is it double blind?"]


def test_a_list_typed_inline_asks_each_item():
    asked = ask("3 qs sorry: 1) where is it 2) who are the speakers 3) is there a best paper award").questions
    assert [q.intent for q in asked] == [an.WHERE, an.WHO, an.OTHER]
    assert [q.text for q in ask("two things: (1) page limit? (2) is it double blind").questions] == ["page limit?", "is it double blind"]
    assert len(ask("I have 2) papers and one is late, is that ok?").questions) == 1  # one marker is no list


@pytest.mark.parametrize(
    "message, intent_",
    [
        ("can you list all the invited speakers with affiliations?", an.WHO),
        ("name the keynote speakers pls", an.WHO),
        ("which keynote speaker is on first at 9:10?", an.WHO),  # a person asked for, by the role
        ("which organizer should I email about my submission?", an.WHO),
        ("can you list the important dates?", an.DATE),  # a list of dates is a date question
        ("can you name a good hotel nearby", an.OFF_TOPIC),  # a local tip, not the workshop's people
    ],
)
def test_asking_to_list_or_name_a_group_of_people_asks_who(message, intent_):
    assert an.intent(an.normalise(message))[0] == intent_


@pytest.mark.parametrize(
    "message, intent_",
    [
        ("any idea when we hear back on acceptance 😬 my advisor keeps asking", an.DATE),  # "any idea" asks what follows
        ("anyone know where the venue is?", an.WHERE),
        ("Honestly, would this get accepted?", an.OFF_TOPIC),  # the reviewers' call, no fact
        ("what are my chances of getting accepted?", an.OFF_TOPIC),
        ("will my paper be accepted if it is under review at ICML?", an.OTHER),  # a rule: goes on past "accepted"
    ],
)
def test_asking_around_a_question_and_asking_for_a_verdict(message, intent_):
    assert an.intent(an.normalise(message))[0] == intent_


def test_unfinished_work_is_called_what_the_call_calls_it():
    assert "work-in-progress" in an.normalise("is a half-done paper ok? results are like 60% there")
    assert "work-in-progress" in an.normalise("can we send something not finished yet?")


def test_a_name_with_accents_matches_however_it_is_typed():
    """"Jürgen" in the question and on the page, or "Jurgen" typed on a plain keyboard: one word."""
    assert "jurgen bernard" in an.normalise("where is Jürgen Bernard from?")
    assert stems("Jürgen Bernard — University of Zürich") == stems("Jurgen Bernard — University of Zurich")


@pytest.mark.parametrize("message", ["how long till we hear back if our paper is accepted or not", "how soon do we get the reviews?"])
def test_how_long_till_something_asks_when(message):
    assert an.intent(an.normalise(message))[0] == an.DATE


def test_a_request_to_know_after_a_greeting_asks_and_a_bare_when_asks_the_day():
    """'Bonjour, I would like to know the names of the persons on the panel, please. Thank you.'
    asks who (it was read as a statement and thanks: small talk); in 'where, when, and can I
    attend remotely? (sorry, phone typing)' the bare "when" asks the workshop's day, not the aside."""
    panel = ask("Bonjour, I would like to know the names of the persons on the panel, please. Thank you.")
    assert an.CHIT_CHAT not in panel.intents and "panel" in panel.questions[0].text
    parts = ask("where, when, and can I attend remotely? (sorry, phone typing)").questions
    when = next(q for q in parts if q.intent == an.DATE)
    assert "phone" not in when.search


def test_how_one_attends_is_not_whether_ones_work_fits():
    """"is it hybrid or only in person? my advisor asks if i have to travel": the background names
    the asker's advisor, but the question is how to take part, not a fit of their work."""
    asked = ask("is it hybrid or only in person? my advisor asks if i have to travel")
    assert asked.intents == (an.OTHER,)
    assert ask("my project is about RL for robots. is that in scope?").intents == (an.SCOPE,)


def test_the_programme_committee_is_people_not_the_programme():
    assert an.intent(an.normalise("who is on the programme committee?"))[0] == an.WHO
    assert an.intent(an.normalise("who are the program chairs?"))[0] == an.WHO
    assert an.intent(an.normalise("is the programme out yet?"))[0] == an.SCHEDULE


def test_which_university_asks_who_and_a_page_of_the_site_is_no_page_limit():
    """'Which university is listed for him on the 2025 organizers page?' asked about a person, and
    was read as a page-limit question (a submission question) for the word "page"."""
    assert an.intent(an.normalise("which university is listed for him on the 2025 organizers page?"))[0] == an.WHO
    assert an.intent(an.normalise("which company is sponsoring the best paper award?"))[0] == an.WHO
    assert an.intent(an.normalise("how many pages can the paper be?"))[0] == an.SUBMIT
    assert an.intent(an.normalise("is there a page limit?"))[0] == an.SUBMIT
    assert an.intent(an.normalise("what does it say on the registration page?"))[0] == an.OTHER
    assert an.asks_description(an.normalise("summarise the official objectives of the 2025 workshop"))


def test_a_question_about_its_subject_reads_with_the_talk_the_part_before_names():
    """'Giovanni Pizzi, he gave a talk in MADICES 2022? About which subject it was?': the second
    part asks the subject of the talk the first names, not of the workshop."""
    a = an.analyse("Giovanni Pizzi, he gave a talk in MADICES 2022? About which subject it was?")
    assert [q.text for q in a.questions][1] == "about which subject it was?"
    assert "giovanni pizzi" in a.questions[1].search
    two = an.analyse("is there a panel? which room is it in?")
    assert "panel" in two.questions[1].search  # a room asked of the panel too
    alone = an.analyse("where is the workshop? which topics does it cover?")
    assert "where is the workshop" not in alone.questions[1].search  # "topics" is no aspect of a talk


def test_a_dash_before_a_question_ends_the_statement_and_arriving_is_not_acceptance():
    found = ask("getting in sunday — what time is the welcome/registration thing and where?")
    assert [q.intent for q in found.questions] == [an.TIME, an.WHERE]
    assert "sunday" in found.questions[0].search and "accepted" not in found.questions[0].search
    assert "accepted" in ask("did we get in?").questions[0].text


def test_day_abbreviations_a_trailing_where_and_an_indirect_question_are_read():
    lunch = ask("lunch on tues is where?").questions[0]
    assert lunch.intent == an.WHERE and "tuesday" in lunch.text
    formal = ask("Good afternoon. I would like to ask in which file format submissions are expected.")
    assert not formal.questions[0].intent == an.CHIT_CHAT and "format" in formal.questions[0].text
    assert [q.intent for q in ask("wat is page limit, is it archival, n is there reviewer signup").questions] == [
        an.SUBMIT, an.SUBMIT, an.OTHER]


def test_a_question_about_him_or_her_is_searched_with_the_sentence_naming_the_person():
    found = ask("Matthew Evans gave the most inspiring talk I heard all year at the data workshop in Zurich last spring. "
                "Which university or research institute is listed for him on the organizers page?").questions[0]
    assert "matthew evans" in found.search


def test_a_postcode_asks_where_the_venue_is_even_in_two_words():
    """"postcode pls, my gps is being dumb" was declined as off-topic: no word of it was the
    knowledge's or an event's. A postcode or zip code is the venue's address."""
    for message in ("postcode pls, my gps is being dumb", "what's the zip code?"):
        assert ask(message).questions[0].intent == an.WHERE, message
    assert ask("my gps is being dumb").questions[0].intent == an.OFF_TOPIC


def test_the_askers_either_or_guess_after_a_place_question_is_no_question_of_its_own():
    """"where is the workshop this time? still dresden like last year or somewhere else?": the
    second sentence guesses at the first's answer; answered alone, it told last year's city."""
    assert [q.text for q in ask("where is the workshop this time? still dresden like last year or somewhere else?").questions] == [
        "where is the workshop this time?"
    ]
    assert len(ask("where is it? is it hybrid or in person?").questions) == 2  # a question of its own
    assert len(ask("which template do i use? and is it single or two column??").questions) == 2


def test_a_frame_asked_for_one_thing_and_for_another_is_asked_of_each():
    """"what's the page limit for short papers and for position papers?" was one question, and
    its answer gave the position papers' limit alone."""
    assert [q.text for q in ask("what's the page limit for short papers and for position papers?").questions] == [
        "what is the page limit for short papers?", "what is the page limit for position papers?",
    ]
    assert len(ask("is there a template for latex and word?").questions) == 1  # no repeated "for": one thing
