"""Find the cities and the country of a posting with a gazetteer (data/cities.tsv).

Local names map to English ones (München -> Munich). Cities whose names are also ordinary words
(Reading, Nice, Mobile: flagged `ambiguous` in the data) count only in a location field or when
followed by their country ("Reading, UK").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .structure import is_lowercase
from .trie import trie_pattern
from .vocab import City, city_list, countries, country_names


@dataclass(frozen=True, eq=False)
class Gazetteer:
    cities: dict[str, City]  # lower-cased spelling -> city

    @property
    def pattern(self) -> re.Pattern:
        return _pattern(self)


def load_gazetteer(site: Path | None = None) -> Gazetteer:
    """The shipped city list, extended by the site's data/cities.tsv (same columns)."""
    return Gazetteer(city_list(site))


# A letter or digit of a script that puts spaces between words. Chinese and Japanese do not, Korean,
# Hebrew and Arabic join particles to a name ("서울에서", "בתל אביב"): a name in those is found
# inside a longer word ("東京都", "上海市").
_WORD_CHAR = r"[^\W\u0590-\u06ff\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]"


@lru_cache(maxsize=4)
def _pattern(gazetteer: Gazetteer) -> re.Pattern:
    # "Hamburg-Altona" and "Zürich-Oerlikon" are the city with its district
    return re.compile(rf"(?<![/.@-])(?<!{_WORD_CHAR})(?:{trie_pattern(list(gazetteer.cities))})(?!{_WORD_CHAR}|@|\.\w)",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _country_pattern() -> re.Pattern:
    names = sorted(country_names(), key=len, reverse=True)
    return re.compile(rf"(?<!\.)(?<!{_WORD_CHAR})(?:" + "|".join(re.escape(n) for n in names) + rf")(?!{_WORD_CHAR})")


_WORKPLACE = re.compile(r"\boffices?\b|\bbased\b|\blocated\b|\bheadquarter|\bhq\b|\bon[- ]?site\b|\bhybrid\b|"
                        r"\bwork(?:s|ing)? (?:from|in|at)\b|\bstandort|\bbüro|\barbeitsort|\bsitz\b|\bcampus\b|"
                        r"\brelocat|\bteam in\b|\bbureaux?\b", re.IGNORECASE)

_THIS_JOB = re.compile(r"\b(?:this|the) (?:role|position|job)\b[^.;\n]{0,20}\b(?:is|will be) (?:based|located)\b|"
                       r"\byou(?:['’]ll| will) be based\b|"
                       # ... and where else it may be done: "where this role can also sit", "can work from our Vancouver office"
                       r"\bwhere (?:this|the) (?:role|position|job) can\b|\bcan (?:also )?(?:be based|work from|sit)\b",
                       re.IGNORECASE)

# An office the company had: "we also had a tiny office in Brussels; we closed it"
_PAST = re.compile(r"\b(?:had|used to have|closed|shut down)\s+(?:\w+\s+){0,3}offices?\b|"
                   r"\boffices?\b[^.;]{0,40}\b(?:closed|shut)\b|\bwe closed it\b|\bformerly (?:based|headquartered)\b|"
                   r"\bmoved (?:away )?from\b", re.IGNORECASE)


def job_cities(text: str, gazetteer: Gazetteer, at_work_only: bool = False) -> list[City]:
    """Cities of the job in prose: those named where the text speaks of a workplace, else (unless
    at_work_only) all of them."""
    cities = find_cities(text, gazetteer)
    if len(cities) < 2 and not (cities and at_work_only):
        return cities
    this_job, office_days, at_work = _named_at_work(text, gazetteer)
    return [c for c in cities if c.name in this_job] or [c for c in cities if c.name in office_days] or \
        [c for c in cities if c.name in at_work] or ([] if at_work_only else cities)


def workplace_cities(text: str, gazetteer: Gazetteer) -> set[str]:
    """Names of the cities the text names where it speaks of a workplace: "for our Chicago office"."""
    this_job, office_days, at_work = _named_at_work(text, gazetteer)
    return this_job | office_days | at_work


def _named_at_work(text: str, gazetteer: Gazetteer) -> tuple[set[str], set[str], set[str]]:
    """(cities named where the text speaks of this job's place, ... of office days, ... of any workplace),
    without the places it denies ("we won't ever ask you to relocate to Manchester")."""
    sentences = [s for s in re.split(r"(?<=[.!?])\s+|\n", text) if not _PAST.search(s)]
    clauses = [_DENIED.sub(" ", clause) for s in sentences for clause in s.split(";")]
    # "This role is based at our London, Ontario office": the job's own place, over the other offices; then where
    # its office days are ("two days a week together in our office by Old Street, London"), over a second office
    this_job = {c.name for clause in clauses if _THIS_JOB.search(clause) for c in find_cities(clause, gazetteer)}
    office_days = {c.name for clause in clauses if _OFFICE_DAYS.search(clause) for c in find_cities(clause, gazetteer)}
    at_work = {name for clause in clauses if _WORKPLACE.search(clause) for name in _at_work_in(clause, gazetteer)}
    # ... and of those, the ones named outside a list of the company's offices ("a bank with offices in Zürich, Geneva
    # and Lugano, is strengthening its team at its headquarters in Zürich"), when there are such
    unlisted = {c.name for clause in clauses for rest in [clause if _WORKED_THERE.search(clause) else _OFFICE_LIST.sub(" ", clause)]
                if _WORKPLACE.search(rest)
                for c in find_cities(rest, gazetteer)}
    return this_job, office_days, (unlisted & at_work) or at_work


def _at_work_in(clause: str, gazetteer: Gazetteer) -> set[str]:
    """The cities of the parts of a clause that speak of a workplace: not "ships from our warehouse partner in kolding,
    and a small team in copenhagen keeps the machine running", nor "… our office, and our biggest customers are in
    London"."""
    return {c.name for part in _PARTS.split(clause) if _WORKPLACE.search(part) for c in find_cities(part, gazetteer)}


# A sentence's parts joined by ", and", ", but", ", while" (in English, German, French and Nordic languages), unless
# the next goes on about the same thing: "our office, and it sits right in the centre of Manchester", "und zwar"
_PARTS = re.compile(r",\s+(?:and|but|while|whereas|und|et|og|och)\s+(?!(?:it|which|that|this|zwar|es|das|il|elle|det|den)\b)",
                    re.IGNORECASE)
_PLACE_NAME = r"[A-ZÀ-Ý][\w'-]+(?:\s[A-ZÀ-Ý][\w'-]+){0,2}"
_OFFICE_LIST = re.compile(rf"\boffices (?:in|across|at) {_PLACE_NAME}(?:,\s*{_PLACE_NAME})*(?:,?\s+(?:and|&)\s+{_PLACE_NAME})")
# ... unless the job is worked in them: "you'll work from our offices in London, Manchester and Leeds"
_WORKED_THERE = re.compile(r"\bwork(?:ing)? (?:from|in|at)\b|\bbased (?:at|in)\b|\bany of\b|\byou(?:['’]ll| will)\b", re.IGNORECASE)
_OFFICE_DAYS = re.compile(r"\b(?:[1-4]|one|two|three|four) days? (?:a|per|each|every) week\b[^.;\n]{0,60}\b(?:in|at|from) "
                          r"(?:the|our) (?:[A-Z][\w-]+ ){0,3}office\b|"
                          # ... in Spanish, French, German: "2 días por semana en nuestra oficina de barcelona"
                          r"\b[1-4] (?:d[íi]as|jours|tage) (?:por|par|pro|a la|in der) (?:semana|semaine|woche)\b[^.;\n]{0,40}"
                          r"\b(?:oficina|bureau|büro|locaux|sede)\b|"
                          # ... or the office first: "in our Leeds office (3 days a week)"
                          r"\b(?:in|at) (?:the|our) (?:[A-Z][\w-]+ ){0,2}office\b[^.;\n]{0,20}?\b(?:[1-4]|one|two|three|four) "
                          r"days? (?:a|per|each|every) week\b", re.IGNORECASE)
# A place denied as the workplace, up to the next comma or "and": "we won't ever ask you to relocate to Manchester",
# "no office in Leeds", "not based in London" (not "there's no better place to be based than our Denver office")
_DENIED = re.compile(r"(?:\b(?:not|no|never)\b|n['’]t\b)\s+(?:\w+\s+){0,5}?(?:relocate|move|be based|based|located|"
                     r"offices?)\s+(?:to|in|at)\s+[^.;,\n]*?(?=$|[.;,\n]|\s(?:and|or|but)\b)", re.IGNORECASE)


def find_cities(text: str, gazetteer: Gazetteer, location_field: bool = False) -> list[City]:
    """Cities named in text, in order of first mention, each once."""
    lowercase_text = is_lowercase(text)
    found: dict[str, City] = {}
    fallback: dict[str, City] = {}  # named only where nothing else is: a region's city, customers' cities
    for match in gazetteer.pattern.finditer(text):
        spelling = match.group()
        city = gazetteer.cities.get(" ".join(spelling.lower().replace("-", " ").split())) or \
            gazetteer.cities.get(spelling.lower())
        if city is None:
            continue
        if not lowercase_text and spelling[:1].islower():
            continue  # "nice to have", "reading the docs" (a script without capitals has none to check)
        if not location_field and not _cjk_place(text, match.start(), match.end()):
            continue  # "在平台中负责" is "in the platform", not Taichung
        if _REGION_BEFORE.search(text, max(0, match.start() - 20), match.start()):
            continue  # "Quezon City, Metro Manila", "Salford, Greater Manchester": the region of the city before
        if _TIME_ZONE.match(text, match.end()):
            continue  # "Pacific Time - Brasilia Time (UTC-8 to UTC-3)", "Berlin time": hours, not a place
        if _ZONE_EXAMPLES.search(text[max(0, match.start() - 120):match.start()]):
            continue  # "Remote, GMT+2 to GMT+4 only (e.g. Cairo, Istanbul, Nairobi)": cities in the hours, not the job's
        if _INSIDE_A_REGION.search(text, max(0, match.start() - 12), match.end()):
            continue  # "Burnaby, British Columbia": Columbia is the province's name here, not the city
        if text.endswith("Greater ", 0, match.start()):
            fallback.setdefault(city.name, city)  # "Greater Manchester": the region, unless nothing else is named
            continue
        if _CUSTOMERS_BEFORE.search(text, max(0, match.start() - 60), match.start()):
            fallback.setdefault(city.name, city)  # "customers from Houston to Tallahassee": where the customers are,
            continue  # not the job, unless no other place is named ("visit customers across Leeds, Bradford and York")
        if _STREET_AFTER.match(text, match.end()) or re.search(r"\b\d{1,5}[ \t]+$", text[max(0, match.start() - 8):match.start()]) \
                and re.match(r"[ \t]+(?:St|Ave|Rd|Blvd|Dr|Ln)\b", text[match.end():match.end() + 8]):
            continue  # "near Richmond Row", "on Oxford Street", "1001 Preston St": a street named after the city
        longer = _LONGER_NAME_AND_COUNTRY.match(text, match.end())
        if longer and (named := find_countries(longer.group(1))) and city.country not in named:
            continue  # "Surat Thani, Thailand": another place whose name starts with the city's, in another country
        if _OTHER_PLACE_AFTER.match(text, match.end()) and city.name != "Hong Kong":
            continue  # "Victoria Island, Lagos": a district of another city, named after this one
        if _DISTANCE_BEFORE.search(text, max(0, match.start() - 40), match.start()):
            continue  # "25 minutes by train from London Paddington": a way there, not the place
        if city.name.lower() in _REGIONS_AFTER_A_CITY and found and list(found.values())[-1].country in ("AU", "NZ") \
                and re.search(r"[^\W\d_]{3},[ \t]*$", text[max(0, match.start() - 8):match.start()]):
            continue  # "Melbourne, Victoria", "Christchurch, Canterbury": the state or region of the city before
        longer = _LONGER_US_TOWN.match(text, match.end())
        if longer and longer.group(2) in US_STATES and not lowercase_text and city.country == "US" \
                and not _NOT_A_TOWN_WORD.search(longer.group(1)) and gazetteer.cities.get(
                    (spelling + longer.group(1)).lower()) is None \
                and gazetteer.cities.get(longer.group(1).strip().lower()) is None:  # (not "Dallas Fort Worth, TX")
            # another town whose name starts with the city's: "Annapolis Junction, MD", "New York Mills, MN"
            found.setdefault(spelling + longer.group(1), City(spelling + longer.group(1), "US"))
            continue
        region = _region_country(text, match.end(), city, lowercase_text)
        named = None if region else _country_after(text, match.end(), lowercase_text)
        if named and named != city.country and named in countries():
            region = named  # "Hamilton, New Zealand": a name that several countries' cities share
        if region:
            city = City(city.name, region)  # "London, ON" is in Canada, "Cambridge, MA" in the US
        elif city.ambiguous and not _fuller_name(spelling, city) and not (location_field and spelling[:1].isupper()) and \
                not _country_follows(text, match.end(), city, lowercase_text) and not _place_word_after(text, match.end()) and not _place_word_before(text, match.start()) \
                and not _place_line(text, match.start(), match.end()):
            continue
        found.setdefault(city.name, city)
    return list(found.values()) or list(fallback.values())


# One or two words that go on a city's name, then a US state's code: "Annapolis Junction, MD"
_LONGER_US_TOWN = re.compile(r"((?: [A-Z][a-z]+){1,2}),[ \t]*([A-Z]{2})\b(?![ \t]*[a-z])")
# ... not a district, an area, a site or a company: "San Francisco Bay Area, CA", "Boston Scientific, MA"
_NOT_A_TOWN_WORD = re.compile(r"\b(?:Area|Bay|Metro|Metropolitan|County|Region|Office|Campus|Headquarters|Downtown|"
                              r"Midtown|Uptown|Foothills|North|South|East|West|Northeast|Northwest|Southeast|Southwest|"
                              r"Street|Road|Avenue|Center|Centre|Park|Airport|Station|Scientific|Children|Medical|"
                              r"Hospital|University|College|Tech|Plaza|Square|Mall)\b")


def _fuller_name(spelling: str, city: City) -> bool:
    """A longer name of a city whose short name is also a word: "Washington, DC", "Halle (Saale)",
    "Kingston upon Hull" say which place they are."""
    return " " in spelling.strip() and " " not in city.name and spelling.lower() != city.name.lower()


# A region's name that ends in a city's: "British Columbia", "New South Wales", "Western Australia", "Northern Ireland",
# "Nuevo León"
_INSIDE_A_REGION = re.compile(r"\b(?:British|New South|Western|Northern|South|North|West|East|Lower|Upper)\s+"
                              r"(?:Columbia|Wales|Australia|Ireland|Carolina|Dakota|Virginia|Holland|Brabant|Jutland)$|"
                              r"\bNuevo\s+Le[óo]n$")
_CUSTOMERS_BEFORE = re.compile(r"\b(?:customers?|clients?|users?|retailers?|distributors?)\s+(?:from|across|in|like|"
                               r"including|such as)\s+(?:(?:[\w.'’-]+\s+){0,2}[\w.'’-]+(?:,?\s+(?:to|and|or)\s+|,\s+)){0,3}$", re.IGNORECASE)
_STREET_AFTER = re.compile(r"[ \t]+(?:street|st(?=[ \t]*(?:$|[,\"'\n]))|road|rd\.?|row|avenue|ave\.?|lane|boulevard|blvd\.?|drive|"
                           r"terrace|crescent|square)(?![\w-])", re.IGNORECASE)
_LONGER_NAME_AND_COUNTRY = re.compile(r"(?: [A-Z][\w'’-]+){1,2},[ \t]*([^,\n(·|]{2,40})")
_OTHER_PLACE_AFTER = re.compile(r"[ \t]+(?:Island|Islands|Peninsula),[ \t]*[A-Z]")  # (a district of the place after it)
_DISTANCE_BEFORE = re.compile(r"\b(?:minutes?|mins?|hours?|hrs?|km|miles?)\s+(?:by\s+(?:train|car|plane|bus|tube|rail)|"
                              r"drive|flight|train ride|away)\s+(?:from|of|to)\s+$", re.IGNORECASE)
# Regions with a city's name that follow a city: Australian states, New Zealand regions
_REGIONS_AFTER_A_CITY = {"victoria", "canterbury", "waikato", "otago", "southland", "queensland", "tasmania"}


_REGION_BEFORE = re.compile(r"\w,[ \t]*(?:Metro|Greater)[ \t]+$")
_ZONE_EXAMPLES = re.compile(r"(?:\b(?:GMT|UTC|CET|EET|[CEMP][SD]?T)\b[^()\n]{0,30}|\btime ?zones?\b[^()\n]{0,30}?)"
                            r"\((?:e\.\s?g\.?|for example|for instance|such as|like)[^()\n]*$", re.IGNORECASE)
_TIME_ZONE = re.compile(r"[ \t]+(?:standard[ \t]+|daylight[ \t]+)?(?:time\b|timezone|tz\b)", re.IGNORECASE)


_HAN_KANA = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")  # (kana are particles and endings: a boundary)
_HANGUL = re.compile(r"[\uac00-\ud7af]")
# What may stand right before a Chinese or Japanese place name ("在上海", "勤務地：東京", "地点北京") and after it
# ("東京都", "上海市", "台北市"); a Korean name's particles and suffixes ("서울시", "서울에서", "부산광역시")
_HAN_BEFORE = set("在于於至到、，：:（(·地点點场場") | {""}
_HAN_AFTER = set("市都府県区區省、，。）)·/ 工办辦总總") | {""}
_HANGUL_AFTER = set("시에의은는으로특광지역과와입이을를도까") | {""}


def _cjk_place(text: str, start: int, end: int) -> bool:
    """Whether a name in Chinese, Japanese or Korean script stands as a place, not inside another
    word: "在平台中负责" holds 台中 (Taichung), "부산물" (a by-product) 부산 (Busan)."""
    first = text[start]
    before, after = text[start - 1:start], text[end:end + 1]
    if _HAN_KANA.match(first):  # inside a word only with a character of another word on both sides
        return before in _HAN_BEFORE or not _HAN.match(before) or after in _HAN_AFTER or not _HAN.match(after)
    if _HANGUL.match(first):
        return not _HANGUL.match(before) and (after in _HANGUL_AFTER or not _HANGUL.match(after))
    return True


def _place_line(text: str, start: int, end: int) -> bool:
    """A line of a posting's header that is a place and nothing else, as a job site has it:
    'Rosario, Santa Fe', 'Reading, Berkshire, United Kingdom'; not a sign-off ('Charlotte, Acme
    Robotics') or a list ('Phoenix, Elixir, Ecto') further down."""
    if start > 1500 or text.count("\n", 0, start) > 15:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end, end + 200)
    after = _REGION_AFTER.fullmatch(text, end, min(len(text), end + 200) if line_end < 0 else line_end)
    return not text[line_start:start].strip(" \t-*•📍") and bool(after) and not SIGNATURE.search(after.group())


_REGION_AFTER = re.compile(r"(?:,[ \t]*[A-ZÀ-ÖØ-Þ][\w.'’-]+(?:[ \t][A-ZÀ-ÖØ-Þ][\w.'’-]+){0,2}){1,2}[ \t]*")
# ... not a signature ("Sofia, Talent Partner"), nor a company's name or a list of technologies
SIGNATURE = re.compile(r"\b(?:talent|recruit\w*|partner|manager|lead|head|team|hr|people|acquisition|\w*founder|ceo|cto|"
                        r"director|engineer\w*|developer|inc|ltd|gmbh|labs?|robotics|software|technolog\w*|systems|"
                        r"group)\b", re.IGNORECASE)


def _place_word_after(text: str, end: int) -> bool:
    """'Reading station', 'the Mobile area': what only a place has right after the name."""
    return bool(re.match(r"[ \t]+(?:station|airport|city cent(?:re|er)|town cent(?:re|er)|area|metro area|harbou?r)\b",
                         text[end:end + 20], re.IGNORECASE))


def _place_word_before(text: str, start: int) -> bool:
    """'office in Austin', 'based in Sofia', '11 Quiet Street, Bath': a place preposition or a street
    right before the name."""
    return bool(re.search(r"(?:\b(?:offices? in|studio in|based in|located in|headquartered in|hq in|relocat\w* to|"
                          r"standort|büro in|sitz in)|\b\d{4,5}|\b(?:street|road|avenue|lane|square)(?:,| in))\s+$",
                          text[max(0, start - 30):start], re.IGNORECASE))


US_STATES = {"AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY",
               "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH",
               "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY"}
_CA_PROVINCES = {"AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT"}
# Written out: the provinces and the states whose names follow a European city's name in North America
REGION_NAMES = {**dict.fromkeys(["Ontario", "Quebec", "Québec", "British Columbia", "Alberta", "Manitoba", "Nova Scotia",
                                  "New Brunswick", "Saskatchewan", "Newfoundland"], "CA"),
                 **dict.fromkeys(["Massachusetts", "Texas", "Ohio", "Kentucky", "Alabama", "Oregon", "Maine",
                                  "New Hampshire", "Connecticut", "Virginia", "Tennessee", "Pennsylvania", "Indiana",
                                  "Illinois", "Michigan", "Wisconsin", "Missouri", "New York", "New Jersey", "California",
                                  "Florida", "North Carolina", "South Carolina", "Vermont", "Delaware", "Maryland",
                                  "Arkansas", "Louisiana", "Mississippi", "Iowa", "Minnesota", "Colorado", "Washington"],
                                 "US")}
# England's counties, and Scotland's and Wales's most named areas: "Corsham, Wiltshire", "Farnborough, Hampshire"
UK_COUNTIES = frozenset([
    "Bedfordshire", "Berkshire", "Buckinghamshire", "Cambridgeshire", "Cheshire", "Cornwall", "County Durham", "Cumbria",
    "Derbyshire", "Devon", "Dorset", "East Sussex", "West Sussex", "Essex", "Gloucestershire", "Hampshire",
    "Herefordshire", "Hertfordshire", "Isle of Wight", "Kent", "Lancashire", "Leicestershire", "Lincolnshire",
    "Merseyside", "Norfolk", "Northamptonshire", "Northumberland", "Nottinghamshire", "Oxfordshire", "Rutland",
    "Shropshire", "Somerset", "Staffordshire", "Suffolk", "Surrey", "Tyne and Wear", "Warwickshire", "West Midlands",
    "Wiltshire", "Worcestershire", "North Yorkshire", "South Yorkshire", "West Yorkshire", "East Yorkshire",
    "East Riding of Yorkshire", "Aberdeenshire", "Fife", "Lanarkshire", "Midlothian", "West Lothian", "Perthshire",
    "Ayrshire", "Glamorgan", "Gwynedd", "Powys", "Pembrokeshire", "Carmarthenshire", "Flintshire"])


# Where a two-letter code after a city is the city's own region ("Perth, WA", "Milano, MI", "Recife, PE",
# "Chennai, TN", "Neuchâtel, NE"), or its country's ("Berlin, DE"), not a US state or Canadian province
_OWN_REGION_CODES = {"AU", "BR", "IT", "IN", "MX", "CH", "AR", "ES"}


def _region_country(text: str, end: int, city: City, any_case: bool = False) -> str | None:
    """'London, ON', 'Cambridge, MA': a US state's or Canadian province's code after the name of a
    city elsewhere says the city is in North America (any_case: on a page without capitals,
    'london, ontario (...)' and 'hamilton, on l8r 2l3', the code ending the place)."""
    if any_case:
        after = text[end:end + 60]
        code = re.match(r",\s*([a-z]{2})[ \t]*(?=$|\n|[·|•()]|[a-z]\d[a-z]\b|\d{5}\b|(?:or|and|&)\s)", after)
        named = re.match(r",\s*[a-z]+(?: [a-z]+)?", after)
        after = after.replace(code.group(1), code.group(1).upper(), 1) if code else \
            after[:named.end()].title() + after[named.end():] if named else after
        text, end = after, 0
    # "London, Ontario, Canada", but not "Offices: London, New York, Berlin": the name ends the place
    # ("Dublin, Ohio Metro Area (Hybrid)" as LinkedIn writes it); New York, a state and the city people
    # mean, only with the country after it ("London, New York (Hybrid)" is two cities)
    # ... or goes on in prose ("London, Ontario with a second office"), but for the states that are also cities
    named = re.match(r",\s*([A-Z][a-z]+(?: (?!Metro|Area)[A-Z][a-z]+)?)(?: Metro(?:politan)? Area| Area)?\s*"
                     r"(?P<end>$|\n|[()·|•:;.]|,\s*(?:Canada|USA|US|United States)\b|(?P<prose>,?\s*(?!and\b|or\b)[a-z]))", text[end:end + 60])
    if named and named.group(1) in REGION_NAMES and city.country not in _OWN_REGION_CODES \
            and (named.group(1) not in ("New York", "Washington")
                 or named.group("end").startswith(",") and not named.group("prose")
                 or named.group(1) == "Washington" and not named.group("prose")):
        return REGION_NAMES[named.group(1)]
    match = re.match(r",\s*([A-Z]{2})(?![\w-])", text[end:end + 6])
    if not match or match.group(1) == city.country or city.country in _OWN_REGION_CODES:
        return None
    return "US" if match.group(1) in US_STATES else "CA" if match.group(1) in _CA_PROVINCES else None


def _country_follows(text: str, end: int, city: City, any_case: bool = False) -> bool:
    """'Reading, UK' or 'Nice (France)': the city's own country right after it (any_case: on a page
    without capitals, 'bath, uk')."""
    return _country_after(text, end, any_case) == city.country


def _country_after(text: str, end: int, any_case: bool = False) -> str | None:
    """The country named right after a place: 'Hamilton, New Zealand', 'Nice (France)'."""
    after = re.match(r"\s*[,(/-]\s*", text[end: end + 4])
    if not after:
        return None
    if any_case:  # (not a word: "mobile - us team", "web and mobile, us included")
        match = _country_pattern_any_case().match(text, end + after.end())
        return _country_names_lower().get(match.group().lower()) if match and \
            match.group().lower() not in _WORD_CODES else None
    match = _country_pattern().match(text, end + after.end())
    return country_names()[match.group()] if match and match.group() not in ("US", "IN") or \
        match and re.match(r"\s*[,(]\s*$", text[end:match.start()]) else None


_WORD_CODES = {"us", "in", "it", "de", "es", "at", "be", "no", "me", "ma", "pa", "co", "or", "id", "is", "to", "so", "am", "as"}


@lru_cache(maxsize=1)
def _country_pattern_any_case() -> re.Pattern:
    return re.compile(_country_pattern().pattern, re.IGNORECASE)


@lru_cache(maxsize=1)
def _country_names_lower() -> dict[str, str]:
    return {name.lower(): code for name, code in country_names().items()}


def restore_lost_letters(text: str, gazetteer: Gazetteer) -> str:
    """Place names whose letters outside ASCII a file lost to "?" written whole again ("Z?rich" ->
    "Zürich", "M?xico" -> "México", "S?o Paulo" -> "São Paulo"): each "?" stands for one such letter,
    and a spelling is restored only when one name alone fits it."""
    if not _LOST_LETTER.search(text):
        return text
    pattern, names = _lost_letter_names(gazetteer)
    return pattern.sub(lambda match: _restored(match.group(), names[match.group().lower()]), text)


# A letter lost inside a word or at its start ("Z?rich", "?rebro"), not a question's mark ("why?") or a URL's ("job?id=3")
_LOST_LETTER = re.compile(r"(?:[^\W\d_]|(?<!\S))\?[^\W\d_]")


@lru_cache(maxsize=4)
def _lost_letter_names(gazetteer: Gazetteer) -> tuple[re.Pattern, dict[str, str]]:
    """A pattern of every city and country name outside ASCII as a file that lost those letters writes it, and
    {that spelling (lower case): the name}, for the spellings only one name has."""
    fits: dict[str, dict[str, str]] = {}  # spelling that lost letters -> {the city or country: its name}
    places = [(name, f"city:{city.name}") for name, city in gazetteer.cities.items()]
    places.sort(key=lambda row: (row[0] != row[1][5:].lower(), row[0]))  # its own name first
    for name, place in places + [(name, f"country:{code}") for name, code in _country_names_lower().items()]:
        name = name.replace("i\u0307", "İ")  # (Turkish "İzmir" lower-cased is "i" and a combining dot)
        lost = "".join(c if c.isascii() else "?" for c in name)
        if lost != name and sum(c.isalpha() for c in lost) >= 3 and len(lost) == len(name):
            fits.setdefault(lost, {}).setdefault(place, name)  # "Timișoara" or "Timişoara": either
    names = {lost: next(iter(found.values())) for lost, found in fits.items() if len(found) == 1}
    return re.compile(rf"(?<![\w?])(?:{trie_pattern(list(names), space=' ')})(?![\w?])", re.IGNORECASE), names


def _restored(written: str, name: str) -> str:
    """written with each "?" replaced by name's letter, a capital at the start of a word or among capitals."""
    letters = list(written)
    for i, char in enumerate(written):
        if char == "?":
            before, after = written[i - 1:i], written[i + 1:i + 2]
            capital = not before.strip() or before.isupper() and (not after.isalpha() or after.isupper())
            letters[i] = name[i].upper() if capital else name[i]
    return "".join(letters)


def find_countries(text: str) -> list[str]:
    """ISO codes of the countries named in text ("Germany", "Deutschland", "UK"), in order."""
    codes: dict[str, None] = {}
    for match in _country_pattern().finditer(text):
        name = match.group()
        if name in ("US", "IN") and not re.search(r"\(US\b|,\s*US\b|\bUS[- ]based|remote[^.\n]{0,10}US", text):
            continue  # the pronoun "us"/"in" written in capitals is too common
        if re.search(r"\bNew (?:South )?$", text[max(0, match.start() - 10):match.start()]) \
                or name == "Jersey" and text.startswith(" City", match.end()) \
                or name == "Georgia" and re.match(r",?\s*(?:USA|US|U\.S\.|United States)\b", text[match.end():match.end() + 20]):
            continue  # "New Jersey", "New Mexico", "New South Wales", "Jersey City", "Georgia, USA": a state or a city
        if name == "America" and re.search(r"(?:latin|south|central|north|pan)[ -]$", text[max(0, match.start() - 8):match.start()],
                                           re.IGNORECASE):
            continue  # "Anywhere in Latin America": a region
        codes.setdefault(country_names()[name])
    return list(codes)


@lru_cache(maxsize=2)
def city_names(unambiguous: bool = False) -> frozenset[str]:
    """Every spelling of a shipped city; with unambiguous, not those that are also words (Mobile, Reading)."""
    return frozenset(name for name, city in city_list().items() if not (unambiguous and city.ambiguous))


@lru_cache(maxsize=1)
def region_or_country_names() -> frozenset[str]:
    return frozenset(n.lower() for n in [*REGION_NAMES, *country_names()]) | {"eu", "emea", "europe", "apac", "latam",
                                                                                "nordics", "baltics", "balkans"}
