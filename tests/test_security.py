"""Untrusted postings: whatever a posting contains, no script of it runs and every page stays well-formed."""

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from conftest import write_posting
from jobboard.build import build
from jobboard.markup import render_body
from safety import unsafe_markup

PAYLOADS = Path(__file__).resolve().parent / "payloads"
BASE = "https://payloads.example/board/"


@pytest.fixture(scope="module")
def payload_site(tmp_path_factory):
    out = tmp_path_factory.mktemp("payloads") / "out"
    build(PAYLOADS, out=out)
    return out


def test_no_page_of_the_payload_site_carries_script(payload_site):
    pages = sorted(payload_site.rglob("*.html"))
    assert len(pages) >= 15
    problems = {str(p.relative_to(payload_site)): unsafe_markup(p.read_text(), {"/board/static/site.js", "/board/static/search.js"})
                for p in pages}
    assert {page: found for page, found in problems.items() if found} == {}


def test_front_matter_payloads_are_shown_as_text(payload_site):
    page = (payload_site / "jobs/raw-html/index.html").read_text()
    assert "<title>&lt;/title&gt;&lt;script&gt;window.__pwned=&#34;title&#34;&lt;/script&gt; at &#34;&gt;" in page
    assert "&#34;&gt;&lt;img src=x onerror=window.__pwned=&#34;company&#34;&gt;" in page
    assert 'href="https://example.com/apply?x=&#34;&gt;&lt;script&gt;' in page


def test_escaped_text_stays_text_after_repair(payload_site):
    page = (payload_site / "jobs/entities/index.html").read_text()
    assert "&lt;script&gt;window.__pwned=&#34;entity&#34;&lt;/script&gt;" in page or \
        "&lt;script&gt;window.__pwned=\"entity\"&lt;/script&gt;" in page


def test_feeds_and_sitemap_are_well_formed_xml(payload_site):
    for path in [payload_site / "sitemap.xml", *payload_site.rglob("feed.xml")]:
        root = ET.parse(path).getroot()
        assert root.tag.endswith(("feed", "urlset")), path
    feed = ET.parse(payload_site / "feed.xml").getroot()
    titles = [e.text for e in feed.iter("{http://www.w3.org/2005/Atom}title")]
    assert '</title><script>window.__pwned="title"</script> at "><img src=x onerror=window.__pwned="company">' in titles


@pytest.mark.parametrize("markdown", [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '<a href="javascript:alert(1)">x</a>',
    "[x](javascript:alert(1))",
    "[x](JaVaScRiPt:alert(1))",
    "[x](javascript&#58;alert(1))",
    "[x](vbscript:msgbox(1))",
    "[x](data:text/html;base64,PHNjcmlwdD4=)",
    '[x](https://e.com "a\\" onmouseover=\\"alert(1)")',
    '![a" onerror="alert(1)](https://e.com/x.png)',
    '```" onclick="alert(1)\ncode\n```',
    "<iframe src=https://e.com></iframe><style>*{}</style><svg onload=alert(1)>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    '<p onclick="alert(1)">x</p>',
])
def test_body_payloads_are_sanitized(markdown):
    html = render_body(markdown)
    assert unsafe_markup(f"<body>{html}</body>") == [], html
    assert "alert(1)" not in html or "onerror" not in html


def test_external_links_get_nofollow_ugc_noopener():
    assert render_body("[x](https://e.com)") == '<p><a href="https://e.com" rel="nofollow ugc noopener">x</a></p>'


# Any printable text: control characters are refused by the reader (tested in test_reader.py).
WEIRD = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40).filter(
    lambda s: s.strip() and "\ufffe" not in s and "\uffff" not in s)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=WEIRD, company=WEIRD, city=WEIRD, tag=WEIRD)
def test_any_names_give_safe_pages_inside_the_output(tmp_path_factory, title, company, city, tag):
    import json
    site = tmp_path_factory.mktemp("site")
    (site / "jobboard.toml").write_text(f'base_url = "{BASE}"\nsearch = false\n')
    write_posting(site, "job", "\n".join([f"title: {json.dumps(title, ensure_ascii=False)}", f"company: {json.dumps(company, ensure_ascii=False)}",
                                          f"cities: [{json.dumps(city, ensure_ascii=False)}]", f"tags: [{json.dumps(tag, ensure_ascii=False)}]",
                                          "date: 2026-11-01"]))
    out = site / "out"
    result = build(site, out=out)
    assert result.postings == 1
    for path in out.rglob("*"):
        assert out.resolve() in path.resolve().parents
        if path.suffix == ".html":
            assert unsafe_markup(path.read_text(), {"/board/static/site.js", "/board/static/search.js"}) == [], path
        elif path.suffix == ".xml":
            ET.parse(path)
