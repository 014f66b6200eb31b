"""Recognize the shape of a raw posting and bring every shape to one form: text plus stated fields.

Shapes: HTML saved from a careers page (content extracted with Beautiful Soup, converted with
markdownify), Markdown with front matter from another board (its keys mapped to ours), Hacker
News "Who is hiring" comments (`Company | Title | City | REMOTE | $150k | https://...`), a job page
copied whole from LinkedIn or Indeed (a header of short lines and buttons above "About the job"),
and plain text, Markdown or reStructuredText (handled by `structure`).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from .frontmatter_yaml import StrictLoader
from .vocab import countries, country_names

JOB_NOUN_RE = (r"\b(?:engineer|developer|manager|designer|scientist|analyst|architect|lead|consultant|"
               r"administrator|specialist|intern|executive|representative|officer|director|coordinator|technician|"
               r"researcher|recruiter|accountant|(?-i:AE|SDR|BDR)|entwickler\w*|berater\w*|ingenieur\w*|werkstudent\w*|desenvolvedor\w*|"
               r"desarrollador\w*|développeu\w*|ingénieur\w*|ingeniero\w*|engenheir\w*|programador\w*|sviluppatore|"
               r"analista|diseñador\w*|ontwikkelaar)\b")

LABELS = {
    "title": r"title|job\s*title|(?:job\s+)?posting\s+title|position(?:\s+title)?|role|stelle|stellenbezeichnung|poste|puesto|posizione|"
             r"募集職種|職種|vị\s+trí|cargo|pozisyon|stanowisko|posada|должность|vakansiya|職位|职位|職務|직무|포지션|모집\s*분야",
    "client": r"client|klient|kunde|cliente",
    "company": r"company|employer|hiring\s+company|(?:employer|company|organi[sz]ation)\s+name|会社名|社名|unternehmen|firma|arbeitgeber|anbieter|auftraggeber|"
               r"organi[sz]ation|entreprise|empresa|azienda|bedrijf|công\s+ty|şirket|şirket\s+adı|компанія|компания|"
               r"роботодавець|работодатель|公司|公司名[称稱]|企業名|企业名称|회사명|기업명|arbeidsgiver|arbejdsgiver|"
               r"arbetsgivare|työnantaja|werkgever|employeur|empleador|empregador|pracodawca|zaměstnavatel|angajator",
    "location": r"(?:job\s+|work\s+)?locations?|place\s+of\s+(?:employment|work|assignment)|duty\s+station|"
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
    if filename.lower().endswith(".eml") or _RAW_MESSAGE.match(stripped):
        text, subject, html = _from_message(text)
        stripped = text.lstrip() if html else ""
        filename = "message.html" if html else "message.txt"
    if filename.lower().endswith((".html", ".htm")) or re.match(r"<(?:!doctype|html|body|div|article)\b",
                                                                 stripped, re.IGNORECASE):
        posting = _from_html(text)
        if subject:  # an e-mail's HTML body: a forwarded message's header lines go too
            posting.stated["subject"] = subject
            posting.text = _forwarded_part(posting.text)[0]
    elif stripped.startswith("---\n") and "\n---" in stripped[4:]:
        posting = _from_front_matter(stripped)
    else:
        text, forwarded_subject = _forwarded_part(text)
        text = _job_of_the_newsletter(_below_cover_note(text))
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
    """A careers page of several jobs between rules (_RULE_LINE) without the short cards of the others
    below the posting ("compliance analyst (aml/cft) / abu dhabi, uae · on-site / aed 20k–26k / apply: …"):
    two or more parts after the posting's (the longest part), each a short first line (the job's name), a
    few more lines and its own apply link, one the posting does not give."""
    parts = _RULE_LINE.split(text)
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


# What stands before an e-mail's subject: "Subject: Fwd: Re: ..."
SUBJECT_PREFIX = re.compile(r"^\s*(?:(?:subject|betreff|objet|asunto|oggetto)\s*:\s*)?(?:(?:fwd?|fw|re|aw|wg|tr|rv)\s*:\s*)*",
                            re.IGNORECASE)
# A saved e-mail message (.eml) starts with the headers only a mail program writes, and names its
# sender or subject before the first blank line
_RAW_MESSAGE = re.compile(r"(?:return-path|received|delivered-to|mime-version|message-id|x-[\w-]+):[^\n]*\n"
                          r"(?:[^\n]+\n)*?(?:from|subject):", re.IGNORECASE)


def _from_message(text: str) -> tuple[str, str | None, bool]:
    """A saved e-mail message's body (its plain text, else its HTML), subject, and whether the body
    is HTML: quoted-printable and base64 decoded, every header (names and private addresses) left out."""
    import email
    import email.policy

    message = email.message_from_string(text, policy=email.policy.default)
    subject = str(message["subject"] or "").strip() or None
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None and not message.is_multipart() and message.get_content_maintype() == "text":
        part = message  # one part of another text type: text/markdown, text/enriched
    if part is None:
        return "", subject, False  # nothing but attachments
    if str(part.get("content-transfer-encoding", "")).strip().lower() in ("quoted-printable", "base64"):
        try:
            body = part.get_content()
        except (LookupError, ValueError):  # an unknown charset or broken encoding: the raw payload
            body = part.get_payload()
    else:  # 7bit or 8bit: the text as the file's bytes were decoded (get_content would mangle non-ASCII)
        body = part.get_payload()
    return body.replace("\r\n", "\n"), subject, part.get_content_subtype() == "html"


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
    r"weitere offene stellen|autres offres(?: d['’]emploi)?|otras ofertas|outras vagas|altre posizioni aperte|jobs you (?:may|might) (?:also )?(?:like|be interested in)|people also viewed|"
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


# An e-mail forwarded, perhaps more than once: the posting is in the last forwarded message; the
# notes above it and the header lines (names and private addresses) are not for a public page.
_FORWARDED = re.compile(r"^[ \t>]*(?:-{3,}\s*(?:forwarded message|original message|ursprüngliche nachricht|weitergeleitete nachricht|"
                        r"message transféré|mensaje reenviado)\s*-{3,}|begin forwarded message:|"
                        # a quoted reply: "On Mon, 3 Mar 2026 at 10:12, Tom <tom@acme.example> wrote:"
                        # (wrapped before the address by a narrow mail client), or "Tom <tom@…> schrieb am Mo., …:"
                        r"(?P<quote>(?:on|am|le|el|op|em|il giorno)\s(?=[^\n]{0,160}(?:\d|@))[^\n]{5,160}"
                        r"(?:\n[ \t>]*[^\n@]{0,60}@[^\n]{1,80})?\s"
                        r"(?:wrote|a écrit|escribió|escreveu|ha scritto|(?:schrieb|schreef)[^\n:]{0,80})\s?:|"
                        r"[^\n<]{1,60}<[^\n>@]{1,60}@[^\n>]{1,80}>\s(?:schrieb|schreef|wrote|a écrit)\s[^\n]{0,60}:))[ \t]*$",
                        re.IGNORECASE | re.MULTILINE)
_MAIL_HEADER = re.compile(r"^[ \t>]*(?:from|to|cc|bcc|date|sent|subject|reply-to|von|an|datum|betreff|gesendet|de|"
                          r"à|objet|envoyé|para|asunto|enviado|fecha)[ \t]*:.*$", re.IGNORECASE)


def _forwarded_part(text: str) -> tuple[str, str | None]:
    """The last forwarded message of an e-mail without its header lines, and its subject (or
    None); the text as it is when it is not an e-mail."""
    markers = list(_FORWARDED.finditer(text))
    if markers and len(text) - markers[-1].end() < markers[-1].start():
        return text[:markers[-1].start()].rstrip() + "\n", None  # a reply above the quoted mail: the bulk is above
    if markers and markers[-1].group("quote"):
        # the posting is the quoted mail below "... wrote:": without its quoting marks, the signature
        # ("-- ") and a reply written below it
        quoted = []
        for line in text[markers[-1].end():].lstrip("\n").split("\n"):
            if line.strip() and not line.lstrip().startswith(">") and any(q.strip() for q in quoted):
                break
            line = re.sub(r"^[ \t]*(?:>[ \t]?)+", "", line)
            if re.fullmatch(r"--\s*", line):
                break
            quoted.append(line)
        return "\n".join(quoted).strip("\n") + "\n", None
    lines = text[markers[-1].end():].lstrip("\n").split("\n") if markers else text.split("\n")
    headers, subject = 0, None
    for line in lines:
        if not line.strip() and headers:
            break
        if headers and line[:1] in " \t" and line.strip():
            headers += 1  # a header wrapped onto the next line
            continue
        if not _MAIL_HEADER.match(line):
            break
        headers += 1
        if re.match(r"[ \t>]*(?:subject|betreff|objet|asunto)[ \t]*:", line, re.IGNORECASE):
            subject = line.strip(" >")
    if headers < 2:  # not a block of mail headers
        return (text[markers[-1].end():].lstrip("\n") if markers else text), None
    return "\n".join(lines[headers:]).lstrip("\n"), subject


# A line drawn across: "----------", "- - - - - - - - - -", "━━━━━━━━━━" (a note's end, a newsletter's sections)
_RULE_LINE = re.compile(r"^[ \t]*(?:[-*•][ \t]+)?(?:[━─═=_~*-][ \t]?){10,}$", re.MULTILINE)
# "Hi Sam, here's the write-up … Cheers, Tom" above a line of dashes, then the posting
_GREETING = re.compile(r"\s*(?:hi|hello|hey|dear|hallo|liebe[rs]?|moin|bonjour|salut|hola|buongiorno|ciao|hej|hoi|"
                       r"olá|oi)\b[^\n]{0,40}\n", re.IGNORECASE)


_SIGN_OFF = re.compile(r"^[ \t]*(?:cheers|thanks|thank you|many thanks|best|best wishes|(?:kind |best |warm )?regards|"
                       r"all the best|danke|viele grüße|beste grüße|lg|merci|cordialement|bien à vous|saludos|"
                       r"un saludo|obrigad[oa]|grazie|groeten|met vriendelijke groet|mvh|hilsen)\b[^\n]{0,20}$",
                       re.IGNORECASE | re.MULTILINE)


def _below_cover_note(text: str) -> str:
    """The text below a line of dashes when a signed note to the board opens it ("Hi Sam, …
    Cheers, Tom") and the line is in the first half; the text as it is otherwise (a heading's
    underline, a rule between sections)."""
    if not _GREETING.match(text):
        return text
    line = next((m for m in _RULE_LINE.finditer(text) if m.end() <= len(text) // 2), None)
    if line is None or not _SIGN_OFF.search(text, 0, line.start()):
        return text
    return text[line.end():].lstrip("\n")


# A newsletter's sections, each under a name between two rules: "━━━━", "📦 RELEASES", "━━━━", its items
_JOBS_NAME = re.compile(r"\b(?:jobs?|hiring|careers?|vacanc\w*|stellen\w*|offres? d['’]emploi|empleos?)\b", re.IGNORECASE)


def _job_of_the_newsletter(text: str) -> str:
    """The section of a newsletter whose name is about jobs ('💼 JOB OF THE WEEK'), when the other
    sections' names are not: the posting, without the releases and events around it."""
    parts = _RULE_LINE.split(text)
    if len(parts) < 5:
        return text
    names = [n for n in range(1, len(parts) - 1) if 0 < len(parts[n].split()) <= 6 and "\n" not in parts[n].strip()]
    jobs = [n for n in names if _JOBS_NAME.search(parts[n])]
    if len(jobs) != 1 or len(names) < 2 or len(parts[jobs[0] + 1].strip()) < 200:
        return text
    return parts[jobs[0] + 1].strip("\n") + "\n"


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
_UPSELL = re.compile(r"top applicant|tailor (?:my|your) resume|personali[sz]ed tips|stand out to hirers|"
                     r"matches your job preferences|corresponde às suas preferências|coincide con tus preferencias",
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
    lines = [line.strip() for line in posting.text[:start.start()].split("\n") if line.strip()] if start else []
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
    places, stated = [], posting.stated
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
            elif "title" not in stated and re.search(JOB_NOUN_RE, part, re.IGNORECASE):
                stated["title"] = part
            elif "," in part or places or "company" in stated:
                places.append(part)
            elif "company" not in stated:
                stated["company"] = part
    places = [p for p in places if p != stated.get("title")]  # the title above, before the save button named it
    if places:
        stated["location"] = places
    return True


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
                         r"part[- ]?time|contract|intern|visa|or|and|hiring)\b|,", part, re.IGNORECASE) and len(part) <= 60


def _word_lists(html: str) -> str:
    """A Word document saved as a web page: its lists are paragraphs with a drawn bullet between
    conditional comments ("<![if !supportLists]>·<![endif]>"); make them a list, and drop the
    comments' markers."""
    html = re.sub(r"<!(?:--)?\[if !supportLists\](?:--)?>.{0,2000}?<!(?:--)?\[endif\](?:--)?>", "", html,
                  flags=re.DOTALL | re.IGNORECASE)
    html = re.sub(r"<!\[(?:if\b[^\]]*|endif)\]>", "", html, flags=re.IGNORECASE)

    def item(match: re.Match) -> str:
        place = match.group(1).lower()
        return ("<ul>" if place in ("", "cxspfirst") else "") + f"<li>{match.group(2)}</li>" + \
            ("</ul>" if place in ("", "cxsplast") else "")
    return re.sub(r"<p\s+class=[\"']?MsoListParagraph(CxSpFirst|CxSpMiddle|CxSpLast|)\b[^>]{0,2000}>(.{0,5000}?)</p>", item, html,
                  flags=re.DOTALL | re.IGNORECASE)


def _from_html(html: str) -> RawPosting:
    from bs4 import BeautifulSoup  # imported here: only HTML postings need it
    from markdownify import markdownify

    if "<![if" in html or "<!--[if !supportLists]" in html:
        html = _word_lists(html)
    soup = BeautifulSoup(html, "html.parser")
    stated = _json_ld(soup)
    site_name = soup.find("meta", property="og:site_name")
    from_site_name = bool(site_name and site_name.get("content") and "company" not in stated)
    if from_site_name:
        stated["company"] = site_name["content"].strip()
    # the job's own place: not another job's in a list of links beside it, or a sidebar's, a footer's
    places = [t.get_text(" ", strip=True) for t in soup.find_all(class_=re.compile(r"location|place|city", re.I),
                                                                 limit=50) if not _beside_the_job(t)]
    if places and "location" not in stated:
        stated["location"] = places[:3]
    address = _page_address(soup)
    title_tag = soup.find("title")
    page_title = title_tag.get_text(" ", strip=True) if title_tag else ""
    for tag in soup(["script", "style", "noscript", "template", "svg", "iframe", "form", "button", "img", "picture",
                     "video", "audio", "link", "meta"]):
        tag.decompose()
    root = _content_root(soup)
    for tag in root.find_all(True):
        if tag.parent is None:  # inside a tag removed before it (not tag.decomposed: BeautifulSoup
            continue             # looks for a child tag named "_decomposed" in it, a search of all below)
        if tag.name in ("nav", "footer", "aside") or _is_chrome(tag):
            tag.decompose()
    employer = next((name for a in root.find_all("a", href=_COMPANY_PAGE, limit=3)
                     for name in [a.get_text(" ", strip=True)] if _EMPLOYER_LINK_TEXT.fullmatch(name)), None)
    if employer and ("company" not in stated or from_site_name):
        stated["company"] = employer  # a job board's link to the employer's page beats the board's own name
    heading = root.find("h1") or soup.find("h1")
    if heading and "title" not in stated:
        stated["title"] = heading.get_text(" ", strip=True)
    elif heading and isinstance(stated.get("title"), str):
        # the page's heading, which its <title> repeats, over its JobPosting's other title ("… Developer" for
        # "Embedded Software Engineer (w/m/d)"; not one the heading only adds to: "…, Centre for Climate Data Science")
        # (and a title of the same job: most of its words, none of them only added)
        shown = heading.get_text(" ", strip=True)[:300]
        words = [set(re.findall(r"\w+", re.sub(r"\([^()]*\)", " ", t[:300]).lower())) for t in (shown, stated["title"])]
        if shown and page_title.startswith(shown) and not page_title.startswith(stated["title"]) \
                and all(re.search(JOB_NOUN_RE, t, re.IGNORECASE) for t in (shown, stated["title"][:300])) \
                and not (words[0] <= words[1] or words[1] <= words[0]) and 2 * len(words[0] & words[1]) >= len(words[1]):
            stated["title"] = shown
    if heading is not None and heading.parent is not None and not root.find("h1"):
        byline = heading.parent.get_text(" · ", strip=True)  # the header above the article
        if len(byline) <= 1500:  # (not a whole page around the heading)
            stated["byline"] = byline
    if page_title:
        stated["page_title"] = page_title
    _flatten_definitions(soup)
    _absolute_links(root, address)
    _mark_labels(root)
    _blocks_as_paragraphs(root)
    text = markdownify(str(root), heading_style="ATX", bullets="-", strip=["span", "div", "section", "article",
                                                                          "main", "header", "table"])
    return RawPosting("html", re.sub(r"\n{3,}", "\n\n", text).strip() + "\n", stated)


# A job board's page about an employer: "/companies/lonestar-microgrids", "/entreprises/sillon-energie" (on the
# board itself: a link to linkedin.com/company/... is a "Follow us" button)
_COMPANY_PAGE = re.compile(r"^/(?:[a-z]{2}/)?(?:companies|company|entreprises?|empresas?|unternehmen|"
                           r"firmen|employers?|organi[sz]ations?|startups?|bedrijven|aziende)/[\w-]+/?$")
# ... whose text is a name, not "about our company" or "Follow us"
_EMPLOYER_LINK_TEXT = re.compile(r"(?!(?:about|our|follow|view|see|more|visit|the company|company|über|voir|ver)\b)"
                                 r"[A-ZÀ-Ý0-9][\w&.'’ -]{1,50}", re.IGNORECASE)


def _flatten_definitions(soup) -> None:
    """A job page's facts as a definition list (<dt>Arbeitsort</dt><dd>Zürich</dd>) become 'Arbeitsort:
    Zürich' lines, which read as labelled fields; markdownify writes them as Markdown Extra's
    'Term' and ':   value' lines, which nothing else here reads. Only short lists, as facts are:
    each change rescans its parent, so a page of thousands of terms is left as it is."""
    for listing in soup.find_all("dl", limit=20):
        if listing.find("dl"):
            continue  # nested lists: left as they are
        terms = listing.find_all("dt")  # each pair may sit in a <div> of its own (NHS Jobs)
        if not terms or len(terms) > 40:
            continue
        for term in terms:
            value = term.find_next_sibling()
            label = term.get_text(" ", strip=True)
            if value is not None and value.name == "dd" and label and len(label) <= 40 \
                    and not value.find(["p", "ul", "ol", "div", "table", "dl"]):
                for brk in value.find_all("br"):
                    brk.replace_with(", ")  # an address on lines of its own: "Hospital, Skipton Road, Keighley"
                line = soup.new_tag("p")
                line.string = f"{label.rstrip(':')}: " + re.sub(r"\s+(?=,)", "", " ".join(value.get_text(" ", strip=True).split()))
                term.replace_with(line)
                value.decompose()
            else:
                term.name = "p"
        for value in listing.find_all("dd"):
            value.unwrap()
        listing.unwrap()


_BLOCK_TAGS = ["div", "p", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "dl", "pre",
               "blockquote", "header", "footer", "main", "aside", "nav", "li", "br"]


def _blocks_as_paragraphs(root) -> None:
    """A <div> or <section> of text only is a paragraph: markdownify drops them without a break, so
    '<div><b>600+</b> people</div><div><b>46</b> nationalities</div>' ran together as 'people**46**'.
    A header's facts in short <div>s of plain words (Lever's "New York, NY", "Engineering – Web /",
    "Hybrid") become one line; not when one has a link or a label (its markup would be lost)."""
    with_blocks = set()  # ids of the elements that hold a block element: one walk up from each block
    for block in root.find_all(_BLOCK_TAGS, limit=20_000):
        for parent in block.parents:
            if id(parent) in with_blocks:
                break
            with_blocks.add(id(parent))
    for tag in root.find_all(["div", "section"], limit=5000):
        if tag.parent is None:
            continue
        parts = tag.find_all(recursive=False)
        texts = [part.get_text(" ", strip=True) for part in parts
                 if part.name == "div" and id(part) not in with_blocks and part.find("a") is None] \
            if 2 <= len(parts) <= 8 and id(tag) in with_blocks else []
        if len(texts) == len(parts) and all(0 < len(text.split()) <= 5 and ":" not in text for text in texts) \
                and not "".join(tag.find_all(string=True, recursive=False)).strip():
            tag.clear()
            tag.append(" · ".join(text.rstrip(" /") for text in texts))
            tag.name = "p"
        elif id(tag) not in with_blocks and tag.get_text(strip=True):
            tag.name = "p"


def _page_address(soup) -> str | None:
    """Where the saved page was: its canonical link or og:url, when absolute."""
    for tag, attribute in ((soup.find("link", rel="canonical"), "href"),
                           (soup.find("meta", property="og:url"), "content"), (soup.find("base"), "href")):
        value = (tag.get(attribute) or "").strip() if tag is not None else ""
        if re.match(r"https?://[^/\s]+", value):
            return value
    return None


def _absolute_links(root, address: str | None) -> None:
    """Links relative to the saved page ('/jobs/310/apply') made absolute against its address; without
    one, or to a place on the page itself ('#apply'), the link goes and its text stays (on the board
    it would lead nowhere), unless the text is only a button's or a tab's ('Apply', 'Overview')."""
    from urllib.parse import urljoin
    for link in root.find_all("a", href=True, limit=2000):
        href = link["href"].strip()
        if re.match(r"(?:https?|mailto|tel):", href, re.IGNORECASE):
            continue  # javascript: and the like lead nowhere on the board either
        if address and href and not href.startswith("#") and not re.match(r"[a-z][a-z0-9+.-]*:", href, re.IGNORECASE):
            link["href"] = urljoin(address, href)
            continue
        text = link.get_text(" ", strip=True)
        if BUTTONS.fullmatch(text) or href.startswith("#") and len(text.split()) <= 2 and re.fullmatch(r"[^\W\d]+(?: [^\W\d]+)?", text):
            link.decompose()  # "Apply", a tab's "Overview"; not "jobs@acme.example"
        else:
            link.unwrap()


def _mark_labels(root) -> None:
    """A fact's label in its own element ('<li><span class="label">Location</span> Texas</li>') gets
    a colon, so that the line reads as a labelled field ('Location: Texas') and not as prose."""
    for label in root.find_all(class_=re.compile(r"^(?:label|key|term|field-?label)$|-label$", re.I), limit=40):
        classes = " ".join(label.get("class") or [])
        if re.search(r"\blabel-(?:default|primary|success|info|warning|danger)\b|badge", classes):
            continue  # Bootstrap's badge: "<span class="label label-primary">New</span> Senior Engineer"
        text = label.get_text(" ", strip=True)
        after = label.next_sibling
        if text and len(text) <= 30 and not text.endswith(":") and isinstance(after, str) and after.strip() \
                and not after.lstrip().startswith((":", ",")):
            label.append(":")


_CHROME = re.compile(r"cookie|consent|gdpr|banner|similar|related|recommend|more-jobs|other-jobs|more-roles|other-roles|"
                     r"share|social|"
                     r"newsletter|breadcrumb|subscribe|signup|sign-up|login|modal|popup|navbar|site-header|"
                     r"site-footer|skip", re.IGNORECASE)


# A class of what stands beside a posting: a sidebar, other jobs, a footer
_BESIDE = re.compile(r"^(?:sidebar|similar|related|recommend|more-?(?:jobs|roles)|other-?(?:jobs|roles)|footer)",
                     re.IGNORECASE)


def _beside_the_job(tag) -> bool:
    """Whether an element is in a link, a sidebar, navigation or a footer (a dozen levels up at most)."""
    for depth, parent in enumerate(tag.parents):
        if depth == 12 or parent.name in ("body", "html", "[document]"):
            return False
        if parent.name in ("a", "aside", "nav", "footer") or any(_BESIDE.match(c) for c in parent.get("class") or []):
            return True
    return False


def _is_chrome(tag) -> bool:
    attributes = " ".join([tag.get("id") or "", *(tag.get("class") or []), tag.get("role") or "",
                           tag.get("aria-label") or ""])
    return bool(attributes.strip()) and bool(_CHROME.search(attributes))


def _content_root(soup):
    """The element that holds the posting: <main>, <article>, or the largest job-looking block."""
    for selector in ("article", "main", "[role=main]"):
        found = [t for t in soup.select(selector) if len(t.get_text(" ", strip=True)) > 200]
        if found:
            return max(found, key=lambda t: len(t.get_text(" ", strip=True)))
    blocks = [t for t in soup.find_all(["div", "section"])
              if re.search(r"job|posting|description|content|vacancy|position", " ".join(
                  [t.get("id") or "", *(t.get("class") or [])]), re.IGNORECASE)]
    page = soup.body or soup
    if blocks:
        largest = max(blocks, key=lambda t: len(t.get_text(" ", strip=True)))
        # ... unless it holds only the header ("posting-header"), the description beside it in plain sections
        if 2 * _own_length(largest) >= _own_length(page):  # (not the sidebar's list of other jobs)
            return largest
    landmarks = soup.select("article, main, [role=main]")  # a short page's, not its sidebar of other jobs
    return max(landmarks, key=lambda t: len(t.get_text(" ", strip=True))) if landmarks else page


def _own_length(tag) -> int:
    """The length of an element's text outside its links, navigation, sidebars and footers."""
    return sum(len(text.strip()) for text in tag.find_all(string=True) if not _beside_the_job(text))


def _json_ld(soup) -> dict[str, Any]:
    """Fields of a schema.org JobPosting embedded in the page, when there is one."""
    for script in soup.find_all("script", type="application/ld+json"):
        try:
            data = json.loads(script.string or "")
        except (json.JSONDecodeError, TypeError):
            continue
        for item in data if isinstance(data, list) else data.get("@graph", [data]):
            if isinstance(item, dict) and item.get("@type") == "JobPosting":
                return _job_posting_fields(item)
    return {}


def _locality(address: dict) -> str | None:
    """The city of a JobPosting's address, with its state or province in North America, where a city's
    name is often a European one's: "Cambridge, MA", "London, ON"."""
    city, region = address.get("addressLocality"), address.get("addressRegion")
    if not isinstance(city, str):
        return None
    if isinstance(region, str) and re.fullmatch(r"[A-Z]{2}", region.strip()) and \
            _country_code(address.get("addressCountry")) in ("US", "CA"):
        return f"{city}, {region.strip()}"
    if isinstance(region, str) and re.search(r"[區区구]$", city.strip()) and re.search(r"[市都시]$", region.strip()):
        return region.strip() + city.strip()  # a district of the region's city: "新竹市" and "東區", "서울특별시" and "강남구"
    return city


def _country_code(country: Any) -> str | None:
    """An address's country as a two-letter code: "US", {"@type": "Country", "name": "US"}, "United States of America"."""
    if isinstance(country, dict):
        country = country.get("name")
    if not isinstance(country, str):
        return None
    if not re.fullmatch(r"\s*[A-Za-z]{2}\s*", country):
        return country_names().get(country.strip())
    code = {"UK": "GB"}.get(country.strip().upper(), country.strip().upper())
    return code if code in countries() else None  # not "EU"


_UNITS = {"YEAR": "per year", "MONTH": "per month", "WEEK": "per week", "DAY": "per day", "HOUR": "per hour"}


def _base_salary(pay: Any) -> str | None:
    """A JobPosting's baseSalary as a posting writes pay ("EUR 4221 – EUR 6297 per month"), for the pay rules to read."""
    if not isinstance(pay, dict) or not isinstance(pay.get("currency"), str) or not isinstance(pay.get("value"), dict):
        return None
    value, currency = pay["value"], pay["currency"].strip().upper()
    unit = _UNITS.get(str(value.get("unitText", "")).strip().upper())
    amounts = [value.get(key) for key in ("minValue", "maxValue", "value")]
    amounts = [a for a in amounts if isinstance(a, (int, float)) and not isinstance(a, bool) and a > 0]
    if not unit or not re.fullmatch(r"[A-Z]{3}", currency) or not amounts:
        return None
    low, high = min(amounts), max(amounts)
    shown = [f"{currency} {int(a) if float(a).is_integer() else a}" for a in dict.fromkeys((low, high))]
    return " – ".join(shown) + " " + unit


def _job_posting_fields(item: dict) -> dict[str, Any]:
    stated: dict[str, Any] = {}
    if isinstance(item.get("title"), str):
        stated["title"] = item["title"]
    org = item.get("hiringOrganization")
    if isinstance(org, dict) and isinstance(org.get("name"), str):
        stated["company"] = org["name"]
    places = item.get("jobLocation")
    places = places if isinstance(places, list) else [places] if places else []
    addresses = [p["address"] for p in places if isinstance(p, dict) and isinstance(p.get("address"), dict)]
    cities = [_locality(address) for address in addresses]
    if any(cities):
        stated["location"] = [c for c in cities if c]
    # ... and each address's town by itself, with its country: a town the gazetteer lacks is still a town here
    stated["towns"] = [(address["addressLocality"].strip(), code) for address in addresses
                       if isinstance(address.get("addressLocality"), str)
                       and (code := _country_code(address.get("addressCountry")))]
    countries = {_country_code(address.get("addressCountry")) for address in addresses} - {None}
    if len(countries) == 1:
        stated["country"] = countries.pop()
    if item.get("jobLocationType") == "TELECOMMUTE":
        stated["remote"] = "remote"
    pay = _base_salary(item.get("baseSalary"))
    if pay:
        stated["base_salary"] = pay  # (the page's own words come first: a JobPosting's pay is often stale)
    for key, ours in (("employmentType", "type"), ("datePosted", "date"), ("validThrough", "valid_through"),
                      ("url", "apply")):
        if isinstance(item.get(key), str):
            stated[ours] = item[key]
    return stated
