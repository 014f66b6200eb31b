"""Find the technologies a posting names, as canonical tag keys from the vocabulary.

Word boundaries keep `Go` out of "go-to" and `R` out of "R&D"; names that are also ordinary words
(tags marked `ambiguous`) count only when capitalized and next to other technologies; broad topics
(tags marked `detect = false`) are never taken from prose.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .salary import CURRENCY_CODES
from .structure import is_lowercase, sentence_of
from .trie import trie_pattern
from .vocab import Vocabulary

_BEFORE = r"(?<![\w+#.\-@])"
# A hyphen may join a name to a German noun ("Linux-Grundkenntnisse", "REST-Schnittstellen", "CI/CD-Pipelines")
# or to a few English words ("Kafka-based"), but not to another word ("Go-to", "C-level")
_AFTER = (r"(?![\w+#@&]|\.\w|-(?!(?-i:[A-ZÄÖÜ][a-zäöüß])|(?:based|native|first|driven|powered|related|centric|like|compatible|"
          r"certified)\b|(?-i:[a-zäöüåæø]{3,}(?:en|ingen|heid|erne|kennis)\b))\w)")
_CONTEXT = re.compile(r"\b(?:languages?|frameworks?|programming|stack|developers?|engineers?|experience|"
                      r"knowledge|skills?|proficien\w*|familiar\w*|expertise)\b", re.IGNORECASE)
_NOT_TECH_BEFORE = re.compile(r"\b(?:series|plan|type|class|grade|vitamin|level|tier|round|key)\s+$", re.IGNORECASE)


@lru_cache(maxsize=8)
def _matcher(vocab: Vocabulary) -> tuple[re.Pattern, dict[str, str]]:
    spellings = {s: key for s, key in vocab.spellings().items() if vocab.tags[key].detect}
    return re.compile(f"{_BEFORE}(?:{trie_pattern(list(spellings))}){_AFTER}", re.IGNORECASE), spellings


# A technology ruled out: "no kubernetes, no microservices", "they are NOT on AWS", "not C++", "without Jira";
# "no" only in a list of them ("No C#, no web stuff"): Portuguese "no" is "in the" ("no Angular, TypeScript e RxJS")
_NEGATED = re.compile(r"(?:\b(?:not(?:\s+(?:on|using|use|in))?|without|kein\w*|ohne|sans)|n['’]t\s+use)\s+$", re.IGNORECASE)
_NO = re.compile(r"\bno\s+$", re.IGNORECASE)
# ... or after the name: "mit Google Cloud arbeiten wir nicht", "Perl is not used" (not "is not required": nice to have)
_NEGATED_AFTER = re.compile(r"\s+(?:(?:arbeiten|nutzen|verwenden)\s+wir\s+nicht(?!\s+nur)|is\s+not\s+used)\b", re.IGNORECASE)


def _negated(text: str, start: int, end: int) -> bool:
    if _NEGATED.search(text, max(0, start - 20), start) or _NEGATED_AFTER.match(text, end, end + 40):
        return True
    if not _NO.search(text, max(0, start - 4), start):
        return False
    return bool(re.match(r"\s*,\s*no\s", text[end:end + 8], re.IGNORECASE)
                or re.search(r"\bno\s+[^\s,]+(?:\s[^\s,]+)?,\s*no\s+$", text[max(0, start - 40):start], re.IGNORECASE))


def find_tags(text: str, vocab: Vocabulary) -> list[str]:
    """Canonical keys of the tags named in text, in order of first mention."""
    pattern, spellings = _matcher(vocab)
    lowercase = is_lowercase(text)  # a page without capitals: "elixir and phoenix, with liveview"
    found: dict[str, None] = {}
    doubted: dict[str, int] = {}  # how often an ambiguous name was judged no technology here
    for match in pattern.finditer(text):
        for start, spelling in _with_parts(match):
            key = _key_of(spelling, spellings)
            if not key or key in found or doubted.get(key, 0) >= 50:
                continue  # (fifty doubts are enough: a hostile text may repeat a name thousands of times)
            if vocab.tags[key].ambiguous and not _plausible(text, start, spelling, vocab, key, lowercase):
                doubted[key] = doubted.get(key, 0) + 1
                continue
            if not _negated(text, start, start + len(spelling)) and not _not_technology(text, start, spelling):
                found.setdefault(key)
    return list(found)


def _key_of(spelling: str, spellings: dict[str, str]) -> str | None:
    """The tag a spelling the matcher found names: "A/B-test" as "a/b test", "CI/CD" as written."""
    return spellings.get(" ".join(spelling.lower().replace("-", " ").split())) or \
        spellings.get(" ".join(spelling.lower().split()))


def _not_technology(text: str, start: int, spelling: str) -> bool:
    """A name that is something else here: a currency ('PHP 70,000') or Singapore's Annual Wage
    Supplement ('Annual Wage Supplement (AWS)', '1-month AWS')."""
    if spelling == "AWS" and (re.search(r"wage supplement\W{0,3}$", text[max(0, start - 30):start], re.IGNORECASE)
                              or re.search(r"\bmonths?'?\s*$", text[max(0, start - 12):start], re.IGNORECASE)
                              or re.match(r"\s*\(\s*13th\b", text[start + 3:start + 14], re.IGNORECASE)):  # "AWS (13th month)"
        return True
    if spelling.upper() == "QT" and re.match(r"\s*/\s*qtc|c\b|\s+(?:interval|prolongation|stud)", text[start + 2:start + 20],
                                             re.IGNORECASE):
        return True  # the heart's QT interval: "QT/QTc studies"
    if spelling.upper() == "SAST" and (re.search(r"(?:\d[:.h]\d\d|\d\s*[ap]\.?m\.?)\s*$", text[max(0, start - 12):start], re.I)
                                       or re.match(r"\s*(?:time\b|\(?(?:utc|gmt)\s*\+\s*2)", text[start + 4:start + 20], re.I)):
        return True  # South Africa's time: "core hours are 10:00–15:00 sast", "SAST (UTC+2)"
    if spelling.upper() == "GCP":
        return _good_clinical_practice(text, start)
    if spelling == "Epic":
        return not _health_record_system(text, start)
    return _a_currency(text, start, spelling)


# What is said around Epic, the health record system
_HEALTH_IT = re.compile(r"\b(?:ehr|emr|clarity|caboodle|cerner|ambulatory|cadence|beaker|willow|hospitals?|clinical|"
                        r"clinicians?|patients?|health\s?care|health system)\b", re.IGNORECASE)


def _health_record_system(text: str, start: int) -> bool:
    """Epic beside health IT words: the health record system, not the studio ("Epic's Unreal Engine") or a
    word ("an Epic Journey")."""
    around = text[max(0, start - 300):start + 300]
    return bool(_HEALTH_IT.search(around)) and not re.search(r"unreal|epic games|megagrant", around, re.IGNORECASE)


def _good_clinical_practice(text: str, start: int) -> bool:
    """'ICH-GCP', 'GCP/GMP', GCP beside clinical trials: Good Clinical Practice, not Google Cloud (which
    BigQuery, GKE, Terraform or another cloud beside it says GCP is)."""
    around = text[max(0, start - 300):start + 300]
    if re.search(r"\b(?:bigquery|gke|terraform|kubernetes|aws|azure|dataflow|cloud run|pub/?sub)\b", around,
                 re.IGNORECASE):
        return False
    return bool(re.search(r"\b(?:ICH|GMP|GLP|GxP)[\s/-]*$", text[max(0, start - 6):start], re.IGNORECASE)
                or re.match(r"[\s/-]*(?:GMP|GLP|GxP|guidelines?|regulations?)\b", text[start + 3:start + 20], re.IGNORECASE)
                or re.search(r"good clinical practice|clinical trials?|klinische[rn]? studien", around, re.IGNORECASE))


def _a_currency(text: str, start: int, spelling: str) -> bool:
    """'PHP 70,000 – 95,000 per month': the Philippine peso, not the language."""
    if spelling.upper() not in CURRENCY_CODES:
        return False
    end = start + len(spelling)
    return bool(re.match(r"\s?(?:\d{1,3}(?:[,.' ]\d{3})+|\d+(?:[.,]\d+)?\s?[kKmM]\b)", text[end:end + 20])
                or re.search(r"\d(?:[kK]|,\d{3})?\s?$", text[max(0, start - 8):start]))


def _with_parts(match: re.Match) -> list[tuple[int, str]]:
    """The match and, for a cloud's service ("AWS S3", "Azure Functions") or a framework's part
    ("Firebase Crashlytics", "Phoenix LiveView"), the cloud or framework too."""
    text = match.group()
    parts = [(match.start(), text)]
    cloud = re.match(r"(?:aws|amazon web services|azure|microsoft azure|google cloud|gcp|firebase|phoenix)\b", text,
                     re.IGNORECASE)
    if cloud and cloud.group() != text:
        parts.append((match.start(), cloud.group()))
    return parts


_STACK_LABEL = re.compile(r"\b(?:stack|skills|tech|tools|languages|technologies)\s*:", re.IGNORECASE)


def _listed_with_another(text: str, start: int, spelling: str, vocab: Vocabulary) -> bool:
    """Whether a name stands in a list beside another technology: "elixir + phoenix", "postgres,
    oban", "jest and playwright"; not "wants to go deep on elixir" (on a page without capitals,
    where the name's case cannot tell)."""
    end = start + len(spelling)
    window_start = max(0, start - 40)
    pattern, spellings = _matcher(vocab)
    line_start = text.rfind("\n", max(0, start - 200), start) + 1 or max(0, start - 200)
    listed = bool(_STACK_LABEL.search(text, line_start, start))  # "stack: go, rust, swift"
    for match in pattern.finditer(text[window_start:end + 40]):
        other = spellings.get(" ".join(match.group().lower().replace("-", " ").split()))
        if other is None or vocab.tags[other].ambiguous and not listed:
            continue  # "community outreach and networking": two ordinary words vouch for nothing
        gap = (text[window_start + match.end():start] if window_start + match.end() <= start
               else text[end:window_start + match.start()] if window_start + match.start() >= end else None)
        if gap is not None and re.fullmatch(r"\s*(?:[,+/&]|and|or)\s*", gap):
            return True
    return False


def _plausible(text: str, start: int, spelling: str, vocab: Vocabulary, key: str, lowercase: bool = False) -> bool:
    """An ambiguous name counts as a technology only when written as one (on a page without
    capitals, any way) and among technologies."""
    tag = vocab.tags[key]
    if " " in spelling.strip() and spelling.lower() == tag.name.lower() and (not tag.listed or spelling == tag.name):
        return True  # the whole product name: "HashiCorp Vault", "AWS Lambda" (a name of words as written: "Safe Pass")
    bare = spelling.lower() in (key, tag.name.lower()) or re.fullmatch(r"[a-z]{1,6}", spelling.lower())
    # written as a name: "Go", "GO", "Lambda" (of "AWS Lambda"), not "go" or "lambda"
    as_name = spelling[:1].isupper() and (len(spelling) == 1 or spelling[1:] == tag.name[1:] or spelling.isupper()
                                          or tag.name.endswith(" " + spelling) or tag.name.startswith(spelling + " "))
    # (and "Nozomi" of "Nozomi Networks")
    if bare and not as_name and not (lowercase and _listed_with_another(text, start, spelling, vocab)):
        return False
    if _NOT_TECH_BEFORE.search(text[max(0, start - 12):start]):
        return False
    if not bare:
        return True  # a longer spelling says it: "REST API", "RESTful", "R language"
    compound = _COMPOUND_AFTER.match(text, start + len(spelling))
    if compound and not vocab.canonical(compound.group(1)):
        return False  # the first word of another name
    window = text[max(0, start - 90): start + len(spelling) + 90]
    line = window.split("\n")
    near = next((l for l in line if spelling in l), window)
    if tag.listed:  # ... in its own clause: not "read Blueprints and schematics; experience with Procore"
        near = sentence_of(text, start, start + len(spelling))
    found = [m for m in _matcher(vocab)[0].finditer(near) if m.group() != spelling]
    others = [m for m in found if not vocab.tags[_key_of(m.group(), _matcher(vocab)[1]) or key].ambiguous]
    return bool(others) or (not tag.listed and bool(_CONTEXT.search(near))) or _listed_names(near, spelling, found)


# A word after an ambiguous name that makes it part of another: "Ray Tracing", "Ray marching" (not "ARM Cortex-M4",
# "Windows Server")
_COMPOUND_AFTER = re.compile(r"[ \t]+((?i:tracing|tracer|traced|marching|casting|regression|algebra|falls))\b")


def _listed_names(line: str, spelling: str, names: list[re.Match]) -> bool:
    """Whether this name stands in one list with two more written as names: "Coroutines and Flow, Room, Hilt,
    Retrofit" (three ambiguous names together are technologies; "Go" alone in a sentence is not), and the
    list is not of companies ("Trusted by teams at Stripe, Notion and Gong", "Alumni of Stripe, Gusto ...")."""
    def listed(start: int, end: int) -> bool:  # after a comma, "(" or "and" or "or" (in English, German, Dutch, French and
        # the Nordic languages), or before one of them
        return bool(re.search(r"(?:^|[,(/]|\b(?:and|or|en|und|oder|et|ou|og|och|eller))\s*$", line[max(0, start - 7):start])
                    or re.match(r"\s*(?:[,)/]|(?:and|or|en|und|oder|et|ou|og|och|eller)\b)", line[end:end + 7]))
    here = [m.start() for m in re.finditer(re.escape(spelling), line)]
    if not any(listed(start, start + len(spelling)) for start in here) or _COMPANIES_LISTED.search(line):
        return False
    return sum(1 for m in names if m.group()[:1].isupper() and listed(m.start(), m.end())) >= 2


_COMPANIES_LISTED = re.compile(r"\b(?:trusted by|customers (?:include|like|such as)|clients (?:include|like|such as)|alumni|"
                               r"teams at|companies (?:like|such as)|used by|backed by|investors|billing for|ex-|"
                               r"offices?(?=\s*:)|locations?(?=\s*:))\b", re.IGNORECASE)
