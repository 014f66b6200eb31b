import datetime as dt

import pytest

from conftest import write_posting
from jobboard.model import Salary
from jobboard.reader import read_posting, read_postings

GOOD = """
title: Senior Backend Engineer
company: HelloFresh
cities: [Berlin]
country: DE
remote: hybrid
salary: {min: 75000, max: 100000, currency: EUR, period: year}
equity: true
tags: [python, k8s]
date: 2026-11-20
apply_url: https://example.com/apply
"""


def messages(site, front, body="x\n"):
    path = write_posting(site, "job", front, body)
    posting, problems = read_posting(path, site)
    return posting, [str(p) for p in problems]


def test_reads_every_field_of_a_valid_posting(site):
    posting, problems = messages(site, GOOD, "## About\n\nText.\n")
    assert problems == []
    assert posting.slug == "job"
    assert posting.title == "Senior Backend Engineer"
    assert posting.cities == ("Berlin",)
    assert posting.salary == Salary(75000, 100000, "EUR", "year")
    assert posting.equity is True
    assert posting.tags == ("python", "k8s")
    assert posting.date == dt.date(2026, 11, 20)
    assert posting.body == "## About\n\nText.\n"


def test_unknown_field_names_its_line_and_suggests_the_right_one(site):
    _, problems = messages(site, "title: X\ncompnay: ACME\ndate: 2026-01-01")
    assert problems == ["content/jobs/job.md:3: compnay: unknown field — did you mean 'company'?"]


def test_all_problems_of_a_file_are_reported_together(site):
    _, problems = messages(site, "title: X\nremote: yes\ncities: Berlin\nsalary: {min: 9, max: 5, currency: EUR}")
    assert problems == [
        "content/jobs/job.md:3: remote: 'yes' is not one of onsite, hybrid, remote — use one of: onsite, hybrid, remote",
        "content/jobs/job.md:4: cities: expected a list, got 'Berlin' — write it as [Berlin, Munich]",
        "content/jobs/job.md:5: salary: min 9 is above max 5 — swap them",
    ]


def test_norway_stays_a_country_code_not_false(site):
    posting, problems = messages(site, "title: X\ncountry: NO\ndate: 2026-01-01\ncompany: A")
    assert problems == []
    assert posting.country == "NO"


def test_impossible_date_is_an_error_on_its_line(site):
    _, problems = messages(site, "title: X\ndate: 2024-02-30")
    assert len(problems) == 1
    assert problems[0].startswith("content/jobs/job.md:3: date: not a valid value")


def test_duplicate_keys_are_an_error(site):
    _, problems = messages(site, "title: X\ntitle: Y")
    assert problems == ["content/jobs/job.md:3: title: 'title' is set twice (first on line 2) — keep one of them"]


def test_missing_closing_marker(site):
    path = site / "content" / "jobs" / "open.md"
    path.write_text("---\ntitle: X\nbody without end\n", encoding="utf-8")
    _, problems = read_posting(path, site)
    assert [str(p) for p in problems] == [
        "content/jobs/open.md:1: the front matter is not closed — add a line '---' after the last front matter field"]


def test_invalid_yaml_names_the_line(site):
    _, problems = messages(site, "title: X\ncities: [Berlin\ndate: 2026-01-01")
    assert len(problems) == 1 and problems[0].startswith("content/jobs/job.md:")
    assert "invalid YAML" in problems[0]


def test_list_shaped_front_matter_is_rejected(site):
    _, problems = messages(site, "- title\n- company")
    assert problems == ["content/jobs/job.md:2: front matter must be a set of 'key: value' lines — "
                        "write e.g. 'title: Backend Engineer', not a list or a single value"]


def test_python_object_tags_are_not_constructed(site):
    _, problems = messages(site, "title: !!python/object/apply:os.system ['true']")
    assert len(problems) == 1 and "cannot read this value" in problems[0]


def test_only_http_https_and_mailto_links_are_accepted(site):
    _, problems = messages(site, "title: X\napply_url: javascript:alert(1)")
    assert problems == ["content/jobs/job.md:3: apply_url: 'javascript:alert(1)' is not an http(s) or mailto link "
                        "— write a full link such as https://…"]


def test_missing_company_and_review_fields_are_warnings(site):
    posting, problems = messages(site, "title: X\ndate: 2026-01-01\nreview: [company]\nremote: remote")
    assert posting is not None
    assert problems == [
        "warning: content/jobs/job.md:1: company: no company named — add 'company: Name' when it is known",
        "warning: content/jobs/job.md:4: review: still to review: company — check these fields, then remove the review line",
    ]


@pytest.mark.parametrize("place, warned", [
    ("", True), ("remote: hybrid", True), ("review: [title]", True),
    ("cities: [Berlin]", False), ("country: DE", False), ("remote: remote", False),
    ("review: [cities, remote]", False),  # import says it could not tell: the review warning says it already
])
def test_a_posting_without_a_location_is_warned_about(site, place, warned):
    posting, problems = messages(site, f"title: X\ncompany: A\ndate: 2026-01-01\n{place}")
    assert posting is not None
    placeless = [p for p in problems if "no location" in p]
    assert placeless == (["warning: content/jobs/job.md:1: cities: no location: job search engines (Google for Jobs) "
                          "leave out a job without one — add e.g. 'cities: [Berlin]' or 'country: DE', or "
                          "'remote: remote' when the job is fully remote"] if warned else [])


def test_crlf_line_endings_and_a_bom_are_read(site):
    path = site / "content" / "jobs" / "win.md"
    path.write_bytes("\ufeff---\r\ntitle: Windows\r\ncompany: A\r\ndate: 2026-01-01\r\nremote: remote\r\n---\r\nBody\r\n".encode())
    posting, problems = read_posting(path, site)
    assert posting.title == "Windows" and posting.body == "Body\n"
    assert [str(p) for p in problems] == ["warning: content/jobs/win.md:1: the file starts with a byte order mark "
                                          "(BOM); it was ignored — save the file as UTF-8 without BOM"]


def test_non_utf8_file_is_a_clear_error(site):
    path = site / "content" / "jobs" / "latin.md"
    path.write_bytes("---\ntitle: Caf\xe9\n---\n".encode("latin-1"))
    _, problems = read_posting(path, site)
    assert [str(p) for p in problems] == ["content/jobs/latin.md:2: the file is not UTF-8 text — "
                                          "save it as UTF-8 (jobboard import converts other encodings)"]


def test_read_postings_reads_the_whole_folder_in_name_order(site):
    write_posting(site, "b", "title: B\ncompany: X\ndate: 2026-01-02\ncountry: DE")
    write_posting(site, "a", "title: A\ncompany: X\ndate: 2026-01-01\ncountry: DE")
    write_posting(site, "c", "title: [broken")
    read = read_postings(site, "content/jobs")
    postings, problems, sources = read.postings, read.problems, read.sources
    assert [p.slug for p in postings] == ["a", "b"]
    assert len(problems) == 1 and problems[0].path == "content/jobs/c.md"
    assert set(sources) == {"content/jobs/a.md", "content/jobs/b.md", "content/jobs/c.md"}


def test_yaml_errors_point_at_the_value_that_starts_the_problem(site):
    _, problems = messages(site, 'title: A\ncompany: "ACME\ndate: 2026-01-01')
    assert problems == ["content/jobs/job.md:3: invalid YAML: found unexpected end of stream — "
                        "check the quoting and indentation on this line"]
    _, problems = messages(site, "title: B\ndate: 2026-01-01\ntags: [python")
    assert problems[0].startswith("content/jobs/job.md:4: invalid YAML")


@pytest.mark.parametrize("front, line, problem", [
    ("title: A\ncompany: Foo\n\tremote: hybrid", 4, "found a tab character that violates indentation"),
    ("title: A\n\tcompany: Foo\nremote: hybrid", 3, "found a tab character that violates indentation"),
    ("title: A\ntags:\n\t- python\nremote: hybrid", 4, "found character that cannot start any token"),
])
def test_a_tab_is_named_on_its_own_line(site, front, line, problem):
    _, problems = messages(site, front)
    assert problems == [f"content/jobs/job.md:{line}: invalid YAML: {problem} — indent with spaces, not tabs"]


def test_the_same_city_written_twice_is_kept_once(site):
    posting, _ = messages(site, "title: X\ncompany: A\ndate: 2026-01-01\ncities: [Zürich, Zurich, zürich, Bern]")
    assert posting.cities == ("Zürich", "Bern")


def test_control_characters_in_front_matter_are_one_line_errors(site):
    _, problems = messages(site, "title: A\ncompany: B\x80C\ndate: 2026-01-01")
    assert problems == ["content/jobs/job.md:3: the character U+0080 is not allowed in front matter — "
                        "remove it (control characters are invisible)"]
    posting, problems = messages(site, 'title: "A\\uFFFEB"\ndate: 2026-01-01\ncompany: X')
    assert problems == ["content/jobs/job.md:2: title: contains control characters — remove them"]

