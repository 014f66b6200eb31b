"""Raw posting bytes to clean text: detect the encoding, repair mojibake, normalize line endings."""

from __future__ import annotations

import codecs
import re

import ftfy
import ftfy.bad_codecs  # noqa: F401  (registers the sloppy-windows-1252 codec)

MAX_RAW_BYTES = 2_000_000


class DecodeError(ValueError):
    """A raw file that cannot be read as text."""


def decode(data: bytes) -> str:
    """Text of a raw posting in UTF-8 (with or without BOM), UTF-16 or Windows-1252, repaired."""
    if not data.strip():
        raise DecodeError("the file is empty")
    if len(data) > MAX_RAW_BYTES:
        raise DecodeError(f"the file is {len(data):,} bytes, over the {MAX_RAW_BYTES:,} byte limit")
    text, unicode = _decode_bytes(data)
    if "\x00" in text or _binary_ratio(text) > 0.05:
        raise DecodeError("the file looks binary, not text")
    return repair(text, mojibake=unicode)


def _as_cp1252(error: UnicodeDecodeError) -> tuple[str, int]:
    """A byte that is not UTF-8 in a UTF-8 file: read as Windows-1252, where it most often comes from."""
    return error.object[error.start:error.end].decode("cp1252", errors="replace"), error.end


codecs.register_error("jobboard-cp1252", _as_cp1252)


def _decode_bytes(data: bytes) -> tuple[str, bool]:
    """The text, and whether it may hold mojibake: read as Unicode (UTF-8, UTF-16) or as the Windows-1252 a file mixing
    UTF-8 into it falls back to (not a code page detected or declared)."""
    # A file that says its encoding but breaks it somewhere (cut off mid-character, a stray byte
    # appended) is still read: UTF-8's stray bytes as Windows-1252, UTF-16's as U+FFFD.
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="jobboard-cp1252"), True  # "60.000 € brutto" saved half in Windows-1252
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), True
    if len(data) >= 4 and data[1::2].count(0) > len(data) // 4:  # UTF-16 LE without BOM: every other byte 0
        return data.decode("utf-16-le", errors="replace"), True
    if len(data) >= 4 and data[0::2].count(0) > len(data) // 4:
        return data.decode("utf-16-be", errors="replace"), True
    try:
        return data.decode("utf-8"), True  # before any declaration: a page saved as UTF-8 keeps a stale one
    except UnicodeDecodeError:
        pass
    high = sum(1 for byte in data if byte >= 0x80)
    if data.decode("utf-8", errors="replace").count("\ufffd") <= 0.1 * high:
        # UTF-8 with a stray byte or two ("Don\x92t" pasted from Windows, a file cut mid-character), not another encoding
        return data.decode("utf-8", errors="jobboard-cp1252"), True
    declared = _declared_charset(data)
    if declared:  # a saved page in Shift_JIS, EUC-KR, GB2312, KOI8-R, ...
        return data.decode(declared, errors="replace"), False
    undeclared = None if _plain_western(data) else _east_asian(data) or _cyrillic(data) or _code_page(data)
    if undeclared is not None:
        return undeclared, False
    # the usual encoding of files saved on Windows; it may hold UTF-8 read as Windows-1252 beside its own text
    try:
        return data.decode("cp1252"), True
    except UnicodeDecodeError:
        return data.decode("latin-1"), True  # every byte is a character: nothing is lost or replaced


# Encodings of East Asian text a file may use without saying so, and the characters of their scripts (with their
# punctuation and the signs their postings use: "※", "■", "★", "①"; not the half-width katakana UTF-8's pairs of
# bytes read as in Shift_JIS)
_EAST_ASIAN = ("big5", "cp932", "euc_jp", "gbk", "euc_kr")
_CJK = re.compile(r"[\u203b\u2460-\u24ff\u25a0-\u26ff\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff00-\uff60"
                  r"\uffe0-\uffef]")
# ... and the script each encoding's own language has beside Han, with the share of it that tells the language: kana in
# Japanese (a tenth is plenty), Hangul in Korean (most of it: Chinese read as EUC-KR can look three-quarters Hangul)
_OWN_SCRIPT = {"cp932": (re.compile(r"[\u3040-\u30ff]"), 0.1), "euc_jp": (re.compile(r"[\u3040-\u30ff]"), 0.1),
               "euc_kr": (re.compile(r"[\uac00-\ud7af]"), 0.85)}


def _east_asian(data: bytes) -> str | None:
    """The text of a file in Big5, Shift_JIS, EUC-JP, GBK or EUC-KR that does not say so: its bytes outside ASCII come
    in pairs (read as Windows-1252, runs of accented letters, not one between ASCII letters as in "café"), and one of
    those encodings reads them all as Chinese, Japanese or Korean; of two that do, the one that reads its own
    language's kana or Hangul (GBK reads Korean and Japanese as Chinese too)."""
    high = [n for n, byte in enumerate(data[:20_000]) if byte >= 0x80]
    if len(high) < 20:
        return None
    if sum(1 for a, b in zip(high, high[1:]) if b == a + 1) < 0.8 * len(high) / 2:
        return _shift_jis_kana(data)
    best, best_rank = None, (False, False, 0.0)
    for encoding in _EAST_ASIAN:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        wide = "".join(char for char in text[:20_000] if ord(char) > 0x7f)
        share = len(_CJK.findall(wide)) / max(1, len(wide))
        own, least = _OWN_SCRIPT.get(encoding, (None, 0.0))
        rank = (share >= 0.9, bool(own) and len(own.findall(wide)) >= least * len(wide), share)
        if rank > best_rank:
            best, best_rank = text, rank
    return best if best_rank[0] else None


def _shift_jis_kana(data: bytes) -> str | None:
    """Shift_JIS whose katakana and "ー" have their second byte in ASCII ("ー" is 81 5B), so its bytes outside ASCII
    do not come in pairs: the text when it reads strictly as Japanese with a fifth of it kana."""
    try:
        text = data.decode("cp932")
    except UnicodeDecodeError:
        return None
    wide = "".join(char for char in text[:20_000] if ord(char) > 0x7f)
    kana = _OWN_SCRIPT["cp932"][0]
    return text if len(kana.findall(wide)) >= 0.2 * len(wide) and len(_CJK.findall(wide)) >= 0.9 * len(wide) else None


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_CYRILLIC_WORD = re.compile(r"[А-ЯЁЇІЄҐЂЈЉЊЋЏ]?[а-яёїієґђјљњћџ]+")


def _cyrillic(data: bytes) -> str | None:
    """The text of a file in Windows-1251 or KOI8 that does not say so: its bytes outside ASCII make whole words (read
    as Windows-1252, words of accented letters only: "Õàðê³â"), which both read as Cyrillic; the right one reads most
    of its letters as lower case, as a text's are (each reads the other's lower case as capitals)."""
    words = re.findall(rb"[\x80-\xff]{2,}", data[:20_000])
    high = sum(1 for byte in data[:20_000] if byte >= 0x80)
    if sum(map(len, words)) < 0.8 * high or sum(map(len, words)) < 3.5 * len(words):
        return None  # (not Portuguese's pairs: "soluções")
    if high < 20:  # a name or two in Cyrillic ("Contact: Олена Коваленко"): each word a capital and then lower case
        long_words = [word.decode("cp1251") for word in words if len(word) >= 4]
        if len(long_words) < 2 or not all(_CYRILLIC_WORD.fullmatch(word) for word in long_words):
            return None
        return data.decode("cp1251", errors="replace")
    best, best_lower = None, 0.0
    for encoding in ("cp1251", "koi8_u"):
        text = data.decode(encoding, errors="replace")
        letters = _CYRILLIC.findall(text[:20_000])
        if len(letters) < 0.9 * high:
            continue
        lower = sum(1 for letter in letters if letter.islower()) / len(letters)
        if lower > best_lower:
            best, best_lower = text, lower
    if best is not None:  # ... or Greek in Windows-1253, whose letters Windows-1251 reads as lower-case Cyrillic too:
        greek = data.decode("cp1253", errors="replace")  # the one whose little words the text has ("και", "του")
        if len(_GREEK_WORDS.findall(greek[:20_000])) > 2 * len(_SLAVIC_WORDS.findall(best[:20_000])):
            return greek
    return best if best_lower >= 0.6 else None


# The little words of Greek, and of Russian and Ukrainian, that a text of some length has
_GREEK_WORDS = re.compile(r"(?<!\w)(?:και|του|της|το|τη|την|των|με|για|στην|στο|στη|από|σε|θα|ή|ως|που)(?!\w)")
_SLAVIC_WORDS = re.compile(r"(?<!\w)(?:и|в|на|с|по|для|не|что|от|из|к|у|з|та|що|до|або|є|это|как)(?!\w)")


# The code pages for European languages a file may use without saying so, beside Windows-1252 (Windows' own, and
# ISO-8859-2, which Central European pages saved on Linux use), and the letters outside ASCII of the languages written
# in each (lower case)
_CODE_PAGES = ("cp1252", "cp1250", "iso8859_2", "cp1257", "cp1254")
_ALPHABETS = {
    "fr": "àâæçéèêëîïôœùûüÿ", "de": "äöüß", "es": "áéíóúñü", "pt": "áâãàçéêíóôõú", "it": "àèéìíîòóùú", "nl": "éèëïöü",
    "sv": "åäöé", "da": "æøåé", "fi": "äöåšž", "is": "áðéíóúýþæö", "pl": "ąćęłńóśźż", "cs": "áčďéěíňóřšťúůýž",
    "sk": "áäčďéíĺľňóôŕšťúýž", "hu": "áéíóöőúüű", "ro": "ăâîșțşţ", "hr": "čćđšž", "lt": "ąčęėįšųūž",
    "lv": "āčēģīķļņšūž", "et": "äöõüšž", "tr": "çğıöşüâî", "ca": "àçèéíïòóúü",
}


def _code_page(data: bytes) -> str | None:
    """The text of a file in another code page than Windows-1252 that does not say so (Polish, Czech, Lithuanian or
    Turkish saved on Windows): the one whose letters outside ASCII one language writes, where Windows-1252 reads
    symbols beside letters ("mo¿liwoœæ", "prywatn¹") or letters of several languages at once ("vývojáø", "mìsíènì")."""
    sample = data[:20_000].decode("cp1252", errors="replace")
    words = sample.split()
    accented = [word for word in words if re.search(rf"[^\x00-\x7f{_TYPOGRAPHY}]", word)]  # (not "–", "£42,000")
    scores, whole = {}, {}
    for encoding in _CODE_PAGES:
        try:
            text = sample if encoding == "cp1252" else data[:20_000].decode(encoding)
        except UnicodeDecodeError:
            continue
        letters = _letters(text)
        odd = len(_SYMBOL_BY_LETTER.findall(text)) + len(_LETTER_ALONE.findall(text))
        fit = max(sum(1 for letter in letters if letter in alphabet) for alphabet in _ALPHABETS.values())
        scores[encoding] = (fit - odd) / max(1, len(letters) + odd)
        whole[encoding] = bool(letters) and odd == 0 and fit == len(letters)
    best = max(scores, key=lambda encoding: scores[encoding], default="cp1252")
    if best == "cp1252" or scores[best] <= 0:
        return None
    lead = scores[best] - scores.get("cp1252", -1.0)
    if len(accented) >= 10 and len(accented) >= 0.15 * len(words):
        # a clear lead; or a small one when the other reads every letter in one language and Windows-1252 writes words
        # no Western language writes ("közremûködés", "çalýþacak"; an English text's "Genève, Kraków, naïve" fits
        # Czech better than any one Western language, but each of its words fits one)
        if lead > 0.25 or whole[best] and lead > 0.05 and _mixed_words(sample) >= 2:
            return data.decode(best, errors="replace")
    # few accented words: when Windows-1252 puts signs between letters ("Wroc³aw", "Sk³odowska") and the other reads
    # none (not "-80ºC", "Pension³")
    if _signs_inside_words(sample) >= 2 and whole[best] and len(accented) >= 2:
        return data.decode(best, errors="replace")
    return None


def _signs_inside_words(text: str) -> int:
    """How many characters outside ASCII that are no letters stand between two letters ("Wroc³aw", "mo¿liwo")."""
    return sum(1 for n in range(1, len(text) - 1) if ord(text[n]) > 0x7f and not text[n].isalpha()
               and text[n] not in _TYPOGRAPHY and text[n - 1].isalpha() and text[n + 1].isalpha())


def _letters(text: str) -> list[str]:
    """The letters outside ASCII of text, in lower case (not the ordinals "º", "ª", nor Turkish's "İ", whose lower case
    is an "i" and a combining dot)."""
    return [char.lower() for char in text if ord(char) > 0x7f and char.isalpha() and char not in "ºªİ"]


def _mixed_words(text: str) -> int:
    """How many words have letters outside ASCII that no one Western language writes together ("aprçíinâðana",
    "közremûködés", "çalýþacak"): a Western text's words each fit one language, even when the text mixes them."""
    alphabets = [set(_ALPHABETS[language]) for language in _WESTERN]
    return sum(1 for word in re.findall(r"[^\W\d_]+", text) if (letters := set(_letters(word)))
               and not any(letters <= alphabet for alphabet in alphabets))


# A letter outside ASCII with no letter beside it, as a symbol read in the wrong code page is: "Ł75,000" for "£75,000"
_LETTER_ALONE = re.compile(r"(?<![^\W\d_])(?![ºª½¼¾¹²³])[^\x00-\x7f\W\d_](?![^\W\d_])")
# A sign outside ASCII where no language writes one ("mo¿liwo", "zespo³u"): a symbol touching a letter (not a dash, a
# quote or a sign a text puts beside words, nor Spanish "¿" and "¡" before a word), or a superscript, an ordinal or a
# fraction between two letters (not "m³", "Pension³", "-80ºC", "nº 5", "2½")
_TYPOGRAPHY = "–—‘’‚“”„«»…€£°·•©®±×†‹›"
_SYMBOL_BY_LETTER = re.compile(rf"(?<=[^\W\d_])[^\x00-\x7f\w\s{_TYPOGRAPHY}]|[^\x00-\x7f\w\s{_TYPOGRAPHY}¿¡](?=[^\W\d_])|"
                               r"(?<=[^\W\d_])[¹²³ºª½¼¾](?=[^\W\d_])")


def _plain_western(data: bytes) -> bool:
    """Whether Windows-1252 reads the file as one Western language writes: its letters outside ASCII all of one
    alphabet, no sign where none belongs ("Funções", "Genève"; so no pairs of bytes are read as East Asian)."""
    text = data[:20_000].decode("cp1252", errors="replace")
    letters = _letters(text)
    if not letters or _SYMBOL_BY_LETTER.search(text) or _LETTER_ALONE.search(text):
        return False
    return max(sum(1 for letter in letters if letter in _ALPHABETS[language]) for language in _WESTERN) >= len(letters)


_WESTERN = ("fr", "de", "es", "pt", "it", "nl", "sv", "da", "fi", "is", "ca")


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


def repair(text: str, mojibake: bool = True) -> str:
    """Undo mojibake (teamâ€™s -> team’s) without unescaping HTML, so no markup is ever created.

    mojibake: whether the text may hold it (UTF-8 read as Windows-1252 and written again): text read as Unicode, or as
    the Windows-1252 a file mixing UTF-8 into it falls back to; a file in a code page detected or declared is left as it
    reads, which is also far quicker for ftfy."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # A closing quote ” is E2 80 9D in UTF-8; read as Windows-1252, 9D is no character and is often
    # lost, leaving "â€" before the space that followed the quote. ftfy would read that space as
    # the A0 of a dagger † (E2 80 A0) and drop it: a closing quote is far likelier in a posting.
    text = re.sub(r"â€(?= |$)", "â€\x9d", text, flags=re.MULTILINE)
    if mojibake and re.search(r"[^\x00-\x7f]", text) and "\ufffd" not in text:  # ("�" is no Windows-1252 character)
        try:  # every character outside ASCII UTF-8 read as Windows-1252: the whole text at once (ftfy goes line by
            text = text.encode("sloppy-windows-1252").decode("utf-8")  # line, and leaves a line of one "Ä—" as it is)
        except UnicodeError:
            pass
    text = ftfy.fix_text(text, fix_encoding=mojibake, unescape_html=False, uncurl_quotes=False, fix_latin_ligatures=False,
                         fix_character_width=False, normalization="NFC", fix_line_breaks=True)
    text = text.replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", "")
    return re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", text)


def _binary_ratio(text: str) -> float:
    sample = text[:4000]
    return len(re.findall(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", sample)) / max(1, len(sample))
