"""The one slug function: every posting, tag, city and company URL segment comes from here."""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
import unicodedata

MAX_BYTES = 80

# Cyrillic, romanised near enough as Ukrainian and Russian passports do ("Python-розробник" -> "python-rozrobnyk",
# not a hash), with Serbian's own letters
_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ye", "ж": "zh", "з": "z", "и": "y",
    "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "yu",
    "я": "ya", "ё": "yo", "ы": "y", "э": "e", "ъ": "", "ђ": "dj", "ј": "j", "љ": "lj", "њ": "nj", "ћ": "c", "џ": "dz",
}
# Letters that NFKD does not decompose into ASCII.
_TRANSLITERATE = str.maketrans({
    **_CYRILLIC, **{letter.upper(): latin for letter, latin in _CYRILLIC.items()},
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

