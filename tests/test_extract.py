from jobboard.conditions import find_apply, find_employment_type, find_equity, find_remote
from jobboard.extract import clean_title, find_company, find_title
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
    assert clean_title(".NET Developer (C# / F#)") == ".NET Developer"
    assert clean_title("Senior Kotlin Engineer at Quaywise") == "Senior Kotlin Engineer"
    assert clean_title("Senior Software Engineer C++ (w/m/d), 80–100 %") == "Senior Software Engineer C++"
    assert clean_title("Backend Engineer (Go)") == "Backend Engineer (Go)"


def test_company_from_patterns():
    assert company_of("If you want impact, at Choco, we are moving mountains. Here at Choco, we build.") == "Choco"
    assert company_of("Acme Robotics builds weeding robots.\n\nAcme Robotics is an equal employer.") == \
        "Acme Robotics"
    assert company_of("x", {"company": "Stated GmbH"}) == "Stated GmbH"


def test_company_of_a_recruiter_posting_is_unknown():
    assert company_of("We are seeking a developer for our client's head office. Our client offers a lot.") is None


def test_company_is_never_guessed_from_generic_words():
    assert company_of("At the moment we work in Berlin. Join the team! About us: we code.") is None


def test_remote_modes():
    assert find_remote({}, {}, "Enjoy a Hybrid working model.", True) == "hybrid"
    assert find_remote({}, {}, "This is a fully remote role, work from anywhere.", False) == "remote"
    assert find_remote({}, {}, "office in Berlin - or work from home, just talk to us", True) == "hybrid"
    assert find_remote({}, {}, "Relocation for employees who do not want to work remotely", True) is None
    assert find_remote({}, {}, "Die Stelle ist vor Ort; Homeoffice ist nicht vorgesehen.", True) == "onsite"
    assert find_remote({}, {"location": ["Warsaw or remote within Poland"]}, "", True) == "hybrid"
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
    from jobboard.extract import brand_name
    assert brand_name("Brezelwerk Software GmbH") == "Brezelwerk Software"
    assert brand_name("Wawelsoft Sp. z o.o.") == "Wawelsoft"
    assert brand_name("Acme, Inc.") == "Acme"
    assert brand_name("Northwind Grid B.V.") == "Northwind Grid"
    assert brand_name("AG") == "AG"
