from jobboard import urls
from jobboard.urls import Linker


def test_routes_follow_the_design_layout():
    assert urls.posting("x") == "jobs/x/"
    assert urls.term("tags", "cpp") == "tags/cpp/"
    assert urls.paged(urls.HOME, 1) == "" and urls.paged(urls.HOME, 2) == "page/2/"
    assert urls.paged("tags/cpp/", 3) == "tags/cpp/page/3/"


def test_output_paths():
    assert urls.output_path("") == "index.html"
    assert urls.output_path("jobs/x/") == "jobs/x/index.html"
    assert urls.output_path("feed.xml") == "feed.xml"


def test_links_honour_a_sub_path():
    linker = Linker("https://example.github.io/board/")
    assert linker.path("tags/") == "/board/tags/"
    assert linker.path("") == "/board/"
    assert linker.absolute("feed.xml") == "https://example.github.io/board/feed.xml"
    assert Linker("https://jobs.example/").path("jobs/a/") == "/jobs/a/"
