import pytest

from jobboard.model import Salary
from jobboard.salary import find_salary


@pytest.mark.parametrize("text, expected", [
    ("€75.000 - 100.000/year + ESOP", Salary(75000, 100000, "EUR", "year")),
    ("Salary: $175k-$225k", Salary(175000, 225000, "USD", "year")),
    ("£45,000 per annum", Salary(45000, 45000, "GBP", "year")),
    ("80.000 € – 100.000 € pro Jahr", Salary(80000, 100000, "EUR", "year")),
    ("Gehalt: CHF 120'000 – 140'000", Salary(120000, 140000, "CHF", "year")),
    ("Rate: $60/hour on W2", Salary(60, 60, "USD", "hour")),
    ("Salary: up to 90k EUR", Salary(None, 90000, "EUR", "year")),
    ("Vergütung: €4.500 brutto/Monat", Salary(4500, 4500, "EUR", "month")),
    ("45–55k€ brut annuel", Salary(45000, 55000, "EUR", "year")),
    ("The salary range is 70000-90000 EUR.", Salary(70000, 90000, "EUR", "year")),
    ("Compensation: $150,000 – $185,000 USD + equity", Salary(150000, 185000, "USD", "year")),
    ("Salary: $140K/yr - $180K/yr", Salary(140000, 180000, "USD", "year")),  # LinkedIn's way
    ("Pay: €50/hr – €70/hr", Salary(50, 70, "EUR", "hour")),
    ("£400/day to £550/day outside IR35", Salary(400, 550, "GBP", "day")),
])
def test_salaries_in_every_common_form(text, expected):
    assert find_salary([text] if ":" in text else [], text, None) == expected


@pytest.mark.parametrize("text", [
    "We raised $25M in our Series B and hit €2M ARR.",
    "Our platform saves customers $50k+ a year in delay costs.",
    "An education budget of 2400 eur per year at your free disposal.",
    "Relocation support to Mannheim (up to 5.000 EUR).",
    "Competitive salary and a generous equity package.",
    "We have 401(k) matching.",
    "Flexible working hours between 07:00 - 20:00, teams of 4-10 people.",
    "You will need R 4.3 or later and Python 3.12 for our analysis pipeline.",
    "We store files in Cloudflare R2 and R 2 buckets.",
])
def test_money_that_is_not_pay_is_no_salary(text):
    assert find_salary([], text, "EUR") is None


def test_currency_comes_from_the_country_when_the_text_leaves_it_open():
    assert find_salary(["60.000 – 70.000 pro Jahr"], "", "EUR") == Salary(60000, 70000, "EUR", "year")


@pytest.mark.parametrize("text, currency, expected", [
    ("Salaire : 45K à 55K €", "EUR", Salary(45000, 55000, "EUR", "year")),
    ("Salaire entre 45 et 55 K€ brut annuel", "EUR", Salary(45000, 55000, "EUR", "year")),
    ("Salario: 35.000€ - 42.000€ Bruto/año", "EUR", Salary(35000, 42000, "EUR", "year")),
    ("RAL: 40.000 e 48.000 € + variabile", "EUR", Salary(40000, 48000, "EUR", "year")),
    ("Für diese Position gilt ein Mindestgehalt von € 3.400,- brutto pro Monat", "EUR",
     Salary(3400, None, "EUR", "month")),
    ("SALARY RANGE: $92,418 – $108,730 per annum", "CAD", Salary(92418, 108730, "CAD", "year")),  # Ottawa's $
    ("Salary: AUD $85,000 – $95,000 + super", None, Salary(85000, 95000, "AUD", "year")),  # the code names the $
    ("$120,000 - $140,000 CAD per year", "USD", Salary(120000, 140000, "CAD", "year")),
    ("Salary: R650k - R780k per annum", None, Salary(650000, 780000, "ZAR", "year")),  # South African rand
    ("Salary: 55-65k (Python/R 4+)", "EUR", Salary(55000, 65000, "EUR", "year")),  # R the language, not rand
    ("A salary of up to €80k + bonus, depending on your experience", "EUR", Salary(None, 80000, "EUR", "year")),
    ("Das Mindestgehalt laut IT-KV (ST1) beträgt EUR 3.450,00 brutto pro Monat; Überzahlung möglich.", "EUR",
     Salary(3450, None, "EUR", "month")),
    ("Lön: 55 000 – 65 000 kr i månaden", "SEK", Salary(55000, 65000, "SEK", "month")),
    ("Salário: R$ 16.000,00 a R$ 21.000,00 por mês (CLT)", None, Salary(16000, 21000, "BRL", "month")),
    ("Lön: 45 000–55 000 kr/mån", "NOK", Salary(45000, 55000, "NOK", "month")),
    ("Salary: $120k - $140k", "USD", Salary(120000, 140000, "USD", "year")),
    ("Een bruto maandloon tussen € 3.800 en € 4.600", "EUR", Salary(3800, 4600, "EUR", "month")),
    ("£ Up to £70,000 per annum + 10% bonus + benefits", "GBP", Salary(None, 70000, "GBP", "year")),
    ("₹ 18-25 Lacs P.A.", "INR", Salary(1_800_000, 2_500_000, "INR", "year")),
    ("年収 800万円〜1,200万円 (JPY 8M–12M / year, 12 monthly payments)", "JPY",
     Salary(8_000_000, 12_000_000, "JPY", "year")),
    ("mzdu 45 000 – 60 000 Kč hrubého měsíčně", "CZK", Salary(45000, 60000, "CZK", "month")),
    ("TJM : 550 à 650 € HT selon profil", "EUR", Salary(550, 650, "EUR", "day")),  # a freelancer's daily rate
    ("Gross salary of KES 280,000 – 380,000 per month", None, Salary(280000, 380000, "KES", "month")),
    ("KSh 280,000 - 380,000", None, Salary(280000, 380000, "KES", "month")),  # in shillings, that is a month's
    ("wynagrodzenie: B2B 21–27 tys. PLN netto + VAT lub UoP 17,5–22,5 tys. PLN brutto", "PLN",
     Salary(21000, 27000, "PLN", "month")),
    ("550 – 650 € / jour", "EUR", Salary(550, 650, "EUR", "day")),
])
def test_salary_in_other_languages_and_a_shared_currency_symbol(text, currency, expected):
    assert find_salary([], text, currency) == expected


def test_words_that_contain_a_pay_word_are_not_about_pay():
    text = ("Today more than 2,300 platforms rely on us, and we processed €9 billion in payments last year.\n"
            "- Base salary of €80,000 – €100,000, depending on experience")
    assert find_salary([], text, "EUR") == Salary(80000, 100000, "EUR", "year")


def test_a_job_sites_estimate_on_lines_of_its_own_is_no_salary():
    page = "Pay: Not provided by employer\n\n- Average base salary estimate\n- $130K /yr\n- $112K - $148K\n- Glassdoor est.\n"
    assert find_salary([], page, "USD") is None
    assert find_salary([], "Estimated start date: March\nSalary: €60,000 per year", "EUR") == \
        Salary(60000, 60000, "EUR", "year")


@pytest.mark.parametrize("text", [
    "On-target earnings (OTE) for this role are $160,000 – $190,000, split 50/50. The base salary range is "
    "$80,000 – $95,000.",
    "OTE $160k-190k (base $80k-95k)",
    "Base: $80k-95k, OTE: $160k-190k",
])
def test_the_base_pay_beats_on_target_earnings_that_include_commission(text):
    assert find_salary([], text, "USD") == Salary(80000, 95000, "USD", "year")
    assert find_salary([], "OTE: $150,000 with uncapped commission", "USD") == Salary(150000, 150000, "USD", "year")


def test_the_hiring_range_beats_the_whole_range_of_the_grade():
    text = ("Pay grade: IT Professional 3 (PS-13). Full salary range for this grade: $64,350 - $107,250 annually.\n"
            "Anticipated hiring range: $71,500 - $86,000 annually, commensurate with experience.")
    assert find_salary([], text, "USD") == Salary(71500, 86000, "USD", "year")


def test_a_labelled_amount_that_looks_like_a_year_and_a_number_too_long_to_be_pay():
    assert find_salary(["ab 2000 brutto monatlich"], "", "EUR") == Salary(2000, None, "EUR", "month")
    assert find_salary(["Salary: " + "9" * 400], "", "EUR") is None  # no OverflowError


@pytest.mark.parametrize("text, expected", [
    ("Salary: 80k pen testing budget included", None),  # "pen" is no Peruvian sol
    ("Salary: 4 500 - 6 000 PLN", Salary(4500, 6000, "PLN", "month")),
    ("Salary: NGN 250,000 - 400,000", Salary(250000, 400000, "NGN", "month")),
    ("₦6,000,000 per annum", Salary(6_000_000, 6_000_000, "NGN", "year")),
    ("Salary: INR 40,000 - 60,000", Salary(40000, 60000, "INR", "month")),
])
def test_pay_in_currencies_far_from_the_euro(text, expected):
    assert find_salary([], text, None) == expected


@pytest.mark.parametrize("text, default, expected", [
    # ten thousands (万, 萬, 만) and a million (triệu, juta), on one end or both
    ("연봉 5,000만원 ~ 7,000만원", None, Salary(50_000_000, 70_000_000, "KRW", "year")),
    ("연봉: 6000~8000만원", None, Salary(60_000_000, 80_000_000, "KRW", "year")),
    ("年薪 50-80万元", None, Salary(500_000, 800_000, "CNY", "year")),
    ("月給 30万円～45万円", None, Salary(300_000, 450_000, "JPY", "month")),
    ("Lương: 30 - 45 triệu VND", None, Salary(30_000_000, 45_000_000, "VND", "month")),
    ("gaji Rp 15 juta - 20 juta per bulan", None, Salary(15_000_000, 20_000_000, "IDR", "month")),
    # 元 and $ are the posting's country's: Taiwan's dollars, Chile's pesos when the code says so
    ("薪資：月薪 60,000~90,000 元", "TWD", Salary(60000, 90000, "TWD", "month")),
    ("年薪 NT$1,200,000 - 1,800,000", None, Salary(1_200_000, 1_800_000, "TWD", "year")),
    # ... or when the text names the currency: New Taiwan dollars, renminbi, Hong Kong dollars
    ("月薪：新台幣 70,000 – 105,000 元", None, Salary(70000, 105000, "TWD", "month")),
    ("月薪：新台幣 70,000 – 105,000 元", "CNY", Salary(70000, 105000, "TWD", "month")),
    ("薪资：人民币 20,000 - 30,000 元/月", "TWD", Salary(20000, 30000, "CNY", "month")),
    ("月薪 20,000 - 30,000 港元", None, Salary(20000, 30000, "HKD", "month")),
    ("Renta: $2.000.000 - $2.800.000 CLP líquidos", None, Salary(2_000_000, 2_800_000, "CLP", "month")),
    ("薪资：25k-40k·14薪", "CNY", Salary(25000, 40000, "CNY", "month")),
    # local symbols and words for pay and its period
    ("Maaş: 80.000 - 120.000 TL (net)", None, Salary(80000, 120000, "TRY", "month")),
    ("Зарплата: від 60 000 до 80 000 грн на місяць", None, Salary(60000, 80000, "UAH", "month")),
    ("Bruttó 900 000 - 1 200 000 Ft/hó", None, Salary(900_000, 1_200_000, "HUF", "month")),
    ("₪25,000-32,000", None, Salary(25000, 32000, "ILS", "month")),
    ("Salary: Rs. 12 - 18 LPA", None, Salary(1_200_000, 1_800_000, "INR", "year")),
    # a syllable of a word is no currency: 원 in 직원 (staff), 元 in 多元 (diverse)
    ("직원 3명, 지원 5000", None, None),
    ("多元 5000 团队", None, None),
])
def test_pay_written_in_asian_latin_american_and_eastern_european_ways(text, default, expected):
    assert find_salary([], text, default) == expected


def test_a_pay_sections_other_lines_are_read_one_by_one():
    # "timlön" (hourly pay) in the section does not make "75 anställda" (75 staff) or a date's year pay
    section = "Lönetyp: Fast månads- eller timlön\nSista dag att ansöka är 12 april 2026\nVi är 75 anställda."
    assert find_salary([section], "", "SEK") is None


@pytest.mark.parametrize("text, expected", [
    ("Зарплата: від 38 000 грн", Salary(38000, None, "UAH", "month")),  # "from"
    ("Salario: desde $25.000 MXN mensuales", Salary(25000, None, "MXN", "month")),
    ("Salaire : à partir de 45 000 € par an", Salary(45000, None, "EUR", "year")),
    ("待遇面議（經常性薪資達4萬元或以上）", Salary(40000, None, "CNY", "month")),  # "or more"
    ("연봉 5000만원 이상", Salary(50_000_000, None, "KRW", "year")),
    ("Salary: $100k+", Salary(100_000, None, "USD", "year")),
    ("Salary: $100k + bonus", Salary(100_000, 100_000, "USD", "year")),
    # millions, in a currency only; Nigeria's naira written N
    ("Package: R1.1m – R1.4m CTC p.a.", Salary(1_100_000, 1_400_000, "ZAR", "year")),
    ("We have 10M users and pay well", None),
    ("SALARY: N450,000 - N600,000 MONTHLY", Salary(450_000, 600_000, "NGN", "month")),
])
def test_minimums_millions_and_naira(text, expected):
    assert find_salary([], text, None) == expected


@pytest.mark.parametrize("text, default, expected", [
    # a million is pay only beside a currency worth far less than a euro: not funding, not "10M users"
    ("Backed by a $2.5m pre-seed, we offer a competitive salary", "USD", None),
    ("We have 1m users and pay a salary of £45k", "GBP", Salary(45000, 45000, "GBP", "year")),
    ("Pay: $22 - $25 M-F", "USD", Salary(22, 25, "USD", "hour")),  # Monday to Friday
    # currencies that are also words count only beside an amount
    ("Salary: 90-110k, reporting to the TL", "EUR", Salary(90000, 110000, "EUR", "year")),
    ("Salary: 60 000 - 75 000, Ft. Worth, TX", "USD", Salary(60000, 75000, "USD", "year")),  # (a pay field: the country's)
    # "+" is "or more" only where nothing else is added
    ("Salary: £60,000+benefits", "GBP", Salary(60000, 60000, "GBP", "year")),
    ("Salary: $100k+ per year", None, Salary(100_000, None, "USD", "year")),
    # a shared symbol's currency named by its code
    ("Salary: ¥15,000 - ¥25,000 RMB per month", None, Salary(15000, 25000, "CNY", "month")),
    ("Salary: Rs. 150,000 - 200,000 per month", "PKR", Salary(150_000, 200_000, "PKR", "month")),
    ("연봉 3천만원 ~ 4천만원", None, Salary(30_000_000, 40_000_000, "KRW", "year")),
])
def test_millions_words_and_plus_signs_that_are_not_pay(text, default, expected):
    assert find_salary([], text, default) == expected


def test_a_perk_in_a_pay_section_is_not_the_salary_but_a_salary_beside_equity_is():
    assert find_salary(["- Relocation package of €10,000\n- €60,000 - €70,000 a year"], "", "EUR") == \
        Salary(60000, 70000, "EUR", "year")
    assert find_salary(["- $140k – $180k salary plus 0.1% – 0.5% equity\n- Health"], "", "USD") == \
        Salary(140000, 180000, "USD", "year")


@pytest.mark.parametrize("text, default, expected", [
    ("Salary: ¥6M-¥9M", "JPY", Salary(6_000_000, 9_000_000, "JPY", "year")),  # millions in a range
    ("KRW 60M-80M", None, Salary(60_000_000, 80_000_000, "KRW", "year")),
    ("연봉 3천~5천만원", None, Salary(30_000_000, 50_000_000, "KRW", "year")),
    ("연봉 1억 2천만원", None, Salary(120_000_000, 120_000_000, "KRW", "year")),  # 억: a hundred million
    ("연봉 8천만원 ~ 1억원", None, Salary(80_000_000, 100_000_000, "KRW", "year")),
    ("Salary: $150,000+ (DOE)", "USD", Salary(150_000, None, "USD", "year")),
])
def test_millions_in_ranges_korean_units_and_or_more(text, default, expected):
    assert find_salary([], text, default) == expected


def test_a_pay_sections_salary_beside_bonus_or_equity_words_and_no_401k():
    assert find_salary(["Base pay range, not including bonus: $120,000 - $150,000\n- Health"], "", "USD") == \
        Salary(120_000, 150_000, "USD", "year")
    assert find_salary(["- Total compensation incl. equity: $180k-$220k\n- 401k"], "", "USD") == \
        Salary(180_000, 220_000, "USD", "year")


def test_a_range_whose_dash_and_symbol_a_file_lost_to_question_marks():
    # "₪ 32,000 – ₪ 42,000" saved where neither could be written (the file's other lost letters: "We?re")
    text = "We?re hiring.\n\nSalary: ? 32,000 ? 42,000 gross / month, depending on experience"
    assert find_salary([], text, "ILS") == Salary(32000, 42000, "ILS", "month")
    # ... only in a file that lost characters: elsewhere a "?" is a question's
    assert find_salary([], "Salary? 32,000 ? 42,000 gross / month", "ILS") is None
