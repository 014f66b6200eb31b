"""Pure functions that find each front matter field in a raw posting, one function per field."""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .conditions import APPLY_WORDS, mode_of_field
from .shapes import BUTTONS, LABELS, SUBJECT_PREFIX, split_outside_brackets
from .places import REGION_NAMES, SIGNATURE, Gazetteer, find_cities, find_countries, job_cities, workplace_cities
from .structure import Block, is_lowercase, is_section_name
from .vocab import City, city_list, country_names

_JOB_NOUN = (r"(?:engineer|developer|manager|designer|scientist|analyst|architect|lead|head|director|consultant|"
             r"administrator|specialist|intern|researcher|writer|advocate|officer|technician|programmer|tester|"
             r"recruiter|owner|coordinator|strategist|marketer|editor|sre|cto|cfo|ceo|vp|(?-i:AE|SDR|BDR)(?!S)|expert|associate|"
             r"trainee|apprentice|assistant|representative|executive|accountant|controller|operator|scrum master|coach|"
             r"artist(?!\s+(?:management|relations))|producer(?!\s+(?:of|relations|price))|rigger|modell?er|"
             r"(?:pipeline|technical|lighting|character|creature|rigging|houdini|shading|look ?dev|crowd|tools?|v?fx|cfx) td|"
             r"(?:bio)?informatician|statistician|mathematician|electrician|clinician|physicist|biologist|"
             r"epidemiologist|pharmacist|chemist|geneticist|toxicologist|pharmacologist|radiographer|informaticist|"
             r"lecturer|instructor|illustrator|copywriter|translator|animator|"
             r"entwickler(?:in)?|berater(?:in)?|leiter(?:in)?|architekt(?:in)?|werkstudent(?:in)?|ingenieur(?:in)?|"
             r"praktikant(?:in)?|lehrling|auszubildende[rn]?|azubi|informatiker(?:in)?|referent(?:in)?|administrator(?:in)?|manager(?:in)?|"
             r"spezialist(?:in)?|techniker(?:in)?|tester(?:in)?|programmierer(?:in)?|designer(?:in)?|"
             r"desarrollador(?:/?a)?|programador(?:/?a)?|ingenier[oa](?:/a)?|diseñador(?:/?a)?|analista|consultor(?:/?a)?|"
             r"t[ée]cnic[oa]|d[ée]veloppeu(?:r|se)(?:\(se\)|/euse)?|ing[ée]nieur(?:e)?|concepteur|chef|directeur|directrice|direktor(?:in)?|stagiaire|alternant(?:e)?|technicien(?:ne)?|administrat(?:eur|rice)|architecte|analyste|chargée?|stagista|becari[oa]|estagi[aá]ri[oa]|stażysta|"
             r"sviluppat(?:ore|rice)|ingegnere|progettista|responsabile|responsable|acheteu(?:r|se)|ontwikkelaar|medewerker|beheerder|adviseur|"
             r"desenvolvedor(?:a)?|engenheir[oa]|inżynier|programista|specjalista|kierownik|specialista|vývojář|"
             r"inženýr|utvecklare|udvikler|utvikler|ingeniør|arendaja|izstrādātājs|programmētājs|kūrėjas|programuotojas)")
# ... in Cyrillic, Turkish and Vietnamese words, and in scripts without spaces, at a word's end: "大模型算法工程师"
_JOB_NOUN_OTHER = (r"\b(?:розробни\w*|разработчи\w*|інженер\w*|инженер\w*|програміст\w*|программист\w*|аналітик\w*|"
                   r"аналитик\w*|тестувальни\w*|тестировщи\w*|адміністратор\w*|администратор\w*|архітектор\w*|"
                   r"архитектор\w*|керівник\w*|руководител\w*|geliştirici\w*|mühendis\w*|uzmanı?|yönetici\w*|"
                   r"analist\w*|tasarımcı\w*|kỹ sư|lập trình viên|chuyên viên|trưởng nhóm)|"
                   r"(?:工程师|工程師|开发|開發|经理|經理|设计师|設計師|分析师|分析師|架构师|架構師|程序员|专员|專員|总监|總監|"
                   r"研究员|研究員|实习生|實習生|顾问|顧問|エンジニア|デザイナー|マネージャー|プログラマー?|アナリスト|"
                   r"개발자|엔지니어|프로그래머|디자이너|매니저|기획자|분석가|연구원)(?![^\W\d_])")
_JOB_NOUN_IN = re.compile(rf"\b{_JOB_NOUN}s?\b|{_JOB_NOUN_OTHER}", re.IGNORECASE)
# German, Dutch and Nordic compounds end in the job noun: "IT-Systemadministrator", "Softwareentwickler:in",
# "Softwareontwikkelaar", "Mjukvaruutvecklare", "Ohjelmistokehittäjä"
_COMPOUND = re.compile(r"(?<!\w)\w{1,40}?(?:entwickler|administrator|ingenieur|techniker|berater|architekt|informatiker|analyst|"
                       r"designer|leiter|spezialist|referent|programmierer|manager|ontwikkelaar|beheerder|utvecklare|udvikler|"
                       r"utvikler|ingenjör|ingeniør|kehittäjä|insinööri|trainee)(?:in|innen)?\b", re.IGNORECASE)
_GENDER = re.compile(r"\s*[(\[]\s*(?:[mwfdxhvia*]\s*[/|,]\s*)+[mwfdxhvia*]\s*[)\]]|\s*\b[mwf]/[mwfdx](?:/[mwfdx])?\b"
                     r"|\s*\(all genders?\)|\s*\(gn\)|\s+[hf]\s*/\s*[hf]$|\s*\((?:k/m|m/k|m/ž|ž/m)\)", re.IGNORECASE)
_GENDER_AT_END = re.compile(r"[(\[]\s*[mwfdxh]\s*/\s*[mwfdxh](?:\s*/\s*[mwfdxh])?\s*[)\]]\s*$", re.IGNORECASE)
_RECRUITER = re.compile(r"\b(?:our|my)\s+client\b(?!s|[- ](?:success|base|portal|facing|services?|relations(?:hips?)?|"
                        r"experience|teams?|data|side|list|work|accounts?|management|satisfaction|needs|projects?|"
                        r"onboarding|support|delivery)\b)|\bclient of (?:ours|mine)\b|\bon behalf of (?:our|a|an)\b(?! (?:team|company|engineering|product|clients|customers)\b)|\bfür unseren (?:kunden|mandanten)\b|"
                        r"\bunser(?:e|em)? (?:kunde|mandant)\b|\bim auftrag (?:unseres|eines)\b|"
                        r"\bexclusively partnered with (?:a|an)\b", re.IGNORECASE)
# An agency's template, its client unnamed: "## Your new company" above "This well-known department" (said by an
# agency's posting only: a direct employer may use the heading too)
_NEW_COMPANY = re.compile(r"^[#* \t]*your new company\b", re.IGNORECASE | re.MULTILINE)
# ... which an agency may also say as "Fynbos Talent is partnering with Umoya Mutual" ("are delighted to be
# partnering with"), "I'm working exclusively with
# Canalside Payments" (an employer too: "partnering with Microsoft", so only on an agency's posting)
_PARTNERING = re.compile(r"\b(?:is|are|be)\b[^.\n]{0,25}?\bpartnering (?:exclusively )?with\b|"
                         r"\b(?:i['’]m|i am|we['’]re|we are) (?:exclusively )?working (?:exclusively )?with\b", re.IGNORECASE)
# A recruitment agency's name: the company a posting states is then the agency, not the employer
_AGENCY = re.compile(r"(?:recruit\w*|staffing|talent\w*(?: solutions| partners)?|search(?: partners)?|headhunt\w*|"
                     r"personnel|resourcing)(?:,?\s+(?:ltd|limited|gmbh|inc|llc|group|partners|solutions|agency|"
                     r"international))*\.?\s*$", re.IGNORECASE)
_LEGAL = (r"(?:GmbH(?: & Co\.? KG)?|gGmbH|AG|SE|B\.V\.?|BV|N\.V\.?|Ltd\.?|Limited|Inc\.?|Corp\.?|S\.L\.?|S\.A\.?|SAS|SARL|"
          r"LLC|Oyj?|AB|ASA|AS|A/S|ApS|KG|SL|SLU|S\.L\.U\.|[Ss]p\. z o\.o\.?|S\.r\.l\.?|Srl|S\.p\.A\.?|SpA|s\.r\.o\.?|a\.s\.?|"
          r"(?:Pvt|Pte|Pty|Co)\.?,? Ltd\.?|Sdn\.? Bhd\.?|Private Limited|K\.K\.|Lda\.?|Ltda\.?|UG|S\.A\. de C\.V\.|"
          r"S\.A\.S\.?|S\.R\.L\.?|SRL|LLP|PLC|plc|JSC|TNHH|Tbk|A\.Ş\.?|Ltd\. Şti\.?|ТОВ|ООО|ТзОВ|OÜ|"
          r"FZE|FZCO|FZ-LLC|FZ LLC|W\.L\.L\.?|WLL|S\.A\.E\.?|e\. ?V\.)")  # (the Gulf's free-zone and other forms, Egypt's,
# a German association's)
# Legal forms that are also words or abbreviations in prose ("a valid SIA licence", "Castlebar Co. Mayo"): only at the
# end of a name already found, or first for the Lithuanian one ("UAB Vinted")
_LEGAL_AT_NAMES_END = re.compile(r"(?<![\s,]),?\s+(?:UAB|SIA|ehf\.?|(?<![&+] )(?<!and )Co\.)$")
_LEGAL_AT_NAMES_START = re.compile(r"^UAB\s+(?=\S)")  # (not "AS Roma", "SIA Engineering Company")


def brand_name(company: str) -> str:
    """The name people use, without the legal form: 'Brezelwerk Software GmbH' -> 'Brezelwerk Software'.

    One employer then has one company page, however each posting spells its legal form.
    """
    name = re.sub(r"\s+(?:logo|careers|jobs|karriere)$", "", company.strip(), flags=re.IGNORECASE)  # "Helixa Bio logo"
    start = max(0, len(name) - 100)  # the end is all the rules look at: a hostile name may be long
    legal = _LEGAL_AT_END.search(name, start) or _LEGAL_AT_NAMES_END.search(name, start)
    name = name[:legal.start()] if legal else name
    name = _LEGAL_AT_NAMES_START.sub("", name) if len(name.split()) > 1 else name
    # a subsidiary's country after a name of two words, or of one with its legal form: "Kanro Semiconductor
    # Việt Nam", "NovaPay Singapore Pte Ltd" (not "Air France", "Code for America", "Hello Japan")
    country = _COUNTRY_AT_END.search(name, max(0, len(name) - 100))
    before = name[:country.start()].split() if country else []
    subsidiary = legal and not re.match(r"\s*e\. ?V\.", legal.group())  # (an association's country is its name's:
    # "Wikimedia Deutschland e. V.")
    if country and len(before) >= (1 if subsidiary and country.group(1) not in _NAME_LIKE_COUNTRIES else 2) \
            and before[-1].lower() not in _LINKING_WORDS:
        name = name[:country.start()]
    return name if name else company.strip()


def short_form(company: str, text: str) -> str:
    """The name a posting calls its company by, when its legal name adds a word of the trade:
    'Halyard' for 'Halyard Financial Ltd' on a page that says 'Halyard' and names 'Halyard Financial'
    only with its legal form ("Halyard Financial Ltd is authorised by ...")."""
    words = company.split()
    if len(words) != 2 or not _TRADE_WORD.fullmatch(words[1]) or len(words[0]) < 3:
        return company
    text = text[:100_000]
    full = _mentions(company, text, most=20)
    alone = _mentions(words[0], text, most=20) - full
    legal = _mentions(company, text, most=20, after=rf",?\s+{_LEGAL}(?!\w)")
    # ... and the short name standing as one at least once ("About Halyard", "Halyard's"): not an adjective
    # ("Nordic Finance AB ... Nordic markets and Nordic regulation")
    named = _mentions(words[0], text, most=1, after=r"['’]s\b|[ \t]*[.,;:!?)\n]")
    return words[0] if alone >= 2 and full == legal and named else company  # the full name only in a legal line


def full_name(company: str, text: str) -> str:
    """The name an organisation's every mention goes on with: 'Breisgau Institute for Sustainable Computing' for
    'Breisgau Institute', 'Centre for Data Science' (not 'Acme' of 'Acme for Good' said once beside 'Acme')."""
    text = text[:100_000]
    mentions = _mentions(company, text, most=20)
    if mentions < 2 or not _ORGANISATION.fullmatch(company.split()[-1]):
        return company
    longer = re.findall(rf"(?<![\w-]){re.escape(company)}((?: (?:for|of|für|de|des|du|di|della|del|van|voor|on) (?:the )?"
                        rf"[A-Z][\w'’-]+(?: (?:and |& |of (?:the )?|for (?:the )?)?[A-Z][\w'’-]+){{0,4}}))", text)
    return company + longer[0] if len(longer) == mentions and len(set(longer)) == 1 else company


# The words of a legal name that a company drops in its own text ("Labs", "Software" or "Systems" is often
# the brand's own: "Brightmoor Labs")
_TRADE_WORD = re.compile(r"Financial|Finance|Group|Holdings?|International|Corporation|Company|Enterprises")
_LEGAL_AT_END = re.compile(rf"(?<![\s,]),?\s+{_LEGAL}$")
_COUNTRY_AT_END = re.compile(r"(?<!\s)\s+(" + "|".join(sorted(map(re.escape, country_names()), key=len, reverse=True)) + r")$")
_NAME_LIKE_COUNTRIES = {"Chad", "Georgia", "Jordan", "Niger", "Guinea", "Mali"}
_LINKING_WORDS = {"of", "for", "in", "and", "&", "de", "du", "der", "di", "do", "da", "für", "pour", "para", "per", "voor",
                  "from", "the"}


_GAZETTEER_NAMES: set[str] = set()  # filled by find_places' gazetteer, so a city is never taken for the company
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
_ORDINARY = {
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
_NOT_COMPANY = _NOT_COMPANY_START | _ORDINARY  # as a single word
# Job sites and applicant tracking systems: the page's frame, never the employer
_JOB_SITES = {"linkedin", "indeed", "glassdoor", "stepstone", "xing", "monster", "dice", "reed", "totaljobs", "seek",
              "naukri", "apec", "infojobs", "welcome to the jungle", "wellfound", "angellist", "otta", "built in",
              "we work remotely", "remote ok", "remoteok", "no fluff jobs", "jobs.ch", "jobs.cz", "karriere.at",
              "freelancermap", "greenhouse", "lever", "workable", "ashby", "recruitee", "join", "join.com",
              "smartrecruiters", "personio", "teamtailor", "bamboohr", "workday", "jobvite", "breezy", "breezy hr",
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


def find_title(stated: dict[str, Any], labelled: dict[str, list[str]], blocks: list[Block], text: str,
               gazetteer: Gazetteer | None = None) -> str | None:
    """The job title: stated, labelled, a title line at the top, or prose ("As a Senior X, you will")."""
    for value in [stated.get("title"), *labelled.get("title", []), *_pipe_titles(stated, gazetteer)]:
        if isinstance(value, str) and clean_title(value):
            return _without_breadcrumbs_team(_fuller_title(clean_title(value), blocks), value, blocks)
    subject = clean_title(stated.get("subject") or "")  # a forwarded e-mail's
    if subject and looks_like_title(subject):
        return subject
    if not stated.get("title") and stated.get("page_title"):
        parts = re.split(r"\s+[|–—-]\s+", stated["page_title"])
        if looks_like_title(parts[0]):
            return clean_title(parts[0])
    for block in blocks[:4]:
        for line in [block.text] if block.kind in ("heading", "para") else block.items[:2]:
            field = re.match(r"([^:：]{2,30})[:：]\s", line)
            label = field.group(1).strip().strip("*_") if field else ""
            announced = re.fullmatch(rf"(?:(?:{_ANNOUNCES})\s*/\s*)?(?:{_ANNOUNCES})", label, re.I)  # "tender / job: …"
            if field and (_FIELD_LABEL.fullmatch(label) or not has_job_noun(label) and not announced):
                continue  # a field ("Career Level: Experienced (Non-Manager)"), not the title
            title = clean_title(line)
            if title and looks_like_title(title):
                return _without_breadcrumbs_team(title, line, blocks)
    for line in _header_lines(blocks):  # below a job site's navigation: "Trouver un job", "Alle Stellen"
        if ":" in line:
            continue  # a field ("Reports to: Head of Engineering"), not the title
        title = clean_title(line)
        if title and looks_like_title(title):
            return title
    # (and in a job site's list of facts, with one such line: not a list of other jobs, "Buchhalter (m/w/d)", "Lagerist (m/w/d)")
    lines = [line for block in blocks[:15] for line in
             ([block.text] if block.kind in ("heading", "para") else block.items[:3]
              if block.kind == "list" and sum(map(bool, map(_GENDER_AT_END.search, block.items))) == 1 else [])]
    for line in lines:  # a line of its own that ends in "(m/w/d)" names a job, whatever it is: "Data Steward"
        if _GENDER_AT_END.search(line) and len(line.split()) <= 7:
            title = clean_title(line)
            if title and title[:1].isupper() and not re.search(r"[.!?:;]|\d{3,}", title) \
                    and not re.match(r"(?:wir|ich|we|our|für|zur|zum)\b", title, re.IGNORECASE) \
                    and not re.search(r"\b(?:suchen|sucht|gesucht|looking|hiring|seeking|recherchons)\b", title, re.I):
                return title
    for pattern in _TITLE_PROSE + (_TITLE_PROSE_LOWER if is_lowercase(text) else []):
        for match in pattern.finditer(text):
            title = clean_title(match.group("t"))
            if title and looks_like_title(title, prose=True):
                return title + (_field_of_study(text[match.end("t"):]) if _ACADEMIC.search(title) else "")
    page_title = stated.get("page_title")
    if isinstance(page_title, str):
        first = re.split(r"\s+[|–—-]\s+", page_title)[0]
        if looks_like_title(first):
            return clean_title(first)
    return None


_TITLE_PROSE = [
    # the job in bold after "hiring a": "We're hiring our first dedicated **Frontend Engineer**", "**Backend Engineer (Payouts)**"
    # (not someone else's: "seeking an assistant to the **Chief Executive Officer**")
    re.compile(r"\b(?:looking for|seeking|hiring|searching for|recruiting) (?:an?|our|the) (?:(?!(?:to|for|of|with)\b)[a-z][\w-]* ){0,3}"
               r"(?P<b>\*\*|__)(?P<t>[A-Z][^*_\n]{2,80}?)(?P=b)"),
    # ... in other languages: "zoeken we een **Lifecycle Marketing Manager** die", "suchen wir eine:n **Solutions Engineer**"
    re.compile(r"\b(?:zoeken|zoekt|suchen|sucht|recherchons|cherchons|recrutons|buscamos|cerchiamo|söker|søker|søger|"
               r"szukamy|procuramos)\b[^.\n*_]{0,30}?(?<!unseren )(?<!unsere )(?<!unser )(?<!our )(?<!notre )(?<!nuestro )"
               r"(?<!nuestra )(?<!onze )(?<!ons )(?P<b>\*\*|__)(?P<t>[A-ZÄÖÜ][^*_\n]{2,80}?)(?P=b)"),  # (not "für unseren
    # **Head of Marketing** eine Assistenz")
    re.compile(r"\b[Aa]s (?:an?|our|the) (?:new |first |second |third )?(?P<t>[A-Z][\w+#/&.]*(?:[ -][\w+#/&.()]+){0,7}?)"
               r"(?=\s*(?:\([mwfdx/ ]+\))?\s*(?:,| you\b| at\b| in\b| with\b| on\b| for\b| within\b))"),
    re.compile(r"\b(?:looking for|seeking|hiring|searching for|in search of|recruiting|need|want|invites? applications for|"
               r"applications are invited for) (?:an?|our|the) [*_]{0,2}"
               r"(?:(?:new|next|first|second|third|experienced|talented|motivated|passionate|skilled|driven|dedicated|"
               r"curious|part-time|full-time|freelance|remote|fully remote) )*(?P<t>[A-Z][\w+#/&.]*(?:[ -][\w+#/&.]+){0,7}?)[*_]{0,2}"
               r"(?=\s*(?:\([^)]{1,12}\))?\s*(?:to\b|who\b|for\b|in\b|at\b|with\b|that\b|based\b|[,.;:!]|$))", re.MULTILINE),
    # (after a date: "suchen wir ab dem 01.05. eine:n Data Engineer (m/w/d)")
    re.compile(r"\b(?:suchen|sucht|verstärken)\b(?:[^.\n]|(?<=\d)\.){0,60}?\b(?:eine(?:[nr]|:n|\*n|/n|\(n\))?|als|dich als|"
               r"sie als) (?P<t>[A-ZÄÖÜ][\w+#/&.]*(?:[ -][\w+#/&.]+){0,6}?)(?=\s*\([mwfdx/ ]+\)|\s+(?:für|in|zur|zum|mit)\b|[,.])"),
]


# ... on a page without capitals: "we're hiring a support engineer."
_TITLE_PROSE_LOWER = [re.compile(re.sub(r"\(\?P<t>\[A-Z(?:ÄÖÜ)?\]", "(?P<t>[a-zäöü]", pattern.pattern), pattern.flags)
                      for pattern in _TITLE_PROSE]
# ... and in lower case on any page, two to four words that end in a job noun: "As our second security engineer, you"
_TITLE_PROSE += [re.compile(r"\b[Aa]s (?:an?|our|the) (?:new |first |second |third )?(?P<t>[a-z][\w+#/&.-]*(?: [a-z][\w+#/&.-]*)"
                            r"{1,3}?)(?=,| you\b)"),
                  # ... and a lead's without an article: "as head of design you will lead our design team"
                  re.compile(r"\b[Aa]s (?P<t>(?:head|vp|director|chief|lead) of [a-z][\w&-]*(?: (?:and|&) [a-z][\w&-]*)?)(?=,| you\b)"),
                  # ... and a job's name without one: "as data platform lead you will build"
                  re.compile(rf"\b[Aa]s (?P<t>(?:[a-z][\w&-]* ){{1,3}}{_JOB_NOUN})(?=,? you\b)")]


_ACADEMIC = re.compile(r"research|postdoc|post-doc|fellow|lecturer|professor|doctoral|phd|scientist", re.IGNORECASE)


def _field_of_study(after: str) -> str:
    """A researcher's field after the title in prose: "a Postdoctoral Researcher in Probabilistic Machine Learning,
    starting ..." (capitalised words, none a place: not "a Data Engineer in Berlin" or "in Our Team")."""
    field = re.match(r" in ((?:[A-Z][\w-]+)(?: (?:[A-Z][\w-]+|and|of|&)){0,5})(?=[,.;:]|\s+(?:starting|from|to|at|with|for)\b)",
                     after)
    if not field or re.match(rf"(?:Our|The|This|Your|A|An|Q\d|{_MONTH_OR_SEASON})\b", field.group(1), re.IGNORECASE):
        return ""
    words = [w.lower() for w in field.group(1).split() if w[0].isupper()] + [field.group(1).lower()]
    if any(w in _city_names() or w in _region_or_country_names() for w in words):
        return ""
    return field.group()


def _without_breadcrumbs_team(title: str, source: str, blocks: list[Block]) -> str:
    """The page's own title line when the breadcrumb the title was read from added the team: "karriere › offene
    stellen › it-security engineer (w/m/x) – security operations center" above "it-security engineer (w/m/x)"."""
    head, tail = (re.split(r"\s+[–—-]\s+", title, maxsplit=1) + [""])[:2]
    if head == title or not re.search(r"\s[›>»]\s", source) or _territory(head, tail):
        return title
    lines = [line for block in blocks[:4] for line in ([block.text] if block.kind != "list" else block.items[:2])]
    return head if any(clean_title(line) == head for line in lines if len(line) <= 200) else title


def _fuller_title(title: str, blocks: list[Block]) -> str:
    """The header's title line when it says more than a field's ('Senior Data Engineer' above
    'Role: Data Engineer', where a job site's field names the category)."""
    for line in _header_lines(blocks, 12):
        fuller = clean_title(line)
        if fuller and fuller != title and fuller.lower().endswith(" " + title.lower()) and len(fuller) <= len(title) + 20 \
                and looks_like_title(fuller) and ":" not in line \
                and not BUTTONS.fullmatch(fuller[:len(fuller) - len(title)].strip()):  # "Save Full Stack Developer"
            return fuller
    return title


def _header_lines(blocks: list[Block], most: int = 30) -> list[str]:
    """The short lines above the posting's first section ("About the job", "Ihre Aufgaben"): a
    copied page's navigation, the title, the company and the terms."""
    lines: list[str] = []
    for block in blocks:
        if block.kind == "heading" and is_section_name(block.text) or block.kind == "code":
            break
        texts = block.items if block.kind == "list" else [block.text]
        if block.kind == "para" and len(block.text) > 200:
            break  # the description has started
        lines += texts
        if len(lines) >= most:
            break
    return lines[:most]


# The label of a field that is not the title, at the top of a posting: "Career Level: Experienced (Non-Manager)"
_FIELD_LABEL = re.compile("|".join(pattern for name, pattern in LABELS.items() if name != "title") +
                          r"|career\s+level|seniority(?:\s+level)?|experience(?:\s+(?:needed|required|level))?|"
                          r"education(?:\s+level)?|level|department|team|reports?\s+to|industry|(?:job\s+)?functions?|"
                          r"(?:job\s+)?categor(?:y|ies)|skills(?:\s+and\s+tools)?|posted|published|deadline",
                          re.IGNORECASE)
# Words that announce a title: "Vaga: …", "Ledig stilling: …", "We're hiring – …"
_ANNOUNCES = (r"vaga|job|job post(?:ing)?|tender|stelle|oferta|offre|nouvelle offre|nueva oferta|neue stelle|new job|new role|hiring|now hiring|we['’]re hiring|we are hiring|vacature|vacancy|vacante|"
              r"stellenangebot|job opening|position|ledig stilling|stilling|ledig tjänst|tjänst|"
              r"avoin työpaikka|iş ilanı|вакансія|вакансия|convocatoria|plaza|招聘|채용|wanted|urgent|urgently hiring|"
              r"now open|hiring for|(?:this week['’]s |today['’]s )?(?:featured|sponsored|spotlight|top|hot|new|open) "
              r"(?:roles?|jobs?|positions?|openings?|gigs?)|(?:job|role|gig) of the (?:week|day|month)")


_EMOJI = re.compile("(?:\\s*[\U0001F000-\U0001FAFF\u2300-\u23FF\u2600-\u266C\u2670-\u27BF\u2B00-\u2BFF\uFE0F\u200D\u20E3]+)+\\s*")
# (not the sharp and flat signs: "C♯")


def clean_title(value: str) -> str | None:
    """A title without gender markers, workload, a trailing place or company, or a list of technologies."""
    if len(value) > 300:
        return None  # no title is this long, and the rules below need not see 100 KB lines
    value = SUBJECT_PREFIX.sub("", value)  # an e-mail's subject line
    value = _EMOJI.sub(" | ", value).strip(" |")  # "Community Manager (Remote, UK) 🎮", "Backend Engineer 🔥 Berlin 🔥 €80k"
    value = re.sub(r"^Save\s+(?=.+\sat\s)", "", value)  # LinkedIn's button: "Save Clinical Integration Engineer ... at ..."
    tagged = re.match(r"\s*【([^【】]{1,30})】\s*(?=.*[A-Za-z])", value)  # a Japanese board's tag of place and terms before a
    if tagged and not has_job_noun(tagged.group(1)) and not re.search(_SENIORITY, tagged.group(1), re.IGNORECASE):
        value = value[tagged.end():]  # title with Latin letters: "【大阪/リモート併用】SRE（インフラエンジニア）"
    if "|" in value or "｜" in value:  # "Senior Salesforce Developer | Amsterdam | €70-85k", "SRE（インフラエンジニア）｜自社SaaS"
        value = next((part for part in re.split(r"[|｜]", value) if has_job_noun(part)), value)
    if " ? " in value:  # a character the file lost ("›", "–", "·"): the last part that names a job, if one does
        value = next((part for part in reversed(value.split(" ? ")) if has_job_noun(part)), value)
    crumbs = r"\s[>›＞→]\s" if "«" in value else r"\s[>›»＞→]\s"  # « Transformation digitale » is a quote
    if re.search(crumbs, value):  # a breadcrumb: "Vacatures > Medior Security Engineer", "Jobs › IT › DevOps Engineer"
        value = re.split(crumbs, value)[-1]
        if re.search(r"\b(?:jobs|stellen\w*|vacatures|offres|ofertas|annunci|oferty|pr[aá]ce)\b", value, re.I):
            return None
    parts = split_outside_brackets(_DASH, value)
    if len(parts) > 1 and not has_job_noun(parts[0]) and not re.fullmatch(_LEVEL, parts[0].strip(), re.I) \
            and any(has_job_noun(p) for p in parts[1:]):  # a site's or company's name first: "Apec - Offre ..."
        value = " – ".join(parts[next(n for n, p in enumerate(parts) if has_job_noun(p)):])  # "Apec - Offre ..."
    # a headline's terms after the title: "React Native Developer - freelance, ~20 hrs/week - $45-60/hr - Remote"
    # (each such part goes, and a team after it stays: "Product Designer - Remote (Germany) - Growth")
    parts = split_outside_brackets(f"({_DASH})", value)
    kept = parts[:1]
    for dash, after in zip(parts[1::2], parts[2::2]):
        terms = re.search(r"\s*\(([^()]*)\)\s*$", after)  # "– UX Design (15 hrs/week)": the team stays, its hours go
        if terms and _PAY_OR_HOURS.search(terms.group(1)) and after[:terms.start()].strip():
            after = after[:terms.start()]
        if _territory("".join(kept), after):
            kept += [dash, after]  # a seller's territory is the job's: "Business Development Manager – North West"
            continue
        if not _PAY_GRADE.fullmatch(after.strip()) and not _REFERENCE.fullmatch(after.strip()) and not (has_job_noun("".join(kept)) and (
                _PAY_OR_HOURS.search(after) or _place_with_terms(after) or _only_terms(after) or _LENGTH.fullmatch(after.strip())
                or _PERIOD.search(after) and not has_job_noun(after)
                or _ORGANISATION_KIND.search(after) or _PROJECT.fullmatch(re.sub(r"\s*\([^()]*\)$", "", after).strip())
                or (studio := re.fullmatch(r"(.+?)\s+(?:studio|office|hub)(?:\s*\([^()]*\)|,\s*[^,]+)?", after.strip(),
                                           re.IGNORECASE))
                and _place_with_terms(studio.group(1))  # "– Vancouver Studio"
                or re.match(r"[a-z]+(?:\s+\S+){3}", after.strip()) and not is_lowercase(value))):
            # ... and a gig's task: "– turn our scripts into a plugin"
            kept += [dash, after]
    value = "".join(kept)
    site, _, rest = value.partition(" / ")  # a careers site's name first: "Maplecart Careers / Customer Success Manager"
    if rest and re.search(r"\w\s+(?:careers?|jobs|karriere|vacancies|stellen\w*)$", site, re.I) and not has_job_noun(site):
        value = rest
    # ... or a breadcrumb through its listing: "fjordlys / jobb / platform engineer" (not inside "(Python / Go)")
    crumbs = split_outside_brackets(r" / ", value)
    listing = [n for n, c in enumerate(crumbs[:-1])
               if _LISTING.fullmatch(c.strip()) or re.fullmatch(r"(?i)jobb|stillinger|työpaikat", c.strip())]
    if len(crumbs) >= 3 and listing:
        value = next((c for c in crumbs[listing[-1] + 1:] if has_job_noun(c)), value)
    # a bilingual title in one line: "Senior Full Stack Developer 高級全端開發員 (Wealth-tech / Kwun Tong)"
    latin = re.sub(rf"\s+{_NON_LATIN}+(?=\s*(?:[(（]|$))", "", value)
    if latin != value and len(split_outside_brackets(" / ", value)) == 1 and has_job_noun(latin.split("(")[0]) \
            and not re.search(_NON_LATIN, latin.split("(")[0]):
        value = latin
    if " / " in value:  # a bilingual title: "Backend Engineer (Rust) / バックエンドエンジニア（Rust）"
        kept = [p for p in split_outside_brackets(" / ", value) if not re.search(_NON_LATIN, p)]
        value = " / ".join(kept) if kept else value
        first, _, second = value.partition(" / ")
        bare_first, bare_second = (re.sub(rf"\s*\(.*|^(?:{_LEVEL})\s+", "", part, flags=re.IGNORECASE).lower()
                                   for part in (first, second))
        if has_job_noun(bare_first) and bare_first == bare_second and first.lower() != second.lower():
            value = first  # two levels of one job: "Data Engineer / Senior Data Engineer"
        elif has_job_noun(first) and len(second.split()) >= 2 and _FOREIGN_GRAMMAR.search(re.sub(r"\([^()]*\)", "", second)) \
                and not _FOREIGN_GRAMMAR.search(first):
            value = first  # in English, then in French: "Data Scientist, NLP / Scientifique des données, TALN"
        elif second and " / " not in second:  # in another language and in English, either way round:
            # "Kıdemli Backend Geliştirici / Senior Backend Developer (Go)", "Softwareentwickler:in / Software Engineer",
            # "Linux Systeembeheerder HPC / Linux System Administrator HPC" (not "QA Engineer / Softwaretester")
            english = [part for part in (first, second) if _ascii_letters(part) and _ENGLISH_JOB.search(part)]
            other = [part for part in (first, second) if part not in english and not _ENGLISH_JOB.search(part)
                     and _translation(part, english[0] if english else "")]
            if english and other:
                value = english[0]
    head, comma, rest = value.partition(",")
    first, either, second = head.partition(" or ")
    if either and has_job_noun(first) and has_job_noun(second) and "(" not in first \
            and first.split()[-1].lower() != second.split()[-1].lower():
        value = first + comma + rest  # one job by two names: "UI Artist or UI/UX Designer" (not "Lecturer or Senior
        # Lecturer": one job at two levels)
    # what announces the title: an emoji, "[Hiring]", "Vaga:", "We're hiring: a", "Offre d'emploi"
    value = re.sub(r"^[^\w.#(\[“\"'‘¡¿]+|^\s*\[(?:hiring|job|jobs|we['’]re hiring)\]\s*", "", value, flags=re.IGNORECASE)
    value = re.sub(rf"^(?:(?:(?:{_ANNOUNCES})\s*/\s*)?(?:{_ANNOUNCES})(?:\s*[:–—]|\s+-)\s*"
                   r"(?:(?:an?|our)\s+)?|offre d['’]emploi\s+|oferta de empleo\s+|(?:we['’]re\s+|we are\s+)?"
                   r"(?:looking for|seeking)\s+an?\s+(?=[A-Z]))", "", value.strip(), flags=re.IGNORECASE)
    sentences = re.split(r"(?<=[a-z]{4})[.!]\s+(?=[A-Z])", value)  # "Founding Engineer. Details below 👇"
    if len(sentences) > 1 and has_job_noun(sentences[0]):
        value = sentences[0]
    # (Markdown's marks go, not German's gender star: "Frontend-Entwickler*in")
    title = _GENDER.sub("", re.sub(r"(?:(?<![a-zäöüß])\*|\*(?!in(?:nen)?\b))\**|[_`]+|(?<![A-Za-z])#+", "", value))
    title = title.strip(" -–—:|,").rstrip(".")
    title = re.sub(r"^\[[^\]]{1,30}\]\s*(?=\w)", "", title)  # a board's tag of place or kind: "[Zürich] ..."
    title = re.sub(r"\s*\((?:remote|hybrid|on-?site|remoto|híbrido|télétravail|100\s?% remote|contract|freelance|"
                   r"full[- ]time|part[- ]time|permanent|temporary|interim|befristet|unbefristet|festanstellung|cdi|cdd|"
                   r"fast(?: stilling| ansættelse| anställning)?|vast|indefinido|permanente|efetivo|temporal)\)$", "", title,
                   flags=re.I)
    # experience asked for: "(5+ years)", "(경력 3년 이상)", "(3 años de experiencia)"
    title = re.sub(r"\s*[(（][^()（）]*\d+\s*\+?\s*(?:years?|yrs?|años|anos|anni|jahre|ans|년|年)[^()（）]*[)）]$", "", title,
                   flags=re.I)
    # a job site's listing name after the title: "Unity Developer İş İlanları", "Python Developer Jobs"
    listing = re.search(r"(?<=\w)\s+(?:jobs?|job listings?|iş ilanları|iş ilanı|stellenangebote?|ofertas de (?:empleo|trabajo)|"
                        r"empleos|vagas|offres d['’]emploi|vacatures)$", title, flags=re.I)
    if listing and has_job_noun(title[:listing.start()]) and not re.search(r"\b(?:of|de|für|for)$", title[:listing.start()]):
        title = title[:listing.start()]
    title = re.sub(r",?\s*\d{2,3}\s*(?:[-–]\s*\d{2,3}\s*)?%", "", title)  # "80–100 %" is workload
    title = re.sub(r"\s*\(\s*\d{1,2}\s*(?:[-–]\s*\d{1,2}\s*(?:h|hrs?|hours?|uur|stunden|std\.?|heures|horas|timer|tim)"
                   r"(?:\s*(?:/|per|a|pro|par)\s*(?:week|wk|woche|semaine|semana|uke|vecka))?|"
                   r"(?:h|hrs?|hours?|uur|stunden|std\.?|heures|horas|timer|tim)\s*(?:/|per|a|pro|par)\s*"
                   r"(?:week|wk|woche|semaine|semana|uke|vecka))\s*\)", "", title,
                   flags=re.IGNORECASE)  # ... and so are hours: "(32–40 uur)", "(20 h/week)"; not "(24h)" cover
    # the languages it is done in: "(Mandarin / English)", "(English · 한국어)"
    # (two or more, for a bilingual role; one tells a posting from its siblings: "Customer Support Specialist (German)",
    # and a translator's are the job)
    languages = re.search(r"\s*\(([^()]*)\)$", title)
    spoken = re.split(r"[,/·&+]|\s(?:and|or|und|et)\s", languages.group(1)) if languages else []
    if len(spoken) >= 2 and all(_LANGUAGE.fullmatch(part.strip()) or _LANGUAGE_CODE.fullmatch(part.strip()) for part in spoken) \
            and not re.search(r"translat|interpret|übersetz|tradu", title, re.IGNORECASE):
        title = title[:languages.start()]
    title = re.sub(r"\b[01](?:[.,]\d{1,2})?\s*FTE\b\s*,?\s*", "", title)  # "(0.8 FTE)" too
    # where the job sits and how it works, not its name: "(reporting to the CEO)", "(Player-Coach)", "(member of the
    # extended Executive Board)"
    title = re.sub(r"\s*\((?:(?:reporting (?:directly )?(?:in)?to|reports? (?:directly )?(?:in)?to)\b[^()]*|member of (?:the )?"
                   r"(?:extended |executive |senior |global )*(?:board|committee|leadership team|management team|executive)\b[^()]*|"
                   r"player[- ]coach|hands[- ]on)\)$", "", title, flags=re.IGNORECASE)
    title = re.sub(r"\s*\(\s*\)|,\s*(?=\))", "", title)
    title = re.sub(rf"\s*\((?:{_PAY_GRADE.pattern})\)|,\s*(?:{_PAY_GRADE.pattern})$", "", title)  # "(APS 6)", ", Grade VII",
    # "(Temporary Agent, AD 6)", ", P3"
    # a contract's kind before the title: "Freelance SAP Berater", "Contract Python Developer" (not "Contract Management
    # Specialist": a contract is the job there)
    title = re.sub(r"^(?:freelance|freiberufliche[rs]?|contract(?![- ]to[- ])(?!\s+(?:manage|admin|special|lawyer|attorney|"
                   r"negotiat|analy|officer|account|compliance|review|law|legal|risk|pric|closeout|procure|research|cost|"
                   r"draft|renewal|lifecycle|award|support|coordinat|estimat)))\s+(?=\S+\s+\S)", "", title,
                   flags=re.IGNORECASE)
    title = re.sub(r"\s+in (?:voll|teil)zeit(?:\s*(?:/|oder|und)\s*(?:voll|teil)zeit)?$|\s+(?:à|a) temps (?:plein|partiel)$", "",
                   title, flags=re.IGNORECASE)  # "Senior Frontend-Entwickler (m/w/d) in Vollzeit"
    # "(Hamburg, hybrid)", "(Hybrid - Bengaluru)", "[Kraków / hybrid]"; not the stack "(C# / F#)" or "(Mobile)"
    bracket = re.search(r"\s*(?:\(([^()]*)\)|\[([^\[\]]*)\])$", title)
    inside = re.sub(r"(?i)\b(days?|hours?|hrs?)\s?/\s?(week|wk)\b", r"\1 a \2",  # ("3 days/week" is one part)
                    (bracket.group(1) or bracket.group(2) or "") if bracket else "")
    parts = [part.strip().lower() for part in re.split(r"[,/·|]|\s[-–]\s|\s(?:or|and|oder|ou|o)\s", inside)]
    beside_terms = any(_only_terms(part) for part in parts)  # a country beside terms: "(Remote - US)", not "(Brazil)"
    if bracket and all(_only_terms(part) or part in _city_names(unambiguous=True) or
                       beside_terms and (part in _region_or_country_names() or _LENGTH.fullmatch(part) or
                                        re.fullmatch(r"\d\s?days? (?:a|per) week", part)) or
                       part == "fast"  # Norwegian and Danish "permanent": "(fast, 100 %)"
                       for part in parts if part) or \
            bracket and len([p for p in parts if p]) >= 2 and _place_with_terms(bracket.group(1) or bracket.group(2)) and \
            any(part in _region_or_country_names() for part in parts) and \
            any(part in _city_names() for part in parts):  # a city beside its country: "(Cambridge, UK)", not "(ML, UK)"
        title = title[:bracket.start()]
    title = re.sub(r"\s*\([^()]*(?:[$€£¥₹]\s?\d|\d\s?[kK]\s?[-–]\s?\d|\d\s?[-–]\s?\d+\s?[kK]\b)[^()]*\)", "", title)  # pay: "($150K–$175K)"
    for _ in range(2):  # "(January – June 2027)", "(2027 Start)", ", summer 2027 (12 weeks)"
        period = re.search(r"\s*\(([^()]*)\)$|,\s*([^,()]*)$", title)
        if not period or not _PERIOD.search(period.group(1) or period.group(2)) or has_job_noun(period.group()):
            break
        title = title[:period.start()]
    at = re.sub(r"\s+(?:at|@|bei|chez|presso|bij|hos|till)\s+[A-ZÀ-Ý](?:[\w&.' -]|\?(?=\w))*(?:\s*\([^()]*\))?$", "",
                title)  # "... at Quaywise", "Systemutvecklare Java till Försäkringskassan" (Swedish),
    # "... @ Nidelv IL (Eliteserien)": and then what the company's name hid ("... (Remote, US) at Tessellate AI")
    if at != title and at.strip():
        return clean_title(at)
    at = re.search(r"\s+(?:at|@)\s+[a-z][\w&.'-]*(?:\s[a-z][\w&.'-]*)?$", title) if is_lowercase(title) else None
    if at and re.search(rf"\b{_JOB_NOUN}s?$", title[:at.start()], re.IGNORECASE):
        title = title[:at.start()]  # "backend engineer at kelpie" on a page without capitals
    title = re.sub(rf"\s*\({_SENIORITY}(?:(?:\s*[/,&+-]\s*|\s+(?:or|and|to)\s+){_SENIORITY})+\)$", "", title,
                   flags=re.IGNORECASE)  # the levels it is open to: "(Mid/Senior)", "(Junior-Mid)"; not "(Lead)"
    title = re.sub(r"\s+[-–—|]\s+(?:(?i:remote|hybrid|on-?site)|(?i:h[íi]brido|hybride|ibrido|remoto|presencial|"
                   r"t[ée]l[ée]travail)(?:\s+[A-ZÄÖÜ][\wäöüß.]+)?|[A-ZÄÖÜ][\wäöüß.]+(?:,\s*[A-Z][\w.]+)?)$",
                   lambda m: m.group() if _field_word(word := re.sub(r"^\s*[-–—|]\s*", "", m.group())) or _territory(
                       m.string[:m.start()], word) else "", title)
    title = _GENDER.sub("", re.sub(r"\s+", " ", title)).strip(" -–—:|,").rstrip(".")
    if _LISTING.fullmatch(title):
        return None  # a careers page's heading above its postings
    return title if 2 < len(title) <= 100 else None


_LISTING = re.compile(r"(?:(?:current |all )?(?:open|current) (?:positions|roles|jobs|vacancies|opportunities)|careers?|"
                      r"jobs|vacancies|job openings|offene stellen|stellenangebote|offres d['’]emploi|ofertas de empleo|"
                      r"vacatures|join us|work with us)", re.IGNORECASE)


# One word after a dash that is a team or field, not a company: "Data Scientist – Forecasting"
_SPECIALISATION = (r"(?:[A-Z][a-z]+(?:ology|atory|ics|ment)|Nursing|Pharmacy|Clinical|Inpatient|Outpatient|Finance|"
                   r"Health(?:care)?|Forecasting|Marketing|Billing|Pricing|Onboarding|Lending|Banking|Trading|Routing|Ranking|"
                   r"Matching|Accounting|Advertising|Publishing|Streaming|Messaging|Monitoring|Testing|Scheduling|"
                   r"Shipping|Sourcing|Planning|Manufacturing|Reporting|Tracking|Labeling|Clearing|Recruiting|"
                   r"Ticketing|Invoicing|Mapping|Imaging|Computing|Learning|Engineering|Payments|Platform|Coding|"
                   r"Infrastructure|Security|Growth|Search|Data|Mobile|Backend|Frontend|Analytics|Operations|Identity|"
                   r"Checkout|Risk|Fraud|Compliance|Ads|Integrations|Observability|Reliability|Tooling|Product|Design|"
                   r"Research|Payroll|Commerce|Logistics|Robotics|Firmware|Networking|Storage|Compilers|Graphics|Audio|"
                   r"Video|Localization|Localisation|Accessibility|Privacy|Trust|Safety|Web|Cloud|Kubernetes|Android|"
                   r"iOS|Python|Java|Go|Rust|AI|ML|UX|UI|QA|NLP|LLMs?|MLOps|DevOps|SEO|CRM|ERP|SAP|BI|IT|Embedded|"
                   r"Hardware|Gaming)")


def _field_word(word: str) -> bool:
    """'Forecasting', 'Payments': a team or field; 'Reading', 'Beijing' are places."""
    return bool(re.fullmatch(_SPECIALISATION, word)) and word.lower() not in _city_names() \
        and word.lower() not in _region_or_country_names()


@lru_cache(maxsize=2)
def _city_names(unambiguous: bool = False) -> frozenset[str]:
    """Every spelling of a shipped city; with unambiguous, not those that are also words (Mobile, Reading)."""
    return frozenset(name for name, city in city_list().items() if not (unambiguous and city.ambiguous))


# Pay or hours in a headline: "$45-60/hr", "~20 hrs/week", "€70k", "80%"; not "5G Core" or "Spring Boot 3"
_PAY_OR_HOURS = re.compile(r"[$€£¥₹]|\d\s*(?:k\b|%|hrs?\b|hours?\b|h/|std\.?\s*/|stunden\b|uur\b|heures\b|horas\b|"
                           r"/\s?(?:hr|h|hour|day|month|year|yr)\b)|\d[.,]\d{3}", re.IGNORECASE)


def _only_terms(text: str) -> bool:
    """'Full-time remote', 'freelance/contract', 'Remote (EU)', 'Mission freelance': terms and nothing
    else ('Remote Sensing' is more)."""
    return bool(_TERMS.search(text)) and \
        not re.search(r"\b(?!and\b|only\b|or\b|mission\b|initial\b)[^\W\d_]{3,}",
                      re.sub(r"\d+[- ](?:months?|weeks?|years?)\b|\d\s?days?\s?(?:/|a|per)\s?week", "", _TERMS.sub("", text).lower()))
    # ("(6-month contract)", "(Contract, 3 days/week)")


# A public employer's pay grade: "EC-05", "APS 6", "EL1", "E13 TV-L", "Band 7"
_GRADES = (r"[A-Z]{2}-\d{2}|APS\s?\d|EL\s?[12]|E\s?\d{1,2}(?:\s?TV-?L|\s?TVöD)?|TV-?L\s?E?\s?\d{1,2}|"
           r"Band\s\d[a-d]?|Grade\s[A-Z0-9]{1,3}|"
           # the EU's and the UN's: "AD 7", "AST/SC 2", "FG IV", "P3", "P-4", "NO-B"
           r"AD\s?\d{1,2}|AST(?:/SC)?\s?\d{1,2}|FG\s?(?:IV|III|II|I)|P-?[1-7]|[DG]-[1-7]|NO-[A-D]")
_PAY_GRADE = re.compile(rf"(?:(?:Temporary|Contract)\s+(?:Agent|Staff)(?:,?\s+(?:function group\s+)?(?:{_GRADES}))?|{_GRADES})")
# A vacancy's reference after the title: "– Ref. ENISA/2026/TA/03", "– EMA/AD/531"
_REFERENCE = re.compile(r"(?i:ref(?:erence)?\.?\s*(?:no\.?\s*)?:?\s*)?(?=\S*/\d{2,}(?:/|$))[A-Za-z][\w-]*(?:/[\w-]+){2,}")
# (a part of two digits or more: not "HTML5/CSS3/JavaScript")
# What kind of employer it is, after the title: "— Climate Non-profit", "– Fintech Startup", "— Pathmap Foundation"
_ORGANISATION_KIND = re.compile(r"\b(?:non-?profit|ngo|charity|start-?up|scale-?up|foundation|agency|consultancy|"
                                r"client|stiftung|fondation|hospital|campus|nhs(?: foundation)? trust|"
                                r"(?:aaa|indie|mobile|games?|game development|vfx|animation) studio)\s*$",
                                re.IGNORECASE)  # (the site: "– Horton General Hospital")
# ... or which of its games or projects: "– Unannounced AAA Project", "– Open World", "– Live Game", "– New IP"
_PROJECT = re.compile(r"(?:unannounced|secret|aaa|f2p)\s+(?:[\w-]+\s+)?(?:project|ip|game|title)s?|"
                      r"(?:new|upcoming|next|live|mobile|multiplayer|open[- ]world)\s+(?:[\w-]+\s+)?(?:game|ip)s?|open[- ]world",
                      re.IGNORECASE)  # (not a team: "Project Manager – New Projects", "Editor – New Titles")


def _place_with_terms(text: str) -> bool:
    """'Berlin', 'Texas Remote', 'Remote (Germany)', 'Ontario, Canada': places, with terms or not."""
    # (with a district's number: "Paris 11e", "Wien 1010")
    parts = [re.sub(r"\s+(?:\d{1,2}(?:e|er|ème|eme)|(?!(?:19|20)\d\d$)\d{4,5})$", "", p.strip())
             for p in re.split(r"[,()/·]", _TERMS.sub("", text))]
    parts = [p for p in parts if p]
    places = [p.lower() in _city_names() or p.lower() in _region_or_country_names() for p in parts]
    # ... and a region's abbreviation after a city: "On-site (León, Gto.)", "Hybrid (London, ON)"
    return any(places) and all(place or re.fullmatch(r"[^\W\d_]{2,4}\.|[A-Z]{2}", p) for place, p in zip(places, parts))


# Jobs that sell or look after customers in a territory, and the regions a territory is named by (not a country or a
# city, which is where the job is: "Account Executive – Berlin")
_SALES_JOB = re.compile(r"\b(?:(?i:account (?:executive|manager|director)|sales|business development|customer success|"
                        r"partner(?:ship)?s? manager|channel manager|territory manager)|AE|[BS]DR)\b")
_TERRITORY = re.compile(r"(?i)emea|apac|dach|nordics|baltics|benelux|latam|cee|mena|anz|uk&i|americas|"
                        r"(?:north|south|east|west|central)(?:[ -]?(?:east|west))?(?: coast| region| europe)?|midwest")


def _territory(title: str, after: str) -> bool:
    """Whether what follows a dash is a seller's territory: "Account Executive, Mid-Market – Nordics"."""
    head = re.split(r",|\s[-–—]\s", title)[0]  # the job's own words: not "Software Engineer - Sales Platform"
    return bool(_SALES_JOB.search(head) and _TERRITORY.fullmatch(after.strip()))


@lru_cache(maxsize=1)
def _region_or_country_names() -> frozenset[str]:
    return frozenset(n.lower() for n in [*REGION_NAMES, *country_names()]) | {"eu", "emea", "europe", "apac", "latam",
                                                                                "nordics", "baltics", "balkans"}


# A dash between a title's parts, or a middle dot: "Product Designer (Mid/Senior) · Remote, Greece" (split with
# split_outside_brackets: not inside "(Remote - US)" or "[Remote · LATAM]")
_DASH = r"\s+(?:[-–—·]|--)\s+"
# A contract's length beside its terms: "(Contract, 6 months+)"
_LENGTH = re.compile(r"\d+\+?\s?[-–]?\s?(?:months?|mo|weeks?|mois|meses|monate|mesi|maanden|månader|miesięcy)\+?",
                     re.IGNORECASE)
# When a trainee's or student's job starts and how long it lasts, beside its title: "– September 2027 Intake",
# "(January – June 2027)", "(6 months, from February 2027)", "– Lehrbeginn September 2027", "– Prácticas 6 meses",
# "– Stage de fin d'études 6 mois": a month or season beside a year, a year beside an intake, a start or a programme,
# or a length beside an internship's name (not a year alone: "Vision 2030", "SQL Server 2019")
_MONTH_OR_SEASON = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december|sept|"
                    r"spring|summer|autumn|fall|winter|sommer|herbst|frühjahr|lehrbeginn|ausbildungsbeginn|été|automne|"
                    r"printemps|hiver|rentrée|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|"
                    r"noviembre|diciembre|januar|februar|märz|juni|juli|oktober|dezember|janvier|février|mars|avril|mai|"
                    r"juin|juillet|août|septembre|octobre|novembre|décembre)")
_SCHEME = r"(?:\w+program(?:me)?|(?:graduate|trainee|internship|apprenticeship) program(?:me)?|graduate scheme)"
_PERIOD = re.compile(rf"\b{_MONTH_OR_SEASON}\b[^()]{{0,30}}\b(?:19|20)\d\d\b|\b(?:19|20)\d\d\b[^()]{{0,20}}\b{_MONTH_OR_SEASON}\b|"
                     rf"\b(?:19|20)\d\d\s*(?:/\s*(?:19|20)\d\d\s*)?(?:intake|start|batch|cohort|{_SCHEME})\b|"
                     rf"\b(?:intake|start|{_SCHEME})\s+(?:19|20)\d\d\b|"
                     rf"(?:{_LENGTH.pattern})[^()]{{0,30}}\b(?:stage|prácticas|practicas|praktikum|internship|placement|"
                     rf"traineeship|tirocinio|stage de fin)|\b(?:stage|prácticas|practicas|praktikum|internship|placement)\b"
                     rf"[^()]{{0,30}}(?:{_LENGTH.pattern})|^\s*(?:{_LENGTH.pattern})\s*$", re.IGNORECASE)
# The little words of a title in French, Spanish, Italian, Portuguese, German or Dutch: "Ingénieur de données"
_FOREIGN_GRAMMAR = re.compile(r"\b(?:des|du|de|la|le|les|en|del|los|las|dei|della|delle|dos|das|da|der|die|für|und|et|y|"
                              r"voor|van|het)\b")  # (as written: not "(Berlin, DE)", "LA")
# ... and their codes, in capitals: "(NL/FR/EN)", "(DE/EN)"
_LANGUAGE_CODE = re.compile(r"EN|DE|FR|NL|ES|IT|PT|PL|SV|DA|NO|FI|CS|RO|EL|TR|RU|AR|HE|HI|ZH|JA|KO|VI|TH")
_LANGUAGE = re.compile(r"(?:(?:fluent|native)\s+)?(?:english|german|french|spanish|italian|dutch|portuguese|polish|czech|"
                       r"romanian|greek|turkish|russian|ukrainian|arabic|hebrew|hindi|mandarin|cantonese|chinese|japanese|"
                       r"korean|vietnamese|thai|indonesian|swedish|norwegian|danish|finnish|deutsch|français|español|"
                       r"português|italiano|nederlands|polski|한국어|日本語|中文|普通话|русский|українська)"
                       r"(?:[- ]speaking|\s+speaker)?", re.IGNORECASE)
# A level or function before a dash is the title's own: "Principal – Data Scientist"
_LEVEL = (r"(?:senior|sr\.?|junior|jr\.?|principal|staff\+?|lead|head|chief|mid|medior|entry[- ]level|associate|"
          r"go[- ]to[- ]market|intern(?:ship)?|werkstudent\w*|praktikum)")


# Seniority levels, which a title's brackets may list as a range: "(Mid/Senior)" (not "(Intern / Werkstudent)")
_SENIORITY = (r"(?:senior|sr\.?|junior|jr\.?|principal|staff\+?|lead|mid|medior|mid[- ]level|middle|regular|intermediate|"
              r"experienced|entry[- ]level|associate|pleno|s[êe]nior|j[úu]nior|semi[- ]?s[êe]nior|ssr)")


def _translation(part: str, english: str) -> bool:
    """Whether part is likely a title in another language beside its English one: written with letters outside
    ASCII, in German's gender forms ("Softwareentwickler:in"), or sharing a word with it ("Java arendaja")."""
    if re.search(r"\w[:*_]in(?:nen)?\b", part):
        return True
    if not has_job_noun(part):  # (the caller has ruled out an English job noun: this one is in another language)
        return False
    shared = {w.lower() for w in re.findall(r"[\w+#.]{3,}", part)} & {w.lower() for w in re.findall(r"[\w+#.]{3,}", english)}
    return len(part.split()) >= 2 and (not _ascii_letters(part) or bool(shared))


def _ascii_letters(text: str) -> bool:
    return all(char.isascii() for char in text if char.isalpha())


# The English nouns of jobs (has_job_noun knows them in other languages too)
_ENGLISH_JOB = re.compile(r"(?i)\b(?:engineer|developer|programmer|manager|designer|analyst|scientist|architect|specialist|"
                          r"consultant|administrator|admin|officer|technician|tester|writer|director|lead|head|intern|"
                          r"coordinator|executive|representative|accountant|researcher|owner|strategist|coach|master|"
                          r"associate|assistant|advocate|expert|operator|controller|editor|marketer|recruiter|trainee|"
                          r"apprentice|instructor|lecturer|steward|agent|artist|producer|ops|sre|cto|ceo|vp)s?\b")
# Scripts other than Latin a bilingual title or name has beside its Latin form: Cyrillic to Arabic, kana, CJK, Hangul
_NON_LATIN = r"[\u0400-\u06ff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]"


def has_job_noun(text: str) -> bool:
    """Whether a text names a job: 'Engineer', 'Entwickler', 'softwareudvikler'."""
    return bool(_JOB_NOUN_IN.search(text) or _COMPOUND.search(text))


def looks_like_title(text: str, prose: bool = False) -> bool:
    text = _GENDER.sub("", text).strip()
    words = text.split()
    if not words or len(words) > (8 if prose else 10) or len(text) > 90 or re.search(r"[.!?;]$", text):
        return False
    if re.search(r"\b(?:me|we|you|my|our)\b|\bI\s+(?!(?:or|and|in|at|to|for|with)\b)[a-z]|"
                 r"\b(?i:vous|nous|votre|notre|wir|ihr|dich|dein\w*|unser\w*|jij|wij|usted|nosotros)\b", text,
                 re.IGNORECASE if is_lowercase(text) else 0):
        return False  # a sentence about the team: "full-time, reporting to me (I lead mobile)"
    if is_section_name(text) or re.search(r"https?://|@|\d{3,}", text):
        return False
    if not has_job_noun(text):
        return False
    last = re.sub(r"[(),]", " ", text).split()[-1].lower()
    return not prose or bool(re.fullmatch(_JOB_NOUN, last) or re.fullmatch(r"[a-z+#./-]{1,12}", last)
                             and re.search(rf"\b{_JOB_NOUN}\b", text, re.IGNORECASE))


def _pipe_titles(stated: dict[str, Any], gazetteer: Gazetteer | None = None) -> list[str]:
    parts, titles = stated.get("pipe", []), []
    for index, part in enumerate(parts):
        if has_job_noun(part) and not re.search(r"https?://|\$|€|£", part):
            after = parts[index + 1] if index + 1 < len(parts) else ""
            if stated.get("dashed") and _specialisation(after, gazetteer):
                part = f"{part} – {after}"
            titles.append(part)
    return titles


_TERMS = re.compile(r"\b(?:remote|hybrid|on-?site|full[- ]?time|part[- ]?time|permanent|(?:contract|temp)[- ]to[- ](?:hire|perm)|"
                    r"c2h|contract|freelance|(?:inside|outside) ir35|w-?2|corp[- ]to[- ]corp|1099|zzp|fixed[- ]price|"
                    r"vollzeit|teilzeit|festanstellung|unbefristet|befristet|cdi|cdd|heltid|deltid|vikariat|"
                    r"tiempo completo|jornada completa|tempo integral|tempo pieno|voltijd|deeltijd|h[íi]brido|remoto|"
                    r"presencial)\b", re.IGNORECASE)


def _specialisation(part: str, gazetteer: Gazetteer | None) -> bool:
    """'Payments Platform' after 'Engineering Manager –': the team or field, part of the title;
    not a place, pay, terms, a link or a company's legal name."""
    bare = _GENDER.sub("", part).strip()
    words = bare.split()
    if not words or len(words) > 4 or (len(words) < 2 and bare == part.strip() and not _field_word(bare)):
        # one word could be the company, unless it names a field ('Forecasting', not 'Beijing');
        # a gender marker after it says it is the title's
        return False
    if re.search(r"\d|[$€£@,/]|https?://", bare) or _TERMS.search(bare) or re.search(rf"\s{_LEGAL}$", bare):
        return False
    if find_countries(bare) or (gazetteer and (gazetteer.cities.get(bare.lower()) or find_cities(bare, gazetteer, True))):
        return False
    return True


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
                 excluded: set[str], title: str | None = None) -> str | None:
    """The hiring company, when the posting names it; None for a recruiter's unnamed client."""
    stated_company = stated.get("company")  # from a page's site name: a job site's is not the employer
    if stated.get("company_in_headline") and _a_name(labelled.get("company", [""])[0]):
        stated_company = None  # "Embedded Test Engineer – HIL (Automotive) | Bengaluru" above "Company: Velanta Mobility"
    if isinstance(stated_company, str) and stated_company.strip().lower() in _JOB_SITES:
        stated_company = None
    stated_name = next((v for v in [stated_company, *labelled.get("company", [])] if isinstance(v, str) and v.strip()), None)
    agency = bool(stated_name and _AGENCY.search(stated_name) or "staffing and recruiting" in text[:20_000].lower())
    client = next((v for v in labelled.get("client", []) if _a_name(v) and _company_name_ok(v, excluded)), None)
    # (an agency's "Client: Halden Health" field says it too)
    recruiter = _RECRUITER.search(text) or agency and (_PARTNERING.search(text) or _CLIENT_SUPPORTED.search(text) or
                                                       labelled.get("client") or _NEW_COMPANY.search(text))
    if recruiter and client and (stated_name is None or agency):
        return _name_before_remark(client)  # "Client: Odra Software sp. z o.o."
    if recruiter and (stated_name is None or agency):
        # an agency's posting ("Talentia Iberia · Madrid", "Staffing and Recruiting"): the client it names, or nobody
        # (named again, or, after "working with" or "partnering with", by its first word: "Canalside Payments ...
        # Sadly Canalside can't sponsor visas"; the first ten named only, as a hostile text can name thousands)
        clients = itertools.chain(_CLIENT.finditer(text), _CLIENT_SUPPORTED.finditer(text))
        # (or named once between commas: "Our client, Tembusu Logistics, is a Singapore-headquartered ...")
        return next((match.group("n") for match in itertools.islice(clients, 10)
                     if (max(_mentions(match.group("n"), text),
                             len(re.findall(rf"\b{re.escape(match.group('n').split()[0])}\b", text[:100_000]))
                             if re.search(r"with\s*$", text[match.start():match.start("n")]) else 0) >= 2
                         or re.search(r"client,\s*$", text[match.start():match.start("n")]) and text.startswith(",", match.end("n")))
                     and _company_name_ok(match.group("n"), excluded)), None)
    for value in [stated_company, *labelled.get("company", [])]:
        if isinstance(value, str) and (_UNNAMED.match(value) or _CONFIDENTIAL.fullmatch(value.strip())):
            continue  # "Client: Confidential", "Client: a leading bank", a job site's "Confidential Company"
        if isinstance(value, str) and value.strip():
            latin = re.search(r"[（(]([A-Za-z][\w&.,' -]{1,60})[)）]", value)
            if latin and re.search(_NON_LATIN, value):
                return latin.group(1)  # "株式会社カイゼンシミュレーション（Kaizen Simulation Inc.）": the name in Latin letters
            if re.search(_NON_LATIN, value) and not re.search(r"[A-Za-z]", value) and (latin := _latin_name(value, text)):
                return latin  # ... given in the text: "矽峰科技股份有限公司", and "矽峰科技（SiliPeak Technology）成立於 2009 年"
            return _name_before_remark(value)
    if recruiter:
        return None
    if _shouting(text):  # a text in capitals: its capitals say nothing; the name its address spells does
        named = _named_by_address(text)
        return named.title() if named else None
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
    lower, again = text[:100_000].lower(), {}
    for pattern, weight, sentence_start in _COMPANY_PATTERNS:
        for match in pattern.finditer(text):
            name = re.sub(r"^(?:En|Chez|Bei|Presso|Dans)\s+(?=[A-Z])", "", match.group("n").strip(".,’'"))
            if sentence_start and name not in again:  # (the first forty: each looks through the whole text)
                again[name] = len(again) < 40 and _named_again(name, text, lower)
            if _company_name_ok(name, excluded) and (not sentence_start or again[name]):
                candidates[name] = candidates.get(name, 0) + weight
    for name, acronym, unit in _named_with_acronym(text):  # "The Australian Climate Data Office (ACDO)"
        if unit:  # "The Center for … (CHPC) at Prairie State University": a part of the employer
            candidates.pop(acronym, None)
            candidates.pop(name, None)
            continue
        mentions = len(re.findall(rf"\b{re.escape(acronym)}\b", text))  # the name's own are counted below
        if acronym.lower() not in excluded and name.lower() not in excluded and mentions + text.count(name) >= 3 \
                and _ORGANISATION.search(name):  # not "the Monetary Authority of Singapore (MAS)" named once
            candidates[name] = candidates.get(name, 0) + 2 + candidates.pop(acronym, 0) + mentions
    if is_lowercase(text):  # an all-lowercase page: its name starts paragraphs ("kiwano helps ...") ...
        counted: dict[str, int] = {}
        for match in re.finditer(r"(?:^|\n)(?:(?:a|o|la|el|le|die|der|das) )?([a-z][\w-]{2,30})"
                                 r"(?: (?:gmbh|ag|ltd|inc|bv|sa|sas|oy|ab|as|llc))?(?: \([a-z]{2,6}\))? "  # "die bundesrechenzentrum
                                 r"(?:[a-z]{3,}s|is|was|é|es|est|ist)(?!\w)|"  # gmbh (brz) ist" ("a trilha é uma edtech")
                                 r"\bwe(?:['’]re| are) ([a-z][\w-]{2,30}),|"  # "hello. we're kelpie, a team of 14"
                                 rf"\A\s*[^\n]{{0,60}}?\b{_JOB_NOUN}s? (?:at|@) ([a-z][\w-]{{2,30}})\s*\n", text):
            name = next(group for group in match.groups() if group)  # ... and is after "at" on its first line
            if name not in counted:  # (not "we're remote-first," or "we're growing,"; the first forty names only)
                counted[name] = 0 if name in _WERE or len(counted) >= 40 else text.count(name)
            if name not in _NOT_COMPANY and counted[name] >= 2 and _company_name_ok(name, excluded):
                candidates[name] = candidates.get(name, 0) + 2
        named = _named_by_address(text, applying=True)  # ... or is what its address spells: "ferrule" for jobs@ferrule.ie,
        if named and named.count(" ") < 2:  # "kuusi labs" for careers@kuusilabs.eu (not "kuusi"), and "havbris mobility"
            longer = re.search(rf"(?:^|\n){re.escape(named)} ([a-z][\w-]{{2,30}}) (?:[a-z]{{3,}}s|is|was)\b", text)
            if longer and not longer.group(1).endswith("s") and longer.group(1) not in _NOT_SECOND_WORD | _ORDINARY \
                    and not re.match(rf"\s+(?=[\w/]{{3}}|\S*\.){_LEGAL}(?!\w)", text[longer.end():longer.end() + 20],
                                     re.IGNORECASE) \
                    and (" " not in named or text.count(f"{named} {longer.group(1)}") >= 2):  # (a third word twice)
                named += " " + longer.group(1)  # ... when "havbris mobility runs ..." starts a paragraph
            tail = re.search(rf"(?<![\w@./-]){re.escape(named)} ({_NAME_TAIL.pattern})(?=[ \t]*(?:[–—|,(·]|-\s|$))",
                             text[:100_000], re.MULTILINE)  # (a name's end, not "kiwano studio is our store builder")
            if " " not in named and tail:
                named += " " + tail.group(1).lower()  # ... or is written once with its trade: "saltbush games – fitzroy"
        if named and _company_name_ok(named, excluded):
            candidates[named] = candidates.get(named, 0) + 2 + (candidates.pop(named.split()[0], 0) if " " in named else 0)
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
            or re.search(rf"\s{_LEGAL}$", n) and _written_as_the_company(n, text, byline_only=True))]
        # (a studio's full name written once, as the company's, or a company's legal one in a byline: "**Isarmed
        # Clinical Research GmbH** · Vollzeit", not "Brightloom Software Ltd is a bootstrapped company")
        if longer and short in candidates:  # (a name already merged into a longer one is gone: "Grimfrost Studio"
            # into "Grimfrost Studio Montreal" before "Grimfrost")
            candidates[longer[0]] += candidates.pop(short)
    for short in [name for name in candidates if " " not in name]:  # "health" (jobs@health.gov.au) and "department of
        # health and aged care" under the title: the organisation's full name
        longer = [n for n in candidates if " " in n and _ORGANISATION.match(n.removeprefix("the ").removeprefix("The "))
                  and re.search(rf"\b{re.escape(short)}\b", n, re.IGNORECASE)]
        if longer:
            candidates[longer[0]] += candidates.pop(short)
    if any(_PARENT.search(name) and not _UNIT.search(name) for name in candidates):
        # a department under the university a byline names: "The Nuffield Department of Population Health is one of
        # the largest departments" below "University of Oxford — Nuffield Department …"
        candidates = {name: score for name, score in candidates.items() if not _UNIT.search(name)}
    scored = {name: score + _mentions(name, text) for name, score in candidates.items()}
    best = max(scored, key=lambda n: (scored[n], -text.find(n)))
    return best if scored[best] >= 3 else None


# The last word of a company's full name, enough for it to win when written once ("About Marrowgate" above
# "Marrowgate Studios was founded in 2009")
_NAME_TAIL = re.compile(r"(?i:studios?|games|labs|interactive|entertainment|animation)")


def _a_name(field: str) -> bool:
    """Whether a "Company:" or "Client:" field names one ("Odra Software sp. z o.o."), not "Confidential", "a leading
    bank", "Financial Services" or "Our client, a fast-growing fintech"."""
    return not _UNNAMED.match(field) and not _SECTOR.match(field) and not _RECRUITER.search(field) \
        and _name_shaped(re.sub(rf",?\s{_LEGAL}$", "", field))


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
_ORGANISATION = re.compile(r"\b(?:institut\w*|universit\w*|office|agency|agentur|agence|agencia|cent(?:er|re|rum|ro)|"
                           r"council|foundation|stiftung|fondation|fundación|trust|authority|department|ministry|"
                           r"ministerium|minist[eè]re|laborator\w*|lab|hospital|klinikum|society|gesellschaft|"
                           r"soci[ée]t[ée]|association|verein|organi[sz]ation|college|school|hochschule|[ée]cole|"
                           r"museum|library|bibliothek|network|netzwerk|bureau|amt|service|services|commission|"
                           r"board|observatory|observatorium)\b", re.IGNORECASE)
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
            initials = "".join(part[0] for word in words[start:] if word.lower() not in _CONNECTORS
                               for part in word.split("-") if part)
            if words[start][:1].isupper() and words[start].lower() not in _CONNECTORS \
                    and initials.upper() == acronym.upper():
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
    return " " in name or _mentions(name, text[:100_000], "-", 2) >= 2 or \
        _mentions(name.lower() + ".", lower, "-", 1, after=r"[a-z]{2,}\b") > 0  # "jobs@wattly.de"


def _mentions(name: str, text: str, joiners: str = "", most: int = 0, after: str = "") -> int:
    """How often text has name as a word of its own (not inside a word, nor joined to one by a
    character of joiners), up to most when most is given; with after, only where that pattern
    follows. (str.find, not a pattern compiled for each name: names are many, and Python keeps
    few compiled patterns.)"""
    count, at = 0, text.find(name)
    while at != -1 and (not most or count < most):
        before, end = text[at - 1:at], at + len(name)
        following = text[end:end + 1]
        if not (before.isalnum() or before == "_" or before and before in joiners) and (
                re.match(after, text[end:end + 40]) if after else
                not (following.isalnum() or following == "_" or following and following in joiners)):
            count += 1
        at = text.find(name, at + 1)
    return count


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


def _title_neighbour(blocks: list[Block], title: str | None, excluded: set[str], text: str) -> str | None:
    """The company as a job site's header shows it: a name on its own line just below or above
    the title ('Bursztyn Software' under 'Inżynier ds. Automatyzacji Testów'), of up to five words,
    or eight for a public body's or one the text writes again as a subject ("Health New Zealand –
    Te Whatu Ora is responsible for ...")."""
    if not title:
        return None
    lines = [line.strip(" *_") for line in _header_lines(blocks)]
    for at in (n for n, line in enumerate(lines) if clean_title(line) == title):
        for line in [*lines[at + 1:at + 3], *lines[max(0, at - 2):at][::-1]]:
            name = line.title() if line.isupper() else line  # "OCÉLIA LOGICIELS"
            public = public_body(name)  # (a longer name, on a page without capitals too: "department of health and aged care")
            words = len(name.split())
            longer = 5 < words <= 8 and (public and not re.search(r"\s[-–—]\s", name) or _written_as_subject(name, text))
            if (1 <= words <= (8 if longer else 5)
                    and not re.search(r"[\d:|·•@$€£>›»/]", name)
                    and (name[:1].isupper() or public and is_lowercase(name))
                    and not re.search(r"\b(?:team|department|abteilung|équipe|equipo)$", name, re.I)
                    and not any(re.fullmatch(pattern, name.lower()) for pattern in LABELS.values())
                    and not is_section_name(name) and not _TERMS.search(name) and not _TRAINING_TERMS.fullmatch(name)
                    and _company_name_ok(name, excluded, 80 if longer else 40)
                    and not has_job_noun(name)):
                return name
    return None


# German nouns "bei" stands before in a posting that are no employer: "unterstützt bei Ausschreibungen", "bei Fragen"
_GERMAN_AFTER_BEI = (r"(?:Fragen|Rückfragen|Kunden|Kundinnen|Problemen|Bedarf|Interesse|Vollzeit|Teilzeit|Ausschreibungen|"
                     r"Projekten|Bewerbungen|Eignung|Unklarheiten|Störungen|Audits|Veranstaltungen|Messen|Terminen|"
                     r"Schwerbehinderung|gleicher)")


def _written_as_subject(name: str, text: str) -> bool:
    """Whether a sentence of text starts with name as its subject: "Health New Zealand – Te Whatu Ora is ..."."""
    pattern = rf"{re.escape(name)}(?: \([A-Z]{{2,8}}\))? (?:is|are|was|has|have|ist|hat|est|es|[a-zäöü]{{4,}}(?:s|t))\b"
    for match in itertools.islice(re.finditer(pattern, text[:100_000]), 20):  # (and "Das Bundesamt für ... (BSI) gestaltet")
        if re.search(r"(?:^|\n|[.!?:] )(?:(?:The|Das|Der|Die|La|Le|El|Il) )?$", text[max(0, match.start() - 6):match.start()]):
            return True
    return False


_NAME = r"(?P<n>(?:[A-Z]|[a-z]{1,3}-(?=[A-Z]{2}))[\w&'.-]{0,40}[\w](?:\s(?:[A-Z][\w&'.-]{0,40}[\w]|&|GmbH|AG|SE|Inc\.?|Ltd\.?|LLC)){0,2})"
# ... and the client it names: "we're working with our client Caña Labs, a Madrid-based scale-up"
_CLIENT = re.compile(r"\b(?:(?:[Oo]ur|[Mm]y) client,?[ \t]+(?:is\s+)?|(?:on behalf of|partnered with|"
                     r"partnering (?:exclusively )?with|(?:I['’]m|I am|[Ww]e['’]re|[Ww]e are) (?:exclusively )?working "
                     r"(?:exclusively )?with) )" + _NAME)
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
_COMPANY_PATTERNS = [
    (re.compile(rf"(?:^|\n|[.!?] )(?:Die |Der |Das )?{_NAME} (?:[a-z]{{3,}}s|[a-zäöü]{{3,}}iert|ist|entwickelt|versorgt|baut|hilft|bietet|"
                rf"macht|betreibt|gehört|sucht|sviluppa|progetta|desarrolla|développe|conçoit|cerca|busca|recherche|"
                rf"recrute|assume|contrata|zoekt|szuka|hledá|söker|procura)\b(?! (?:and|or|to|of)\b)"), 2, True),
    (re.compile(rf"\b(?:[Ww]e are|[Ww]e['’]re|[Ww]ir sind|[Nn]ous sommes|[Ss]omos|[Ss]iamo) {_NAME}(?=[,.;:]| \()"), 2, False),
    (re.compile(rf"(?:^|\n|[.!?] ){_NAME} olarak\b"), 2, False),  # Turkish "Lumo Games olarak ... geliştiriyoruz"
    (re.compile(r"\b(?:careers|jobs|karriere) (?:at|bei) (?P<n>[\w&-]+)"), 2, False),
    # (not a place: "our office at Lindholmen", "based at Canary Wharf")
    (re.compile(rf"(?<!office )(?<!offices )(?<!based )(?<!located )(?<!hq )(?<!HQ )"
                rf"\b(?:[Aa]t(?! [A-Z]+\b[^.\n]{{0,20}}\blevel\b)|[Jj]oin|[Jj]oining|"  # (not "a clearance at SECRET UE/EU SECRET level")
                rf"[Bb]ei(?! {_GERMAN_AFTER_BEI}\b| [A-ZÄÖÜ][a-zäöüß]+(?:ungen|ionen|heiten|keiten|schaften|unternehmen)\b)|[Ww]elcome to|[Ll]ove|[Cc]hez|[Bb]ij|[Pp]resso) {_NAME}(?=[\s,.!;:’'])"),
     2, False),
    # "Acme (YC W21) is hiring", "Kumo Labs (クモラボ株式会社) is a ..."
    (re.compile(rf"(?:^|[.!?:]\s+){_NAME}(?: \([^()\n]{{1,40}}\))? (?:is|was|has been|ist) (?:a|an|the|ein|eine|one|\w+ing)\b",
                re.MULTILINE), 2, False),
    (re.compile(rf"\b{_NAME}['’]s\b"), 1, False),
    (re.compile(rf"(?<![\w.-])(?P<n>[A-Z][\w&'.-]{{0,40}}[\w](?:\s[A-Z][\w&'.-]{{0,40}}[\w]){{0,3}}\s{_LEGAL})"
                rf"(?![\w])(?!\s*\d)"), 3, False),  # not "Java SE 17"
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
        part = re.sub(r"\b(?:careers?|jobs?|karriere|stellenangebote|hiring)\b", "", part, flags=re.I).strip(" -|")
        if part and not has_job_noun(part):
            names.append(part)
    lines = [line for block in blocks[:4] for line in ([block.text] if block.kind != "list" else block.items[:3])]
    # the team a title line names after a dash: "it-security engineer (w/m/x) – security operations center" above
    # "security operations center · referenznummer 2026-0147 · wien"
    teams = {tail for line in lines if len(line) <= 300 for dash in (" – ", " — ", " - ")
             if dash in line and has_job_noun(line.rsplit(dash, 1)[0])
             for tail in [line.rsplit(dash, 1)[1].strip(" *_").lower()] if _TEAM_WORD.search(tail)}
    for line in (line for line in lines if len(line) <= 300):  # a byline is short; splitting a long one is slow
        parts = [p.strip(" *_") for p in re.split(r"\s+[·|•]\s+|\s+[-–—]\s+|\s{3,}", line.strip())]
        if parts[0].lower() in teams:
            continue
        careers = re.fullmatch(r"(?P<n>[A-Z][\w&.' -]{1,60}?)\s+(?:careers|jobs|karriere|stellenangebote)", line.strip())
        if careers:
            names.append(careers.group("n"))  # "Prairie State University Careers" above a job portal's page
        elif re.fullmatch(rf"[\w][\w&.' -]{{1,40}}\s{_LEGAL}", parts[0]):
            names.append(parts[0])  # "Brezelwerk Software GmbH" on its own line
        elif len(parts) >= 2 and _name_shaped(parts[0]) and _ORGANISATION.search(parts[0]) and not _UNIT.search(parts[0]) \
                and _UNIT.search(parts[1]):
            names.append(parts[0])  # "University of Oxford — Nuffield Department of Population Health (NDPH)", "World
            # Health Organization · Department of Digital Health and Innovation (DHI)"
        elif 2 <= len(parts) <= 6 and len(line) < 160 and all(len(p.split()) <= 5 for p in parts) \
                and not re.search(rf"{_JOB_NOUN}|[:\d]", parts[0], re.IGNORECASE) \
                and any(re.search(_BYLINE_WORDS, p, re.IGNORECASE) for p in parts[1:]):
            names.append(parts[0])  # "Alpnova · Zürich · Hybrid", "petitpas — jobs"
    return names


# An organisation of several parts (a university, a ministry, a health service) and one of its parts
_PARENT = re.compile(r"\b(?:universit\w*|universidad|hochschule|ministry|ministerium)\b", re.IGNORECASE)
_UNIT = re.compile(r"\b(?:department|faculty|school|division|directorate)\s+(?:of|for)\b|\bdepartment\b", re.IGNORECASE)


_BYLINE_WORDS = (r"^(?:remote|hybrid|on-?site|full-?time|part-?time|vollzeit|teilzeit|cdi|jobs?|careers?|karriere|"
                 r"lavora con noi|trabaja con nosotros|carri[èe]res?|empleo|vacatures|werken bij|job posting|"
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
            word.lower() in _city_names() or word.lower() in _region_or_country_names() for word in beside.group(1).split()):
        return None
    return beside.group(1).strip()


def _translated_title(name: str, title: str) -> bool:
    """Whether name is the title in another script, with its Latin words ("مهندس DevOps" for "DevOps Engineer")."""
    latin = re.findall(r"[A-Za-z][\w+#.-]*", name)
    return bool(latin) and bool(re.search(_NON_LATIN, name)) and \
        {w.lower() for w in latin} <= {w.lower() for w in re.findall(r"[\w+#.-]+", title)}


# A job site's "Confidential Company": an employer that does not want to be named
_CONFIDENTIAL = re.compile(rf"(?i)(?:{_UNNAMED_WORDS})(?:\s+(?:company|employer|client|firm|organi[sz]ation))?")


def _company_name_ok(name: str, excluded: set[str], longest: int = 40) -> bool:
    if not name[:1].isalnum():
        return False  # "🚀🚀 OPPORTUNITÀ"
    if _GAZETTEER_NAMES and name.lower() in _GAZETTEER_NAMES or re.search(r"[,/#]", name):
        return False  # "Paris" in a page title, "HELSINKI, FINLAND" above the description: the place
    if name.lower() in _JOB_SITES or re.sub(r"\.(?:com|net|org|io)(?:\.\w\w)?$", "", name.lower()) in _JOB_SITES \
            or BUTTONS.fullmatch(name):
        return False  # (and a job site by its address: "Bayt.com")
    if _CONFIDENTIAL.fullmatch(name):
        return False
    if re.fullmatch(_LEGAL, name) or re.fullmatch(r"B2[BC]?|W-?2|C2[CH]|1099", name):
        return False  # "your own Pty Ltd"; a contract's or tax form's code: "B2B", "W2"
    words = name.lower().split()
    if len(words) == 1 and words[0] in _ORGANISATION_WORDS:
        return False  # "the Group's strategy": the employer, called by what it is
    if words[:1] == ["the"] and any(w[:1].islower() for w in name.split()[1:] if w not in ("of", "and", "for", "&")):
        return False  # a tagline ("The future of freight"), not "The Trade Desk"
    return bool(words) and words[0] not in _NOT_COMPANY_START and not all(w in _ORDINARY for w in words) \
        and words[-1] not in ("team", "office", "department") and len(name) <= longest \
        and name.lower() not in excluded and brand_name(name).lower() not in excluded \
        and not re.fullmatch(rf"{_JOB_NOUN}s?", words[-1])  # brand_name: "Java SE" is Java, not a company


_ORGANISATION_WORDS = {"group", "company", "firm", "bank", "business", "organisation", "organization", "board", "trust",
                       "council", "agency", "employer", "client", "society"}


def find_places(stated: dict[str, Any], labelled: dict[str, list[str]], sections: dict[str, str], text: str,
                gazetteer: Gazetteer) -> tuple[list[City], str | None]:
    """Cities (from a location field when there is one, else from the text) and the country code."""
    if not _GAZETTEER_NAMES:
        _GAZETTEER_NAMES.update(gazetteer.cities)
    text = _LOCAL_TIME.sub("", text)  # a gig client's clock is no place of the job: "Tampa 11:42 AM"
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
    if not cities and head_office is not None:  # ... nor is it named anywhere else
        # (a trip's country stays: "Remote – occasional travel to Berlin, Germany")
        named = find_countries(field_text) or find_countries("\n".join(fields))
        return [], named[0] if len(named) == 1 else None
    if not cities and field_text:
        cities = _town_in_address(field_text)  # a town the gazetteer lacks: "..., Oxford Road, Banbury, OX16 9AL"
    if not cities and stated.get("byline"):
        cities = find_cities(stated["byline"], gazetteer)  # "Paris 10e · CDI · Hybride" under the title
    if not cities:
        cities = find_cities("\n".join(place_lines(text, gazetteer)), gazetteer, location_field=True)
    if not cities:
        # (on a remote job's page, only where the text puts this job's workplace, not its head office)
        cities = job_cities(text, gazetteer, at_work_only=own_remote is not None)
        if own_remote is not None:
            cities = [c for c in cities if not _only_as_head_office(c.name, text)]
    country = stated.get("country") if isinstance(stated.get("country"), str) and len(stated["country"]) == 2 \
        else None
    countries = find_countries(field_text)
    if not country and len({c.country for c in cities[:6]}) > 1 and len(countries) != 1:
        return cities[:6], None  # "Amsterdam or Berlin", "Amsterdam, Netherlands or London, United Kingdom": no one country
    if not country and countries:
        country = countries[0]
    if not country and cities:
        country = cities[0].country
    country = country or applicants_country(text)
    return cities[:6], country.upper() if country else None


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
    placeholder ("Head Office, OX16 9AL", "Little France Crescent, EH16 4SA")."""
    for line in field.split("\n")[:10]:
        postcode = re.search(r"(?:^|,\s*)([A-Z][a-z'’]+(?:-[A-Za-z'’]+)*(?: [A-Z][a-z'’-]+){0,2}),\s*"
                             r"[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b", line[:300])
        if postcode and not _NOT_A_TOWN.search(postcode.group(1)) and postcode.group(1).lower() not in _ORDINARY:
            return [City(postcode.group(1), "GB")]
    return []


# Words of a street, a site or a placeholder, not of a town
_NOT_A_TOWN = re.compile(r"\b(?:Road|Street|Avenue|Lane|Way|Drive|Place|Square|Crescent|Close|Grove|Mews|Terrace|Row|Hill|"
                         r"Walk|Court|Gardens|Quay|Wharf|Park|Hospital|House|Building|Centre|Center|Infirmary|Head|Office|"
                         r"Main|Site|Trust|Headquarters|Services|Community|Multiple|Locations?|Hybrid|Remote|Various|"
                         r"Campus|Unit|Floor|Suite)\b")


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
    heading): 'Remote - Americas', 'Berlin (Kreuzberg)'; not their prose, where other places come up
    ('hours overlapping with UTC-8 to UTC-3, roughly Pacific to São Paulo')."""
    return ["\n".join(first for line in text.split("\n")
                      for sentence in [re.split(r"(?<=[a-z]{2})[.!?]\s", line)[0]]
                      # ... or the part before a long remark: "Utrecht, Netherlands (remote-first: work from home ...)",
                      # "Kraków, Poland — office at Zabłocie, 5 min walk from the tram stop."
                      for first in [sentence if len(sentence.split()) <= 12 else _place_before_remark(sentence)]
                      if len(first.split()) <= (12 if first is sentence else 6))
            for heading, text in sections.items() if re.fullmatch(r"locations?|standorte?|where", heading)]


def _place_before_remark(sentence: str) -> str:
    """'Utrecht, Netherlands' of 'Utrecht, Netherlands (remote-first: ...)', 'Kraków, Poland' of
    'Kraków, Poland — office at Zabłocie, 5 min walk ...' (not 'Hours overlap with New York' of a
    sentence after a dash)."""
    first = re.split(r"\s\(|:\s", sentence)[0]
    remark = sentence[len(first):]
    if first != sentence and re.search(r"\b(?:office|based|located)\b", remark, re.IGNORECASE) and \
            not _TERMS.search(first) and not re.search(r"\bhead office|headquarter|\bhq\b", remark, re.IGNORECASE) and \
            not any(word.lower() in _city_names() for word in re.findall(r"[A-ZÀ-Þ][\w'’-]+", first)):
        # a region, and the office's town in the remark: "DC Metro Area (our office is at ..., Washington, DC, near ...)"
        town = next((m.group() for m in re.finditer(r"[A-ZÀ-Þ][\w'’.-]+(?: [A-ZÀ-Þ][\w'’.-]+){0,2}(?:,\s*[A-Z][A-Z.]{1,4})?",
                                                      remark) if m.group().split(",")[0].lower() in _city_names()), None)
        if town:
            return town
    dash = re.search(r"\s[-–—]\s", sentence)
    if first == sentence and dash:  # ... unless the remark names places too ("Berlin - or our Munich office")
        dashed, rest = sentence[:dash.start()], sentence[dash.end():]
        named_after = any(word.lower() in _city_names() for word in re.findall(r"[A-ZÀ-Þ][\w'’-]+", rest))
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
                             rf"\b[Rr]emote\s*\(((?:the\s+)?[A-Z{'a-z' if lowercase else ''}][\w .]{{1,30}})\)", text[:100_000],
                             flags=re.IGNORECASE if lowercase else 0):
        if match.group(2) and re.fullmatch(r"(?i)georgia|jersey", match.group(2).strip()) and \
                re.search(r"\b(?:US|USA|U\.S\.|United States)\b", text[:100_000]):
            continue  # "Remote (Georgia)" on a US page is the state
        return _country_applicants_live_in(match.group(1) or "the " + match.group(2), lowercase)  # the first one only
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
    lines = [bracket.group(1) if has_job_noun(line) and bracket and _place_with_terms(bracket.group(1))
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
