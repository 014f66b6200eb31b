"""What job seekers and search engines read: feeds, sitemap, structured data, expiry and dates."""

import datetime as dt
import json
import os
import re
import subprocess

import feedparser
import pytest

from conftest import write_posting
from jobboard.build import build
from jobboard.jsonld import EMPLOYMENT_TYPES

ATOM = "http://www.w3.org/2005/Atom"


def job_posting_of(page: str) -> dict | None:
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    return json.loads(match.group(1)) if match else None


@pytest.fixture
def reference_out(reference_site, tmp_path):
    out = tmp_path / "out"
    build(reference_site, out=out, base_url="https://example.github.io/board/")
    return out


def test_every_feed_is_valid_atom_with_full_entries(reference_out):
    feeds = sorted(reference_out.rglob("feed.xml"))
    assert len(feeds) == 1 + 46 + 3 + 4  # the board, each tag, city and company
    for path in feeds:
        feed = feedparser.parse(path.read_bytes())
        assert not feed.bozo, (path, feed.bozo_exception)
        assert feed.feed.title and feed.feed.id and feed.feed.updated
        assert any(link.rel == "self" for link in feed.feed.links)
        for entry in feed.entries:
            assert entry.title and entry.id and entry.link.startswith("https://example.github.io/board/jobs/")
            assert entry.updated and entry.published and entry.summary
            assert entry.content[0].type == "text/html" and "<h2>" in entry.content[0].value
    board = feedparser.parse((reference_out / "feed.xml").read_bytes())
    assert [e.title for e in board.entries][:2] == ["Senior Backend Engineer at HelloFresh",
                                                    "Engineering Manager, Infrastructure at Choco"]


def test_pages_link_their_feeds(reference_out):
    tag = (reference_out / "tags/kubernetes/index.html").read_text()
    assert '<link rel="alternate" type="application/atom+xml" title="Kubernetes jobs" ' \
           'href="/board/tags/kubernetes/feed.xml">' in tag
    assert 'href="/board/feed.xml"' in tag


def test_sitemap_robots_404_and_social_meta(reference_out):
    sitemap = (reference_out / "sitemap.xml").read_text()
    lastmod = re.search(r"jobs/senior-backend-engineer-hellofresh/</loc><lastmod>([\d-]+)</lastmod>", sitemap).group(1)
    assert lastmod >= "2026-11-18"  # the file's last change: a copy outside git, so its modification time
    assert "404.html" not in sitemap
    assert (reference_out / "robots.txt").read_text().endswith("Sitemap: https://example.github.io/board/sitemap.xml\n")
    assert "This page is not here" in (reference_out / "404.html").read_text()
    page = (reference_out / "jobs/senior-backend-engineer-hellofresh/index.html").read_text()
    assert '<link rel="canonical" href="https://example.github.io/board/jobs/senior-backend-engineer-hellofresh/">' in page
    assert '<meta property="og:title" content="Senior Backend Engineer at HelloFresh">' in page
    assert '<meta name="twitter:card" content="summary">' in page


def test_every_posting_page_has_job_posting_data_matching_the_page(reference_out):
    pages = sorted((reference_out / "jobs").glob("*/index.html"))
    assert len(pages) == 5
    for path in pages:
        page = path.read_text()
        data = job_posting_of(page)
        assert data["@context"] == "https://schema.org/" and data["@type"] == "JobPosting"
        assert f"<h1>{data['title']}</h1>" in page.replace("&amp;", "&")
        assert data["description"].startswith("<") and len(data["description"]) > 500
        dt.date.fromisoformat(data["datePosted"])
        assert dt.date.fromisoformat(data["validThrough"]) > dt.date.fromisoformat(data["datePosted"])
        assert data["identifier"]["@type"] == "PropertyValue" and data["directApply"] is False
        organization = data["hiringOrganization"]  # required by Google: "confidential" for an employer not named
        if organization == "confidential":
            assert "<dt>Company</dt><dd data-pagefind-meta=\"company\">Not named</dd>" in page
        else:
            assert f'data-pagefind-filter="company">{organization["name"]}</a>' in page
        for place in data.get("jobLocation", []):
            assert place["@type"] == "Place" and place["address"]["@type"] == "PostalAddress"
            assert f'>{place["address"]["addressLocality"]}</a>' in page
            assert len(place["address"]["addressCountry"]) == 2
        if "employmentType" in data:
            assert data["employmentType"] in EMPLOYMENT_TYPES.values()
        if "baseSalary" in data:
            salary = data["baseSalary"]
            assert salary["@type"] == "MonetaryAmount" and salary["value"]["@type"] == "QuantitativeValue"
            assert salary["value"]["unitText"] in ("YEAR", "MONTH", "DAY", "HOUR")
    choco = job_posting_of((reference_out / "jobs/engineering-manager-infrastructure-choco/index.html").read_text())
    assert choco["baseSalary"] == {"@type": "MonetaryAmount", "currency": "EUR", "value": {
        "@type": "QuantitativeValue", "minValue": 75000, "maxValue": 100000, "unitText": "YEAR"}}


def test_remote_postings_say_telecommute_with_the_country(site):
    write_posting(site, "r", "title: Remote Dev\ncompany: A\nremote: remote\ncountry: DE\nemployment_type: contract"
                             "\ndate: 2026-11-01")
    build(site)
    data = job_posting_of((site / "output/jobs/r/index.html").read_text())
    assert data["jobLocationType"] == "TELECOMMUTE"
    assert data["applicantLocationRequirements"] == {"@type": "Country", "name": "DE"}
    assert data["employmentType"] == "CONTRACTOR" and "jobLocation" not in data


def test_structured_data_cannot_close_its_script_element(site):
    write_posting(site, "x", "title: '</script><script>alert(1)</script>'\ncompany: A\ndate: 2026-11-01")
    build(site)
    page = (site / "output/jobs/x/index.html").read_text()
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1)
    assert "<" not in block and json.loads(block)["title"] == "</script><script>alert(1)</script>"


def expiry_site(site, max_age=30, expired_pages="keep"):
    (site / "jobboard.toml").write_text(f'base_url = "https://jobs.example.org/"\nsearch = false\n'
                                        f'max_age_days = {max_age}\nexpired_pages = "{expired_pages}"\n')
    write_posting(site, "fresh", "title: Fresh\ncompany: Acme\ncities: [Berlin]\ntags: [go]\ndate: 2026-11-20")
    write_posting(site, "old", "title: Old\ncompany: Oldco\ncities: [Paris]\ntags: [rust]\ndate: 2026-08-01")
    write_posting(site, "closing", "title: Closing\ncompany: Acme\ndate: 2026-11-01\nvalid_through: 2026-11-15")


def test_expired_postings_leave_listings_feeds_sitemap_and_search(site):
    expiry_site(site)
    result = build(site, today=dt.date(2026, 11, 23))
    out = site / "output"
    assert (result.postings, result.expired) == (1, 2)
    assert result.summary().startswith("Built 1 posting (+2 expired): ")
    home, feed, sitemap = (out / "index.html").read_text(), (out / "feed.xml").read_text(), \
        (out / "sitemap.xml").read_text()
    for slug in ("old", "closing"):
        assert f"/jobs/{slug}/" not in home and f"/jobs/{slug}/" not in feed and f"/jobs/{slug}/" not in sitemap
    assert not (out / "tags/rust").exists() and not (out / "cities/paris").exists()
    assert not (out / "companies/oldco").exists()
    old = (out / "jobs/old/index.html").read_text()
    assert "No longer accepting applications." in old and "application/ld+json" not in old
    assert "data-pagefind-body" not in old and "Apply for this job" not in old
    assert "Oldco" in old and 'href="/companies/oldco/"' not in old  # no link to a page that is gone
    closing = (out / "jobs/closing/index.html").read_text()
    assert "closed on 15 Nov 2026" in closing and 'href="/companies/acme/"' in closing
    assert "application/ld+json" in (out / "jobs/fresh/index.html").read_text()


def test_expired_pages_can_be_dropped(site):
    expiry_site(site, expired_pages="drop")
    build(site, today=dt.date(2026, 11, 23))
    assert not (site / "output/jobs/old").exists() and (site / "output/jobs/fresh").is_dir()


def test_the_reference_site_still_shows_its_postings_a_year_from_now(reference_site, tmp_path):
    result = build(reference_site, out=tmp_path / "out", today=dt.date.today() + dt.timedelta(days=365))
    assert (result.postings, result.expired) == (5, 0)


def git(site, *args, date=None):
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@e", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@e"}
    if date:
        env |= {"GIT_AUTHOR_DATE": f"{date}T12:00:00", "GIT_COMMITTER_DATE": f"{date}T12:00:00"}
    subprocess.run(["git", "-C", str(site), *args], check=True, capture_output=True, env=env)


def test_dates_come_from_git_first_and_last_commit(site):
    git(site, "init", "-q")
    write_posting(site, "job", "title: Job\ncompany: A\nremote: remote")
    git(site, "add", "-A")
    git(site, "commit", "-qm", "add", date="2026-10-01")
    write_posting(site, "job", "title: Job, edited\ncompany: A\nremote: remote")
    git(site, "commit", "-qam", "edit", date="2026-10-05")
    result = build(site, today=dt.date(2026, 10, 10))
    assert [str(w) for w in result.warnings] == []
    page = (site / "output/jobs/job/index.html").read_text()
    assert '<time datetime="2026-10-01"' in page and '<time datetime="2026-10-05">5 Oct 2026</time>' in page
    assert "<lastmod>2026-10-05</lastmod>" in (site / "output/sitemap.xml").read_text()


class _Meta(dict):
    """The part of cache.BuildCache that git_dates uses."""
    get_meta = dict.get
    set_meta = dict.__setitem__


def test_git_dates_are_kept_with_their_commit_and_read_again_only_from_there(site, monkeypatch):
    from jobboard import dates
    calls = []
    real = dates._git
    monkeypatch.setattr(dates, "_git", lambda site, *args: calls.append(args[0]) or logs.append(args) or real(site, *args))
    logs = []
    git(site, "init", "-q")
    write_posting(site, "a", "title: A\ncompany: A")
    git(site, "add", "-A")
    git(site, "commit", "-qm", "a", date="2026-10-01")
    cache = _Meta()
    assert dates.git_dates(site, "content", cache) == {"content/jobs/a.md": (dt.date(2026, 10, 1),) * 2}
    calls.clear()
    assert dates.git_dates(site, "content", cache) == {"content/jobs/a.md": (dt.date(2026, 10, 1),) * 2}
    assert calls == ["rev-parse"]  # the same commit: nothing more read
    write_posting(site, "b", "title: B\ncompany: A")
    git(site, "add", "-A")
    git(site, "commit", "-qm", "b", date="2026-10-03")
    write_posting(site, "a", "title: A, edited\ncompany: A")
    git(site, "commit", "-qam", "a again", date="2026-10-04")
    calls.clear()
    since = dates.git_dates(site, "content", cache)
    assert calls == ["rev-parse", "merge-base", "log"]
    reads = [args[-3] for args in logs if args[0] == "log"]  # what each git log read: the commits up to ...
    assert reads[-1] == f"{reads[0]}..{reads[-1].split('..')[1]}"  # now only those since the first read
    assert since == dates.git_dates(site, "content") == {"content/jobs/a.md": (dt.date(2026, 10, 1), dt.date(2026, 10, 4)),
                                                         "content/jobs/b.md": (dt.date(2026, 10, 3),) * 2}
    git(site, "commit", "-q", "--amend", "-m", "a rewritten", date="2026-10-06")  # history rewritten: all read again
    assert dates.git_dates(site, "content", cache) == dates.git_dates(site, "content") == {
        "content/jobs/a.md": (dt.date(2026, 10, 1), dt.date(2026, 10, 6)), "content/jobs/b.md": (dt.date(2026, 10, 3),) * 2}


def test_git_dates_of_a_shallow_clone_are_not_kept(site, tmp_path):
    """A clone without its history gives the last commit's day to every file: kept, those dates
    would stay after the rest of the history is fetched."""
    from jobboard import dates
    git(site, "init", "-q")
    write_posting(site, "a", "title: A\ncompany: A")
    git(site, "add", "-A")
    git(site, "commit", "-qm", "a", date="2026-10-01")
    write_posting(site, "b", "title: B\ncompany: A")
    git(site, "add", "-A")
    git(site, "commit", "-qm", "b", date="2026-10-03")
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", "--depth", "1", f"file://{site}", str(clone)], check=True)
    cache = _Meta()
    assert dates.git_dates(clone, "content", cache)["content/jobs/a.md"] == (dt.date(2026, 10, 3),) * 2
    assert cache == {}
    git(clone, "fetch", "-q", "--unshallow")
    assert dates.git_dates(clone, "content", cache)["content/jobs/a.md"] == (dt.date(2026, 10, 1),) * 2
    assert list(cache) == ["git-dates:content"]


def test_outside_git_the_modification_time_is_used_with_a_warning(site):
    path = write_posting(site, "job", "title: Job\ncompany: A\nremote: remote")
    os.utime(path, (dt.datetime(2026, 9, 1, 12).timestamp(),) * 2)
    result = build(site, today=dt.date(2026, 9, 2))
    assert [str(w) for w in result.warnings] == [
        "warning: content/jobs/job.md:1: date: no date and the site is not in git; using the file's modification "
        "time — add 'date: YYYY-MM-DD' or commit the file"]
    assert '<time datetime="2026-09-01"' in (site / "output/jobs/job/index.html").read_text()


def test_search_index_is_built_into_the_output_before_the_swap(reference_site, tmp_path):
    out = tmp_path / "out"
    build(reference_site, out=out)
    assert (out / "pagefind/pagefind.js").is_file() and list((out / "pagefind/index").iterdir())
    home = (out / "index.html").read_text()
    assert 'data-bundle="/pagefind/"' in home and "/static/search.js?v=" in home


def test_pages_are_byte_identical_between_builds_with_search(reference_site, tmp_path):
    """Pagefind's own bundle is not byte-stable between runs (its filter files); every page is."""
    for name in ("one", "two"):
        build(reference_site, out=tmp_path / name)
    files = lambda root: {p.relative_to(root): p.read_bytes() for p in root.rglob("*")
                          if p.is_file() and "pagefind" not in p.relative_to(root).parts}
    assert files(tmp_path / "one") == files(tmp_path / "two")
