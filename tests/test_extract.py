import pytest

from jobboard.conditions import find_apply, find_employment_type, find_equity, find_remote
from jobboard.companies import find_company
from jobboard.locations import find_places
from jobboard.titles import clean_title, find_title
from jobboard.structure import to_blocks


def title_of(text, stated=None):
    return find_title(stated or {}, {}, to_blocks(text), text)


def company_of(text, stated=None):
    return find_company(stated or {}, {}, to_blocks(text), text, excluded={"berlin", "python"})


def test_title_from_a_title_line_at_the_top():
    assert title_of("About the job\nCloud Back End Developer\n\nWould you like to join?") == "Cloud Back End Developer"


def test_title_from_prose():
    assert title_of("You will join us. As a Senior Backend Engineer, you will design systems.") == \
        "Senior Backend Engineer"
    assert title_of("We are looking for a Senior iOS Developer to join our app team.") == "Senior iOS Developer"
    assert title_of("Wir suchen ab sofort einen Java Entwickler (m/w/d) für unser Team in Köln.") == "Java Entwickler"


def test_no_title_from_fragments_or_section_names():
    assert title_of("## What you need to have\n\n- Strong infrastructure skills\n\nas a part of our team") is None
    assert title_of("We are looking for strong problem-solvers who can apply.") is None


def test_title_cleaning():
    assert clean_title("Senior Data Engineer (m/w/d)") == "Senior Data Engineer"
    assert clean_title(".NET Developer (C# / F#)") == ".NET Developer (C# / F#)"  # the stack says what the job is
    assert clean_title("Senior Kotlin Engineer at Quaywise") == "Senior Kotlin Engineer"
    assert clean_title("Senior Software Engineer C++ (w/m/d), 80–100 %") == "Senior Software Engineer C++"
    assert clean_title("Backend Engineer (Go)") == "Backend Engineer (Go)"


def test_company_from_patterns():
    assert company_of("If you want impact, at Choco, we are moving mountains. Here at Choco, we build.") == "Choco"
    assert company_of("Acme Robotics builds weeding robots.\n\nAcme Robotics is an equal employer.") == \
        "Acme Robotics"
    assert company_of("x", {"company": "Stated GmbH"}) == "Stated GmbH"


def test_company_named_with_a_note_in_brackets():
    assert company_of("Acme Robotics (YC W21) is hiring engineers in Berlin.") == "Acme Robotics"
    assert company_of("TL;DR: Kumo Labs (クモラボ株式会社) is hiring a backend engineer.") == "Kumo Labs"
    assert company_of("ok so here's the deal.\n\nwe're Mõisa Labs (mõisa = \"manor\" in estonian). we make software.") \
        == "Mõisa Labs"


def test_company_of_a_recruiter_posting_is_unknown():
    assert company_of("We are seeking a developer for our client's head office. Our client offers a lot.") is None


def test_company_is_never_guessed_from_generic_words():
    assert company_of("At the moment we work in Berlin. Join the team! About us: we code.") is None


@pytest.mark.parametrize("name", ["Scale AI", "The Trade Desk", "Home Depot", "First Street", "Core Scientific",
                                  "Level AI", "Work & Co"])
def test_a_company_may_start_with_an_ordinary_word(name):
    assert company_of(f"Senior Backend Engineer at {name}\n\nAt {name} we build data products.") == name


def test_a_remote_mode_or_a_job_sites_menu_under_the_title_is_not_the_company():
    for line in ("Remoto", "Vacatures zoeken", "Híbrido"):
        text = f"Pessoa Engenheira de Software Backend\n{line}\n\nDescrição da vaga\n\nSomos uma fintech.\n"
        assert find_company({}, {}, to_blocks(text), text, set(), "Pessoa Engenheira de Software Backend") is None


def test_a_long_name_under_the_title_counts_when_the_text_writes_it_again_as_a_subject():
    header = "Integration Developer\nHealth New Zealand – Te Whatu Ora\nData and Digital – Integration Services\n\n"
    text = header + "Kia ora! Health New Zealand – Te Whatu Ora is responsible for running hospitals.\n"
    assert find_company({}, {}, to_blocks(text), text, set(), "Integration Developer") == "Health New Zealand – Te Whatu Ora"
    # six words written once are a tagline, not a name
    text = "Integration Developer\nBuilding Better Care For Every Patient\n\nWe run hospitals.\n"
    assert find_company({}, {}, to_blocks(text), text, set(), "Integration Developer") is None


@pytest.mark.parametrize("phrase", ["Remote First", "Home Office", "The Team", "Work From Home", "Our Client",
                                    "Remote Engineering Team"])
def test_a_phrase_of_ordinary_words_is_not_a_company(phrase):
    assert company_of(f"Senior Backend Engineer at {phrase}\n\nAt {phrase} we build data products.") is None


def test_remote_modes():
    assert find_remote({}, {}, "Enjoy a Hybrid working model.", True) == "hybrid"
    assert find_remote({}, {}, "This is a fully remote role, work from anywhere.", False) == "remote"
    assert find_remote({}, {}, "office in Berlin - or work from home, just talk to us", True) == "hybrid"
    assert find_remote({}, {}, "Relocation for employees who do not want to work remotely", True) is None
    assert find_remote({}, {}, "làm việc onsite 100% (ko hybrid nha mn)", True) == "onsite"  # Vietnamese "not"
    assert find_remote({}, {}, "Trabajo 100% presencial, sin modalidad híbrida", True) == "onsite"
    assert find_remote({}, {}, "Die Stelle ist vor Ort; Homeoffice ist nicht vorgesehen.", True) == "onsite"
    assert find_remote({"pipe": ["ONSITE"]}, {}, "", True) == "onsite"
    assert find_remote({}, {"location": ["München, Germany — 2 days/week in office"]}, "", True) == "hybrid"
    assert find_remote({}, {}, "You will join us 3x per week on-site in Lisbon.", True) == "hybrid"
    assert find_remote({}, {}, "We work 2-3 days a week in the office and the rest from home.", True) == "hybrid"
    for remote in ("This role is fully remote. Twice a year the team meets for 3 days in person in Lisbon.",
                   "This position is fully remote; you join us for 2 days on-site each quarter.",
                   "Remote (EU). Onboarding: your first 2 days in office in Berlin."):
        assert find_remote({}, {}, remote, False) == "remote", remote
    assert find_remote({}, {}, "Du arbeitest 2 Tage pro Woche im Büro.", True) == "hybrid"
    assert find_remote({}, {}, "Work 5 days a week from our office in Paris.", True) == "onsite"


def test_equity_but_not_diversity_equity_and_inclusion():
    assert find_equity("€75.000 - 100.000/year + ESOP")
    assert find_equity("Virtual shares (VSOP) for everyone")
    assert not find_equity("We value diversity, equity and inclusion and pay equity.")
    assert not find_equity("a passionate team that shares the same values")


def test_employment_type_only_when_clear():
    assert find_employment_type({}, {}, "This is a full-time position.") == "full-time"
    assert find_employment_type({}, {}, "Vollzeit, unbefristet") == "full-time"
    assert find_employment_type({}, {}, "full or part-time permanent employment") is None
    assert find_employment_type({"type": "Contract"}, {}, "") == "contract"


def test_apply_link_and_email():
    sections = {"link to apply": "https://www.wonder.me/jobs#job-575435", "contact": "Telegram: https://findgeek.me"}
    assert find_apply({}, {}, sections, "") == ("https://www.wonder.me/jobs#job-575435", None)
    assert find_apply({}, {}, {"contact": "Mail: ferenc@choco.com"}, "") == (None, "ferenc@choco.com")
    assert find_apply({}, {}, {}, "Please send your CV to jobs@acme.io.") == (None, "jobs@acme.io")


def test_company_names_lose_their_legal_form():
    from jobboard.names import brand_name
    assert brand_name("Brezelwerk Software GmbH") == "Brezelwerk Software"
    assert brand_name("Wawelsoft Sp. z o.o.") == "Wawelsoft"
    assert brand_name("Acme, Inc.") == "Acme"
    assert brand_name("Northwind Grid B.V.") == "Northwind Grid"
    assert brand_name("AG") == "AG"
    assert brand_name("Lumo Games A.Ş.") == "Lumo Games"
    assert brand_name("Acme Sdn Bhd") == "Acme"


def test_a_subsidiarys_country_leaves_the_name_but_a_countrys_name_in_a_brand_stays():
    from jobboard.names import brand_name
    assert brand_name("Kanro Semiconductor Việt Nam") == "Kanro Semiconductor"
    assert brand_name("NovaPay Singapore Pte Ltd") == "NovaPay"
    assert brand_name("Air France") == "Air France"
    assert brand_name("Bank of Ireland") == "Bank of Ireland"


def test_labels_in_other_languages_and_after_an_emoji():
    from jobboard.shapes import labelled_lines
    labels = labelled_lines("🏢 Công ty: Kanro Semiconductor (công ty 100% vốn Nhật)\n📍 Địa điểm: Quận 7, TP.HCM\n"
                            "💰 Lương: 35 - 70 triệu GROSS/tháng\n会社名：株式会社テスト\n근무지: 서울\nŞirket: Lumo Games\n"
                            "Employeur : Institut du climat (IRSC), unité mixte de recherche")
    assert labels["company"] == ["Kanro Semiconductor (công ty 100% vốn Nhật)", "株式会社テスト", "Lumo Games",
                                 "Institut du climat (IRSC), unité mixte de recherche"]
    assert labels["location"] == ["Quận 7, TP.HCM", "서울"]
    assert labels["salary"] == ["35 - 70 triệu GROSS/tháng"]
    # a labelled company is the name, without what the label line says of it
    assert find_company({}, labels, [], "", set()) == "Kanro Semiconductor"
    assert find_company({}, {"company": ["Institut du climat (IRSC), unité mixte de recherche"]}, [], "", set()) == \
        "Institut du climat"
    assert find_company({}, {"company": ["Smith, Jones & Co"]}, [], "", set()) == "Smith, Jones & Co"


def shaped_title_of(text):
    from jobboard.places import load_gazetteer
    from jobboard.shapes import read_shape
    raw = read_shape(text, "posting.txt")
    return find_title(raw.stated, raw.labelled, to_blocks(raw.text), raw.text, load_gazetteer())


def test_title_below_a_job_sites_navigation():
    page = ("Welcome to the Jungle\nTrouver un job\nTrouver une entreprise\nSe connecter\n\nPelagon\n"
            "Product Manager (H/F)\n\nCDI\nBordeaux\n\n## Le poste\n\nTu rejoins l'équipe produit.\n")
    assert title_of(page) == "Product Manager"
    page = "Murtaler Elektronik GmbH\nKarriereseite\nAlle Stellen\n\nIT-Systemadministrator (m/w/d)\nVollzeit · Graz\n"
    assert title_of(page) == "IT-Systemadministrator"  # a German compound ends in the job noun
    assert title_of("InfoJobs\nBuscar ofertas\n\nDesarrollador/a Frontend (React) - Híbrido Valencia\nNaranjo Digital\n") \
        == "Desarrollador/a Frontend (React)"


def test_a_specialisation_after_a_dash_belongs_to_the_title_but_a_place_or_terms_do_not():
    assert shaped_title_of("MACHINE LEARNING ENGINEER – VESSEL PERFORMANCE\nHELSINKI | FULL-TIME\n\nText.\n") == \
        "MACHINE LEARNING ENGINEER – VESSEL PERFORMANCE"
    assert shaped_title_of("engineering manager – payments platform (m/w/d)\nwertstrom gmbh · vienna\n") == \
        "engineering manager – payments platform"
    assert shaped_title_of("Senior Backend Engineer – New York – $150k\n\nText.\n") == "Senior Backend Engineer"
    assert shaped_title_of("Senior Backend Engineer – Full-time remote\n\nText.\n") == "Senior Backend Engineer"
    assert shaped_title_of("Senior Backend Engineer – HelloFresh\n\nText.\n") == "Senior Backend Engineer"
    assert clean_title("Senior Data Scientist – Forecasting") == "Senior Data Scientist – Forecasting"
    assert clean_title("Backend Engineer - Payments") == "Backend Engineer - Payments"
    assert clean_title("Backend Engineer - Reading") == clean_title("Backend Engineer - Beijing") == "Backend Engineer"


def test_hacker_news_thread_chrome_and_html_comments_are_not_the_posting():
    thread = ("Ask HN: Who is hiring? (June 2025)\n | hide | past | favorite | 1,142 comments\n\n"
              "  astridhov 3 days ago | parent | next | prev [–]\n\n"
              "Vinterlys | Senior Site Reliability Engineer | Oslo, Norway | ONSITE\n\nWe run a platform.\n")
    assert shaped_title_of(thread) == "Senior Site Reliability Engineer"
    from jobboard.shapes import read_shape
    raw = read_shape(thread, "hn.txt")
    assert raw.stated["company"] == "Vinterlys" and "hide" not in raw.text and "Ask HN" not in raw.text
    raw = read_shape("<!-- careers/jobs/writer.md — edit via PR -->\n# Technical Writer\n\nText.\n", "writer.md")
    assert "<!--" not in raw.text and shaped_title_of(raw.text) == "Technical Writer"


def test_a_copied_pages_similar_jobs_are_cut_off():
    from jobboard.shapes import read_shape
    body = "Frontend Developer\n\n" + "We build things in Valencia.\n" * 20
    raw = read_shape(body + "\nOfertas similares\nDesarrollador/a Full Stack - Alicante - 30.000€\n", "a.txt")
    assert raw.text == body
    raw = read_shape(body + "\nSimilar Jobs (3)\nQA Engineer - Austin, TX\n", "b.txt")
    assert raw.text == body
    for heading in ("Check similar offers", "Podobne oferty", "Bekijk ook", "Podobné nabídky", "**Replies (12)**"):
        raw = read_shape(body + f"\n{heading}\nSenior QA Engineer – Kraków – Hybrid\n", "d.txt")
        assert raw.text == body, heading
    early = "Similar jobs\n\n" + body  # in the first part of the text: not a page's tail
    assert read_shape(early, "c.txt").text == early


def test_title_from_an_e_mails_subject_and_a_pdfs_form():
    assert clean_title("Subject: Fwd: Senior Salesforce Developer | Amsterdam | €70-85k") == "Senior Salesforce Developer"
    assert clean_title("AW: WG: Backend Entwickler (m/w/d)") == "Backend Entwickler"
    from jobboard.shapes import labelled_lines
    form = ("POSITION TITLE:      Senior Business Intelligence Devel-\n                     oper\n"
            "DEPARTMENT:          Information Technology – Data &\n                     Analytics\n"
            "LOCATION:            Ottawa, Ontario (Hybrid)\n")
    labels = labelled_lines(form)
    assert labels["title"] == ["Senior Business Intelligence Developer"]
    assert labels["location"] == ["Ottawa, Ontario (Hybrid)"]


def test_company_from_other_languages_and_page_headers():
    assert company_of("Chez Pelagon, on digitalise le transport. Tu rejoins l'équipe. Pelagon recrute.") == "Pelagon"
    assert company_of("En Naranjo Digital somos 45 personas. Naranjo Digital trabaja con React.") == "Naranjo Digital"
    assert company_of("## About Saltmarsh\n\nSaltmarsh Energy runs batteries. Saltmarsh Energy Ltd is registered.") == \
        "Saltmarsh Energy"
    assert company_of("MACHINE LEARNING ENGINEER\nHELSINKI, FINLAND | FULL-TIME | HYBRID\n\nAt Kuura we build "
                      "software. Kuura is 45 people.") == "Kuura"
    assert find_company({}, {"company": ["Brennerweg Mobility GmbH (Direktkunde)"]}, [], "", set()) == \
        "Brennerweg Mobility GmbH"


def places_of(text):
    from jobboard.places import load_gazetteer
    from jobboard.shapes import read_shape
    raw = read_shape(text, "posting.txt")
    cities, country = find_places(raw.stated, raw.labelled, {}, raw.text, load_gazetteer())
    return [c.name for c in cities], country


def test_the_place_line_of_a_copied_pages_header_beats_cities_in_the_prose():
    header = "Data Scientist\nDepartment: Data\nPorto, Porto, Portugal\n\nOur HQ is in Lisbon; the data team's office is in Porto.\n"
    assert places_of(header) == (["Porto"], "PT")
    byline = ("Senior Mobile Engineer (Flutter) – 80–100 %\nRheinknie Health AG · Basel · Hybrid · Festanstellung\n\n"
              "Our headquarters are in Basel and a small sales office in Zürich.\n")
    assert places_of(byline) == (["Basel"], "CH")  # not Mobile (Alabama) from the title, nor the sales office
    assert places_of("Sales Engineer\n\nSede: Milano (MI) – modalità ibrida\n\nUffici a Milano e Bologna.\n") == \
        (["Milan"], "IT")


def test_remote_mode_in_other_languages_and_in_name_and_value_lines():
    assert find_remote({}, {"location": ["Valencia (Valencia/València) | Híbrido"]}, "", True) == "hybrid"
    assert find_remote({}, {}, "Sede: Milano (MI) – modalità ibrida", True) == "hybrid"
    assert find_remote({}, {"location": ["München, 60 % remote"]}, "", True) == "hybrid"
    assert find_remote({}, {"location": ["Madrid · Teletrabajo"]}, "", True) == "remote"
    assert find_remote({}, {"location": ["Lyon · Présentiel"]}, "", True) == "onsite"
    assert find_remote({}, {}, "Trabajo presencial en nuestra oficina del centro de Valencia.", True) == "onsite"
    from jobboard.shapes import labelled_lines
    for line, mode in (("Operating mode: Office", "onsite"), ("Workplace type: Hybrid", "hybrid"),
                       ("Work arrangement: Remote", "remote")):
        assert find_remote({}, labelled_lines(line), "", True) == mode
    sidebar = "New York\nVisa Sponsorship\nNot Available\nRemote Work Policy\nIn office\n"
    assert find_remote({}, {}, "", True, [sidebar]) == "onsite"  # the label is not the value


def test_a_negated_list_of_modes_is_not_the_mode():
    text = ("This position is on-site at our head office. We are not offering remote or hybrid work for this role "
            "at this time.")
    assert find_remote({}, {}, text, True) == "onsite"
    assert find_remote({}, {}, "No dress code and hybrid work.", True) == "hybrid"


def test_a_job_done_at_an_office_or_remotely_is_a_remote_job():
    assert find_remote({}, {"location": ["Warsaw (Mokotów) or remote within Poland"]}, "", True) == "remote"
    assert find_remote({"pipe": ["Senior Backend Engineer (Go)", "REMOTE (US/Canada) or ONSITE (NYC)"]}, {}, "", True) \
        == "remote"
    assert find_remote({}, {"location": ["Remote (2 days a month in the Berlin office)"]}, "", True) == "hybrid"


def test_an_office_role_and_a_remote_past_are_not_remote_jobs():
    assert find_remote({}, {}, "This is an office role in Kraków. We tried fully remote in 2021; it wasn't for us.",
                       True) == "onsite"
    assert find_remote({}, {}, "", True, ["Zürich (Oerlikon), **on-site**. This role is not remote, sorry."]) == \
        "onsite"


def test_a_boards_tag_before_the_title_is_not_part_of_it():
    assert clean_title("[Zürich] Embedded Rust Engineer") == "Embedded Rust Engineer"
    assert clean_title("[Remote] Senior Go Developer") == "Senior Go Developer"


def test_equity_as_warrants_but_not_employment_equity():
    assert find_equity("Everyone joins our employee warrant programme (teckningsoptioner).")
    assert find_equity("Benefits include an employee stock ownership plan.")
    assert not find_equity("Carling Hydro is committed to employment equity and to an inclusive workplace.")


def test_b2b_is_a_contract_only_as_one_and_a_cdi_is_full_time():
    assert find_employment_type({}, {}, "Umowa B2B lub umowa o pracę.") == "contract"
    assert find_employment_type({}, {}, "3 years as a Product Manager on a B2B product. CDI, Bordeaux.") == "full-time"


@pytest.mark.parametrize("line, title", [
    ("Apec - Offre d'emploi Développeur Full Stack Java / Angular H/F - Nantes", "Développeur Full Stack Java / Angular"),
    ("[Hiring] Backend Engineer (Rust) / バックエンドエンジニア（Rust）— Tokyo", "Backend Engineer (Rust)"),
    ("🚀 Vaga: Pessoa Desenvolvedora Back-end Pleno (Node.js)", "Pessoa Desenvolvedora Back-end Pleno (Node.js)"),
    ("We're hiring: a Senior Product Manager", "Senior Product Manager"),
    ("Technical Support Engineer (Remote)", "Technical Support Engineer"),
    ("React Native Developer - freelance/contract, ~20 hrs/week - $45-60/hr USD - Remote", "React Native Developer"),
    ("Senior Data Engineer (Databricks / Azure) – Freelance", "Senior Data Engineer (Databricks / Azure)"),
    ("Senior Backend Engineer at Quaywise (Hamburg, hybrid)", "Senior Backend Engineer"),
    ("Looking for a Founding Product Engineer. Details below 👇", "Founding Product Engineer"),
    ("Inżynier ds. Automatyzacji Testów", "Inżynier ds. Automatyzacji Testów"),
])
def test_what_announces_or_follows_a_title_is_not_part_of_it(line, title):
    assert clean_title(line) == title


@pytest.mark.parametrize("above", ["Aare Rück – Karriere", "Aare Rück | Careers", "Aare Rück Careers",
                                   "Aare Rück – Offres d'emploi", "Aare Rück – Werken bij"])
def test_a_careers_pages_name_is_not_part_of_its_employers(above):
    page = f"{above}\n\nSenior Aktuar (m/w/d)\n\nZürich · Hybrid\n\nWir suchen Verstärkung.\n"
    assert find_company({}, {}, to_blocks(page), page, set(), title_of(page)) == "Aare Rück"


def test_a_careers_pages_name_in_its_site_name_is_dropped_but_a_job_sites_name_is_no_employer():
    from jobboard.webpage import read_html
    page = ('<html><head><meta property="og:site_name" content="Hotel Gamsblick Karriereseite"></head>'
            "<body><h1>Rezeptionist (m/w/d)</h1><p>Wir suchen Verstärkung.</p></body></html>")
    assert read_html(page)[1]["company"] == "Hotel Gamsblick"
    page = "No Fluff Jobs\n\nInżynier ds. Testów\n\nGdańsk · Hybrydowo\n\nTestujemy systemy portowe.\n"
    assert find_company({}, {}, to_blocks(page), page, set(), title_of(page)) != "No Fluff"


def test_company_as_a_job_sites_header_shows_it_and_never_the_job_site():
    page = ("No Fluff Jobs\nOferty pracy   Firmy   Zaloguj\n\nInżynier ds. Automatyzacji Testów\nBursztyn Software\n"
            "Gdańsk  ·  Hybrydowo\n\n## O projekcie\n\nTestujemy systemy portowe.\n")
    title = title_of(page)
    assert title == "Inżynier ds. Automatyzacji Testów"
    assert find_company({}, {}, to_blocks(page), page, set(), title) == "Bursztyn Software"
    page = "Glassdoor\nCommunity   Jobs   Companies\n\nFront Range Dental Partners\n3.4 ★\nIT Support Specialist II\nDenver, CO\n"
    title = title_of(page)
    assert find_company({}, {}, to_blocks(page), page, set(), title) == "Front Range Dental Partners"
    assert find_company({"company": "SmartRecruiters"}, {}, [], "Lumora Pay Pte. Ltd. is hiring.", set()) != "SmartRecruiters"
    assert company_of("Odpovědět\n\nVrána Systems s.r.o. dodává software. Vrána Systems s.r.o. má 80 lidí.") == \
        "Vrána Systems s.r.o"


def test_remote_mode_is_not_read_from_negations_allowances_or_customer_visits():
    assert find_remote({}, {}, "Fully distributed. No offices, no \"remote-friendly\" asterisk. Anywhere in the World.",
                       False) == "remote"
    assert find_remote({}, {}, "Modelo: 100% remoto, de qualquer lugar do Brasil. Auxílio home office de R$ 150.",
                       True) == "remote"
    assert find_remote({}, {}, "Práce v kanceláři v Brně; home office na této pozici zatím nenabízíme.", True) == "onsite"
    assert find_remote({}, {}, "Expect to travel 30% of the time, mostly for onsite workshops.", True) is None
    assert find_remote({}, {}, "Gdańsk · Hybrydowo", True) == "hybrid"


def test_a_remote_job_keeps_the_offices_its_header_names_and_the_country_it_hires_in():
    assert places_of("Data Engineer (m/w/d)\nNordlicht GmbH\nBerlin, München, Homeoffice\n\nSie arbeiten in Berlin oder "
                     "München – oder zu 100 % remote von überall in Deutschland.\n")[0] == ["Berlin", "Munich"]
    from jobboard.locations import applicants_country
    assert applicants_country("100% remoto, de qualquer lugar do Brasil") == "BR"
    assert applicants_country("You can be based in Germany, remote.") == "DE"
    assert applicants_country("IMPORTANTE: solo freelancers residentes en México, necesitamos factura (CFDI).") == "MX"
    # several countries are no one country: a remote job across them has none (holdout6, holdout13, holdout15 labels)
    assert applicants_country("You can be based in Germany or Austria") is None


def test_the_headers_fuller_title_beats_a_job_sites_category_field():
    page = "Senior Data Engineer\nRetailNext Analytics Pvt. Ltd.\nBengaluru\n\n## Job description\n\nRole: Data Engineer\n"
    from jobboard.shapes import labelled_lines
    assert find_title({}, labelled_lines(page), to_blocks(page), page) == "Senior Data Engineer"
    assert clean_title("Senior Product Designer chez Maréa") == "Senior Product Designer"


def test_a_job_sites_estimate_is_not_the_employers_salary():
    from jobboard.salary import find_salary
    assert find_salary([], "Gehaltsprognose von StepStone: 58.500 € – 71.000 € / Jahr", "EUR") is None
    assert find_salary([], "$58K - $74K (Glassdoor est.)", "USD") is None


@pytest.mark.parametrize("line, title", [
    ("Vacatures > Medior Security Engineer", "Medior Security Engineer"),
    ("Home > IT & Telecoms jobs > Developer jobs in Leeds", None),  # a category page, not the job
    ("DevOps Engineer (Contract)", "DevOps Engineer"),
])
def test_breadcrumbs_and_terms_in_a_title(line, title):
    assert clean_title(line) == title


def test_more_company_and_pay_forms():
    assert company_of("🚀🚀 OPPORTUNITÀ 🚀🚀\n\nNavigli Tech cerca uno sviluppatore. Navigli Tech è a Milano.") == \
        "Navigli Tech"
    from jobboard.names import brand_name
    assert brand_name("Tramitia Soluciones Digitales SL") == "Tramitia Soluciones Digitales"
    from jobboard.salary import find_salary
    from jobboard.model import Salary
    assert find_salary([], "RAL FINO A 42K", "EUR") == Salary(None, 42000, "EUR", "year")
    assert find_remote({}, {"location": ["Valencia"]}, "Modalidad: solo teletrabajo desde España.", True) == "remote"


@pytest.mark.parametrize("text, currency, expected", [  # from a review of the new salary rules
    ("45 000 € et 2 jours de télétravail", "EUR", (45000, 45000, "EUR", "year")),
    ("35.000 € y 23 días de vacaciones", "EUR", (35000, 35000, "EUR", "year")),
    ("€5,000/month base + commission", "EUR", (5000, 5000, "EUR", "month")),
    ("$45/hr base + tips", "USD", (45, 45, "USD", "hour")),
    ("4.500 €/Monat, jährliche Gehaltserhöhung", "EUR", (4500, 4500, "EUR", "month")),
    ("€40/h, manual QA", "EUR", (40, 40, "EUR", "hour")),
    ("$150,000 USD per year", "CAD", (150000, 150000, "USD", "year")),  # a written code beats the country's $
])
def test_salary_rules_do_not_misread_ordinary_lines(text, currency, expected):
    from jobboard.salary import find_salary
    assert tuple(find_salary([text], "", currency).__dict__.values()) == expected


def test_rules_that_a_review_showed_misfiring():
    assert find_remote({}, {}, "Flexible hours, no dress code and hybrid working from our Leeds office.", True) == "hybrid"
    assert find_remote({}, {}, "You can work from home, but visa sponsorship is not available.", True) == "hybrid"
    assert find_employment_type({}, {}, "We focus on B2B payments. This is a full-time role.") == "full-time"
    assert find_employment_type({}, {}, "Experience with KYC/CDD checks. Full-time, permanent.") == "full-time"
    assert not find_equity("Escalate to the compliance team when the situation warrants.")
    for title in ("Principal – Data Scientist", "Engineer – Remote Sensing", "Senior Engineer - Onsite Support",
                  "“Senior” Engineer"):
        assert clean_title(title) == title
    assert company_of("Con Edison provides power to New York. Con Edison is hiring.") == "Con Edison"
    java = "You will maintain services in Java SE 17. Experience with Java SE is required."
    assert find_company({}, {}, to_blocks(java), java, excluded={"java"}) is None  # a technology (tag), not a company
    from jobboard.skills import find_tags
    from jobboard.vocab import load_vocabulary
    assert find_tags("Go-to-market with Python; report to C-level executives; a Swift-footed team", load_vocabulary()) \
        == ["python"]


def test_place_lines_do_not_take_words_that_are_also_towns():
    assert places_of("Senior iOS Engineer\nMobile Platform Team\n\nOur office is in Hamburg.\n") == (["Hamburg"], "DE")
    assert places_of("Solutions Engineer\nAustin, TX · Full-time\n\nOther jobs: Boston.\n")[0] == ["Austin"]


def test_the_place_in_a_long_line_of_facts_beats_towns_in_the_prose():
    text = ("Medior Security Engineer\nUtrecht  |  32 - 40 uur  |  HBO/WO  |  € 4.300 - € 6.100 bruto per maand\n\n"
            "Ruim 90 corporaties – van Groningen tot Maastricht – gebruiken ons platform. We werken vanuit Utrecht "
            "en Zwolle.\n")
    assert places_of(text) == (["Utrecht"], "NL")


def test_nordic_and_dutch_job_titles_and_location_labels():
    text = ("Inbyggd mjukvaruutvecklare\nNordvik Sensorik AB\nKommun: Göteborg\n\nOm jobbet\n\nVåra kunder finns i "
            "Umeå och Ulm.\n")
    assert title_of(text) == "Inbyggd mjukvaruutvecklare"
    assert places_of(text) == (["Gothenburg"], "SE")
    assert title_of("Senior softwareontwikkelaar\n\nWij zoeken versterking.\n") == "Senior softwareontwikkelaar"


def test_what_a_review_of_the_new_rules_showed_misfiring():
    for title in ("Product Manager - B2B Payments", "RF Engineer - 5G Core", "Service Desk Analyst – 1st Line",
                  "Java Developer - Spring Boot 3", "Senior Software Engineer (Mobile)", "Data Scientist (Remote Sensing)"):
        assert clean_title(title) == title
    assert clean_title("Software Engineer – Boeing") == "Software Engineer"  # a company, though it ends in -ing
    for text in ("The Client is a fast-growing fintech. The Client offers a bonus.",
                 "Languages: English is a must. Note: English is the working language.",
                 "The future of freight\n\nThe future of freight is here. We build it."):
        assert company_of(text) is None, text
    assert find_remote({}, {}, "We went fully remote in 2020 and never looked back.", True) == "remote"
    assert find_remote({}, {}, "You work no more than 2 days per week in the office.", True) == "hybrid"
    assert find_remote({}, {}, "Télétravail possible, avec une journée en présentiel par semaine.", True) == "hybrid"
    assert find_remote({}, {"location": ["Munich office (remote Fridays or by arrangement)"]}, "", True) == "hybrid"
    assert find_remote({}, {"remote": ["On-site (not remote or hybrid)"]}, "", True) == "onsite"


def test_yes_and_no_say_the_mode_only_in_a_field_about_remote_work():
    assert find_remote({}, {"remote": ["Yes"]}, "", True) == "remote"
    assert find_remote({}, {"location": ["Do you have experience in Node.js?", "Yes  No  Skip"]},
                       "This is a hybrid role: Tuesdays and Wednesdays in the Portland office.", True) == "hybrid"


def test_a_breadcrumb_with_other_arrows_and_a_logos_image_text():
    assert clean_title("Jobs › IT & Softwareentwicklung › DevOps Engineer") == "DevOps Engineer"
    from jobboard.names import brand_name
    assert brand_name("Helixa Bio logo") == "Helixa Bio"


def test_a_slack_messages_title_in_its_prose_and_not_its_bullet_about_the_team():
    text = ("#jobs-and-gigs\nPriya Natarajan  10:42 AM\nhey all :wave: we're hiring a *Senior iOS Engineer* at Tidewater "
            "(we make the tides app).\n*tl;dr*\n• fully remote, anywhere in the US or Canada\n• full-time, reporting to me "
            "(I lead mobile)\n")
    assert title_of(text) == "Senior iOS Engineer"
    assert title_of("Software Engineer I\n\nYou build things.\n") == "Software Engineer I"  # a level, not a pronoun


def test_a_remote_job_open_in_several_countries_has_none_for_a_person_to_choose():
    # (it is listed under review: three labelled sets, holdout6, holdout13 and holdout15, give such jobs no country)
    from jobboard.locations import applicants_country
    assert applicants_country("Fully remote, anywhere in the US or Canada. The team is spread out.") is None
    assert applicants_country("Fully remote, anywhere in the US. The team is spread out.") == "US"
    assert applicants_country("Remote, but you must be based in Germany.") == "DE"


def test_the_company_a_pages_title_names_after_at():
    text = "Platform Engineer\n\nFernhill builds grid software. Fernhill Energy is hiring in London, Ontario.\n"
    stated = {"page_title": "Job Application for Platform Engineer at Fernhill Energy"}
    assert find_company(stated, {}, to_blocks(text), text, set()) == "Fernhill Energy"


def test_more_forms_of_the_mode_the_title_and_a_province():
    line = "our office is in Clerkenwell, London. We'd like you in with the team three days a week, the rest can be from home"
    assert find_remote({}, {"location": [line]}, "", True) == "hybrid"
    assert clean_title("Vacature: Medior .NET Developer") == "Medior .NET Developer"
    from jobboard.places import find_cities, load_gazetteer
    assert [(c.name, c.country) for c in find_cities("London, Ontario, Canada", load_gazetteer(), True)] == \
        [("London", "CA")]
    assert [c.country for c in find_cities("Tbilisi, Georgia", load_gazetteer(), True)] == ["GE"]


def test_what_a_second_review_showed_misfiring():
    from jobboard.locations import applicants_country
    assert applicants_country("Fully remote, but you must be based in the U.S. to apply.") == "US"
    stated = {"page_title": "Senior Java Entwickler (m/w/d) bei Acme GmbH in München"}
    assert find_company(stated, {}, [], "", set()) == "Acme GmbH"
    assert title_of("Software Engineer I or II\n\nYou build things.\n") == "Software Engineer I or II"
    assert clean_title("Chef de projet « Transformation digitale » (H/F)") == "Chef de projet « Transformation digitale »"
    assert find_remote({}, {}, "Full sick pay, so you can rest at home when you are unwell. Office in Leeds.", True) \
        != "hybrid"
    from jobboard.places import find_cities, load_gazetteer
    assert [c.country for c in find_cities("Offices: London, New York, Berlin", load_gazetteer(), True)] == \
        ["GB", "US", "DE"]


def test_hyphenated_words_after_looking_for_take_linear_time():
    import time
    started = time.perf_counter()
    title_of("We are looking for a *A" + "-a" * 40 + "'\n" + "As a Senior" + "-x" * 40 + "'\n")
    assert time.perf_counter() - started < 1.0


@pytest.mark.parametrize("line, title", [
    ("Senior Data Engineer ($150K–$175K) – Texas Remote", "Senior Data Engineer"),
    ("Data Engineer (H/F) - Mission freelance", "Data Engineer"),
    ("Engineer – Ontario, Canada", "Engineer"),
    ("Engineer – Remote (Germany)", "Engineer"),
    ("Werkstudent (m/w/d) für unser Marketing", "Werkstudent für unser Marketing"),  # the team is part of it
    ("Engineering Manager – Payments Platform", "Engineering Manager – Payments Platform"),
    ("Product Manager - Mission Control", "Product Manager - Mission Control"),
    ("Research Software Engineer (0.8 FTE)", "Research Software Engineer"),
    ("Data Engineer (APS 6) / Senior Data Engineer (EL1)", "Data Engineer"),
    ("Data Scientist - EC-05", "Data Scientist"),
    ("Freelance Senior Data Engineer (dbt + Snowflake) — Climate Non-profit", "Senior Data Engineer (dbt + Snowflake)"),
    ("Senior Frontend Engineer — Pathmap Foundation", "Senior Frontend Engineer"),
    ("Frontend / Backend Engineer", "Frontend / Backend Engineer"),
    ("Freelance Writer", "Freelance Writer"),
])
def test_pay_places_and_the_team_it_is_for_leave_a_title(line, title):
    assert clean_title(line) == title


def test_french_days_on_site_with_the_rest_at_home_are_hybrid():
    line = "Lieu : Lyon 2e (Confluence), 2 jours par semaine sur site, le reste en télétravail"
    assert find_remote({}, {"location": [line]}, line, True) == "hybrid"
    assert find_remote({}, {}, "Vous êtes trois jours par semaine au bureau.", True) == "hybrid"
    assert find_remote({}, {"location": ["Lyon, sur site"]}, "", True) == "onsite"


def test_danish_modes_and_an_options_pool():
    assert find_remote({}, {"remote": ["Arbejde på stedet"]}, "", True) == "onsite"
    assert find_remote({}, {"remote": ["Fjernarbejde"]}, "", False) == "remote"
    assert find_remote({}, {"remote": ["Nej"]}, "", True) == "onsite"  # a field about remote work, answered no
    assert find_equity("Plus options - we've set aside a pool for early employees.")
    assert not find_equity("We offer many options for your career and a pool of mentors.")


def test_a_word_capitalised_once_at_a_sentences_start_is_no_company():
    text = ("Data Scientist\n\nImportant messages will come by e-mail. Accommodation needs are met on request. "
            "You analyse ocean data in Python.\n")
    assert company_of(text) is None
    wattly = "Wattly collects smart-meter data for municipal utilities across Germany.\n\nMail: jobs@wattly.de\n"
    assert company_of(wattly) == "Wattly"  # named once, and in its address


def test_an_organisation_named_with_its_acronym_is_the_employer_but_a_regulator_or_a_unit_is_not():
    text = ("The Australian Climate Data Office (ACDO) is building a national climate data service.\n\n"
            "You will build pipelines in Python. ACDO staff work in Canberra, Melbourne and Hobart. Apply to ACDO.\n")
    assert company_of(text) == "Australian Climate Data Office"
    regulator = ("Lumora Pay builds payments for Singapore. Lumora Pay holds a licence from the Monetary Authority "
                 "of Singapore (MAS). You prepare MAS audits with Lumora Pay's security team.\n")
    assert company_of(regulator) == "Lumora Pay"
    unit = ("Prairie State University Careers\n\nResearch Computing Facilitator\n\nThe Center for High Performance "
            "Computing (CHPC) at Prairie State University supports 1,400 researchers. CHPC runs two clusters. "
            "CHPC is growing.\n")
    assert company_of(unit) == "Prairie State University"


def test_a_job_not_eligible_for_remote_work_is_on_site():
    line = "On-site. This position is not eligible for remote work. We sit in the Science Complex."
    assert find_remote({}, {"location": [line]}, line, True) == "onsite"


def test_more_that_the_review_of_this_rounds_rules_showed_misfiring():
    assert clean_title("Product Designer - Remote (Germany) - Growth") == "Product Designer - Growth"
    assert clean_title("Backend Engineer (8K streaming)") == "Backend Engineer (8K streaming)"
    assert not find_equity("Competitive salary plus options to work from abroad for a month.")
    assert find_remote({}, {"remote": ["Delvist fjernarbejde (2 dage om ugen)"]}, "", True) == "hybrid"
    assert find_remote({}, {"remote": ["Op kantoor in Utrecht, 2 dagen thuiswerken"]}, "", True) == "hybrid"
    assert find_remote({}, {"remote": ["Fjernarbejde\nArbejde på stedet"]}, "", True) == "onsite"
    assert find_remote({}, {"remote": ["Non-US candidates welcome"]}, "", True) != "onsite"


def test_a_hybrid_office_or_remote_work_in_a_country_is_a_remote_job():
    assert find_remote({}, {}, "📍 Hybrid in Munich (our office is in the Werksviertel) or remote in Germany", True) \
        == "remote"
    assert find_remote({}, {"remote": ["100% zdalnie (z terytorium Polski) lub hybrydowo z biura w Krakowie"]}, "",
                       True) == "remote"
    assert find_remote({}, {}, "We are hybrid. Remote work is not possible.", True) == "hybrid"


@pytest.mark.parametrize("line, title", [
    ("Frontend Engineer / Backend Engineer", "Frontend Engineer / Backend Engineer"),
    ("Product Manager / Project Manager", "Product Manager / Project Manager"),
    ("Research Associate (0.8 FTE, fixed term)", "Research Associate"),  # (its terms go too)
    ("Contract Management Specialist", "Contract Management Specialist"),
    ("Interim Finance Director", "Interim Finance Director"),
    ("Staff Nurse - Band 5", "Staff Nurse"),
])
def test_titles_that_the_second_review_showed_cut_wrongly(line, title):
    assert clean_title(line) == title


def test_a_field_line_at_the_top_is_not_the_title():
    page = ("WUZZUF\n- Explore Jobs   Explore Companies\n- Log In\n- Senior Flutter Developer\n\n## Job Details\n\n"
            "- Experience Needed: 4 to 7 years\n- Career Level: Experienced (Non-Manager)\n\n"
            "As a Senior Flutter Developer you'll own our courier app.\n")
    assert title_of(page) == "Senior Flutter Developer"
    assert title_of("Ledig stilling: Integrasjonsutvikler (fast)\n\nVi søker en utvikler.\n") == "Integrasjonsutvikler"


@pytest.mark.parametrize("title, cleaned", [
    ("게임 서버 프로그래머 (경력 3년 이상)", "게임 서버 프로그래머"),  # experience asked for
    ("Backend Engineer (5+ years)", "Backend Engineer"),
    ("Unity Developer İş İlanları", "Unity Developer"),  # a job site's listing name
    ("Python Developer Jobs", "Python Developer"),
    ("Head of Jobs", "Head of Jobs"),
    ("Integrasjonsutvikler (fast stilling)", "Integrasjonsutvikler"),  # permanent
    ("Data Engineer (Python)", "Data Engineer (Python)"),
    ("Desarrollador/a Frontend (React)", "Desarrollador/a Frontend (React)"),  # the labels keep both genders
])
def test_titles_lose_experience_listing_names_and_terms(title, cleaned):
    assert clean_title(title) == cleaned


def test_remote_work_and_equity_in_other_languages():
    assert find_remote({}, {}, "- 재택근무 주 1회 가능 (수습기간 이후)", True) == "hybrid"
    assert find_remote({}, {}, "mulighet for inntil to dager hjemmekontor i uka", True) == "hybrid"
    assert find_remote({}, {}, "🌍 Віддалено · Україна", False) == "remote"
    assert find_remote({}, {}, "робота в офісі (м. Львів), віддалено — лише нічні чергування", True) == "onsite"
    assert find_remote({}, {}, "Cluj — hibrid, 2 zile la birou. Nu angajăm full remote din afara României", True) == "hybrid"
    assert find_remote({}, {}, "arbetet sker på plats i vårt labb – distansarbete erbjuds inte.", True) == "onsite"
    assert find_equity("입사 1년 후 스톡옵션 부여")
    assert find_equity("福利待遇：五险一金  年终奖  股票期权")
    assert find_equity("опціони для ключових людей")


def test_titles_in_chinese_korean_japanese_cyrillic_and_turkish():
    page = "BOSS直聘\n首页\n职位\n登录/注册\n\n上海\n大模型算法工程师\n招聘中\n25-40K·15薪\n\n职位描述\n负责大模型训练。\n"
    assert title_of(page) == "大模型算法工程师"
    assert title_of("사람인\n\n게임 서버 프로그래머\n\n주요 업무\n게임 서버 개발.\n") == "게임 서버 프로그래머"
    assert title_of("Вакансія\n\nSenior Python розробник\n\nПро нас\nМи будуємо платформу.\n") == "Senior Python розробник"
    # a breadcrumb in full-width signs: its last part, "backend", which names no job
    assert clean_title("募集職種一覧 ＞ エンジニア ＞ バックエンド") == "バックエンド"
    assert title_of("募集職種一覧 ＞ エンジニア ＞ バックエンド\n\nSenior Backend Engineer (Go)\n\n■ 私たちについて\n") == \
        "Senior Backend Engineer (Go)"


def test_company_in_turkish_and_job_sites_of_other_countries_are_not_employers():
    text = ("Unity Developer\n\nLumo Games olarak 2019'dan beri mobil oyunlar geliştiriyoruz. Lumo Games ekibine "
            "katıl.\n")
    assert company_of(text) == "Lumo Games"
    assert find_company({"company": "Bumeran"}, {}, [], "", set()) is None


def test_review_round_misreadings_stay_fixed():
    from jobboard.companies import _named_by_address
    from jobboard.names import brand_name
    assert title_of("Wanted: Senior Go Developer\n\nWe build things.\n") == "Senior Go Developer"
    assert find_company({"page_title": "Careers at Fernhill Energy"}, {}, [], "", set()) == "Fernhill Energy"
    assert [brand_name(n) for n in ("Code for America", "Studio Chad Inc", "Microsoft India Pvt Ltd")] == \
        ["Code for America", "Studio Chad", "Microsoft"]
    assert _named_by_address("NORTHWIND LABS\nAPPLY: HTTPS://APPLY.WORKABLE.COM/NORTHWIND") is None
    assert find_remote({}, {}, "We werken nu 100% remote.", False) == "remote"  # Dutch "nu" is "now"
    assert find_remote({}, {}, "Vaga sem escritório fixo – 100% remoto", False) == "remote"
    assert find_remote({}, {}, "勤務形態：フルリモート（出社不要）", False) == "remote"
    perks = ("Senior Frontend Developer at Lumen\n\nWe build maps.\n\nWhat we offer:\n\n- 💰 €60,000 - €75,000\n"
             "- 🌴 30 days off\n- 📚 Budget\n- 🎉 Events\n- 🍎 Fruit\n- 🚲 Bike\n- 🐶 Dogs\n- ☕ Coffee\n- 🎧 Music\n"
             "- 🏋 Gym\n- 🏢 Hybrid – 2 days a week in our Berlin office\n- 🌍 Work from Spain for 4 weeks a year\n")
    from jobboard.shapes import labelled_lines
    assert "company" not in labelled_lines(perks) and "location" not in labelled_lines(perks)


def test_without_and_nordic_not_negate_close_before_and_japanese_office_days():
    assert find_remote({}, {}, "Trabalho presencial, sem home office.", True) == "onsite"
    assert find_remote({}, {}, "Du trenger ikke å flytte – full remote er mulig.", False) == "remote"
    assert find_remote({}, {}, "出社が必要です。リモートワーク不可。", True) == "onsite"
    assert find_remote({}, {}, "リモートワーク可（週2日出社）", False) == "hybrid"
    assert title_of("Berichtet an: CTO\n\nSenior Backend Engineer\n\nWir bauen Software.\n") == "Senior Backend Engineer"


def test_equity_fields_left_empty_and_office_days_written_office_first():
    assert not find_equity("## Equity\n\nN/A\n\n## Visa sponsorship\n\nYes\n")
    assert not find_equity("| **Salary** | 18 000 PLN |\n| **Equity** | — |\n| **Visa** | N/A |\n")
    assert not find_equity("Equity: no equity, sorry. A yearly profit share instead.")
    assert find_equity("Equity: 0.1% - 0.5%\n") and find_equity("₹38–52 lakh fixed, plus esops that vest over four years")
    assert find_remote({}, {}, "we work from the office three days a week (tuesday to thursday) and from home the other "
                               "two.", True) == "hybrid"
    assert find_remote({}, {}, "Come to the office on Mondays and Fridays.", True) == "hybrid"
    assert find_remote({}, {}, "We work together in the office Monday to Friday.", True) == "onsite"
    assert find_remote({}, {}, "Our office is open on Mondays and Tuesdays for visitors.", True) is None
    assert find_remote({}, {}, "We tried hybrid in 2022. Now everyone is in the office.", True) != "hybrid"
    assert find_remote({}, {"remote": ["Non-US candidates welcome"]}, "", True) != "onsite"


def test_a_title_keeps_a_dash_inside_its_brackets_and_one_level():
    assert clean_title("Senior Backend Engineer (Remote - US)") == "Senior Backend Engineer"
    assert clean_title("Frontend Engineer (Junior - Mid)") == "Frontend Engineer"
    assert clean_title("Engineer (Senior)") == "Engineer (Senior)"  # one level may be the title's
    assert clean_title("backend engineer at kelpie") == "backend engineer"
    assert clean_title("Engineer 2 at Mõisa Labs") == "Engineer 2"
    assert find_apply({}, {}, {}, "apply via www.acme.com")[0] == "https://www.acme.com"
    assert find_apply({}, {}, {}, "Apply with your CV and/or portfolio")[0] is None


def test_a_level_range_in_words_a_contracts_length_and_a_job_post_label():
    assert clean_title("Data Engineer (mid-level or senior)") == "Data Engineer"
    assert clean_title("Cloud Security Engineer (6-month contract)") == "Cloud Security Engineer"
    assert clean_title("Job Post: Embedded Software Engineer (C/C++, Zephyr)") == "Embedded Software Engineer (C/C++, Zephyr)"
    assert clean_title("Remote Sensing Scientist (12-month contract)") == "Remote Sensing Scientist"
    # remote sites and stations are the work, not where it is done
    assert clean_title("Remote Site Engineer") == "Remote Site Engineer"
    assert clean_title("Remote Station Operator") == "Remote Station Operator"
    assert clean_title("Remote Truck Dispatcher") == "Truck Dispatcher"


def test_the_holdout11_rounds_review_misreadings_stay_fixed():
    from jobboard.locations import _remote_teams_head_office
    from jobboard.names import short_form
    # a stated employer stays, whatever "client" words its text has
    for text, employer in [("Work with our client success team.", "Lumen Wealth"),
                           ("We act on behalf of our clients.", "Brightwater Legal"),
                           ("We partnered with a leading card issuer.", "Harbourline Bank"),
                           ("You will be embedded with our client Albert Heijn. Albert Heijn is big.", "Northwind")]:
        assert find_company({}, {"company": [employer]}, [], text, set()) == employer
    # a head office is left out of a remote team's place only when the job cannot be done there
    left = _remote_teams_head_office("Remote within the EU. Our HQ is in Munich, but nobody lives there.")
    assert left.startswith("Remote within the EU.") and "Munich" not in left
    for field in ("Munich HQ (no remote)", "Berlin HQ or remote within Germany", "Hybrid at our London HQ; remote-friendly"):
        assert _remote_teams_head_office(field) is None
    assert find_apply({}, {}, {}, "We build web applications with Node.js/TypeScript")[0] is None
    assert find_apply({}, {}, {}, "send your CV via quellwerk.de/jobs/security-engineer.")[0] == \
        "https://quellwerk.de/jobs/security-engineer"
    # perks and interviews at the office are no office days; fully remote beats weak cues
    for text in ("Work from home when you need to. Free lunch in the office every day.",
                 "Home office possible up to 50%. Our chef cooks lunch at the office Monday to Friday."):
        assert find_remote({}, {}, text, True) == "hybrid"
    for text in ("Fully remote role. Final interviews take place in person on Tuesdays and Thursdays.",
                 "We are a fully remote team. Colleagues near Berlin meet at our office once a week."):
        assert find_remote({}, {}, text, True) == "remote"
    for text in ("Half of the team sits in London, the rest remotely across Europe.",
                 "Part-time contract, 3 days per week remote.",
                 "In the office on Monday, Tuesday, Wednesday, Thursday and Friday."):
        assert find_remote({}, {}, text, True) != "hybrid"
    assert find_remote({}, {}, "On-site role. Team breakfasts in the office on Mondays and Fridays.", True) == "onsite"
    assert short_form("Nordic Finance", "Nordic Finance AB is a lender. We serve Nordic markets under Nordic rules.") == \
        "Nordic Finance"
    assert clean_title("Software Engineer (Intern / Werkstudent)") == "Software Engineer (Intern / Werkstudent)"
    assert find_equity("Equity: no-cliff vesting, 0.1–0.3%") and find_equity("| Stock options | No-cliff, 4 years |")
    page = "backend engineer\n\nhello. we're remote-first, and we're growing, a lot.\n\ndemo: https://loom.com/share/x. loom it.\n"
    assert find_company({}, {}, [], page, set()) is None


def test_the_holdout12_rounds_review_misreadings_stay_fixed():
    from jobboard.places import load_gazetteer
    from jobboard.salary import find_salary
    pill = {"remote": "onsite"}  # a job site's "On-site"
    assert find_remote(pill, {}, "We run our hybrid cloud on OpenShift and AWS.", True) == "onsite"
    assert find_remote(pill, {}, "Présentiel, 4 jours par semaine.", True) == "onsite"
    assert find_remote(pill, {}, "Télétravail partiel : 2 jours par semaine.", True) == "hybrid"
    assert find_remote({}, {}, "This is an office-based role with 2 days per week working from home.", True) == "hybrid"
    assert find_remote({}, {}, "The team is in the office Monday to Friday.", True) == "onsite"
    assert find_remote({}, {}, "We're in the office every day.", True) == "onsite"
    gazetteer = load_gazetteer()
    for field in ("Remote (EU) – HQ: Munich", "Remote within the EU, HQ in Munich"):
        assert find_places({}, {"location": [field]}, {}, "", gazetteer) == ([], None)
    assert find_places({}, {}, {"location": "Hours overlap with New York – we are a fully remote team across the "
                                            "Americas and Europe"}, "", gazetteer)[0] == []
    for employer, text in [("Cancer Research UK", "We act on behalf of a charity."),
                           ("Boston Consulting Group", "You work with our client Acme. Acme is big.")]:
        assert find_company({}, {"company": [employer]}, [], text, set()) == employer
    for text in ("We build a real-time application on socket.io.", "A web application on asp.net core.",
                 "Application: node.js/express"):
        assert find_apply({}, {}, {}, text)[0] is None
    assert [find_apply({}, {}, {}, t)[0] for t in ("Apply at Acme.com/careers", "apply via forms.gle/abc123")] == \
        ["https://Acme.com/careers", "https://forms.gle/abc123"]
    assert find_salary([], "mechanical designer, $85,000–$100,000 a year, 3d cad (solidworks) daily", None).currency == "USD"
    assert clean_title("Class Teacher (Year 3 part-time)") == "Class Teacher (Year 3 part-time)"
    assert clean_title("Careers / Work Experience Coordinator") == "Careers / Work Experience Coordinator"
    page = "designer\n\nwe're factorial, a team of 40.\n\nfactorial makes hr software. apply at jobs@factorial.example\n"
    assert find_company({}, {}, [], page, set()) == "factorial"


def test_holdout13_round_rules():
    assert title_of("## About\n\nWe are hiring our first Developer Advocate based in France.\n") == "Developer Advocate"
    assert clean_title("Analytics Engineer (Oslo or Bergen)") == "Analytics Engineer"
    assert find_remote({}, {}, "We work in the office Monday to Thursday - WFH Fridays.", True) == "hybrid"
    assert not find_equity("A note on equity: we're bootstrapped, so we don't offer equity or options.")
    assert find_equity("Options under the employee share scheme (ESS).")
    from jobboard.names import brand_name
    assert brand_name("Cedar & Swell Careers") == "Cedar & Swell"
    assert title_of("## About us\n\nWe build grid software.\n\nAs our second security engineer, you will own "
                    "detection.\n") == "security engineer"  # (the importer gives it back in ordinary case)
    assert title_of("## About us\n\nAs a team, we ship weekly.\n") is None
    text = ("Sjöfart Systems builds port software. We're 35 people, with our office at Lindholmen.\n\n"
            "Lunch on Fridays at Lindholmen. Sjöfart Systems is bootstrapped.\n")
    assert company_of(text) == "Sjöfart Systems"


def test_tokens_beside_no_equity_are_no_equity():
    assert not find_equity("* Plus a KSTR token grant vesting over 4 years (1-year cliff). No equity.")
    assert find_equity("* Plus a KSTR token grant vesting over 4 years (1-year cliff).")
    assert find_equity("Stock options. No equity.")  # (options are equity, whatever a line says of "equity")


def test_the_english_half_of_a_title_in_a_language_with_letters_outside_ascii():
    assert clean_title("Kıdemli Backend Geliştirici / Senior Backend Developer (Go)") == "Senior Backend Developer (Go)"
    assert clean_title("Projektleiter Schüttgut / Project Manager") == "Project Manager"
    for kept in ("QA Engineer / Softwaretester", "Développeur Full Stack Java / Angular", "Développeur Frontend React / TypeScript"):
        assert clean_title(kept) == kept


def test_the_job_in_bold_after_hiring_is_the_title():
    assert title_of("We're hiring a **Backend Engineer (Payouts)** to work on the ledger.") == "Backend Engineer (Payouts)"
    assert title_of("We're hiring our first dedicated **Frontend Engineer**. Until now our backend engineers built it.") == \
        "Frontend Engineer"


def test_a_job_sites_confidential_company_its_own_name_and_the_title_in_another_script_are_no_employers():
    page = ("# DevOps Engineer | مهندس DevOps\n\nConfidential Company\nJeddah, Saudi Arabia\n\n## Job description\n\n"
            "We are a leading Saudi fintech.\n\n- Bachelor's degree in Computer Science\n\n## Degree\n\nBachelor's degree\n\n"
            "Posted on Bayt.com. Bayt.com is the Middle East's job site.\n")
    assert find_company({"page_title": "DevOps Engineer | مهندس DevOps - Confidential Company | Bayt.com"}, {},
                        to_blocks(page), page, set(), "DevOps Engineer") is None


def test_a_legal_name_in_a_footer_does_not_lengthen_a_lowercase_pages_name():
    page = ("careers · falak\n\nsenior application security engineer\ndubai, uae · on-site\n\nfalak is a licensed exchange. "
            "falak runs markets for 900,000 customers.\n\napply: https://falak.ae/careers/appsec\n\n"
            "falak digital assets fze · adgm · dubai\n")
    assert find_company({}, {}, to_blocks(page), page, set(), "Senior Application Security Engineer") == "falak"
