import hashlib
import os
import re
import time
from pathlib import Path

import pytest

from conftest import write_posting
from jobboard.build import build
from jobboard.errors import JobboardError


def add_postings(site, count=5):
    for n in range(1, count + 1):
        write_posting(site, f"job-{n}", f"""
            title: Job {n}
            company: {"Acme" if n % 2 else "Globex"}
            cities: [Berlin{", Zürich" if n == 1 else ""}]
            country: DE
            remote: hybrid
            salary: {{min: {n}0000, max: {n + 1}0000, currency: EUR, period: year}}
            tags: [python, cpp, k8s]
            date: 2026-11-0{n}
            apply_url: https://example.com/{n}
            """, f"## About\n\nPosting number {n}.\n")


def tree(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_build_clears_away_what_a_killed_build_left_even_with_nothing_to_do(site):
    add_postings(site, 2)
    build(site)
    before = tree(site / "output")
    left = site / ".output-new-k1ll3d_x"  # as a build killed outright (SIGKILL) left it an hour ago
    (left / "jobs").mkdir(parents=True)
    (left / "jobs" / "index.html").write_text("half a site")
    os.utime(left, (time.time() - 3600, time.time() - 3600))
    assert build(site).rendered == 0
    assert not left.exists() and tree(site / "output") == before


def test_builds_every_page_of_the_url_layout(site):
    add_postings(site)
    result = build(site)
    out = site / "output"
    expected = ["index.html", "page/2/index.html", "page/3/index.html", "feed.xml", "sitemap.xml",
                "robots.txt", "404.html", "jobs/job-1/index.html", "tags/index.html", "tags/python/index.html",
                "tags/python/page/2/index.html", "tags/python/feed.xml", "tags/cpp/index.html",
                "tags/kubernetes/index.html", "cities/index.html", "cities/berlin/index.html",
                "cities/zurich/index.html", "companies/index.html", "companies/acme/index.html",
                "companies/globex/index.html", "static/style.css"]
    assert [name for name in expected if not (out / name).is_file()] == []
    assert not (out / "page/4").exists()
    assert (result.postings, result.tags, result.cities, result.companies) == (5, 3, 2, 2)
    assert re.fullmatch(r"Built 5 postings: \d+ pages \(\d+ files\), 3 tags, 2 cities, 2 companies in \d+\.\d\d s",
                        result.summary())


def test_listing_is_newest_first_and_paginated_with_previous_and_next(site):
    add_postings(site)
    build(site)
    home = (site / "output/index.html").read_text()
    page2 = (site / "output/page/2/index.html").read_text()
    assert re.findall(r'class="job-title"><a href="/jobs/(job-\d)/"', home) == ["job-5", "job-4"]
    assert re.findall(r'class="job-title"><a href="/jobs/(job-\d)/"', page2) == ["job-3", "job-2"]
    assert '<a rel="next" href="/page/2/">' in home and 'rel="prev"' not in home
    assert '<a rel="prev" href="/">' in page2 and '<a rel="next" href="/page/3/">' in page2


def test_posting_page_shows_the_facts(site):
    add_postings(site)
    build(site)
    page = (site / "output/jobs/job-1/index.html").read_text()
    assert "<h1>Job 1</h1>" in page
    assert '<a href="/companies/acme/" data-pagefind-filter="company">Acme</a>' in page
    assert ('<a href="/cities/berlin/" data-pagefind-filter="city">Berlin</a>, '
            '<a href="/cities/zurich/" data-pagefind-filter="city">Zürich</a>, Germany') in page
    assert "€10,000–20,000 a year" in page
    assert '<a href="/tags/cpp/" data-pagefind-filter="tag">C++</a>' in page
    assert '<a href="/tags/kubernetes/" data-pagefind-filter="tag">Kubernetes</a>' in page
    assert '<time datetime="2026-11-01" data-pagefind-sort="date[datetime]" data-pagefind-meta="date[datetime]">1 Nov 2026</time>' in page
    assert '<a class="button" href="https://example.com/1" rel="nofollow noopener">Apply for this job</a>' in page
    assert "<h2>About</h2>\n<p>Posting number 1.</p>" in page


def test_term_lists_show_display_names_and_counts(site):
    add_postings(site)
    build(site)
    tags = (site / "output/tags/index.html").read_text()
    assert re.findall(r'<span class="term-name">([^<]+)</span> <span class="count">(\d+)', tags) == \
        [("C++", "5"), ("Kubernetes", "5"), ("Python", "5")]
    companies = (site / "output/companies/index.html").read_text()
    assert re.findall(r'<span class="term-name">([^<]+)</span> <span class="count">(\d+)', companies) == \
        [("Acme", "3"), ("Globex", "2")]


def test_removed_postings_disappear(site):
    add_postings(site)
    build(site)
    (site / "content/jobs/job-3.md").unlink()
    build(site)
    assert not (site / "output/jobs/job-3").exists()
    assert "job-3" not in (site / "output/index.html").read_text()


def test_a_failed_build_keeps_the_previous_output_untouched(site):
    add_postings(site)
    build(site)
    before = tree(site / "output")
    write_posting(site, "broken", "title: Broken\nremote: sometimes\ncompnay: X")
    with pytest.raises(JobboardError) as caught:
        build(site)
    assert [str(p) for p in caught.value.problems] == [
        "content/jobs/broken.md:3: remote: 'sometimes' is not one of onsite, hybrid, remote — "
        "use one of: onsite, hybrid, remote",
        "content/jobs/broken.md:4: compnay: unknown field — did you mean 'company'?",
    ]
    assert tree(site / "output") == before
    assert sorted(p.name for p in site.iterdir()) == [".jobboard-cache", "content", "jobboard.toml", "output"]


def test_the_garbage_collector_settings_are_restored_after_a_build_even_a_failed_one(site):
    """build() collects less often while it runs; `jobboard serve` and other callers get theirs back."""
    import gc
    add_postings(site)
    before = gc.get_threshold()
    build(site)
    assert gc.get_threshold() == before
    write_posting(site, "broken", "title: Broken\nremote: sometimes")
    with pytest.raises(JobboardError):
        build(site)
    assert gc.get_threshold() == before


def test_a_template_error_also_keeps_the_previous_output(site):
    add_postings(site, 1)
    build(site)
    before = tree(site / "output")
    (site / "templates").mkdir()
    (site / "templates/posting.html").write_text("{{ posting.no_such_field }}")
    with pytest.raises(JobboardError, match="template error while rendering /jobs/job-1/"):
        build(site)
    assert tree(site / "output") == before


def test_output_is_deterministic(site, tmp_path):
    add_postings(site)
    build(site, out=tmp_path / "one")
    build(site, out=tmp_path / "two")
    assert tree(tmp_path / "one") == tree(tmp_path / "two")


def test_strict_turns_warnings_into_errors(site):
    write_posting(site, "a", "title: A\ncompany: X\ndate: 2026-01-01\ntags: [cobolt-basketry]\nremote: remote")
    assert len(build(site).warnings) == 1
    with pytest.raises(JobboardError, match="unknown tag 'cobolt-basketry'"):
        build(site, strict=True)


def test_two_files_with_one_slug_are_an_error_naming_both(site):
    write_posting(site, "Backend-Dev", "title: A\ncompany: X\ndate: 2026-01-01")
    write_posting(site, "backend-dev", "title: B\ncompany: X\ndate: 2026-01-01")
    with pytest.raises(JobboardError) as caught:
        build(site)
    assert str(caught.value) == ("content/jobs/backend-dev.md:1: its URL /jobs/backend-dev/ is already used by "
                                 "content/jobs/Backend-Dev.md — rename one of the two files")


def test_site_templates_and_static_files_override_the_theme_file_by_file(site):
    add_postings(site, 1)
    (site / "templates").mkdir()
    (site / "templates/404.html").write_text('{% extends "base.html" %}{% block main %}Gone fishing{% endblock %}')
    (site / "static").mkdir()
    (site / "static/style.css").write_text("body { color: red }")
    build(site)
    assert "Gone fishing" in (site / "output/404.html").read_text()
    assert (site / "output/static/style.css").read_text() == "body { color: red }"
    assert (site / "output/static/site.js").is_file()
    assert "<h1>Job 1</h1>" in (site / "output/jobs/job-1/index.html").read_text()


def test_front_matter_values_are_escaped_everywhere(site):
    write_posting(site, "x", """
        title: '</title><script>alert(1)</script>'
        company: '"><img src=x onerror=alert(2)>'
        date: 2026-01-01
        """)
    build(site)
    for path in (site / "output").rglob("*"):
        if path.suffix in (".html", ".xml"):
            text = path.read_text()
            assert "<script>alert" not in text and "<img src=x" not in text, path


def test_refuses_to_replace_a_folder_that_is_not_a_build(site, tmp_path):
    precious = tmp_path / "precious"
    precious.mkdir()
    (precious / "thesis.txt").write_text("years of work")
    with pytest.raises(JobboardError, match="was not written by jobboard build"):
        build(site, out=precious)
    (precious / "index.html").write_text("my own page")
    with pytest.raises(JobboardError, match="was not written by jobboard build"):
        build(site, out=precious)
    with pytest.raises(JobboardError, match="contains the site itself"):
        build(site, out=site)
    assert (precious / "thesis.txt").read_text() == "years of work"


def test_files_in_root_are_copied_to_the_top_of_the_output(site):
    add_postings(site, 1)
    (site / "root").mkdir()
    (site / "root/CNAME").write_text("jobs.example.org\n")
    (site / "root/.nojekyll").write_text("")
    build(site)
    assert (site / "output/CNAME").read_text() == "jobs.example.org\n"
    assert (site / "output/.nojekyll").exists()


def test_hidden_and_underscore_files_in_content_are_not_postings(site):
    add_postings(site, 1)
    (site / "content/jobs/.#job-1.md").write_text("editor lock file")
    (site / "content/jobs/_draft.md").write_text("---\ntitle: [unfinished\n")
    assert build(site).postings == 1


def test_template_errors_name_the_template_file_and_line(site):
    add_postings(site, 1)
    (site / "templates").mkdir()
    (site / "templates/404.html").write_text('{% extends "base.html" %}\n{% block main %}\n{{ site.title + 1 }}\n'
                                            '{% endblock %}\n')
    with pytest.raises(JobboardError) as caught:
        build(site)
    (problem,) = caught.value.problems
    assert problem.path.endswith("templates/404.html") and problem.line == 3
    assert "template error while rendering /404.html" in problem.message
    (site / "templates/404.html").write_text("{% if %}")
    with pytest.raises(JobboardError) as caught:
        build(site)
    assert str(caught.value).endswith("— fix the template's syntax")


def test_a_root_file_that_would_replace_a_page_is_an_error(site):
    add_postings(site, 1)
    (site / "root").mkdir()
    (site / "root/404.html").write_text("mine")
    with pytest.raises(JobboardError, match="root/404.html: would replace a page jobboard writes"):
        build(site)


def test_a_build_leaves_no_garbage_that_grows_with_the_postings(tmp_path):
    """A build does not collect garbage outside rendering (see BUILD_GC_THRESHOLDS): that is safe
    only while what it leaves to collect stays the same whatever the number of postings. Here in
    one process (rendering in it too), and with collections back on once it returns."""
    import gc
    left = {}
    for count in (20, 300):
        site = tmp_path / f"site-{count}"
        (site / "content" / "jobs").mkdir(parents=True)
        (site / "jobboard.toml").write_text('title = "T"\nbase_url = "https://e.org/"\nsearch = false\n')
        for n in range(count):
            write_posting(site, f"job-{n}", f"title: Job {n}\ncompany: C{n % 7}\ncities: [Berlin]\n"
                          f"tags: [python]\ndate: 2026-10-01", f"## About\n\n*Job* {n} with [a link](https://e.org/{n}).\n")
        gc.collect()
        enabled = gc.isenabled()
        build(site, processes=1)
        assert gc.isenabled() == enabled
        left[count] = gc.collect()
    assert left[300] < left[20] + 200, left


def test_a_build_that_fails_while_rendering_restores_garbage_collection(site):
    import gc
    write_posting(site, "job", "title: Job\ncompany: Acme\ndate: 2026-10-01", "Body.\n")
    (site / "templates").mkdir()
    (site / "templates" / "posting.html").write_text("{{ no_such_variable.field }}\n")
    for start_enabled in (True, False):
        gc.enable() if start_enabled else gc.disable()
        try:
            with pytest.raises(JobboardError):
                build(site, processes=1)
            assert gc.isenabled() == start_enabled and gc.get_freeze_count() == 0
        finally:
            gc.enable()


def test_the_navigation_marks_the_current_page_and_its_section_apart(site):
    add_postings(site, 2)
    build(site)
    out = site / "output"

    def current(rel):
        return re.findall(r'<a href="([^"]*)" aria-current="(\w+)"', (out / rel).read_text())
    assert current("index.html") == [("/", "page")]
    assert current("tags/index.html") == [("/tags/", "page")]
    assert current("tags/python/index.html") == [("/tags/", "true")]  # in the section, not the page itself
    assert current("jobs/job-1/index.html") == [("/", "true")]
    assert current("404.html") == []
    assert '<meta name="robots" content="noindex">' in (out / "404.html").read_text()
    assert 'rel="canonical"' not in (out / "404.html").read_text()


def test_a_posting_without_a_country_gets_the_one_its_cities_are_in(site):
    import json
    write_posting(site, "one", "title: One\ncompany: A\ndate: 2026-11-01\ncities: [Munich, Berlin]")
    write_posting(site, "two", "title: Two\ncompany: A\ndate: 2026-11-01\ncities: [Munich, Vienna]")
    write_posting(site, "three", "title: Three\ncompany: A\ndate: 2026-11-01\ncities: [Atlantis]")
    write_posting(site, "four", "title: Four\ncompany: A\ndate: 2026-11-01\ncities: [Berlin]\nremote: remote")
    build(site)

    def places(slug):
        page = (site / "output" / "jobs" / slug / "index.html").read_text()
        data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1))
        location = re.search(r"<dt>Location</dt><dd>(.*?)</dd>", page, re.S).group(1)
        return [place["address"].get("addressCountry") for place in data["jobLocation"]], "Germany" in location
    assert places("one") == (["DE", "DE"], True)
    assert places("two") == ([None, None], False)  # two countries: which one is the posting's is not known
    assert places("three") == ([None], False)  # not in the city list
    assert places("four") == ([None], False)  # remote: where applicants may live is not where the team sits
