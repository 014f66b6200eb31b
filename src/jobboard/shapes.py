"""Recognize the shape of a raw posting and bring every shape to one form: text plus stated fields.

Shapes: HTML saved from a careers page (read by `webpage`), a saved or forwarded e-mail and a
newsletter (`mail` finds the posting in them), Markdown with front matter from another board (its
keys mapped to ours), Hacker News "Who is hiring" comments (`Company | Title | City | REMOTE |
$150k | https://...`), a job page copied whole from LinkedIn or Indeed (a header of short lines and
buttons above "About the job"), and plain text, Markdown or reStructuredText (handled by `structure`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from .frontmatter_yaml import StrictLoader
from .jobwords import has_job_noun
from .names import LEGAL
from .mail import (RAW_MESSAGE, RULE_LINE, SUBJECT_PREFIX, below_cover_note, forwarded_part, from_message,
                   job_of_the_newsletter)

JOB_NOUN_RE = (r"\b(?:engineer|developer|manager|designer|scientist|analyst|architect|lead|consultant|"
               r"administrator|specialist|intern|executive|representative|officer|director|coordinator|technician|"
               r"researcher|recruiter|accountant|paralegal|attorney|lawyer|solicitor|auditor|actuary|underwriter|(?-i:AE|SDR|BDR)|entwickler\w*|berater\w*|ingenieur\w*|werkstudent\w*|desenvolvedor\w*|"
               r"desarrollador\w*|développeu\w*|ingénieur\w*|ingeniero\w*|engenheir\w*|programador\w*|sviluppatore|"
               r"analista|diseñador\w*|ontwikkelaar)\b")

LABELS = {
    "title": r"title|job\s*title|(?:job\s+)?posting\s+title|position(?:\s+title)?|role|stelle|stellenbezeichnung|poste|puesto|posizione|"
             r"募集職種|職種|vị\s+trí|cargo|pozisyon|stanowisko|posada|должность|vakansiya|職位|职位|職務|직무|포지션|모집\s*분야",
    "client": r"client|klient|kunde|cliente",
    "company": r"company|employer|hiring\s+company|(?:employer|company|organi[sz]ation)\s+name|会社名|社名|unternehmen|firma|arbeitgeber|anbieter|auftraggeber|"
               r"organi[sz]ation|entreprise|empresa|azienda|bedrijf|công\s+ty|şirket|şirket\s+adı|компанія|компания|"
               r"роботодавець|работодатель|公司|公司名[称稱]|企業名|企业名称|회사명|기업명|arbeidsgiver|arbejdsgiver|"
               r"arbetsgivare|työnantaja|werkgever|employeur|empleador|empregador|pracodawca|zaměstnavatel|angajator|"
               r"ente|host\s+institution|institution|instituci[óo]n|istituzione|einrichtung|instytucja|organisme|organismo",
    "location": r"(?:job\s+|work\s+)?locations?|place\s+of\s+(?:employment|work|assignment|service)|duty\s+station|"
                r"lieu\s+d['’]affectation|勤務地|勤務場所|standorte?|ort|arbeitsort|einsatzort|dienstort|city|office|based\s+in|where|sede|"
                r"ubicaci[óo]n|localidad|lugar de trabajo|lieu|localisation|standplaats|locatie|lokalizacja|miejsce pracy|"
                r"local(?:iza[çc][ãa]o)?|local de trabalho|luogo di lavoro|localit[àa]|kommun|arbetsort|placering|"
                r"arbeidssted|arbejdssted|sijainti|paikkakunta|lokalita|m[íi]sto(?:\s+v[ýy]konu\s+pr[áa]ce)?|địa\s+điểm(?:\s+làm\s+việc)?|địa\s+chỉ(?:\s+làm\s+việc)?|"
                r"nơi\s+làm\s+việc|konum|şehir|lokasyon|çalışma\s+yeri|місто|город|місце\s+роботи|место\s+работы|"
                r"地点|工作地[点點]|上班地[点點]|근무지|근무\s*지역|근무\s*위치|ciudad|cidade|ora[șş]|loca[țt]ie|sted",
    "salary": r"salary|salary\s+range|給与|想定年収|年収|compensation|pay|gehalt|vergütung|jahresgehalt|rate|day\s+rate|budget|"
              r"stundensatz|tagessatz|salaire|r[ée]mun[ée]ration|sal[áa]rio|remunera[çc][ãa]o|sueldo|retribuzione|ral|salaris|"
              r"wynagrodzenie|lön|pay\s+band|tjm|taux\s+journalier(?:\s+moyen)?|(?:mức\s+)?lương|maaş|ücret|зарплата|"
              r"заробітна\s+плата|оклад|薪[资資]|月薪|年薪|(?:工作)?待遇|급여|연봉|salariu|lønn|løn|palkka|plat|mzda|renta|"
              r"fizetés|bérezés",
    "remote": r"remote|remote\s+(?:work\s+)?policy|リモートワーク|在宅勤務|テレワーク|work(?:ing|place)?\s+(?:model|mode|arrangement|setup|type)|"
              r"operating\s+mode|workplace|location\s+type|arbeitsmodell|homeoffice|home\s*office|modelo(?:\s+de\s+trabalho)?|"
              r"modalidade|modalidad|modalit[àa]|tryb\s+pracy|forma\s+práce|werkvorm|fjernarbejde|distansarbete|"
              r"arbejdsform|arbeidsform|etätyö|hình\s+thức\s+làm\s+việc|çalışma\s+(?:şekli|modeli)|формат\s+роботи|"
              r"формат\s+работы|工作方式|办公方式|근무\s*형태",
    "type": r"type|job\s+type|雇用形態|employment(?:\s+type)?|contract(?:\s+type)?|anstellungsart|vertragsart|arbeitszeit|"
            r"loại\s+hình|çalışma\s+türü|тип\s+зайнятості|тип\s+занятости|工作性[質质]|고용\s*형태|tipo\s+de\s+(?:contrato|empleo)|"
            r"jornada",
    "apply": r"apply|apply\s+(?:here|at|now)|application|how\s+to\s+apply|link\s+to\s+apply|bewerbung|jetzt\s+bewerben",
    "email": r"e-?mail|mail|contact|kontakt",
}
# "Location: Berlin", "**Salary:** …", "🏢 Công ty: …", "勤務地：東京"
_LABEL_LINE = re.compile(r"^\s*+(?:[-*•]\s*+)?(?:[^\w\s:|#>*\[(-]{1,3}\s*+)?(?:\*\*|__)?(?P<label>[^\W\d_][\w\s-]{1,25}?)(?:\*\*|__)?\s*[:：]"
                         r"(?:\*\*|__)?\s*(?P<value>\S.*)$")
_TABLE_ROW = re.compile(r"^\s*(?:[-*]\s+)?\|\s*(?:\*\*)?(?P<label>[^|*:\n]{2,25}?)(?:\*\*)?\s*:?\s*\|\s*(?P<value>[^|\n]*\S)\s*\|\s*$")
_TABLE_RULE = re.compile(r"[ \t]*(?:[-*][ \t]+)?(?:\|[ \t]*)?:?-{3,}")
_FOREIGN_KEYS = {
    "title": ("title", "position", "role", "job_title", "jobtitle", "name"),
    "company": ("company", "company_name", "employer", "employer_name", "organization", "organisation", "org",
                "hiring_organization", "hiring_company"),
    "location": ("location", "locations", "city", "cities", "place", "office", "offices", "where"),
    "country": ("country", "country_code"),
    "salary": ("salary", "compensation", "comp", "pay", "salary_range", "base_salary"),
    "type": ("type", "employment_type", "job_type", "contract", "employment"),
    "remote": ("remote", "remote_ok", "workplace", "work_mode", "workplace_type", "location_type"),
    "tags": ("tags", "skills", "keywords", "stack", "technologies", "tech"),
    "date": ("date", "posted", "published", "posted_at", "date_posted", "created"),
    "valid_through": ("valid_through", "expires", "deadline", "closing_date", "valid_until"),
    "apply": ("apply_url", "apply", "url", "link", "application_url", "apply_link"),
    "email": ("apply_email", "email", "contact_email", "contact"),
}


# A job site's buttons: never the employer, kept out of the body: "Postuler", "Jetzt bewerben", "Inscribirme en esta oferta"
BUTTONS = re.compile(r"(?:apply(?: now| for this job)?|easy apply|save(?: job)?|share|sign up|sign in|log ?in|reply|postuler|sauvegarder|"
                      r"enregistrer|partager|candidature simplifiée|(?:jetzt |einfach )?bewerben|merken|speichern|teilen|"
                      r"inscribirme en esta oferta|solicitar|solicitud sencilla|guardar|compartir|candidatar-se|"
                      r"candidatura simplificada|salvar|compartilhar|candidati(?: ora)?|salva|condividi|"
                      r"solliciteer(?: nu)?|solliciteren|opslaan|delen|aplikuj|zapisz|odpovědět|"
                      # ... its sign-in links, "Ingresar", "Registrarme", and its links back to the list: "Volver al listado"
                      r"ingresar|registrarme|registrarse|iniciar sesión|cadastre-se|se connecter|connexion|s['’]inscrire|"
                      r"anmelden|registrieren|accedi|registrati|inloggen|registreren|zaloguj się|zarejestruj się|giriş yap|"
                      r"kayıt ol|увійти|войти|зареєструватися|регистрация|登录|注册|로그인|회원가입|đăng nhập|đăng ký|"
                      r"back to (?:all )?(?:jobs|listings?|search|results|overview)|volver (?:al listado|a (?:la búsqueda|"
                      r"los resultados))|zurück zur (?:übersicht|suche|liste)|retour (?:à la liste|aux offres|aux résultats)|"
                      r"voltar (?:para a lista|às vagas)|torna (?:alla lista|agli annunci)|terug naar (?:overzicht|vacatures))",
                     re.IGNORECASE)


@dataclass
class RawPosting:
    """A raw posting in one form: its body text and the fields it states in so many words."""

    shape: str  # "html" | "front-matter" | "hn" | "page" | "text"
    text: str  # plain text or Markdown, HTML already converted
    stated: dict[str, Any] = field(default_factory=dict)  # field -> value from front matter, JSON-LD, a pipe line
    labelled: dict[str, list[str]] = field(default_factory=dict)  # field -> values of "Label: value" lines


def read_shape(text: str, filename: str) -> RawPosting:
    """Bring a decoded raw posting, whatever its shape, to a RawPosting."""
    stripped = text.lstrip()
    subject = None
    if filename.lower().endswith(".eml") or RAW_MESSAGE.match(stripped):
        text, subject, html = from_message(text)
        stripped = text.lstrip() if html else ""
        filename = "message.html" if html else "message.txt"
    if filename.lower().endswith((".html", ".htm")) or re.match(r"<(?:!doctype|html|body|div|article)\b",
                                                                 stripped, re.IGNORECASE):
        from .webpage import read_html  # here: it imports this module
        posting = RawPosting("html", *read_html(text))
        if subject:  # an e-mail's HTML body: a forwarded message's header lines go too
            posting.stated["subject"] = subject
            posting.text = forwarded_part(posting.text)[0]
    elif stripped.startswith("---\n") and "\n---" in stripped[4:]:
        posting = _from_front_matter(stripped)
    else:
        text, forwarded_subject = forwarded_part(text)
        text = job_of_the_newsletter(below_cover_note(text))
        subject = forwarded_subject or subject
        posting = RawPosting("text", _without_site_chrome(text))
        if subject:
            posting.stated["subject"] = subject
        if not _from_page_header(posting):
            _from_pipe_line(posting)
        if subject and "|" in subject and "pipe" not in posting.stated:
            # a recruiter's subject line of fields: 'Senior DevOps Engineer | SGD 9-12k/month | Singapore'
            fields = SUBJECT_PREFIX.sub("", subject)
            posting.stated["pipe"] = [p.strip() for p in fields.split("|") if p.strip()]
    posting.text = _without_other_cards(_without_similar_jobs(posting.text))
    posting.labelled = labelled_lines(posting.text)
    return posting


def _without_other_cards(text: str) -> str:
    """A careers page of several jobs between rules (RULE_LINE) without the short cards of the others
    below the posting ("compliance analyst (aml/cft) / abu dhabi, uae · on-site / aed 20k–26k / apply: …"):
    two or more parts after the posting's (the longest part), each a short first line (the job's name), a
    few more lines and its own apply link, one the posting does not give."""
    parts = RULE_LINE.split(text)
    if len(parts) < 4:
        return text
    longest = max(range(len(parts)), key=lambda n: len(parts[n]))  # the posting
    own = set(_APPLY_LINK.findall(parts[longest]))
    after = [n for n in range(longest + 1, len(parts)) if len(parts[n]) * 2 <= len(parts[longest])
             and _job_card(parts[n], own)]
    if len(after) < 2:
        return text
    return "\n\n".join(part.strip("\n") for n, part in enumerate(parts) if n not in after) + "\n"


_APPLY_LINK = re.compile(r"(?im)^[ \t]*(?:apply|bewerben|postuler|aplicar|candidatar)\b.{0,20}?(https?://\S+)")


def _job_card(part: str, posting_links: set[str]) -> bool:
    lines = [line for line in part.strip().split("\n") if line.strip()]
    links = _APPLY_LINK.findall(part)
    return 2 <= len(lines) <= 8 and len(lines[0]) <= 80 and not re.search(r"[.!?:]\s*$", lines[0]) \
        and bool(links) and not posting_links.intersection(links)


# Where a job site's page goes on to other postings ("Similar jobs (3)", "Ofertas similares"):
# what follows is not this job's (its cities, pay and skills are other jobs').
_SIMILAR_JOBS = re.compile(
    r"^[ \t#*]*(?:(?:check |see |view |browse |explore )?similar (?:jobs|roles|positions|offers|vacancies|openings|"
    r"listings)(?: on .{1,30})?|related jobs|more jobs(?: like this)?|more (?:open )?(?:roles|positions|openings|vacancies)|"
    r"other (?:open )?(?:jobs|roles|positions|openings) (?:at|from|by) .{1,40}|andre ledige stillinger|"
    r"client['’]s (?:recent |work )?history|"  # a gig site's list of the client's past jobs
    # (and these, said in a posting too, only above a list of jobs: _without_similar_jobs)
    r"(?P<loose>more (?:open )?(?:roles|jobs|positions|openings|vacancies) (?:at|from) .{1,40}|also hiring at [^.!?\n]{1,40}|"
    r"other (?:open )?(?:jobs|roles|positions|openings)(?: (?!(?:on|in) (?:the|our|this|my) team\b)(?:in|at|on) .{1,40})?|"
    r"d['’]autres (?:offres|postes)(?: chez .{1,40})?|"
    # ... a freelance board's other projects
    r"further (?:open )?(?:projects|missions)|weitere projekte|autres missions|"
    # ... a newsletter's other jobs below its featured one
    r"more (?:from|on) the (?:board|job board)|also on the (?:board|job board)|(?:the )?best of the rest|"
    r"more (?:remote |featured )(?:jobs|roles)(?: this week)?|more (?:jobs|roles) this week)|"
    r"weitere offene stellen|autres offres(?: d['’]emploi)?|plus d['’]offres(?: d['’]emploi)?|mais vagas|"
    r"m[áa]s (?:empleos|ofertas)|otras ofertas|outras vagas|altre posizioni aperte|jobs you (?:may|might) (?:also )?(?:like|be interested in)|people also viewed|"
    r"ähnliche (?:jobs|stellen|stellenangebote|projekte)|weitere (?:jobs|stellen)(?: bei .{1,40})?|"
    r"ofertas similares|empleos similares|offres similaires|ces offres pourraient (?:aussi |également )?vous intéresser|"
    r"annunci simili|offerte simili|lavori simili|vergelijkbare vacatures|bekijk ook|andere vacatures|"
    r"(?:zobacz )?podobne oferty|podobné nabídky|liknande jobb|lignende (?:stillinger|job)|recommended jobs|"
    r"avisos similares|vagas similares|empregos similares|benzer (?:ilanlar|iş ilanları)|схожі вакансії|"
    r"похожие вакансии|việc làm tương tự|類似職缺|相似职位|相关职位|推荐职位|비슷한 공고|추천 공고|유사한 채용공고|"
    r"(?:\d+\s+)?(?:replies|antworten|réponses|respuestas))(?:\s*\(\d+\))?[ \t:*]*$",
    re.IGNORECASE | re.MULTILINE)


def _without_similar_jobs(text: str) -> str:
    """The text up to a 'Similar jobs' heading in its second half (a copied job page's tail)."""
    for match in _SIMILAR_JOBS.finditer(text):
        following = next((line for line in text[match.end():match.end() + 2000].split("\n") if line.strip()), "")
        card = re.search(JOB_NOUN_RE, following, re.I) or re.match(r"\s*(?:[-*•|]|\d+[.)])\s", following) or \
            len(following.split()) <= 12 and not re.search(r"[.!?]\s*$", following)
        if match.start() > len(text) * 0.4 and (not match.group("loose") or card):
            # (a job's card or a list follows "More roles at Quillon", not "We grow fast, so keep an eye on our careers page.")
            # ... but how to apply, said after the list: "Questions? Write to jobs@palisade.games. We answer every ..."
            after = [block for block in re.split(r"\n[ \t]*\n", text[match.end():])[1:]
                     if re.fullmatch(r"[^\n]*\w[.!?]", block.strip()) and len(block.split()) >= 6
                     and re.search(r"[\w.+-]@[\w-]+\.\w", block)]
            return text[:match.start()].rstrip() + "\n" + "".join(f"\n{block.strip()}\n" for block in after[:2])
    return text


# Lines of a page's frame that say nothing about the job: HTML comments left in Markdown,
# Hacker News's thread header and the line above each comment.
_SITE_CHROME = re.compile(r"^[ \t]*(?:ask hn: who is hiring\?.*|(?:\|[ \t]*)?hide[ \t]*\|[ \t]*past[ \t]*\|.*|"
                          r"hacker news[ \t]+new[ \t]*\|.*|\d+[ \t]+points?[ \t]+by[ \t]+\S+[ \t].*\bago\b.*|"
                          r"\S+[ \t]+\d+[ \t]+(?:minutes?|hours?|days?|months?)[ \t]+ago[ \t]*\|[ \t]*(?:parent|next|prev|root)\b.*)$",
                          re.IGNORECASE | re.MULTILINE)


def _without_site_chrome(text: str) -> str:
    return _SITE_CHROME.sub("", _without_comments(text))


def _without_comments(text: str) -> str:
    """HTML comments removed with find, not a regular expression: an unclosed "<!--" repeated
    would make a lazy pattern rescan the rest of the text from each one."""
    parts, at = [], 0
    while (start := text.find("<!--", at)) != -1:
        end = text.find("-->", start + 4)
        if end == -1:
            break
        parts.append(text[at:start])
        at = end + 3
    return "".join(parts) + text[at:]


# A job page copied whole from a job site: a header (title, company, place, terms, the page's
# buttons) above the line where the description starts: LinkedIn's "About the job" (in the
# languages of its interface too), Indeed's "Full job description".
_DESCRIPTION_STARTS = re.compile(r"^[ \t]*(?:about the job|full job description|sobre a vaga|acerca del empleo|"
                                 r"à propos de l[’']offre d[’']emploi|info zum job|über den job|over de vacature|"
                                 r"informazioni sull[’']offerta di lavoro)[ \t]*$", re.IGNORECASE | re.MULTILINE)
# LinkedIn's label of its save button: "Save <title> at <company>", "Salvar … em …", "… bei … speichern"
_SAVE_BUTTON = re.compile(r"^(?:(?:save|salvar|guardar|enregistrer|salva)\s+(?P<title>.+?)\s+(?:at|em|en|chez|presso)\s+"
                          r"(?P<company>.+)|(?P<title2>.+?)\s+(?:bei|bij)\s+(?P<company2>.+?)\s+(?:speichern|opslaan))$",
                          re.IGNORECASE)
_MODE_WORDS = {"remote": "remote", "hybrid": "hybrid", "on-site": "onsite", "onsite": "onsite", "remoto": "remote",
               "híbrido": "hybrid", "presencial": "onsite", "hybride": "hybrid", "sur site": "onsite",
               "télétravail": "remote", "vor ort": "onsite", "ibrido": "hybrid", "in sede": "onsite",
               "op locatie": "onsite", "op afstand": "remote", "à distance": "remote"}
_MODES = re.compile(rf"^\(?(?P<mode>{'|'.join(_MODE_WORDS)})\)?$", re.IGNORECASE)
_TYPES = re.compile(r"\b(?:full-?time|part-?time|contract|temporary|internship|freelance|tempo integral|meio período|"
                    r"jornada completa|media jornada|temps plein|temps partiel|vollzeit|teilzeit|voltijd|deeltijd|"
                    r"tempo pieno)\b", re.IGNORECASE)
_UPSELL = re.compile(r"top applicant|tailor (?:my|your) resume|personali[sz]ed tips|stand out to hirers|with premium\b|"
                     r"ai-powered advice|"
                     r"matches your job preferences|corresponde às suas preferências|coincide con tus preferencias|"
                     r"correspond à vos préférences|entspricht ihren (?:job)?präferenzen|komt overeen met je voorkeuren",
                     re.IGNORECASE)
_PAGE_CHROME = re.compile(
    r"^(?:" + BUTTONS.pattern + r"|show more( options)?|show less|message|follow|see more|"
    r"enviar mensagem|enviar mensaje|envoyer un message|nachricht senden|"
    r"mostrar mais opções|mostrar más opciones|afficher plus d[’']options|weitere optionen anzeigen|"
    r"(?:entry|mid-senior|senior|associate|director|executive|internship)[- ]level|"
    # ... its levels in German and French
    r"berufseinstieg|mit berufserfahrung|praktikum|direktor|geschäftsführung|stage|premier emploi|confirmé|associé|directeur|"
    r"cadre dirigeant|"
    # LinkedIn's own navigation above a page, in English, German and French, and its facts about the company and
    # the reader
    r"skip to (?:main )?content|skip to search|keyboard shortcuts|close jump menu|new feed updates notifications|learning|"
    r"jobs you may be interested in|linkedin|home|my network|jobs|messaging|notifications|me|for business|search|"
    r"zum hauptinhalt springen|suchen|start|mein netzwerk|nachrichten|mitteilungen|sie|für unternehmen|"
    r"passer au contenu principal|accueil|réseau|emplois|messagerie|vous|pour les entreprises|"
    r"\d+ (?:notifications?|mitteilungen) (?:total|insgesamt)|"
    r"[\d,.]+k?(?:\s?[-–]\s?[\d,.]+k?|\+)? (?:employees|beschäftigte|mitarbeiter(?::innen)?|employés)\b.*|"
    r".*\b(?:connections? works? here|kontakte arbeiten hier|relations travaillent ici)\b.*|"
    r".*\b(?:ago|applicants?|clicked "
    r"apply|promoted|reviewing|responses managed|premium|assess how you fit|match details|is this information helpful|"
    r"hiring team|há \d+|hace \d+|il y a \d+|vor \d+|geleden|geplaatst|candidaturas|solicitudes|candidatures|"
    r"bewerbungen|bewerber(?::innen|innen)?|von arbeitgeber beworben|sollicitaties|"
    r"promovida|promocionad[ao]|promue?|gesponsert|anunciante|equipe de contratação|equipo de contratación|"
    r"respostas gerenciadas|respuestas gestionadas|réponses gérées|"
    r"recruiting-team|" + _UPSELL.pattern + r")\b.*)$", re.IGNORECASE)
_HIRING_TEAM = re.compile(r"meet the hiring team|conheça a equipe de contratação|conoce al equipo de contratación|"
                          r"découvrez l[’']équipe de recrutement|lernen sie das (?:recruiting-|einstellungs)team kennen|"
                          r"maak kennis met het wervingsteam", re.IGNORECASE)


def _from_page_header(posting: RawPosting) -> bool:
    """Take a job site's header apart into stated fields and keep only the description as text;
    False when the text has no such header."""
    start = _DESCRIPTION_STARTS.search(posting.text)
    begin = 0
    if start and not posting.text[:start.start()].strip():  # the heading copied above the header too: "About the
        again = _DESCRIPTION_STARTS.search(posting.text, start.end(), start.end() + 3000)  # job" twice
        begin, start = (start.end(), again) if again else (0, start)
    lines = [line.strip() for line in posting.text[begin:start.start()].split("\n") if line.strip()] if start else []
    poster = next((n for n, line in enumerate(lines) if _HIRING_TEAM.fullmatch(line)), None)
    header = lines[:poster]  # LinkedIn's "Meet the hiring team" below names the poster, not the job
    chrome = sum(1 for line in lines if _PAGE_CHROME.match(line))
    english = bool(start) and re.match(r"\s*(?:about the job|full job description)", start.group(), re.IGNORECASE)
    # in other languages the line is also an ordinary heading ("Über den Job"): more of the page must be there
    if (not lines or len(lines) > 40 or not chrome or not english and chrome < 2 and not any(map(_SAVE_BUTTON.match, lines))
            or any(len(line) > 150 or (len(line.split()) >= 12 and line.endswith(".") and not _UPSELL.search(line))
                   or (_LABEL_LINE.match(line) and not re.match(r"(?:skills|kenntnisse|compétences)\s*:", line, re.I))
                   or re.search(r"https?://|@", line) for line in header)):
        return False  # no job site's buttons above the description: an intro, labelled lines or prose
    lines = [line for line in header if not re.match(r"(?:skills|kenntnisse|compétences)\s*:", line, re.I)]
    posting.shape, posting.text = "page", posting.text[start.end():].lstrip("\n")
    places, stated, title_line, beside_title = [], posting.stated, None, []
    # (a rarer job noun names the title only when no line has a common one: "Podcast Producer" above "Lakeshore Public
    # Media", not "Carers Trust" above "Fundraising Coordinator"; a place or a roster beside the title on its line is no
    # company, which LinkedIn shows on the next line: "Electrician | FIFO 2:1 | Port Hedland")
    common_noun = any(re.search(JOB_NOUN_RE, line, re.IGNORECASE) and not re.search(rf"\s{LEGAL}(?:\s|$)", line)
                      for line in lines if not _SAVE_BUTTON.match(line))  # (not "Specialist Electrical Services Ltd")
    for line in lines:
        button = _SAVE_BUTTON.match(line)
        if button:
            stated["title"] = button.group("title") or button.group("title2")
            stated["company"] = button.group("company") or button.group("company2")
            continue
        for part in (p.strip() for p in re.split(r"\s+[·•|]\s+|\s{2,}", line) if p.strip()):
            mode = _MODES.match(part) or re.search(rf"\((?P<mode>{'|'.join(_MODE_WORDS)})\)", part, re.IGNORECASE)
            if mode:
                stated.setdefault("remote", _MODE_WORDS.get(mode.group("mode").lower(), "onsite"))
                part = part.replace(mode.group(), "").strip()
            if not part or _MODES.match(part) or _PAGE_CHROME.match(part):
                continue
            terms = _TYPES.search(part)
            if terms:
                stated.setdefault("type", terms.group())
            if terms and terms.group() == part:
                continue
            if re.search(r"[$€£]\s?\d|\d\s?[kK]\b", part):
                stated.setdefault("salary", part)
            elif "title" not in stated and (re.search(JOB_NOUN_RE, part, re.IGNORECASE)
                                            or not common_noun and has_job_noun(part)):
                stated["title"], title_line = part, line
            elif _ROSTER.fullmatch(part):
                continue
            elif title_line == line:
                beside_title.append(part)  # ... the first of them the company when no later line names one:
                # "Electrician · Brightline Electrical · Perth, Western Australia, Australia"
            elif "," in part or places or "company" in stated:
                places.append(part)
            elif "company" not in stated:
                stated["company"] = part
    first = next((part for part in beside_title if "," not in part), None)
    if "company" not in stated and first is not None:
        stated["company"] = first
        beside_title.remove(first)
    places = beside_title + places
    if "title" not in stated and (title := _line_above_the_posted_line(lines, places)):
        stated["title"] = title  # a title without a job noun: "AVP, KYC Compliance – Client Onboarding"
    places = [p for p in places if p != stated.get("title")]  # the title above, before the save button named it
    if places:
        stated["location"] = places
    return True


# A roster beside a title: "FIFO 2:1", "14/14 rotation", "DIDO"
_ROSTER = re.compile(r"(?i:(?:FIFO|DIDO|BIBO)\b[^|·•]{0,20}|\d{1,2}\s?[:/]\s?\d{1,2}(?:\s+(?:rotation|roster|swing))?)")


def _line_above_the_posted_line(lines: list[str], places: list[str]) -> str | None:
    """The line a job site's header shows its title on: right above the line of its place, when it
    was posted and how many applied ("Singapore, Singapore · 5 days ago · 94 applicants")."""
    for above, line in zip(lines, lines[1:]):
        parts = [p.strip() for p in re.split(r"\s+[·•|]\s+", line) if p.strip()]
        if len(parts) >= 2 and not _PAGE_CHROME.match(parts[0]) and all(map(_PAGE_CHROME.match, parts[1:])):
            return above if above in places else None
    return None


_PLACE_SIGNS = "📍📌🌍🌎🌏"  # a pin or a globe before a place: "📍 Berlin", "🌍 Remote · Ukraine"
_WORKPLACE_WORDS = re.compile(r"\b(?:office|remote|hybrid|on-?site|büro|bureau|oficina|escritório|kantoor|kontor)\b", re.I)


def _fields_of(line: str) -> list[str]:
    """A line of several fields each its own line: "Työnantaja: Kuura Digital Oy · Toimiala: Ohjelmistot ja IT"."""
    if len(line) > 500 or not re.search(r"\s[·|•]\s", line):
        return [line]
    parts = re.split(r"\s+[·|•]\s+", line)
    return parts if all(_LABEL_LINE.match(part) for part in parts) else [line]


def labelled_lines(text: str) -> dict[str, list[str]]:
    """Values of `Location: Berlin`-style lines, by field."""
    found: dict[str, list[str]] = {}
    lines = [field for line in text.split("\n") for field in _fields_of(line)]
    for index, line in enumerate(lines):
        match = _LABEL_LINE.match(line) if len(line) <= 500 else None  # a label line is short
        if not match and len(line) <= 1000 and not _TABLE_RULE.match(lines[index + 1][:200] if index + 1 < len(lines) else ""):
            match = _TABLE_ROW.match(line)  # a table of facts: "| Location | Berlin |"; not a table's header row
        bare = line.lstrip(" -*•")
        header = index < 15  # a chat post's or page's header, not its list of perks ("🏢 Hybrid, 2 days in the office")
        pinned = bare[1:].strip() if bare[:1] == "📍" or header and bare[:1] in _PLACE_SIGNS else ""
        if not match and pinned and len(pinned.split()) <= 14 and not re.search(
                r"\b(?:we|our|we're|annual|offsite|off-site|retreat|meetup|trip|headquartered)\b", pinned, re.IGNORECASE):
            found.setdefault("location", []).append(pinned)  # a pin marks the place; not a perk's or the story's
            continue
        building = bare[1:].strip() if header and bare[:1] in "🏢🏬🏭" and not match else ""
        if building and len(building.split()) <= 14 and not _WORKPLACE_WORDS.search(building):
            # "🏢 Routiqo · продуктова компанія, logistics SaaS"
            found.setdefault("company", []).append(re.split(r"\s+[·|•]\s+", building)[0])
            continue
        if not match:
            continue
        label = " ".join(match.group("label").lower().split())
        value = match.group("value").strip()
        # A value aligned in a column goes on below, indented to it (a PDF's form): "Devel-" / "oper"
        column = match.start("value")
        for more in lines[index + 1:index + 3]:
            if column < 8 or not more.strip() or len(more) - len(more.lstrip()) != column:
                break
            if not re.search(r"[-&,/]$", value) and not more.strip()[:1].islower():
                break  # the next field's value under this one (an address under a company), not its rest
            value = value[:-1] + more.strip() if re.search(r"[a-zäöü]-$", value) else f"{value} {more.strip()}"
        for name, pattern in LABELS.items():
            if re.fullmatch(pattern, label):
                if name == "salary" and re.search(r"[月年時日]|stunden|tages|jahres", label):
                    value = f"{match.group('label').strip()}: {value}"  # the period the label names: "月薪：70,000 元"
                found.setdefault(name, []).append(value.strip("*_ "))
                break
    return found


def _from_front_matter(text: str) -> RawPosting:
    end = text.index("\n---", 4)
    try:
        meta = yaml.load(text[4:end], Loader=StrictLoader) or {}
    except (yaml.YAMLError, ValueError):  # broken or impossible values: keep it all as text
        return RawPosting("text", text)
    body = text[end + 4:].split("\n", 1)[1] if "\n" in text[end + 4:] else ""
    if not isinstance(meta, dict):
        return RawPosting("text", text)
    lowered = {str(k).lower().replace("-", "_"): v for k, v in meta.items()}
    stated = {}
    for ours, theirs in _FOREIGN_KEYS.items():
        value = next((lowered[k] for k in theirs if lowered.get(k) not in (None, "", [])), None)
        if value is not None:
            stated[ours] = value
    return RawPosting("front-matter", body, stated)


_BRACKETED = re.compile(r"\([^()\n]*\)|\[[^\[\]\n]*\]")
_HIDE = str.maketrans({" ": "\ue000", "\t": "\ue001", "|": "\ue002"})
_SHOW = str.maketrans({"\ue000": " ", "\ue001": "\t", "\ue002": "|"})


def split_outside_brackets(pattern: str, text: str) -> list[str]:
    """re.split at separators outside brackets, whose spaces and bars the pattern cannot see:
    "Senior Backend Engineer (Remote - US) - Berlin", and "... with us :)" has none."""
    masked = _BRACKETED.sub(lambda m: m.group().translate(_HIDE), text)
    return [part.translate(_SHOW) if part else "" for part in re.split(pattern, masked)]


_THREAD_LINE = re.compile(r"^\s*(?:ask hn:|[-_*]{3,}\s*$)|\b\d+\s+(?:minutes?|hours?|days?|months?)\s+ago\s*\|\s*"
                          r"(?:parent|prev|next|root|flag)\b", re.IGNORECASE)


def _from_pipe_line(posting: RawPosting) -> None:
    """A first line of fields: `Company | Title | City | REMOTE | $150k` (Hacker News 'Who is hiring')
    or `Title - City - £45,000 per annum` (a recruiter's headline)."""
    # (below a thread's own lines: "Ask HN: Who is hiring? (March 2025)", "---", "**mkerehoma** 6 days ago | parent | next [–]")
    lines = [line for line in posting.text.strip().split("\n")[:12] if line.strip() and not _THREAD_LINE.search(line)][:3]
    first = lines[0] if lines else ""
    if len(lines) > 1 and not re.search(JOB_NOUN_RE, first, re.IGNORECASE) and re.search(r"\s[·|]\s", first):
        first = lines[1]  # below a careers page's navigation: "mavuno pay · careers · engineering & support"
    if len(first) > 300:
        return
    first = re.sub(r"^#{1,6}\s+", "", first)  # a Markdown heading's marks
    # (not a separator inside brackets: "[Remote · LATAM] Senior Frontend Engineer — Quebracho Labs")
    parts = [p.strip(" *_") for p in split_outside_brackets(r"\s+[|·•]\s+|\s*\|\s*|\s+[-–—]\s+", first)
             if p.strip(" *_")]
    if len(parts) < 2 or len(first) > 300 or first.rstrip().endswith((".", ":")):
        return
    titled = [p for p in parts if re.search(JOB_NOUN_RE, p, re.IGNORECASE)]
    if not titled:
        return
    if "|" in first:
        posting.shape = "hn"
    elif re.search(r"\s[–—]\s", first):
        posting.stated["dashed"] = True  # "Engineering Manager – Payments Platform": the part after may be the title's
    company = next((p for p in parts[:parts.index(titled[0]) + 2] if p not in titled and _plain_name(p)), None)
    if company and (parts.index(company) < parts.index(titled[0]) or "|" in first):
        posting.stated["company"] = re.sub(r"\s*\((?:YC|Y Combinator|https?://)[^)]*\)", "", company).strip()
        posting.stated["company_in_headline"] = True  # (a guess a "Company:" field overrules)
        parts = [p for p in parts if p != company]
    posting.stated["pipe"] = parts  # title, place, pay, terms, link


def _plain_name(part: str) -> bool:
    """A pipe-line part that can be a company: not a place, pay, link, remote mode or job type."""
    return part[:1].isalnum() and not re.search(r"https?://(?![^)]*\))|[$€£]|\d+\s?k\b|\b(?:remote|onsite|on-site|hybrid|full[- ]?time|"
                         r"part[- ]?time|contract|intern|visa|or|and|hiring|cleared|clearance|ir35|polygraph)\b|,|\bts/sci\b", part,
                                            re.IGNORECASE) and len(part) <= 60
