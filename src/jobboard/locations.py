"""Find where the job is: its cities and country, from a location field when there is one, else from the text, and
the country a remote job's applicants must live in."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .companies import ORDINARY
from .conditions import mode_of_field
from .jobwords import has_job_noun
from .names import LEGAL
from .places import (SIGNATURE, UK_COUNTIES, US_STATES, Gazetteer, city_names, find_cities, find_countries, job_cities,
                     region_or_country_names, workplace_cities)
from .structure import is_lowercase
from .titles import TERMS, place_with_terms
from .vocab import City


def find_places(stated: dict[str, Any], labelled: dict[str, list[str]], sections: dict[str, str], text: str,
                gazetteer: Gazetteer) -> tuple[list[City], str | None]:
    """Cities (from a location field when there is one, else from the text) and the country code."""
    text = _LOCAL_TIME.sub("", text)  # a gig client's clock is no place of the job: "Tampa 11:42 AM"
    stated, stated_places, own_remote = _stated_places(stated, labelled, sections, text, gazetteer)
    labelled_places = labelled.get("location", [])
    fields = stated_places + labelled_places + _pipe_places(stated, gazetteer)
    fields += location_sections(sections)
    field_text = "\n".join(_without_trips(field, gazetteer) for field in fields)
    head_office = _remote_teams_head_office(field_text)
    if head_office is not None:  # "Remote within the EU. Our HQ is in Munich, but ...": not a remote team's place
        field_text = head_office
    cities = find_cities(field_text, gazetteer, location_field=True) if field_text else []
    if cities and re.search(r"\w \(", text):  # a field's bare "Frankfurt" that the page calls "Frankfurt (Oder)"
        fuller = {c.name.split(" (")[0]: c for c in find_cities(text, gazetteer) if " (" in c.name}
        cities = [fuller[c.name] if c.name in fuller and _mostly_fuller(c.name, fuller[c.name].name, text) else c
                  for c in cities]
    cities = _with_stated_towns(cities, stated, stated_places, gazetteer, own_remote is None, text)
    cities = _with_towns_of_sites(cities, field_text, gazetteer)
    if not cities and head_office is not None:  # ... nor is it named anywhere else
        # (a trip's country stays: "Remote – occasional travel to Berlin, Germany"; not a head office's: "Company HQ:
        # Dubai, UAE")
        unseated = [line for field in fields for line in field.split("\n") if not _COMPANY_SEAT.search(line)]
        named = find_countries(field_text) or find_countries("\n".join(unseated))
        return [], named[0] if len(named) == 1 else None
    if not cities and _AT_SEA.search(field_text):
        return [], None  # "Location: Shipboard": no city, and no country of the ship's home port
    cities = cities or _cities_elsewhere(field_text, stated, text, gazetteer, own_remote)
    return _with_country(cities[:6], stated, field_text, text)


# A job at sea or offshore, as a location field says it
_AT_SEA = re.compile(r"^\W*(?:shipboard|on ?board|at sea|aboard|offshore|on (?:the |our )?(?:ships?|vessels?))\b", re.IGNORECASE | re.MULTILINE)


def _with_stated_towns(cities: list[City], stated: dict[str, Any], stated_places: list[str],
                       gazetteer: Gazetteer, alone: bool, text: str) -> list[City]:
    """cities with the towns of a JobPosting's addresses the gazetteer lacks ("Oro Valley" and "Marana" beside
    "Tucson" for a pharmacist covering a district's stores), in the same country, while its places are the job's;
    alone, the towns when the location fields name no city the gazetteer knows ("Azambuja" in "Lisboa", its
    district: not Lisbon, which only the page's "Azambuja, Lisboa, Portugal" names) and the text names them too
    (not a JobPosting's "Virtual" or "Bayern")."""
    towns = (stated.get("towns") or [])[:6]
    if not cities and alone:
        towns = [(name, country) for name, country in towns if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text[:100_000])]
    if not stated_places or not (cities or alone and towns) or len({country for _, country in towns} |
                                                                   {city.country for city in cities[:1]}) != 1:
        return cities
    known = _squeezed_names(gazetteer)
    for name, country in towns:
        bare = re.sub(r"[\s-]", "", name.lower())
        if bare not in known and re.fullmatch(r"[A-ZÀ-Ý][\w'’.]+(?: [A-Z][\w'’.]+){0,2}", name) \
                and not _NOT_A_TOWN.search(name) and not any(city.name.lower() in name.lower() for city in cities):
            cities = [*cities, City(name, country)]  # (not "Georgetown" for "George Town", nor "Stuttgart-Vaihingen")
    return cities


# A town after a site's name in a location field: "Horton General Hospital, Banbury (2 days a week)"
_TOWN_OF_A_SITE = re.compile(r"\b(?:Hospital|Infirmary|Campus|Site|Centre|Center|Institute|Building|House|Park|Laboratory|"
                             r"Laboratories|Station|Clinic)\s*,\s*([A-Z][a-z'’]+(?:[- ][A-Z][a-z'’]+)?)"
                             r"(?=\s*(?:[,(;.]|$|\s(?:and|or|&)\b))", re.MULTILINE)


# A town before an Australian state's code, first or after a comma or "or": "Aspendale, VIC or Hobart, TAS"
_TOWN_IN_A_STATE = re.compile(r"(?:^|[,:;]\s*|\s(?i:or|and|oder|ou|o)\s+)([A-Z][a-z'’]+(?:[- ][A-Z][a-z'’]+){0,2}),\s*"
                              r"(?i:vic|nsw|qld|tas|act)\b", re.MULTILINE)


def _with_towns_of_sites(cities: list[City], field_text: str, gazetteer: Gazetteer) -> list[City]:
    """cities with the towns the gazetteer lacks that a location field names after a site or before an Australian
    state's code, in the country of the cities it knows: "Churchill Hospital, Oxford … and the Horton General
    Hospital, Banbury", "aspendale, vic or hobart, tas"."""
    if not cities or len({c.country for c in cities}) != 1:
        return cities
    known = _squeezed_names(gazetteer)
    field_text = _capitalised(field_text[:5000]) if is_lowercase(field_text) else field_text[:5000]
    # (not a district before its city, perhaps after a remark: "Old Road Campus, Headington, Oxford OX3 7LF",
    # "Somerset House, Strand (London)", "Manyata Tech Park, Nagavara (near Hebbal), Bengaluru")
    towns = [m.group(1) for m in itertools.islice(_TOWN_OF_A_SITE.finditer(field_text), 6)
             if not any(re.sub(r"[\s-]", "", " ".join(after.split()[:words]).lower()) in known for words in (1, 2)
                        for after in re.findall(r"^\s*(?:\((?=[A-Z][^()]*\))|(?:\([^()]{0,40}\)\s*)?,\s*)"
                                                r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)", field_text[m.end():m.end() + 80]))]
    if cities[0].country == "AU":  # ... or before an Australian state's code (not WA, SA or NT, which are words and
        # other codes too): "Aspendale, VIC or Hobart, TAS"; not a city's part or a region ("Sydney CBD", "Hunter Valley")
        towns += [m.group(1) for m in itertools.islice(_TOWN_IN_A_STATE.finditer(field_text), 6)
                  if not any(word.lower() in known for word in m.group(1).split())
                  and not re.search(r"\b(?:cbd|valley|coast|region|inner|western|eastern|northern|southern|greater|metro)\b",
                                    m.group(1), re.IGNORECASE)]
    for town in towns:
        if re.sub(r"[\s-]", "", town.lower()) not in known and town.lower() not in ORDINARY \
                and not _NOT_A_TOWN.search(town) and town.lower() not in region_or_country_names() \
                and all(city.name != town for city in cities):
            cities = [*cities, City(town, cities[0].country)]
    return cities


@lru_cache(maxsize=4)
def _squeezed_names(gazetteer: Gazetteer) -> frozenset[str]:
    """Every spelling the gazetteer knows, without spaces and hyphens ("georgetown" for "George Town")."""
    return frozenset(re.sub(r"[\s-]", "", spelling) for spelling in gazetteer.cities)


def _stated_places(stated: dict[str, Any], labelled: dict[str, list[str]], sections: dict[str, str], text: str,
                   gazetteer: Gazetteer) -> tuple[dict[str, Any], list[str], RemoteField | None]:
    """The page's stated fields and places, without a JobPosting's city that the page's own field or line contradicts
    or that the text calls only the head office of a remote team; and the page's own remote field."""
    stated_places, labelled_places = _as_list(stated.get("location")), labelled.get("location", [])
    fields_of_this_job = [p for p in labelled_places if len(p.split()) <= 8 and not re.search(
        r"\bhq\b|headquarter|head office|customers?|clients?|travel", p, re.IGNORECASE)]
    stated_cities, labelled_cities = ({c.name for c in find_cities("\n".join(places), gazetteer, True)} if places else set()
                                      for places in (stated_places, fields_of_this_job))
    if stated_cities and labelled_cities and not stated_cities & labelled_cities:
        # a careers page's own field over its JSON-LD, which may give the head office: "locations: Dublin, OH"
        # on a page whose JobPosting says Columbus
        stated_places = [p for p in stated_places if not find_cities(p, gazetteer, True)]
    elif stated_cities and not labelled_cities:
        # ... or its own line of places under the title: "Amsterdam, Netherlands or London, United Kingdom (Hybrid)"
        # under a JobPosting that says San Francisco, when the text puts the job there too ("be based in our Amsterdam
        # or London office") or never names the JobPosting's city (not a breadcrumb's "Jobs in London", a menu of
        # cities, or a byline's head office beside "Join our team in Austin")
        page_lines = [line for line in place_lines(text, gazetteer)
                      if not re.search(r"[›»>]|\bjobs? in\b", line, re.IGNORECASE)]
        page_cities = {c.name for c in find_cities("\n".join(page_lines), gazetteer, True)}
        one_line = bool(page_cities) and len(page_cities) <= 2 and len(page_lines) == 1
        other_places = one_line and not stated_cities & page_cities and (
            page_cities & workplace_cities(text, gazetteer)
            or not any(re.search(rf"\b{re.escape(c)}\b", text[:100_000]) for c in stated_cities))
        # ... or more of them, where the text puts the job too: "Ottawa (Ontario) and Winnipeg (Manitoba)" under
        # LinkedIn's "Ottawa, ON", which shows a job's first place only
        more_places = one_line and stated_cities < page_cities and \
            page_cities - stated_cities <= workplace_cities(text, gazetteer)
        if other_places or more_places:
            stated_places = [p for p in stated_places if not find_cities(p, gazetteer, True)] + page_lines
            named = find_countries("\n".join(page_lines))
            stated = {**stated, "country": named[0] if len(named) == 1 else None}
    top = [line for line in (line.strip(" *_-•") for line in text.split("\n")[:12])  # (not a "## Remote" heading)
           if re.match(r"(?:fully\s+|100\s?%\s+)?remote\b[^.!?\n]{0,40}$", line, re.IGNORECASE)]  # "Remote - United States"
    own_remote = _remote_without_a_city([*labelled_places, *location_sections(sections), stated.get("byline") or "", *top],
                                        gazetteer)
    if stated_cities and own_remote is not None and all(_only_as_head_office(city, text) for city in stated_cities):
        # a JobPosting's head office under a page that says "Remote - United States", "Remote (Worldwide)", and
        # calls that city only where the company is ("Our headquarters is in Denver, but this role is fully remote")
        if own_remote.country or own_remote.anywhere:
            stated = {**stated, "country": own_remote.country}
        stated_places = [p for p in stated_places if not find_cities(p, gazetteer, True)]
    return stated, stated_places, own_remote


def _cities_elsewhere(field_text: str, stated: dict[str, Any], text: str, gazetteer: Gazetteer,
                      own_remote: RemoteField | None) -> list[City]:
    """The cities when no location field names one: a town in an address, a byline's, a line of places, the text's."""
    # a town the gazetteer lacks: "..., Oxford Road, Banbury, OX16 9AL"
    cities = _town_in_address(field_text) if field_text else []
    if not cities and stated.get("byline"):
        cities = find_cities(stated["byline"], gazetteer)  # "Paris 10e · CDI · Hybride" under the title
    if not cities:
        cities = find_cities("\n".join(place_lines(text, gazetteer)), gazetteer, location_field=True)
    if not cities:
        # (on a remote job's page, only where the text puts this job's workplace, not its head office)
        cities = job_cities(text, gazetteer, at_work_only=own_remote is not None)
        if own_remote is not None:
            cities = [c for c in cities if not _only_as_head_office(c.name, text)]
    return cities


def _with_country(cities: list[City], stated: dict[str, Any], field_text: str, text: str) -> tuple[list[City], str | None]:
    """The cities and the country: stated, named in the fields, the first city's, or where applicants must live."""
    country = stated.get("country") if isinstance(stated.get("country"), str) and len(stated["country"]) == 2 \
        else None
    countries = find_countries(field_text)
    if not country and len({c.country for c in cities[:6]}) > 1 and len(countries) != 1:
        return cities, None  # "Amsterdam or Berlin", "Amsterdam, Netherlands or London, United Kingdom": no one country
    if not country and countries:
        country = countries[0]
    if not country and cities:
        country = cities[0].country
    country = country or applicants_country(text)
    return cities, country.upper() if country else None


_LOCAL_TIME = re.compile(r"^[ \t]*(?:[-*•][ \t]+)?[A-Z][\w .'-]{1,30}[ \t]+\d{1,2}:\d{2}(?:[ \t]?[AaPp]\.?[Mm]\.?)?[ \t]*$", re.MULTILINE)


# Where a job's holder travels from its base, after it in a location field: "Dublin 2, with regular travel to our
# offices in Cork, Galway and Belfast", "London – occasional visits to our hubs in Leeds and Bristol", "Lyon (69) –
# déplacements réguliers sur les sites de Villefranche et Saint-Étienne"
_TRIP = re.compile(r"[,;–—(-]\s*(?:with\s+|and\s+|plus\s+)?(?:(?:regular|occasional|frequent|some|monthly|weekly|quarterly|"
                   r"regelmäßige|gelegentliche|fréquents|réguliers|ponctuels)\s+)?(?:travel|trips?|visits?|déplacements?|"
                   r"reisen|reisetätigkeit|dienstreisen|viajes)\b", re.IGNORECASE)


def _without_trips(field: str, gazetteer: Gazetteer) -> str:
    """A location field without where its holder travels, each line cut there when it names a city before."""
    lines = []
    for line in field.split("\n"):
        trip = _TRIP.search(line[:2000])
        lines.append(line[:trip.start()] if trip and find_cities(line[:trip.start()], gazetteer, True) else line)
    return "\n".join(lines)


def _remote_without_a_city(fields: list[str], gazetteer: Gazetteer) -> RemoteField | None:
    """The page's own location fields, when one says the job is remote and none names a city ("Remote -
    United States", "Remote (Worldwide)"); not "Remote work is not possible" or "Remote: up to 2 days a week"."""
    fields = [f for f in fields if f.strip()]
    if any(_NO_REMOTE.match(f) or _REMOTE_AS_OPTION.search(f) for f in fields):
        return None  # "Remote: No", "Remote work: not possible", "Remote options available", "Remote-friendly"
    modes = ["remote" if re.fullmatch(r"\W*(?:worldwide|anywhere|global)\W*", f, re.IGNORECASE) else mode_of_field(f)
             for f in fields]
    if "remote" not in modes or "onsite" in modes or "hybrid" in modes or any(find_cities(f, gazetteer, True) for f in fields):
        return None
    said = "\n".join(fields)
    return RemoteField((find_countries(said) or [None])[0], bool(_ANYWHERE.search(said)))


@dataclass(frozen=True)
class RemoteField:
    """What a remote job's own location field says of its country: one named, or anywhere in the world."""
    country: str | None
    anywhere: bool


_NO_REMOTE = re.compile(r"\W*remote(?: work(?:ing)?)?\s*[:?–-]\s*(?:(?:no|none|nein|non|not)\b|n/a)", re.IGNORECASE)
_REMOTE_AS_OPTION = re.compile(r"\bremote[- ](?:options?|possible|friendly|available|flexib\w*|partial\w*|days?)\b|"
                               r"\b(?:partial(?:ly)?|partly|some|occasional)\s+remote\b", re.IGNORECASE)
_ANYWHERE = re.compile(r"\b(?:worldwide|anywhere|global(?:ly)?|world)\b", re.IGNORECASE)


def _only_as_head_office(city: str, text: str) -> bool:
    """Whether the text names the city, and only as where the company is ("Our headquarters is in Denver",
    "The Foundation is registered in Zug"), not where anyone works ("registered in Munich, where our whole
    team works from the Schwabing office")."""
    named = False
    for match in itertools.islice(re.finditer(rf"\b{re.escape(city)}\b", text[:100_000]), 20):
        start = max(text.rfind(mark, max(0, match.start() - 300), match.start()) for mark in ".;:,\n") + 1
        end = _CLAUSE_END.search(text, match.end(), match.end() + 300)
        end = end.start() if end else match.end() + 300
        where = re.match(r",\s*where\b[^.;\n]{0,200}", text[end:end + 210])  # "..., where our whole team works"
        clause = text[start:end] + (where.group() if where else "")
        if not _COMPANY_SEAT.search(text[start:end]) or _WORKS_THERE.search(clause):
            return False
        named = True
    return named


# Where a company is, not where its jobs are
_COMPANY_SEAT = re.compile(r"\b(?:hq|headquarter(?:s|ed)|head office|registered|incorporated|founded)\b", re.IGNORECASE)
# ... unless the same sentence puts work there
_WORKS_THERE = re.compile(r"\bwork(?:s|ing)? (?:from|at|in) (?:the|our)\b|(?<!head )\boffices?\b|\bdays? a week\b|\bhybrid\b|"
                          r"\bon-?site\b", re.IGNORECASE)


def _mostly_fuller(bare: str, fuller: str, text: str) -> bool:
    """Whether the page names the fuller city ("Frankfurt (Oder)") at least twice and more often than
    the bare name in any other form ("Frankfurt am Main")."""
    full = len(re.findall(re.escape(fuller), text[:100_000]))
    return full >= 2 and full > len(re.findall(rf"\b{re.escape(bare)}\b", text[:100_000])) - full


def _town_in_address(field: str) -> list[City]:
    """The town of a location field's address when the gazetteer lacks it: the name before a British
    postcode ("Horton General Hospital, Oxford Road, Banbury, OX16 9AL"), not a street, a site or a
    placeholder ("Head Office, OX16 9AL", "Little France Crescent, EH16 4SA"), or before an American ZIP code."""
    for line in field.split("\n")[:10]:
        line = line[:300]
        postcode = re.search(rf"(?:^|,\s*)({_TOWN}),\s*[A-Z]{{1,2}}\d[A-Z\d]?\s*\d[A-Z]{{2}}\b", line)
        if postcode and _a_town(postcode.group(1)):
            return [City(postcode.group(1), "GB")]
        # ... or an American state's code and ZIP code: "Joliet, IL 60436"
        zip_code = re.search(rf"(?:^|,\s*)({_TOWN}),\s*([A-Z]{{2}})\s+\d{{5}}(?:-\d{{4}})?\b", line)
        if zip_code and zip_code.group(2) in US_STATES and _a_town(zip_code.group(1)):
            return [City(zip_code.group(1), "US")]
        # ... or a state's or province's code ending the field: "Kittatinny Valley Regional High School - Newton, NJ",
        # "Fort McMurray, AB" (not WA, which is Western Australia's too)
        state = re.search(rf"(?:^|[,:]\s*|\s[-–—|]\s+)({_TOWN}),\s*([A-Z]{{2}})\s*(?:$|[(·|•.])", line)
        if state and (state.group(2) in US_STATES or state.group(2) in _CA_PROVINCES) and state.group(2) != "WA" \
                and _a_town(state.group(1), region_too=True):
            return [City(state.group(1), "CA" if state.group(2) in _CA_PROVINCES else "US")]
        # ... or a country, perhaps after a region: "Musanze, Northern Province, Rwanda (on-site)", "Forlì, Italy"
        named_country = re.search(rf"(?:^|[,:]\s*)({_TOWN}),\s*(?:([^,\n]{{2,40}}),\s*)?([A-Z][\w'’ -]{{2,40}}?)\s*"
                                  r"(?:\(|$|[·|•])", line)
        if named_country and _a_town(named_country.group(1), region_too=True) \
                and not re.search(rf"\s(?:{LEGAL})$", named_country.group(1)) \
                and len(countries := find_countries(named_country.group(3))) == 1:
            return [City(named_country.group(1), countries[0])]
        # ... or a British county: "Corsham, Wiltshire (hybrid)", "corsham, wiltshire" on a page without capitals
        named = _capitalised(line) if is_lowercase(line) else line
        county = re.search(rf"(?:^|[,:]\s*)({_TOWN}),\s*([A-Z][a-z]+(?: (?:[A-Z][a-z]+|and|of))*)", named)
        if county and _county(county.group(2)) and _a_town(county.group(1)) and not _COMPASS.fullmatch(county.group(1)):
            return [City(county.group(1), "GB")]
    return []


# A town's name of one to three words, with an accented, a Scottish or an Irish capital: "Forlì", "Fort McMurray",
# "Stoke-on-Trent", "King's Lynn"
_TOWN = r"(?:Ma?c|O['’])?[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+(?:-[A-Za-zß-öø-ÿ'’]+)*(?:[- ](?:Ma?c)?[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+){0,2}"


def _a_town(name: str, region_too: bool = False) -> bool:
    """Whether a name before a postcode, a state or a country may be a town: not a street, a site, a placeholder,
    or a word ("Head Office", "Statewide", "Présentiel"); with region_too, where no postcode says it is one, nor a
    region ("Bay Area", "Northern Virginia", "Région Parisienne", "Northern Province"; not "Southern Pines, NC 28387")."""
    return not _NOT_A_TOWN.search(name) and name.lower() not in ORDINARY \
        and name.lower() not in region_or_country_names() and not (region_too and _REGION_LIKE.fullmatch(name))


# A region's name, not a town's: "Bay Area", "Greater Boston", "Northern Virginia", "Twin Cities", "Inland Empire"
_REGION_LIKE = re.compile(r"(?:Greater|Northern|Southern|Eastern|Western|Upstate|Downstate|Inland|Twin|Research|Tri-State)"
                          r" .+|.+ (?:Area|Region|Province|State|County|District|Metro|Metropolitan|Cities|Triangle)|"
                          r"Silicon Valley|Downtown|Midtown|Uptown|R[ée]gion .+|Regi[óo]ne? .+")


# Canada's provinces and territories by their codes (none is also a US state's)
_CA_PROVINCES = {"AB", "BC", "MB", "NB", "NL", "NS", "ON", "PE", "QC", "SK", "NT", "NU", "YT"}
# A region by its compass point: "South West, Somerset"
_COMPASS = re.compile(r"(?:North|South|East|West|Central)(?:[- ](?:North|South|East|West))?")


def _capitalised(text: str) -> str:
    """Words of a page without capitals as a place's name writes them: "king's lynn" -> "King's Lynn"."""
    return re.sub(r"(?<![\w'’])[^\W\d_]", lambda m: m.group().upper(), text)


def _county(words: str) -> bool:
    """Whether a British county's name starts these words: "Wiltshire (Hybrid" gives "Wiltshire"."""
    return any(words == name or words.startswith(name + " ") for name in UK_COUNTIES)


# Words of a street, a site or a placeholder, not of a town
_NOT_A_TOWN = re.compile(r"\b(?:Road|Street|Avenue|Lane|Way|Drive|Place|Square|Crescent|Close|Grove|Mews|Terrace|Row|Hill|"
                         r"Walk|Court|Gardens|Quay|Wharf|Park|Hospital|House|Building|Centre|Center|Infirmary|Head|Office|"
                         r"Main|Site|Trust|Headquarters|Services|Community|Multiple|Locations?|Hybrid|Remote|Various|"
                         r"Campus|Unit|Floor|Suite|Mall|Plaza|Outlets?|Shopping|Airport|Terminal|Countywide|Nationwide|"
                         r"Flexible|Homeworking|Home|Field|Anywhere|"
                         # a mode or a placeholder: "Telework, VA", "Présentiel, France", "Büro, Deutschland", "TBD, US"
                         r"Statewide|Telework|Virtual|Online|Distributed|TBD|Présentiel|Presencial|Büro|Überall|"
                         r"Flexível|Distância|Télétravail|Teletrabajo|Remoto|Híbrido|Homeoffice|"
                         # German and Austrian states, which a JobPosting may give as its locality
                         r"Bayern|Baden-Württemberg|Hessen|Niedersachsen|Nordrhein-Westfalen|Sachsen|Sachsen-Anhalt|"
                         r"Thüringen|Schleswig-Holstein|Rheinland-Pfalz|Saarland|Mecklenburg-Vorpommern|Tirol|Steiermark|"
                         r"Kärnten|Vorarlberg|Niederösterreich|Oberösterreich)\b")


def _remote_teams_head_office(field: str) -> str | None:
    """A location field of a remote job without the sentences about its head office ("Remote within
    the EU. Our HQ is in Munich, but nobody on the team lives there.") or its meetings now and then ("We meet
    in person once a quarter in Lagos"); None when the field is not one: no head office, or a job that may
    also be done there ("Berlin HQ or remote in Germany", "Munich HQ (no remote)", "Hybrid at our London HQ",
    "the team meets in person in Amsterdam every Tuesday")."""
    if not _HEAD_OFFICE.search(field) or not re.search(r"\bremote\b", field, re.IGNORECASE) or \
            re.search(r"\b(?:no|not|non)[ -](?:fully[ -])?remote\b|hybrid|on-?site|\bor\b|\boder\b|\bou\b", field, re.IGNORECASE):
        return None
    kept, at = [], 0
    for match in _HEAD_OFFICE.finditer(field):
        if match.start() < at:
            continue
        start = max(field.rfind(mark, at, match.start()) for mark in ".;\n,–—") + 1
        # (a head office's clause; a meeting's whole sentence: "... in Lagos (Yaba) — flights covered from outside Lagos.")
        head_office = re.match(r"h", match.group(), re.IGNORECASE)
        end = (_CLAUSE_END if head_office else _SENTENCE_END).search(field, match.end())
        country = re.match(r",[ \t]*[A-Z][\w .]{0,30}?(?=[ \t]*(?:$|[.;\n]))", field[end.start():]) if head_office and end else None
        if country:  # ... with its country: "Company HQ: Dubai, UAE"
            end = _SENTENCE_END.search(field, end.start() + country.end())
        if not head_office and not _NOW_AND_THEN.search(field, start, end.start() if end else len(field)):
            continue  # "the team meets in person in Amsterdam every Tuesday": the job's place
        kept.append(field[at:max(start, at)])
        at = end.start() if end else len(field)
    return "".join(kept) + field[at:] if kept else None


_CLAUSE_END, _SENTENCE_END = re.compile(r"[.;\n,–—]"), re.compile(r"[.;\n]")
# A meeting now and then, not every week
_NOW_AND_THEN = re.compile(r"\b(?:once|twice|two|three|four|[1-4]) (?:times )?(?:a|per|each|every) (?:quarter|year|month)|"
                           r"\bquarterly\b|\bannual(?:ly)?\b|\byearly\b|\bevery (?:few|six|three) months\b|"
                           r"\boff-?sites?\b|\bretreats?\b|\bmeet-?ups?\b|\bkick-?off\b|\boccasional(?:ly)?\b",
                           re.IGNORECASE)


# A head office, or where a remote team meets or travels: "We meet in person once a quarter in Lagos", "No travel
# required apart from an optional kick-off week in Zürich"
_HEAD_OFFICE = re.compile(r"\b(?:hq|headquarter(?:s|ed)|head office|meet(?:s|ing)?(?: up)? in person|meet-?ups?|"
                          r"off-?sites?|retreats?|travel|kick-?off)\b", re.IGNORECASE)


def location_sections(sections: dict[str, str]) -> list[str]:
    """The short lines of sections headed 'Location', 'Standort', 'Where' (sections by lower-cased
    heading), up to a sentence's end: 'Remote - Americas', 'Berlin (Kreuzberg)', 'Remote, anywhere in the continental
    US.'; not their prose, where other places come up ('hours overlapping with UTC-8 to UTC-3, roughly Pacific to
    São Paulo', 'Staff travel to our Minneapolis office')."""
    return ["\n".join(place for line in text.split("\n")
                      for place in [_place_line(re.split(r"(?:(?<=[a-z]{2})|(?<=[A-Z]{2})|(?<=\)))[.!?]\s", line)[0])] if place)
            for heading, text in sections.items() if re.fullmatch(r"locations?|standorte?|where", heading)]


def _place_line(sentence: str) -> str | None:
    """A location section's first sentence when it is short; or the places in it without their remarks in
    brackets and a label before them ("Cross-site post: Churchill Hospital, Oxford (normally 3 days a week) and
    the Horton General Hospital, Banbury"), when what is left is names, not prose; or the part before a long remark
    ("Utrecht, Netherlands (remote-first: work from home ...)", "Kraków, Poland — office at Zabłocie, 5 min walk
    from the tram stop.")."""
    if len(sentence.split()) <= 12:
        return sentence
    bare = re.sub(r"\s*\([^()\n]{0,80}\)", "", re.sub(r"^[^:\n]{1,30}:\s+(?=[A-Z])", "", sentence))
    if len(bare.split()) <= 12 and not re.search(r"(?<![\w-])(?!(?:and|or|the|of|de|la|le|du|di|del|der|und|et|y|e|en|"
                                                  r"on|upon|am|an)\b)[a-z]", bare):
        return bare
    first = _place_before_remark(sentence)
    return first if len(first.split()) <= 6 else None


def _place_before_remark(sentence: str) -> str:
    """'Utrecht, Netherlands' of 'Utrecht, Netherlands (remote-first: ...)', 'Kraków, Poland' of
    'Kraków, Poland — office at Zabłocie, 5 min walk ...' (not 'Hours overlap with New York' of a
    sentence after a dash)."""
    first = re.split(r"\s\(|:\s", sentence)[0]
    remark = sentence[len(first):]
    if first != sentence and re.search(r"\b(?:office|based|located)\b", remark, re.IGNORECASE) and \
            not TERMS.search(first) and not re.search(r"\bhead office|headquarter|\bhq\b", remark, re.IGNORECASE) and \
            not any(word.lower() in city_names() for word in re.findall(r"[A-ZÀ-Þ][\w'’-]+", first)):
        # a region, and the office's town in the remark: "DC Metro Area (our office is at ..., Washington, DC, near ...)"
        town = next((m.group() for m in re.finditer(r"[A-ZÀ-Þ][\w'’.-]+(?: [A-ZÀ-Þ][\w'’.-]+){0,2}(?:,\s*[A-Z][A-Z.]{1,4})?",
                                                      remark) if m.group().split(",")[0].lower() in city_names()), None)
        if town:
            return town
    dash = re.search(r"\s[-–—]\s", sentence)
    if first == sentence and dash:  # ... unless the remark names places too ("Berlin - or our Munich office")
        dashed, rest = sentence[:dash.start()], sentence[dash.end():]
        named_after = any(word.lower() in city_names() for word in re.findall(r"[A-ZÀ-Þ][\w'’-]+", rest))
        first = dashed if not re.search(r"\b[a-z]{3,}\b", dashed) and not named_after else first
    return first


def applicants_country(text: str) -> str | None:
    """The country applicants must live in: "based in Germany", "de qualquer lugar do Brasil"."""
    lowercase = is_lowercase(text)  # "fully remote, anywhere in greece"
    required = re.search(rf"\b(?:you|candidates?|applicants?)\b(?:\s+\w+){{0,2}}?\s+(?:must|need to|have to)(?:\s+currently)?\s+"
                         rf"(?:be\s+)?(?:live|resident|reside|based|located)\s+"
                         rf"(?:in|within)\s+(?:the\s+)?([A-Z{'a-z' if lowercase else ''}][\w .]+)", text[:100_000],
                         flags=re.IGNORECASE if lowercase else 0)
    if required and (country := _country_applicants_live_in(required.group(1), lowercase)):
        return country  # what applicants must do over what the company is: "you must be resident in germany"
    for match in re.finditer(r"(?:(?:based|located|anywhere|remote|(?:must|should|need to|have to)(?:\s+currently)?\s+live|who live|living|"
                             r"resident|residents|reside)\s+"
                             r"(?:in|within|from)|"
                             r"qualquer lugar d[oa]|residentes (?:en|n[oa])|cualquier lugar de|überall in|partout en|n['’]importe où en)\s+"
                             rf"(?:the\s+)?([A-Z{'a-z' if lowercase else ''}][\w .]+)|"
                             # "Remote (US)", "remote (uk) · full-time"
                             rf"\b[Rr]emote\s*\(((?:the\s+)?[A-Z{'a-z' if lowercase else ''}][\w .]{{1,30}})\)|"
                             # "Remote — US only", "remote - uk only"
                             rf"\b[Rr]emote\s*[-–—:,]\s*((?:the\s+)?[A-Z{'a-z' if lowercase else ''}][\w.]{{1,20}}(?: [A-Z][\w.]+)?)"
                             rf"\s+only\b", text[:100_000],
                             flags=re.IGNORECASE if lowercase else 0):
        if match.group(2) and re.fullmatch(r"(?i)georgia|jersey", match.group(2).strip()) and \
                re.search(r"\b(?:US|USA|U\.S\.|United States)\b", text[:100_000]):
            continue  # "Remote (Georgia)" on a US page is the state
        return _country_applicants_live_in(match.group(1) or "the " + (match.group(2) or match.group(3)),
                                           lowercase)  # the first one only
    return None


def _country_applicants_live_in(place: str, lowercase: bool) -> str | None:
    """The one country a phrase after "based in" names ("the US", "Germany"), or None."""
    if lowercase:  # in capitals as a country's name is written: "Greece", "US", "UK" (find_countries then knows
        # "New Mexico" and "Jersey City" for a state and a city)
        place = re.sub(r"[^\W\d_]+", lambda m: m.group().upper() if m.group() in ("us", "uk", "usa", "uae")
                       else m.group().title(), place)
    # "anywhere in the US" ("US" here is the country, not the pronoun)
    named = re.split(r"[.;:!?\n]", re.sub(r"\b(?:U\.S\.(?:A\.)?|U\.K\.)", lambda m: m.group().replace(".", ""), place))[0]
    found = find_countries(re.sub(r"^US\b|\b[Tt]he US\b", "USA", named))
    # one country; "anywhere in Ireland, the UK or the EU" is several, or a region
    return found[0] if len(found) == 1 and not re.search(r"\b(?:EU|EEA|Europe|European Union)\b", named) else None


def _pipe_places(stated: dict[str, Any], gazetteer: Gazetteer) -> list[str]:
    return [p for p in stated.get("pipe", []) if not has_job_noun(p)
            and (find_cities(p, gazetteer, location_field=True) or find_countries(p) or re.search(r"remote", p, re.I))]


def place_lines(text: str, gazetteer: Gazetteer) -> list[str]:
    """Short lines at the top that name the job's place, as a copied job page's header does:
    'Porto, Porto, Portugal', 'Rheinknie Health AG · Basel · Hybrid · Festanstellung'. Not the
    title ('Senior Mobile Engineer': Mobile is a city too) and not a sentence."""
    lines = [line.strip(" #*_-•") for line in text.split("\n") if line.strip()][:12]
    # a line of facts ('Utrecht  |  32 - 40 uur  |  HBO/WO  |  € 4.300 - € 6.100', 'cambridge, ma · engineering ·
    # full-time'): its parts
    lines = [part.strip() for line in lines for part in re.split(r"\s[|·•]\s", line)]
    # ... or a title's brackets of place and terms: "Engineering Manager – Merchant Platform (Tokyo / Hybrid)"
    # (not a name that is also a word: "Senior Software Engineer (Mobile)")
    lines = [bracket.group(1) if has_job_noun(line) and bracket and place_with_terms(bracket.group(1))
             and not any(c.ambiguous for c in find_cities(bracket.group(1), gazetteer, True)) else line
             for line in lines for bracket in [re.search(r"[(\[]([^()\[\]\n]{2,60})[)\]]\s*$", line)]]
    return [line for line in lines if len(line) <= 150 and len(re.findall(r"\w+", line)) <= 8
            and not re.search(r"[.!?:]$|[.:]\s", line)
            and not has_job_noun(line) and not SIGNATURE.search(line.partition(",")[2])  # "Charlotte, Talent Partner"
            and (find_cities(line, gazetteer) or (
                # a name that is also a word ("Austin", "Reading") only as a place is written: "Austin, TX"
                re.match(r"^[\w .'-]+?\s*(?:[,·|•(]|$)", line) and any(
                    re.search(rf"\b{re.escape(c.name)}\s*(?:[,·|•(]|$)", line, re.I)
                    for c in find_cities(line, gazetteer, True))))]


def _as_list(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [str(v) for v in value if isinstance(v, (str, int, float))]
    return []
