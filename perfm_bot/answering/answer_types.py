"""What kind of value a question asks for, and whether a passage states one.

Pure. "How much is registration?" asks for an amount; a passage that says "Registration is
required through the conference website" shares its words but states no amount, so it does not
answer it. The same holds for a length ("how long can submissions be?" needs "4 pages"), a size
("what size should the poster be?" needs "A0" or "36 x 48 in"), a clock time ("what time does it
start?"), an email address and where to submit (a link or the platform's name). Real workshop sites are full of passages that share a question's
words and none of its value; checking the value's form is how a reply tells the two apart
without any list of questions.

Both halves are forms, not phrasings: the question's (its question word and the kind of thing
asked about) and the value's (a currency, a number of pages, a dimension, a clock, an address).
A question that asks for no such value expects nothing here, and any passage may answer it.
"""

from __future__ import annotations

import re

from perfm_bot.answering import places
from perfm_bot.sources.html_text import EMAIL_ADDRESS

# An address written to keep harvesters off: "ws2025 [at] googlegroups.com", "chair (at) uni (dot) edu"
_HIDDEN_ADDRESS = r"[\w.+-]+\s*[\[(]\s*at\s*[\])]\s*[\w-]+(?:\s*(?:\.|[\[(]\s*dot\s*[\])])\s*[\w-]+)+"
_ADDRESS = re.compile(rf"{EMAIL_ADDRESS}|{_HIDDEN_ADDRESS}|https?://\S+", re.I)


def gives_address(text: str) -> bool:
    """An e-mail address (plain or written against harvesters) or a web address, not only 'contact us'."""
    return bool(_ADDRESS.search(text))

MONEY = "money"
FEE = "fee"  # whether there is one to pay: an amount, or "no additional fee", "at no cost"
LENGTH = "length"
SIZE = "size"
CLOCK = "clock"
EMAIL = "email"
LINK = "link"  # where to submit: an address or the platform's name
ROOM = "room"  # which room or hall: "Room 203 A+B", "Hall C", "Garnet 218-219"
BUILDING = "building"  # the venue's building by name: a room, or "Bombay Exhibition Centre"
COUNT = "count"  # how many papers or people, or a rate: "75 submissions", "an acceptance rate of 30%"
TIMEZONE = "time zone"  # "PST", "UTC+2", "AoE", "Singapore Time"
DURATION = "duration"  # how long a talk or session lasts: "15 minutes", "9:00-9:30", "a full day"
STREET = "street address"  # where the venue is, for a taxi or a form: "Via Eudossiana 18", "6650 Rue Saint-Urbain"
AFFILIATION = "affiliation"  # a person's university or institute: "University of Cambridge", "RIKEN Center for …"
COMPANY = "company"  # a person's employer: "Rendering Engineer at Epic Games"
HOST = "host conference"  # the conference the workshop is part of: "in conjunction with ICCV 2025", "@ ICLR 2026"
VALUE_TYPES = (MONEY, FEE, LENGTH, SIZE, TIMEZONE, DURATION, CLOCK, EMAIL, LINK, ROOM, BUILDING, COUNT, STREET, AFFILIATION, COMPANY, HOST)

_NOT_ABOUT_TIME = r"(?!\s+(?:time|longer|earlier|later|in advance|before|ahead))"
_ASKS = {
    MONEY: re.compile(
        rf"^(?:how much\b{_NOT_ABOUT_TIME}|what (?:is|are|does|do) (?:the |it |a |an )?(?:\w+ ){{0,3}}(?:cost|costs|price|prices|fee|fees|amount)\b)"
        r"|\bhow much (?:does|do|is|are|will) (?:\w+ ){0,4}(?:cost|worth|pay|charge)\b|\bwhat(?: is|'s)? the (?:\w+ )?(?:price|cost)\b"
    ),
    # "is there any page fee or submission fee?", "do we have to pay to attend?": a yes or no about money
    FEE: re.compile(
        r"\b(?:is|are) there (?:a |an |any )?(?:\w+ ){0,2}(?:fee|fees|charge|charges)\b|\b(?:do|does|will) (?:i|we|you|authors?|attendees?) (?:have to |need to |must )?pay\b"
    ),
    LENGTH: re.compile(
        r"\b(?:how long (?:can|should|may|must|is|are|do|does) (?:the |a |my |our |\w+ )?(?:paper|papers|submission|submissions|abstract|abstracts|manuscript|it|they|submitted)"
        r"|how many pages|page limits?|page counts?|page lengths?|max(?:imum)? (?:number of )?pages|how many words|word limits?|length limits?)\b"
    ),
    SIZE: re.compile(r"\b(?:what|which) (?:\w+ ){0,3}(?:size|dimensions?)\b|\bhow (?:big|large|wide|tall)\b|\b(?:poster|banner) size\b"),
    # questions come normalised: "time zone" is one word; "is that AoE?" asks the zone too
    TIMEZONE: re.compile(r"\b(?:timezone|timezones|tz|aoe|utc|gmt|anywhere on earth)\b"),
    DURATION: re.compile(
        r"\bhow long (?:is|are|will|does|do|would)\b(?: \w+){0,3} (?:talks?|presentations?|orals?|spotlights?|sessions?|slots?"
        r"|keynotes?|panels?|breaks?|workshop|event|day|q&a)\b|\bhow many minutes\b"
    ),
    CLOCK: re.compile(r"\b(?:what|which|at what) time\b|\bwhat hour\b"),
    EMAIL: re.compile(
        r"\b(?:email|e-mail|mail address|mailing address)\b|\bhow (?:do|can|should) (?:i|we) (?:contact|reach)\b|"
        r"\bcontact (?:info|information|details|address)\b"
    ),
    LINK: re.compile(
        r"^where (?:do|can|should|to|will|shall|must) (?:i |we |you |one |they )?(?:actually |exactly |even |then )?(?:submit|upload|send)\b|"
        r"\bsubmission (?:link|site|portal|page|system|platform|url)\b|\b(?:link|url|portal) (?:for|to) (?:submit|submission|submissions)\b"
        # "is submission thru openreview or cmt?": which platform, the question's last words
        r"|\b(?:submit\w*|submission\w*|upload\w*)\b.*\b(?:through|thru|via|on|using|in) (?:openreview|cmt|easychair|softconf|hotcrp)"
        r"(?: or (?:openreview|cmt|easychair|softconf|hotcrp|something else))?\W*$"
    ),
    ROOM: re.compile(r"\b(?:which|what) (?:\w+ )?(?:room|hall|floor)\b|\broom (?:number|no)\b"),
    BUILDING: re.compile(r"\b(?:which|what) (?:\w+ )?building\b|\bname of the (?:\w+ )?(?:venue|building|hall|room)\b"),
    STREET: re.compile(
        r"\b(?:street|postal|physical|full|exact|venue|venues|building) address\b|\baddress of the (?:\w+ )?(?:venue|building|workshop|campus|place)\b"
        r"|^(?:what is |where is )?(?:the )?address\b(?! (?:to|for) (?:send|submit|email|contact|questions))"
        r"|\b(?:postcode|post code|postal code|zip code|zipcode)\b"
    ),
    AFFILIATION: re.compile(
        r"\b(?:which|what) (?:\w+ )?(?:university|universities|uni|institute|institution|affiliation|school|college)\b"
        # someone's affiliation asked ("danish pruthi affiliation?", "what's her affiliation"), not
        # one's own named ("do i need to strip my name and affiliation from the pdf?")
        r"|\b(?:what|which|whose|where)\b(?:\s+\S+){0,6}?\s+affiliat\w*|\baffiliations?\W*$|\baffiliations? of\b"
        r"|\baffiliated (?:with |to |at )?(?:which|what)\b|\bis (?:he|she|they|\w+) affiliated\b"
    ),
    # someone's company ("is working in which company now?"), not a sponsor's: companies are too
    # many to know by name, so the employer's name after "at" or a card's dash gives it
    COMPANY: re.compile(r"\b(?:which|what) (?:company|companies|employer)\b(?! (?:\w+ )?(?:sponsor|fund|host|organi|support|provid)\w*)"),
    # "which big conference is it attached to?", "is PerFM part of AAAI or a standalone event?",
    # "and it is part of neurips 2024 yes?" (not "is lunch part of the registration?")
    HOST: re.compile(
        r"\b(?:which|what) (?:\w+ ){0,2}(?:conference|conf)\b(?! (?:room|rooms|hall|cent(?:er|re)|hotel|rate|fee|registration|badge|dinner|reception|website|app))"
        r"|\b(?:is|it is|it's|its|was) (?:it |this |this workshop |the workshop |this event |\w+ )?(?:(?:still|also|actually|even) )?"
        r"(?:part of|attached to|co-?located with|colocated with|affiliated with|associated with|held (?:with|alongside|in conjunction with)|in conjunction with) "
        r"(?!(?:the |a |an |my |our |your )(?!(?:main|big|host|same) conference))"
        r"|\bor (?:a |an |its own )?(?:separate|standalone|stand-alone|independent) (?:event|workshop|thing|conference)\b"
    ),
    COUNT: re.compile(
        r"\bacceptance rate\b|\bhow many (?:\w+ )?(?:submissions|papers|people|participants|attendees|authors|teams)\b"
        r"(?! (?:can|may|should|must|could|do|does) )"
    ),
}
_ATTACHED = (
    r"@|\b(?i:in conjunction with|co-?located with|colocated with|held (?:at|with|alongside|during)|part of|workshop (?:at|of)"
    r"|satellite (?:event|workshop) of|(?:determined|hosted|organi[sz]ed) by)"
)
_STATES = {
    MONEY: re.compile(
        r"[$€£¥₹]\s?\d|\b\d[\d,.]*\s?(?:usd|eur|euros?|dollars?|gbp|pounds?|chf|cad|jpy|rmb|cny|krw|won)\b|"
        r"\b(?:usd|eur|gbp|chf|cad)\s?\d|\bfree(?: of charge)?\b|\bno (?:registration )?(?:fee|fees|cost|charge)\b",
        re.I,
    ),
    LENGTH: re.compile(
        r"\b\d+\s*(?:[-–]|to|or)?\s*\d*\s*(?:\+\s*\d+\s*)?(?:pages?|pp\.?|words?|characters?)\b|"
        r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten)[- ]pages?\b",
        re.I,
    ),
    SIZE: re.compile(
        r"\bA[0-4]\b|\b\d+(?:\.\d+)?\s*(?:x|×|by)\s*\d+(?:\.\d+)?\s*(?:cm|mm|in|inch|inches|ft|feet|\")?|"
        r"\b\d+(?:\.\d+)?\s*(?:cm|mm|inch|inches|ft|feet)\b|\b(?:portrait|landscape)\b",
        re.I,
    ),
    # a zone's abbreviation as written (capitals: "est" is Latin in a theme's filler), an offset, or its name
    TIMEZONE: re.compile(
        r"\b(?:AoE|AOE|UTC|GMT|CES?T|CEDT|BST|IST|JST|KST|SGT|HKT|BRT|AES?T|AEDT|NZST|[ECMPA][SD]T|PT|ET)\b"
        r"|\b(?i:anywhere on earth|local time|time zone|timezone)\b"
        r"|\b(?:Pacific|Eastern|Central|Mountain|Atlantic|Hawaii|Alaska|Greenwich|Singapore|India|China|Japan|Korea"
        r"|Bras[ií]lia|Israel|Gulf|(?:Central|Eastern|Western) European|Australian Eastern) (?:Standard |Daylight )?Time\b",
    ),
    DURATION: re.compile(
        r"\b\d+(?:\.\d+)?\s*(?:-|–|to)?\s*\d*\s*(?:min|mins|minutes?|hours?|hrs?)\b|\b(?:half|full|one|whole)[- ]day\b"
        r"|\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:-|–|to)\s*\d{1,2}[:.]\d{2}|\bTBA\b|\bTBD\b"
        r"|\bduration:?\s*\d{1,2}:\d{2}\b"  # a programme's "Duration: 1:00" column
        r"|\b(?:an?|one|two|three|four|half|\d+)[- ](?:hours?|minutes?)(?:[- ]long)?\b|\bhour-long\b"  # "a one-hour keynote"
        r"|\b(?:five|ten|fifteen|twenty|thirty|forty|forty-five|sixty|ninety)[- ]minutes?\b",
        re.I,
    ),
    CLOCK: re.compile(r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.)|\bnoon\b|\bmidnight\b|\bTBA\b|\bTBD\b", re.I),
    EMAIL: re.compile(rf"{EMAIL_ADDRESS}|{_HIDDEN_ADDRESS}|\bmailto:|\bcontact (?:form|us|the organi[sz]ers)\b", re.I),
    # a submission platform by name or address; a style file's or a paper's link is no place to submit
    LINK: re.compile(r"\b(?:openreview|cmt|easychair|softconf|hotcrp)\b|https?://\S*(?:submi|forms)", re.I),
    # a room by its word and name ("Room 203", "Hall C", "ballroom B"), or a named room's number
    ROOM: re.compile(
        r"\b(?i:room|rooms|hall|halls|ballroom|auditorium|theat(?:er|re)|salon|suite|floor|level|building)(?:\s+[#:]?|[#:])\s*[A-Z0-9]"  # "Room 203", "Room: Lehar 3"
        r"|\b(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)[A-Z][a-z]+\s+(?!(?:19|20)\d\d\b)\d{2,4}(?:\s*[-–]\s*\d{2,4})?\b"
        r"|\b[A-Z0-9]+\s+(?i:room|hall|ballroom)\b"
        r"|\b[A-Z][\w-]+\s+(?i:room|hall|ballroom|auditorium|theat(?:er|re)|atrium)\b"  # a named one: "Galata Hall", "Spanos auditorium"
        r"|\b[A-Z]{2,6}\s+(?!(?:19|20)\d\d\b)\d{3,4}\b|\b[A-Z]{1,2}\d{3}\b"  # a building's code and room: "ECSC 114", "A207"
        r"|\b(?:Aula|Sala|Salle|Saal|Sal)\s+[A-Z0-9]"  # a lecture hall as Italian, Spanish, French or German name it: "Aula Motzo"
        r"|\b(?i:ground|first|second|third|fourth|fifth|\d{1,2}(?:st|nd|rd|th))\s+(?i:floor)\b",  # "Second Floor"
    ),
    AFFILIATION: re.compile(
        r"\b(?:Universit\w*|Univ\.|Institut\w*|College|School|Academy|Laborator\w*|Labs?|Polytechni\w*|Research|"
        r"Hospital|Cent(?:er|re)|Foundation|Inc\.?|Ltd\.?|LLC|GmbH|Corporation|Technologies|Google|Microsoft|Meta|Amazon|Apple|"
        r"NVIDIA|Nvidia|IBM|DeepMind|OpenAI|Anthropic|Adobe|Intel|Samsung|Huawei|Baidu|Alibaba|Tencent|ByteDance|Sony|Bosch|Siemens)\b"
        r"|\b(?:Universit(?:à|ä|é)|Universidad|Universidade|Hochschule|Politecnico)\b"
        r"|\b(?:MIT|CMU|UCLA|UCSD|UCSB|UCL|NYU|ETH|EPFL|KAIST|KAUST|NUS|NTU|HKUST|UIUC|USC|TUM|INRIA|Inria|CNRS|RIKEN|CSIRO|IISc|IIT)\b"
        r"|\bUC (?:Berkeley|Davis|Irvine|San Diego|Santa Barbara|Los Angeles)\b"
        # known by a short name; a card may glue it to the name before it ("Yilun DuHarvard")
        r"|(?:Harvard|Stanford|Oxford|Cambridge|Berkeley|Princeton|Yale|Columbia|Cornell|Caltech|Toronto|McGill|Mila|"
        r"Tsinghua|Peking|Fudan|Zhejiang|Tokyo|Kyoto|Edinburgh|Imperial|Purdue|Georgia Tech|Johns Hopkins|Duke|Penn)\b"
    ),
    # a conference by its name and year after the words that attach a workshop to it ("co-located with
    # ACM Multimedia 2025", "In conjunction with AACL-IJCNLP 2025", "PerFM Workshop @ AAAI 2026"), by
    # its short name after a plain "at" or a banner's bar ("will be held at ICLR 2026", "| ICCV 2025"),
    # or named in full after them ("a workshop at the 11th IEEE European Symposium on Security and Privacy")
    HOST: re.compile(
        rf"(?:{_ATTACHED})\s+(?:the\s+)?(?:\d+(?:st|nd|rd|th)\s+)?(?:[A-Z][\w&'’-]*\s+){{0,6}}?[A-Z][\w&'’-]*\s*['’]?\s*(?:20)?\d{{2}}\b"
        r"|(?:@|\||\b(?i:at))\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}?[A-Z][\w-]*[A-Z][\w-]*\s*['’]?\s*(?:20)?\d{2}\b"
        rf"|(?:{_ATTACHED}|\b(?i:at the))\b[^.]{{0,80}}\b(?:Conference|Symposium|Congress)\b"
        rf"|(?:{_ATTACHED})\s+(?:the\s+)?[A-Z]{{2,}}[A-Za-z]*\b",  # "held at ICML in Seoul": a short name without its year
    ),
    COUNT: re.compile(
        r"\b\d[\d,.]*\s*(?:%|percent)|\b\d[\d,]*\s+(?:\w+\s+){0,2}(?:submissions|papers|participants|attendees|people|authors|teams)\b"
        r"|\bacceptance rate (?:of|was|is|:)\s*\d",
        re.I,
    ),
}


def expected(question: str) -> str | None:
    """The kind of value a (normalised, lower-case) question asks for, or None."""
    for kind, pattern in _ASKS.items():
        if pattern.search(question):
            return kind
    return None


_EMPLOYED_AT = re.compile(r"\b(?:at|for|with|joined)\s+[A-Z][\w&.-]+")
_NO_FEE = re.compile(r"\bno (?:\w+ ){0,2}(?:fee|fees|costs?|charges?)\b|\bat no (?:\w+ )?cost\b|\bfree\b", re.I)
_VENUE_BUILDING = re.compile(r"\b(?:Convention|Conference|Congress|Exhibition|Expo|Events?)\s+(?:Center|Centre)\b")


def states(kind: str, text: str) -> bool:
    """Whether a passage states a value of this kind."""
    if kind == STREET:
        return places.names_address(text)
    if kind == FEE:  # "how much?" needs an amount; "is there a fee?" is also answered by "no additional fee"
        return bool(_STATES[MONEY].search(text) or _NO_FEE.search(text))
    if kind == COMPANY:  # a known name, or a name after "at" ("Rendering Engineer at Epic Games")
        return bool(_STATES[AFFILIATION].search(text) or _EMPLOYED_AT.search(text))
    if kind == ROOM:  # "Via Sardegna 31" is a street's number, not "Garnet 218"
        streets = [m.span() for m in places.ADDRESS.finditer(text)]
        return any(not any(a <= m.start() < b for a, b in streets) for m in _STATES[ROOM].finditer(text))
    if kind == BUILDING:  # a room names where in the building, a building's name where it is
        return bool(_STATES[ROOM].search(text) or _VENUE_BUILDING.search(text))
    return bool(_STATES[kind].search(text))
