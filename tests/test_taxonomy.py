import datetime as dt

from jobboard.model import Posting
from jobboard.taxonomy import build_taxonomies, canonical_tags, local_city_names
from jobboard.vocab import city_list, load_vocabulary


def posting(slug, day, **fields):
    return Posting(slug=slug, path=f"content/jobs/{slug}.md", title=slug, body="", date=dt.date(2026, 1, day),
                   **fields)


def test_aliases_become_canonical_and_unknown_tags_warn():
    postings, warnings = canonical_tags([posting("a", 1, tags=("k8s", "Postgres", "quantum-basket-weaving"))],
                                        load_vocabulary())
    assert postings[0].tags == ("kubernetes", "postgresql", "quantum-basket-weaving")
    assert [str(w) for w in warnings] == [
        "warning: content/jobs/a.md:1: tags: unknown tag 'quantum-basket-weaving' — "
        "use a key from the tag vocabulary or add it to data/tags.toml"]


def test_terms_are_counted_sorted_and_carry_display_names():
    postings = [posting("a", 3, tags=("cpp", "c"), cities=("Berlin",), company="A"),
                posting("b", 2, tags=("c",), cities=("Munich",), company="B"),
                posting("c", 1, tags=("csharp", "c"), cities=("Berlin",), company="A")]
    tax = build_taxonomies(postings, load_vocabulary())
    assert [(t.slug, t.name, t.count) for t in tax["tags"].terms] == [("c", "C", 3), ("csharp", "C#", 1),
                                                                      ("cpp", "C++", 1)]
    assert [(t.name, t.count) for t in tax["cities"].terms] == [("Berlin", 2), ("Munich", 1)]
    assert [p.slug for p in tax["companies"].terms[0].postings] == ["a", "c"]


def test_names_that_slug_alike_merge_under_the_most_used_spelling():
    postings = [posting("a", 3, cities=("São Paulo",)), posting("b", 2, cities=("Sao Paulo",)),
                posting("c", 1, cities=("São Paulo",))]
    cities = build_taxonomies(postings, load_vocabulary())["cities"].terms
    assert [(t.slug, t.name, t.count) for t in cities] == [("sao-paulo", "São Paulo", 3)]


def test_postings_without_company_are_in_no_company_term():
    tax = build_taxonomies([posting("a", 1)], load_vocabulary())
    assert tax["companies"].terms == ()


def test_unknown_tags_are_shown_as_written_and_warned_about_on_their_line():
    p = posting("a", 1, tags=("mojo lang",))
    p = Posting(**{**p.__dict__, "lines": {"tags": 7}})
    postings, warnings = canonical_tags([p], load_vocabulary())
    assert postings[0].tags == ("mojo lang",)
    assert warnings[0].line == 7
    tag = build_taxonomies(postings, load_vocabulary())["tags"].terms[0]
    assert (tag.slug, tag.name) == ("mojo-lang", "mojo lang")


def test_a_city_in_another_language_is_warned_about_when_it_gets_a_page_of_its_own():
    postings = [posting("a", 1, cities=("München", "Zürich", "Berlin", "Atlantis"), country="DE"),
                posting("b", 2, cities=("Köln",)),
                posting("c", 3, cities=("München",), country="AT")]  # another country: maybe another city
    assert [str(w) for w in local_city_names(postings, city_list())] == [
        "warning: content/jobs/a.md:1: cities: 'München' is another name of Munich in the city list: its jobs get a "
        "page apart from Munich's (/cities/munchen/) — write Munich, or add München to data/cities.tsv to keep its "
        "own page",
        "warning: content/jobs/b.md:1: cities: 'Köln' is another name of Cologne in the city list: its jobs get a page "
        "apart from Cologne's (/cities/koln/) — write Cologne, or add Köln to data/cities.tsv to keep its own page"]


def test_a_sites_own_cities_extend_the_english_names(tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "cities.tsv").write_text("name\tcountry\taliases\tflags\nGotham\tUS\tGotham City\t\n"
                                                  "Brooklyn\tUS\t\t\n")  # its own page, not New York's
    warnings = local_city_names([posting("a", 1, cities=("Gotham City", "Köln", "Brooklyn"))],
                                city_list(tmp_path))
    assert [w.message.split(" in the city list")[0] for w in warnings] == ["'Gotham City' is another name of Gotham",
                                                                          "'Köln' is another name of Cologne"]
