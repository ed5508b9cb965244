"""Whether a passage names a place: what a "where" question needs of its answer.

A venue line names its country or state ("Bremen, Germany", "Denver, Colorado, USA", "Nashville
TN"), a building or room ("Convention Center", "Room 203"), or says how to attend ("online").
Cities are too many to list, but a city is almost always written with its country or state, so
the countries of the world and the states and provinces of the countries that host most
conferences are listed here once, as general knowledge, like month names.
"""

from __future__ import annotations

import re

COUNTRIES = """Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|
Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia and Herzegovina|
Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Cape Verde|Chad|Chile|China|
Colombia|Congo|Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|Czechia|Denmark|Djibouti|Dominican Republic|
Ecuador|Egypt|El Salvador|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|
Greece|Guatemala|Guinea|Guyana|Haiti|Honduras|Hong Kong|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|
Israel|Italy|Ivory Coast|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Korea|South Korea|Kosovo|Kuwait|Kyrgyzstan|
Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Macau|Macao|Madagascar|Malawi|
Malaysia|Maldives|Mali|Malta|Mauritius|Mexico|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|
Namibia|Nepal|Netherlands|New Zealand|Nicaragua|Niger|Nigeria|North Macedonia|Norway|Oman|Pakistan|Panama|
Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|Puerto Rico|Qatar|Romania|Russia|Rwanda|
Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|Somalia|South Africa|Spain|
Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|Trinidad and Tobago|
Tunisia|Turkey|Türkiye|Turkmenistan|Uganda|Ukraine|United Arab Emirates|UAE|United Kingdom|UK|U\\.K\\.|
United States|United States of America|USA|U\\.S\\.A\\.|U\\.S\\.|Uruguay|Uzbekistan|Venezuela|Vietnam|Viet Nam|
Yemen|Zambia|Zimbabwe|England|Scotland|Wales"""

REGIONS = """Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|
Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|
Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|
Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|
Washington|West Virginia|Wisconsin|Wyoming|District of Columbia|Ontario|Quebec|Québec|British Columbia|Alberta|
Manitoba|Nova Scotia|Saskatchewan|New South Wales|Victoria|Queensland|Bavaria|Catalonia|Lombardy"""

_US_STATE_CODES = """AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|
OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC|ON|QC|BC"""


def _alternatives(names: str) -> str:
    return "|".join(n.strip() for n in names.replace("\n", "").split("|") if n.strip())


# A country or region by name; a two-letter state code only after a city and a comma or space
# ("Nashville, TN", "Vancouver BC"), where no other capital pair stands.
_PLACE = re.compile(
    # not "New York Times", "Georgia Tech"; but a label may follow ("Dublin, Ireland Date: June 28")
    rf"(?<![\w.])(?:{_alternatives(COUNTRIES)}|{_alternatives(REGIONS)})(?![\w])(?!\s+(?:&|[A-Z](?![a-z]*:)))"
    rf"|(?<=\w,\s)(?:{_alternatives(COUNTRIES)})(?![\w])"  # after its city: "Malmö, Sweden Half-day hybrid event"
    rf"|\b[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,?\s(?:{_alternatives(_US_STATE_CODES)})\b(?![\w-])"
)
_VENUE = re.compile(
    r"\b(?i:online|virtual(?:ly)?|hybrid|zoom|in[- ]person|campus|university|hotel|venue|location|located|"
    r"cent(?:er|re)|hall|room|ballroom|auditorium|building|address|held|TBA|TBD|not announced|"
    r"atrium|lobby|foyer|patio|terrace|courtyard|lounge|pavilion|theat(?:er|re)|library|house|floor|wing)\b"
    r"|\b[A-Z]{1,6}[ -]?(?!(?:19|20)\d\d)\d{3}[A-Z]?\b"  # a building's code and a room number: "ECSC 116", "A207"
    r"|(?:\b(?i:in|at)|@)\s+(?:the\s+)?(?:[A-Z][a-z]+|[A-Z]{2,})"  # "at ICML in Seoul", "@ IJCAI"
    r"|[Hh]all\s+[A-Z0-9]\b"  # "ExHall A"
)


def names_place(text: str) -> bool:
    """A country, state or province by name, a venue, room or building word, or how to attend."""
    return bool(_PLACE.search(text) or _VENUE.search(text))


def names_region(text: str) -> bool:
    """A country, state or province by name: where a city is, said the way venue lines say it."""
    return bool(_PLACE.search(text))


# A street address: a number and a street ("353 Benjing Avenue", "Via Eudossiana 18", "Via
# Università, 40", "Hauptstraße 5"), or a link to a map. Street words are the common ones of the
# languages conferences are held in, listed once like the countries above.
_STREET = r"(?:Street|St\.|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Drive|Lane|Parkway|Plaza|Square)"
_STREET_FIRST = r"(?:Via|Viale|Piazza|Piazzale|Corso|Largo|Rue|Chemin|Avenue|Boulevard|Calle|Avenida|Paseo|Rua|Carrer|Plaza|Praça|Ulica)"
ADDRESS = _ADDRESS = re.compile(
    rf"\b\d{{1,5}}[A-Za-z]?\s+(?:[A-Z][\w'’.-]*\s+){{1,3}}{_STREET}(?![\w])"
    rf"|\b(?!(?:19|20)\d\d\b)\d{{1,5}},?\s+{_STREET_FIRST}\s+[A-Z]"  # "6650, Rue Saint-Urbain"
    rf"|\b{_STREET_FIRST}\s+(?:[\w'’.-]+\s+){{0,3}}?[\w'’.-]+,?\s+(?!(?:19|20)\d\d\b)\d{{1,4}}[A-Za-z]?\b(?![.:]\d)"
    r"|\b[A-ZÄÖÜ][a-zäöüß]+(?:straße|strasse|str\.|weg|platz|allee|gasse|laan|gracht|vej|gatan|vägen)\s+\d{1,4}\b"
    r"|\b(?:maps\.google\.|google\.[a-z.]+/maps|maps\.app\.goo\.gl|goo\.gl/maps|openstreetmap\.org)"
)


def names_address(text: str) -> bool:
    """A street address or a map link: where a "what's the address?" question is answered."""
    return bool(_ADDRESS.search(text))
