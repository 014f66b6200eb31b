import pytest

from jobboard.config import load_config
from jobboard.errors import JobboardError


def test_defaults_for_settings_the_file_leaves_out(tmp_path):
    (tmp_path / "jobboard.toml").write_text('title = "Jobs"\n')
    config = load_config(tmp_path)
    assert config.per_page == 20
    assert config.base_url == "http://localhost:8000/"


def test_a_folder_without_jobboard_toml_is_not_a_site(tmp_path):
    with pytest.raises(JobboardError) as caught:
        load_config(tmp_path / "typo")
    assert str(caught.value) == (f"{tmp_path / 'typo'}: no jobboard.toml here, so this is not a jobboard site — "
                                 "pass --site with the site's folder, or create one with jobboard init")


def test_a_bad_base_url_on_the_command_line_names_the_flag(tmp_path):
    (tmp_path / "jobboard.toml").write_text('base_url = "https://ok.example/"\n')
    with pytest.raises(JobboardError) as caught:
        load_config(tmp_path, "https://a.example/board?x=1")
    assert str(caught.value).startswith("--base-url: 'https://a.example/board?x=1' is not valid")


def test_base_url_gets_a_trailing_slash_and_keeps_its_sub_path(tmp_path):
    (tmp_path / "jobboard.toml").write_text('base_url = "https://example.github.io/board"\n')
    config = load_config(tmp_path)
    assert config.base_url == "https://example.github.io/board/"


def test_command_line_base_url_overrides_the_file(tmp_path):
    (tmp_path / "jobboard.toml").write_text('base_url = "https://a.example/"\n')
    assert load_config(tmp_path, "https://b.example/x/").base_url == "https://b.example/x/"


def test_every_bad_setting_is_reported_at_once_with_its_line(tmp_path):
    (tmp_path / "jobboard.toml").write_text('title = "Jobs"\nper_pgae = 10\nbase_url = "example.org"\n')
    with pytest.raises(JobboardError) as caught:
        load_config(tmp_path)
    messages = [str(p) for p in caught.value.problems]
    assert messages == [
        "jobboard.toml:2: per_pgae: unknown setting — did you mean 'per_page'?",
        "jobboard.toml:3: base_url: 'example.org' is not valid — expected an absolute http(s) URL, "
        'e.g. base_url = "https://example.org/board/"',
    ]


def test_invalid_toml_names_the_line(tmp_path):
    (tmp_path / "jobboard.toml").write_text('title = "Jobs"\nper_page = = 3\n')
    with pytest.raises(JobboardError) as caught:
        load_config(tmp_path)
    assert str(caught.value).startswith("jobboard.toml:2: not valid TOML")
