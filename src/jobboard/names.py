"""A company's name in its forms: the legal name with its legal form, the brand a posting calls it by, and the
long name an organisation writes out once."""

from __future__ import annotations

import itertools
import re

from .vocab import country_names


LEGAL = (r"(?:GmbH(?: & Co\.? KG)?|gGmbH|AG|SE|B\.V\.?|BV|N\.V\.?|Ltd\.?|Limited|Inc\.?|Corp\.?|S\.L\.?|S\.A\.?|SAS|SARL|"
          r"LLC|Oyj?|AB|ASA|AS|A/S|ApS|KG|SL|SLU|S\.L\.U\.|[Ss]p\. z o\.o\.?|S\.r\.l\.?|Srl|S\.p\.A\.?|SpA|s\.r\.o\.?|a\.s\.?|"
          r"(?:Pvt|Pte|Pty|Co)\.?,? Ltd\.?|Sdn\.? Bhd\.?|Private Limited|K\.K\.|Lda\.?|Ltda\.?|UG|S\.A\. de C\.V\.|"
          r"S\.A\.S\.?|S\.R\.L\.?|SRL|LLP|PLC|plc|JSC|TNHH|Tbk|A\.Ş\.?|Ltd\. Şti\.?|ТОВ|ООО|ТзОВ|OÜ|"
          r"FZE|FZCO|FZ-LLC|FZ LLC|W\.L\.L\.?|WLL|S\.A\.E\.?|e\. ?V\.|Kft\.?|Zrt\.?|Nyrt\.?|d\.o\.o\.?|d\.d\.|"
          r"E?OOD|[EЕ]?ООД)")  # (the Gulf's free-zone and other forms, Egypt's, a German association's, Hungary's, the
# Western Balkans', Bulgaria's)
# Legal forms that are also words or abbreviations in prose ("a valid SIA licence", "Castlebar Co. Mayo"): only at the
# end of a name already found, or first for the Lithuanian one ("UAB Vinted")
_LEGAL_AT_NAMES_END = re.compile(r"(?<![\s,]),?\s+(?:UAB|SIA|ehf\.?|DAC|(?<![&+] )(?<!and )Co\.)$")
# ... and "SA" after a comma or a word of trade ("Banco X, SA", "Agro Sahel Export SA"), not South Australia's ("Cancer
# Council SA", "Wines of SA", "Relationships Australia SA")
_SA_AT_END = re.compile(r"(?<!\s),?\s+SA$")
_TRADE_BEFORE_SA = {"export", "exports", "import", "group", "groupe", "grupo", "holding", "holdings", "industries",
                    "industrias", "industrie", "banco", "banque", "distribution", "services", "servicios", "construction",
                    "construcciones", "transport", "transports", "transportes", "technologies", "engineering", "ingeniería",
                    "logistics", "logística", "logistique", "mining", "minera", "energy", "energía", "énergie", "pharma",
                    "trading", "partners", "international", "internacional", "assurances", "seguros", "finance",
                    "société", "compagnie", "sociedad", "compañía", "companhia", "energia", "transnational"}
# ... and what a firm of auditors, tax advisers or lawyers must add to its name: "Röhrig & Partner mbB
# Wirtschaftsprüfungsgesellschaft Steuerberatungsgesellschaft", "Van Dijk Brouwer Advocaten"
_PROFESSION_AT_NAMES_END = re.compile(r"(?<!\s)(?:,?\s+(?:PartG(?: mbB)?|mbB|Partnerschaft(?:sgesellschaft)?(?: mbB)?|"
                                      r"Wirtschaftsprüfungsgesellschaft|Steuerberatungsgesellschaft|"
                                      r"Rechtsanwaltsgesellschaft|Rechtsanwälte|Advocaten|Advocaten en Notarissen|"
                                      r"Avocats|Abogados|Avvocati))+$")
_LEGAL_AT_NAMES_START = re.compile(r"^UAB\s+(?=\S)")  # (not "AS Roma", "SIA Engineering Company")


def brand_name(company: str) -> str:
    """The name people use, without the legal form: 'Brezelwerk Software GmbH' -> 'Brezelwerk Software'.

    One employer then has one company page, however each posting spells its legal form.
    """
    name = re.sub(r"\s+(?:logo|careers|jobs|karriere)$", "", company.strip(), flags=re.IGNORECASE)  # "Helixa Bio logo"
    start = max(0, len(name) - 100)  # the end is all the rules look at: a hostile name may be long
    legal = (_LEGAL_AT_END_ANY_CASE if name.islower() else _LEGAL_AT_END).search(name, start) \
        or _LEGAL_AT_NAMES_END.search(name, start)  # ("kilele staffing solutions ltd" on a page without capitals)
    sa = None if legal else _SA_AT_END.search(name, start)
    before = name[:sa.start()].split() if sa else []
    if sa and (sa.group().startswith(",") or len(before) >= 2 and (before[-1].lower() in _TRADE_BEFORE_SA
                                                                    or before[0].lower() in _TRADE_BEFORE_SA)):
        legal = sa  # (not "Energy SA", one word of trade: South Australia's)
    name = name[:legal.start()] if legal else name
    profession = _PROFESSION_AT_NAMES_END.search(name, max(0, len(name) - 200))
    name = name[:profession.start()] if profession and profession.start() > 0 else name
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
    full = times_named(company, text, most=20)
    alone = times_named(words[0], text, most=20) - full
    legal = times_named(company, text, most=20, after=rf",?\s+{LEGAL}(?!\w)")
    # ... and the short name standing as one at least once ("About Halyard", "Halyard's"): not an adjective
    # ("Nordic Finance AB ... Nordic markets and Nordic regulation")
    named = times_named(words[0], text, most=1, after=r"['’]s\b|[ \t]*[.,;:!?)\n]")
    return words[0] if alone >= 2 and full == legal and named else company  # the full name only in a legal line


def full_name(company: str, text: str) -> str:
    """The name an organisation's every mention goes on with: 'Breisgau Institute for Sustainable Computing' for
    'Breisgau Institute', 'Centre for Data Science' (not 'Acme' of 'Acme for Good' said once beside 'Acme')."""
    text = text[:100_000]
    # ... or the name its short form stands after in brackets: "die aare rückversicherung ag (aare rück)"
    first = re.escape(company.split()[0]) if company.split() else ""
    spelled = re.search(rf"(?<![\w-])({first}(?: [\w&'’-]+){{1,5}}?)(?:,? {LEGAL})? \((?:the |die |der |la |le )?"
                        rf"{re.escape(company)}\)", text, re.IGNORECASE) if first else None
    if spelled and spelled.group(1).lower() != company.lower() \
            and not re.search(r"\b(?:and|its|affiliates?|subsidiar\w*|group companies)\b", spelled.group(1), re.IGNORECASE):
        return brand_name(spelled.group(1))
    mentions = times_named(company, text, most=20)
    if mentions < 2 or not ORGANISATION.fullmatch(company.split()[-1]):
        return company
    longer = re.findall(rf"(?<![\w-]){re.escape(company)}((?: (?:for|of|für|de|des|du|di|della|del|van|voor|on) (?:the )?"
                        rf"[A-Z][\w'’-]+(?: (?:and |& |of (?:the )?|for (?:the )?)?[A-Z][\w'’-]+){{0,4}}))", text)
    return company + longer[0] if len(longer) == mentions and len(set(longer)) == 1 else company


# The words of a legal name that a company drops in its own text ("Labs", "Software" or "Systems" is often
# the brand's own: "Brightmoor Labs")
_TRADE_WORD = re.compile(r"Financial|Finance|Group|Holdings?|International|Corporation|Company|Enterprises")
_LEGAL_AT_END = re.compile(rf"(?<![\s,]),?\s+{LEGAL}$")
_LEGAL_AT_END_ANY_CASE = re.compile(r"(?<![\s,]),?\s+(?:ltd\.?|limited|gmbh|inc\.?|llc|plc|pvt\.? ltd\.?|pty\.? ltd\.?|"
                                    r"s\.a\.|s\.l\.|b\.v\.|sp\. z o\.o\.|llp|sarl|s\.?r\.?l\.|s\.a\.s\.|lda\.?|kft\.?|"
                                    r"d\.o\.o\.|s\.r\.o\.|oy|bv|nv)$")  # (not "spa", "ag", "ab": words too)
_COUNTRY_AT_END = re.compile(r"(?<!\s)\s+(" + "|".join(sorted(map(re.escape, country_names()), key=len, reverse=True)) + r")$")
_NAME_LIKE_COUNTRIES = {"Chad", "Georgia", "Jordan", "Niger", "Guinea", "Mali"}
_LINKING_WORDS = {"of", "for", "in", "and", "&", "de", "du", "der", "di", "do", "da", "für", "pour", "para", "per", "voor",
                  "from", "the"}
ORGANISATION = re.compile(r"\b(?:institut\w*|universit\w*|office|agency|agentur|agence|agencia|cent(?:er|re|rum|ro)|"
                           r"council|foundation|stiftung|fondation|fundación|trust|authority|department|ministry|"
                           r"ministerium|minist[eè]re|laborator\w*|lab|hospital|klinikum|society|gesellschaft|"
                           r"soci[ée]t[ée]|association|verein|organi[sz]ation|college|school|hochschule|[ée]cole|"
                           r"museum|library|bibliothek|network|netzwerk|bureau|amt|service|services|commission|"
                           r"board|observatory|observatorium|polytechni\w*|politecni\w*|politechni\w*|"
                           # German compounds: "Bundesamt", "Bundesanstalt", "Landesbehörde", "Handelskammer"
                           r"\w{3,}(?:amt|anstalt|behörde|ministerium|kammer|verband|stiftung))\b",
                           re.IGNORECASE)


def times_named(name: str, text: str, joiners: str = "", most: int = 0, after: str = "") -> int:
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


def restore_from_addresses(text: str) -> str:
    """A name whose letters outside ASCII a file lost to "?" written with the letters its own web or e-mail address
    spells ("Bor?al Commerce" with borealcommerce.ca: "Boreal Commerce"), when the address spells it whole and most
    of its letters are still there (not "????", which could be anything)."""
    if not _LOST_IN_A_WORD.search(text):
        return text
    labels = {label.lower() for label in itertools.islice(_ADDRESS_LABEL.findall(text[:200_000]), 20)}
    if not labels:
        return text
    by_length: dict[int, list[str]] = {}
    for label in sorted(labels):
        by_length.setdefault(len(label), []).append(label)
    lines = text.split("\n")
    lost = [n for n, line in enumerate(lines[:5000]) if len(line) <= 1000 and _LOST_IN_A_WORD.search(line)]
    for n in lost[:300]:  # (a posting names itself near its top; a hostile text may lose thousands of letters)
        lines[n] = _line_with_letters(lines[n], by_length)
    return "\n".join(lines)


def _line_with_letters(line: str, by_length: dict[int, list[str]]) -> str:
    """line with each run of one to four words that spells a label but for its "?" written whole."""
    words = list(itertools.islice(re.finditer(r"[\w?]+", line), 300))
    spans = []
    for i in [i for i, word in enumerate(words) if "?" in word.group()][:20]:
        for first in range(max(0, i - 3), i + 1):
            for last in range(i, min(len(words), first + 4)):
                run = words[first:last + 1]
                if any(line[a.end():b.start()] not in (" ", "\t") for a, b in zip(run, run[1:])):
                    continue
                joined = "".join(word.group() for word in run).lower()
                label = next((label for label in by_length.get(len(joined), [])
                              if all(c in ("?", letter) for c, letter in zip(joined, label))), None)
                if label:
                    spans.append((run[0].start(), run[-1].end(), label))
    chosen: list[tuple[int, int, str]] = []  # the longest runs, none overlapping another
    for start, end, label in sorted(set(spans), key=lambda span: span[0] - span[1]):
        if all(end <= s or e <= start for s, e, _ in chosen):
            chosen.append((start, end, label))
    for start, end, label in sorted(chosen, reverse=True):  # (from the end, so the positions before stay)
        line = line[:start] + _with_letters(line[start:end], label) + line[end:]
    return line


def _with_letters(written: str, label: str) -> str:
    """written with each "?" the letter of label in its place (label has no spaces; written may), in the case of the
    letters beside it; written as it is when fewer than three in five of its letters are there."""
    marks = written.count("?")
    if not marks or marks > 0.4 * (len(written.replace(" ", "").replace("\t", ""))):
        return written
    letters, out = iter(label), []
    for char in written:
        if char in " \t":
            out.append(char)
        elif char == "?":
            letter, after = next(letters), written[len(out) + 1:len(out) + 2]
            capital = out and out[-1].isupper() and (after.isupper() or not after.isalpha())
            out.append(letter.upper() if capital else letter)  # "BOR?AL": "BOREAL"; "F?rs": "Förs"
        else:
            next(letters)
            out.append(char)
    return "".join(out)


_LOST_IN_A_WORD = re.compile(r"[^\W\d_]\?[^\W\d_]")
# The name in a web or e-mail address: "borealcommerce" in https://borealcommerce.ca/... or talents@borealcommerce.ca
_ADDRESS_LABEL = re.compile(r"(?:@|https?://(?:www\.)?)([a-z0-9]{4,40})\.[a-z]{2,}", re.IGNORECASE)
