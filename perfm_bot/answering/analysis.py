"""Reading a Discord message before searching: what it asks, in how many questions, and of what kind.

Pure: a message (and the previous message of its thread) in, an ``Analysis`` out. No model, no
knowledge beyond the set of words the knowledge uses, which the caller passes in. The steps:

1. ``normalise``: chat spelling to plain words ("u" -> "you", "wip" -> "work-in-progress"),
   emoji and repeated punctuation dropped, "what's" -> "what is".
2. ``segments``: sentences, and questions joined by "and", "also", "+" inside one sentence
   ("when's the paper deadline and where do we submit").
3. Each segment is a greeting or thanks (social), an asking segment (a question or a request),
   or background (a statement). Only asking segments become questions; background stays as
   what a pronoun or "would that fit?" refers to.
4. ``intent`` of each question, from its structure: the question word and the verb, the kind of
   thing asked about (a date, a place, people, the program), requests for work ("write", "proofread").
5. Follow-ups ("and the full paper?", "does that include refs?") are read with the previous
   message of the thread: its words are added to the search and its intent is inherited when the
   follow-up has none of its own.

The lexicons below are classes of words (question words, greetings, event-program items, chat
abbreviations), not phrasings of particular questions.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection
from dataclasses import dataclass, field, replace
from functools import lru_cache

from perfm_bot.answering.ranking import STOP_WORDS, fold_accents, stems, prefixes as ranking_prefixes

# ---- intents ---------------------------------------------------------------------------------
DATE = "date"  # when / what date / a deadline
OPEN = "open"  # whether something is out, open, released yet
WHERE = "where"
WHO = "who"
SUBMIT = "submit"  # how and what to submit: format, length, site, review, archival
SCOPE = "scope"  # does my work fit, is a topic in scope
SCHEDULE = "schedule"  # the program itself ("what's the schedule?")
TIME = "time"  # a time or length inside the program ("what time does the poster session start?")
NEWS = "news"  # what's new, announcements
OFF_TOPIC = "off-topic"  # a request for work, or a question not about the workshop
CHIT_CHAT = "chit-chat"  # greetings, thanks, praise, questions about the bot itself
OTHER = "other"
INTENTS = (DATE, OPEN, WHERE, WHO, SUBMIT, SCOPE, SCHEDULE, TIME, NEWS, OFF_TOPIC, CHIT_CHAT, OTHER)
DECLINED_INTENTS = frozenset({OFF_TOPIC, CHIT_CHAT})
DATE_INTENTS = frozenset({DATE, OPEN})

# ---- normalisation ---------------------------------------------------------------------------
# Chat spellings and abbreviations attendees use, to the words the knowledge and the model know.
_CHAT = {
    "u": "you", "r": "are", "ur": "your", "ya": "you", "pls": "please", "plz": "please", "thx": "thanks",
    "ty": "thanks", "tysm": "thanks", "wat": "what", "wut": "what", "wtf": "what", "tf": "what", "wht": "what", "wen": "when", "whn": "when",
    "whats": "what is", "wheres": "where is", "whens": "when is", "whos": "who is", "hows": "how is",
    "wanna": "want to", "gonna": "going to", "gotta": "have to", "gimme": "give me", "dunno": "do not know",
    "idk": "i do not know", "cuz": "because", "bc": "because", "abt": "about", "w/": "with", "b4": "before",
    "q": "question", "qs": "questions", "info": "information", "pic": "picture", "yr": "year",
    "cfp": "call for papers", "wip": "work-in-progress", "refs": "references", "ref": "reference",
    "recsys": "recommender systems", "rag": "retrieval-augmented generation",
    "vlm": "vision-language model", "vlms": "vision-language models", "tz": "timezone", "ddl": "deadline", "sub": "submission",
    "subs": "submissions", "lim": "limit", "conf": "conference", "org": "organizer", "orgs": "organizers",
    "appx": "appendix", "camera ready": "camera-ready", "camera-ready's": "camera-ready",
    "in person": "in-person", "time zone": "timezone", "e-mail": "email", "ppl": "people", "teh": "the",
    "thru": "through", "w/o": "without", "mins": "minutes", "hrs": "hours", "pagelimit": "page limit",
    "tue": "tuesday", "tues": "tuesday", "weds": "wednesday", "thu": "thursday", "thur": "thursday", "thurs": "thursday",
    "fri": "friday",
}
# Words that carry no question: chat fillers, dropped before analysis.
_FILLERS = frozenset(
    """lol lmao lmfao rofl haha hahaha ngl tbh fr frfr lowkey highkey bruh bro yo sooo soo ok okay okk
    kk ah oh um umm uh hmm pls please btw tho though rn honestly basically literally like just quick
    quickly nah yeah yea ya yep hey hi hii hiii hello heya kinda sorta nvm imo imho afaik iirc omg smh
    welp ugh""".split()
)
_SLANG_VERBS = {"drop": "release", "dropped": "released", "dropping": "releasing", "yeet": "submit", "cool": "ok"}
_CONTRACTIONS = [
    (re.compile(r"\b(what|when|where|who|how|that|there|it)['’]s\b"), r"\1 is"),
    (re.compile(r"\b(\w+)n['’]t\b"), r"\1 not"),
    (re.compile(r"\b(i)['’]m\b"), r"\1 am"),
    (re.compile(r"\b(you|we|they)['’]re\b"), r"\1 are"),
    (re.compile(r"\b(\w+)['’](ve|ll|d)\b"), r"\1"),
    (re.compile(r"(?<=[a-z],) n (?=(?:is|are|do|does|can|will|what|when|where|who|how)\b)"), " and "),  # "archival, n is there…"
]
# What attendees say for the notification ("when do we hear back?", "did we get in?").
_IDIOMS = [
    (re.compile(r"\b(?:hear back|find out if (?:we|i|our paper|my paper) (?:got|get|are|am|is) (?:in|accepted))\b"), "get the acceptance notification"),
    # "did we get in?" is accepted; "getting in sunday", "we get in at 9" arrive
    (re.compile(
        r"\b(got|get|gets|getting) in\b(?! touch)"
        r"(?!\s+(?:on|at|around|by|from|late|early|before|after|tonight|tomorrow|the (?:night|day|morning|evening)|"
        r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)"
    ), r"\1 accepted"),
    # what attendees call work not finished yet: the call's word is "work-in-progress"
    (re.compile(r"\b(?:half[- ]?(?:done|finished|baked)|unfinished|not (?:yet )?(?:finished|complete|done)|early[- ]stage)\b"), "work-in-progress"),
]
_DASH_BEFORE_QUESTION = re.compile(r"\s+[—–-]+\s+(?=(?:what|when|where|who|which|how|is|are|do|does|can|will|any)\b)")
_FILE_TYPE = re.compile(r"(?<![\w.])\.(?=[a-z]{2,5}\b)")
_REPEAT_PUNCT = re.compile(r"([?!.])[?!.]+")
_WORDISH = re.compile(r"\d{1,2}:\d{2}(?:[ap]m)?(?!\d)|\d+(?:\.\d+)+|[a-z0-9/]+(?:[-'’][a-z0-9]+)*|[?!.,;:+&]")  # "8:15", "gemini 1.5", "4.5 pages": one word

# ---- structure -------------------------------------------------------------------------------
_WH = ("what", "when", "where", "who", "whom", "whose", "which", "why", "how")
_AUX = (
    "is", "are", "am", "was", "were", "do", "does", "did", "can", "could", "will", "would", "should",
    "shall", "may", "might", "must", "has", "have", "any", "anyone",
)
# A wh-word may come after its preposition: "until when can I commit?", "and in which city?"
_ASKING_WORD = rf"(?:(?:in|at|on|for|from|to|by|until|till|with|about) (?={'|'.join(_WH)}))?(?:{'|'.join(_WH + _AUX)})"
_ASK_START = re.compile(rf"^{_ASKING_WORD}\b")
_REQUEST = re.compile(
    r"^(?:(?:can|could|would|will) (?:you|someone|anyone) |please |i want to know |i (?:would |'d )?(?:like |love )?to (?:know|ask|enquire|inquire) |"
    r"do you know |does anyone know |wondering |i am wondering |i was wondering )"
)
_IMPERATIVE = re.compile(
    r"^(?:tell|show|share|give|list|explain|describe|write|compose|draft|generate|create|make|proofread|"
    r"rewrite|edit|fix|summari[sz]e|translate|recommend|suggest|send|link|remind|help)\b"
)
# Asking for work the bot does not do (it quotes the workshop's knowledge, it does not write).
# Work asked of the bot: the verb opens the request ("write me a haiku", "summarize this paper") or
# "you" does it ("can u proofread my title?", "could you help me write…"). "Is there an email I can
# write to?", "can I write my paper in German?" ask about the workshop; "my draft is 12 pages" names a paper.
_WORK_VERB = r"(?:write|compose|draft|generate|proofread|rewrite|paraphrase|summari[sz]e|translate|debug|code up|brainstorm)"
_WORK_VERBS = re.compile(
    rf"^(?:(?:pls|please|plz|kindly|just|quickly|now)\s+)*{_WORK_VERB}\b"
    rf"|\b(?:you|u|ya)\s+(?:\w+\s+){{0,3}}?{_WORK_VERB}\b"
)
# Asking the bot for advice of its own ("can you recommend a textbook?"): not the workshop's facts.
# "Who is it for?", "who should attend?": the audience, not a person to name.
_AUDIENCE = re.compile(r"\b(?:for|aimed at|meant for|should attend|can attend|targeted at)\s*\??$")
_ADVICE = re.compile(r"^(?:(?:can|could|would) you |please )?(?:recommend|suggest|advise)\b")
# Asking to be taught ("can you explain how GASP generates adversarial suffixes?", "explain
# attention in transformers"): a lesson, not the workshop's facts, unless what is to be explained
# is the workshop's own process ("explain the submission process").
_TEACH = re.compile(
    r"^(?:(?:can|could|would) you |please )?(?:explain|teach me|walk me through|eli5)\b"
    r"(?!.*\b(?:submi\w*|review\w*|process|format\w*|timeline|schedule|rules?|polic\w+|deadlines?|workshop|registration"
    r"|register|template|requirements?|guidelines?|track|program|anonymi[sz]\w*|archival|camera-ready|awards?|prizes?)\b)"
)
# A verdict on one's own paper ("honestly, would this get accepted?", "what are my chances?"): the
# reviewers' call, no fact of the workshop's. ("Would it be accepted if it is under review
# elsewhere?" asks a rule, and goes on past "accepted".)
_VERDICT = re.compile(
    r"\b(?:would|will|could|can|does|do) (?:this|it|my (?:paper|work|submission|abstract|idea)|our (?:paper|work|submission|abstract)|we|i)"
    r" (?:\w+ ){0,2}(?:get|be|gets|getting) accepted\s*(?:[?!.]|$)|\b(?:my|our) chances\b|\bchances? (?:of|for) (?:\w+ ){0,2}accept\w*\s*(?:[?!.]|$)"
)
# Local tips ("best ramen near the venue?", "a good cheap hotel around there"): the bot's advice, not
# the workshop's facts, even when the venue is named.
_LOCAL_TIPS = re.compile(r"\b(?:best|good|great|nice|cheap|cheapest|decent|tasty)\s+(?:\w+\s+){0,3}(?:near|around|close to|nearby)\b")
_CREATIVE = re.compile(r"\b(?:joke|jokes|poem|poems|limerick|haiku|song|story|riddle|rap)\b")
# Joining two questions inside one sentence: "X and where do we submit", "X + can i attend online".
_JOIN = re.compile(
    rf"\s*(?:,\s*)?(?:(?:\band\b|\balso\b|\bplus\b|\+|&)\s*(?:\balso\b\s*|\b[a-z]+ly\b\s*)?(?={_ASKING_WORD}\b)"
    rf"|,\s*(?:\balso\b\s*|\b[a-z]+ly\b\s*)?(?=(?:{'|'.join(_WH + _AUX)})\b))"  # "for the 2025 edition, by when ...?" is one question
)
_SENTENCE = re.compile(r"(?<=[?!.;:])\s+|\n+")
_TERSE_JOIN = re.compile(r"\+|&|\bplus\b")
TERSE_WORDS = 4  # "page limit", "camera ready date": a thing named, not a statement
_OWN_START = re.compile(r"(?:my|our|i|we|im)\b")  # "my paper + is it ok?": the asker's own, said
_EMOJI = "[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D]"
_EMOJI_STOP = re.compile(
    rf"(?<=[A-Za-z0-9)])\s*{_EMOJI}+\s+(?=(?:{'|'.join(_WH + _AUX)})\b)", re.IGNORECASE
)
_ABBREVIATIONS = [
    (re.compile(r"\bi\.\s?e\.(?=\s|,|$)"), "that is"), (re.compile(r"\be\.\s?g\.(?=\s|,|$)"), "for example"),
    (re.compile(r"\b(etc|vs|approx|incl|resp)\.(?=\s|,)"), r"\1"),
]
_PRONOUN = re.compile(r"\b(?:that|this|it|them|those|these|they|there|one|ones|so|he|she|him|her|his)\b")
_FOLLOW_UP_START = re.compile(r"^(?:and|also|but|so|then|what about|how about|ok|okay|wait|same for|same|or)\b")
_ELLIPSIS = re.compile(r"^(?:(?:and|ok|okay|so|but)\s+)?(?:what about|how about|same for)\b")
_BOT_ITSELF = re.compile(
    r"\b(?:are|r) you (?:a |an )?(?:human|bot|robot|ai|real|person|chatgpt)\b|\bwho (?:made|built|are) you\b"
    # "how's your day going", "how are you doing today": small talk, as the whole message
    r"|^(?:\W*(?:hi|hey|hello|yo|heya|hiya)\b)?[^.?!,;:]*?\bhow (?:is|are|was|has) (?:your (?:day|week|weekend|morning|evening)|you|it|things|everything|life)"
    r"(?: been)?(?: going| doing)?(?: today| so far)?\W*$"
)
_SOCIAL = frozenset(
    """hi hey hello heya hii hiii gm morning evening afternoon night good great nice awesome amazing
    cool thanks thank thankyou ty appreciate appreciated much lot lots so very helpful helped help
    bot everyone all guys folks team there welcome bye cheers sorry bother love you your are
    perfect excellent wonderful ok okay sure got it makes sense understood noted fine right yes no
    yep nope""".split()
)

# ---- what a question is about -----------------------------------------------------------------
# ("program committee" and "programme chairs" are people, not the day's programme)
_SCHEDULE_WORDS = re.compile(
    r"\b(?:schedule|agenda|timetable|itinerary|line-?up|program(?:me)?\b(?!\s+(?:committees?|chairs?|co-?chairs?|members?|board)\b))\b"
)
# Items of an event's program: a question about their time or length asks the schedule.
_PROGRAM_ITEMS = re.compile(
    r"\b(?:session|sessions|talk|talks|keynote|keynotes|break|breaks|lunch|coffee|dinner|breakfast|"
    r"remarks|opening|closing|panel|panels|poster|posters|oral|orals|spotlight|spotlights|"
    r"discussion|discussions)\b"
)
_TIME_FORM = re.compile(
    r"\b(?:what time|which time|at what time|what hour|how long is|how long are|how long will|"
    r"how many minutes|how many hours|in the morning|in the afternoon|in the evening)\b"
)
_COUNT_OR_EXIST = re.compile(r"^(?:how many|is there|are there|will there be|when|what time|how long)\b")
_MONTH = r"(?:january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)"
_DATE_WORDS = re.compile(
    rf"\b(?:when|date|dates|deadline|deadlines|due|how many days|how many weeks|how long until|"
    rf"how much time)\b|\b{_MONTH}\b"
)
# "which day", "on what exact date": asked the same way of a deadline and of the workshop's own day
WHICH_DAY = r"(?:on )?(?:what|which) (?:exact |exactly |specific |precise |actual )?(?:date|day)"
_DATE_FOCUS = re.compile(rf"^(?:(?:until|till|til|by) when|when|{WHICH_DAY}|how many days|how many weeks|how long (?:until|till|til|before)|how soon|how much time)\b")
_OPEN = re.compile(
    r"\b(?:yet|still open|open yet|is open|are open|still accepting|too late|released|out yet|is out|are out|"
    r"live|been released|come out|came out|available)\b"
)
_WHERE = re.compile(
    r"^(?:where|(?:what|which) (?:city|country|venue|room|hall|building|address))\b|\b(?:located|location|venue|city|room|hall|address)\b"
    r"|\b(?:postcode|post code|postal code|zip code|zipcode)\b"
    r"|\b(?:is|are|was|will be|happens?|held) where$"  # "lunch on tuesday is where?"
)
_WHERE_START = re.compile(r"^(?:where|(?:what|which) (?:city|country|venue|room|hall|building|address))\b")
_OTHER_VENUE = re.compile(r"\b(?:another|other|different|previous|prior|archival|publication|main[- ]conference) venues?\b")
_WHO = re.compile(
    r"^(?:who|whom|which (?:people|person|institutions?|universit(?:y|ies)|compan(?:y|ies)|organi[sz]ations?|labs?|affiliations?)"
    r"|which (?:\w+ )?(?:speakers?|presenters?|organi[sz]ers?|panel(?:l)?ists?|chairs?))\b"  # "which keynote speaker is on first?"
)
# "can you list all the invited speakers with affiliations?", "name the organizers": who, as a list
_LIST_PEOPLE = re.compile(
    r"^(?:(?:can|could|would) (?:you|u) (?:please |pls |kindly |just )?)?(?:please |pls |plz )?(?:list|name|give me|show me)"
    r"(?: (?:all|me|us|the|of))*\s+(?:(?:invited|keynote|plenary|confirmed|main) )?"
    r"(?:speakers?|organi[sz]ers?|panel(?:ists?)?|panellists?|keynotes?|committee|chairs?|reviewers?|people|team)\b"
)
_SUBMIT = re.compile(
    r"\b(?:submit|submitting|submission|submissions|page limit|pages?|format|pdf|anonymi[sz]e|anonymous|references|appendix|"
    r"double[- ]blind|blind|archival|proceedings|template|length)\b"
)
_SCOPE = re.compile(
    r"\b(?:scope|fit|fits|fitting|relevant|topic|topics|count|counts|welcome|suitable|appropriate|"
    r"in scope|on topic|accept(?:ed)? here|good match|interested|interest|covered|"
    r"(?:within|part of|under) (?:the |its |your |this )?(?:call|cfp|scope|topics?|themes?|remit))\b"
)
# who the event is for: "is this workshop only for academics?", "would practitioners get something out of it?"
_ATTENDEES = re.compile(
    r"\b(?:only|just|mainly|mostly|meant|open|intended|aimed|limited|restricted)\b(?: \w+){0,2} (?:for|to|at) "
    r"(?:\w+ ){0,2}(?:academics?|academia|researchers?|students?|industry|practitioners?|engineers?|non-academics?|"
    r"people(?: like)? me|phds?|faculty|professors?)\b"
    r"|\bwho (?:is|s) (?:it|this|the (?:workshop|event)) (?:for|aimed at|meant for)\b|\bwho should (?:attend|come|join)\b"
    r"|\b(?:practitioners?|industry (?:people|folks)|non-academics?|engineers?) (?:get|gain|benefit)\b"
    r"|\b(?:academics?|researchers?|students?|industry|practitioners?|engineers?|non-academics?|undergrad(?:uate)?s?)"
    r" (?:are |is )?(?:also )?(?:welcome|invited|allowed to (?:attend|come|join))\b"
)
# a page of the site named as where something is said ("listed on the 2025 organizers page")
_SITE_PAGE = re.compile(r"\b(?:on|in|at|from) (?:the|its|their|your|this|that|our)(?: [\w-]+){0,3} (?:page|web ?page|website|site)\b")
_SUBMIT_DETAIL = re.compile(r"\b(?:page|pages|limit|references|reference|appendix|appendices|format|pdf|template)\b")
_NEWS = re.compile(r"\b(?:news|announcements?|updates?|what is new|anything new|latest)\b")
_ANYTHING_NEW = re.compile(r"^(?:has |is |was )?(?:anything|something|what(?: has| is)?)(?: been| else)? (?:announced|posted|published)\b(?! yet (?:for|about))")
_WORD = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_OFF_BY_ANCHOR = "unanchored"


@dataclass(frozen=True)
class Question:
    """One question of a message, as the bot will search and judge it."""

    text: str  # the question as asked (normalised), used as its label in a multi-part reply
    search: str  # what is embedded and matched: the question, plus what it refers back to
    intent: str
    follow_up: bool = False  # read with the previous message of the thread, or the message's part before
    whole_schedule: bool = False  # SCHEDULE: asks for the program itself


@dataclass(frozen=True)
class Analysis:
    message: str
    questions: tuple[Question, ...]
    background: str = ""  # the statements around the questions
    social: bool = False  # the message held greetings or thanks (besides any question)

    @property
    def intents(self) -> tuple[str, ...]:
        return tuple(q.intent for q in self.questions)


@dataclass(frozen=True)
class Options:
    """Which steps run: every one by default; the ablation switches them off one at a time."""

    normalise: bool = True
    split: bool = True  # several questions per message
    focus: bool = True  # keep only the asking sentences, background aside
    intents: bool = True
    context: bool = True  # follow-ups read with the thread's previous message
    known: Collection[str] = field(default_factory=frozenset)  # stems of the words the knowledge uses
    names: Collection[str] = field(default_factory=frozenset)  # words naming the workshop itself ("verifai")
    own: Collection[str] = field(default_factory=frozenset)  # its short name as typed ("data-fm", "datafm")
    fix: Callable[[str], str] | None = None  # a typo fixer, run on the normalised message


# A message written as a letter: its salutation and its signature ask nothing and name no topic
_LETTER_OPENING = re.compile(r"^\s*(?:dear|respected)\s+(?:[\w.-]+\s+){0,3}?[\w.-]+\s*,\s*")
_LETTER_CLOSING = re.compile(
    r"(?:(?<=[.!?,\n])|^)\s*(?:(?:with\s+)?(?:kind|best|warm|warmest|many)?\s*(?:regards|wishes)|sincerely|"
    r"yours(?:\s+(?:truly|sincerely|faithfully))?|thanks? in advance|thank you in advance|many thanks)\s*[,.!]?"
    r"(?:\s*[\w.-]+){0,5}\s*[.!]?\s*$"
)


# an item marker of a list typed inline: "1) ", "2. ", "(3) ", "b) "
_ENUMERATION = re.compile(r"(?:(?<=\s)|^)\(?(?:\d{1,2}[.)]|[a-e]\))\s+(?=[^\W\d_])")


@lru_cache(maxsize=8192)  # the checks normalise the same question text several times each
def normalise(text: str) -> str:
    """Lowercase plain words: emoji gone, chat spellings expanded, contractions opened.

    An emoji between a statement and a question ends the statement ("the deadline is stressing me
    out 😩 do appendices count?"), and "i.e."/"e.g." are words, not the ends of sentences."""
    text = _EMOJI_STOP.sub(". ", text)
    if len(_ENUMERATION.findall(text)) >= 2:  # "3 qs: 1) where is it 2) who are the speakers": one each
        text = _ENUMERATION.sub(lambda m: " " if re.search(r"[?!.;:]\s*$", text[: m.start()]) else ". ", text)
    text = "".join(ch if unicodedata.category(ch)[0] in "LNPZ" or ch in "+&/" else " " for ch in fold_accents(text))
    text = text.lower().replace("’", "'")
    text = _LETTER_CLOSING.sub("", _LETTER_OPENING.sub("", text))  # "dear organizers, … kind regards, prof. m. okafor"
    for abbreviation, words in _ABBREVIATIONS:
        text = abbreviation.sub(words, text)
    text = _REPEAT_PUNCT.sub(r"\1", text)
    for pattern, repl in _CONTRACTIONS:
        text = pattern.sub(repl, text)
    for phrase in ("camera ready", "in person", "time zone", "or nah", "or not"):
        if phrase in text:
            text = text.replace(phrase, _CHAT.get(phrase, ""))
    for idiom, plain in _IDIOMS:
        text = idiom.sub(plain, text)
    text = _FILE_TYPE.sub(" ", text)  # "a .docx": the file type, not the end of a sentence
    text = _DASH_BEFORE_QUESTION.sub(". ", text)  # "getting in sunday — what time is the welcome?"
    out: list[str] = []
    for token in _WORDISH.findall(text):
        token = token.replace("'", "")
        if token in _FILLERS:
            continue
        token = _CHAT.get(token, token)
        out.append(_SLANG_VERBS.get(token, token))
    joined = " ".join(out)
    joined = re.sub(r"\s+([?!.,;:])", r"\1", joined)
    return re.sub(r"^[\s?!.,;:]+", "", joined).strip()


def segments(text: str, split: bool = True) -> list[str]:
    """Sentences, and the questions a sentence joins with 'and', 'also', '+' or a comma."""
    out: list[str] = []
    for sentence in _SENTENCE.split(text):
        sentence = sentence.strip(" ,;:")
        if not sentence:
            continue
        # "... and is efficient." states, it does not ask: only a sentence that may ask is split, and
        # "I teach CS and do research on the side" is one statement, not a statement and a question
        pieces = _JOIN.split(sentence) if split and not sentence.endswith(".") else [sentence]
        if len(pieces) > 1 and sentence.endswith("?"):
            # "page limit + is it double blind?": a thing named before a "+" is asked about too
            joins = [m.group(0) for m in _JOIN.finditer(sentence)]
            pieces = [
                f"{p.strip()}?" if i < len(joins) and _TERSE_JOIN.search(joins[i]) and not is_asking(p)
                and 0 < len(p.split()) <= TERSE_WORDS and not _OWN_START.match(p.strip())
                else p for i, p in enumerate(pieces)
            ]
        if (
            len(pieces) > 1 and not sentence.endswith("?") and not is_asking(pieces[0])
            and not all(_INVERTED.match(p.strip(" ,;:")) for p in pieces[1:])
        ):
            pieces = [sentence]
        if split and len(pieces) == 1 and " + " in sentence and sentence.endswith("?"):  # "search+recommend interfaces." states
            # "acceptance notification date + camera ready date?": two things asked, each named whole
            # ("should i strip our names + affiliations?" joins two things in one question)
            plus = sentence.split(" + ")
            if not _ASK_START.match(plus[0]) and all(len(content_words(p)) >= 2 for p in plus):
                pieces = [f"{p.rstrip(' ?')}?" if sentence.endswith("?") else p for p in plus]
        pieces = [p.strip(" ,;:") for p in pieces if p.strip(" ,;:?!.")]
        for i in range(len(pieces) - 1, 0, -1):
            # "which institution is Simon Hammond, one of the chairs, affiliated with?" is one question:
            # a piece that only ends the clause its wh-word opened ("is affiliated with?") asks nothing new
            if _STRANDED.match(pieces[i]) and not _INVERTED.match(pieces[i]):
                pieces[i - 1 : i + 1] = [f"{pieces[i - 1]}, {pieces[i]}"]
        for i, piece in enumerate(pieces[:-1]):
            # "when and where is WiNLP 2026?": the bare "when" asks of what the next part names
            rest = _WH_REST.match(pieces[i + 1])
            if piece.strip(" ?") in _WH and rest:
                pieces[i] = f"{piece.strip(' ?')} {rest.group(1)}"
        out.extend(pieces)
    return out


_STRANDED = re.compile(rf"^(?:{'|'.join(_AUX)})\s+\w+(?:\s+\w+)?\s+(?:with|to|from|at|in|for|by|of|on)\s*\??$")
_WH_REST = re.compile(r"^(?:what|when|where|who|which|how)\s+((?:is|are|was|were|will|does|do)\b.+)$")


_VS = re.compile(r"\s+(?:vs\.?|versus)\s+")
VERSUS_WORDS = 8  # "research paper vs position paper" after "page limits?": what the limits are asked of


def _versus(segs: list[str]) -> list[str]:
    """'page limit for long vs short papers?' asks it of each: two questions, one per side. A
    short 'A vs B' after a question ('page limits? research paper vs position paper') asks that
    question of each side."""
    out: list[str] = []
    for seg in segs:
        sides = _VS.split(seg, maxsplit=1)
        if len(sides) != 2 or not sides[0].split() or not sides[1].split():
            out.append(seg)
            continue
        left, right = sides[0].split(), sides[1].split()
        if is_asking(seg) and len(left) > 1 and len(right) <= 2:  # "long vs short papers", not "tabular vs time series only"
            end = "?" if seg.endswith("?") else ""
            a, b, prefix, suffix = left[-1], right[0].rstrip("?"), left[:-1], [w.rstrip("?") for w in right[1:]]
            out.extend(" ".join([*prefix, w, *suffix]).rstrip() + end for w in (a, b))
        elif out and is_asking(out[-1]) and len(seg.split()) <= VERSUS_WORDS:
            frame = out.pop().rstrip(" ?")
            out.extend(f"{frame} for {side.strip(' ?')}?" for side in sides)
        else:
            out.append(seg)
    return out


def _each_of(segs: list[str]) -> list[str]:
    """'what's the page limit for short papers and for position papers?' asks it of each: the
    frame before the repeated "for" (or "of") with each side, two questions."""
    out: list[str] = []
    for seg in segs:
        found = _EACH_OF.match(seg)
        if found is None or not is_asking(seg) or any(len(found.group(k).split()) > EACH_WORDS for k in ("a", "b")):
            out.append(seg)
            continue
        out.extend(f"{found.group('frame')} {found.group(k)}?" for k in ("a", "b"))
    return out


_EACH_OF = re.compile(r"^(?P<frame>.+?\b(?P<prep>for|of))\s+(?P<a>[^?,]+?)\s+and\s+(?P=prep)\s+(?P<b>[^?,]+?)\s*\??$")
EACH_WORDS = 4  # each side names a thing ("short papers", "the camera-ready version"), not a clause


_PLACE_ASKED = re.compile(r"^(?:where|which|in which|on which|at which)\b")
_GUESS_FRAME = frozenset("the a an one".split())


def _without_guesses(segs: list[str]) -> list[str]:
    """'where do we submit? openreview?', 'which template? the aaai one?': one word after a
    where/which question is the asker's guess at its answer, which the answer settles; it is no second question. A word naming what
    events have ('schedule?', 'fees?') still is one."""
    out: list[str] = []
    for seg in segs:
        words = [w for w in _WORD.findall(seg) if w not in _GUESS_FRAME]  # "the aaai one?" guesses "aaai"
        if (
            out and len(words) == 1 and seg.endswith("?") and _PLACE_ASKED.match(_strip_lead(out[-1]))
            and words[0] not in _EVENT_WORDS and words[0] not in _STOPWORDS and words[0] not in _WH
        ):
            continue
        if (  # "where is it this time? still dresden like last year or somewhere else?": guesses, either way
            out and seg.endswith("?") and re.search(r"\bor\b", seg) and len(words) <= GUESS_WORDS and _PLACE_ASKED.match(_strip_lead(out[-1]))
            and not any(w in _WH or w in _EVENT_WORDS for w in words) and not _INVERTED.match(_strip_lead(seg))  # "and is it single or two column?" asks
        ):
            continue
        out.append(seg)
    return out


GUESS_WORDS = 10  # a longer segment after a place question is a question of its own


_WHAT_I_NEEDED = re.compile(r"\b(?:just |exactly )?what (?:i|we) (?:needed|need|wanted|was looking for|were looking for|meant)\b")


def is_social(segment: str) -> bool:
    """Greetings, thanks, praise, 'sorry to bother': nothing is asked."""
    words = _WORD.findall(_WHAT_I_NEEDED.sub(" ", segment))  # "thx, that's exactly what i needed" asks nothing
    if _BOT_ITSELF.search(segment):
        return True
    return bool(words) and not any(w in _WH for w in words) and all(w in _SOCIAL or w in _STOPWORDS for w in words)


def is_asking(segment: str) -> bool:
    s = segment.strip()
    if s.endswith("?"):
        return True
    core = _GREETING.sub("", _strip_lead(s))  # "Bonjour, I would like to know the names of the panelists"
    return bool(_ASK_START.match(core) or _REQUEST.match(core) or _IMPERATIVE.match(core))


_GREETING = re.compile(r"^(?:hi|hello|hey|bonjour|hola|hallo|ciao|greetings|good (?:morning|afternoon|evening)|dear (?:all|organi[sz]ers|team))\b[\s,!.]*")


def _strip_lead(s: str) -> str:
    """'so', 'and', 'ok then', 'sorry to bother, but' before a question."""
    s = re.sub(r"^(?:(?:and|also|but|so|then|ok|okay|wait|well|now|sorry to bother|sorry)\b[\s,]*)+", "", s.strip())
    return s


def content_words(text: str, known: Collection[str] = ()) -> list[str]:
    return [w for w in _WORD.findall(text) if w not in _STOPWORDS and w not in _SOCIAL and len(w) > 1]


_ASKING_FOR = re.compile(
    r"^(?:(?:can|could|would|will) (?:you|u|someone|anyone) (?:please |pls |kindly |just )?(?:(?:tell|let) me(?: know)?|clarify|confirm)"
    r"|(?:do|does) (?:you|anyone) know|i (?:would |want |wanted |need )?(?:like )?to (?:know|ask|enquire|inquire|check|confirm)(?: about)?"
    r"|i was wondering|i am wondering"
    r"|(?:(?:do|does) (?:you|u|anyone|anybody) )?(?:have |got )?any ideas?|(?:any|some)(?:one|body) knows?"  # "any idea when we hear back?"
    r"|(?:please |pls |plz )?(?:just )?(?:tell me|let me know))\s+"
    r"(?=(?:(?:on|at|in|from|by|for|to|with) )?(?:who|whom|what|when|where|which|how|whether|if)\b)"  # "… know on which day"
)


# "what is this workshop actually about?", "summarise what the workshop aims to achieve", "what
# questions is the workshop trying to answer?": the workshop itself described, not one of its facts
_DESCRIBE = re.compile(
    r"\b(?:what (?:is|are) (?:this |the |that |your )?(?:workshop|event)(?: \w+){0,3}? about"
    r"|(?:summari[sz]e|describe|overview of) (?:what |for me )?(?:this |the )?(?:workshop|event)"
    r"|(?:workshop|event) (?:\w+ ){0,2}(?:aims?|trying|tries|hopes?|seeks?|wants?) to (?:achieve|answer|address|solve|tackle)"
    r"|(?:goals?|aims?|purpose|motivation|objectives?|focus) of (?:this |the |our )?(?:\w+ ){0,2}?(?:workshop|event))\b"
)


def asks_audience(question: str) -> bool:
    """'Is this workshop only for academics?', 'who is it for?': who attends, asked of the event."""
    q = normalise(question)
    return bool(_ATTENDEES.search(q) or (_WHO.match(q) and _AUDIENCE.search(q)))


def asks_description(question: str) -> bool:
    """``question``: a question's text as the analysis wrote it (normalised already)."""
    return bool(_DESCRIBE.search(question))


# "is this attached to AAAI or IJCAI?", "is it part of ICML or a separate event?": the workshop's
# host asked, by conference names the pages may never use
_HOSTED = re.compile(
    r"^(?:is|was) (?:it|this|this workshop|the workshop|this event) (?:(?:still|also|actually|even) )?"
    r"(?:part of|attached to|co-?located with|colocated with|affiliated with|associated with|held (?:with|alongside|at))\b"
)


def intent(question: str, known: Collection[str] = frozenset()) -> tuple[str, bool]:
    """The kind of question (see INTENTS), and for SCHEDULE whether the program itself is asked."""
    q = _strip_lead(question.strip(" ?!."))
    q = _ASKING_FOR.sub("", q)  # "could you tell me who is organizing?" asks who
    if not q or is_social(q):
        return CHIT_CHAT, False
    if _DESCRIBE.search(q):
        return OTHER, False  # "summarise what the workshop aims to achieve" is no work asked of the bot
    if _WORK_VERBS.search(q) or _CREATIVE.search(q) or _ADVICE.match(q) or _TEACH.match(q) or _LOCAL_TIPS.search(q) or _VERDICT.search(q):
        return OFF_TOPIC, False
    if known and not _anchored(q, known) and not _ABOUT_IT.match(q) and not _ATTENDEES.search(q) and not _HOSTED.match(q):
        return OFF_TOPIC, False
    if _SCHEDULE_WORDS.search(q) and not _DATE_FOCUS.match(q):
        return SCHEDULE, True
    deadline = re.search(r"\b(?:deadline|deadlines|due|notification|camera-ready|abstract|abstracts|date)\b", q)
    if not deadline and not _WHO.match(q) and (_TIME_FORM.search(q) or (_PROGRAM_ITEMS.search(q) and _COUNT_OR_EXIST.match(q))):
        return TIME, False
    if (_NEWS.search(q) and not re.search(r"\bannounced\b", q)) or _ANYTHING_NEW.match(q):
        return NEWS, False
    if (_WHO.match(q) and not _AUDIENCE.search(q)) or _LIST_PEOPLE.match(q):
        return WHO, False
    if re.match(r"^(?:where)\b", q) and _SUBMIT.search(q):
        return SUBMIT, False
    if _DATE_FOCUS.match(q) or (
        _DATE_WORDS.search(_without_conjunction_when(q)) and not re.match(r"^(?:which|where|who|how)\b", q) and not re.search(r"\b(?:timezone|aoe|utc)\b", q)
    ):
        return DATE, False
    if _OPEN.search(q) and (re.match(r"^(?:is|are|has|have|did|can)\b", q) or q.endswith("yet")):
        return OPEN, False
    if _WHERE.search(_OTHER_VENUE.sub(" ", q)) and (_WHERE_START.match(q) or not _SUBMIT.search(q)):
        return WHERE, False  # "work that appeared at another venue, eligible for submission?" asks no place
    if _SUBMIT_DETAIL.search(_SITE_PAGE.sub(" ", q)):  # "on the organizers page" names no page limit
        return SUBMIT, False
    if _ATTENDEES.search(q):
        return OTHER, False  # "is it only for academics?" asks who attends, not what topics fit
    if _SCOPE.search(q) and not re.search(r"\bwhat is (?:the )?(?:workshop|perfm|it|this)\b", q):
        return SCOPE, False
    if _SUBMIT.search(_SITE_PAGE.sub(" ", q)):
        return SUBMIT, False
    return OTHER, False


_WHEN_DOING = re.compile(r"\bwhen \w+ing\b")
_WHEN_CLAUSE = re.compile(r"\bwhen (?:i|we|you|they|he|she|it|people)\b")
_YES_NO_Q = re.compile(rf"^(?:{'|'.join(_AUX)})\b")


def _without_conjunction_when(q: str) -> str:
    """'do i have to mark my short paper when submitting?' asks how, not when: a 'when' that opens
    a clause inside a yes/no question is a conjunction ('can I use LaTeX when we submit?'), unless
    the question asks for it ('do you know when we hear back?')."""
    q = _WHEN_DOING.sub(" ", q)
    if _YES_NO_Q.match(q) and not _REQUEST.match(q):
        q = _WHEN_CLAUSE.sub(" ", q)
    return q


# "where is it physically?", "who's running this thing?": a question of place, person or time about
# "it" asks about the workshop, whatever its other words
_ABOUT_IT = re.compile(
    r"^(?:where|who|when|what time|which day|what day)\b(?:\s+\w+){0,3}?\s+(?:it|this|this thing|the thing|this event|the event|you guys|y'?all)\b(?!\s+\w+ing\b)"
)


_EDGE_WORDS = frozenset("time start starts begin begins kick end ends finish finishes wrap close closes over".split())


_DAY_PART_WORDS = _EDGE_WORDS | frozenset("morning afternoon evening day today tomorrow exactly actually workshop event".split())


def _names_a_thing(before: str, own: Collection[str]) -> bool:
    """The part before names something of its own ("the portal", "the dinner"), not only the
    workshop's day ("what time does PRL start?"), whose "it" is the workshop still."""
    return any(w not in _DAY_PART_WORDS and w not in own for w in content_words(_strip_lead(before)))


def _item_times(core: str, before: str) -> bool:
    """'when does it start?' after "where's the workshop dinner": the "it" is the dinner the part
    before names (an item of the programme), not the workshop's day."""
    return bool(_PROGRAM_ITEMS.search(before)) and bool(_ABOUT_IT.match(core)) and set(content_words(core)) <= _EDGE_WORDS


_ASPECT_ASKED = re.compile(r"^(?:(?:about|on|in) )?(?:what|which)\b.*\b(?:it|that|this)\b")
_ASPECT_WORDS = frozenset("subject topic title theme about room called name speaker length long".split())


def _item_aspect(core: str, before: str) -> bool:
    """'About which subject it was?' after "Giovanni Pizzi, he gave a talk in MADICES 2022?": the
    "it" is the talk the part before names, and the question asks its subject, title or room."""
    words = set(content_words(core))
    return bool(_PROGRAM_ITEMS.search(before)) and bool(_ASPECT_ASKED.match(core)) and bool(words) and words <= _ASPECT_WORDS


def _only_about_it(q: str, known: Collection[str]) -> bool:
    """Asks about "it" and names nothing the knowledge knows: after another part of the same
    message ("where's the portal & when does it close"), "it" is that part's subject."""
    return bool(known) and bool(_ABOUT_IT.match(_strip_lead(q))) and not _anchored(_strip_lead(q), known)


def _anchored(q: str, known: Collection[str]) -> bool:
    """Whether a question names anything the workshop's knowledge or an academic event knows
    (``known`` holds the knowledge's word stems)."""
    words = content_words(q)
    if not words:
        return True  # "what is it about?": about the workshop, by default
    prefixes = ranking_prefixes(frozenset(known), 5)
    return any(
        w in _EVENT_WORDS or s in known or s in _EVENT_STEMS or (len(s) >= 5 and s[:5] in prefixes)
        for w in words
        for s in stems(w)
    )


def analyse(message: str, context: str | None = None, options: Options | None = None) -> Analysis:
    """The questions of a message (at least one), each with its intent and what to search."""
    opts = options or Options()
    text = normalise(message) if opts.normalise else " ".join(message.lower().split())
    text = opts.fix(text) if opts.fix else text
    segs = segments(text, opts.split) or [text]
    segs = _without_guesses(_each_of(_versus(segs))) if opts.split else segs
    rest = [s for s in segs if not is_social(s)]
    social = len(rest) < len(segs) or not _WORD.search(text)
    if not rest or not _WORD.search(" ".join(rest)) or (social and not any(map(is_asking, segs))):
        # "thanks!! super helpful": the words beside the thanks ask nothing, even in a thread
        return Analysis(message, (Question(text, text, CHIT_CHAT if opts.intents else OTHER),), "", True)
    asking = [s for s in rest if is_asking(s)] if opts.focus else []
    if not asking:
        asking = rest if opts.split and all(is_asking(s) for s in rest) else [" ".join(rest)]
    asking = [_needed(s, rest) for s in asking] if opts.focus else asking
    background = " ".join(s for s in rest if s not in asking)
    prior = _prior(context, opts) if opts.context and context else None
    questions: list[Question] = []
    for seg in asking:
        before = questions[-1].text if questions else ""
        question = _question(seg, background, prior, opts, before)
        if questions and questions[-1].intent == OFF_TOPIC and _IT_BACK.search(seg) and len(content_words(seg)) <= 3:
            question = replace(question, intent=OFF_TOPIC)  # "explain what SHAP values are and how they work"
        named = opts.own and question.intent not in (OTHER, SCOPE)  # "what's PerFM about?" asks about its name
        questions.append(replace(question, search=unname(question.search, opts.own)) if named else question)
    return Analysis(message, tuple(_drop_empty(questions)), background, social)


# "I need the full postal address of the venue. Could you provide it?": the request asks for what
# the sentence before says is needed, which is the question.
_PROVIDE_IT = re.compile(
    r"^(?:(?:can|could|would|will) (?:you|u|someone|anyone) )?(?:please |kindly |pls )?(?:provide|share|give|send|post|tell)"
    r"(?: (?:me|us))? (?:it|that|this|them|those|these)(?: (?:to )?(?:me|us))?(?: please)?\s*[?.!]*$"
)
_NEED = re.compile(r"\b(?:i|we) (?:need|require|am looking for|are looking for|would need)(?: to (?:know|have|get))? (?P<what>(?:the|a|an|your|its) .+?)[.!]*$")


def _needed(seg: str, segs: list[str]) -> str:
    at = segs.index(seg) if seg in segs else 0
    if at == 0 or not _PROVIDE_IT.match(_GREETING.sub("", _strip_lead(seg))):
        return seg
    need = _NEED.search(segs[at - 1])
    return f"what is {need.group('what')}?" if need else seg


DEFINING_WORDS = _DEFINING = frozenset("stand stands mean means meaning acronym abbreviation short name full about tldr even".split())


def unname(search: str, own: Collection[str]) -> str:
    """'is data-fm archival?' searches as 'is the workshop archival?': the workshop's own name
    pulls whichever passage repeats it (its welcome), not the one that answers. A question about
    nothing but the name ("what is data-fm?") keeps it."""
    names = sorted((n for n in own if n), key=len, reverse=True)
    if not names:
        return search
    pattern = re.compile(rf"\b(?:the )?(?:{'|'.join(re.escape(n) for n in names)})(?: workshop)?\b")
    if not pattern.search(search):
        return search
    rest = content_words(pattern.sub(" ", search))
    if not [w for w in rest if w not in _GENERIC_TOPIC and w not in _DEFINING]:
        return search
    return pattern.sub("the workshop", search)


def _prior(context: str, opts: Options) -> Question | None:
    previous = analyse(context, None, replace(opts, context=False))
    asked = [q for q in previous.questions if q.intent not in DECLINED_INTENTS]
    return asked[-1] if asked else None


def _question(seg: str, background: str, prior: Question | None, opts: Options, before: str = "") -> Question:
    kind, whole = intent(seg, opts.known) if opts.intents else (OTHER, False)
    core = _strip_lead(seg)
    words = content_words(core)
    refers_back = bool(_PRONOUN.search(core)) or not words
    own = [w for w in words if w not in _GENERIC_TOPIC]
    search = seg
    unanchored = kind == OFF_TOPIC and not (_WORK_VERBS.search(core) or _CREATIVE.search(core))
    short = len(background.split()) <= SHORT_BACKGROUND  # "mine is only 4 pages": an aside, not a story
    # "what city is it in? [need to sort out my visa]", "where is it? [asking for my advisor]"
    about_the_event = kind in (WHERE, DATE, OPEN) and bool(own) or (kind in (WHERE, DATE) and not words)  # a bare "when"
    if background and not about_the_event and (refers_back or kind == SCOPE or unanchored or len(own) <= 1 or short):
        search = f"{seg} {background}"  # "would that fit?" is about the background
    elif before and not _ABOUT_IT.search(_strip_lead(before)) and (
        not words or ((unanchored or _only_about_it(core, opts.known)) and _IT_BACK.search(core)) or _item_times(core, before)
        or _item_aspect(core, before) or (_POSSESSIVE_BACK.search(core) and _names_a_thing(before, opts.own))
    ):  # "who organizes it, where is it": the "it" of both is the workshop, not the part before
        search = f"{seg} ({before})"  # "is there a panel and who's on it", "where's the portal & when does it close"
    if unanchored and search != seg:
        kind, whole = intent(search, opts.known)  # "does that fit?" names its topic in the background
    if (
        background and refers_back and kind in (OTHER, SUBMIT) and _YES_NO_START.match(core) and _OWN_WORK.search(background)
        and not _ATTENDEES.search(core) and not _ATTENDANCE_MODE.search(core)  # "is it hybrid or only in person? [my advisor asks]"
    ):
        kind = SCOPE  # "[my project ...] is that even a vibe here?" / "is that the kind of thing you mean?"
    if prior is None or kind == CHIT_CHAT:
        if search == seg and kind not in (CHIT_CHAT, OFF_TOPIC):
            search = _about_the_workshop(seg, words, opts.names)
        follows = search.endswith(f"({before})") and _names_a_thing(before, opts.own)
        return Question(seg, search, kind, follows, whole)  # read with the part before, which names its "it"
    elliptic = bool(_ELLIPSIS.match(seg)) or (bool(_FOLLOW_UP_START.match(seg)) and len(words) <= 4 and not _ASK_START.match(core))
    continues = bool(_FOLLOW_UP_START.match(seg)) and len(words) <= 2  # "ok but what city tho"
    if not (elliptic or refers_back or continues or unanchored):
        return Question(seg, search, kind, False, whole)
    if elliptic:  # "and the full paper?" / "what about the organizers?": the prior question, of this
        topic = re.sub(r"^(?:(?:what about|how about|and|also|but|or|same for|so|ok|okay|then|the)\b\s*)+", "", seg).strip(" ?")
        search = f"{_frame(prior.text)} {topic}?"
    else:
        search = f"{search} ({prior.text.rstrip('?')})"
    if opts.intents and kind in (OTHER, SUBMIT, OFF_TOPIC) and prior.intent in (*DATE_INTENTS, TIME) and _ZONE_ASKED.search(core):
        return Question(seg, search, prior.intent, True, prior.whole_schedule)  # "and is that AoE?" of a deadline or a talk
    if opts.intents and (elliptic or kind in (OTHER, OFF_TOPIC)):
        inherited, inherited_whole = intent(search, opts.known)
        if elliptic or inherited != OTHER or kind == OFF_TOPIC:
            kind, whole = (prior.intent, prior.whole_schedule) if elliptic else (inherited, inherited_whole)
    return Question(seg, search, kind, True, whole)


_ADVERB = re.compile(r"[a-z]{3,}ly")
# how one takes part (on site, online), which no one's work fits or not
_ATTENDANCE_MODE = re.compile(r"\b(?:hybrid|in-person|on-site|onsite|online|virtual(?:ly)?|remote(?:ly)?|zoom|live-?stream(?:ed)?|stream(?:ed)?|attend)\b")
_ZONE_ASKED = re.compile(r"\b(?:timezone|aoe|utc|gmt|anywhere on earth|local time)\b")


def _about_the_workshop(seg: str, words: list[str], names: Collection[str] = ()) -> str:
    """A question that names nothing but a place or a time ("where is it happening?", "which
    city?", "which room is VerifAI in?") asks about the workshop itself: say so to the search,
    since the model reads "it", or the workshop's coined name, as nothing."""
    if any(w not in _PLACE_OR_TIME and w not in _GENERIC_TOPIC and w not in names and not _ADVERB.fullmatch(w) for w in words):
        return seg  # names something else ("physically", "exactly" name nothing)
    named = [w for w in words if w in names]
    if not named and "workshop" in words:
        return seg  # already says it is the workshop
    if named and not any(w in _PLACE_OR_TIME for w in words):
        return seg  # "what is PerFM about?" is about its name
    if named:
        return re.sub(rf"\b(?:the )?{re.escape(named[0])}(?: workshop)?\b", "the workshop", seg, count=1)
    if _IT.search(seg):
        return _IT.sub("the workshop", seg, count=1)
    return f"{seg.rstrip(' ?')} is the workshop?"


# A question after "and": a wh-word, or an auxiliary before its subject ("and is that ok", "and do
# I need"), not a verb continuing the statement ("I teach CS and do research on the side").
_INVERTED = re.compile(
    rf"^(?:(?:(?:in|at|on|for|from|to|by|until|till|with|about) )?(?:{'|'.join(_WH)})\b|(?:{'|'.join(_AUX)})\s+(?:i|you|we|they|he|she|it|that|this|there|these|those|my|our|your"
    r"|the|a|an|any|anyone|someone|papers?|submissions?|posters?|workshop|everyone|people)\b)"
)
# "who do I contact at the JW Marriott and what's its address?": "its" is the hotel the part before
# names (not the workshop, when that part asks only about the workshop's day)
_POSSESSIVE_BACK = re.compile(r"\b(?:its|their)\b")
_IT_BACK = re.compile(r"\b(?:it|that|this|they|them|those|these)\b")  # "there" is mostly "is there"
_YES_NO_START = re.compile(r"^(?:is|are|would|could|does|do|will|can)\b")
# the asker describing their own work ("my project builds…", "we study…"), not a need of theirs
# ("I need a visa invitation letter to travel", whose "can the organizers provide one?" asks no fit)
_OWN_WORK = re.compile(
    r"\b(?:my|our|we|i)\b(?!\s+(?:need|needs|needed|have to|must|want|wanna|would like|am travell?ing|travel)\b)"
)
_IT = re.compile(r"\b(?:it|this|this event|this one)\b")
_PLACE_OR_TIME = frozenset(
    """city town country venue room hall building location place address day date time year month
    happening happen happens held hold located take taking""".split()
)


def _frame(question: str) -> str:
    """'who are the invited speakers?' -> 'who are the'; a yes/no question stays whole."""
    q = _strip_lead(question.strip(" ?"))
    m = re.match(rf"^((?:{'|'.join(_WH)})\b(?: \w+)?? (?:is|are|was|were|do|does|will|can)\b(?: the)?)", q)
    return m.group(1) if m else q


def _drop_empty(questions: list[Question]) -> list[Question]:
    """'Who's right?' in a long message with real questions: a question with nothing to look up."""
    if len(questions) < 2:
        return questions
    kept = [q for q in questions if q.intent != CHIT_CHAT and (content_words(q.text) or q.search != q.text)]
    return kept or questions[:1]


# Ranking's function words, plus the words of asking itself ("I want to know", "tell me").
_STOPWORDS = STOP_WORDS | frozenset(
    "want know tell question questions need going anyone someone somebody let".split()
)
# What any academic event is about: a question naming one of these is about the workshop even
# when this workshop's knowledge never uses the word (registration, hotels, awards...).
EVENT_WORDS = _EVENT_WORDS = frozenset(
    """workshop workshops conference conferences paper papers submission submissions submit deadline
    deadlines venue talk talks poster posters speaker speakers organizer organizers organiser
    organisers review reviews reviewer reviewers register registration fee fees ticket tickets hotel
    hotels visa visas travel grant grants award awards prize prizes schedule program agenda session
    sessions keynote panel camera-ready abstract abstracts accepted acceptance rebuttal proceedings
    attend attending attendance virtual online remote in-person hybrid livestream recorded recording
    slides wifi food coffee lunch dinner parking accessible wheelchair childcare volunteer sponsor
    sponsors sponsorship booth arxiv preprint template latex style format page pages pdf dates date
    day days location city country room news announcement announcements update updates new
    happen happens happening held hold holding host hosted hosting located place length limit
    limits file files anonymous anonymized anonymity archival publication dial join zoom fly flying
    flight flights present presenting presentation presenter stream streamed streaming draft
    manuscript preliminary unfinished results experiments address postcode zipcode zip directions""".split()
)
SHORT_BACKGROUND = 12  # words: an aside that goes with its question into the search
# Words naming the workshop or a paper in general: a question with nothing else ("would the
# workshop be interested?", "who do we talk to?") is about the background it follows.
_GENERIC_TOPIC = frozenset("workshop perfm paper papers work submission talk interested".split())
_EVENT_STEMS = frozenset(stems(" ".join(_EVENT_WORDS)))
