"""Find the hiring company: a stated or labelled name, a byline, the subject of the text's sentences, an agency's
client, or nobody for an employer that is not named."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Container
from typing import Any

from .conditions import APPLY_WORDS, mode_of_field
from .jobwords import CAREERS_PAGE, JOB_NOUN, NON_LATIN, has_job_noun
from .names import LEGAL, ORGANISATION, brand_name, times_named
from .places import city_names, region_or_country_names
from .shapes import BUTTONS, LABELS
from .structure import Block, is_lowercase, is_section_name, sentence_of
from .titles import TERMS, clean_title, header_lines


# "Our client" in one: singular, as an agency writes of the employer (not "nos clients", "naszych klientów": a company's
# customers)
_OUR_CLIENT = (r"(?:dla|na zlecenie) naszego klienta|pro našeho klienta|pre nášho klienta|ügyfelünknek|pentru clientul nostru|"
               r"pentru un client al nostru|pour (?:le compte de )?notre client|pour le compte (?:de son|d['’]un) client|"
               r"pour (?:l['’]un de )?nos clients|para (?:el )?nuestro cliente|por cuenta de (?:un|nuestro) cliente|"
               r"para (?:um|o seu) cliente|"
               r"per (?:il |un )?nostro cliente|per (?:(?:un['’]|una |l['’])?(?:importante |nota |primaria |solida )?"
               r"azienda (?:nostra )?cliente)|per conto (?:di )?(?:un['’]|una )?(?:importante )?azienda cliente|para o nosso cliente|voor onze (?:klant|opdrachtgever)|för vår kunds? räkning|för vår kund|for vores kunde|for vår kunde|для нашого клієнта|"
               r"для нашего клиента")  # (with "for": "chez notre client", "vår kund i centrum" are a company's customers)
_RECRUITER = re.compile(r"\b(?:our|my)\s+client\b(?!s|[- ](?:success|base|portal|facing|services?|relations(?:hips?)?|"
                        r"experience|teams?|data|side|list|work|accounts?|management|satisfaction|needs|projects?|"
                        r"onboarding|support|delivery)\b)|\bclient of (?:ours|mine)\b|\bon behalf of (?:our|a|an)\b(?! (?:team|company|engineering|product|clients|customers)\b)|\bfür unseren (?:kunden|mandanten)\b|"
                        r"\bunser(?:e|em)? (?:kunde|mandant)\b|\bim auftrag (?:unseres|eines)\b|"
                        r"\bexclusively partnered with (?:a|an)\b", re.IGNORECASE)
_OUR_CLIENT_IN = re.compile(rf"(?<!\w)(?:{_OUR_CLIENT})(?!\w)", re.IGNORECASE)
_CLIENT_WORD = re.compile(r"klient|client|klant|kund|ügyfel|клієнт|клиент", re.IGNORECASE)


def _for_our_client(text: str) -> bool:
    """Whether the text says "for our client" in another language (looked for only around its word for "client",
    which is quicker than the phrases everywhere)."""
    return any(_OUR_CLIENT_IN.search(text, max(0, word.start() - 40), word.end() + 10)
               for word in itertools.islice(_CLIENT_WORD.finditer(text), 50))
# An agency's template, its client unnamed: "## Your new company" above "This well-known department" (said by an
# agency's posting only: a direct employer may use the heading too)
_NEW_COMPANY = re.compile(r"^[#* \t]*your new company\b", re.IGNORECASE | re.MULTILINE)
# ... which an agency may also say as "Fynbos Talent is partnering with Umoya Mutual" ("are delighted to be
# partnering with"), "I'm working exclusively with
# Canalside Payments" (an employer too: "partnering with Microsoft", so only on an agency's posting)
_PARTNERING = re.compile(r"\b(?:is|are|be)\b[^.\n]{0,25}?\bpartnering (?:exclusively )?with\b|"
                         r"\b(?:i['’]m|i am|we['’]re|we are) (?:exclusively )?working (?:exclusively )?with\b|"
                         # ... or by its own name: "Brunel Street Recruitment are working with a well-established ..."
                         r"\b(?:recruitment|staffing|talent|resourcing|personnel|search) (?:is|are) (?:currently )?"
                         r"(?:exclusively )?working (?:exclusively )?with\b", re.IGNORECASE)
# A recruitment agency's name: the company a posting states is then the agency, not the employer
_AGENCY = re.compile(r"(?:recruit\w*|staffing|talent\w*(?: solutions| partners)?|search(?: partners)?|headhunt\w*|"
                     r"agenzia per il lavoro|conseil rh|"
                     r"personnel|resourcing)(?:,?\s+(?:ltd|limited|gmbh|inc|llc|group|partners|solutions|agency|"
                     r"international))*\.?\s*$", re.IGNORECASE)
# LinkedIn's industry of a recruitment agency, in its box about the company
_AGENCY_INDUSTRY = re.compile(r"staffing and recruiting|services de recrutement et de placement|"
                              r"personalbeschaffung und -vermittlung|servicios de empleo|serviços de recrutamento",
                              re.IGNORECASE)
# Who put the posting up, on a line of its own: "Posted by: Redline Technical Recruitment Ltd"
_POSTED_BY = re.compile(r"^[ \t*-]*(?:posted|advertised|listed) by\s*:?\s*([^\n]{2,80}?)[ \t]*$", re.IGNORECASE | re.MULTILINE)
# Words that never start an employer's name: pronouns and the openings of phrases ("our client",
# "this role", "qualified candidates", "see all jobs")
_NOT_COMPANY_START = {
    "a", "an", "we", "our", "you", "your", "us", "this", "that", "it", "least", "once", "all", "any", "every", "here",
    "there", "which", "what", "who", "why", "how", "when", "where", "its", "their", "his", "her", "my", "for", "see",
    "view", "apply", "qualified", "successful", "interested", "ideal", "linkedin", "github", "google", "find", "search",
    "browse", "post", "manage", "deliver", "sign", "log", "back",
    "ihr", "uns", "unser", "unserem", "der", "die", "das", "eine", "einem", "einer", "sie", "du", "wir", "dich", "dein",
    "deine", "jetzt", "tu", "vous", "nous", "on", "je", "il", "elle", "ils", "voir", "tú", "usted", "nosotros", "noi",
    "voi", "ti"}
# Ordinary words: a name made only of them ("Remote First", "Home Office", "The Team") is not a company,
# but a company's name may start with one ("Scale AI", "The Trade Desk", "Home Depot", "First Street")
ORDINARY = {
    "the", "a", "an", "and", "&", "from", "of", "home", "work", "scale", "first", "heart", "core", "times", "speed",
    "job", "jobs", "role", "team", "company", "office", "remote", "hybrid", "university", "school", "glance",
    "bachelor", "master", "degree", "diploma", "vacancy", "notice", "monday", "friday", "europe", "america", "asia", "africa", "emea", "eu", "candidates", "applicants", "kunden",
    "worldwide", "anywhere", "global",
    "tier", "level", "oferty", "pracy", "community", "fragen", "questions", "opportunità", "opportunity",
    "opportunité", "oportunidad", "vacatures", "vacancies", "remoto", "remota", "híbrido", "hibrido", "presencial",
    "teletrabajo", "télétravail", "hybride", "ibrido", "zdalnie", "zdalna", "efetivo", "vagas", "empleos",
    "zoeken", "vacature", "stellenangebote", "karriere", "careers", "carrières", "carreiras", "hiring", "now",
    "client", "clients", "position", "candidate", "future", "english", "german", "french", "spanish", "italian",
    "dutch", "polish", "portuguese", "deutsch", "englisch", "français", "anglais", "español", "inglés",
    # a department, as a careers page's byline names it: "People & Culture · Stockholm · Full-time"
    "people", "culture", "engineering", "product", "design", "marketing", "sales", "operations", "ops", "finance",
    "data", "customer", "success", "support", "talent", "legal", "research", "development", "human", "resources", "hr",
    "growth", "analytics", "infrastructure", "platform", "security", "it",
    # the firm, the team and the job in Spanish, Portuguese, French and German ("la empresa es", "o time é")
    "empresa", "equipe", "equipo", "time", "vaga", "posição", "puesto", "cargo", "trabajo", "oportunidade", "entreprise",
    "équipe", "poste", "stelle", "firma", "rolle", "aufgabe"}
_NOT_COMPANY = _NOT_COMPANY_START | ORDINARY  # as a single word
# Job sites and applicant tracking systems: the page's frame, never the employer
_JOB_SITES = {"linkedin", "indeed", "glassdoor", "stepstone", "xing", "monster", "dice", "reed", "totaljobs", "seek",
              "naukri", "apec", "infojobs", "welcome to the jungle", "wellfound", "angellist", "otta", "built in",
              "we work remotely", "remote ok", "remoteok", "no fluff jobs", "jobs.ch", "jobs.cz", "karriere.at",
              "freelancermap", "greenhouse", "lever", "workable", "ashby", "recruitee", "join", "join.com",
              "smartrecruiters", "personio", "teamtailor", "bamboohr", "workday", "jobvite", "breezy", "breezy hr",
              "applitrack", "frontline education", "schoolspring", "edjoin", "tes", "eteach", "k12jobspot",
              "hacker news", "github", "gitlab", "slack", "discord", "nhs jobs", "civil service jobs", "apsjobs",
              "usajobs", "jobs.ac.uk", "academicpositions", "euraxess", "interamt", "bund.de", "service.bund.de",
              "karriereportal", "place de l'emploi public", "werken voor nederland", "werkenvoornederland", "inspira",
              "united nations careers", "un careers", "epso", "eu careers", "eu-careers", "impactpool", "devex",
              "reliefweb", "goodmoves", "charityjob", "idealist", "stellenmarkt", "upwork", "toptal", "fiverr", "malt",
              # ... and the job sites of Latin America, Asia, Africa, the Gulf and Eastern Europe
              "occ mundial", "occ", "computrabajo", "bumeran", "zonajobs", "get on board", "getonbrd", "laborum",
              "trabajando", "catho", "vagas.com", "workana", "gupy", "infojobs.com.br", "programathor", "99freelas",
              "itjobs.pt", "net-empregos", "tecnoempleo", "bayt", "gulftalent", "naukrigulf", "wuzzuf", "jobberman", "pnet",
              "careers24", "brightermonday", "jobstreet", "jobsdb", "mycareersfuture", "kalibrr", "saramin", "jobkorea",
              "wanted", "104", "104人力銀行", "boss直聘", "智联招聘", "前程无忧", "拉勾", "djinni", "dou", "work.ua",
              "robota.ua", "hh.ru", "headhunter", "kariyer.net", "iş ilanları", "finn.no", "jobindex", "pracuj.pl",
              "justjoin.it", "jobs.bg", "ejobs", "bestjobs", "profesia", "jooble", "adzuna", "ziprecruiter",
              "simplyhired", "careerbuilder", "flexjobs", "cv-library", "arbeitnow", "honeypot"}


# A field that names no company: "Client: Confidential", "Client: a leading bank in Frankfurt"
# A sector in an agency's "Client:" field, not a name: "Financial Services", "Kunde aus der Automobilbranche"
_SECTOR_WORD = (r"(?:financial|finance|services|sector|industry|industries|technology|tech|healthcare|health|retail|"
                r"insurance|banking|automotive|pharma\w*|logistics|fintech|telecoms?|energy|public|private|manufacturing|"
                r"media|consulting|e-?commerce|software|kunde|client|customer)")
_SECTOR = re.compile(rf"\s*{_SECTOR_WORD}(?:\s*(?:&|and|/|,)?\s*{_SECTOR_WORD})*\s*$|.*\b(?:aus der|from the|im bereich)\b",
                     re.IGNORECASE)
# The words of an employer that does not want to be named
_UNNAMED_WORDS = r"confidential|undisclosed|anonymous|stealth|private|nda|vertraulich|anonym|confidentiel|confidencial|riservat[oa]"
_UNNAMED = re.compile(rf"\s*(?:(?:{_UNNAMED_WORDS}|various|direct|n/?a|tbd|tba|not disclosed|firma|global leader|leading)"
                      r"\b(?!\s+(?-i:[A-Z]))|(?-i:a|an|one of)\s|"
                      # ... but a kind of company: "JSE-listed short-term insurer (I can share the name ...)"
                      r"[^(),]*\s(?-i:insurer|bank|company|firm|startup|scale-?up|retailer|manufacturer|provider|consultancy|"
                      r"business|organi[sz]ation|brand|player|leader|group)\s*(?:\(.*)?$)", re.IGNORECASE)


def _name_before_remark(value: str) -> str:
    """A field's name without what follows it: "Brennerweg Mobility GmbH (Direktkunde)", "Institut … (IRSC),
    unité mixte …", "Odra Software – our client since 2019"."""
    return re.split(r"\s+[(（]|,\s+(?=[a-zß-ÿ])|\s+[-–—|]\s+", value.strip()[:300])[0]


def find_company(stated: dict[str, Any], labelled: dict[str, list[str]], blocks: list[Block], text: str,
                 excluded: Container[str], title: str | None = None) -> str | None:
    """The hiring company, when the posting names it; None for a recruiter's unnamed client."""
    stated_company = stated.get("company")  # from a page's site name: a job site's is not the employer
    if stated.get("company_in_headline") and _a_name(labelled.get("company", [""])[0]):
        stated_company = None  # "Embedded Test Engineer – HIL (Automotive) | Bengaluru" above "Company: Velanta Mobility"
    if isinstance(stated_company, str) and stated_company.strip().lower() in _JOB_SITES:
        stated_company = None
    stated_name = next((v for v in [stated_company, *labelled.get("company", [])] if isinstance(v, str) and v.strip()), None)
    agency = bool(stated_name and _AGENCY.search(stated_name) or _AGENCY_INDUSTRY.search(text[:20_000])
                  or any(_AGENCY.search(poster) and "," not in poster for poster in _POSTED_BY.findall(text[:5000])))
    # (an agency's name, not a person's job: "Posted by: Priya Shah, Senior Technical Recruiter")
    client = next((v for v in labelled.get("client", []) if _a_name(v) and _company_name_ok(v, excluded)), None)
    # (an agency's "Client: Halden Health" field says it too)
    recruiter = _RECRUITER.search(text) or _for_our_client(text) or agency and (_PARTNERING.search(text) or _CLIENT_SUPPORTED.search(text) or
                                                       labelled.get("client") or _NEW_COMPANY.search(text))
    if recruiter and client and (stated_name is None or agency):
        return _name_before_remark(client)  # "Client: Odra Software sp. z o.o."
    if recruiter and (stated_name is None or agency):
        # an agency's posting ("Talentia Iberia · Madrid", "Staffing and Recruiting"): the client it names, or nobody
        # (named again, or, after "working with" or "partnering with", by its first word: "Canalside Payments ...
        # Sadly Canalside can't sponsor visas"; the first ten named only, as a hostile text can name thousands)
        client = _agency_client(text, excluded)
        return client if client is not None else _employer_of_record(stated, blocks, text, excluded, title)
    given = _given_name([stated_company, *labelled.get("company", [])], text)
    if given is not None or recruiter:
        return given
    if _shouting(text):  # a text in capitals: its capitals say nothing; the name its address spells does
        named = _named_by_address(text)
        return named.title() if named else None
    candidates = _heading_candidates(stated, blocks, text, excluded, title)
    _add_sentence_subjects(candidates, text, excluded)
    if is_lowercase(text):  # an all-lowercase page: its name starts paragraphs ("kiwano helps ...") ...
        _add_lowercase_names(candidates, text, excluded)
    return _likeliest(candidates, text, title)


def _agency_client(text: str, excluded: Container[str]) -> str | None:
    """The client an agency's posting names (named again, by its first word after "working with" or "dla naszego
    klienta", or once between commas), or None."""
    clients = itertools.chain(_CLIENT.finditer(text), _CLIENT_SUPPORTED.finditer(text))
    # (or named once between commas: "Our client, Tembusu Logistics, is a Singapore-headquartered ...")
    return next((match.group("n") for match in itertools.islice(clients, 10)
                 if (max(times_named(match.group("n"), text),
                         len(re.findall(rf"\b{re.escape(match.group('n').split()[0])}\b", text[:100_000]))
                         if re.search(rf"with\s*$|(?i:{_OUR_CLIENT})", text[match.start():match.start("n")]) else 0) >= 2
                     or re.search(r"client,\s*$", text[match.start():match.start("n")]) and text.startswith(",", match.end("n")))
                 and _company_name_ok(match.group("n"), excluded)), None)


def _employer_of_record(stated: dict[str, Any], blocks: list[Block], text: str, excluded: Container[str],
                        title: str | None) -> str | None:
    """A staffing agency that employs its temps itself ("While on assignment you are employed and paid by Keystone"):
    the name a heading or byline gives it, when its client is not named."""
    employers = {match.group("n") for pattern in (_EMPLOYED_BY, _EMPLOYER_OF_RECORD)
                 for match in itertools.islice(pattern.finditer(text[:100_000]), 5)}
    # ... or lends them out under its own contract: "Arbeitnehmerüberlassung" (not "Eine Arbeitnehmerüberlassung findet
    # nicht statt"), when its name says it is such a firm: "Frankenwerk Personaldienste GmbH"
    lent = any(not re.search(r"\bkeine?\b|\bnicht\b|\bohne\b|\bstatt\b|direktvermittlung|\bgeen\b|\bniet\b",
                             sentence_of(text, m.start(), m.end()), re.IGNORECASE)
               for m in itertools.islice(_LENT_OUT.finditer(text[:100_000]), 5))
    if not employers and not lent:
        return None
    names = [*([stated["company"]] if isinstance(stated.get("company"), str) else []),  # (a job site's header's)
             *_heading_candidates(stated, blocks, text, excluded, title)]
    return next((name for name in names if name.split() and (
        name.split()[0] in employers if employers else _AGENCY.search(name) or _TEMPS_FIRM.search(name))), None)


# ... "Dunecrest Technical Services is the employer of record for this position"
_EMPLOYER_OF_RECORD = re.compile(r"(?P<n>[A-Z][\w&'-]+)(?: [A-Z][\w&'-]+){0,3} (?:is|will be|remains) (?:the|your) "
                                 r"(?:legal )?employer(?: of record)?\b")
# ... and a firm's name that says it lends out staff: "Frankenwerk Personaldienste GmbH", "Ironbark Workforce Solutions"
_TEMPS_FIRM = re.compile(r"personal|arbeit|uitzend|staffing|workforce|labou?r hire", re.IGNORECASE)
# ... or the German (and Dutch) words for an agency's own temporary staff, lent to its client
_LENT_OUT = re.compile(r"arbeitnehmerüberlassung|\bzeitarbeit\b|\buitzendbureau\b|\buitzendkracht", re.IGNORECASE)
# (the agency's own name, in capitals: not "employed by our client")
_EMPLOYED_BY = re.compile(r"\b(?i:you)(?:['’]re| are| will be| would be| remain)\s+(?:employed|paid|employed and paid|"
                          r"engaged and paid|engaged)\s+(?:directly\s+)?by\s+"
                          r"(?P<n>[A-Z][\w&'-]+)")


def _given_name(values: list[Any], text: str) -> str | None:
    """The name a page or a field gives, in Latin letters when it has them; None when none names the employer."""
    for value in values:
        if isinstance(value, str) and (_UNNAMED.match(value) or _CONFIDENTIAL.fullmatch(value.strip())):
            continue  # "Client: Confidential", "Client: a leading bank", a job site's "Confidential Company"
        if isinstance(value, str) and value.strip():
            latin = re.search(r"[（(]([A-Za-z][\w&.,' -]{1,60})[)）]", value)
            if latin and re.search(NON_LATIN, value):
                return latin.group(1)  # "株式会社カイゼンシミュレーション（Kaizen Simulation Inc.）": the name in Latin letters
            if re.search(NON_LATIN, value) and not re.search(r"[A-Za-z]", value) and (latin := _latin_name(value, text)):
                return latin  # ... given in the text: "矽峰科技股份有限公司", and "矽峰科技（SiliPeak Technology）成立於 2009 年"
            return _name_before_remark(value)
    return None


def _heading_candidates(stated: dict[str, Any], blocks: list[Block], text: str, excluded: Container[str],
                        title: str | None) -> dict[str, int]:
    """Names by weight from the headings: beside the title, after "at" in a heading, a byline, "About X", "Employer name"."""
    candidates: dict[str, int] = {}
    neighbour = _title_neighbour(blocks, title, excluded, text)
    if neighbour:
        candidates[neighbour] = 3
    # "Job Application for Platform Engineer at Fernhill Energy", a board's heading "DevOps Engineer @ Nordlicht Software — …"
    headings = [(stated.get("page_title"), False), (next((b.text for b in blocks[:3] if b.kind == "heading"), None), True)]
    for line, heading in headings:
        at = re.search(r"\s(?:at|@|bei|chez)\s+(?P<n>[A-Z][\w&.'’ ]{1,40}?)(?:\s+(?:in|à|en)\s.*|\s+[-–—|(].*)?$",
                       line.strip()) if isinstance(line, str) else None
        if at and _company_name_ok(at.group("n").strip(), excluded) and (not heading or has_job_noun(line[:at.start()])):
            candidates[at.group("n").strip()] = candidates.get(at.group("n").strip(), 0) + 3
            break
    for name in _byline_companies(stated, blocks):
        if _company_name_ok(name, excluded):
            candidates[name] = candidates.get(name, 0) + 3
    for block, after in zip(blocks, [*blocks[1:], None]):
        match = re.match(r"(?:about|über)\s+(?!us\b|uns\b|the\b|you\b)(?P<n>[\w&.'’-]+(?:\s[\w&.'’-]+)?)\s*$",
                         block.text, re.IGNORECASE) if block.kind == "heading" else None
        if match:
            candidates[match.group("n")] = candidates.get(match.group("n"), 0) + 3
        opening = (after.items[0] if after.kind == "list" and after.items else after.text) if after is not None else ""
        subject = _ABOUT_US.fullmatch(block.text.strip(" :*_#")) and _ABOUT_SUBJECT.match(opening) \
            if block.kind == "heading" else None
        if subject and _company_name_ok(subject.group("n"), excluded) and _named_again(subject.group("n"), text, text[:100_000].lower()) \
                and not (" " not in subject.group("n") and
                         re.search(rf"(?<![\w@./-]){re.escape(subject.group('n').lower())}\b(?![.@-]\w)", text)):
            # (not a word the text also writes in lower case: "Healthcare is broken", "Small businesses are ...")
            # "## About Us" above "Glasnevin Payments is a card-issuing platform": the employer, named once
            candidates[subject.group("n")] = candidates.get(subject.group("n"), 0) + 3
        named = after.text.split("\n")[0].strip() if after is not None and after.kind == "para" else ""
        if block.kind == "heading" and re.fullmatch(r"(?:employer|company|organi[sz]ation)\s+name|arbeitgeber|会社名",
                                                    block.text.lower().strip(" :")) \
                and _name_shaped(named) and len(named) <= 80 and not re.search(r"[.!?:]$|https?://|@", named):
            candidates[named] = candidates.get(named, 0) + 6  # "## Employer name" above it
    return candidates


def _add_sentence_subjects(candidates: dict[str, int], text: str, excluded: Container[str]) -> None:
    """Add the names that the text's sentences make their subject, and organisations written with their acronym."""
    lower, again = text[:100_000].lower(), {}
    for pattern, weight, sentence_start in _COMPANY_PATTERNS:
        for match in pattern.finditer(text):
            name = re.sub(r"^(?:En|Chez|Bei|Presso|Dans)\s+(?=[A-Z])", "", match.group("n").strip(".,’'"))
            if sentence_start and name not in again:  # (the first forty: each looks through the whole text)
                again[name] = len(again) < 40 and _named_again(name, text, lower)
            if re.fullmatch(rf"\S+ {LEGAL}", name) and text.endswith("the ", 0, match.start("n")):
                continue  # a school's "the Science PLC" (its professional learning community), not a firm
            if _company_name_ok(name, excluded, 80 if ORGANISATION.search(name) else 40) and \
                    (not sentence_start or again[name]):  # (a public body's name may be long)
                candidates[name] = candidates.get(name, 0) + weight
    for name, acronym, unit in _named_with_acronym(text):  # "The Australian Climate Data Office (ACDO)"
        if unit:  # "The Center for … (CHPC) at Prairie State University": a part of the employer
            candidates.pop(acronym, None)
            candidates.pop(name, None)
            continue
        mentions = len(re.findall(rf"\b{re.escape(acronym)}\b", text))  # the name's own are counted below
        if acronym.lower() not in excluded and name.lower() not in excluded and mentions + text.count(name) >= 3 \
                and ORGANISATION.search(name):  # not "the Monetary Authority of Singapore (MAS)" named once
            candidates[name] = candidates.get(name, 0) + 2 + candidates.pop(acronym, 0) + mentions


def _add_lowercase_names(candidates: dict[str, int], text: str, excluded: Container[str]) -> None:
    """Add the names on a page without capitals: what starts its paragraphs, or what its address spells."""
    counted: dict[str, int] = {}
    for match in re.finditer(r"(?:^|\n)(?:(?:a|o|la|el|le|die|der|das) )?([a-z][\w-]{2,30})"
                             r"(?: (?:gmbh|ag|ltd|inc|bv|sa|sas|oy|ab|as|llc))?(?: \([a-z]{2,6}\))? "  # "die bundesrechenzentrum
                             r"(?:[a-z]{3,}s|is|was|é|es|est|ist)(?!\w)|"  # gmbh (brz) ist" ("a trilha é uma edtech")
                             r"\bwe(?:['’]re| are) ([a-z][\w-]{2,30}),|"  # "hello. we're kelpie, a team of 14"
                             rf"\A\s*[^\n]{{0,60}}?\b{JOB_NOUN}s? (?:at|@) ([a-z][\w-]{{2,30}})\s*\n", text):
        name = next(group for group in match.groups() if group)  # ... and is after "at" on its first line
        if name not in counted:  # (not "we're remote-first," or "we're growing,"; the first forty names only)
            counted[name] = 0 if name in _WERE or len(counted) >= 40 else text.count(name)
        if name not in _NOT_COMPANY and counted[name] >= 2 and _company_name_ok(name, excluded):
            candidates[name] = candidates.get(name, 0) + 2
    # ... or heads the page, alone or before its careers page's name: "kalahari agri holdings", "kilele staffing
    # solutions ltd – current vacancies", when the text writes it again
    head = next((line.strip(" #*_-•") for line in text[:2000].split("\n") if line.strip()), "")  # (or a list's first item)
    top = re.fullmatch(rf"([a-z][\w&'’.-]*(?: [\w&'’.-]+){{0,7}}?)(?:\s+[–—|/-]\s+{CAREERS_PAGE})?", head)
    if top and " " in top.group(1) and not has_job_noun(top.group(1)):
        name = brand_name(top.group(1))
        if text.count(name) >= 3 and _company_name_ok(name, excluded) and name.split()[0] not in _NOT_COMPANY:
            candidates[name] = candidates.get(name, 0) + 3
    named = _named_by_address(text, applying=True)  # ... or is what its address spells: "ferrule" for jobs@ferrule.ie,
    if named and named.count(" ") < 2:  # "kuusi labs" for careers@kuusilabs.eu (not "kuusi"), and "havbris mobility"
        longer = re.search(rf"(?:^|\n){re.escape(named)} ([a-z][\w-]{{2,30}}) (?:[a-z]{{3,}}s|is|was)\b", text)
        if longer and not longer.group(1).endswith("s") and longer.group(1) not in _NOT_SECOND_WORD | ORDINARY \
                and not re.match(rf"\s+(?=[\w/]{{3}}|\S*\.){LEGAL}(?!\w)", text[longer.end():longer.end() + 20],
                                 re.IGNORECASE) \
                and (" " not in named or text.count(f"{named} {longer.group(1)}") >= 2):  # (a third word twice)
            named += " " + longer.group(1)  # ... when "havbris mobility runs ..." starts a paragraph
        tail = re.search(rf"(?<![\w@./-]){re.escape(named)} ({_NAME_TAIL.pattern})(?=[ \t]*(?:[–—|,(·]|-\s|$))",
                         text[:100_000], re.MULTILINE)  # (a name's end, not "kiwano studio is our store builder")
        if " " not in named and tail:
            named += " " + tail.group(1).lower()  # ... or is written once with its trade: "saltbush games – fitzroy"
    if named and " " in named:  # ... as the text writes it: "hartwell & crane" for careers.hartwellcrane.com
        written = re.search(r"(?<![\w@./-])" + r"[ \t]+(?:(?:&|and|\+)[ \t]+)?".join(map(re.escape, named.split())) + r"(?!\w)",
                            text[:100_000])
        named = written.group() if written else named
    if named:  # ... with its firm's tail, written twice: "kothari sen & associates", "brandt & partners"
        firm = re.search(rf"(?<![\w@./-]){re.escape(named)}\s+(?:&|and)\s+(?:associates|partners|co\.|company|sons)(?!\w)",
                         text[:100_000])
        named = firm.group() if firm and text.count(firm.group()) >= 2 else named
    if named and _company_name_ok(named, excluded):
        candidates[named] = candidates.get(named, 0) + 2 + (candidates.pop(named.split()[0], 0) if " " in named else 0)


def _likeliest(candidates: dict[str, int], text: str, title: str | None) -> str | None:
    """The name with most weight, after a short name is merged into its full one and a unit into its parent."""
    if title:  # the title in another script: "مهندس DevOps" beside "DevOps Engineer"
        candidates = {name: score for name, score in candidates.items() if not _translated_title(name, title)}
    if not candidates:
        return None
    if len(candidates) > 50:  # a text of thousands of names: the likeliest fifty, in order of weight
        candidates = dict(sorted(candidates.items(), key=lambda item: -item[1])[:50])
    by_first: dict[str, list[str]] = {}
    for name in candidates:
        by_first.setdefault(name.split()[0], []).append(name)
    for short in list(candidates):  # "About Saltmarsh" and "Saltmarsh Energy runs ...": one company, its full name
        longer = [n for n in by_first[short.split()[0]][:20] if n.startswith(short + " ") and n in candidates]
        longer = [n for n in longer if text.count(n) >= 2 or n in text and (
            _NAME_TAIL.fullmatch(n[len(short) + 1:]) and _written_as_the_company(n, text)
            or re.search(rf"\s{LEGAL}$", n) and _written_as_the_company(n, text, byline_only=True))]
        # (a studio's full name written once, as the company's, or a company's legal one in a byline: "**Isarmed
        # Clinical Research GmbH** · Vollzeit", not "Brightloom Software Ltd is a bootstrapped company")
        if longer and short in candidates:  # (a name already merged into a longer one is gone: "Grimfrost Studio"
            # into "Grimfrost Studio Montreal" before "Grimfrost")
            candidates[longer[0]] += candidates.pop(short)
    for short in [name for name in candidates if " " not in name]:  # "health" (jobs@health.gov.au) and "department of
        # health and aged care" under the title: the organisation's full name
        longer = [n for n in candidates if " " in n and ORGANISATION.match(n.removeprefix("the ").removeprefix("The "))
                  and re.search(rf"\b{re.escape(short)}\b", n, re.IGNORECASE)]
        if longer:
            candidates[longer[0]] += candidates.pop(short)
    if any(_PARENT.search(name) and not _UNIT.search(name) for name in candidates):
        # a department under the university a byline names: "The Nuffield Department of Population Health is one of
        # the largest departments" below "University of Oxford — Nuffield Department …"
        candidates = {name: score for name, score in candidates.items() if not _UNIT.search(name)}
    scored = {name: score + times_named(name, text) for name, score in candidates.items()}
    best = max(scored, key=lambda n: (scored[n], -text.find(n)))
    return best if scored[best] >= 3 else None


# The last word of a company's full name, enough for it to win when written once ("About Marrowgate" above
# "Marrowgate Studios was founded in 2009")
_NAME_TAIL = re.compile(r"(?i:studios?|games|labs|interactive|entertainment|animation)")


def _a_name(field: str) -> bool:
    """Whether a "Company:" or "Client:" field names one ("Odra Software sp. z o.o."), not "Confidential", "a leading
    bank", "Financial Services" or "Our client, a fast-growing fintech"."""
    return not _UNNAMED.match(field) and not _SECTOR.match(field) and not _RECRUITER.search(field) \
        and _name_shaped(re.sub(rf",?\s{LEGAL}$", "", field))


def _written_as_the_company(name: str, text: str, byline_only: bool = False) -> bool:
    """Whether a name is written as the company's own: in a byline at the top ("driftlight studios · gastown") or
    as a sentence's subject ("Marrowgate Studios was founded in 2009"); not "Roblox Studio lets creators build"."""
    in_byline = re.search(rf"(?m)^[ \t*#-]*{re.escape(name)}[*_]*[ \t]*(?:[·|–—,(]|$)", text[:300])
    return bool(in_byline or not byline_only and re.search(
        rf"\b{re.escape(name)} (?:was|is|are|has been) (?:founded|established|a|an|one)\b", text[:100_000]))


def _shouting(text: str) -> bool:
    """Whether a text is written in capitals: "CODEBRIDGE ACADEMY, YABA LAGOS IS HIRING!!!"."""
    letters = [c for c in text[:5000] if c.isalpha()]
    return len(letters) >= 200 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


# Words after a company's name at the start of a paragraph that are not the rest of its name ("acme really cares")
_NOT_SECOND_WORD = {"really", "also", "now", "still", "already", "just", "only", "currently", "today", "team", "itself",
                    "always", "never", "finally", "recently", "quietly", "basically", "mostly", "simply"}

# What "we're" says that is not a name: "we're growing, ..."
_WERE = {"growing", "hiring", "remote", "remote-first", "remote-friendly", "based", "profitable", "distributed", "small",
         "big", "back", "here", "live", "open", "proud", "excited", "building", "looking", "funded", "bootstrapped",
         "independent", "fully", "not", "still", "now", "also", "hybrid", "international", "global", "friendly", "flexible",
         "different", "serious", "ambitious", "curious", "honest", "default", "early", "late", "sorry", "human"}
_HOSTS = {"gmail", "googlemail", "yahoo", "hotmail", "outlook", "icloud", "proton", "protonmail", "gmx", "web", "mail",
          "google", "forms", "bit", "lnkd", "wa", "t", "facebook", "instagram", "twitter", "x", "tiktok", "youtube",
          "telegram", "whatsapp", "typeform", "notion", "calendly", "loom", "medium", "vimeo", "substack", "github",
          "gitlab", "figma", "miro", "dropbox", "zoom"}


def _named_by_address(text: str, applying: bool = False) -> str | None:
    """Words of the text that spell the name of its e-mail or web address: "CODEBRIDGE ACADEMY" for
    careers@codebridgeacademy.ng; not a mail or job site's. applying: only e-mail addresses and the
    links of lines about applying (not a video's "loom.com/share/...")."""
    text = text[:100_000]
    names = set()
    line_starts, applying_lines = [0], []
    if applying:
        for line in text.split("\n"):
            applying_lines.append(bool(APPLY_WORDS.search(line)))
            line_starts.append(line_starts[-1] + len(line) + 1)
    for match in re.finditer(r"(?:@|https?://)([\w.-]{3,100})", text, re.IGNORECASE):
        if applying and not match.group().startswith("@") and \
                not applying_lines[bisect.bisect_right(line_starts, match.start()) - 1]:
            continue
        labels = match.group(1).lower().strip(".").split(".")
        if len(labels) < 2:
            continue
        # the name before the public suffix: codebridgeacademy.ng, acme.co.uk, apply.workable.com -> workable
        name = labels[-3] if len(labels) >= 3 and labels[-2] in ("co", "com", "org", "ac", "gov", "net") else labels[-2]
        if len(name) >= 4 and name not in _HOSTS and name not in _JOB_SITES:
            names.add(name.replace("-", ""))
    if not names:
        return None
    prefixes = {name[:n] for name in names for n in range(1, len(name) + 1)}
    words_only = re.sub(r"\S*(?:@|https?://)\S*", " ", text, flags=re.IGNORECASE)  # not the address's own letters
    for line in words_only.split("\n"):
        words = re.findall(r"[^\W\d_][\w&'’-]*", line)
        for start in range(len(words)):
            joined = ""
            for end in range(start, min(start + 4, len(words))):
                joined += re.sub(r"[^a-z0-9]", "", words[end].lower())
                if joined in names:
                    return " ".join(words[start:end + 1])
                if joined not in prefixes:
                    break
    return None


# An organisation's name with its acronym after it: "Leibniz-Institut für Küstenökosysteme (LIK)",
# "Institut de recherche pour la simulation du climat (IRSC)"
_WITH_ACRONYM = re.compile(r"(?P<n>[A-ZÄÖÜÉ][\w'’-]*(?:\s+[\w'’-]+){0,9}?)\s+\((?P<a>[A-Z][A-Za-z]?[A-Z]{1,6})\)")
_CONNECTORS = {"für", "for", "of", "and", "&", "de", "du", "des", "la", "le", "les", "pour", "the", "die", "der",
               "und", "y", "del", "e", "di", "della", "en", "et", "van", "voor", "in", "on"}


def _named_with_acronym(text: str) -> list[tuple[str, str, bool]]:
    """(name, acronym, whether it is a unit of another organisation) where a name opens a sentence,
    a line or a field's value and is followed by its acronym in brackets: the acronym's letters
    are the initials of the name's words (and of their hyphenated parts). Not a name inside a
    sentence ("a licence from the Monetary Authority of Singapore (MAS)"): that is someone else."""
    found = []
    text = text[:100_000]
    for match in _WITH_ACRONYM.finditer(text):
        spans = [(word.start() + match.start("n"), word.group()) for word in re.finditer(r"\S+", match.group("n"))]
        words, acronym = [word for _, word in spans], match.group("a")
        for start in range(len(words)):
            if words[start][:1].isupper() and words[start].lower() not in _CONNECTORS \
                    and _abbreviates(acronym.upper(), [part.upper() for word in words[start:]
                                                       if word.lower() not in _CONNECTORS
                                                       for part in word.split("-") if part]):
                name = " ".join(words[start:])
                before = text[max(0, spans[start][0] - 40):spans[start][0]]
                part_of = re.match(r"\s+(?:at|of|an der|at the|de l['’]|de la|du)\s+[A-Z]", text[match.end():match.end() + 20])
                if re.search(r"(?:^|[\n.!?:>])\s*(?:[-*•][ \t]+)?(?:(?:the|das|der|die|le|la|el|il|l['’])\s*)?$", before,
                             re.IGNORECASE):  # (an item of a list too: a header of short lines)
                    found.append((name, acronym, bool(part_of)))
                break
        if len(found) == 5:
            break
    return found


def _abbreviates(acronym: str, words: list[str]) -> bool:
    """Whether the acronym is the words' initials, where a long word (a compound) may give more than
    one letter, in order: "Bundesamt für Finanzmarktstabilität (BFMS)", "Monetary Authority of Singapore (MAS)"."""
    if not words:
        return not acronym
    word = words[0]
    if not acronym or acronym[0] != word[0]:
        return False
    if _abbreviates(acronym[1:], words[1:]):
        return True
    at = 1  # ... more letters from inside a compound
    for n, letter in enumerate(acronym[1:len(acronym) - len(words) + 1], 1):
        if len(word) < 10 or (at := word.find(letter, at) + 1) == 0:
            return False
        if _abbreviates(acronym[n + 1:], words[1:]):
            return True
    return False


def _name_shaped(text: str) -> bool:
    """A name: a few words, most of them capitalised, none a pronoun ("Aire Valley Teaching Hospitals
    NHS Foundation Trust", not "Im Herzen von Hamburg entwickeln wir Software")."""
    words = text.split()
    return 0 < len(words) <= 10 and words[0][:1].isupper() and \
        sum(w[:1].isupper() for w in words) * 2 > len(words) and \
        not re.search(r"\b(?:we|our|us|wir|unser\w*|nous|notre|nosotros|you|ihr)\b", text, re.IGNORECASE)


def _named_again(name: str, text: str, lower: str) -> bool:
    """A name of several words, one the text writes more than once or one its web or e-mail address
    has (lower: the text in lower case): a company's. A word that is capitalised once where a
    sentence starts ("Important messages", "Post requirements") is not."""
    return " " in name or times_named(name, text[:100_000], "-", 2) >= 2 or \
        times_named(name.lower() + ".", lower, "-", 1, after=r"[a-z]{2,}\b") > 0  # "jobs@wattly.de"


# The kind of a trainee's contract, on a job site's line of its own: "Stage", "Alternance", "Praktikum"
_TRAINING_TERMS = re.compile(r"stage|alternance|internship|praktikum|apprenticeship|ausbildung|lehre|pr[áa]cticas|"
                             r"tirocinio|stage de fin d['’][ée]tudes|traineeship|graduate (?:scheme|programme|program)",
                             re.IGNORECASE)


def public_body(name: str) -> bool:
    """A public body's name, which is written as a name even on a page without capitals: "department of health and
    aged care", "University of Oxford"."""
    return bool(re.match(r"(?:the )?(?:department|ministry|office|agency|university) (?:of|for) \w", name, re.IGNORECASE))


# The last word of a team's or unit's name ("– Security Operations Center"; not "– Quebracho Labs")
_TEAM_WORD = re.compile(r"\b(?:team|center|centre|unit|department|division|section|platform|services|operations|squad|"
                        r"tribe|office|group|abteilung|bereich|referat|équipe|service)$", re.IGNORECASE)


def _title_neighbour(blocks: list[Block], title: str | None, excluded: Container[str], text: str) -> str | None:
    """The company as a job site's header shows it: a name on its own line just below or above
    the title ('Bursztyn Software' under 'Inżynier ds. Automatyzacji Testów'), of up to five words,
    or eight for a public body's or one the text writes again as a subject ("Health New Zealand –
    Te Whatu Ora is responsible for ...")."""
    if not title:
        return None
    raw = header_lines(blocks)
    # (a name in bold before the rest of its line is the name, one before its careers page's name too: "INSTITUT
    # PASTEUR – Offre d'emploi")
    lines = [_SITE_SECTION.sub("", re.sub(r"^\*\*([^*\n]{1,80})\*\*\s.*", r"\1", line.strip()).strip(" *_"))
             for line in raw]
    bold = {line for line, written in zip(lines, raw) if written.strip().startswith("**")}
    lines = [line for line in lines if line not in bold or not _NOT_A_NAME.search(line) or clean_title(line) == title]
    for at in (n for n, line in enumerate(lines) if clean_title(line) == title):
        for line in [*lines[at + 1:at + 3], *lines[max(0, at - 2):at][::-1]]:
            name = line.title() if line.isupper() else line  # "OCÉLIA LOGICIELS"
            name = re.sub(rf",(?=\s+{LEGAL}$)", "", name)  # "Farmácias Kianda, S.A."
            public = public_body(name)  # (a longer name, on a page without capitals too: "department of health and aged care")
            words = len(name.split())
            # ... or an organisation's in bold: "**Oxford University Hospitals NHS Foundation Trust** — Oncology …"
            longer = 5 < words <= 8 and (public and not re.search(r"\s[-–—]\s", name) or _written_as_subject(name, text)
                                         or line in bold and _name_shaped(name) and bool(ORGANISATION.search(name)))
            if (1 <= words <= (8 if longer else 5)
                    and not re.search(r"[\d:|·•@$€£>›»/]|\*\*|__", name)
                    and (name[:1].isupper() or public and is_lowercase(name))
                    and not re.search(r"\b(?:team|department|abteilung|équipe|equipo)$", name, re.I)
                    and not any(re.fullmatch(pattern, name.lower()) for pattern in LABELS.values())
                    and not is_section_name(name) and not TERMS.search(name) and not _TRAINING_TERMS.fullmatch(name)
                    and not re.fullmatch(CAREERS_PAGE, name, re.IGNORECASE)  # "Trabaja con nosotros" under the name
                    and not _NOTICE.search(name)
                    and _company_name_ok(name, excluded, 80 if longer else 40)
                    and not has_job_noun(name)):
                return name
    return None


# Words of a bold line under a title that is no name: "**Part of the Digital Services Group**", "**Join the … team at …**"
_NOT_A_NAME = re.compile(r"^(?:part of|join|member of|a|an|our|we|you)\b|\b(?:team|at)\b|urgent|hiring|\bseries [a-f]\b|"
                         r"\bseed\b|start-?up|scale-?up|fintech", re.IGNORECASE)
# A careers page's name after the employer's: "INSTITUT PASTEUR – Offre d'emploi", "Aare Rück – Karriere", "Acme Careers"
_SITE_SECTION = re.compile(rf"(?<=\S)(?:\s+[-–—|])?\s+{CAREERS_PAGE}\s*$", re.IGNORECASE)
# A public employer's notice above the title, in capitals like a name: "OGŁOSZENIE O NABORZE NA STANOWISKO"
_NOTICE = re.compile(r"\b(?:oferta de emprego|oportunidade de emprego|og[łl]oszenie|nab[óo]r|konkurs|stellenausschreibung|ausschreibung|avis de (?:recrutement|"
                     r"vacance)|appel à candidatures|convocatoria|bando|vacancy (?:notice|announcement)|job (?:announcement|"
                     r"advert(?:isement)?)|call for applications|oferta de (?:empleo|trabajo)|offre d['’]emploi)\b",
                     re.IGNORECASE)


# German nouns "bei" stands before in a posting that are no employer: "unterstützt bei Ausschreibungen", "bei Fragen"
_GERMAN_AFTER_BEI = (r"(?:Fragen|Rückfragen|Kunden|Kundinnen|Problemen|Bedarf|Interesse|Vollzeit|Teilzeit|Ausschreibungen|"
                     r"Projekten|Bewerbungen|Eignung|Unklarheiten|Störungen|Audits|Veranstaltungen|Messen|Terminen|"
                     r"Schwerbehinderung|gleicher)")
# (nor a noun before a genitive: "Bei Vorliegen der Voraussetzungen", "bei Erfüllung des Profils")
_GERMAN_NOUN_BEFORE_GENITIVE = r"[A-ZÄÖÜ][a-zäöüß]+ (?:der|des|eines|einer)\b"


def _written_as_subject(name: str, text: str) -> bool:
    """Whether a sentence of text starts with name as its subject: "Health New Zealand – Te Whatu Ora is ..."."""
    pattern = rf"{re.escape(name)}(?: \([A-Z]{{2,8}}\))? (?:is|are|was|has|have|ist|hat|est|es|[a-zäöü]{{4,}}(?:s|t))\b"
    for match in itertools.islice(re.finditer(pattern, text[:100_000]), 20):  # (and "Das Bundesamt für ... (BSI) gestaltet")
        if re.search(r"(?:^|\n|[.!?:] )(?:(?:The|Das|Der|Die|La|Le|El|Il) )?$", text[max(0, match.start() - 6):match.start()]):
            return True
    return False


# A capital letter of a Latin alphabet: "Śląskie Zakłady Chemiczne", "Česká spořitelna", "Łukasiewicz"
_CAPITAL = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽȘȚ"
_NAME = (rf"(?P<n>(?:[{_CAPITAL}]|[a-z]{{1,3}}-(?=[A-Z]{{2}}))[\w&'.-]{{0,40}}[\w](?:\s(?:[{_CAPITAL}][\w&'.-]{{0,40}}[\w]|&|GmbH|AG|"
         r"SE|Inc\.?|Ltd\.?|LLC)){0,2})")
# ... and the client it names: "we're working with our client Caña Labs, a Madrid-based scale-up"
_CLIENT = re.compile(r"\b(?:(?:[Oo]ur|[Mm]y) client,?[ \t]+(?:is\s+)?|(?:on behalf of|partnered with|"
                     r"partnering (?:exclusively )?with|(?:I['’]m|I am|[Ww]e['’]re|[Ww]e are) (?:exclusively )?working "
                     r"(?:exclusively )?with) |"
                     # ... in another language, and what it is before its name: "Dla naszego klienta – firmy **Arcturus"
                     rf"(?i:{_OUR_CLIENT}),?[ \t]+(?:[-–—][ \t]+)?(?:(?![{_CAPITAL}])[^\W\d_][\w-]{{3,}}[ \t]+){{0,2}}(?:\*\*)?)" + _NAME)
# ... or supports it "with its graduate programme" (not "proud to support Women In Tech Leeds every year")
_CLIENT_SUPPORTED = re.compile(r"\b(?:proud|delighted|pleased|happy|excited) to (?:support|represent|recruit for) " + _NAME +
                               r"(?= (?:with|in|on) (?:its|their|the)\b)")
# A section about the employer, and its opening subject: "Grainly helps bakeries ...", "The Tübingen Institute for
# Learning Systems (TILS) is a research institute ..."
_ABOUT_US = re.compile(r"(?i)about\s+(?:us|the\s+(?:company|employer|organi[sz]ation)|our\s+company)|who\s+we\s+are|"
                       r"the\s+company|über\s+uns|wer\s+wir\s+sind|qui\s+sommes[- ]nous|à\s+propos(?:\s+de\s+nous)?|"
                       r"sobre\s+nosotros|over\s+ons|o\s+nas|om\s+oss|chi\s+siamo|quem\s+somos")
_ABOUT_SUBJECT = re.compile(r"(?:The |Die |Der |Das )?(?P<n>[A-Z][\w&'.-]{0,40}[\w](?:\s(?:[A-Z][\w&'.-]{0,40}[\w]|&|for|of|"
                            r"de|für|GmbH|AG|SE|Inc\.?|Ltd\.?|LLC)){0,5})"  # (_NAME, with "for" and "of": up to six words)
                            r"(?: \([^()\n]{1,40}\))? (?:is|are|was|has been|ist|est|es|è|[a-z]{3,}s|hilft|entwickelt|"
                              r"baut|betreibt)\b")
# (pattern, weight, whether it finds the name where a sentence starts, so any capitalised word)
# A careers page's heading before its employer's name: "Careers at", "Jobs bei", "Werken bij", "Travailler chez"
_CAREERS_AT = r"(?i:(?:careers|jobs|karriere|vacancies) (?:at|bei|with)|werken bij|arbeiten bei|travailler chez)"
_COMPANY_PATTERNS = [
    (re.compile(rf"(?:^|\n|[.!?] )(?:Die |Der |Das )?{_NAME} (?:[a-z]{{3,}}s|[a-zäöü]{{3,}}iert|ist|entwickelt|versorgt|baut|hilft|bietet|"
                rf"macht|betreibt|gehört|sucht|sviluppa|progetta|desarrolla|développe|conçoit|cerca|busca|recherche|"
                rf"recrute|assume|contrata|zoekt|szuka|hledá|söker|procura|poszukuje|zatrudni|rekrutuje|hľadá|keres|"
                rf"caută|angajează|traži|zapošljava|išče|ieško|meklē|otsib|etsii|søker)\b(?! (?:and|or|to|of)\b)"), 2, True),
    (re.compile(rf"\b(?:[Ww]e are|[Ww]e['’]re|[Ww]ir sind|[Nn]ous sommes|[Ss]omos|[Ss]iamo) {_NAME}(?=[,.;:]| \()"), 2, False),
    (re.compile(rf"(?:^|\n|[.!?] ){_NAME} olarak\b"), 2, False),  # Turkish "Lumo Games olarak ... geliştiriyoruz"
    (re.compile(r"\b(?:careers|jobs|karriere) (?:at|bei) (?P<n>[\w&-]+)"), 2, False),
    # ... a page's heading of its whole name: "careers at medilink pharmacy", "Jobs bei Brezelwerk Software"
    (re.compile(rf"(?:^|\n)[#* \t]*{_CAREERS_AT} (?P<n>[\w&'’-]+(?: [\w&'’-]+){{1,3}})[ \t*]*(?=\n|$)"), 3, False),
    # ... or a breadcrumb's first step: "werken bij van der linden precisietechniek > vacatures > productie"
    (re.compile(rf"(?:^|\n)[#* \t]*{_CAREERS_AT} (?!(?:ons|uns|us|nous|nosotros)\b)(?P<n>[\w&'’-]+(?: [\w&'’-]+){{0,4}}?)"
                r"[ \t]*[>›»|/]"), 3, False),
    # (not a place: "our office at Lindholmen", "based at Canary Wharf")
    (re.compile(rf"(?<!office )(?<!offices )(?<!based )(?<!located )(?<!hq )(?<!HQ )"
                rf"\b(?:[Aa]t(?! [A-Z]+\b[^.\n]{{0,20}}\blevel\b)|[Jj]oin|[Jj]oining|"  # (not "a clearance at SECRET UE/EU SECRET level")
                rf"[Bb]ei(?! {_GERMAN_AFTER_BEI}\b| {_GERMAN_NOUN_BEFORE_GENITIVE}| [A-ZÄÖÜ][a-zäöüß]+(?:ungen|ionen|heiten|keiten|schaften|unternehmen)\b)|[Ww]elcome to|[Ll]ove|[Cc]hez|[Bb]ij|[Pp]resso) {_NAME}(?=[\s,.!;:’'])"),
     2, False),
    # "Acme (YC W21) is hiring", "Kumo Labs (クモラボ株式会社) is a ..."
    (re.compile(rf"(?:^|[.!?:]\s+){_NAME}(?: \([^()\n]{{1,40}}\))? (?:is|was|has been|ist) (?:a|an|the|ein|eine|one|\w+ing)\b",
                re.MULTILINE), 2, False),
    (re.compile(rf"\b{_NAME}['’]s\b"), 1, False),
    (re.compile(rf"(?<![\w.-])(?P<n>[A-Z][\w&'.-]{{0,40}}[\w](?:\s[A-Z][\w&'.-]{{0,40}}[\w]){{0,3}}\s{LEGAL})"
                rf"(?![\w])(?!\s*\d)"), 3, False),  # not "Java SE 17"
    # a school district or board, whose name is long: "Kittatinny Valley Regional School District", "Toronto District
    # School Board", "Springfield Public Schools"
    (re.compile(r"(?<![\w.-])(?P<n>(?:(?!(?:The|Of|For|In|At|To|Why|Join|About|Benefits|Teachers?|Work(?:ing)?|Careers?|"
                r"Jobs?)\b)[A-Z][\w'.-]+ ){1,5}(?:School District|Public Schools|County Schools|City Schools|"
                r"Board of Education|(?:Catholic )?District School Board))\b"), 3, False),
    (re.compile(r"\bat the heart of (?P<n>[\w&-]+)\b"), 2, False),
    (re.compile(r"\b(?:team|mission|founders?) of (?P<n>[A-Z][\w&-]+)\b"), 1, False),
    (re.compile(rf"\b(?:make|makes|build|building) {_NAME} (?:better|great|the)\b"), 2, False),
]


def _byline_companies(stated: dict[str, Any], blocks: list[Block]) -> list[str]:
    """`Alpnova AG · Zürich · Hybrid` under the title, or the site's name in the page title."""
    names = []
    page_title = stated.get("page_title") or ""
    for part in re.split(r"\s+[|–—-]\s+", page_title):
        if part.strip().lower() in _JOB_SITES:
            continue  # "NHS Jobs", not "NHS"
        part = re.sub(rf"\b(?:{CAREERS_PAGE}|hiring)\b", "", part, flags=re.I).strip(" -|")
        if part and not has_job_noun(part):
            names.append(part)
    lines = [line for block in blocks[:4] for line in ([block.text] if block.kind != "list" else block.items[:3])]
    # the team a title line names after a dash: "it-security engineer (w/m/x) – security operations center" above
    # "security operations center · referenznummer 2026-0147 · wien"
    teams = {tail for line in lines if len(line) <= 300 for dash in (" – ", " — ", " - ")
             if dash in line and has_job_noun(line.rsplit(dash, 1)[0])
             for tail in [line.rsplit(dash, 1)[1].strip(" *_").lower()] if _TEAM_WORD.search(tail)}
    for line in (line for line in lines if len(line) <= 300):  # a byline is short; splitting a long one is slow
        # (and a separator a file lost to "?": "Agro Sahel Export SA ? Sfax, Tunisie")
        parts = [p.strip(" *_") for p in re.split(r"\s+[·|•?]\s+|\s+[-–—]\s+|\s{3,}", line.strip())]
        if parts[0].lower() in teams:
            continue
        careers = re.fullmatch(rf"(?P<n>[A-Z][\w&.' -]{{1,60}}?)\s+(?i:{CAREERS_PAGE})", line.strip())
        if careers and line.strip().lower() not in _JOB_SITES:
            names.append(careers.group("n"))  # "Prairie State University Careers" above a job portal's page
        elif re.fullmatch(rf"[\w][\w&.' -]{{1,40}},?\s{LEGAL}", parts[0]):
            names.append(re.sub(r",(?=\s\S+$)", "", parts[0]))  # "Brezelwerk Software GmbH" on its own line,
            # "Transportes Limpopo, Lda."
        elif len(parts) >= 2 and _name_shaped(parts[0]) and ORGANISATION.search(parts[0]) and not _UNIT.search(parts[0]) \
                and _UNIT.search(parts[1]):
            names.append(parts[0])  # "University of Oxford — Nuffield Department of Population Health (NDPH)", "World
            # Health Organization · Department of Digital Health and Innovation (DHI)"
        elif 2 <= len(parts) <= 6 and len(line) < 160 and len(parts[0].split()) <= 5 \
                and all(len(p.split()) <= 8 for p in parts[1:]) \
                and not re.search(rf"{JOB_NOUN}|[:\d]", parts[0], re.IGNORECASE) \
                and any(re.search(_BYLINE_WORDS, p, re.IGNORECASE) or _places_and_modes(p) for p in parts[1:]) \
                and not _places_and_modes(re.sub(r"\s*\([^()]*\)", "", parts[0])) and not _BADGE.fullmatch(parts[0]):
            # (not "Remote (Japan)", nor a job site's badge: "Urgent · Kraków / hybrid")
            names.append(parts[0])  # "Alpnova · Zürich · Hybrid", "petitpas — jobs", "Data Steppe — Харків / віддалено",
            # "hearth & hound · bristol (harbourside) · hybrid, 3 days a week in the studio"
    return names


# A job site's badge before a posting's places and terms
_BADGE = re.compile(r"urgent(?:ly hiring)?|immediate(?: start)?|asap|new|hot|featured|promoted|sponsored|top job|"
                    r"actively (?:hiring|recruiting)|easy apply|be an early applicant", re.IGNORECASE)


def _places_and_modes(part: str) -> bool:
    """Whether a byline's part names only cities and ways of working, in any script: "Харків / віддалено"."""
    pieces = [piece.strip().lower() for piece in re.split(r"[/,]", part)]
    return all(piece in city_names() or re.fullmatch(r"[^\W\d_]+", piece) and mode_of_field(piece)
               for piece in pieces) and any(pieces)  # (a mode word alone: not "Hybrid Software")


# An organisation of several parts (a university, a ministry, a health service) and one of its parts
_PARENT = re.compile(r"\b(?:universit\w*|universidad|hochschule|ministry|ministerium)\b", re.IGNORECASE)
_UNIT = re.compile(r"\b(?:department|faculty|school|division|directorate)\s+(?:of|for)\b|\bdepartment\b", re.IGNORECASE)


_BYLINE_WORDS = (r"^(?:remote|hybrid|on-?site|full-?time|part-?time|vollzeit|teilzeit|cdi|jobs?|careers?|karriere|"
                 r"lavora con noi|trabaja con nosotros|carri[èe]res?|empleo|vacatures|werken bij|job posting|"
                 r"temps (?:plein|partiel)|tiempo completo|jornada completa|tempo (?:inteiro|integral|pieno)|"
                 r"(?:posted|publi(?:é|cad)[oa]?|publicada|pubblicato|veröffentlicht)\b.*|"
                 r"[A-ZÄÖÜ][\w-]+(?:,\s*[A-Z][\w ]+){0,2}(?:\s*\((?:remote|hybrid|on-?site)\))?)$")


def _latin_name(name: str, text: str) -> str | None:
    """The Latin name the text gives beside an organisation's name in another script, without its legal form:
    "矽峰科技（SiliPeak Technology）" for "矽峰科技股份有限公司", "なにわクラウド（Naniwa Cloud Inc.）"."""
    core = re.sub(r"^(?:株式会社|有限会社|주식회사|\(주\))|(?:股份有限公司|有限公司|株式会社|有限会社|주식회사|公司)$", "", name.strip())
    if len(core) < 2:
        return None
    beside = re.search(rf"{re.escape(core)}\s*[（(]([A-Za-z][\w&.,' -]{{1,60}}?)[)）]", text[:100_000])
    # (with no digits and no place: not "（Hsinchu Science Park）", "（TSE Growth 4385）")
    if not beside or re.search(r"\d", beside.group(1)) or any(
            word.lower() in city_names() or word.lower() in region_or_country_names() for word in beside.group(1).split()):
        return None
    return beside.group(1).strip()


def _translated_title(name: str, title: str) -> bool:
    """Whether name is the title in another script, with its Latin words ("مهندس DevOps" for "DevOps Engineer")."""
    latin = re.findall(r"[A-Za-z][\w+#.-]*", name)
    return bool(latin) and bool(re.search(NON_LATIN, name)) and \
        {w.lower() for w in latin} <= {w.lower() for w in re.findall(r"[\w+#.-]+", title)}


# A job site's "Confidential Company": an employer that does not want to be named
_CONFIDENTIAL = re.compile(rf"(?i)(?:{_UNNAMED_WORDS})(?:\s+(?:company|employer|client|firm|organi[sz]ation))?")


def _company_name_ok(name: str, excluded: Container[str], longest: int = 40) -> bool:
    if not name[:1].isalnum():
        return False  # "🚀🚀 OPPORTUNITÀ"
    if re.search(r"[,/#]", name):
        return False  # "Paris" in a page title, "HELSINKI, FINLAND" above the description: the place
    if name.lower() in _JOB_SITES or re.sub(r"\.(?:com|net|org|io)(?:\.\w\w)?$", "", name.lower()) in _JOB_SITES \
            or BUTTONS.fullmatch(name):
        return False  # (and a job site by its address: "Bayt.com")
    if _CONFIDENTIAL.fullmatch(name):
        return False
    if re.fullmatch(LEGAL, name) or re.fullmatch(r"B2[BC]?|W-?2|C2[CH]|1099", name):
        return False  # "your own Pty Ltd"; a contract's or tax form's code: "B2B", "W2"
    words = name.lower().split()
    if len(words) == 1 and words[0] in _ORGANISATION_WORDS:
        return False  # "the Group's strategy": the employer, called by what it is
    if words[:1] == ["the"] and any(w[:1].islower() for w in name.split()[1:] if w not in ("of", "and", "for", "&")):
        return False  # a tagline ("The future of freight"), not "The Trade Desk"
    return bool(words) and words[0] not in _NOT_COMPANY_START and not all(w in ORDINARY for w in words) \
        and words[-1] not in ("team", "office", "department") and len(name) <= longest \
        and name.lower() not in excluded and brand_name(name).lower() not in excluded \
        and not (re.fullmatch(rf"{JOB_NOUN}s?", words[-1]) and not (words[-1] == "associates" and words[-2:-1] in (["&"], ["and"], ["+"])))
    # (brand_name: "Java SE" is Java, not a company; a firm of associates is one: "Kothari Sen & Associates")


_ORGANISATION_WORDS = {"group", "company", "firm", "bank", "business", "organisation", "organization", "board", "trust",
                       "council", "agency", "employer", "client", "society"}
