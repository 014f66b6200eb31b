import re
import subprocess
import sys
from pathlib import Path

import pytest

from jobboard.errors import JobboardError
from jobboard.vocab import countries, load_vocabulary

SHARED = Path(__file__).resolve().parents[2] / "shared"


def test_aliases_map_to_canonical_keys():
    vocab = load_vocabulary()
    assert vocab.canonical("k8s") == "kubernetes"
    assert vocab.canonical("Postgres") == "postgresql"
    assert vocab.canonical("C++") == "cpp"
    assert vocab.canonical(".NET") == "dotnet"
    assert vocab.canonical("F#") == "fsharp"
    assert vocab.canonical("CI/CD") == "ci-cd"
    assert vocab.canonical("no-such-thing") is None


def test_display_names():
    vocab = load_vocabulary()
    assert [vocab.name(k) for k in ("cpp", "csharp", "dotnet", "postgresql", "c")] == \
        ["C++", "C#", ".NET", "PostgreSQL", "C"]


def test_shipped_vocabulary_is_large_and_well_formed():
    vocab = load_vocabulary()
    assert len(vocab.tags) >= 300
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", key) for key in vocab.tags)


@pytest.mark.skipif(not (SHARED / "bench" / "gen_corpus.py").exists(), reason="shared/ not beside the repo")
def test_vocabulary_knows_every_tag_of_the_benchmark_corpus(tmp_path):
    subprocess.run([sys.executable, str(SHARED / "bench" / "gen_corpus.py"), "200", str(tmp_path)], check=True)
    vocab = load_vocabulary()
    tags = set()
    for path in tmp_path.glob("*.md"):
        line = next(l for l in path.read_text().splitlines() if l.startswith("tags:"))
        tags.update(re.findall(r'"([^"]+)"', line))
    assert {t for t in tags if vocab.canonical(t) != t} == set()


def test_a_site_extends_and_overrides_the_vocabulary(tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "tags.toml").write_text(
        'mojo = { name = "Mojo", aliases = ["mojo lang"] }\npython = { name = "Python 3", aliases = [] }\n')
    vocab = load_vocabulary(tmp_path)
    assert vocab.canonical("mojo lang") == "mojo"
    assert vocab.name("python") == "Python 3"
    assert vocab.canonical("kubernetes") == "kubernetes"


def test_a_bad_site_vocabulary_is_reported_with_its_line(tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "tags.toml").write_text('ok = { name = "OK" }\nBad_Key = { name = "Bad" }\n')
    with pytest.raises(JobboardError) as caught:
        load_vocabulary(tmp_path)
    assert str(caught.value) == ("data/tags.toml:2: Bad_Key: tag keys are lowercase letters, digits and hyphens"
                                 " — e.g. cpp for C++, ci-cd for CI/CD")


def test_a_misspelt_field_in_the_site_vocabulary_is_an_error_not_ignored(tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "tags.toml").write_text('mojo = { name = "Mojo", aliasez = ["mojo lang"] }\n'
                                                 'zig = { name = "Zig", detect = "no" }\n')
    with pytest.raises(JobboardError) as caught:
        load_vocabulary(tmp_path)
    assert str(caught.value).splitlines() == [
        "data/tags.toml:1: mojo: unknown field 'aliasez' — did you mean 'aliases'?",
        "data/tags.toml:2: zig: detect, ambiguous and listed are true or false"]


def test_countries():
    assert countries()["DE"] == "Germany"
    assert countries()["NO"] == "Norway"
    assert len(countries()) >= 249


def test_a_site_data_file_that_is_not_utf8_is_a_one_line_error(tmp_path):
    from jobboard.places import load_gazetteer
    from jobboard.vocab import city_list
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "cities.tsv").write_bytes(b"name\tcountry\taliases\tflags\nK\xf6ln2\tDE\t\t\n")
    for load in (city_list, load_gazetteer):
        with pytest.raises(JobboardError) as caught:
            load(tmp_path)
        assert str(caught.value) == "data/cities.tsv: not UTF-8 text (byte 29 is 0xf6) — save it as UTF-8"
    (tmp_path / "data" / "tags.toml").write_bytes(b'mojo = { name = "M\xf6jo" }\n')
    with pytest.raises(JobboardError, match=r"^data/tags.toml: not UTF-8 text \(byte 19 is 0xf6\)"):
        load_vocabulary(tmp_path)


def test_a_vocabulary_read_back_from_the_cache_is_the_one_parsed(tmp_path, monkeypatch):
    import json

    from jobboard import vocab

    class Meta(dict):
        get_meta, set_meta = dict.get, dict.__setitem__
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "tags.toml").write_text('mojo = { name = "Mojo", aliases = ["mojo lang"] }\n')
    monkeypatch.setattr(vocab._shipped_tags, "cache_info", lambda: type("Info", (), {"currsize": 0})())
    cache = Meta()
    (tmp_path / "data" / "tags.toml").write_text('zyxlang = { name = "Zyxlang" }\n')
    assert load_vocabulary(tmp_path, cache).canonical("zyxlang") == "zyxlang"
    (tmp_path / "data" / "tags.toml").write_text('mojo = { name = "Mojo", aliases = ["mojo lang"] }\n')
    parsed = load_vocabulary(tmp_path, cache)  # the site's file changed: parsed again, not read back
    assert parsed.canonical("zyxlang") is None and list(cache) == ["vocabulary"]
    monkeypatch.setattr(vocab, "_parse_tags", None)  # from here on, nothing may be parsed
    again = load_vocabulary(tmp_path, cache)
    assert again.tags == parsed.tags and again.spellings() == parsed.spellings()
    assert again.canonical("mojo lang") == "mojo" and again.name("cpp") == "C++"
    files = json.loads(cache["vocabulary"])[0]
    for bad in (f'["{files}", [["x", "X", "not a list", true, false]]]', f'["{files}", {{"x": 1}}]',
                f'["{files}", [[1, 2]]]', '["other files", []]', "not json", "null"):
        cache["vocabulary"] = bad  # a cache is not trusted: anything else is parsed again
        with pytest.raises(TypeError):  # _parse_tags is None: it was asked for
            load_vocabulary(tmp_path, cache)


def test_a_listed_tag_is_ambiguous_too(tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "tags.toml").write_text('anvil = { name = "Anvil", listed = true }\n')
    from jobboard.skills import find_tags
    vocab = load_vocabulary(tmp_path)
    assert vocab.tags["anvil"].ambiguous and vocab.tags["anvil"].listed
    assert find_tags("Anvil experience preferred; an anvil in the shop", vocab) == []
    assert find_tags("We build with Anvil, Python and PostgreSQL", vocab) == ["anvil", "python", "postgresql"]
