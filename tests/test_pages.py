import datetime as dt

import pytest

from jobboard.config import Config
from jobboard.errors import JobboardError
from jobboard.model import Posting
from jobboard.pages import Views, _check_unique, fixed_page, plan
from jobboard.taxonomy import build_taxonomies
from jobboard.urls import Linker
from jobboard.vocab import load_vocabulary


def plan_for(count, per_page=2):
    vocab = load_vocabulary()
    postings = [Posting(slug=f"p{n}", path="x", title=f"P{n}", body="", date=dt.date(2026, 1, 28 - n),
                        company="Acme", cities=("Berlin",), tags=("go",)) for n in range(count)]
    linker = Linker("https://example.org/")
    views = Views(postings, [], linker, vocab, {}, set())
    bodies = {p.slug: "<p>Body</p>" for p in postings}
    return plan(postings, [], build_taxonomies(postings, vocab), Config(per_page=per_page), linker, views, bodies)


def test_every_page_is_planned_once_with_its_template():
    routes = {page.route: page.template for page in plan_for(5)}
    assert routes[""] == "list.html" and routes["page/2/"] == "list.html" and routes["page/3/"] == "list.html"
    assert "page/4/" not in routes
    assert routes["jobs/p0/"] == "posting.html"
    assert routes["tags/"] == routes["cities/"] == routes["companies/"] == "terms.html"
    assert routes["tags/go/page/3/"] == "list.html" and routes["companies/acme/feed.xml"] == "feed.xml"
    assert routes["404.html"] == "404.html" and routes["sitemap.xml"] == "sitemap.xml"


def test_an_empty_board_still_has_a_home_page():
    pages = plan_for(0)
    home = next(p for p in pages if p.route == "")
    assert home.context["postings"] == [] and home.context["pager"].count == 1


def test_listing_pages_link_to_their_neighbours():
    pages = {p.route: p for p in plan_for(5)}
    pager = pages["page/2/"].context["pager"]
    assert (pager.number, pager.count, pager.prev_url, pager.next_url) == (2, 3, "/", "/page/3/")


def test_posting_page_lists_other_postings_of_the_company():
    pages = {p.route: p for p in plan_for(3)}
    assert [v.slug for v in pages["jobs/p1/"].context["related"]] == ["p0", "p2"]


def test_two_pages_for_one_output_path_is_an_error():
    with pytest.raises(JobboardError, match="two pages would be written here"):
        _check_unique([fixed_page("tags/", "terms.html", {}), fixed_page("tags/", "list.html", {})])


def test_listings_hold_views_made_on_first_use_that_behave_like_views():
    pages = {p.route: p for p in plan_for(3)}
    lazy = pages[""].context["postings"][0]
    view = pages["jobs/p0/"].context["posting"]
    assert lazy.slug == "p0" and lazy.title == view.title == "P0" and lazy.where == view.where
    assert lazy == view and hash(lazy) == hash(view) and repr(lazy) == repr(view)
    import copy
    assert copy.copy(lazy).slug == "p0"
