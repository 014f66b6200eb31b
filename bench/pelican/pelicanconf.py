"""A minimal Pelican site for the same synthetic corpus (gen_corpus.py --anchors), used by
bench/bench_build.py --compare: a page per posting, tag pages, home paginated by 50."""

import json

from pelican.readers import MarkdownReader


class FrontMatterReader(MarkdownReader):
    """Markdown with the corpus' front matter: the meta extension reads `key: value` lines between
    the --- lines as text, so quoted strings and [lists] are decoded here (they are JSON)."""

    def _parse_metadata(self, meta):
        return super()._parse_metadata({name: [plain(v) for v in values] for name, values in meta.items()})


def plain(value: str) -> str:
    """`"Berlin"` as Berlin, `["a", "b"]` as a, b (Pelican splits tags on commas), the rest as is."""
    try:
        value = json.loads(value)
    except ValueError:
        return value
    return ", ".join(value) if isinstance(value, list) else str(value)


SITENAME = "Benchmark board"
SITEURL = ""
RELATIVE_URLS = True
PATH = "content"
OUTPUT_PATH = "output"
TIMEZONE = "UTC"
DEFAULT_LANG = "en"
THEME = "simple"
READERS = {"md": FrontMatterReader}
SLUGIFY_SOURCE = "basename"  # titles repeat; file names are unique
DEFAULT_PAGINATION = 50
LOAD_CONTENT_CACHE = False
