"""The one slug function: every posting, tag, city and company URL segment comes from here."""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
import unicodedata

MAX_BYTES = 80

# Letters that NFKD does not decompose into ASCII.
_TRANSLITERATE = str.maketrans({
    "ß": "ss", "ẞ": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ø": "o", "Ø": "o",
    "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "þ": "th", "Þ": "th", "ł": "l", "Ł": "l",
    "ı": "i", "ħ": "h", "Ħ": "h", "ŋ": "n", "&": " and ", "@": " at ", "+": " plus ",
})
# Symbols that carry meaning in technology names, so C, C++, C#, F# and .NET stay distinct.
_SYMBOLS = [
    (re.compile(r"\+\+"), "pp"),
    (re.compile(r"#"), "sharp"),
    (re.compile(r"(?:(?<=^)|(?<=[\s/(]))\.(?=\w)"), "dot"),
]
_RESERVED = {"tags", "cities", "companies", "jobs", "page", "index", "static", "feed", "search"}
_WINDOWS = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}


@lru_cache(maxsize=65536)
def slugify(text: str) -> str:
    """Return a URL- and file-safe slug: lowercase ASCII letters, digits and single hyphens."""
    text = unicodedata.normalize("NFC", str(text)).strip()
    for pattern, replacement in _SYMBOLS:
        text = pattern.sub(replacement, text)
    ascii_text = unicodedata.normalize("NFKD", text.translate(_TRANSLITERATE))
    ascii_text = ascii_text.encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    slug = _cap(slug)
    if not slug:
        return "x-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]
    if slug in _RESERVED or slug in _WINDOWS:
        return slug + "-1"
    return slug


def _cap(slug: str) -> str:
    """Cut a slug to MAX_BYTES, at a hyphen when there is one (ASCII, so bytes == chars)."""
    if len(slug) <= MAX_BYTES:
        return slug
    cut = slug[:MAX_BYTES]
    if "-" in cut[MAX_BYTES // 2:]:
        cut = cut[: cut.rindex("-")]
    return cut.strip("-")

