"""The terms of a job in English and German: remote mode, employment type, equity, how to apply."""

from __future__ import annotations

import itertools
import re
from typing import Any

from .shapes import LABELS
from .structure import sentence_of

_REMOTE_ONLY = re.compile(
    r"fully[- ]remote|100\s?%\s?remote|remote[- ](?:first|only)|work (?:from )?anywhere|anywhere in the world|"
    r"^[ \t]*(?:[-*•][ \t]+)?(?:worldwide|anywhere)[ \t]*$|"  # a freelance gig's place line (Upwork's "Worldwide")
    r"\bonly freelancers (?:located|based) in (?=the\b|(?-i:[A-Z]{2,})\b)|"  # ... or its country: "Only
    # freelancers located in the U.S. may apply."
    r"\bremote\s*\((?:eu|us|usa|europe|emea|worldwide|global|anywhere|[a-z ]{2,20} only)\)|this (?:is a |position is |role is )"
    r"(?:fully )?remote(?![- ]friendly)|remote (?:position|role|job)\b(?![ \t]*:?[ \t]*\n?[ \t]*no[ \t]*$)|komplett remote|vollständig remote|100\s?%\s?(?:homeoffice|home office)|"
    r"remote[- ]only|(?<!option to work )(?<!option to be )(?<!of working )(?<!a year )(?<!per year )"
    r"\bremote (?:within|from anywhere in|anywhere in) (?:the )?(?-i:[A-Z])(?=[\w.]+\s*(?:[.;,)]|$))|"
    # (not an allowance: "the option to work remote within the UK", "20 days a year remote within Europe")
    r"distributed team across|100\s?%\s?remot[oe]|totalmente remot[oa]|de qualquer lugar|"
    r"desde cualquier lugar|t[ée]l[ée]travail (?:total|complet|à 100)|100\s?%\s?zdaln\w*|w pełni zdaln\w*|"
    r"full[- ]remote|plně (?:remote|na dálku)|solo teletrabajo|100\s?%\s?teletrabajo|teletrabajo (?:total|completo)|"
    r"フルリモート|完全リモート|完全在宅|全远程|完全远程",
    re.IGNORECASE | re.MULTILINE)
# Some days of the week at the office, the rest elsewhere: "2 days/week in office", "3x per week on-site"
# (a week, always: "3 days in person twice a year" or "your first 2 days in office" is a remote job's)
_DAYS_AT_OFFICE = (r"\b(?:[1-4]|one|two|three|four|deux|trois|quatre)(?:\s*[-–]\s*[1-4])?\s*(?:days?|x|tage?|jours?)\s*"
                   r"(?:a|per|/|each|every|pro|die|in\s+the|par)\s*"
                   r"(?:week|wk|woche|semaine)\s*(?:\((?![^()\n]*\b(?:first|only|onboarding|induction|optional|if you|initially|trial|probation)\b)[^()\n]{1,40}\)\s*)?(?:on[- ]?site|in[- ]office|(?:in|at|from) (?:the |our )?(?:(?!(?i:back|front|box|post|home)\b)(?-i:[A-Z])[\w-]+ ){0,2}office|im büro|"
                   r"vor ort|in person|sur site|au bureau|en présentiel|dans nos locaux)|"
                   # the office first: "in-office 4 days, with one flexible day at home", "onsite 3 days/week"
                   # (not a perk's: "Free lunch on site three days a week", "Lunch is provided on site three days a week")
                   r"(?<!lunch )(?<!lunches )(?<!breakfast )(?<!meals )(?<!gym )(?<!massages )(?<!provided )(?<!served )"
                   r"\b(?:in[- ]office|on[- ]?site|in[- ]person)\s*(?:for\s+)?(?:[1-4]|one|two|three|four)(?:\s*[-–]\s*[1-4])?"
                   r"\s*days?\b(?:\s*(?:a|per|/|each|every|in the)\s*(?:week|wk)|,?\s*(?:with|and|plus)\b[^.;\n]{0,30}"
                   r"\b(?:days?|the rest)\b[^.;\n]{0,15}\b(?:at home|from home|wfh|remote(?:ly)?)\b)(?![^.;\n]{0,15}\bnot\b)")
# "three days a week in the office, the rest can be from home", days at home ("2 days/week from home", not
# "3 days per week remote" of a part-time job), "from home the other two"
_REST_AT_HOME = (r"\b(?:(?:the rest|the other days|the remainder)(?: of the week)? (?:can be |is |are )?(?:from|at) home|"
                 r"le reste (?:de la semaine )?en télétravail)|"
                 r"\b(?:[1-4]|one|two|three|four)(?:\s*[-–]\s*[1-4])?\s*days?\s*(?:a|per|/|each|every)\s*(?:week|wk)\s*"
                 r"(?:from home|at home|wfh|working from home|home[- ]?office|(?:of )?(?:routine )?telework|"
                 r"(?:may|can|could) be (?:worked|spent|done) (?:from|at) home)|"
                 r"\b(?:from home|remotely) (?:on )?the other (?:days|one|two|three|[1-4])\b|"
                 # ... or as remote days: "office-based, 1–2 remote days a week", "Fridays are work-from-home"
                 r"\b(?:[1-4]|one|two|three)(?:\s*[-–]\s*[1-4])?\s*(?:remote|home|wfh)[- ]days?\s*(?:a|per|/|each|every)\s*(?:week|wk)\b|"
                 r"\b(?:in|at) (?:the|our) office\b[^.;\n]{0,60}\b(?:mon|tues|wednes|thurs|fri)days? (?:are|is) "
                 r"(?:work[- ]from[- ]home|wfh|remote|home days?)\b|"
                 # a weekday or two at home: "in the office monday through thursday and from home on fridays"
                 r"\b(?:in|at) (?:the|our) office\b[^.;\n]{0,60}\bfrom home on (?:mon|tues|wednes|thurs|fri)days?\b(?:(?:,| and| &| or) (?:mon|tues|wednes|thurs|fri)days?\b)?"
                 r"(?!,? (?:and |& |or )?(?:mon|tues|wednes|thurs|fri)day)")
# Office days said less plainly, which a remote job's text may also say of its office or of interviews, so read
# after "fully remote" and on-site words: the office first ("from the office three days a week", "in the studio
# twice a week"), weekdays at the office ("in together on tuesdays and thursdays", not all five) and the rest of
# the week elsewhere
_OFFICE_DAYS = (r"\b(?:in|at|from|to) (?:the|our) (?:office|studio|hub)\s+(?:on\s+)?(?:(?:[1-4]|one|two|three|four)"
                r"(?:\s*[-–]\s*[1-4])?\s*days?|twice|once) (?:a|per|each|every) week|"
                r"(?:\b(?:in|at|to) (?:the |our )?(?:office|studio)|\bin together|\btogether in)\b[^.;\n]{0,30}"
                r"\bon (?:mon|tues|wednes|thurs|fri)days?(?:,| and| &) (?:(?:mon|tues|wednes|thurs|fri)days?(?:,| and| &) )?"
                r"(?:mon|tues|wednes|thurs|fri)days?\b(?!,? (?:and |& )?(?:mon|tues|wednes|thurs|fri)day)|"
                r"\b(?:the rest of the week|the other days),? (?:you (?:can )?work )?(?:wherever (?:suits|you)|from anywhere|"
                r"remotely)")
# How the work is split between office and home, as a description says it (not "our hybrid cloud")
WORK_PATTERN = re.compile(_DAYS_AT_OFFICE + "|" + _REST_AT_HOME + "|" + _OFFICE_DAYS +
                           r"|\bhybrid (?:working|work|role|model|position|setup|arrangement|schedule)\b|"
                           r"t[ée]l[ée]travail partiel|\d jours? de t[ée]l[ée]travail", re.IGNORECASE)
# Remote work in Ukrainian and Russian: "віддалено", "дистанційна робота", "удалённо", "дистанционно"
_REMOTE_CYRILLIC = r"(?:віддален|дистанційн|дистанционн|удал[её]нн)\w*"
# A choice of an office or working remotely: "Warsaw or remote within Poland", "REMOTE (US/Canada) or ONSITE (NYC)".
# A job a remote worker can take is a remote job (job search engines call it TELECOMMUTE); its offices stay.
_OR_REMOTE = re.compile(rf"\b(?:or|oder|ou|o|lub|або|или|чи)\s+(?:fully\s+|100\s?%\s+|повністю\s+)?"
                        rf"(?:remote|zdalnie|{_REMOTE_CYRILLIC})|"
                        rf"\b(?:remote|zdalnie|{_REMOTE_CYRILLIC})\b(?:\s*\([^()\n]{{0,30}}\))?\s+"
                        r"(?:or|oder|ou|o|lub|або|или|чи)\s+"
                        r"(?:on-?site|in[- ]office|(?:at|in) (?:the|our|an) office|in person|hybrid\w*|hybrydowo|"
                        r"(?:в\s+|у\s+)?(?:офіс|офис))", re.IGNORECASE)
# ... and the same choice written with a hybrid office: "Hybrid in Munich or remote in Germany"
_HYBRID_OR_REMOTE = re.compile(r"(?:\b(?:hybrid\w*|hybrydow\w*)\b[^.;\n]{0,60}\b(?:or|oder|ou|o|lub)\s+(?:fully\s+|100\s?%\s+)?"
                               r"(?:remote|zdalnie)\b|\b(?:remote|zdalnie)\b[^.;\n]{0,40}\b(?:or|oder|ou|o|lub)\s+"
                               r"(?:hybrid\w*|hybrydowo)\b)(?!\s+(?:teams?|environments?|settings?|companies|"
                               r"organi[sz]ations?|collaboration|culture)\b)", re.IGNORECASE)

_HYBRID_LATER = re.compile(_OFFICE_DAYS, re.IGNORECASE)
# Telework named before its days: "teleworking up to 2 days per week", "teleworking of up to 10 days per month",
# "télétravail jusqu'à 2 jours par semaine" (a pattern of its own, read besides _HYBRID and WORK_PATTERN: as one of
# their alternatives it would start before, and so hide, "3 days per week of routine telework" after "Remote job No";
# by the month, from four days: not "2 days per month in exceptional cases")
_TELEWORK_DAYS = re.compile(r"\b(?:telework(?:ing)?|t[ée]l[ée]travail)\b[^.;\n\d]{0,25}?\b(?:[1-4]|one|two|three|four)\s*"
                            r"(?:days?|jours?)\s*(?:a|per|/|each|every|par)\s*(?:week|wk|semaine)\b|"
                            r"\btelework(?:ing)?\b[^.;\n\d]{0,25}?\b(?:[4-9]|1[0-2])\s*days?\s*(?:a|per|each|every)\s*month\b",
                            re.IGNORECASE)
_OFFICE_WEEKS = re.compile(_DAYS_AT_OFFICE, re.IGNORECASE)
_HYBRID = re.compile(_DAYS_AT_OFFICE + r"|\bwfh (?:on )?(?:mon|tues|wednes|thurs|fri)days?\b|\bhybrid\b|\bhybridi(?:malli|työ\w*)\b|\bhybridní\b|\bhübriid\w*|\bhibrīd\w*|\bhibridin\w*|\bhybridarbe(?:te|id)\b|\bhybride\b|hybrides arbeiten|modalit[àa] ibrida|lavoro ibrido|\b[1-4] giorni (?:a|alla|per) settimana in (?:sede|ufficio|presenza)|\bin presenza [1-4] giorni\b|\b[1-4] giorni (?:a settimana )?(?:da remoto|in smart working)|\bh[íi?]brid[oa]\b|"
                     r"hybrydow\w*|"
                     # some days a week at home, in German: "Homeoffice bis zu zwei Tage pro Woche", "2 Tage/Woche mobiles Arbeiten"
                     r"home ?office (?:an |für )?(?:bis zu |max(?:imal)?\.? )?(?:[1-4]|einem|zwei|drei|vier) tage?n? (?:pro|die|in der|/) ?woche|"
                     r"\b(?:an )?(?:[1-4]|einen|zwei|drei|vier) tage?n? ?(?:pro|die|in der|/) ?woche (?:im )?(?:home ?office|mobile[sn]? arbeit)|"
                     r"t[ée]l[ée]travail partiel|\b[1-9]\d?\s?%\s?(?:remote|homeoffice|home office)\b|\d jours? (?:de télétravail|par semaine)|\b(?:[1-4]|un|uno|dos|tres|cuatro) d[íi?]as? de teletrabajo\b|remote[- ]friendly|"
                     r"(?:partly|partially|part) remote|mix of (?:remote|home|office|days (?:in|at) (?:the|our) office and (?:at|from) home)|\bhibrid\w*|гібридн\w*|гибридн\w*|"
                     r"하이브리드|ハイブリッド|混合办公|\b(?:en|to|tre|two|three|1|2|3)\s+dag(?:er)?\s+hjemmekontor|"
                     r"재택근무\s*주\s*\d|週\s?[1-4１-４]\s?日(?:程度)?出社|" + _REST_AT_HOME, re.IGNORECASE)
_ONSITE = re.compile(r"(?:five|5|four|4) days a week|(?:\b(?:work|working|are|is|be|based|sit)|['’](?:re|m))(?: together)? "
                     r"(?:in|at) (?:the|our) "
                     r"(?:office|studio)\b[^.;\n]{0,20}\b(?:monday to friday|mon(?:day)?\s?[-–]\s?fri(?:day)?\b|every (?:week)?day)|\bon[- ]?site\b(?! (?:workshops?|visits?|meetings?|events?|"
                     r"interviews?|support|at (?:the )?customers?|with (?:the )?customers?))|\bin[- ]office\b|office[- ]based|\ban office (?:role|job|position)\b|\bin[- ]person\b|\bvor ort\b|\bno remote\b|"
                     r"not (?:a )?remote|präsenz|\bsite[- ]based (?:role|position|job)\b(?!\s+with\b)|"
                     # home working ruled out in other languages: "no hay opción de teletrabajo", "pas de télétravail"
                     r"\b(?:no hay|sin) (?:opción|posibilidad) de teletrabajo\b|"
                     r"\bpas de t[ée]l[ée]travail\b(?!\s+(?:impos|obligatoire))|\bkein(?:e)? (?:home-?office|mobiles arbeiten)\b(?![-\w])|"
                     # a Norwegian state employer's rule: "you can be present at and accessible to the institution daily"
                     r"\bpresent at (?:and accessible to )?the (?:institution|university|workplace|office) (?:daily|every day)\b|"
                     # at a shop's or a warehouse's own site: "This role is based in one of the Melbourne stores", "Poste
                     # basé en magasin", "la presenza in negozio"
                     r"\b(?:role|position|job|poste|you(?:['’]ll| will)? be)\s+(?:is\s+|est\s+)?bas(?:ed|ée?)\s+(?:in|at|en|dans)\s+"
                     r"(?:one of\s+)?(?:(?:the|our|a|un|une|nos|notre|le|la)\s+)?"
                     r"(?:[\w-]+\s+)?(?:stores?|shops?|magasins?|boutiques?|branch(?:es)?|pharmac(?:y|ies)|warehouses?|"
                     r"depots?|restaurants?|hotels?)\b|\bpresenza in negozio\b|"
                     # Italian work done in person: "L'attività è svolta in presenza presso il laboratorio"
                     r"\bsvolt[ao]\s+(?:\S+\s+){0,2}?in presenza\b(?!\s+(?:\d|o\b|e\b))|"
                     # Norwegian, Danish and Swedish: "Vi sitter sammen på kontoret i Bjørvika alle dager"
                     # (not a perk's: "Gratis lunsj på kontoret alle dager")
                     r"(?<!lunsj )(?<!lunch )(?<!frokost )(?<!kaffe )(?<!kaffi )\bpå kontoret\b[^.;\n]{0,40}\balle? dag(?:er|e|ar)\b|"
                     r"(?<!lunsj )(?<!lunch )(?<!frokost )\balle? dag(?:er|e|ar)\b[^.;\n]{0,20}\bpå kontoret\b|"
                     r"робота в офісі|работа в офисе|在办公室|出社(?!不要|なし|無し|は不要)|상주\s*근무(?!\s*없)",
                     re.IGNORECASE)
# On-site beyond doubt, which a page's own words say over a job site's remote flag
_FIRMLY_ONSITE = re.compile(r"\b(?:we(?:['’]re| are)|(?:this|the) (?:role|position|job) is|you(?:['’]ll| will) (?:be|work))\s+"
                            r"(?:fully|100\s?%|entirely)\s+(?:in[- ]person|on[- ]?site|in[- ]office|office[- ]based)\b|"
                            # ... in German: "arbeiten unsere Lehrlinge vor Ort im Büro" (not "2 Tage pro Woche vor Ort",
                            # nor "selten", "manchmal", "teilweise", "ab und zu", "einmal im Monat", "oder remote")
                            r"\barbeite(?:n|st|t)\b[^.;\n\d]{0,40}\bvor ort im büro\b",
                            re.IGNORECASE)
_REMOTE_COMPANY = re.compile(r"\bwe(?:['’]re| are|['’]ve been| have been) an? (?:fully |all[- ])?remote "
                             r"(?:company|organi[sz]ation|business)\b", re.IGNORECASE)
# On-site in other languages: after the home-office words, which "Télétravail possible, une journée en présentiel" has
_ONSITE_ELSEWHERE = re.compile(r"\bpresencial\b|\bpr[ée]sentiel\b|stacjonarn\w*|\bop kantoor\b", re.IGNORECASE)
_HOME = re.compile(r"télétravail|work(?:ing)? from home|work(?:ing)? from (?:your|their|our|my) home[- ]?office|(?<!auxílio )(?<!their )(?<!your )(?<!our )home[- ]?office(?! (?:allowance|stipend|budget|"
                   r"setup|equipment|vergoeding|zuschuss|pauschale))|thuiswerk(?!vergoeding)|mobiles? arbeiten|remote work(?:ing)?|work(?:ing)? remotely|"
                   r"remote (?:option|possible|days?)|option (?:to|of) work(?:ing)? remote|(?<!utstyr til )(?<!tilskudd til )hjemmekontor|hjemmefra|"
                   r"distansarbete|etätyö|" + _REMOTE_CYRILLIC + r"|재택\s*근무|원격\s*근무|在宅勤務|"
                   r"テレワーク|リモートワーク|远程(?:办公|工作)|遠端工作|居家办公", re.IGNORECASE)
# What the company did once: "we tried fully remote in 2021 and it wasn't for us"
_TRIED = re.compile(r"\b(?:tried|used to be|experimented with)\s+(?:\w+\s+)?$", re.IGNORECASE)
# (the words for "without" and those that are also other words, "nu" (Dutch "now"), only right before: _negated_right_before)
_NEGATED = re.compile(r"(?:\b(?:not|no|kein\w*|never|nicht|không|не|нет|ні)|n['’]t)\b[^.;,\n]{0,25}$",
                      re.IGNORECASE)
_OFFICE = re.compile(r"\boffices?\b|\bbüro\b|\bstandort|\bheadquarters|\bhq\b|workplace", re.IGNORECASE)

_EQUITY = re.compile(r"\b(?:esops?|vsops?|stock options?|share options?|equity|rsus?|restricted stock|virtual shares|"
                     r"(?<!every )(?<!each )(?<!an )employee shares(?! in (?:a |the |our )?(?:[\w-]+ )?profit)|company shares|phantom shares|employee share (?:scheme|plan)|ownership stake|mitarbeiterbeteiligung|"
                     r"unternehmensbeteiligung|beteiligungsprogramm|virtuelle anteile|bspce|actions gratuites|"
                     r"(?:employee|share|stock) warrants?|warrant (?:programme|program|plan)|warrants?(?=[^.;\n]{0,40}\bvest(?:ing|s|ed over)\b)|teckningsoptioner|personaloptioner|"
                     r"stock grants?|token (?:allocation|grant)s?(?=[^.;\n]{0,60}\b(?:vest\w*|compensation|package|employees?|you|your)\b)|"
                     r"offers? tokens?\b(?![- ]based)(?! (?:for|to)\b)|(?:salary|compensation|pay|package|base)\W[^.;\n]{0,30}\bplus\s+token(?:s|\s+options?)\b|tokens?(?=[^.;\n]{0,40}\bvest(?:ing|s|ed)?\b)|"
                     r"(?:offer|grant|award|receive|ltip|incentive)\w*[^.;\n]{0,40}\bgrowth shares|growth shares(?=[^.;\n]{0,40}\bvest)|"
                     r"performance rights(?=[^.;\n]{0,40}\b(?:over|plan|vest\w*|shares)\b)|performance share units?|"
                     r"warrants in (?:the company|[\w-]+ (?:aps|ab|as|asa|oy|ltd|gmbh|bv|inc)\b)|"
                     r"aandelenopties|stock ownership plan|options? pool|plus (?:stock )?options\b(?!\s+(?:to|for|of|in|on|at|with)\b)|"
                     r"optio-ohjelma\w*|osakeoptio\w*|henkilöstöanti\w*|opcj\w* na akcje|program\w* opcji\w*|akciov\w* opc\w*|"
                     r"opc\w* na akcie|zaměstnaneck\w* akci\w*|részvényopci\w*|optsioon\w*|akcijų opcion\w*|aktieoptioner|"
                     r"medarbejderaktier|aksjeopsjon\w*|опціон\w*|опцион\w*)\b|스톡\s?옵션|ストックオプション|股票期权|期权激励|股權|員工認股",
                     re.IGNORECASE)
_NOT_EQUITY = re.compile(r"(?:diversity,?\s*|pay\s+|health\s+|racial\s+|gender\s+|employment\s+|salary\s+|educational\s+|"
                         r"social\s+|\b(?:note|word)\s+on\s+)equity|equity[,\s]+(?:and|&)\s+inclusion|"
                         # ("equity and diversity" as a heading or a value, not an offer: "plus equity and diversity of projects")
                         r"(?<!plus )(?<!\+ )(?<!offer )(?<!and )(?<!with )\bequity\s+(?:and|&)\s+diversity\b(?!\s+of\b)|equity,?\s+diversity\b(?=[^.\n]{0,30}\b(?:inclusion|belonging|accessibility))|committed to equity|(?:internal|external)\s+equity|"
                         r"equity[- ](?:deserving|seeking)|equity (?:of|in) (?:health|outcomes?|access|care)(?![\w'’-]|\s+(?:tech|startups?|compan))|"
                         r"(?:achieving|advancing|promoting|improving|pursue|pursuing)\s+(?:health\s+)?equity|\bde&i\b|private equity|equity (?:research|markets?|trading|analyst|fund)",
                         re.IGNORECASE)

# An intern's or working student's job, said in a text ...
_INTERNSHIP = r"\bintern(?:ship)?\b|praktikum|werkstudent|working student"
# ... or in its title, which may also name the intern ("Stagiaire Product Designer", "Becaria de Marketing"), as a text
# may in passing ("our stagiaires")
INTERN_TITLE = re.compile(_INTERNSHIP + r"|praktikant|stagiaire|becari[oa]|estagi[aá]ri[oa]|stażysta|stagista", re.IGNORECASE)

_TYPES = [
    ("internship", _INTERNSHIP),
    # B2B is a contract in "umowa B2B" or "B2B contract", a market in "a B2B product"
    # (not the work's subject: "contract tests", "smart contracts", "contract management"; nor an employer's
    # status: "a VEVRAA federal contractor")
    ("contract", r"(?<!smart )(?<!federal )\bcontract(?:or)?\b(?! (?:of|type|tests?|testing|management|negotiations?|law|lifecycle|"
                 r"reviews?|manufactur\w*))|freelanc\w*|freiberuf\w*|\bc2c\b|\bb2b\s+(?:contract|agreement|"
                 r"basis)|(?:umowa|kontrakt|via)\s+b2b\b"),
    ("temporary", r"\btemporary\b|(?<!un)befristet|fixed[- ]term"),
    ("part-time", r"part[- ]time|teilzeit|temps partiel|media jornada|tempo parziale|deeltijd|deltid"),
    ("full-time", r"full[- ]time|vollzeit|\bfte\b|temps plein|\bcdi\b|jornada completa|tempo pieno|voltijd|heltid|"
                  r"pe[łl]ny etat"),
]
_STATED_TYPES = {"full": "full-time", "part": "part-time", "contract": "contract", "freelance": "contract",
                 "intern": "internship", "temporary": "temporary", "vollzeit": "full-time", "teilzeit": "part-time"}


def find_remote(stated: dict[str, Any], labelled: dict[str, list[str]], text: str, has_place: bool,
                locations: list[str] = (), mode_sections: list[str] = ()) -> str | None:
    """onsite, hybrid or remote, when the posting says; None when it does not. mode_sections: the
    text of sections headed "Remote" or "Work model"."""
    corrected = _CORRECTED.search(text)
    if corrected:  # "although the board lists this job as remote, the position is on-site", "so this is really a hybrid role"
        return "hybrid" if "hybrid" in corrected.group().lower() else "onsite"
    remote_fields = [stated.get("remote"), *labelled.get("remote", []), *mode_sections]
    for value in remote_fields + [*stated.get("pipe", []), stated.get("byline"), *_as_texts(stated.get("location")),
                                  *labelled.get("location", []), *locations]:
        mode = mode_of_field(value, yes_no=any(value is field for field in remote_fields))
        if mode == "onsite" and value is stated.get("remote") and _hybrid(text, surely=True, pattern=WORK_PATTERN, also=_TELEWORK_DAYS):
            return "hybrid"  # a job site's "On-site" pill over "Télétravail partiel : 2 jours par semaine"
        if mode == "remote" and value is stated.get("remote") and _firmly_onsite(text) and \
                not _offered(_REMOTE_ONLY, text) and not _REMOTE_COMPANY.search(text) and not _offered(_HOME, text):
            return "onsite"  # a JobPosting's TELECOMMUTE over "We are fully in-person, five days a week"
        if mode == "remote" and value is stated.get("remote") and _hybrid(text, surely=True, pattern=_OFFICE_WEEKS,
                                                                          required=True) \
                and not _offered(_REMOTE_ONLY, text):
            return "hybrid"  # ... or over "Hybrid: 3 days a week at the office, 2 remote days"
        if mode:
            return mode
    if _offered(_HYBRID_OR_REMOTE, text):
        return "remote"  # a remote worker can take it
    if _hybrid(text, also=_TELEWORK_DAYS):
        return "hybrid"
    if any(not _negated(text, m.start()) and not _TRIED.search(text, max(0, m.start() - 30), m.start())
           for m in _REMOTE_ONLY.finditer(text)):
        return "remote"
    if any(not _negated(text, m.start()) for m in _ONSITE.finditer(text)):
        return "onsite"
    if _REMOTE_COMPANY.search(text):
        return "remote"  # "we have been a remote company since the start" (after on-site words: "..., but this role is onsite")
    if _hybrid(text, pattern=_HYBRID_LATER):
        return "hybrid"
    home = [m for m in _HOME.finditer(text) if not _negated(text, m.start()) and not _UNDECIDED.match(text, m.end())]
    if any(not _ruled_out(text, m.end()) for m in home):
        return "hybrid" if has_place or _OFFICE.search(text) else "remote"
    if home or _ONSITE_ELSEWHERE.search(text) or any(
            _negated_right_before(text, m.start()) or _ruled_out(text, m.end(), itself=True) for m in _HYBRID_WORK.finditer(text)):
        return "onsite"  # "home office is not possible in this position", "Trabajo presencial", "no hybrid working"
    return None


# Home working left open: "Télétravail : à définir avec le client", "les modalités de télétravail seront définies"
_UNDECIDED = re.compile(r"[\s:–-]*(?:\bà définir|\bseront définies|\bsera défini|\bto be (?:defined|determined|agreed)|"
                        r"\btbd\b|\btbc\b|\bà convenir|\bpor definir|\ba definir)", re.IGNORECASE)
# Hybrid work by name (not "hybrid apps", "no hybrid frameworks"), for "We do not offer hybrid working"
_HYBRID_WORK = re.compile(r"\bhybrid(?: (?:working|work|role|model|position|setup|arrangement|schedule|options?))?(?= is\b| isn['’]t\b|"
                          r"\s*[.;,!)\n]|\s*$|\s+[–—-]\s| (?:working|work|role|model|position|setup|arrangement|schedule|options?)\b|"
                          r"\s*(?:or|/|nor)\s*(?:remote|home)\b)|"
                          r"lavoro ibrido|modalit[àa] ibrida|hybrides arbeiten|travail hybride|trabajo h[íi]brido|modalidad h[íi]brida|h[íi]brido\b|"
                          r"hybridarbe(?:te|id)",
                          re.IGNORECASE)
# The text correcting what a listing says of the mode
_CORRECTED = re.compile(r"\b(?:although|though|while|despite|even though)\b[^.;\n]{0,80}\bremote\b[^.;\n]{0,40}?,\s*(?:the|this) "
                        r"(?:position|role|job) is (?:actually |really |in fact )?(?:on-?site|hybrid|in[- ]office|office[- ]based)"
                        r"(?![\w-])(?!\s+(?:only\s+)?(?:for|during|in)\s+(?:the\s+|your\s+)?(?:first|onboarding|induction|kick-?off)\b)|"
                        r"\b(?:this|it) is (?:really|actually|in fact) (?:an? )?(?:hybrid|on-?site|in[- ]office|office[- ]based) "
                        r"(?:role|position|job)\b(?!\s+(?:only\s+)?(?:for|during|in)\s+(?:the\s+|your\s+)?(?:first|onboarding|induction)\b)",
                        re.IGNORECASE)


def _hybrid(text: str, surely: bool = False, pattern: re.Pattern = _HYBRID, required: bool = False,
            also: re.Pattern | None = None) -> bool:
    """Whether the text says the job is hybrid ("2 days a week in the office"), not "no hybrid" or "we
    tried hybrid"; surely: nor "we don't offer remote or hybrid", "hybrid is not possible"; required:
    nor in a sentence that makes it a choice ("you are welcome to join us 2 days a week, but it is optional")."""
    return any(not _negated_right_before(text, m.start()) and not _TRIED.search(text, max(0, m.start() - 30), m.start())
               and not (surely and (_negated(text, m.start()) or _ruled_out(text, m.end())))
               and not _ruled_out(text, m.end(), itself=True)
               # (and in the next sentence: "... in our Austin office. For this role that is optional.")
               and not (required and _OPTIONAL.search(sentence_of(text, m.start(), m.end(), following=1)))
               for m in itertools.chain(pattern.finditer(text), also.finditer(text) if also else ()))


_OPTIONAL = re.compile(r"optional|welcome to|if you (?:live|are) near|\bmeets\b|can join|may join", re.IGNORECASE)


def _firmly_onsite(text: str) -> bool:
    """Whether the text says the job is all in the office ("We are fully in-person"), not now and then
    ("Du arbeitest meist remote, manchmal vor Ort im Büro")."""
    return any(not _negated(text, m.start()) and not _ruled_out(text, m.end())
               and not _NOT_ALWAYS.search(sentence_of(text, m.start(), m.end())) for m in _FIRMLY_ONSITE.finditer(text))


_NOT_ALWAYS = re.compile(r"\b(?:selten|manchmal|teilweise|gelegentlich|ab und zu|im monat|wahlweise|meist|remote|oder|"
                         r"sometimes|occasionally|rarely|optional)\b", re.IGNORECASE)


def offices_or_remote(text: str) -> bool:
    """Whether the text offers an office or remote work ("Hybrid in Munich or remote in Germany"):
    a remote job whose offices stay."""
    return _offered(_HYBRID_OR_REMOTE, text) or _offered(_OR_REMOTE, text)


def _offered(pattern: re.Pattern, text: str) -> bool:
    """Whether the text says what the pattern finds, neither negated before ("no hybrid or remote")
    nor ruled out after ("... is not possible")."""
    return any(not _negated(text, m.start()) and not _ruled_out(text, m.end()) for m in pattern.finditer(text))


_RULED_OUT = re.compile(r"^[^.;,\n]{0,30}?\b(?:is not|isn['’]t|not) (?:possible|available|offered)|^[^.;,\n]{0,30}?"
                        r"(?:nicht möglich|není možn|no es posible|non è possibile|pas possible|niemożliw|nie jest możliw|"
                        r"nenabízíme|nenabízí|nelze|no ofrecemos|nie oferujemy|bieten wir (?:leider )?nicht|"
                        r"(?:don['’]t|do not|cannot|can['’]t) offer|erbjuds inte|inte möjlig|tilbys ikke|tilbydes ikke|"
                        r"ikke mulig|niet mogelijk|wordt niet aangeboden|non (?:è )?previst|ei ole mahdollista|не передбачен|не предусмотрен|불가|不可|できません)",
                        re.IGNORECASE)


def _ruled_out(text: str, end: int, itself: bool = False) -> bool:
    """Whether what ends at `end` is ruled out right after it ("... is not possible"); itself: and
    not another mode between ("hybrid (fully remote is not possible)" rules out only remote work)."""
    window = text[end:end + 60]
    found = _RULED_OUT.search(window)
    return bool(found) and not (itself and (_ANOTHER_MODE.search(found.group())
                                            or not _CLAUSE_ENDS.match(window, found.end())))


# What may follow a ruling-out that ends its clause: "... non è previsto.", "... is not possible for this role";
# not "Hybrid (we do not offer visa sponsorship)", where something else is ruled out
_CLAUSE_ENDS = re.compile(r"\w*\s*(?:[.;,!)\n]|$|(?:for|in) (?:this|the) (?:role|position|job)\b)", re.IGNORECASE)


_ANOTHER_MODE = re.compile(r"remot|home|office|on-?site|t[ée]l[ée]travail|zdaln|büro|ufficio|sede|kantoor|kontor", re.IGNORECASE)


def _as_texts(value: Any) -> list[str]:
    return [value] if isinstance(value, str) else [str(v) for v in value] if isinstance(value, list) else []


# A field's name where a job site lists name and value on lines of their own (Wellfound's "Remote Work Policy")
_MODE_LABEL = re.compile(LABELS["remote"] + r"|(?:remote(?: work)?|workplace|work(?:place)?|location) (?:policy|type|model)|"
                         r"arbeitsmodell|modalit[àa] di lavoro|modalidad|mode de travail")


def mode_of_field(value: Any, yes_no: bool = False) -> str | None:
    """The mode a field states; with yes_no (a field about remote work), 'yes' and 'no' too."""
    if value is True:
        return "remote"
    if not isinstance(value, str):
        return None
    if "\n" in value.strip():  # a location section of name and value lines: the first line that says
        return next((mode for line in value.split("\n") if not _MODE_LABEL.fullmatch(line.strip(" -*:").lower())
                     for mode in [mode_of_field(line, yes_no)] if mode), None)
    # "on-site ... this role is not remote": the negation is the mode, not 'remote'
    value = re.sub(r"\b(?:not|no|never|kein\w*|nicht)\s+(?:eligible\s+for\s+|open\s+to\s+|a\s+|fully\s+)?"
                   r"(?:remote|wfh|work(?:ing)? from home)\b(?:\s+(?:or|nor|/)\s+hybrid\b)?|"
                   r"\b(?:remote|wfh|work(?:ing)? from home)\s*:?\s*(?:is\s+)?not (?:possible|available|offered)\b",
                   "on-site", value.lower())
    value = re.sub(rf"\b(?:не|ні|без)\s+(?:\w+\s+)?{_REMOTE_CYRILLIC}|\b{_REMOTE_CYRILLIC}\s*:\s*(?:ні|нет|не)\b", "on-site",
                   value)
    value = re.sub(r"\b(?:tried|used to be|experimented with)\s+(?:\w+\s+)?(?:hybrid|remote)\w*", " ", value)
    if re.fullmatch(r"\W*(?:nej,?\s*)?(?:ej|ingen|inte)\s+(?:på\s+)?distans(?:arbete)?\W*|\W*ingen fjernarbejde\W*|\W*ikke (?:mulighet for )?"
                    r"(?:hjemmekontor|fjernarbeid)\W*", value):
        return "onsite"  # a Swedish page's "Distansarbete: Ej distans"
    if yes_no and re.match(r"\W*(?:no|nein|non|nej|nee)\b(?:\s*[.,;:!–—]|\s+-)", value) and \
            not re.search(r"hybrid|\bdays?\b|remote|anywhere|distance|afstand|télétravail|remoto|zdaln|home", value):
        return "onsite"  # "Remote: No. We work together in the office. (Two weeks a year from anywhere.)"
    if (m := _HYBRID_OR_REMOTE.search(value)) and not _ruled_out(value, m.end()):
        return "remote"
    if re.search(r"hybrid|hübriid|hibrīd|hibridin|^\W*(?:partial|partly|partially)\b|teilweise\s+(?:im\s+)?(?:home-?\s?office|mobil|remote)|h[íi]brid[oa]?\b|\bibrid[oa]|hybrydow|гібрид|гибрид|하이브리드|ハイブリッド|t[ée]l[ée]travail (?:partiel|occasionnel|hybride)|teletrabajo parcial|"
                 r"delvis\w* (?:fjernarbejde|distans\w*|på distans|hjemmekontor)|osittain etätyö|週\s?[1-4１-４]\s?日|"
                 r"\b\d\s*dag(?:e|en)?\b[^.\n]{0,20}(?:hjemme|thuis)|(?:hjemmearbejde|thuiswerken)\s*\d\s*dag|"
                 r"\b(?:[1-9]\d?)\s?%\s?(?:remote|homeoffice|home office|remoto|télétravail)|"
                 + WORK_PATTERN.pattern,
                 value):
        return "hybrid"
    if re.search(r"100\s?%\s?(?:homeoffice|home office)|(?:komplett|vollständig)e?s? (?:im )?homeoffice|"
                 r"remoto|teletrabajo|t[ée]l[ée]travail total|full[- ]remote|\bzdaln|fjernarbejde|distansarbete|(?<!ej )(?<!inte )helt på distans|"
                 r"etätyö|フルリモート|完全リモート|完全在宅", value):
        return "remote"
    if re.search(r"presencial|in sede|sur site|pr[ée]sentiel|stacjonarn|på stedet|på kontoret|på plats|"
                 r"op locatie|op kantoor", value):
        return "onsite"
    if re.search(r"\bremote\b|\btelecommute\b|télétravail|anywhere|\bwork(?:ing)?[- ]from[- ]home\b|\bwfh\b|"
                 r"\bhome[- ]based\b|" + _REMOTE_CYRILLIC, value):
        in_office = re.search(r"(?<!no )(?<!without )\b(?:office|on-?site|büro|офіс\w*|офис\w*)\b", value)
        return "hybrid" if in_office and not _OR_REMOTE.search(value) else "remote"
    if yes_no and re.search(r"\b(?:yes|true|ja|oui|sí|sim|tak)\b", value):
        return "remote"
    if re.search(r"(?:homeoffice|home-office|home office|mobiles arbeiten) (?:möglich|nach absprache)", value):
        return "hybrid"  # "München · Homeoffice möglich · Vollzeit" (after "Remote (Homeoffice möglich)", "100% Homeoffice")
    # (not "office" as an address's label: "Cluj-Napoca office: Strada Emil Isac 12", but "Office: 5 days a week"; nor, in
    # a location field, where the office is: "Oslo, Norway (office at Vulkan, Grünerløkka)")
    office = r"office(?!\s*:)" if yes_no else r"office(?!\s*:)(?!\s+(?:at|in|on|by|near)\b)"
    if not yes_no:  # ... or which office, in brackets: "Ho Chi Minh City (Thu Duc City office, ex-District 2)" (not
        # "(office-based)", "(in office 5 days)", "(home or office based)")
        value = re.sub(r"\([^()]*\)", lambda m: " " if _WHICH_OFFICE.search(m.group()) else m.group(), value)
    if re.search(rf"on-?site|^\W*office|{office}|in person|vor ort", value) or \
            yes_no and re.fullmatch(r"\W*(?:no|false|nein|nej|nee|non)\b.{0,20}", value):  # not "Non-US candidates"
        return "onsite"
    return None


_WHICH_OFFICE = re.compile(r"\b(?!(?:in|home|or|and|the|an?|our|hybrid|remote|from)\b)[a-z][\w-]*\s+office\b(?![- ]based)")


def _negated_right_before(text: str, start: int) -> bool:
    """'no "remote-friendly"', "not hybrid", 'not offering remote or hybrid work': the negation right
    before, not 'no dress code and hybrid'."""
    return bool(re.search(rf"\b(?:no|not|never|neither|kein\w*|nicht|không|без|не|ні|{_WITHOUT_WORDS}|"
                          rf"(?:is|are|was)n['’]t|"  # "this role isn't remote or hybrid"
                          rf"(?:do(?:es)?n['’]t|do(?:es)? not|can['’]t|cannot|can not|won['’]t|will not)\s+(?:offer|provide|support|allow))\s+(?:(?:modalidad|modalidade)\s+)?(?:(?:\w+\s+){{0,2}}?remote\s*(?:or|nor|/)\s*)?"
                          r"[\"“'‘]?$", text[max(0, start - 40):start], re.I))


def _negated(text: str, start: int) -> bool:
    before = text[max(0, start - 40):start]
    # (a bracket's negation is its own: "(the 13th-month kind, not the cloud one) and esop", its opening perhaps further back)
    before = re.sub(r"\([^()]*\)|^[^()]*\)", " ", before)
    return bool(_NEGATED.search(before) or _WITHOUT.search(before))


# "without", and "not" in words that are also other words, close before: "sem home office", "bez home office",
# "sin teletrabajo ni home office", "ikke mulighet for hjemmekontor", "brak opcji"; not "We werken
# nu 100% remote"
_WITHOUT_WORDS = r"sin|sem|bez|ko|ikke|inte|ingen|inga|brak|fără|nincs|nėra|žádné|žiadne"
_WITHOUT = re.compile(rf"\b(?:{_WITHOUT_WORDS})\s+(?:\w+\s+(?:ni|nem|nor|or|eller)\s+|(?:\w+\s+){{0,2}})$",
                      re.IGNORECASE)


def find_equity(text: str, internship: bool = False, contract: bool = False) -> bool:
    """Whether the posting offers equity: ESOP, VSOP, stock options, shares (not "we don't offer ...",
    "esop is not part of the package", nor a field left empty: "## Equity" above "N/A", "| **Equity** | — |").

    internship, contract: whether the job is one, and so left out of what interns or contractors are told they do
    not get, or what only permanent staff get."""
    cleaned = _NOT_EQUITY.sub(" ", text)
    if any(internship if match.group("interns") else contract if match.group("contractors") else True
           for match in _NOT_ELIGIBLE.finditer(cleaned)):
        return False  # "this role is not eligible for equity"; an intern's "... interns are not eligible for equity"
    offered = [m for m in _EQUITY.finditer(cleaned) if not _negated(cleaned, m.start())
               and not _EQUITY_RULED_OUT.match(cleaned, m.end())
               and not (_EMPTY_FIELD.match(cleaned, m.end())  # ... but "no for contractors, yes for employees"
                        and not re.search(r"\byes\b", cleaned[m.end():m.end() + 80].split("\n\n")[0], re.IGNORECASE))
               and not (contract and _for_staff_only(cleaned, m))]
    if offered and all(_TOKENS.match(m.group()) for m in offered) and _NO_EQUITY.search(cleaned):
        return False  # tokens beside "No equity": "a KSTR token grant vesting over 4 years. No equity."
    return bool(offered)


# _EQUITY's names of tokens (its "salary ... plus tokens" starts at the pay's word)
_TOKENS = re.compile(r"(?i)(?:offers? )?tokens?\b|token (?:allocation|grant)|.*\bplus\s+token")
# Equity itself said to be none, as a sentence or a list item of its own
_NO_EQUITY = re.compile(r"(?im)(?:^|[.;!]\s)[ \t*•-]*(?:no|zero) equity(?:\s+(?:is\s+)?offered)?\s*(?:[.;!)]|$)")


def _for_staff_only(text: str, match: re.Match) -> bool:
    """Whether a contractor's posting says this equity is a permanent employee's ("We're also hiring a permanent
    engineer (€95,000 + share options)", "Festangestellte bekommen eine Mitarbeiterbeteiligung; für Freelance-Projekte
    gilt das nicht"), or not a contract's ("as a contract engagement it doesn't come with our benefits or equity")."""
    sentence = sentence_of(text, match.start(), match.end())
    return bool(_PERMANENT_STAFF.search(sentence) or re.search(r"\b(?:contract\w*|freelanc\w*)\b", sentence, re.I)
                and _NEGATION.search(sentence))


_PERMANENT_STAFF = re.compile(r"\b(?:permanent|festangestellt\w*|fest angestellt\w*|salaried|"
                              r"(?:for )?employees only|cdi)\b", re.IGNORECASE)
_NEGATION = re.compile(r"\b(?:not|no|never|nicht|kein\w*|pas)\b|n['’]t\b", re.IGNORECASE)


# This role left out of the equity others get
# (or interns, or contractors: "contractors are not eligible for our employee share scheme or bonus plan")
_NOT_ELIGIBLE = re.compile(r"\b(?:this (?:role|position|internship|job)|(?P<interns>interns)|"
                           r"(?P<contractors>contractors|freelancers|consultants))\s+(?:are|is|will be|would be)\s+"
                           r"(?:not\s+|in)eligible\s+for\s+(?:the\s+|our\s+|any\s+)?(?:employee\s+)?(?:equity|stock options|"
                           r"options|esop|rsus|shares|share (?:scheme|plan|options))\b"
                           r"(?!\s+(?:until|unless|if|before|refresh))(?=\s*[.;,)\n]|\s*$|\s+or\b)", re.IGNORECASE)
# Equity said not to be offered after its name: "esop is not part of the package for this role" (not "equity
# (not included in the range above)")
_EQUITY_RULED_OUT = re.compile(r"[^.;,()\n]{0,30}?\b(?:is|are) not (?:part of (?:the|this|our|your) (?:package|offer|"
                               r"compensation)|offered|available)\b|[^.;,()\n]{0,30}?\b(?:isn['’]t|aren['’]t) (?:part of|offered|"
                               r"available)\b|"
                               # ... and in the languages that say it after: "Akcijų opcionų programos neturime",
                               # "optio-ohjelmaa ei ole", "opcje nie są oferowane" (in the same clause: not "Részvényopciós
                               # program és nincs kötelező irodai jelenlét", "and no office is required")
                               r"(?:(?!\s(?:és|ja|i|a|și|ir|un|and|und|et|og|och)\s+(?:nincs|ei|nie|nu|nėra|nav|není|nejsou|no|not)\b)"
                               r"[^.;,()\n]){0,30}?(?:\bneturime\b|\bnėra\b|\bei ole\b|\bnie (?:są|jest|ma)\b|\bnejsou\b|\bnení\b|"
                               r"\bnincs\b|\bnu (?:avem|oferim|există)\b)", re.IGNORECASE)


# A field's value that says nothing is offered: "N/A", "none", "—" alone on its line or table cell, or
# "No" with its reason ("Equity: no, but a yearly profit share", "Equity: no equity, sorry")
# (each run of spaces and marks has one quantifier of its own, with a character between runs: adjacent ones
# backtracked exponentially on a long run of spaces after "Equity")
_EMPTY_FIELD = re.compile(r"[ \t*_]*+(?:[:|][ \t*_]*+)?(?:\n[ \t*_]*+){0,2}(?:[-•][ \t]+)?"
                          r"(?:(?:n/?a|none|no|nope|nil|not offered|"
                          r"not applicable|keine?|nein|aucune?|non|ninguno|nenhum)(?=[ \t]*[,.;:!(–—]|[ \t]+-|[ \t]+for\b|\s+(?:equity|esop|"
                          r"vsop|options|shares|stock|offered|available)\b)|(?:n/?a|none|no|nope|nil|keine?|nein|aucune?|non|ninguno|nenhum|"
                          r"[-–—]+)[ \t.*_]*(?:\||\n|$))", re.IGNORECASE)


def find_employment_type(stated: dict[str, Any], labelled: dict[str, list[str]], text: str) -> str | None:
    """full-time, part-time, contract, internship or temporary, when it is clear."""
    for value in [stated.get("type"), *labelled.get("type", []), *stated.get("pipe", [])]:
        if isinstance(value, str):
            for word, kind in _STATED_TYPES.items():
                if word in value.lower().replace("_", "-"):
                    return kind
    if re.search(r"full\W+or\W+part|part\W+or\W+full|voll-?\s*(?:oder|/|und)\s*teilzeit", text, re.IGNORECASE):
        return None  # either, so neither
    found = [kind for kind, pattern in _TYPES if re.search(pattern, text, re.IGNORECASE)]
    if found == ["full-time"] or found == ["part-time"] or found in (["contract"], ["internship"]):
        return found[0]
    head = next((line for line in text[:2000].split("\n") if line.strip()), "")[:150]
    if "temporary" in found and "contract" not in found and "internship" not in found \
            and re.search(dict(_TYPES)["temporary"], head, re.IGNORECASE):
        return "temporary"  # said in the title line: "Research Associate (0.8 FTE, fixed term)"
    return None


_URL = re.compile(r"https?://[^\s<>()\[\]\"'`]+[^\s<>()\[\]\"'`.,;:!?]")
# An address without its scheme right after "apply": "apply at kelpie.co.uk/jobs/backend", "apply via www.acme.com"
# (not "web applications with Node.js/TypeScript"): a web domain ending in a country's code or a common one
_BARE_URL = re.compile(r"(?:\A\s*|\b(?:apply|cv|resume|résumé)\b(?:[^.\n]{0,40}?\s(?:at|via|on|through|here))?\s*:?\s+|"
                       r"\bapplication(?: form)?(?:\s*:|\s+(?:at|via|here))\s+)(?P<url>"
                       # with a path, any host ("Acme.com/careers", "forms.gle/abc"), not a file or framework
                       r"(?!asp\.net\b)[\w-]+(?:\.[\w-]+)*\.(?!(?:js|ts|py|rb|md|sh|pdf|docx?)\b)[a-z]{2,}"
                       r"/[^\s<>()\[\]\"'`]*[^\s<>()\[\]\"'`.,;:!?]|"
                       # without one, a web address by its look ("www.acme.com", "acme.io", not "socket.io" in prose)
                       r"(?-i:(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?!(?:js|ts|py|rb|rs|md|sh)\b)(?:[a-z]{2}|com|org|net|"
                       r"dev|app|jobs|careers)))(?![\w-]|\.\w)", re.IGNORECASE)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}", re.IGNORECASE)
APPLY_WORDS = re.compile(r"apply|application|bewirb|bewerb|postuler|candidat|send (?:us )?your|submit|cv|resume|résumé|join us|"
                          r"careers|jobs", re.IGNORECASE)
_ATS = re.compile(r"jobs|careers|career|apply|lever\.co|greenhouse|workable|ashby|recruitee|personio|join\.com|"
                  r"smartrecruiters|bamboohr|teamtailor|position|vacanc|stellen|karriere", re.IGNORECASE)


def find_apply(stated: dict[str, Any], labelled: dict[str, list[str]], sections: dict[str, str],
               text: str) -> tuple[str | None, str | None]:
    """(apply URL, apply e-mail): stated, labelled, an apply section, or a line that asks to apply."""
    places = [str(v) for v in (stated.get("apply"), *labelled.get("apply", [])) if v]
    places += [v for k, v in sections.items() if re.search(r"apply|bewerb|application", k)]
    places += [p for p in stated.get("pipe", []) if _URL.search(p) and _ATS.search(p)]
    places += [line for line in text.split("\n") if APPLY_WORDS.search(line)]
    url = next((m.group() for p in places for m in [_URL.search(p)] if m), None)
    if url is None:  # "apply at kelpie.co.uk/jobs/backend-engineer": an address without its scheme
        url = next(("https://" + m.group("url") for p in places for m in [_BARE_URL.search(p)] if m), None)
    emails = [str(v) for v in (stated.get("email"), *labelled.get("email", [])) if v]
    emails += [v for k, v in sections.items() if re.search(r"apply|bewerb|contact|kontakt", k)] + places
    email = next((m.group() for p in emails for m in [_EMAIL.search(p)] if m), None)
    return url, email
