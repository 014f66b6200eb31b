"""Raw posting bytes to clean text: detect the encoding, repair mojibake, normalize line endings."""

from __future__ import annotations

import codecs
import re

import ftfy

MAX_RAW_BYTES = 2_000_000


class DecodeError(ValueError):
    """A raw file that cannot be read as text."""


def decode(data: bytes) -> str:
    """Text of a raw posting in UTF-8 (with or without BOM), UTF-16 or Windows-1252, repaired."""
    if not data.strip():
        raise DecodeError("the file is empty")
    if len(data) > MAX_RAW_BYTES:
        raise DecodeError(f"the file is {len(data):,} bytes, over the {MAX_RAW_BYTES:,} byte limit")
    text = _decode_bytes(data)
    if "\x00" in text or _binary_ratio(text) > 0.05:
        raise DecodeError("the file looks binary, not text")
    return repair(text)


def _as_cp1252(error: UnicodeDecodeError) -> tuple[str, int]:
    """A byte that is not UTF-8 in a UTF-8 file: read as Windows-1252, where it most often comes from."""
    return error.object[error.start:error.end].decode("cp1252", errors="replace"), error.end


codecs.register_error("jobboard-cp1252", _as_cp1252)


def _decode_bytes(data: bytes) -> str:
    # A file that says its encoding but breaks it somewhere (cut off mid-character, a stray byte
    # appended) is still read: UTF-8's stray bytes as Windows-1252, UTF-16's as U+FFFD.
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="jobboard-cp1252")  # "60.000 € brutto" saved half in Windows-1252
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    if len(data) >= 4 and data[1::2].count(0) > len(data) // 4:  # UTF-16 LE without BOM: every other byte 0
        return data.decode("utf-16-le", errors="replace")
    if len(data) >= 4 and data[0::2].count(0) > len(data) // 4:
        return data.decode("utf-16-be", errors="replace")
    try:
        return data.decode("utf-8")  # before any declaration: a page saved as UTF-8 keeps a stale one
    except UnicodeDecodeError:
        pass
    high = sum(1 for byte in data if byte >= 0x80)
    if data.decode("utf-8", errors="replace").count("\ufffd") <= 0.1 * high:
        # UTF-8 with a stray byte or two ("Don\x92t" pasted from Windows, a file cut mid-character), not another encoding
        return data.decode("utf-8", errors="jobboard-cp1252")
    declared = _declared_charset(data)
    if declared:  # a saved page in Shift_JIS, EUC-KR, GB2312, KOI8-R, ...
        return data.decode(declared, errors="replace")
    undeclared = None if _plain_western(data) else _east_asian(data) or _cyrillic(data) or _code_page(data)
    if undeclared is not None:
        return undeclared
    try:
        return data.decode("cp1252")  # the usual encoding of files saved on Windows
    except UnicodeDecodeError:
        return data.decode("latin-1")  # every byte is a character: nothing is lost or replaced


# Encodings of East Asian text a file may use without saying so, and the characters of their scripts
_EAST_ASIAN = ("big5", "cp932", "gbk", "euc_kr")
_CJK = re.compile(r"[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff00-\uff60\uffe0-\uffef]")  # (and their
# punctuation; not the half-width katakana UTF-8's pairs of bytes read as in Shift_JIS)


def _east_asian(data: bytes) -> str | None:
    """The text of a file in Big5, Shift_JIS, GBK or EUC-KR that does not say so: its bytes outside ASCII come in
    pairs (read as Windows-1252, runs of accented letters, not one between ASCII letters as in "café"), and one of
    those encodings reads them all as Chinese, Japanese or Korean."""
    high = [n for n, byte in enumerate(data[:20_000]) if byte >= 0x80]
    if len(high) < 20 or sum(1 for a, b in zip(high, high[1:]) if b == a + 1) < 0.8 * len(high) / 2:
        return None
    best, best_share = None, 0.0
    for encoding in _EAST_ASIAN:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        wide = [char for char in text[:20_000] if ord(char) > 0x7f]
        share = len(_CJK.findall("".join(wide))) / max(1, len(wide))
        if share > best_share:
            best, best_share = text, share
    return best if best_share >= 0.9 else None


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def _cyrillic(data: bytes) -> str | None:
    """The text of a file in Windows-1251 or KOI8 that does not say so: its bytes outside ASCII make whole words (read
    as Windows-1252, words of accented letters only: "Õàðê³â"), which both read as Cyrillic; the right one reads most
    of its letters as lower case, as a text's are (each reads the other's lower case as capitals)."""
    words = re.findall(rb"[\x80-\xff]{2,}", data[:20_000])
    high = sum(1 for byte in data[:20_000] if byte >= 0x80)
    if high < 20 or sum(map(len, words)) < 0.8 * high or sum(map(len, words)) < 3.5 * len(words):
        return None  # (not Portuguese's pairs: "soluções")
    best, best_lower = None, 0.0
    for encoding in ("cp1251", "koi8_u"):
        text = data.decode(encoding, errors="replace")
        letters = _CYRILLIC.findall(text[:20_000])
        if len(letters) < 0.9 * high:
            continue
        lower = sum(1 for letter in letters if letter.islower()) / len(letters)
        if lower > best_lower:
            best, best_lower = text, lower
    return best if best_lower >= 0.6 else None


# Windows' code pages for European languages a file may use without saying so, beside Windows-1252, and the letters
# outside ASCII of the languages written in each (lower case)
_CODE_PAGES = ("cp1252", "cp1250", "cp1257", "cp1254")
_ALPHABETS = {
    "fr": "àâæçéèêëîïôœùûüÿ", "de": "äöüß", "es": "áéíóúñü", "pt": "áâãàçéêíóôõú", "it": "àèéìíîòóùú", "nl": "éèëïöü",
    "sv": "åäöé", "da": "æøåé", "fi": "äöåšž", "is": "áðéíóúýþæö", "pl": "ąćęłńóśźż", "cs": "áčďéěíňóřšťúůýž",
    "sk": "áäčďéíĺľňóôŕšťúýž", "hu": "áéíóöőúüű", "ro": "ăâîșțşţ", "hr": "čćđšž", "lt": "ąčęėįšųūž",
    "lv": "āčēģīķļņšūž", "et": "äöõüšž", "tr": "çğıöşüâî",
}


def _code_page(data: bytes) -> str | None:
    """The text of a file in another code page than Windows-1252 that does not say so (Polish, Czech, Lithuanian or
    Turkish saved on Windows): the one whose letters outside ASCII one language writes, where Windows-1252 reads
    symbols beside letters ("mo¿liwoœæ", "prywatn¹") or letters of several languages at once ("vývojáø", "mìsíènì")."""
    sample = data[:20_000].decode("cp1252", errors="replace")
    words = sample.split()
    accented = [word for word in words if re.search(rf"[^\x00-\x7f{_TYPOGRAPHY}]", word)]  # (not "–", "£42,000")
    if len(accented) < 10 or len(accented) < 0.15 * len(words):
        return None  # too few to tell, or names in an English text ("Genève", "Kraków", "naïve")
    scores = {}
    for encoding in _CODE_PAGES:
        try:
            text = data[:20_000].decode(encoding, errors="strict" if encoding != "cp1252" else "replace")
        except UnicodeDecodeError:
            continue
        letters = [char.lower() for char in text if ord(char) > 0x7f and char.isalpha() and char not in "ºª"]
        odd = len(_SYMBOL_BY_LETTER.findall(text)) + len(_LETTER_ALONE.findall(text))
        fit = max(sum(1 for letter in letters if letter in alphabet) for alphabet in _ALPHABETS.values())
        scores[encoding] = (fit - odd) / max(1, len(letters) + odd)
    best = max(scores, key=lambda encoding: scores[encoding], default="cp1252")
    if best == "cp1252" or scores[best] <= scores.get("cp1252", -1.0) + 0.25 or scores[best] <= 0:
        # (a clear lead only: an English text's "Genève, Kraków, naïve" fits Czech better than any one Western language)
        return None
    return data.decode(best, errors="replace")


# A letter outside ASCII with no letter beside it, as a symbol read in the wrong code page is: "Ł75,000" for "£75,000"
_LETTER_ALONE = re.compile(r"(?<![^\W\d_])(?![ºª½¼¾¹²³])[^\x00-\x7f\W\d_](?![^\W\d_])")
# A sign outside ASCII where no language writes one ("mo¿liwo", "prywatn¹", "zespo³u"): a symbol touching a letter (not a
# dash, a quote or a sign a text puts beside words, nor Spanish "¿" and "¡" before a word), a superscript after a word
# (not "m³", "km²"), an ordinal or a fraction inside a word (not "nº 5", "2½")
_TYPOGRAPHY = "–—‘’‚“”„«»…€£°·•©®±×†‹›"
_SYMBOL_BY_LETTER = re.compile(rf"(?<=[^\W\d_])[^\x00-\x7f\w\s{_TYPOGRAPHY}]|[^\x00-\x7f\w\s{_TYPOGRAPHY}¿¡](?=[^\W\d_])|"
                               r"(?<=[^\W\d_]{3})[¹²³]|[ºª½¼¾](?=[^\W\d_])|(?<=[^\W\d_])[½¼¾]")


def _plain_western(data: bytes) -> bool:
    """Whether Windows-1252 reads the file as one Western language writes: its letters outside ASCII all of one
    alphabet, no sign where none belongs ("Funções", "Genève"; so no pairs of bytes are read as East Asian)."""
    text = data[:20_000].decode("cp1252", errors="replace")
    letters = [char.lower() for char in text if ord(char) > 0x7f and char.isalpha() and char not in "ºª"]
    if not letters or _SYMBOL_BY_LETTER.search(text) or _LETTER_ALONE.search(text):
        return False
    return max(sum(1 for letter in letters if letter in _ALPHABETS[language]) for language in _WESTERN) >= len(letters)


_WESTERN = ("fr", "de", "es", "pt", "it", "nl", "sv", "da", "fi", "is")


def _declared_charset(data: bytes) -> str | None:
    """The encoding a page or an XML file declares at its top (<meta charset>, http-equiv, <?xml
    encoding?>), by Python's name for it; None when it declares none Python knows. Windows-1252 and
    its Latin-1 subset are read as they are anyway."""
    if not re.match(rb"\s*<", data[:200]):
        return None  # only a page or an XML file declares its encoding; a text file may quote one
    match = re.search(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([\w.:-]{2,30})|<\?xml[^>]{0,100}?encoding\s*=\s*["']([\w.:-]{2,30})""",
                      data[:4096], re.IGNORECASE)
    if not match:
        return None
    try:
        info = codecs.lookup((match.group(1) or match.group(2)).decode("ascii"))
    except (LookupError, UnicodeDecodeError):
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_DECLARED:
        return None  # "hex", "rot13", "zip" are no text's encodings; UTF-16 is told by its bytes
    return info.name


# Names a page may declare that are no encoding of its bytes, or that the bytes tell better
_NOT_DECLARED = {"utf-8", "ascii", "cp1252", "latin-1", "iso8859-1", "iso8859-15", "utf-16", "utf-16-le", "utf-16-be",
                 "utf-32", "utf-7", "idna", "punycode", "unicode-escape", "raw-unicode-escape", "palmos"}


def repair(text: str) -> str:
    """Undo mojibake (teamâ€™s -> team’s) without unescaping HTML, so no markup is ever created."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # A closing quote ” is E2 80 9D in UTF-8; read as Windows-1252, 9D is no character and is often
    # lost, leaving "â€" before the space that followed the quote. ftfy would read that space as
    # the A0 of a dagger † (E2 80 A0) and drop it: a closing quote is far likelier in a posting.
    text = re.sub(r"â€(?= |$)", "â€\x9d", text, flags=re.MULTILINE)
    text = ftfy.fix_text(text, unescape_html=False, uncurl_quotes=False, fix_latin_ligatures=False,
                         fix_character_width=False, normalization="NFC", fix_line_breaks=True)
    text = text.replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", "")
    return re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", text)


def _binary_ratio(text: str) -> float:
    sample = text[:4000]
    return len(re.findall(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", sample)) / max(1, len(sample))
