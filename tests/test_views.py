import datetime as dt

from jobboard.model import Posting, Salary
from jobboard.urls import Linker
from jobboard.views import format_date, format_salary, posting_view
from jobboard.vocab import load_vocabulary


def test_salary_is_formatted_for_people():
    assert format_salary(Salary(75000, 100000, "EUR", "year")) == "€75,000–100,000 a year"
    assert format_salary(Salary(60, 60, "USD", "hour")) == "$60 an hour"
    assert format_salary(Salary(None, 90000, "GBP", "year")) == "up to £90,000 a year"
    assert format_salary(Salary(120000, None, "CHF", "year")) == "from CHF 120,000 a year"
    assert format_salary(Salary(4000, 5000, "PLN", "month")) == "PLN 4,000–5,000 a month"


def test_dates_do_not_depend_on_the_locale():
    assert format_date(dt.date(2026, 11, 5)) == "5 Nov 2026"


def test_posting_view_links_everything_under_the_base_path():
    posting = Posting(slug="x", path="content/jobs/x.md", title="Dev", body="", date=dt.date(2026, 1, 2),
                      company="Ünïcorn GmbH", cities=("São Paulo",), country="BR", remote="remote",
                      tags=("cpp", "csharp"))
    view = posting_view(posting, Linker("https://example.org/board/"), load_vocabulary())
    assert view.url == "/board/jobs/x/"
    assert view.absolute_url == "https://example.org/board/jobs/x/"
    assert view.company.url == "/board/companies/unicorn-gmbh/"
    assert [(c.name, c.url) for c in view.cities] == [("São Paulo", "/board/cities/sao-paulo/")]
    assert [(t.name, t.url) for t in view.tags] == [("C++", "/board/tags/cpp/"), ("C#", "/board/tags/csharp/")]
    assert view.country == "Brazil" and view.remote == "Remote"
    assert view.where == "São Paulo · Brazil · Remote"
    assert view.description == "Dev at Ünïcorn GmbH in São Paulo · Brazil · Remote. Posted 2 Jan 2026."
