"""The words that name a job, in the languages postings come in: whether a line names one (has_job_noun), for
the title's rules, the places' (a title is no place) and the company's (a job is no employer)."""

from __future__ import annotations

import re
from functools import lru_cache

# The name of a careers page, after or instead of its employer's: "Aare Rück – Karriere", "Acme Careers", "INSTITUT
# PASTEUR – Offre d'emploi", "kilele staffing solutions ltd – current vacancies", "Werken bij Gemeente Utrecht"
CAREERS_PAGE = (r"(?:job (?:postings?|openings?|opportunities|vacanc(?:y|ies)|offers?|board)|careers?(?: (?:site|page|portal))?|jobs?|karriere(?:seite|portal)?|stellenangebote?|jobportal|"
                r"carri[èe]res|(?:current )?vacancies|vacatures|werken bij|offres? d['’]emploi|nous rejoindre|empleos?|"
                r"ofertas(?: de empleo)?|ofertas de emprego|vagas|lavora con noi|praca|trabaja con nosotr[oa]s|"
                r"(?:join|work (?:with|for)) (?:us|our team)|rejoignez[- ]nous|únete a (?:nosotros|nuestro equipo))")

JOB_NOUN = (r"(?:engineer|developer|manager|designer|scientist|analyst|architect|lead|head|director|consultant|"
             r"administrator|specialist|intern|researcher|writer|advocate|officer|technician|programmer|tester|"
             r"recruiter|owner|coordinator|strategist|marketer|editor|sre|cto|cfo|ceo|vp|(?-i:AE|SDR|BDR)(?!S)|expert|associate|"
             r"trainee|apprentice|assistant|representative|executive|accountant|controller|operator|scrum master|coach|"
             r"artist(?!\s+(?:management|relations))|producer(?!\s+(?:of|relations|price))|rigger|modell?er|"
             r"(?:pipeline|technical|lighting|character|creature|rigging|houdini|shading|look ?dev|crowd|tools?|v?fx|cfx) td|"
             r"(?:bio)?informatician|statistician|mathematician|electrician|clinician|physicist|biologist|"
             r"epidemiologist|pharmacist|chemist|geneticist|toxicologist|pharmacologist|radiographer|informaticist|"
             r"lecturer|instructor|illustrator|copywriter|translator|animator|"
             # the law's and finance's: "Litigation Paralegal", "Tax Adviser", "Pricing Actuary", "AVP, KYC Compliance"
             r"paralegal|attorney|lawyer|solicitor|barrister|(?:legal|general|in-house|associate|senior) counsel|auditor|"
             r"actuary|underwriter|(?<!the )(?<!The )economist|(?:quant(?:itative)?|equity|energy|commodit\w+|fx|options|"
             r"crypto|junior|senior|bond|rates) trader|(?:investment|private|relationship|corporate) banker|bookkeeper|"
             r"(?:accounts?|payroll|legal|office|data entry|filing|shipping|warehouse|law|court|billing) clerk|notary|avp|svp|"
             r"assistent(?:in)?|jurist(?:in)?|rechtsanw(?:alt|ältin)|sachbearbeiter(?:in)?|buchhalter(?:in)?|"
             r"wirtschaftsprüfer(?:in)?|steuerberater(?:in)?|juriste|avocat(?:e)?|(?:aide|assistant(?:e)?|chef) comptable|"
             r"audit(?:eur|rice)|abogad[oa](?:/a)?|auditora|"
             # research's: "Postdoctoral Fellow", "Assegno di ricerca", "Doktorand:in", "MTA / BTA"
             r"fellow(?!\s+(?:citizens?|students?|colleagues?|members?|humans?))|post-?doc|professor(?:in)?|"
             r"professeur(?:e)?|profesor(?:a)?|professore(?:ssa)?|docent|doktorand(?:in)?|doctorant(?:e)?|"
             r"assegnista|assegno di ricerca|ricercat(?:ore|rice)|investigador(?:a)?|chercheu(?:r|se)|onderzoeker|"
             r"promovendus|phd (?:student|candidate|position|studentship)|doctoral (?:candidate|student|researcher)|"
             r"(?-i:MTA|BTA|CTA|MTLA|MTRA)(?=\s*(?:/|\(|$|für\b|in\b))|laborant(?:in)?|"  # (not "MTA Construction")
             # the trades, care, teaching, the field and the front desk: "Shift Supervisor", "Field Agronomist",
             # "Registered Nurse", "Mine Planning Engineer", "Coordenador(a) de Logística", "Mitarbeiter Kundenservice"
             r"supervisor(?:a)?|nurse|teacher|planner|inspector|surveyor|dispatcher|housekeeper|physician|secretary|"
             r"foreman|superintendent|estimator|midwife|veterinarian|technologist|bartender|concierge|paramedic|"
             r"caregiver|carer|\w*(?:ologist|ographer|ometrist|iatrist|therapist|(?<!eco)nomist|icist|itian)|"
             r"coordenador(?:\(?a\)?)?|coordinador(?:\(?a\)?|/a)?|gerente|jef[ea]|encargad[oa]|auxiliar|asistente|"
             r"enfermeir[oa]|enfermer[oa]|m[ée]dic[oa]|farmac[êé]utic[oa]|agr[óô]nom[oa]|contador(?:a)?|contabilista|"
             r"infirmi(?:er|ère)|pharmacien(?:ne)?|agronome|conseill(?:er|ère)|gestionnaire|superviseur|"
             r"coordinat(?:eur|rice)|animat(?:eur|rice)|[ée]ducat(?:eur|rice)|enseignant(?:e)?|m[ée]decin|"
             r"pfleger(?:in)?|lehrer(?:in)?|mechaniker(?:in)?|elektriker(?:in)?|monteur(?:in)?|mitarbeiter(?:in)?|"
             r"fachkraft|kaufmann|kauffrau|disponent(?:in)?|"
             # the building and plant trades: "Scaffolder", "Elektryk utrzymania ruchu", "Planlegger revisjonsstans",
             # "CNC-verspaner frezen", "Schweißer (m/w/d)"
             r"scaffolder|pipe ?fitter|boilermaker|machinist|groundworker|labou?rer|steel ?fixer|dryliner|lineworker|"
             r"schweißer(?:in)?|elektroniker(?:in)?|zerspaner(?:in)?|mechatroniker(?:in)?|elektryk|spawacz|ślusarz|"
             r"automatyk|planlegger|sveiser|montør|operatør|elektricien|verspaner|soldador(?:/?a)?|"
             # hotels' and restaurants': "Second de cuisine", "Commis de cuisine", "Recepcionista", "Night Auditor"
             r"second de cuisine|commis(?: de (?:cuisine|salle|rang))?|cuisini(?:er|ère)|serveu(?:r|se)|barman|barmaid|"
             r"r[ée]ceptionniste|recepcionista|rececionista|rezeptionist(?:in)?|gouvernante|plongeur|camarer[oa]|"
             r"cociner[oa]|kellner(?:in)?|köchin|night auditor|room attendant|butler|sommeli(?:er|ère)|"
             r"entwickler(?:in)?|berater(?:in)?|leiter(?:in)?|architekt(?:in)?|werkstudent(?:in)?|ingenieur(?:in)?|"
             r"praktikant(?:in)?|lehrling|auszubildende[rn]?|azubi|informatiker(?:in)?|referent(?:in)?|administrator(?:in)?|manager(?:in)?|"
             r"spezialist(?:in)?|techniker(?:in)?|tester(?:in)?|programmierer(?:in)?|designer(?:in)?|"
             r"desarrollador(?:/?a)?|programador(?:/?a)?|ingenier[oa](?:/a)?|diseñador(?:/?a)?|analista|consultor(?:/?a)?|"
             r"t[ée]cnic[oa]|d[ée]veloppeu(?:r|se)(?:\(se\)|/euse)?|ing[ée]nieur(?:e)?|concepteur|chef|directeur|directrice|direktor(?:in)?|stagiaire|alternant(?:e)?|technicien(?:ne)?|administrat(?:eur|rice)|architecte|analyste|chargée?|stagista|becari[oa]|estagi[aá]ri[oa]|stażysta|"
             r"sviluppat(?:ore|rice)|ingegnere|progettista|responsabile|responsable|acheteu(?:r|se)|ontwikkelaar|medewerker|beheerder|adviseur|"
             r"desenvolvedor(?:a)?|engenheir[oa]|inżynier|programista|specjalista|kierownik|specialista|vývojář|"
             r"inženýr|utvecklare|udvikler|utvikler|ingeniør|arendaja|izstrādātājs|programmētājs|kūrėjas|programuotojas|"
             r"inginer|dezvoltator|programator|analist|arhitect|fejlesztő|mérnök|tesztelő|elemző|programozó|rendszergazda|"
             r"kehittäjä|asiantuntija|suunnittelija|insinööri|analüütik|insener|testija|spetsialist|inžinierius|analitikas|"
             r"testuotojas|inženieris|analītiķis|testētājs|programátor|správce|vývojár|inžinier|analityk|"
             r"programer|inženjer|razvijalec|inženir)")
# ... and the jobs of shops, warehouses and deliveries, which are also words of prose and of companies' names ("market
# leader", "first-time buyer", "Cloud Mechanic GmbH"): a job only where a title ends in one, before a dash, a bracket
# or a gender mark ("Delivery Driver - Part Time", "Conductor/a de reparto", "Verkäufer (m/w/d)")
_SHOP_JOB = (r"(?:merchandiser|advis[eo]r|buyer|driver|cashier|picker|packer|stocker|barista|courier|receptionist|"
             r"pilot|agent|guard|cook|mechanic|welder|fitter|plumber|carpenter|electrician|steward(?:ess)?|waiter|"
             r"joiner|erector|fabricator|roofer|glazier|bricklayer|plasterer|millwright|mechanik|monter|lasser|"
             r"schlosser(?:in)?|"
             r"waitress|doctor|cabin crew|crew|porter|chef de partie|"
             r"(?:team|shift|store|crew|project|squad|group) ?leader|(?:team|crew) member|conductor(?:/?a)?|"
             r"repartidor(?:/?a)?|vendedor(?:/?a)?|dependient[ea](?:/a)?|cajer[oa](?:/a)?|reponedor(?:/?a)?|"
             r"verkäufer(?:in)?|fahrer(?:in)?|lagerist(?:in)?|kassierer(?:in)?|magasinier|vendeu(?:r|se)|"
             r"préparat(?:eur|rice)|commess[oa]|magazziniere|chauffeur|verkoper|motorista|atendente)")
_SHOP_JOB_AT_END = re.compile(rf"\b{_SHOP_JOB}s?(?:\s+de\s+\w+)?(?=\s*(?:$|[-–—(/|,]|\((?:[mwfdhx]/)))",
                              re.IGNORECASE)
# ... in Cyrillic, Turkish and Vietnamese words, and in scripts without spaces, at a word's end: "大模型算法工程师"
_JOB_NOUN_OTHER = (r"\b(?:розробни\w*|разработчи\w*|інженер\w*|инженер\w*|програміст\w*|программист\w*|аналітик\w*|"
                   r"аналитик\w*|тестувальни\w*|тестировщи\w*|адміністратор\w*|администратор\w*|архітектор\w*|"
                   r"архитектор\w*|керівник\w*|руководител\w*|geliştirici\w*|mühendis\w*|uzmanı?|yönetici\w*|"
                   r"analist\w*|tasarımcı\w*|kỹ sư|lập trình viên|chuyên viên|trưởng nhóm)|"
                   r"(?:工程师|工程師|开发|開發|经理|經理|设计师|設計師|分析师|分析師|架构师|架構師|程序员|专员|專員|总监|總監|"
                   r"研究员|研究員|实习生|實習生|顾问|顧問|エンジニア|デザイナー|マネージャー|プログラマー?|アナリスト|"
                   r"개발자|엔지니어|프로그래머|디자이너|매니저|기획자|분석가|연구원)(?![^\W\d_])")
_JOB_NOUN_IN = re.compile(rf"\b{JOB_NOUN}s?\b|{_JOB_NOUN_OTHER}", re.IGNORECASE)
# German, Dutch and Nordic compounds end in the job noun: "IT-Systemadministrator", "Softwareentwickler:in",
# "Softwareontwikkelaar", "Mjukvaruutvecklare", "Ohjelmistokehittäjä"
_COMPOUND = re.compile(r"(?<!\w)\w{1,40}?(?:entwickler|administrator|ingenieur|techniker|berater|architekt|informatiker|analyst|"
                       r"designer|leiter|spezialist|referent|programmierer|manager|ontwikkelaar|beheerder|utvecklare|udvikler|"
                       r"utvikler|ingenjör|ingeniør|kehittäjä|insinööri|trainee|assistent|sachbearbeiter|buchhalter|prüfer|"
                       r"(?<=shift|store)leader|mechaniker|elektroniker|elektriker|schweißer|monteur|schlosser|zerspaner|"
                       r"mechatroniker)(?:in|innen)?\b", re.IGNORECASE)


# Scripts other than Latin a bilingual title or name has beside its Latin form: Greek to Arabic, Thai, kana, CJK, Hangul
NON_LATIN = r"[\u0370-\u03ff\u0400-\u06ff\u0e00-\u0e7f\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]"


# Names that hold a job's word but name a firm or an organisation: "Kothari Sen & Associates", "Médecins Sans Frontières"
_NAMED_BY_A_JOB = re.compile(r"(?:&|\+|\band)\s+associates\b|m[ée]decins sans fronti[èe]res|m[ée]dicos (?:sin|sem) fronteira?s|"
                             r"ärzte ohne grenzen|artsen zonder grenzen|doctors without borders|"
                             r"pharmaciens sans fronti[èe]res|ingénieurs sans fronti[èe]res|engineers without borders",
                             re.IGNORECASE)


@lru_cache(maxsize=4096)  # (the same lines are asked about by several rules: the title's, the places', the company's)
def has_job_noun(text: str) -> bool:
    """Whether a text names a job: 'Engineer', 'Entwickler', 'softwareudvikler', 'Delivery Driver'."""
    text = _NAMED_BY_A_JOB.sub(" ", text)  # a firm's or an organisation's name: "Kothari Sen & Associates"
    return bool(_JOB_NOUN_IN.search(text) or _COMPOUND.search(text) or _SHOP_JOB_AT_END.search(text[:300]))
