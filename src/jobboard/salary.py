"""Find the salary a posting states: `€75.000 - 100.000/year`, `$175k-$225k`, `CHF 120'000`, `$60/hour`.

Money that is not pay (funding rounds, revenue, budgets, savings) is skipped by looking at the
words around each amount; "competitive" or "negotiable" pay is no salary at all.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .model import Salary
from .structure import is_lowercase

_SYMBOLS = {"€": "EUR", "$": "USD", "£": "GBP", "¥": "JPY", "円": "JPY", "₹": "INR", "zł": "PLN", "kr": "SEK",
            "kč": "CZK", "R": "ZAR", "r": "ZAR", "₩": "KRW", "원": "KRW", "元": "CNY", "港元": "HKD", "₪": "ILS", "₺": "TRY", "tl": "TRY",
            "₴": "UAH", "грн": "UAH", "₽": "RUB", "руб": "RUB", "лв": "BGN", "ft": "HUF", "lei": "RON", "₱": "PHP",
            "₫": "VND", "฿": "THB", "rm": "MYR", "rp": "IDR", "rs": "INR",
            # (the CFA franc of West Africa unless the posting's country pays in Central Africa's: _SHARED_SYMBOLS)
            "fcfa": "XOF", "f cfa": "XOF", "cfa": "XOF"}
_CODES = ("EUR|USD|GBP|CHF|CAD|AUD|NZD|PLN|SEK|NOK|DKK|CZK|HUF|RON|INR|JPY|SGD|HKD|ILS|BRL|MXN|ZAR|AED|"
          "TRY|UAH|BGN")
# Codes that are also words ("pen testing", "PHP", "cop", "mad"): only in capitals
_UPPER_CODES = ("KES|NGN|GHS|EGP|MAD|KRW|CNY|RMB|TWD|PHP|IDR|MYR|THB|VND|PKR|COP|CLP|ARS|PEN|UYU|RUB|RSD|ISK|SAR|"
                "QAR|KWD|BHD|OMR|NIS|RWF|TZS|UGX|ZMW|AOA|XAF|XOF|TND|MZN|ETB|BWP|NAD|MWK|MUR|DZD|CDF")
CURRENCY_CODES = frozenset((_CODES + "|" + _UPPER_CODES).split("|"))
_WORDS = {"euro": "EUR", "euros": "EUR", "euroa": "EUR", "dollars": "USD", "pounds": "GBP", "franken": "CHF", "francs": "CHF"}
_PREFIXES = {"US$": "USD", "CA$": "CAD", "C$": "CAD", "A$": "AUD", "AU$": "AUD", "NZ$": "NZD", "S$": "SGD",
             "HK$": "HKD", "R$": "BRL", "NT$": "TWD", "KSh": "KES", "₦": "NGN", "N": "NGN", "RMB": "CNY",
             "NIS": "ILS", "TSh": "TZS", "USh": "UGX", "FRw": "RWF", "Kz": "AOA", "DT": "TND", "MT": "MZN",
             "MTn": "MZN"}
_PREFIXES_ANY_CASE = {prefix.upper(): code for prefix, code in _PREFIXES.items()}  # "a$150k" on a page in lower case
_CUR = (r"(?:US\$|CA\$|C\$|AU?\$|NZ\$|S\$|HK\$|R\$|NT\$|KSh|[€$£¥₹円₦₩₪₺₴₽₱₫฿]|(?<=[\d万萬만천])\s?(?:港?元|원)|zł|\bkr\b|Kč|\bгрн\b|\bруб|\bлв\b|\blei\b|"
        r"(?-i:\b(?:TL|Ft)\b|\b(?:RM|Rp|Rs)\.?(?=\s?\d))|"
        # Africa's: "TSh 2,800,000", "Kz 850.000", "2 800 DT", "1 200 000 FCFA", "MZN", "95.000 MT"
        r"(?-i:\b(?:TSh|USh|FRw|Kz)\.?(?=\s?\d)|(?:(?<=\d)|(?<=\d[ \u00a0\u202f]))(?:DT|MTn?|F\s?CFA|FCFA)\b|\bF?CFA\b)|(?-i:\bR)(?=\s?\d{3}\b|\s?\d[\d\s,.']*(?:\d{3}|[kKmM])\b)|(?-i:\br)(?=\d{1,3}[ ,]\d{3}\b)|(?-i:\bN)(?=\d{1,3}(?:,\d{3})+\b)|\b(?:" + _CODES + r")\b|(?-i:\b(?:" + _UPPER_CODES + r")\b)|\b(?:euro[sa]?|dollars|pounds|"
        r"franken|francs)\b)")
_NUM = (r"\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])|"  # India's lakh grouping: "₹70,00,000"
        r"\d{1,3}(?:[.,' ’\u202f\u00a0]\d{3})+(?:[.,]\d{1,2})?(?!\d)|\d+(?:[.,]\d{1,2})?(?![\d(])")
_AMOUNT = (rf"(?P<@c1>{_CUR})?\s?(?P<@num>{_NUM})\s?(?P<@k>[kK](?!\w)|TEUR|T€|tsd\.?|tys\.?|lacs?\b|lakhs?\b|lpa\b|천만|千万|[万萬만천千]|triệu|juta|(?<=\d)(?:mn|[mM])(?!\w|\s?[-–]\s?[A-Za-z]+\b|\s?/\s?(?![yY]|[aA]\b|annum|mo|month|monat|jahr|år)[A-Za-z]))?"
           rf"\s?(?P<@c2>{_CUR})?")
_UP_TO = r"up\s+to|max(?:imum)?|bis\s+zu|jusqu['’]à|hasta|fino\s+ad?|até|tot|upp\s+till|do"  # a maximum only (Polish "do")
_FROM = (r"from|starting\s+(?:at|from)|min(?:imum)?|ab|at\s+least|mindestens|mindestgehalt\s+von|minimum\s+(?:salary|pay)\s+of|"
         r"à\s+partir\s+de|a\s+partir\s+de|desde|vanaf|från|fra|od|від|от")
# ... or after it: "$100k+", "4萬元或以上", "5000만원 이상", "60,000 EUR or more"
_OR_MORE = re.compile(r"\+(?!\s*(?:\d|&|and\b|plus\b|bonus|benefits|equity|commission|stock|shares?|options?|rsus?|super|"
                      r"car\b|pension|allowance|ote\b|\w+\s+bonus))|\s*(?:或以上|及以上|以上|이상|起|or\s+(?:more|above)|and\s+above|und\s+mehr|ou\s+plus|"
                      r"o\s+más|ou\s+mais)", re.IGNORECASE)
# Words between a range's ends ("45K à 55K €"); with them, a lower second number is something else ("et 2 jours")
_AND = r"to|bis|and|und|à|et|a|e|y|en|tot|do|až|до|đến|și|şi|ja|til|till"  # (not "és", Catalan's "is")
_RANGE = re.compile(
    rf"(?P<qual>\b(?:{_UP_TO}|{_FROM})\s+(?:(?:gross|brutto|bruto|brut)\s+)?)?" + _AMOUNT.replace("@", "a") +
    # each end may carry its own period, as LinkedIn writes them: $140K/yr - $180K/yr
    r"(?:\s?/\s?(?:hr|hour|h|yr|year|y|annum|a|mo|mon|month|monat|day|d|jour|std|tag|jahr|maand|jaar|uur|mois|an|"
    r"mes|año|mese|anno|mies\.?|miesiąc|rok)\b\.?)?" +
    rf"(?:\s*(?:-|–|—|〜|～|~|至|{_AND})\s*" + _AMOUNT.replace("@", "b") + r")?", re.IGNORECASE)
_PERIODS = [
    ("hour", r"/\s?(?:h|hr|hour)\b|per\s+hour|an\s+hour|hourly|pro\s+stunde|stundensatz|/std|p/h\b|時給|時薪|시급"),
    ("day", r"/\s?(?:day|d|jour|j|dag)\b|per\s+day|a\s+day|daily|day\s+rate|pro\s+tag|tagessatz|par\s+jour|"
            r"por\s+d[íi]a|al\s+giorno|dagtarief|per\s+dag|日給|日薪|일급"),
    ("month", r"/\s?(?:month|mo|mon|monat)\b|per\s+month|a\s+month|monthly|pro\s+monat|im\s+monat|monatlich|"
              r"/\s?mtl|brutto\s*/\s*monat|mensuel|par\s+mois|/\s?mois\b|/\s?(?:mån|mnd|md|mies)\b|per\s+(?:månad|måned)|miesięcznie|"
              r"al\s+mes|mensual|por\s+m[êe]s|mensa(?:l|is)|/\s?m[êe]s\b|al\s+mese|mensile|per\s+maand|maandloon|"
              r"/\s?maand|m[ěe]s[íi][čc]n[ěe]|/\s?m[ěe]s[íi]c|"
              r"/\s?mies\.?|miesi[ęe]cznie|月給|月薪|/\s?月|월급|i\s+månaden|per\s+månad|/\s?hó\b|\bhavi\b|aylık|\blunar\b|"
              r"pe\s+lun[aă]|kuukaudessa|/\s?kk\b|/\s?tháng|mỗi\s+tháng|на\s+місяць|в\s+месяц|/\s?міс|/\s?мес|per\s+bulan|/\s?bulan"),
    ("year", r"/\s?(?:year|yr|y|annum|jahr|a)\b|per\s+(?:year|annum)|a\s+year|annual|annually|yearly|p\.?\s?a\.?(?!\w)|"
             r"pro\s+jahr|im\s+jahr|jährlich|brutto\s*/\s*jahr|annuel|\bote\b|\bbase\b|/\s?(?:år|año|anno|rok)\b|"
             r"per\s+år|\banual(?:es)?\b|por\s+ano\b|\bannu[oi]\b|rocznie|bruto\s*/\s*año|年収|年薪|/\s?年|연봉|per\s+jaar|"
             r"jaarsalaris|ro[čc]n[ěe]|yıllık|/\s?năm|на\s+рік|в\s+год|per\s+tahun"),
]
_PAY_WORDS = re.compile(r"salary|salaries|compensation|\bpay\b|paid|gehalt|vergütung|verdienst|entgelt|\bbase\b|\bbasic\b|"
                        r"\bbrut[oa]s?\b|\bral\b|salaris|maandloon|\bmzd[auy]\b|\bplat\b|wynagrodzenie|年収|月給|\bctc\b|"
                        r"\bote\b|\brates?\b|wage|income|brutto|gross|per\s+annum|p\.a\.|pro\s+jahr|/\s?(?:year|yr|hour|"
                        r"month)|(?:^|monthly|internship|intern)\W*stipend\s*:|salaire|sal[áa]rio|\bremunera|"
                        r"\branges?\b|\bbands?\b|package|\btc\b|total\s+comp|\btjm\b|tagessatz|dagtarief|薪|給与|연봉|월급|급여|maaş|ücret|salariu|"
                        r"lương|зарплат|заробітн|оклад|fizetés|sueldo|\brenta\b|lønn|løn\b|lön\b|palkka|gaji|"
                        # an intern's or working student's: "Gratification de 1 400 €", "Ayuda al estudio de 800 €"
                        r"gratification|ayuda al estudio|\bbeca\b|stagevergoeding|stundenlohn|"
                        r"(?:monthly|internship|intern)\s+stipend\s+(?:of|is)\b",
                        re.IGNORECASE)
# Sums a firm manages or turns over, not anyone's pay: "18 Md€ d'actifs sous gestion", "€14bn AUM", "3 Mrd. Euro"
_BIG_MONEY = (r"milliard\w*|miliard\w*|mil millones|\bmrd\b\.?|(?-i:\bMds?)\s?(?=€)|\baum\b|under management|"
              r"sous gestion|in gestione|bajo gesti[óo]n|verwaltete\w* verm[öo]gen")
# ... and a job site's own guess at the pay ("Gehaltsprognose von StepStone", "Glassdoor est.")
_FUNDING = re.compile(r"raised|raising|funding|series\s+[a-f]\b|seed\s+round|revenue|\barr\b|\bmrr\b|valuation|"
                      r"prognose|schätzung|estimated|\bestimate\b|\best\.|"
                      r"invest|turnover|umsatz|mio\.?|million|billion|\bbn\b|" + _BIG_MONEY, re.IGNORECASE)
_NOT_PAY = re.compile(r"budget|allowance|(?<!monthly )(?<!internship )(?<!intern )stipend(?!\s*:)|stipend(?!\s*:)(?!\s+(?:of|is)\b)|"
                      # (a stipend for a perk, even a monthly one: "A monthly stipend of €500 for coworking")
                      r"stipend\s+(?:of|is)\b[^;\n]{0,30}?\bfor\s+(?:your\s+|a\s+|the\s+)?(?:co-?working|home|"
                      r"internet|phone|mobile|wellness|well-?being|gym|equipment|books|commut|travel|lunch|meals)|"
                      r"fin d['’]ann[ée]e|saves?|saving|costs?|spend|turnover|umsatz|customers|"
                      r"relocation|signing|bonus|bónusz|bonusz|tulospalkkio|prémium|equity|worth|grant|prize|donat|volume|transactions|"
                      r"(?<!geographic )(?<!labor )(?<!labour )(?<!local )(?<!pay )market|mio\.?|"
                      r"million|billion|\bbn\b|" + _BIG_MONEY + r"|per\s+employee|discount|voucher|subsid|learning|training|"
                      r"conference|hardware|laptop|gym|lunch|meal|commut|ticket|deutschland-?ticket|"
                      r"\bmedian\b|\baverage\b|(?<!\()\bavg\b(?!\.?\s*[$€£¥₹\d])",  # a statistic about other people's pay
                      re.IGNORECASE)


# What a pay section's line may pay for besides the salary: "Relocation package of €10,000"
_PERK = re.compile(r"relocation|signing|budget|allowance|stipend|voucher|learning|training|conference|laptop|gym|lunch|"
                   r"meal|commut|ticket|discount|subsid", re.IGNORECASE)  # (a 401k is no amount at all: _salary)

_SALARY_WORD = re.compile(r"salary|\bbase\b|\bpay\b|compensation|gehalt|salaire|salario|sal[áa]rio|range|"
                          r"(?:^|monthly|internship|intern)\W*stipend\s*:|(?:monthly|internship|intern)\s+stipend\s+(?:of|is)\b",
                          re.IGNORECASE)  # (an intern's "Monthly stipend: €1,100", not "Home office stipend: $1,000")


def _perk_not_pay(words: str) -> bool:
    """Whether the words before an amount name a perk and no salary: "Relocation package of
    €10,000", "We pay a travel stipend: €100" (the verb "pay" names none), but not "Salary
    during training: £28,000" or an intern's "Monthly stipend: €1,100"."""
    return bool(_PERK.search(words)) and not any(
        not (salary.group().lower() == "pay" and re.search(r"\b(?:we|they|will|also|to|and)\s+$", words[:salary.start()], re.I))
        for salary in _SALARY_WORD.finditer(words))


# Japanese, Chinese and Korean name the period before the amount: 年収, 年薪, 연봉 (a year's), 月給, 月薪,
# 월급 (a month's), 日給, 時給, 時薪, 시급
_PERIOD_BEFORE = {"年収": "year", "年薪": "year", "연봉": "year", "月給": "month", "月薪": "month", "월급": "month",
                  "日給": "day", "日薪": "day", "時給": "hour", "時薪": "hour", "시급": "hour"}
_PERIOD_WORD_BEFORE = re.compile("|".join(_PERIOD_BEFORE))

# ... and in English, as an adjective: "Monthly salary of SGD 9,000", "Hourly rate: $40"
_PERIOD_ADJECTIVE = re.compile(r"\b(monthly|annual|yearly|hourly|daily)\s+(?:(?:base|gross|net|basic)\s+)?"
                               r"(?:salary|pay|rate|wage|stipend|compensation)\b[^\d]{0,12}$", re.IGNORECASE)
_ADJECTIVE_PERIODS = {"monthly": "month", "annual": "year", "yearly": "year", "hourly": "hour", "daily": "day"}
# A freelancer's daily rate named before the amount: "TJM : 550 à 650 € HT" (after it, "TJM possible" is another offer)
_DAY_RATE = re.compile(r"\btjm\b|taux journalier", re.IGNORECASE)

# A legal minimum stated before the amount, with more paid on top ("Überzahlung")
_MINIMUM = re.compile(r"mindestgehalt|mindestentgelt|kollektivvertrag|\bkv\b|minimum (?:gross |annual |monthly |base )?(?:salary|wage|pay)", re.IGNORECASE)
# ... not a pay said to be above it: "Well above the minimum monthly wage, we pay €2,800"
_ABOVE = re.compile(r"\b(?:above|over|beyond|exceed\w*|twice|double|über|oberhalb)(?:\s+(?:the|dem|den|das))?(?:\s+[\w-]+)?\s+$",
                    re.IGNORECASE)  # (and "well above the legal minimum wage")

# A job site's own estimate, labelled on a line of its own beside the numbers: "Average base salary estimate",
# "$112K - $148K", "Glassdoor est."
_ESTIMATE_LABEL = re.compile(r"[ \t#*-]*(?:[\w ]{0,40}\b(?:salary|pay|base|gehalt)\b[\w ]{0,20}\b(?:estimate|prognose|"
                             r"schätzung)|\w+(?: \w+)? est\.)[ \t]*$", re.IGNORECASE)


# (an amount of thousands, not "php 8")
_UPPER_CODE_BESIDE_AMOUNT = re.compile(rf"\b(?:{_UPPER_CODES.lower()})(?=\s?(?:\d{{1,3}}[,.' ]\d{{3}}|\d+\s?k\b|\d{{4}}))|"
                                       r"\b(?:r|rm)(?=\s?\d{1,3}[,. ]\d{3}\b)|"  # (the rand's and ringgit's, not "rm 1204")
                                       rf"(?:(?<=\d{{3}})|(?<=\dk))\s?(?:{_UPPER_CODES.lower()})\b"
                                       # (after the amount only before its period: not "1,500 php merchants")
                                       r"(?=\s*(?:/|per\b|a (?:month|year|day|week)\b|monthly|gross|net\b|[),.;]|$))",
                                       re.MULTILINE)


def find_salary(candidates: list[str], text: str, default_currency: str | None) -> Salary | None:
    """The first stated salary: first in the labelled candidates (a Salary: line), then in the text.
    The base pay rather than on-target earnings (base plus commission), and the hiring range rather
    than the grade's whole range, when the posting gives both."""
    if is_lowercase(text):  # "up to kes 210,000 a month": codes that are also words, beside an amount
        text = _UPPER_CODE_BESIDE_AMOUNT.sub(lambda m: m.group().upper(), text)
        candidates = [_UPPER_CODE_BESIDE_AMOUNT.sub(lambda m: m.group().upper(), c) for c in candidates]
    if "\ufffd" in text or any("\ufffd" in c for c in candidates):  # a file that lost its "€": "1.800 � - 2.400 �"
        text, candidates = _LOST_SYMBOL.sub("", text), [_LOST_SYMBOL.sub("", c) for c in candidates]
    if _LOST_TO_QUESTION_MARKS.search(text):  # ... or lost its "₪" and "–" to "?": "? 32,000 ? 42,000 gross / month"
        text, candidates = _lost_marks(text), [_lost_marks(c) for c in candidates]
    lines = text.split("\n")
    near_estimate = {n + step for n, line in enumerate(lines) if _ESTIMATE_LABEL.match(line) for step in range(-2, 3)}
    text = "\n".join(line for n, line in enumerate(lines) if n not in near_estimate)
    wider: list[Salary] = []  # on-target earnings and a grade's whole range seen, in order
    # a label's value is pay; each line of a pay section is about pay, but may be a perk's ("Relocation package of €10,000")
    lines = [(line, True, "\n" in candidate) for candidate in candidates for line in candidate.split("\n")]
    # (a line that a pay word labels is labelled too, when the shape did not know the label: "Remunera��o: 1.800 - 2.400")
    lines += [(line, bool(_PAY_LABEL.match(line)), False)
              for line in re.split(r"\n|(?<=[.;!?])(?<!tys\.)(?<!tsd\.)(?<!ca\.)(?<!Rs\.)\s+", text)]
    for line, labelled, perks_too in lines:
        salary = _from_line(line, default_currency, labelled, wider, perks_too)
        if salary and (not wider or _NARROWER.search(line)):
            return salary  # after a wider range, only the base or hiring range it names (not "deals up to $50k")
    # on-target earnings and their split: "$300K OTE, 50/50 split between base and commission" is a base of $150K
    if wider and (split := _OTE_SPLIT.search(text[:100_000])) and int(split.group(1)) + int(split.group(2)) == 100:
        share = int(split.group(1)) / 100
        return replace(wider[0], min=wider[0].min and round(wider[0].min * share),
                       max=wider[0].max and round(wider[0].max * share))
    return wider[0] if wider else None


# On-target earnings split between base and commission, base first: "OTE, 50/50 split", "OTE with a 60/40 base/variable split"
_OTE_SPLIT = re.compile(r"\b(?:OTE|on[- ]target earnings)\b[^.;\n]{0,30}?\b([1-9]\d)\s?/\s?([1-9]\d)\b"
                        r"(?=\s*(?:pay\s?mix|split\))|[^.;\n]{0,25}\b(?:base|fixed)\b[^.;\n]{0,15}\b(?:commission|variable|bonus)\b)",
                        re.IGNORECASE)  # (or a pay mix, or a split in brackets: "£100k OTE (50/50 split)")


# A field of pay: its label (a word of pay first) and a colon
_PAY_LABEL = re.compile(r"[ \t*•-]*(?:(?:salary|salaries|compensation|pay\b|gehalt|vergütung|entgelt|salaris|wynagrodzenie|"
                        r"salaire|sal[áa]rio|remunera|retribuci|retribuzione|\bral\b|sueldo|renta\b|lønn|lön|palkka|gaji|maaş|"
                        r"ücret)(?:(?!grade|band|level|scale|period|frequency|type|class|date|schedule|day)[^:\n\d]){0,20}:|"
                        r"(?-i:RAL)\s+(?=\d))",  # (Italy's gross annual pay without a colon: "RAL 38.000 – 44.000")
                        re.IGNORECASE)  # (not "Pay grade: IT Professional 3 (PS-13)")


# A currency's symbol a file lost, beside an amount: the posting's country's currency is taken then
_LOST_SYMBOL = re.compile(r"(?<=\d)[ \t]?\ufffd|\ufffd[ \t]?(?=\d)")
# A file that lost the characters it could not encode to "?": inside words ("We?re") or in runs ("???? ????")
_LOST_TO_QUESTION_MARKS = re.compile(r"[^\W\d_]\?[^\W\d_]|\?{3,}|\d[ \t]?\?[ \t]*[-–][ \t]*\d|\d[ \t]\?[ \t]\d")
# (and "22.000 ? – 26.000 ?", "38.000 ? 44.000 ?")


def _lost_marks(text: str) -> str:
    """A lost dash between two amounts made a dash again, a lost symbol before one dropped, and one
    after one: "42.000 ? - 50.000 ? brutos/a?o"."""
    text = re.sub(r"(?<=\d)[ \t]\?[ \t](?=(?:[$€£¥₹]|[A-Z]{1,2}\$)?\d)", " – ", text)  # (and "$95,000 ? $115,000")
    text = re.sub(r"(?<=\d)[ \t]\?(?=[ \t]*(?:[-–/]|$|[^\W\d_]))", "", text, flags=re.MULTILINE)
    return re.sub(r"(?:(?<=[\s:(])|^)\?[ \t]?(?=\d)", "", text, flags=re.MULTILINE)


# Pay that a posting's other range narrows: on-target earnings (base plus commission), a pay grade's
# whole range ("Full salary range for this grade: …", with "Anticipated hiring range: …" after it)
_NARROWED = re.compile(r"\bote\b|on[- ]target[- ]earnings|on[- ]target[- ]compensation|full (?:salary |pay )?range|"
                       r"range for (?:this|the) (?:grade|band|level)|(?:grade|band) range", re.IGNORECASE)
_NARROWER = re.compile(r"\bbase\b|\bbasic\b|fixed|grundgehalt|fixgehalt|\bfixe\b|hiring range|anticipated|starting",
                       re.IGNORECASE)


def _from_line(line: str, default_currency: str | None, labelled: bool, wider: list[Salary],
               perks_too: bool = False) -> Salary | None:
    line = line[:1000]  # pay is stated early in its sentence; hostile input can be a 100 KB line of numbers
    line = re.sub(r"(?<=\d),-(?=[\s.;)]|$)", "", line)  # Scandinavia's whole crowns: "kr 262,- til kr 305,-"
    line = _GRADE_NUMBER.sub(r"\g<grade>#", line)  # a pay grade's number is no amount: "Entgeltgruppe 11 TV-L",
    # "scp 25-28 (£32,076 - £35,235 fte)", "Grade 6 - £30,000"
    if "억" in line or "億" in line:
        line = _HUNDRED_MILLIONS.sub(_in_figures, line)  # "1억 2천만원" -> "120000000원"
    for count, match in enumerate(_RANGE.finditer(line)):
        if count == 20:
            break
        if line.startswith("%", match.end()) or line.startswith(" %", match.end()):
            continue  # "60 % paid by us": a share, not an amount
        if match.group().strip() == "1099":
            continue  # the US form of an independent contractor: "1099 contractor, paid $120–$150/hour"
        if not (match.group("ac1") or match.group("ac2") or match.group("bc1") or match.group("bc2")) \
                and _school_year(match.group().strip()):
            continue  # a school or academic year: "Per the 2025-2026 negotiated agreement"
        clause = _clause(line, match)
        before = line[max(0, match.start() - 40):match.start()].rsplit(",", 1)[-1]
        since = re.split(r"[;)]", before)[-1]  # ... within its clause: not "free lunch (daily) and €60,000"
        if _FUNDING.search(clause) or (not labelled and _NOT_PAY.search(clause)) or \
                (perks_too and _perk_not_pay(before)) or (not labelled and _perk_not_pay(since)):
            # (a perk's amount: "tickets restaurant (10 € per working day)")
            continue
        if not labelled and not match.group("bnum") and not _PAY_WORDS.search(line) and not _amount_alone(line, match):
            continue  # a single amount in prose counts only when the sentence is about pay (or the line is the amount)
        salary = _salary(match, line, default_currency, labelled)
        if salary and _NARROWED.search(clause):
            wider.append(salary)  # the base may follow: "OTE $160,000 – $190,000 … base salary $80,000 – $95,000"
        elif salary:
            return _with_maximum(_scale_top(salary, match, line), line, match.start(), _amount_end(match), default_currency)
    return None


# The next point of a pay scale, each with its currency before it: "€59,151 – €60,866 – €62,583 – … – €72,889"
_SCALE_POINT = re.compile(rf"[ \t]*[-–—](?:[ \t]*…[ \t]*[-–—])?[ \t]*(?P<cur>{_CUR})[ \t]?(?P<num>{_NUM})(?![\d.,]*[ \t]?%)",
                          re.IGNORECASE)
# ... and not the words after an amount that is something else: "– £65,000 OTE", "– 2,500,000 users"
_NOT_A_POINT = re.compile(r"[ \t]*(?:ote\b|on[- ]target|bonus|commission|users|hours|for\b|outside|inside)", re.IGNORECASE)


def _scale_top(salary: Salary, range_: re.Match, line: str) -> Salary:
    """A range that goes on, point by point, as a public pay scale's does: its last point is the top (two
    more points at least, each in the same currency and at most half again the one before)."""
    if salary.max is None or range_.group("bk") or not range_.group("ac1") or not range_.group("bc1"):
        return salary
    points, end = [salary.max], _amount_end(range_)
    for _ in range(30):  # (a scale has a few dozen points at most)
        point = _SCALE_POINT.match(line, end)
        if not point or point.group("cur").strip() != range_.group("bc1").strip() or _NOT_A_POINT.match(line, point.end()):
            break
        value = _number(point.group("num"), None)
        if value is None or not points[-1] < value <= points[-1] * 1.5:
            break
        points.append(value)
        end = point.end()
    return replace(salary, max=points[-1]) if len(points) >= 3 else salary


# A maximum the sentence gives later: "$89,480 with an annual step progression to a maximum of $114,382"
_MAXIMUM_OF = re.compile(r"[^.;\n]{0,60}?\b(?:to|up to|rising to|reaching) an? (?:maximum|max|top) of\s+")
# ... or the top of a range from its bottom: "ranges from $136,000/year in our lowest geographic market up to $262,000/year"
_UP_TO_AFTER_FROM = re.compile(r"[^.;\n$€£¥₹]{0,60}?\b(?:up )?to\s+")
# ... or the top of a scale: "BA Step 1 $62,150 through MA Step 1 $71,400"
_THROUGH = re.compile(r"\s+(?:through|thru)\s+(?:(?:[A-Z]{2,3}|(?i:step|level|grade|band|point|scale|class|lane|column))\s+"
                      r"(?:[\d#]{1,2}\s+)?){0,3}(?=[$€£¥₹])")  # (a step's number is "#" here: _GRADE_NUMBER)
# ... or its maximum after its minimum: "minimaal € 3.483 en maximaal € 5.288", "min. 4.000 € und max. 5.000 €"
_AND_MAXIMUM = re.compile(r"\s+(?:en|and|und|et|e|y|[-–])\s+(?:maximaal|maximum|max\.?|maximal|höchstens|máximo|massimo)\s+",
                          re.IGNORECASE)
# ... or another rate for the same work: "$85/hr on W2 (with benefits) or $95/hr C2C" (of the same currency and period)
_OR_ANOTHER = re.compile(r"[^.;\n$€£¥₹]{0,40}?\bor\s+")
# ... not of hours, a bonus or overtime: "$20 per hour, up to a maximum of 40 hours per week"
_NOT_THE_TOP = re.compile(r"bonus|overtime|commission|signing|allowance|hours|shift", re.IGNORECASE)


# A pay grade's number, of three digits at most, after its name: "Entgeltgruppe 11", "Besoldungsgruppe A 13", "Grade 5",
# "Band 6", "Step 1", "SCP 25-28" (not a scale's amounts: "Main Pay Scale 31,650 - 43,607", "Entry level 45,000")
_GRADE_NUMBER = re.compile(r"(?P<grade>\b(?:(?i:entgeltgruppe|besoldungsgruppe|eg|grade|step|band|level|stufe|scale|"
                           r"(?:spinal |pay )?point|schaal|trede|scp)|[EAW])\s?)\d{1,3}(?:\s?[-–]\s?\d{1,3})?+"
                           r"(?![\d.'’]|,\d{3}|\s?[kK]\b)")


def _school_year(amounts: str) -> bool:
    """Whether a range is years: a school year or an agreement's, "2025-2026", "2026/27", "2024-2027" (not "1995 - 2015"
    per month)."""
    years = re.fullmatch(r"((?:19|20)\d\d)\s?[-–/]\s?((?:19|20)?\d\d)", amounts)
    return bool(years) and 1 <= (int(years.group(2)[-2:]) - int(years.group(1))) % 100 <= 5


def _amount_alone(line: str, match: re.Match) -> bool:
    """Whether a list item is the amount and its period and nothing else: "• 17,50 € pro Stunde", "- $42/hour"
    (not "Die Tiefgarage kostet 9 € pro Stunde")."""
    if line[:match.start()].strip(" \t-*•·"):
        return False
    rest = re.sub(r"\b(?:brutto|gross)\b", "", line[_amount_end(match):], flags=re.IGNORECASE).strip(" \t.")
    if not rest:
        return _period(match.group()) is not None  # the period inside the amount: "$42/hour"
    # ... and what pay is said to be after a comma: "Up to AED 48,000 per month, all-inclusive (basic + housing), tax-free"
    head, comma, tail = rest.partition(",")
    if comma and _PAY_REMARK.match(tail):
        rest = head.strip(" \t.")
    return any(re.fullmatch(pattern, rest, re.IGNORECASE) for _, pattern in _PERIODS)


# What a remark after pay's period says of it (not a perk's "€500 per month, for your coworking space")
_PAY_REMARK = re.compile(r"\s*(?:all[- ]inclusive|tax[- ]free|net|gross|before tax|depending on (?:skills|experience)|doe|"
                         r"negotiable)\b", re.IGNORECASE)


def _with_maximum(salary: Salary, line: str, start: int, end: int, default_currency: str | None) -> Salary:
    if salary.min is None or salary.max is not None and salary.min != salary.max:
        return salary
    lead = _MAXIMUM_OF.match(line, end) or _OR_ANOTHER.match(line, end) or _THROUGH.match(line, end) or \
        _AND_MAXIMUM.match(line, end) or \
        (_UP_TO_AFTER_FROM.match(line, end) if re.search(r"\bfrom\W*$", line[max(0, start - 20):start], re.I)
         or re.match(r"from\b", line[start:], re.I) else None)
    top = _RANGE.match(line, lead.end()) if lead else None
    if not top or top.group("bnum") or not (top.group("ac1") or top.group("ac2")) or _NOT_THE_TOP.search(lead.group()) \
            or _NOT_THE_TOP.match(line, top.end()) or re.match(r"\s*hours?\b", line[top.end():top.end() + 10]) \
            or re.search(r"weekend|night|sunday|holiday|overtime|shift|\bote\b|on[- ]target|total comp|bonus",
                         line[top.end():top.end() + 30], re.IGNORECASE):
        return salary
    other = _salary(top, line, default_currency, True)
    if not other or other.currency != salary.currency or other.period != salary.period or not other.max:
        return salary
    if other.max < salary.min and lead.re is _OR_ANOTHER:
        return replace(salary, min=other.max)  # the lower rate second: "$95/hr C2C or $85/hr W2"
    return replace(salary, max=other.max) if other.max > salary.min else salary


# Where an amount's clause ends: "£70,000 + bonus", "€125.000 per year (plus 8% holiday allowance)"
_CLAUSE_ENDS = (",", ";", ")", " + ", " plus ", "(plus ", "(+")


# ... and where the words about its period do: a comma with a space (not the next amount's "$89,480"), not a bracket
# ("€50,000 (gross) per year")
_PERIOD_ENDS = (", ", ";", " + ", " plus ", "(plus ", "(+")


def _clause(line: str, match: re.Match) -> str:
    """The words around an amount, up to the nearest comma, semicolon or bracket on each side."""
    start = max(line.rfind(c, 0, match.start()) for c in ",;(")
    after = _amount_end(match)
    ends = [i for i in (line.find(c, after) for c in _CLAUSE_ENDS) if i != -1]
    return line[start + 1: min(ends) if ends else len(line)]


def _salary(match: re.Match, line: str, default_currency: str | None, labelled: bool) -> Salary | None:
    g = match.groupdict()
    token = g["ac1"] or g["ac2"] or g["bc1"] or g["bc2"] or _token_in(line)
    currency = _currency(token)
    shared = _SHARED_SYMBOLS.get(_token_key(token or "").lower(), ())
    if shared:
        code = re.search(rf"\b(?:{_CODES}|{_UPPER_CODES})\b", line) or \
            re.search(rf"\b(?i:{_CODES})\b", line[match.start():match.end() + 8])  # "$68,000–$82,000 cad", lower case
        named = _PREFIXES.get(code.group().strip(), code.group().strip().upper()) if code else None  # "RMB" is CNY
        if not named and (word := _CHINESE_NAMES.search(line, max(0, match.start() - 12), match.end() + 6)):
            named = _CHINESE_CODES[word.group()[0]]  # "月薪：新台幣 70,000 – 105,000 元"
        if named:  # "AUD $85,000 – $95,000", "$120,000 CAD"
            currency = named if named in shared else currency
        elif default_currency in shared:
            currency = default_currency  # "$" in an Ottawa posting is Canadian dollars, "kr" in Oslo Norwegian crowns
    if currency not in (None, "INR") and any(re.fullmatch(r"\d{1,2}(?:,\d{2})+,\d{3}", g[k] or "") for k in ("anum", "bnum")):
        return None  # "1,23,456 EUR": India's grouping beside another currency is a typo, not pay to guess
    if re.match(r"401\s?\(?k\b", line[match.start("anum"):match.start("anum") + 8], re.IGNORECASE):
        return None  # a US retirement plan, not $401,000
    low = _number(g["anum"], g["ak"])
    high = _number(g["bnum"], g["bk"]) if g["bnum"] else None
    if high is not None and g["ak"] in ("천", "千") and g["bk"] in ("천만", "千万"):
        low = _number(g["anum"], g["bk"])  # "3천~5천만원": both ends in ten millions
    if high is not None and g["bk"] and not g["ak"] and low is not None and high / 10 <= _number(g["anum"], g["bk"]) <= high:
        low = _number(g["anum"], g["bk"])  # 45–55k, 18-25 Lacs, 6000~8000만원: the multiplier belongs to both
    if low is None:
        return None
    if high is None and not any(g[k] for k in ("ac1", "ac2", "ak")) \
            and re.fullmatch(r"(?:19|20)\d\d", g["anum"]) and not _period(line[match.start():match.end() + 40]):
        return None  # a year: "€92k median salary (2026 pay report)"; not "ab 2000 brutto monatlich"
    if high is not None and high < low:
        if g["bk"] or not re.fullmatch(_AND, _separator(match), re.I):
            return None
        high = None  # "45 000 € et 2 jours de télétravail": the 2 is not pay
    if not (currency or g["ak"] or g["bk"] or (labelled and _PAY_WORDS.search(line))):
        return None  # a bare number is not money
    if any((g[k] or "").lower() in ("m", "mn") for k in ("ak", "bk")) and not (
            any(g[k] for k in ("ac1", "ac2", "bc1", "bc2")) and _PER_EURO.get(currency or "", 1) >= 15):
        return None  # "10M users", "a $2.5m pre-seed": a million is pay only beside a currency worth far less than a euro
    currency = currency or default_currency
    before = line[max(0, match.start() - 30):match.start()]
    named = _PERIOD_WORD_BEFORE.findall(before)
    ends = [i for c in _PERIOD_ENDS for i in [line.find(c, match.end(), match.end() + 40)] if i != -1]
    adjective = _PERIOD_ADJECTIVE.search(before)  # "Monthly salary of SGD 9,000 – 13,500, plus an annual bonus"
    period = (_PERIOD_BEFORE[named[-1]] if named else None) or \
        (_ADJECTIVE_PERIODS[adjective.group(1).lower()] if adjective else None) or \
        _period(line[match.start():min(ends) if ends else match.end() + 40]) or ("day" if _DAY_RATE.search(before) else None) or \
        _period(re.sub(r"\((?:plus|\+)[^()]*\)", " ", line)) or _guess_period(high or low, currency)  # (not a perk's
    # after it: "€60,000 (plus €300 monthly travel allowance)")
    if currency is None or period is None or not _plausible(high or low, period, currency):
        return None
    qualifier = re.sub(r"\s+(?:gross|brutto|bruto|brut)$", "", (g["qual"] or "").strip().lower())  # "from gross nok 532 200"
    if high is None and not qualifier and any(not _ABOVE.search(line, max(0, m.start() - 30), m.start())
                                              for m in _MINIMUM.finditer(line, 0, match.start())):
        return Salary(low, None, currency, period)  # Austria's "Mindestgehalt laut KV ... EUR 3.450,00": a minimum
    if high is None:
        if re.fullmatch(_UP_TO, qualifier):
            return Salary(None, low, currency, period)
        if qualifier or _OR_MORE.match(line, _amount_end(match)):
            return Salary(low, None, currency, period)
        return Salary(low, low, currency, period)
    return Salary(low, high, currency, period)


# Hundreds of millions in Korean and Japanese, with what follows them: "1억 2천만원", "1億2000万円"
_HUNDRED_MILLIONS = re.compile(r"(\d+(?:\.\d+)?)\s?[억億](?:\s?(\d[\d,]*)\s?(천만|千万|만|万|천|千)?)?")


def _in_figures(match: re.Match) -> str:
    total = float(match.group(1)) * 100_000_000
    if match.group(2):
        total += float(match.group(2).replace(",", "")) * _MULTIPLIERS.get(match.group(3) or "", 1)
    return str(int(total))


def _amount_end(match: re.Match) -> int:
    """Where the amounts end: the match may end with the space before " + bonus"."""
    return match.start() + len(match.group().rstrip())


def _separator(match: re.Match) -> str:
    """The text between a range's two amounts."""
    between = match.string[match.end("anum"):match.start("bnum")]
    return re.sub(_CUR, "", between, flags=re.IGNORECASE).strip()


def _number(text: str | None, thousands: str | None) -> int | float | None:
    if not text:
        return None
    if re.fullmatch(r"\d{1,2}(?:,\d{2})+,\d{3}", text):
        return int(text.replace(",", ""))  # "70,00,000": seventy lakh
    digits = re.sub(r"[.,' ’\u202f\u00a0](?=\d{3}(?:\D|$))", "", text)
    if len(digits) > 15:
        return None  # no pay; and a float of 400 nines is infinite
    value = float(digits.replace(",", "."))
    if thousands:  # k, T€, 千: thousands; lakh (India): a hundred thousand; 万, 萬, 만: ten thousand; triệu, juta: a million
        value *= 100_000 if thousands.lower()[:1] == "l" else _MULTIPLIERS.get(thousands.lower(), 1000)
    value = round(value, 2)
    return int(value) if value.is_integer() else value  # the cents of "$33.47 - $41.84 per hour" kept


_MULTIPLIERS = {"천만": 10_000_000, "千万": 10_000_000, "万": 10_000, "萬": 10_000, "만": 10_000, "천": 1000, "千": 1000, "triệu": 1_000_000, "juta": 1_000_000,
                "m": 1_000_000, "mn": 1_000_000}


def _currency(token: str | None) -> str | None:
    if not token:
        return None
    token = _token_key(token)
    return _PREFIXES.get(token) or _PREFIXES_ANY_CASE.get(token.upper()) or _SYMBOLS.get(token) \
        or _SYMBOLS.get(token.lower()) or _WORDS.get(token.lower()) or token.upper()


def _token_key(token: str) -> str:
    """A currency token as the tables spell it: "Rs." -> "Rs", "F\u00a0CFA" -> "F CFA"."""
    return re.sub(r"\s+", " ", token.strip().rstrip("."))


def _token_in(line: str) -> str | None:
    """The first currency the line names, not counting those that are also words ("TL", "Ft.", "lei")
    unless they stand beside an amount."""
    return next((m.group() for m in re.finditer(_CUR, line, re.IGNORECASE)
                 if m.group().strip().rstrip(".").lower() not in _WORD_LIKE), None)


_WORD_LIKE = {"tl", "ft", "lei", "rs", "rm", "rp"}


# Symbols several currencies write: the posting's country says which one it means
_SHARED_SYMBOLS = {"$": ("USD", "CAD", "AUD", "NZD", "SGD", "HKD", "TWD", "MXN", "ARS", "CLP", "COP", "UYU"),
                   "kr": ("SEK", "NOK", "DKK", "ISK"), "元": ("CNY", "TWD", "HKD"), "¥": ("JPY", "CNY"),
                   "rs": ("INR", "PKR"), "fcfa": ("XOF", "XAF"), "f cfa": ("XOF", "XAF"), "cfa": ("XOF", "XAF")}


# The currencies that write 元, by their names: 新台幣 (New Taiwan dollars), 人民币, 港幣
_CHINESE_NAMES = re.compile(r"新?[台臺]幣|新台币|人民[币幣]|港[币幣元]")
_CHINESE_CODES = {"新": "TWD", "台": "TWD", "臺": "TWD", "人": "CNY", "港": "HKD"}


# How many payments a year: "(14 x jährlich)", "× 14", not a period
_PAYMENTS = re.compile(r"\b1[2-5]\s*(?:x|×|mal)\s*(?:jährlich|im jahr|pro jahr|per year|a year|annually)", re.IGNORECASE)


def _period(text: str) -> str | None:
    """The period named first in text ("/ year, 12 monthly payments" is yearly pay)."""
    text = _PAYMENTS.sub("", text)
    found = [(match.start(), period) for period, pattern in _PERIODS
             for match in [re.search(pattern, text, re.IGNORECASE)] if match]
    return min(found)[1] if found else None


def _guess_period(amount: int, currency: str | None = None) -> str | None:
    """The period an amount without one most likely has. In a currency far from the euro, by its
    worth in euros, where a month's pay may be worth a few hundred ("21–27 tys. PLN",
    "KSh 80,000" are monthly)."""
    factor = _PER_EURO.get(currency or "", 1)
    if factor > 1:
        worth = amount / factor
        return "year" if worth >= 12000 else "month" if worth >= 150 else "hour" if worth >= 2 else None
    if amount >= 15000:
        return "year"
    if amount >= 1500:
        return "month"
    if 10 <= amount <= 300:
        return "hour"
    return None


# Roughly how many of a currency make a euro, for currencies far from it: pay of 8,000,000 yen a year is plausible
_PER_EURO = {"JPY": 160, "KRW": 1450, "INR": 90, "HUF": 400, "CZK": 25, "PLN": 4.3, "SEK": 11, "NOK": 11.5, "DKK": 7.5,
             "BRL": 6, "MXN": 20, "ZAR": 20, "TRY": 36, "UAH": 45, "RON": 5, "BGN": 2, "ILS": 4, "AED": 4, "HKD": 8.5,
             "CNY": 8, "ISK": 150, "RSD": 117, "PHP": 62, "IDR": 17000, "THB": 38, "VND": 27000, "NGN": 1700,
             "KES": 150, "GHS": 17, "EGP": 55, "MAD": 11, "TWD": 35, "MYR": 5, "PKR": 300, "COP": 4500, "CLP": 1000,
             "ARS": 1000, "PEN": 4, "UYU": 45, "RUB": 100, "SAR": 4, "QAR": 4, "RWF": 1500, "TZS": 2900, "UGX": 4000,
             "ZMW": 29, "AOA": 1000, "XAF": 656, "XOF": 656, "TND": 3.4, "MZN": 70, "ETB": 140, "BWP": 15, "NAD": 20,
             "MWK": 1900, "MUR": 50, "DZD": 145, "CDF": 3000}


def _plausible(amount: int, period: str, currency: str = "EUR") -> bool:
    factor = _PER_EURO.get(currency, 1)
    low, high = {"year": (5000, 3_000_000), "month": (400, 250_000), "day": (40, 10_000),
                 "hour": (5, 2000)}[period]
    if factor > 1:  # pay in a currency far from the euro may be worth less: "₦6,000,000 per annum"
        low = {"year": 1500, "month": 100, "day": 10, "hour": 1}[period]
    return low * factor <= amount <= high * factor
