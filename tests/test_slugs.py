from hypothesis import given, strategies as st

from jobboard.slugs import MAX_BYTES, slugify


def test_symbols_in_technology_names_stay_distinct():
    slugs = [slugify(name) for name in ("C", "C++", "C#", "F#", ".NET", "ASP.NET", "Node.js")]
    assert slugs == ["c", "cpp", "csharp", "fsharp", "dotnet", "asp-net", "node-js"]


def test_transliterates_accents_and_special_letters():
    assert slugify("São Paulo") == "sao-paulo"
    assert slugify("Zürich") == "zurich"
    assert slugify("Düsseldorf") == "dusseldorf"
    assert slugify("Straße & Søn") == "strasse-and-son"
    assert slugify("Łódź") == "lodz"


def test_transliterates_cyrillic_as_passports_do():
    assert slugify("Python-розробник") == "python-rozrobnyk"
    assert slugify("Девсофт ЕООД") == "devsoft-eood"
    assert [slugify(city) for city in ("Київ", "Москва", "Щучинськ", "Љубљана")] == \
        ["kyiv", "moskva", "shchuchynsk", "ljubljana"]


def test_reserved_routes_and_windows_names_get_a_suffix():
    assert slugify("Tags") == "tags-1"
    assert slugify("page") == "page-1"
    assert slugify("index") == "index-1"
    assert slugify("CON") == "con-1"
    assert slugify("lpt1") == "lpt1-1"


def test_empty_or_symbol_only_text_gets_a_stable_fallback():
    assert slugify("日本語") == slugify("日本語")
    assert slugify("日本語").startswith("x-")
    assert slugify("日本語") != slugify("中文")
    assert slugify("") .startswith("x-")


def test_long_text_is_capped_at_a_word_boundary():
    slug = slugify("senior " * 40)
    assert len(slug) <= MAX_BYTES
    assert not slug.endswith("-")
    assert set(slug.split("-")) == {"senior"}


@given(st.text(max_size=300))
def test_any_text_gives_a_safe_slug(text):
    slug = slugify(text)
    assert 0 < len(slug.encode()) <= MAX_BYTES
    assert all(c in "abcdefghijklmnopqrstuvwxyz0123456789-" for c in slug)
    assert not slug.startswith("-") and not slug.endswith("-") and "--" not in slug
    assert slugify(slug) in (slug, slug + "-1")
