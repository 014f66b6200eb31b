import pytest

from jobboard.build import build
from linkcheck import broken_links, links_of


@pytest.mark.parametrize("base_url", ["https://jobs.example.org/", "https://example.github.io/board/"])
def test_every_internal_link_of_the_reference_site_resolves(reference_site, tmp_path, base_url):
    out = tmp_path / "out"
    build(reference_site, out=out, base_url=base_url)
    pages = list(out.rglob("*.html"))
    assert len(pages) > 50
    checked = sum(len(links_of(p)) for p in pages)
    assert checked > 1000
    assert broken_links(out, base_url) == []


def test_a_sub_path_prefixes_every_internal_link(reference_site, tmp_path):
    out = tmp_path / "out"
    build(reference_site, out=out, base_url="https://example.github.io/board/")
    home = (out / "index.html").read_text()
    assert 'href="/board/static/style.css?v=' in home
    assert 'href="/board/tags/"' in home and 'href="/tags/"' not in home
    assert '<link rel="canonical" href="https://example.github.io/board/">' in home


def test_the_link_checker_finds_broken_links(tmp_path):
    (tmp_path / "index.html").write_text('<a href="/board/missing/">x</a><a href="/elsewhere/">y</a>'
                                         '<a href="https://other.example/">ok</a><a href="/board/">ok</a>')
    assert broken_links(tmp_path, "https://example.org/board/") == [
        "index.html -> /board/missing/", "index.html -> /elsewhere/ (outside the base path /board/)"]
