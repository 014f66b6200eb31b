"""Find a posting's title, and clean a title line of what is not the job's name: gender markers, workload, pay,
a place, a company, terms, a language's second version."""

from __future__ import annotations

import re
from typing import Any

from .jobwords import JOB_NOUN, NON_LATIN, has_job_noun
from .mail import SUBJECT_PREFIX
from .names import LEGAL
from .places import Gazetteer, city_names, find_cities, find_countries, region_or_country_names
from .shapes import BUTTONS, LABELS, split_outside_brackets
from .structure import Block, is_lowercase, is_section_name


_GENDER = re.compile(r"\s*[(\[]\s*(?:[mwfdxhvia*]\s*[/|,]\s*)+[mwfdxhvia*]\s*[)\]]|\s*\b[mwf]/[mwfdx](?:/[mwfdx])?\b"
                     r"|\s*\(all genders?\)|\s*\(gn\)|\s+[hf]\s*/\s*[hf](?=$|\s+[-–—])|\s*\((?:k/m|m/k|m/ž|ž/m)\)", re.IGNORECASE)
_GENDER_AT_END = re.compile(r"[(\[]\s*[mwfdxh]\s*/\s*[mwfdxh](?:\s*/\s*[mwfdxh])?\s*[)\]]\s*$", re.IGNORECASE)


def find_title(stated: dict[str, Any], labelled: dict[str, list[str]], blocks: list[Block], text: str,
               gazetteer: Gazetteer | None = None) -> str | None:
    """The job title: stated, labelled, a title line at the top, or prose ("As a Senior X, you will")."""
    values = [stated.get("title"), *labelled.get("title", []), *_pipe_titles(stated, gazetteer)]
    if _field_over_header(values[0], labelled.get("title", [])[:1]):
        values[0] = None
    for value in values:
        if isinstance(value, str) and clean_title(value):
            return _without_breadcrumbs_team(_fuller_title(clean_title(value), blocks), value, blocks)
    subject = clean_title(stated.get("subject") or "")  # a forwarded e-mail's
    if subject and looks_like_title(subject):
        return subject
    if not stated.get("title") and stated.get("page_title"):
        parts = re.split(r"\s+[|–—-]\s+", stated["page_title"])
        if looks_like_title(parts[0]):
            return clean_title(parts[0])
    title = _title_at_top(blocks) or _title_marked_by_gender(blocks) or _title_in_prose(text)
    if title:
        return title
    page_title = stated.get("page_title")
    if isinstance(page_title, str):
        first = re.split(r"\s+[|–—-]\s+", page_title)[0]
        if looks_like_title(first):
            return clean_title(first)
    return None


def _field_over_header(header: Any, fields: list[Any]) -> bool:
    """Whether the posting's own "Job Title: Senior Sub-Editor" beats a header's "Senior Sub-Editor (Night Desk) — Print
    & Digital": the header adds only remarks of three words or more in brackets or after a dash, without a job or a
    level (not "Software Engineer III - Backend", "Teacher of Science (Physics)", "Head of Maths / Assistant Head")."""
    shown = clean_title(header) if isinstance(header, str) else None
    field = clean_title(fields[0]) if fields and isinstance(fields[0], str) else None
    if not shown or not field or len(field) >= len(shown) or not shown.lower().startswith(field.lower()):
        return False
    extra = shown[len(field):]
    return bool(re.match(r"\s*[(\[–—-]", extra)) and len(re.findall(r"\w+", extra)) >= 3 and not has_job_noun(extra) \
        and not re.search(r"\b(?:I{1,3}|IV|senior|junior|lead|principal)\b", extra, re.IGNORECASE)


def _title_at_top(blocks: list[Block]) -> str | None:
    """A title line among the first blocks (not a field's), or below a job site's navigation."""
    for block in blocks[:4]:
        if block.kind == "list" and _other_jobs(block.items):
            continue  # a list of other jobs: "Weitere Jobs: Buchhalter (m/w/d)", "Lagerist (m/w/d)"
        for line in [block.text] if block.kind in ("heading", "para") else block.items[:2]:
            field = re.match(r"([^:：]{2,30})[:：]\s", line)
            label = field.group(1).strip().strip("*_") if field else ""
            announced = re.fullmatch(rf"(?:(?:{_ANNOUNCES})\s*/\s*)?(?:{_ANNOUNCES})", label, re.I)  # "tender / job: …"
            if field and (_FIELD_LABEL.fullmatch(label) or not has_job_noun(label) and not announced):
                continue  # a field ("Career Level: Experienced (Non-Manager)"), not the title
            title = clean_title(line)
            if title and looks_like_title(title):
                return _fuller_below_breadcrumb(_without_breadcrumbs_team(title, line, blocks), line, blocks)
    lines = header_lines(blocks)
    listed = _other_jobs(lines)
    for line in lines:  # below a job site's navigation: "Trouver un job", "Alle Stellen"
        if ":" in line or listed and _GENDER_AT_END.search(line):
            continue  # a field ("Reports to: Head of Engineering"), not the title
        title = clean_title(line)
        if title and looks_like_title(title):
            return title
    return None


def _other_jobs(lines: list[str]) -> bool:
    """Whether lines name two jobs or more, each with its "(m/w/d)": a list of other openings (not a breadcrumb's last
    part and the title line below it, which name one)."""
    return len({clean_title(line) for line in lines[:30] if len(line.split()) <= 8 and _GENDER_AT_END.search(line)
                and not re.match(r"(?i)(?:wir|we|ich|zur|zum|für|our)\b", line)} - {None}) >= 2


def _title_marked_by_gender(blocks: list[Block]) -> str | None:
    """A short line of its own that ends in "(m/w/d)", which names a job whatever it is ("Data Steward")."""
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
    return None


def _title_in_prose(text: str) -> str | None:
    """The job a sentence names: "As a Senior X, you will", "we're hiring a support engineer."."""
    for pattern in _TITLE_PROSE + (_TITLE_PROSE_LOWER if is_lowercase(text) else []):
        for match in pattern.finditer(text):
            title = clean_title(match.group("t"))
            if title and looks_like_title(title, prose=True):
                return title + (_field_of_study(text[match.end("t"):]) if _ACADEMIC.search(title) else "")
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
                  re.compile(rf"\b[Aa]s (?P<t>(?:[a-z][\w&-]* ){{1,3}}{JOB_NOUN})(?=,? you\b)")]


_ACADEMIC = re.compile(r"research|postdoc|post-doc|fellow|lecturer|professor|doctoral|phd|scientist", re.IGNORECASE)


def _field_of_study(after: str) -> str:
    """A researcher's field after the title in prose: "a Postdoctoral Researcher in Probabilistic Machine Learning,
    starting ..." (capitalised words, none a place: not "a Data Engineer in Berlin" or "in Our Team")."""
    field = re.match(r" in ((?:[A-Z][\w-]+)(?: (?:[A-Z][\w-]+|and|of|&)){0,5})(?=[,.;:]|\s+(?:starting|from|to|at|with|for)\b)",
                     after)
    if not field or re.match(rf"(?:Our|The|This|Your|A|An|Q\d|{_MONTH_OR_SEASON})\b", field.group(1), re.IGNORECASE):
        return ""
    words = [w.lower() for w in field.group(1).split() if w[0].isupper()] + [field.group(1).lower()]
    if any(w in city_names() or w in region_or_country_names() for w in words):
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


def _fuller_below_breadcrumb(title: str, source: str, blocks: list[Block]) -> str:
    """The page's own title line when a breadcrumb's last step, which the title was read from, shortens it:
    "ingénieur·e de recherche en calcul haute performance (h/f)" below "offres d'emploi inria › ingénieur·e de recherche"."""
    if not re.search(r"\s[›>»]\s", source):
        return title
    for block in blocks[:6]:
        fuller = clean_title(block.text) if block.kind in ("heading", "para") and len(block.text) <= 200 else None
        if fuller and fuller.lower().startswith(title.lower() + " ") and looks_like_title(fuller) \
                and not re.search(r"\b(?:jobs?|salar\w*|remote|vacanc\w*|openings?|stellen\w*|offres?|empleos?)\b|\bin\s+[A-Z]",
                                  fuller[len(title):], re.IGNORECASE):  # (not a site's "Data Engineer Jobs in Berlin")
            return fuller
    return title


def _fuller_title(title: str, blocks: list[Block]) -> str:
    """The header's title line when it says more than a field's ('Senior Data Engineer' above
    'Role: Data Engineer', where a job site's field names the category)."""
    for line in header_lines(blocks, 12):
        fuller = clean_title(line)
        if fuller and fuller != title and fuller.lower().endswith(" " + title.lower()) and len(fuller) <= len(title) + 20 \
                and looks_like_title(fuller) and ":" not in line \
                and not BUTTONS.fullmatch(fuller[:len(fuller) - len(title)].strip()):  # "Save Full Stack Developer"
            return fuller
    return title


def header_lines(blocks: list[Block], most: int = 30) -> list[str]:
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
              r"ζητείται|ζητούνται|θέση εργασίας|"
              r"now open|hiring for|(?:saisonstelle|saisonjob|seasonal (?:job|role)|season(?:al)? position)?\s*"
              r"(?:(?:winter|sommer|summer|ski)saison|(?:winter|summer|ski) season)?\s*(?:\d{4}(?:/\d{2,4})?)?(?<=\S)|"
              r"(?:this week['’]s |today['’]s )?(?:featured|sponsored|spotlight|top|hot|new|open) "
              r"(?:roles?|jobs?|positions?|openings?|gigs?)|(?:job|role|gig) of the (?:week|day|month)")


_EMOJI = re.compile("(?:\\s*[\U0001F000-\U0001FAFF\u2300-\u23FF\u2600-\u266C\u2670-\u27BF\u2B00-\u2BFF\uFE0F\u200D\u20E3]+)+\\s*")
# (not the sharp and flat signs: "C♯")


def clean_title(value: str) -> str | None:
    """A title without gender markers, workload, a trailing place or company, or a list of technologies."""
    if len(value) > 300:
        return None  # no title is this long, and the rules below need not see 100 KB lines
    value = _job_part(value)
    if value is None:
        return None  # a breadcrumb through a job site's listing
    value = _one_version(_without_announcement(_without_site_or_listing(_without_terms_after_dashes(value))))
    # (Markdown's marks go, not German's gender star: "Frontend-Entwickler*in"; nor a hire's number: "engineer #2")
    value = re.sub(r"(?<=[^\W\d_])\s*\(?(?<![\w#])#\d{1,2}\)?(?=\s*(?:$|[,–—(-]|(?:at|@|bei|chez)\s))",
                   lambda m: "" if has_job_noun(value[:m.start()].split()[-1]) else m.group(), value)
    title = _GENDER.sub("", re.sub(r"(?:(?<![a-zäöüß])\*|\*(?!in(?:nen)?\b))\**|[_`]+|(?<![A-Za-z])#+", "", value))
    title = title.strip(" -–—:|,").rstrip(".")
    title = _without_place(_without_notes(_without_remarks(title)))
    at = re.sub(r"\s+(?:at|@|bei|chez|presso|bij|hos|till)\s+[A-ZÀ-Ý](?:[\w&.' -]|\?(?=\w))*(?:\s*\([^()]*\))?$", "",
                title)  # "... at Quaywise", "Systemutvecklare Java till Försäkringskassan" (Swedish),
    # "... @ Nidelv IL (Eliteserien)": and then what the company's name hid ("... (Remote, US) at Tessellate AI")
    if at != title and at.strip():
        return clean_title(at)
    at = re.search(r"\s+(?:at|@)\s+[a-z][\w&.'-]*(?:\s[a-z][\w&.'-]*)?$", title) if is_lowercase(title) else None
    if at and re.search(rf"\b{JOB_NOUN}s?$", title[:at.start()], re.IGNORECASE):
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


def _job_part(value: str) -> str | None:
    """The part of a headline that names the job: not a subject's prefix, a board's tag, a breadcrumb, a site's name."""
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
    return value


def _without_terms_after_dashes(value: str) -> str:
    """The title without the parts after a dash that give its terms, pay, place, period or kind of employer."""
    # a headline's terms after the title: "React Native Developer - freelance, ~20 hrs/week - $45-60/hr - Remote"
    # (each such part goes, and a team after it stays: "Product Designer - Remote (Germany) - Growth")
    parts = split_outside_brackets(f"({_DASH})", value)
    kept = parts[:1]
    for dash, after in zip(parts[1::2], parts[2::2]):
        after = _REFERENCE_AT_END.sub("", after) or after  # "– night shift (ref ksl/cc/0611)"
        terms = re.search(r"\s*\(([^()]*)\)\s*$", after)  # "– UX Design (15 hrs/week)": the team stays, its hours go
        if terms and (_PAY_OR_HOURS.search(terms.group(1)) or _site_or_shift(terms.group(1))) and after[:terms.start()].strip():
            after = after[:terms.start()]
        elif terms and _site_or_shift(after[:terms.start()]):
            continue  # a shift and its kinds of work: "– Night Shift (Dry Van / Reefer)"
        if _territory("".join(kept), after):
            kept += [dash, after]  # a seller's territory is the job's: "Business Development Manager – North West"
            continue
        if not _PAY_GRADE.fullmatch(after.strip()) and not _REFERENCE.fullmatch(after.strip()) and not (has_job_noun("".join(kept)) and (
                _PAY_OR_HOURS.search(after) or place_with_terms(after) or _only_terms(after) or _LENGTH.fullmatch(after.strip())
                or _PERIOD.search(after) and not has_job_noun(after)
                or _ORGANISATION_KIND.search(after) or _PROJECT.fullmatch(re.sub(r"\s*\([^()]*\)$", "", after).strip())
                or _site_or_shift(after)  # "– Vancouver Studio", "– Store #4521", "– Night Shift", "– Lyon Part-Dieu"
                or (_PROPERTY_ANY_CASE if is_lowercase(value) else _PROPERTY_NAME).fullmatch(after.strip())
                and not _TEAM_OR_FIELD.search(after)
                # ("– Hotel Illetes Mar Alcúdia", "– Saffron Cove Resort Koh Samui"; not a team: "– Hotel Platform")
                or re.match(r"[a-z]+(?:\s+\S+){3}", after.strip()) and not is_lowercase(value))):
            # ... and a gig's task: "– turn our scripts into a plugin"
            kept += [dash, after]
    return "".join(kept)


# When a job's hours fall, or which of a chain's sites it is at: "– Night Shift", "(turno de tarde)", "(avondploeg)",
# "– Store #4521", "– Tucson District", "(Burnaby Hub)", "– Vancouver Studio", "– Lyon Part-Dieu" (a city, then its
# mall or street)
_SHIFT_KIND = (r"(?:night|day|late|early|evening|weekend|morning|afternoon|overnight|swing|graveyard|1st|2nd|3rd|first|"
               r"second|third|public holiday|holiday|rotating|split|relief)")
_SHIFT = re.compile(rf"(?:{_SHIFT_KIND}(?:\s*(?:&|and|/|,|or)\s*{_SHIFT_KIND})*\s+(?:shifts?|rosters?|rotas?)|"
                    r"turnos? (?:rotativos?|rotativas?|de (?:noche|tarde|mañana)|da (?:noite|manhã|tarde))|por turnos|"
                    r"turni (?:notturni|a rotazione)|a turni|schichtdienst|wechselschicht|nachtdienst|"
                    r"nights|weekends|nachtschicht|frühschicht|spätschicht|turno (?:de (?:noche|tarde|mañana)|notturno|serale)|"
                    r"(?:avond|nacht|dag|ochtend)ploeg|(?:équipe|poste) de (?:nuit|jour|matin|soir)|"
                    # ... and a roster's: "– 14/14 Rotation", "– FIFO 8/6 Roster", "– 28/28"
                    r"(?:(?:FIFO|DIDO|BIBO)\s+)?\d{1,2}\s?/\s?\d{1,2}(?:\s+(?:rotation|roster|swing))?)", re.IGNORECASE)
_STORE_NUMBER = re.compile(r"(?:store|shop|branch|tienda|filiale|magasin|negozio|winkel|loja)\s*(?:#|no\.?|nr\.?)?\s*\d{1,6}",
                           re.IGNORECASE)
# An industrial site's kind: "– Geismar Plant", "– Port Talbot Steelworks"
_PLANT = r"(?:plant|refinery|mill|factory|shipyard|smelter|steelworks)"
_SITE = re.compile(r"(.+?)\s+(?:studio|office|hub|district|region|area|store|branch|depot|warehouse|site|airport|terminal|"
                   rf"port|base|yard|{_PLANT})"
                   r"(?:\s*\([^()]*\)|,\s*[^,]+)?", re.IGNORECASE)


# A region named first: "– Région Littoral", "– Province of Limpopo", "– Región Norte"
_REGION_FIRST = re.compile(r"(?i:r[ée]gion|regi[óo]n|regione|prov[ií]ncia|province|provincia|county|comt[ée])\s+"
                           r"(?:(?i:de|du|of|del|da|do)\s+)?[A-ZÀ-Ý][\w'’-]+(?:\s[A-ZÀ-Ý][\w'’-]+)?")


# A hotel's, a resort's or a restaurant's name: which of a group's properties the job is at
_PROPERTY = (r"(?:(?:The|Le|La|Les|El|Il|Das|Der|Die)\s+)?(?:(?:Hotel|Hôtel|Resort|Restaurant|Restaurante|Ristorante|"
             r"Pousada|Parador|Gasthof|Chalet)\s+(?:[«\"“][^»\"”\n]{1,40}[»\"”]|[A-ZÀ-Ý][\w'’&-]*(?:\s+[A-ZÀ-Ý][\w'’&-]*){0,4})|"
             r"[A-ZÀ-Ý][\w'’&-]*(?:\s+[A-ZÀ-Ý&][\w'’&-]*){0,3}\s+(?:Hotel|Resort|Lodge|Inn|Suites|Hostel|"
             r"Resort\s+&\s+Spa|Hotel\s+&\s+Spa)(?:\s+[A-ZÀ-Ý][\w'’-]*){0,2})(?:\s*[*★]{1,5})?")
_PROPERTY_NAME = re.compile(_PROPERTY)
_PROPERTY_ANY_CASE = re.compile(_PROPERTY, re.IGNORECASE)  # (on a page without capitals)


_TEAM_OR_FIELD = re.compile(r"\b(?:platform|team|data|search|booking|pricing|payments?|experience|engineering|operations|"
                            r"systems?|tech|technology|software|products?|distribution|revenue|analytics|programs?|"
                            r"programmes?|projects?|initiatives?|council)\b", re.IGNORECASE)


def _site_or_shift(part: str) -> bool:
    """Whether a part of a headline names the job's shift or its site in a chain or region, not the job."""
    part = part.strip()
    if _SHIFT.fullmatch(part) or _STORE_NUMBER.fullmatch(part) or _REGION_FIRST.fullmatch(part) \
            and not _TEAM_OR_FIELD.search(part):  # (not a team: "– Region Payments", "– County Council")
        return True
    site = _SITE.fullmatch(part)
    if site and place_with_terms(site.group(1)):
        return True
    # ... or a plant's, named by its town the city list may lack: "– Geismar Plant", "– Port Talbot Steelworks" (not a
    # kind of plant or works: "– Water Treatment Plant", "– Paper Mill", "– Civil Works")
    plant = re.fullmatch(rf"((?:[A-Z][\w'’.-]+ ){{1,3}})(?i:{_PLANT})", part)
    if plant and not has_job_noun(part) and not _KIND_OF_PLANT.search(plant.group(1)):
        return True
    words = part.split()
    return 2 <= len(words) <= 5 and words[0].lower() in city_names(unambiguous=True) and not has_job_noun(part) \
        and all(word[:1].isupper() or word[:1].isdigit() for word in words) and bool(_STREET_OR_MALL.search(part))


_KIND_OF_PLANT = re.compile(r"\b(?:Water|Treatment|Pilot|Paper|Pulp|Batching|Power|Manufacturing|Processing|Production|"
                            r"Chemical|Steel|Saw|Rolling|Wastewater|Sewage|Recycling|Gas|Nuclear|Solar|Wind|Asphalt|"
                            r"Concrete|Bottling|Packaging|Assembly|Process|Main|New|Old)\b")


# What names a street, a mall or a quarter after a city: "Corso Buenos Aires", "Oxford Street", "Part-Dieu", "Westfield"
_STREET_OR_MALL = re.compile(r"\b(?:Corso|Via|Viale|Piazza|Street|St|Road|Rd|Avenue|Ave|Calle|Avenida|Rue|Boulevard|Bd|"
                             r"Stra(?:ß|ss)e|Platz|Plaza|Mall|Shopping|Westfield|Outlet|Galleria)\b|"
                             r"^\S+\s[A-Z][a-zé]+-[A-Z][a-zé]+$")  # (a quarter alone after the city: not "Berlin Real-Time
# Platform"; nor a year: "Summer Intern - London 2026", nor "Manchester Cancer Research Centre")


def _without_site_or_listing(value: str) -> str:
    """The title after a careers site's name or a breadcrumb through its listing."""
    site, _, rest = value.partition(" / ")  # a careers site's name first: "Maplecart Careers / Customer Success Manager"
    if rest and re.search(r"\w\s+(?:careers?|jobs|karriere|vacancies|stellen\w*)$", site, re.I) and not has_job_noun(site):
        value = rest
    # ... or a breadcrumb through its listing: "fjordlys / jobb / platform engineer" (not inside "(Python / Go)")
    crumbs = split_outside_brackets(r" / ", value)
    listing = [n for n, c in enumerate(crumbs[:-1])
               if _LISTING.fullmatch(c.strip()) or re.fullmatch(r"(?i)jobb|stillinger|työpaikat", c.strip())]
    if len(crumbs) >= 3 and listing:
        value = next((c for c in crumbs[listing[-1] + 1:] if has_job_noun(c)), value)
    return value


def _one_version(value: str) -> str:
    """One version of a title given in two languages, or one of a job's two names."""
    # a bilingual title in one line: "Senior Full Stack Developer 高級全端開發員 (Wealth-tech / Kwun Tong)"
    latin = re.sub(rf"\s+{NON_LATIN}+(?=\s*(?:[(（]|$))|\s*\((?=[^()]*{NON_LATIN})[^()a-zA-Z]*\)$", "", value)
    # (and a bracket of it: "FRONT OFFICE MANAGER (Υπεύθυνος/η Υποδοχής)")
    if latin != value and len(split_outside_brackets(" / ", value)) == 1 and has_job_noun(latin.split("(")[0]) \
            and not re.search(NON_LATIN, latin.split("(")[0]):
        value = latin
    if " / " in value:  # a bilingual title: "Backend Engineer (Rust) / バックエンドエンジニア（Rust）"
        kept = [p for p in split_outside_brackets(" / ", value) if not re.search(NON_LATIN, p)]
        value = " / ".join(kept) if kept else value
        first, _, second = value.partition(" / ")
        bare_first, bare_second = (re.sub(rf"\s*\(.*|^(?:{_LEVEL})\s+", "", part, flags=re.IGNORECASE).lower()
                                   for part in (first, second))
        if has_job_noun(bare_first) and bare_first == bare_second and first.lower() != second.lower():
            value = first  # two levels of one job: "Data Engineer / Senior Data Engineer"
        elif has_job_noun(first) and not re.fullmatch(r"[A-Z]{2,5}", first.strip()) and len(second.split()) >= 2 \
                and _FOREIGN_GRAMMAR.search(re.sub(r"\([^()]*\)", "", second)) and not _FOREIGN_GRAMMAR.search(first):
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
    return value


def _without_announcement(value: str) -> str:
    """The title without what announces it ("Vaga:", "We're hiring: a") or a sentence after it."""
    # what announces the title: an emoji, "[Hiring]", "Vaga:", "We're hiring: a", "Offre d'emploi"
    value = re.sub(r"^[^\w.#(\[“\"'‘¡¿]+|^\s*\[(?:hiring|job|jobs|we['’]re hiring)\]\s*", "", value, flags=re.IGNORECASE)
    value = re.sub(rf"^(?:(?:(?:{_ANNOUNCES})\s*/\s*)?(?:{_ANNOUNCES})(?:\s*[:–—]|\s+-)\s*"
                   r"(?:(?:an?|our)\s+)?|offre d['’]emploi\s+|oferta de empleo\s+|(?:we['’]re\s+|we are\s+)?"
                   r"(?:looking for|seeking)\s+an?\s+(?=[A-Z]))", "", value.strip(), flags=re.IGNORECASE)
    sentences = re.split(r"(?<=[a-z]{4})[.!]\s+(?=[A-Z])", value)  # "Founding Engineer. Details below 👇"
    if len(sentences) > 1 and has_job_noun(sentences[0]):
        value = sentences[0]
    return value


def _without_remarks(title: str) -> str:
    """The title without a board's tag, its terms, experience, a listing's name, workload, hours or languages."""
    title = re.sub(r"^\[[^\]]{1,30}\]\s*(?=\w)", "", title)  # a board's tag of place or kind: "[Zürich] ..."
    title = re.sub(r"\s*\((?:remote|hybrid|on-?site|remoto|híbrido|télétravail|100\s?% remote|contract|freelance|"
                   r"full[- ]time|part[- ]time|permanent|temporary|interim|befristet|unbefristet|festanstellung|cdi|cdd|"
                   r"fast(?: stilling| ansættelse| anställning)?|vast|indefinido|permanente|efetivo|temporal)\)$", "", title,
                   flags=re.I)
    # remote work before the job: "Remote Truck Dispatcher", "Fully Remote Data Engineer" (not "Remote Sensing
    # Scientist", "Remote Support Engineer", "Remote Site Engineer": there remote is the work itself)
    mode = re.match(r"(?i:(?:fully |100\s?% )?remote)\s+(?!(?i:sens|support|pilot|monitor|operat|access|patient|sites?\b(?! reliab)|"
                    r"stations?\b|vehicle|desktop|infra|control|work|first|only|friendly)\w*\b)(?=\S+\s+\S)", title)
    if mode and has_job_noun(title[mode.end():]):
        title = title[mode.end():]
    # a tradesperson's certification: "(Journeyperson)", "(Red Seal)"
    title = re.sub(r"\s*\((?:journey(?:man|person|woman)|red seal|journeyperson/red seal)\)$", "", title, flags=re.IGNORECASE)
    # a roster: "(FIFO 14/7)", "(DIDO, 2 weeks on / 2 off)", "(14/14 rotation)"
    title = re.sub(r"\s*\((?:(?:FIFO|DIDO|BIBO|rotation|roster)\b[^()]*|\d{1,2}\s?/\s?\d{1,2}\s+(?:rotation|roster|swing))\)$", "",
                   title, flags=re.IGNORECASE)
    # the school or academic year it starts in: "(2026-27 School Year)", "(2026/2027)", "(Academic Year 2026–27)"
    title = re.sub(r"\s*\((?:(?:school|academic) year\s+)?20\d\d\s?[-–/]\s?(?:20)?\d\d(?:\s+(?:school|academic) year)?\)$", "",
                   title, flags=re.IGNORECASE)
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
    return title


# The vacancy's reference after the title: "(Ref: LLA-2291)", "[Req ID 48213]", "– Kennziffer 12/2025"
_REFERENCE_AT_END = re.compile(r"(?<!\s)\s*(?:[(\[]|[-–—|,]\s*)(?i:ref(?:erence)?|req(?:uisition)?(?: id)?|job (?:id|ref|code|no)|"
                               r"vacancy (?:no|number|ref)|kennziffer|r[ée]f(?:[ée]rence)?|referencia|rif(?:erimento)?)\.?\s*"
                               r"(?i:no\.?|nr\.?|number)?\s*[:#]?\s*(?=[\w/.-]*\d)[\w/.-]{2,30}[)\]]?$")


def _without_notes(title: str) -> str:
    """The title without its FTE, reporting line, pay grade, contract kind, or full or part time."""
    title = re.sub(r"\b[01](?:[.,]\d{1,2})?\s*(?i:FTE)\b\s*,?\s*", "", title)  # "(0.8 FTE)" too, "(0,8 fte)"
    # where the job sits and how it works, not its name: "(reporting to the CEO)", "(Player-Coach)", "(member of the
    # extended Executive Board)"
    title = re.sub(r"\s*\((?:(?:reporting (?:directly )?(?:in)?to|reports? (?:directly )?(?:in)?to)\b[^()]*|member of (?:the )?"
                   r"(?:extended |executive |senior |global )*(?:board|committee|leadership team|management team|executive)\b[^()]*|"
                   r"player[- ]coach|hands[- ]on)\)$", "", title, flags=re.IGNORECASE)
    title = re.sub(r"\s*\(\s*\)|,\s*(?=\))", "", title)
    title = _REFERENCE_AT_END.sub("", title)
    title = re.sub(rf"\s*\((?:{_PAY_GRADE.pattern})\)|,\s*(?:{_PAY_GRADE.pattern})$", "", title,
                   flags=re.IGNORECASE if is_lowercase(title) else 0)  # "(APS 6)", ", Grade VII",
    # "(Temporary Agent, AD 6)", ", P3"; "(grade d2)" on a page without capitals
    title = _REFERENCE_AT_END.sub("", title)  # (a reference before the grade: "Data Analyst (Ref: 4411) (APS 6)")
    # a contract's kind before the title: "Freelance SAP Berater", "Contract Python Developer" (not "Contract Management
    # Specialist": a contract is the job there)
    title = re.sub(r"^(?:freelance|freiberufliche[rs]?|contract(?![- ]to[- ])(?!\s+(?:manage|admin|special|lawyer|attorney|"
                   r"negotiat|analy|officer|account|compliance|review|law|legal|risk|pric|closeout|procure|research|cost|"
                   r"draft|renewal|lifecycle|award|support|coordinat|estimat)))\s+(?=\S+\s+\S)", "", title,
                   flags=re.IGNORECASE)
    title = re.sub(r"\s+in (?:voll|teil)zeit(?:\s*(?:/|oder|und)\s*(?:voll|teil)zeit)?$|\s+(?:à|a) temps (?:plein|partiel)$", "",
                   title, flags=re.IGNORECASE)  # "Senior Frontend-Entwickler (m/w/d) in Vollzeit"
    return title


def _without_place(title: str) -> str:
    """The title without a bracket of its place and terms, a city and its quarter after a dash ("– Luanda
    (Talatona)"), its pay, or when it starts and how long it lasts."""
    title = re.sub(r"\s+[-–—|]\s+([A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+)?)\s*\([^()]{1,40}\)$",
                   lambda m: "" if m.group(1).lower() in city_names(unambiguous=True) else m.group(), title)
    shift = re.search(r"\s*\(([^()]*)\)$", title)  # "Shiftleader Fulfilment (avondploeg)", "(Burnaby Hub)"
    if shift and _site_or_shift(shift.group(1)) and has_job_noun(title[:shift.start()]):
        title = title[:shift.start()]
    # "(Hamburg, hybrid)", "(Hybrid - Bengaluru)", "[Kraków / hybrid]"; not the stack "(C# / F#)" or "(Mobile)"
    bracket = re.search(r"\s*(?:\(([^()]*)\)|\[([^\[\]]*)\])$", title)
    inside = re.sub(r"(?i)\b(days?|hours?|hrs?)\s?/\s?(week|wk)\b", r"\1 a \2",  # ("3 days/week" is one part)
                    (bracket.group(1) or bracket.group(2) or "") if bracket else "")
    parts = [part.strip().lower() for part in re.split(r"[,/·|]|\s[-–]\s|\s(?:or|and|oder|ou|o)\s", inside)]
    beside_terms = any(_only_terms(part) for part in parts)  # a country beside terms: "(Remote - US)", not "(Brazil)"
    if bracket and all(_only_terms(part) or part in city_names(unambiguous=True) or
                       beside_terms and (part in region_or_country_names() or _LENGTH.fullmatch(part) or
                                        re.fullmatch(r"\d\s?days? (?:a|per) week", part)) or
                       part == "fast"  # Norwegian and Danish "permanent": "(fast, 100 %)"
                       for part in parts if part) or \
            bracket and len([p for p in parts if p]) >= 2 and place_with_terms(bracket.group(1) or bracket.group(2)) and \
            any(part in region_or_country_names() for part in parts) and \
            any(part in city_names() for part in parts):  # a city beside its country: "(Cambridge, UK)", not "(ML, UK)"
        title = title[:bracket.start()]
    title = re.sub(r"\s*\([^()]*(?:[$€£¥₹]\s?\d|\d\s?[kK]\s?[-–]\s?\d|\d\s?[-–]\s?\d+\s?[kK]\b)[^()]*\)", "", title)  # pay: "($150K–$175K)"
    for _ in range(2):  # "(January – June 2027)", "(2027 Start)", ", summer 2027 (12 weeks)"
        period = re.search(r"\s*\(([^()]*)\)$|,\s*([^,()]*)$", title)
        if not period or not _PERIOD.search(period.group(1) or period.group(2)) or has_job_noun(period.group()):
            break
        title = title[:period.start()]
    return title


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
                   r"Hardware|Gaming|Audit|Tax|Treasury|Legal|Actuarial|Underwriting|Claims|Reserving|Valuations?|"
                   r"Litigation|Sanctions|Regulatory|Governance|Investments|Insurance|Reinsurance|Custody|Derivatives|"
                   # ... and German compounds of a field: "– Marktpreisrisiken", "– Bankenaufsicht", "– Steuerberatung"
                   r"[A-ZÄÖÜ][a-zäöüß]{3,}(?:risiken|prüfung|aufsicht|management|analyse|entwicklung|steuerung|"
                   r"beratung|controlling|planung|forschung|technik|recht|vertrieb|einkauf|buchhaltung|wesen)|"
                   # ... and Romance languages' fields: "– Bioinformática", "– Génomique", "– Robotique", "– Biología"
                   r"[A-ZÀ-Ý][a-zà-ÿ]*(?:ología|ologia|ologie|ómica|omique|física|química|ingeniería)|"
                   r"Bioinformática|Bioinformatique|Robotique|Statistique|Matemática|Mathématiques)")


def _field_word(word: str) -> bool:
    """'Forecasting', 'Payments': a team or field; 'Reading', 'Beijing' are places."""
    return bool(re.fullmatch(_SPECIALISATION, word)) and word.lower() not in city_names() \
        and word.lower() not in region_or_country_names()


# Pay or hours in a headline: "$45-60/hr", "~20 hrs/week", "€70k", "80%"; not "5G Core" or "Spring Boot 3"
_PAY_OR_HOURS = re.compile(r"[$€£¥₹]|\d\s*(?:k\b|%|hrs?\b|hours?\b|h/|std\.?\s*/|stunden\b|uur\b|heures\b|horas\b|"
                           r"/\s?(?:hr|h|hour|day|month|year|yr)\b)|\d[.,]\d{3}", re.IGNORECASE)


def _only_terms(text: str) -> bool:
    """'Full-time remote', 'freelance/contract', 'Remote (EU)', 'Mission freelance': terms and nothing
    else ('Remote Sensing' is more)."""
    return bool(TERMS.search(text)) and \
        not re.search(r"\b(?!and\b|only\b|or\b|mission\b|initial\b)[^\W\d_]{3,}",
                      re.sub(r"\d+[- ](?:months?|weeks?|years?)\b|\d\s?days?\s?(?:/|a|per)\s?week", "", TERMS.sub("", text).lower()))
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
                                r"(?<!youth )(?<!football )(?<!sales )(?<!graduate )(?<!coding )(?<!tech )(?<!talent )"
                                r"(?<!leadership )(?<!digital )(?<!data )academy|"
                                r"(?:primary|secondary|high|middle|grammar|independent|international) school|"
                                r"client|stiftung|fondation|hospital|campus|nhs(?: foundation)? trust|"
                                r"(?:aaa|indie|mobile|games?|game development|vfx|animation) studio)\s*$",
                                re.IGNORECASE)  # (the site: "– Horton General Hospital"; a school: "– Roundhay Vale Academy")
# ... or which of its games or projects: "– Unannounced AAA Project", "– Open World", "– Live Game", "– New IP"
_PROJECT = re.compile(r"(?:unannounced|secret|aaa|f2p)\s+(?:[\w-]+\s+)?(?:project|ip|game|title)s?|"
                      r"(?:new|upcoming|next|live|mobile|multiplayer|open[- ]world)\s+(?:[\w-]+\s+)?(?:game|ip)s?|open[- ]world",
                      re.IGNORECASE)  # (not a team: "Project Manager – New Projects", "Editor – New Titles")


def place_with_terms(text: str) -> bool:
    """'Berlin', 'Texas Remote', 'Remote (Germany)', 'Ontario, Canada': places, with terms or not."""
    # (with a district's number: "Paris 11e", "Wien 1010")
    parts = [re.sub(r"\s+(?:\d{1,2}(?:e|er|ème|eme)|(?!(?:19|20)\d\d$)\d{4,5})$", "", p.strip())
             for p in re.split(r"[,()/·]", TERMS.sub("", text))]
    parts = [p for p in parts if p]
    places = [p.lower() in city_names() or p.lower() in region_or_country_names() for p in parts]
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
    return bool(_SALES_JOB.search(head) and (_TERRITORY.fullmatch(after.strip()) or _REGION_FIRST.fullmatch(after.strip())))


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
def looks_like_title(text: str, prose: bool = False) -> bool:
    text = _GENDER.sub("", text).strip()
    # (a dash and the commonest little words of French, Italian, Spanish and Portuguese are not counted: "Assegno di
    # ricerca – Deep learning per la segmentazione di immagini TC")
    words = [w for w in text.split() if not re.fullmatch(r"[-–—]|di|per|la|le|de|del|della|des|du|en|et|y|e", w)]
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
    return not prose or bool(re.fullmatch(JOB_NOUN, last) or re.fullmatch(r"[a-z+#./-]{1,12}", last)
                             and re.search(rf"\b{JOB_NOUN}\b", text, re.IGNORECASE))


def _pipe_titles(stated: dict[str, Any], gazetteer: Gazetteer | None = None) -> list[str]:
    parts, titles = stated.get("pipe", []), []
    for index, part in enumerate(parts):
        if has_job_noun(part) and not re.search(r"https?://|\$|€|£", part):
            after = parts[index + 1] if index + 1 < len(parts) else ""
            if stated.get("dashed") and _specialisation(after, gazetteer):
                part = f"{part} – {after}"
            titles.append(part)
    return titles


TERMS = re.compile(r"\b(?:remote|hybrid|on-?site|full[- ]?time|part[- ]?time|permanent|(?:contract|temp)[- ]to[- ](?:hire|perm)|"
                    r"c2h|contract|freelance|temporary|fixed[- ]term|(?:inside|outside) ir35|term[- ]time(?: only)?|"
                    r"(?:maternity|paternity|parental|adoption|sickness|holiday|long[- ]term)(?: leave)? cover|w-?2|corp[- ]to[- ]corp|1099|zzp|fixed[- ]price|"
                    r"vollzeit|teilzeit|festanstellung|unbefristet|befristet|cdi|cdd|heltid|deltid|vikariat|"
                    r"tiempo completo|jornada completa|tempo integral|tempo pieno|voltijd|deeltijd|h[íi]brido|remoto|"
                    r"presencial)\b", re.IGNORECASE)


def _specialisation(part: str, gazetteer: Gazetteer | None) -> bool:
    """'Payments Platform' after 'Engineering Manager –': the team or field, part of the title;
    not a place, pay, terms, a link or a company's legal name."""
    # (without a reference, or terms, pay or hours in brackets after it: "Genomic Data Pipelines (6-month contract)")
    stripped = re.sub(r"\s*\(([^()]*)\)$", lambda m: "" if _only_terms(m.group(1)) or _PAY_OR_HOURS.search(m.group(1))
                      else m.group(), _REFERENCE_AT_END.sub("", part)).strip()
    bare = _GENDER.sub("", stripped).strip()
    words = bare.split()
    if not words or len(words) > 4 or (len(words) < 2 and bare == stripped and not _field_word(bare)):
        # one word could be the company, unless it names a field ('Forecasting', not 'Beijing');
        # a gender marker after it says it is the title's
        return False
    if re.search(r"\d|[$€£@,/]|https?://", bare) or TERMS.search(bare) or re.search(rf"\s{LEGAL}$", bare):
        return False
    if find_countries(bare) or (gazetteer and (gazetteer.cities.get(bare.lower()) or find_cities(bare, gazetteer, True))):
        return False
    return True
