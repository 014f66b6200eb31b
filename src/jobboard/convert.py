"""One raw posting to our front matter and a clean Markdown body: the importer's pure core."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import ChainMap
from functools import lru_cache
from dataclasses import dataclass
from typing import Any

from .companies import find_company, public_body
from .conditions import INTERN_TITLE, WORK_PATTERN, find_apply, find_employment_type, find_equity, find_remote, offices_or_remote
from .dates import as_date
from .jobwords import has_job_noun
from .locations import applicants_country, find_places, location_sections, place_lines
from .model import Salary
from .names import LEGAL, brand_name, full_name, restore_from_addresses, short_form
from .places import Gazetteer, find_cities, find_countries, restore_lost_letters, workplace_cities
from .salary import find_salary
from .shapes import BUTTONS, LABELS, RawPosting, labelled_lines, read_shape
from .skills import find_tags
from .structure import Block, is_section_name, to_blocks, to_markdown
from .titles import clean_title, find_title, looks_like_title
from .vocab import Vocabulary, countries

FIELD_ORDER = ("title", "company", "cities", "country", "remote", "employment_type", "salary", "equity", "tags",
               "date", "valid_through", "apply_url", "apply_email", "source", "review")
_CURRENCY_OF = {"GB": "GBP", "US": "USD", "CH": "CHF", "CA": "CAD", "AU": "AUD", "PL": "PLN", "SE": "SEK",
                "NO": "NOK", "DK": "DKK", "CZ": "CZK", "HU": "HUF", "RO": "RON", "IN": "INR", "JP": "JPY",
                "SG": "SGD", "IL": "ILS", "BR": "BRL", "MX": "MXN", "ZA": "ZAR", "NZ": "NZD", "TR": "TRY",
                "KE": "KES", "NG": "NGN", "KR": "KRW", "CN": "CNY", "TW": "TWD", "PH": "PHP", "ID": "IDR", "TH": "THB",
                "VN": "VND", "MY": "MYR", "PK": "PKR", "EG": "EGP", "CO": "COP", "CL": "CLP", "AR": "ARS", "PE": "PEN",
                "IS": "ISK", "RS": "RSD", "UA": "UAH", "HK": "HKD", "AE": "AED", "SA": "SAR", "QA": "QAR", "KW": "KWD",
                "BH": "BHD", "OM": "OMR", "GH": "GHS", "MA": "MAD", "UY": "UYU", "RU": "RUB", "RW": "RWF", "TZ": "TZS",
                "UG": "UGX", "ZM": "ZMW", "AO": "AOA", "TN": "TND", "MZ": "MZN", "ET": "ETB", "BW": "BWP", "NA": "NAD",
                "MW": "MWK", "MU": "MUR", "DZ": "DZD", "CD": "CDF",
                **dict.fromkeys(["CM", "GA", "CG", "TD", "CF", "GQ"], "XAF"),  # Central Africa's CFA franc
                **dict.fromkeys(["SN", "CI", "ML", "BF", "NE", "TG", "BJ", "GW"], "XOF")}  # ... and West Africa's
# The country of a currency that only one country pays in: US dollars are paid far beyond the US (euros are not in the map)
_COUNTRY_OF = {currency: code for code, currency in _CURRENCY_OF.items() if currency not in ("USD",)}
_EURO = {"DE", "AT", "NL", "BE", "LU", "FR", "ES", "PT", "IT", "IE", "FI", "EE", "LV", "LT", "SK", "SI", "GR",
         "HR", "MT", "CY", "BG"}  # (Bulgaria since 1 January 2026)


@dataclass(frozen=True)
class Converted:
    meta: dict[str, Any]  # front matter in FIELD_ORDER, unknown fields left out
    body: str  # Markdown


def convert(text: str, filename: str, vocab: Vocabulary, gazetteer: Gazetteer) -> Converted:
    """Front matter and body for one decoded raw posting; fields it cannot find go under `review`."""
    raw = read_shape(restore_from_addresses(restore_lost_letters(text, gazetteer)), filename)
    if isinstance(raw.stated.get("location"), list) and isinstance(raw.stated.get("company"), str):
        # not the company's own name, which a job site's card lists with the place: "Portland Ledger Co."
        raw.stated["location"] = [place for place in raw.stated["location"]
                                  if brand_name(str(place)).lower() != brand_name(raw.stated["company"]).lower()
                                  or str(place).strip().lower() in gazetteer.cities]  # (Zurich the insurer, in Zurich)
    blocks = to_blocks(raw.text)
    plain = to_markdown(blocks)
    for name, values in labelled_lines(plain).items():  # labels the structuring revealed (reST fields)
        raw.labelled[name] = list(dict.fromkeys(raw.labelled.get(name, []) + values))
    sections = _sections(blocks)
    for named in _company_sections(sections, plain):  # "## Employer" above "* Université Paris-Saclay — the contract is ..."
        raw.labelled.setdefault("company", []).append(named)
    title = find_title(raw.stated, raw.labelled, blocks, plain, gazetteer)
    title = title or _title_of_sections(sections)
    places, country = find_places(raw.stated, raw.labelled, sections, plain, gazetteer)
    # no employer's name: the job's places, any city the gazetteer knows ("Paris" in a page title), a tag's name
    excluded = ChainMap(dict.fromkeys({c.name.lower() for c in places} | _not_company_names(vocab)), gazetteer.cities)
    company = find_company(raw.stated, raw.labelled, blocks, plain, excluded, title)
    fields = _location_fields(raw, sections)
    named_places = {c.name for c in find_cities("\n".join(fields), gazetteer, True)}
    if company and any(re.search(rf"\b{re.escape(c.name)}\b", company, re.IGNORECASE) and c.name not in named_places
                       for c in places):
        # a city in the employer's name and no location field ("Bank of Montreal", hiring "for our Chicago office"): the places the
        # text gives the job besides it, in a location field or where it speaks of a workplace (not "Toronto
        # Metropolitan University ... with partners in Montreal")
        name = re.compile(rf"\b{re.escape(company)}\b", re.IGNORECASE)
        unnamed = name.sub("the employer", plain)
        others, other_country = find_places(_masked(raw.stated, name), _masked(raw.labelled, name),
                                            _masked(sections, name), unnamed, gazetteer)
        at_work = workplace_cities(unnamed, gazetteer) | \
            {c.name for c in find_cities("\n".join(_masked(fields, name)), gazetteer, True)}
        if others and all(c.name in at_work for c in others):
            places, country = others, other_country
    if title and company:  # "Senior Frontend Engineer — Quebracho Labs" (", Kraków"): the company after the title goes, and
        # what it hid at the end: "Technical Writer (Contract, 6 months+) -- Lough Tooling"
        names = "|".join(re.escape(name) for name in {company, brand_name(company)})
        bare = re.sub(rf"\s+(?:[-–—|·@]|--|at)\s+(?:{names})(?:\s+(?-i:[A-Z])[\w&'’-]*){{0,2}}(?:,?\s+{LEGAL})?"
                      rf"(?:,\s*[^,\n]{{2,40}})?$", "", title, flags=re.IGNORECASE)  # (and the rest of its legal name:
        # "— Chinook Mechanical Services Ltd." for "Chinook Mechanical")
        title = (clean_title(bare) or bare) if bare != title else title
    company = full_name(short_form(brand_name(company), plain), plain) if company else None
    apply_url, apply_email = find_apply(raw.stated, raw.labelled, sections, plain)
    locations = location_sections(sections)
    remote = find_remote(raw.stated, raw.labelled, plain, bool(places), locations, _mode_sections(sections))
    # A remote job's "$" is read in the dollars of the one country its team sits in (Toronto), not of one of
    # several (Vancouver, Bogotá): its cities may be dropped below, and its country with them
    pay_country = country if len({c.country for c in places}) <= 1 else None
    if remote == "remote" and places and not offices_or_remote(plain):
        prose_only = not _cities_stated(fields, gazetteer, plain)  # a remote job: cities in its prose are where the team sits
        # ... or a page's header "Oja Finance · Lekki Phase 1, Lagos" (no location field) over "Remote within Nigeria",
        # where "our head office is in Lekki, Lagos": the header's country stays
        head_office = not prose_only and not named_places and _head_office_only(places, plain, gazetteer)
        if prose_only or head_office:
            places = []
            country = next(iter(find_countries("\n".join(fields))), None) or applicants_country(plain) or \
                (country if head_office else None)
    brackets = [b for b in re.findall(r"\(([^()]{1,80})\)", str(raw.stated.get("title") or ""))
                if not re.search(r"hours|time|client|covering|customers", b, re.IGNORECASE)]
    if remote == "remote" and not places and len(_countries_named(fields + brackets)) > 1:
        # "remote — anywhere in Ireland, the UK or the EU", "Product Manager (Remote, Spain or Portugal)": no one
        # country (without an office there)
        country = None
    salary = _pay(raw, sections, plain, _currency_for(country or pay_country))  # "$" in Canada is Canadian
    if not country and salary and remote != "remote":
        country = _COUNTRY_OF.get(salary.currency)  # an NHS job in a town the gazetteer lacks, paid in pounds
    employment_type = find_employment_type(raw.stated, raw.labelled, plain)
    internship = employment_type == "internship" or bool(title and INTERN_TITLE.search(title))
    contract = employment_type == "contract" or bool(_CONTRACT_TERM.search(plain[:300]))
    meta: dict[str, Any] = {
        "title": title,
        "company": company,
        "cities": [c.name for c in places],
        "country": country,
        "remote": remote,
        "employment_type": employment_type,
        "salary": salary.__dict__ if salary else None,
        "equity": find_equity(plain, internship=internship, contract=contract) or None,
        "tags": _tags(raw.stated.get("tags"), plain, vocab),
        "date": _date(raw.stated.get("date")),
        "valid_through": _date(raw.stated.get("valid_through")),
        "apply_url": apply_url,
        "apply_email": apply_email,
    }
    meta = {k: v for k, v in meta.items() if v not in (None, [], "")}
    if meta.get("salary"):
        meta["salary"] = {k: v for k, v in meta["salary"].items() if v is not None}
    body = _body(blocks, meta)
    if meta.get("title") and (not re.search(r"[a-z]", meta["title"]) and re.search(r"[A-Z]{4}", meta["title"])
                              or not re.search(r"[A-Z]", meta["title"]) and re.search(r"[a-z]{4}", meta["title"])):
        meta["title"] = _calmed(meta["title"], vocab)  # after the body, which finds the title line as written
    if meta.get("company") and not re.search(r"[A-Z]", meta["company"]) and public_body(meta["company"]):
        meta["company"] = _calmed(meta["company"], vocab)  # "department of health and aged care" (not a brand: "kiwano")
    return Converted(meta, body)


def _pay(raw: RawPosting, sections: dict[str, str], plain: str, currency: str | None) -> Salary | None:
    """The pay from the pay fields and sections, a headline or badge, the text, or a JobPosting's baseSalary,
    each trusted where it is exact and the others leave it open."""
    salary_lines = raw.labelled.get("salary", []) + [v for k, v in sections.items() if _PAY_SECTION.match(k)]
    # a job site's header or a headline: "Information Security Analyst - JHB - R780k CTC"
    headline = [str(raw.stated["salary"])] if "salary" in raw.stated else []
    headline += [p for p in raw.stated.get("pipe", []) if re.search(r"\d", p) and not re.search(r"https?://", p)]
    salary = find_salary(salary_lines + headline, plain, currency)
    if salary and salary.min == salary.max and headline and not find_salary(salary_lines, "", None):
        # ... whose one amount tops the range the text states: "R650 000 – R780 000 CTC per annum" (not a "Salary:"
        # line's starting salary beside its grade's band)
        rest = "\n".join(line for line in plain.split("\n") if not any(part in line for part in headline))
        ranged = find_salary([], rest, currency)
        if ranged and ranged.currency == salary.currency and ranged.min is not None and ranged.max is not None \
                and ranged.min < ranged.max and salary.max in (ranged.min, ranged.max):
            salary = ranged
    badge = str(raw.stated.get("salary", ""))
    if salary and re.search(r"\d\s?[kK]\b", badge) and salary.max and not find_salary(salary_lines, "", None) \
            and not all(f"{amount:,}" in plain for amount in (salary.min, salary.max) if amount):
        # a job site's rounded badge ("A$1K/day - A$1.2K/day") beside the text's own figures ("$1,000 - $1,150 per day")
        rest = "\n".join(line for line in plain.split("\n") if badge not in line)
        exact = find_salary([], rest, salary.currency)
        if exact and (exact.currency, exact.period) == (salary.currency, salary.period) and exact.min and exact.max \
                and abs(exact.min - (salary.min or 0)) <= 0.1 * exact.min and abs(exact.max - salary.max) <= 0.1 * exact.max:
            salary = exact
    if raw.stated.get("base_salary") and (salary is None or salary.max is None):
        # only a JobPosting's baseSalary says it, or says the top the text leaves open ("min €4.221 – max €6.297")
        stated_pay = find_salary([raw.stated["base_salary"]], "", None)
        # (or a job site's badge gives only a floor under it: "≥ NT$40,000" beside a range of 55,000 to 80,000)
        if stated_pay and (salary is None or (stated_pay.currency, stated_pay.period) == (salary.currency, salary.period)
                           and salary.min is not None and (stated_pay.min or 0) >= salary.min
                           and (stated_pay.max or 0) > salary.min):
            salary = stated_pay
    return salary


_SMALL_WORDS = {"a", "an", "and", "at", "for", "in", "of", "on", "or", "the", "to", "with", "de", "la", "y", "e", "und",
                "für", "zu", "von", "des", "du", "le", "les", "et", "di", "del", "da", "en", "au", "aux", "el", "los", "las",
                "der", "im", "voor", "em", "dos", "della", "per"}  # (not "van", "die", "das" or "do": English words too)
# Abbreviations without vowels that are not acronyms
_ABBREVIATIONS = {"sr": "Sr", "jr": "Jr", "mgr": "Mgr", "phd": "PhD", "dr": "Dr", "mr": "Mr", "ms": "Ms"}
# Words that stay in capitals: the acronyms of jobs and their fields
_ACRONYMS = {"CTO", "CEO", "CFO", "COO", "CIO", "CISO", "CPO", "VP", "SVP", "EVP", "SRE", "SOC", "DBA", "GCP", "ERP",
             "CRM", "SEO", "SEM", "QA", "UX", "UI", "IT", "HR", "PM", "AI", "ML", "BI", "API", "SDK", "ABAP", "SAP", "B2B",
             "B2C", "SAAS", "NOC", "ICT", "IOT", "RPA", "HSE", "EHS", "R&D", "GIS", "BIM", "CAD", "PLC", "II", "III", "IV"}


def _calmed(title: str, vocab: Vocabulary) -> str:
    """A title written in capitals or without any as people write it: 'FULL-STACK WEB DEVELOPMENT
    INSTRUCTOR (JAVASCRIPT / NODE.JS)' -> 'Full-Stack Web Development Instructor (JavaScript / Node.js)',
    'senior ios engineer (qa tooling)' -> 'Senior iOS Engineer (QA Tooling)'."""
    lowered = not re.search(r"[A-Z]", title)  # written without capitals: an acronym cannot be told by its case

    def part(text: str, first: bool) -> str:
        key = vocab.canonical(text)
        if key and vocab.name(key).lower() == text.lower():
            return vocab.name(key)  # JavaScript, Node.js, AWS
        if text.lower() in _ABBREVIATIONS and lowered:
            return _ABBREVIATIONS[text.lower()]  # Sr, PhD
        if lowered and re.search(r"\d", text) and len(text) > 2:
            return text  # "k8s"
        latin = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
        if text.upper() in _ACRONYMS or re.search(r"\d", text) or latin == text and (
                not re.search(r"[AEIOUY]", text, re.I) or len(text) == 2 and text.lower() not in _TWO_LETTER_WORDS):
            return text.upper()  # CTO, B2B, SQL, FI/CO, AR/VR
        if text.lower() in _SMALL_WORDS and not first and len(text) > 1:
            return text.lower()
        return text.capitalize()

    markers = [m.span() for m in re.finditer(r"\([mwfdxh](?:\s*/\s*[mwfdxh])+\)", title)] if lowered else []

    def word(match: re.Match) -> str:
        if title[match.start() - 1:match.start()] == "·" and match.start() > 1:
            return match.group().lower()  # French inclusive writing: "INGÉNIEUR·E", "ingénieur·e", "directeur·rice"
        if lowered and (len(match.group()) <= 4
                        and title[match.start() - 2:match.start()][:1].isalpha()
                        and title[match.start() - 1:match.start()] == "(" and title[match.end():match.end() + 1] == ")"):
            return match.group()  # a gender's letters in brackets: "chargé(e)"
        if match.start() and title[match.start() - 1].isdigit() and match.group().lower() in ("st", "nd", "rd", "th"):
            return match.group().lower()  # "1st line", "2ND LINE" (not "3D")
        if lowered and len(match.group()) == 1 and (any(a <= match.start() < b for a, b in markers) or
                                                    match.group() in "ae" and title[match.start() - 1:match.start()] == "/"):
            return match.group()  # "(m/w/d)", "desarrollador/a" (not "a/b testing", "q&a", "team a")
        if match.group().lower() in _ABBREVIATIONS and title[match.end():match.end() + 1] == ".":
            return _ABBREVIATIONS[match.group().lower()]  # "SR. DEVOPS ENGINEER" (not "MS SQL")
        pieces = re.split(r"([-&])", match.group())  # IT-Support, D&I
        return "".join(piece if piece in "-&" else part(piece, match.start() == 0 and n == 0)
                       for n, piece in enumerate(pieces)) if len(pieces) > 1 and match.group().upper() not in _ACRONYMS \
            else part(match.group(), match.start() == 0)
    return re.sub(r"\.?[^\W\d_][\w.#+&-]*[\w#+]|\.?[^\W\d_]", word, title)


_TWO_LETTER_WORDS = {"my", "by", "go", "up", "as", "is", "if", "no", "to", "of", "in", "on", "at", "or", "an", "de", "la",
                     "el", "le", "du", "da", "do", "en", "et", "im", "am", "zu", "di", "al", "il", "lo", "ad", "na", "ou",
                     "ao", "um", "os"}


def _title_of_sections(sections: dict[str, str]) -> str | None:
    """The title a section holds alone, where nothing else names it: "## Role" above "Senior Android Engineer —
    Payments Squad" (not "## The role" above a sentence)."""
    for name, value in sections.items():
        line = value.strip().strip(" *_-")
        if _TITLE_SECTION.fullmatch(name) and "\n" not in line and len(line) <= 120 and has_job_noun(line):
            title = clean_title(line)
            if title and looks_like_title(title):
                return title
    return None


_TITLE_SECTION = re.compile(r"(?:the )?(?:role|position|job title|title|job|poste|puesto|stelle|rolle|functie|vacature)",
                            re.IGNORECASE)
# A section about pay ("Salary", "Benefits & Compensation", "Dein Gehalt"), not "About Fynbos Pay", "The Package"
# or a slogan ("Make flexibility pay. Make the grid renewable.")
_PAY_SECTION = re.compile(r"^(?!about\b|über\b|à propos\b|sobre\b|over\b)(?!.*[a-z]{3,}[.!?]\s+[a-z]{3,}\s+[a-z])(?=.{1,80}$).*"
                          r"\b(?:salary|compensation|pay|gehalt|"
                          r"vergütung|salaire|r[ée]mun[ée]ration|sal[áa]rio|retribuci[óo]n|retribuzione|salaris|"
                          r"wynagrodzenie|lön)\b")


def _masked(value: Any, name: re.Pattern) -> Any:
    """value (a string, or a list or dict of them) with the employer's name put as "the employer"."""
    if isinstance(value, str):
        return name.sub("the employer", value)
    if isinstance(value, list):
        return [_masked(item, name) for item in value]
    if isinstance(value, dict):
        return {key: _masked(item, name) for key, item in value.items()}
    return value


@lru_cache(maxsize=4)
def _not_company_names(vocab: Vocabulary) -> frozenset[str]:
    """Names that are never the employer: countries and technologies."""
    return frozenset({n.lower() for n in countries().values()} | {t.name.lower() for t in vocab.tags.values()})


def review_fields(meta: dict[str, Any]) -> list[str]:
    """What a person must fill in or check before publishing."""
    review = [name for name in ("title", "company") if not meta.get(name)]
    if not meta.get("cities") and meta.get("remote") != "remote":
        review.append("cities")
    if not meta.get("remote"):
        review.append("remote")  # on-site, hybrid or remote: what a job seeker filters by first
    elif meta["remote"] == "remote" and not meta.get("country"):
        review.append("country")  # where applicants may live: job search engines need it
    if not meta.get("apply_url") and not meta.get("apply_email"):
        review.append("apply_url")  # or apply_email: how to apply
    return review


def _location_fields(raw, sections: dict[str, str]) -> list[str]:
    return [*_texts(raw.stated.get("location")), *raw.labelled.get("location", []), *raw.stated.get("pipe", []),
            *location_sections(sections)]


def _countries_named(fields: list[str]) -> list[str]:
    """The countries location fields offer, not those of a remark ("Remote, India (US hours overlap)",
    "United States only (not Canada)"), nor a territory's beside the US ("Puerto Rico, USA"); find_countries
    knows a state ("Georgia, USA")."""
    remark = r"\((?=[^()\n]*\b(?:not|no|except|excluding|hours?|overlap|time|zones?)\b)[^()\n]*\)"
    named = find_countries(re.sub(remark, " ", "\n".join(fields), flags=re.IGNORECASE))
    return ["US"] if "US" in named and set(named) <= {"US", "PR", "GU", "VI", "AS", "MP"} else named


# An institution's name, written once (not a sector's: "Financial Services – Series C fintech")
_INSTITUTION = re.compile(r"\b(?:universit\w*|politecni\w*|polytechni\w*|politechni\w*|institut\w*|istitut\w*|instituto|"
                          r"hospital|ospedale|klinikum|stiftung|foundation|fondazione|fundación|ministry|ministero|"
                          r"ministerio|ministère|academy|akademie|accademia|hochschule)\b", re.IGNORECASE)


def _company_sections(sections: dict[str, str], text: str) -> list[str]:
    """The name a section headed "Company" or "Employer" starts with, when its first line is the name
    alone or the name before a dash ("Université Paris-Saclay — the contract is issued by ...") and the
    page names it again, or an institution's before a dash ("Politecnico di Milano – Dipartimento di …"); not prose ("Bitwise Orchard sp. z o.o. is a 140-person software house"), a
    tagline ("Building the future of payments") or a fact ("Founded 2012", "Headquarters: Berlin")."""
    names = []
    for heading, body in sections.items():
        if re.fullmatch(LABELS["company"], heading):
            first = body.strip().split("\n")[0].strip(" *-•_")
            name = re.split(r"\s+[-–—]\s+", first)[0].strip(" *_")
            if name and name[:1].isupper() and not name.isupper() and len(name.split()) <= 6 \
                    and not re.search(r"[.!?:;,\d]|\b(?:is|are|was)\b|^(?:A|An|The|Our|We|We['’]re)\b", name) \
                    and (name == first or len(first.split()) > len(name.split())) \
                    and (len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", text[:100_000])) >= 2
                         or _INSTITUTION.search(name) and name != first):  # "Politecnico di Milano – Dipartimento di …"
                names.append(name)
    return names


def _mode_sections(sections: dict[str, str]) -> list[str]:
    """Sections headed "Remote" or "Work model", each by its answer ("No. We work together in the
    office ..."), not the prose after it, unless that says the office days."""
    return [body if WORK_PATTERN.search(body) else re.split(r"(?<=\w\w)[.!?]\s|\n", body.strip())[0]
            for heading, body in sections.items() if re.fullmatch(LABELS["remote"], heading)]


def _cities_stated(fields: list[str], gazetteer: Gazetteer, plain: str = "") -> bool:
    """Whether a location field or the place line of a page's header names a city (a remote job
    that may also be done at these offices keeps them)."""
    return bool(find_cities("\n".join(fields + place_lines(plain, gazetteer)), gazetteer, location_field=True))


# Where the text speaks of the company's head office: "Our head office is in Lekki, Lagos", "headquartered in Dubai"
_HEAD_OFFICE = re.compile(r"\b(?:head ?office|headquarter(?:s|ed)|hq|registered office)\b[^.;\n]{0,60}", re.IGNORECASE)


def _head_office_only(places: list, plain: str, gazetteer: Gazetteer) -> bool:
    """Whether the text names each of the cities as the head office's, and none where it speaks of this job's place."""
    head = {c.name for m in _HEAD_OFFICE.finditer(plain[:100_000]) for c in find_cities(m.group(), gazetteer, True)}
    return all(c.name in head for c in places) and not any(c.name in workplace_cities(_HEAD_OFFICE.sub(" ", plain), gazetteer)
                                                           for c in places)


def _texts(value: Any) -> list[str]:
    return [value] if isinstance(value, str) else [str(v) for v in value] if isinstance(value, list) else []


def _sections(blocks: list[Block]) -> dict[str, str]:
    """Text under each heading, by lower-cased heading."""
    sections: dict[str, list[str]] = {}
    current = None
    for block in blocks:
        if block.kind == "heading":
            current = block.text.lower().strip(" :?")
            sections.setdefault(current, [])
        elif current is not None:
            sections[current].append(block.text if block.kind != "list" else "\n".join(block.items))
    return {k: "\n".join(v) for k, v in sections.items()}


# A contract named as the job's terms near its top: "(contract, part-time)", "remote · contract · $90/hr" (not "Smart
# Contract Engineer" or "Contract type: Permanent")
_CONTRACT_TERM = re.compile(r"(?:^|[(·|,–—]|\s-)[ \t]*(?:contract|freelance|1099)[ \t]*(?=[)·|,–—]|\s-|$)",
                            re.IGNORECASE | re.MULTILINE)


def _tags(stated: Any, text: str, vocab: Vocabulary) -> list[str]:
    tags = []
    for value in stated if isinstance(stated, list) else re.split(r"[,;]", stated) if isinstance(stated, str) else []:
        key = vocab.canonical(str(value).strip())
        if key:
            tags.append(key)
    return list(dict.fromkeys(tags + find_tags(text, vocab)))


def _date(value: Any) -> dt.date | None:
    """A foreign board's date, also when it carries a time ('2026-11-20T09:00:00Z')."""
    return as_date(value.strip()[:10] if isinstance(value, str) else value)


def _currency_for(country: str | None) -> str | None:
    if country in _EURO:
        return "EUR"
    return _CURRENCY_OF.get(country or "")


def _body(blocks: list[Block], meta: dict[str, Any]) -> str:
    """The body without a first line or heading that only repeats what the front matter says, and
    without what a copied job page has above its title (the site's name, navigation, breadcrumbs)
    or its buttons."""
    kept = _below_page_chrome(list(blocks), meta.get("title"))
    title = meta.get("title")
    known = _words(" ".join([title or "", meta.get("company") or "", *meta.get("cities", [])])) | \
        {"m", "w", "f", "d", "x", "at", "bei", "in", "remote", "hybrid"}
    for index, block in enumerate(kept[:3]):
        if title and block.kind in ("heading", "para") and clean_title(block.text) == title:
            if not _words(block.text) - known:
                del kept[index]
            break
        if title and block.kind == "list" and clean_title(block.items[0]) == title \
                and not _words(block.items[0]) - known and not any(has_job_noun(item) for item in block.items[1:]):
            # the title and its byline as two short lines: "Senior Engineer\nAcme · Dublin, OH (Hybrid)"
            rest = block.items[1:]
            kept[index:index + 1] = [] if not rest else [Block("para", text=rest[0])] if len(rest) == 1 else \
                [Block("list", items=rest, ordered=block.ordered)]
            break
    return to_markdown(kept) if kept else ""


def _below_page_chrome(blocks: list[Block], title: str | None) -> list[Block]:
    """The blocks from the title line on, when only short lines (a site's frame) come before it
    within the first blocks, and without the buttons among the short lines up to the first
    section; the blocks as they are otherwise."""
    if not title:
        return blocks
    for index, block in enumerate(blocks[:8]):
        texts = block.items if block.kind == "list" else [block.text]
        at = next((n for n, text in enumerate(texts) if clean_title(text) == title), None)
        if at is not None and index + at > 0:
            rest = [Block("list", items=texts[at + 1:], ordered=block.ordered)] if block.kind == "list" and \
                texts[at + 1:] else []
            after = rest + blocks[index + 1:]
            # the header's buttons sit above the first section or paragraph of prose; below, "Share" is a value
            first = next((n for n, b in enumerate(after) if b.kind == "heading" and is_section_name(b.text)
                          or b.kind == "para" and len(b.text.split()) > 8), len(after))
            return [b for b in map(_without_buttons, after[:first]) if b is not None] + after[first:]
        if block.kind == "code" or any(len(text.split()) > 8 or re.search(r"[.!?]\s", text) for text in texts):
            return blocks  # prose before any title line: nothing to drop
    return blocks


def _without_buttons(block: Block) -> Block | None:
    """The block without the header's buttons; None when it held nothing else."""
    if block.kind == "list":
        items = [item for item in block.items if not _buttons(item)]
        return Block("list", items=items, ordered=block.ordered) if items else None
    return None if block.kind == "para" and _buttons(block.text) else block


def _buttons(line: str) -> bool:
    """Whether a line holds only buttons: "Apply", "Apply    Save", "Postuler · Sauvegarder"."""
    if len(line) > 100:
        return False
    parts = [part for part in re.split(r"\s{2,}|\s*[·|•]\s*", line.strip()) if part]
    return bool(parts) and all(BUTTONS.fullmatch(part) for part in parts)


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))
