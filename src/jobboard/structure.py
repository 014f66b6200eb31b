"""Give pasted posting text its structure: headings, paragraphs and lists, written as Markdown.

Works on plain text copied from job sites (section labels on their own lines, list items as
bare lines), on Markdown, and on reStructuredText; HTML arrives here already as Markdown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Section names job postings use, English and German; matched against a whole short line.
_SECTIONS = re.compile(r"""^(?:
    about(?:\s+(?:us|the\s+(?:job|role|position|company|team|opportunity)|you|[\w.&'’-]+(?:\s+[\w.&'’-]+)?))?
  | (?:the|your|our)\s+(?:role|team|mission|profile|opportunity|position|stack|tech\s+stack|offer|benefits|impact|challenge)
  | (?:the\s+)?role(?:\s+(?:description|overview|and\s+the\s+team|summary))?
  | (?:job\s+|project\s+)?(?:description|summary|overview|responsibilities|requirements|qualifications|duties|tasks)
  | (?:key|main|your|core)\s+(?:responsibilities|tasks|duties|qualifications|skills|requirements)
  | (?:minimum|basic|preferred|required|desired)\s+(?:qualifications|skills|requirements|experience)
  | what\s+(?:you(?:['’]ll|\s+will|['’]d|\s+would)?\s+(?:do|bring|need(?:\s+to\s+have)?|have|get|be\s+doing|work\s+on|learn)
          |we(?:['’]re|\s+are)?\s+(?:offer(?:ing)?|look(?:ing)?\s+for|expect|provide)|(?:is|['’]s)\s+in\s+it\s+for\s+you|you\s+can\s+expect|we\s+do)
  | who\s+(?:you\s+are|we\s+are(?:\s+looking\s+for)?|we['’]re(?:\s+looking\s+for)?)
  | why\s+(?:us|join\s+us|you['’]ll\s+love\s+(?:it|working\s+here)|work\s+(?:with|for)\s+us|[\w\s'’]{0,40})
  | (?:nice|good)\s+to\s+have(?:s)?|bonus\s+points?|must[\s-]haves?|(?:it['’]s\s+)?a\s+plus
  | you\s+(?:will|should|have|bring|are|must)(?:\s+[\w\s'’]{0,40})?
  | we\s+(?:offer|provide|are|expect|value)(?:\s+you)?
  | (?:perks|benefits|perks\s+(?:&|and)\s+benefits|compensation(?:\s+(?:&|and)\s+benefits)?|salary|pay|(?:the\s+|your\s+|our\s+)?package|location|locations?|contact|apply|how\s+to\s+apply|application(?:\s+process)?|interview\s+process|hiring\s+process|next\s+steps|tech(?:nology)?\s+stack|(?:our\s+)?tech|technologies|skills|equal\s+opportunit(?:y|ies)|diversity[\w\s&,]*|link\s+to\s+apply)
  | (?:deine|ihre|unsere|die)?\s*(?:aufgaben|profil|anforderungen|qualifikationen|benefits|vorteile|perspektiven)
  | (?:was|das)\s+(?:du|sie|wir)\s+(?:mitbringst|mitbringen|bieten|erwartet|erwarten|bei\s+uns\s+erwartet)[\w\s]*
  | wir\s+bieten(?:\s+(?:dir|ihnen))?|über\s+uns|wer\s+wir\s+sind|standort|gehalt|vergütung|kontakt|bewerbung|dein\s+team|deine\s+mission
  | le\s+poste|descriptif\s+du\s+poste|(?:vos|tes|les)\s+missions|profil\s+recherch[ée]|(?:votre|ton)\s+profil|avantages
  | pourquoi\s+nous\s+rejoindre|qui\s+sommes[- ]nous|(?:d[ée]roulement|processus)\s+(?:des\s+entretiens|de\s+recrutement)
  | descripci[óo]n(?:\s+de\s+la\s+oferta|\s+del\s+(?:puesto|proyecto|empleo|cargo))?|requisitos(?:\s+m[íi]nimos)?|funciones|responsabilidades|(?:qu[ée]\s+)?ofrecemos
  | valorable|qui[ée]nes\s+somos|sobre\s+nosotros|chi\s+siamo|cosa\s+farai|di\s+cosa\s+ti\s+occuperai|requisiti
  | (?:cosa\s+)?offriamo|profilo\s+ricercato|responsabilit[àa]|il\s+ruolo|over\s+ons|wat\s+ga\s+je\s+doen
  | wat\s+(?:vragen|bieden)\s+wij|functieomschrijving
  | descri[çc][ãa]o\s+d[ao]\s+(?:vaga|projeto|cargo)|responsabilidades\s+e\s+atribui[çc][õo]es|requisitos\s+e\s+qualifica[çc][õo]es
  | informa[çc][õo]es\s+adicionais|sobre\s+(?:n[óo]s|a\s+empresa|a\s+vaga)|quem\s+somos|benef[íi]cios|o\s+que\s+oferecemos
  | etapas\s+do\s+processo|a\s+fun[çc][ãa]o|o\s+que\s+(?:procuramos|esperamos|vais\s+fazer|voc[êe]\s+vai\s+fazer)
  | αρμοδιότητες|(?:απαιτούμενα\s+)?προσόντα|προσφέρουμε|παροχές|σχετικά\s+με\s+εμάς|περιγραφή\s+θέσης
)[\s:?!.]*$""", re.IGNORECASE | re.VERBOSE)
_UPPER = re.compile(r"[A-ZÄÖÜ]")
_BULLET = re.compile(r"^\s*(?:[-*+•·▪●◦‣–—✓✔➢➤►]|\d{1,2}[.)]|o(?=\s))\s+")
_RST_UNDERLINE = re.compile(r"^([=\-~^*#+`'\"])\1{2,}\s*$")
_MD_HEADING = re.compile(r"^(#{1,6})\s+(\S.*)?$")  # (its closing hashes are stripped in Python: a pattern for them
# backtracked through a long run of spaces)
CHROME_LINES = re.compile(r"^(?:about the job|job description|show more|show less|see more|apply now|"
                          r"#[A-Za-z][\w-]*|[-=_*–—~]{3,})$", re.IGNORECASE)


@dataclass
class Block:
    kind: str  # "heading" | "para" | "list" | "code"
    text: str = ""
    items: list[str] = field(default_factory=list)
    level: int = 2
    ordered: bool = False


def is_lowercase(text: str) -> bool:
    """Whether a text is written (almost) without capital letters."""
    return len(_UPPER.findall(text)) < len(text) / 200


def sentence_of(text: str, start: int, end: int, following: int = 0) -> str:
    """The sentence (or line, or clause up to a semicolon) that holds text[start:end], and as many sentences after it
    as `following`; a thousand characters each way at most."""
    begin = max(max(text.rfind(mark, max(0, start - 1000), start) for mark in (". ", ";", "\n")) + 1, start - 1000)
    stop = _SENTENCE_STOP.search(text, end, end + 1000)
    for _ in range(following):
        stop = _SENTENCE_STOP.search(text, stop.end(), stop.end() + 1000) if stop else None
    return text[begin:stop.start() if stop else min(len(text), end + 1000)]


_SENTENCE_STOP = re.compile(r"\.\s|[;\n]")


def is_section_name(line: str) -> bool:
    """Whether a short line names a posting section ("What you'll do", "Dein Profil:")."""
    line = line.strip().strip("*_").strip()
    return len(line) <= 60 and bool(_SECTIONS.match(line))


def to_blocks(text: str) -> list[Block]:
    """Split text (plain, Markdown or reStructuredText) into headings, paragraphs, lists and code."""
    lines = _rst_headings(_unescape_artifacts(text).split("\n"))
    lowercase = is_lowercase(text)  # an all-lowercase careers page
    capitals = _in_capitals(text)  # a page in capitals: its capital lines are not headings
    blocks: list[Block] = []
    for chunk in _chunks(lines):
        blocks.extend([chunk] if isinstance(chunk, Block) else _chunk_blocks(chunk, lowercase, capitals))
    return _merge_lists(blocks)


def _unescape_artifacts(text: str) -> str:
    r"""Remove converter debris: escaped bold markers (`\_\_you will: \_\_`) and stray backslashes."""
    text = re.sub(r"\\_\\_", "", text)
    text = re.sub(r"(?m)^:([A-Za-zÄÖÜäöü][\w -]{0,30}):[ \t]+", r"\1: ", text)  # reStructuredText fields
    text = re.sub(r"``([^`\n]+)``", r"`\1`", text)  # reStructuredText literals
    text = re.sub(r"\\([_*#\[\]()`>-])", r"\1", text)
    return "\n".join(line.rstrip(" \t") for line in text.split("\n"))  # not [ \t]+\n: quadratic on long runs


def _rst_headings(lines: list[str]) -> list[str]:
    """reStructuredText titles (a line underlined with ===, ---, ~~~) become Markdown headings."""
    out: list[str] = []
    levels: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if (line.strip() and not _RST_UNDERLINE.match(line) and _RST_UNDERLINE.match(nxt)
                and len(nxt.strip()) >= len(line.strip()) - 1 and len(line.strip()) <= 80):
            if out and _RST_UNDERLINE.match(out[-1]) and out[-1].strip()[0] == nxt.strip()[0]:
                out.pop()  # an overline
            char = nxt.strip()[0]
            if char not in levels:
                levels.append(char)
            out.extend(["", "#" * min(levels.index(char) + 2, 4) + " " + line.strip(), ""])
            i += 2
            continue
        out.append(line)
        i += 1
    return out


def _chunks(lines: list[str]):
    """Yield runs of non-blank lines; fenced code is yielded as a ready code block."""
    run: list[str] = []
    fence: list[str] | None = None
    for line in lines:
        if fence is not None:
            fence.append(line)
            if line.strip().startswith("```"):
                yield Block("code", "\n".join(fence))
                fence = None
            continue
        if line.strip().startswith("```"):
            if run:
                yield run
                run = []
            fence = [line]
        elif line.strip():
            run.append(line.rstrip())
        elif run:
            yield run
            run = []
    if fence is not None:
        yield Block("code", "\n".join(fence + ["```"]))
    if run:
        yield run


def _chunk_blocks(run: list[str], lowercase: bool = False, capitals: bool = False) -> list[Block]:
    """One run of consecutive lines: headings, then a paragraph or a list."""
    blocks: list[Block] = []
    pending: list[str] = []
    for index, line in enumerate(run):
        stripped = line.strip()
        if CHROME_LINES.match(stripped):
            continue
        heading = _heading(stripped, run_start=index == 0, after_break=not pending, rest=len(run) - index - 1)
        if heading is None and not capitals and index + 1 < len(run) and _capitals_label(stripped) \
                and (index == 0 or _item_or_prose(run[index - 1])) and _item_or_prose(run[index + 1]):
            heading = Block("heading", _heading_text(_decoration.sub("", stripped)), level=2)  # "📌 RESPONSABILIDADES"
        if heading is None and index == 0 and len(run) >= 2 and _label_line(stripped) \
                and all(_is_prose(l) for l in run[1:]):
            heading = Block("heading", _heading_text(stripped), level=2)  # "Over Singelwerk" above its paragraph
        if heading is not None:
            blocks.extend(_lines_to_blocks(pending, lowercase))
            pending = []
            blocks.append(heading)
        else:
            pending.append(line)
    blocks.extend(_lines_to_blocks(pending, lowercase))
    return blocks


def _heading(line: str, run_start: bool, after_break: bool, rest: int) -> Block | None:
    """A Markdown heading, a known section name, or a short label line that introduces a list."""
    match = _MD_HEADING.match(line)
    if match:
        text = (match.group(2) or "").rstrip().rstrip("#").rstrip()
        return Block("heading", text, level=max(2, len(match.group(1))))
    bare = line.strip().strip("*_ ").strip()
    if not bare or bare.startswith("[") or _BULLET.match(line) or re.search(r"[.;,]$", bare):
        return None
    words = len(bare.split())
    if is_section_name(bare) and (run_start or after_break or bare.endswith((":", "?")) or words <= 3):
        return Block("heading", _heading_text(bare), level=2)
    if run_start and rest >= 2 and words <= 2 and bare[:1].isupper() and not re.search(r"https?://|@", bare):
        return Block("heading", _heading_text(bare), level=2)
    return None


# An emoji or symbol that decorates a section's name: "🚀 SOBRE A OPORTUNIDADE", "➕ DIFERENCIAIS"
_decoration = re.compile(r"^[^\w\s(\[\"'#*_]+\s*")


def _capitals_label(line: str) -> bool:
    """A short line in capitals that names a section: 'REQUISITOS', '📍 LOCAL DE TRABALHO' (not 'AWS')."""
    if line != line.upper():
        return False  # the quick answer for almost every line
    bare = _decoration.sub("", line).strip("*_ ").rstrip(":")
    if ":" in bare:
        return False  # a field and its value: "SALARY: €60-70K"
    letters = re.findall(r"[^\W\d_]", bare)
    return len(letters) >= 6 and len(bare.split()) <= 6 and all(c.isupper() for c in letters) \
        and not re.search(r"[.;,!?]$|https?://|@", bare) and not _BULLET.match(line)


def _item_or_prose(line: str) -> bool:
    """A bulleted line or a sentence: what stands around a section's name, not in a list of names."""
    return bool(_BULLET.match(line)) or len(line.split()) >= 8 or bool(re.search(r"[a-z]{2}[.!?]$", line.strip()))


def _in_capitals(text: str) -> bool:
    sample = text[:5000]
    letters = sum(map(str.isalpha, sample))
    return letters > 50 and sum(map(str.isupper, sample)) > 0.7 * letters


def _label_line(line: str) -> bool:
    """A short line that could name what follows: a few words, capitalised, no sentence's end."""
    return 0 < len(line.split()) <= 5 and line[:1].isupper() and not re.search(r"[.;,!:]$|https?://|@|\|", line) \
        and not _BULLET.match(line)


def _is_prose(line: str) -> bool:
    """A line that is a paragraph: long, of sentences."""
    return len(line) >= 120 and bool(re.search(r"[a-z]{2}[.!?]\s+[A-ZÄÖÜ]", line)) and not _BULLET.match(line)


def _heading_text(text: str) -> str:
    text = text.rstrip(":").strip()
    return text[0].upper() + text[1:] if text else text


def _lines_to_blocks(lines: list[str], lowercase: bool = False) -> list[Block]:
    if not lines:
        return []
    bulleted = [bool(_BULLET.match(l)) for l in lines]
    if len(lines) == 2 and not any(bulleted) and lines[0].rstrip().endswith(":") and len(lines[0].strip()) <= 40 \
            and not re.search(r"\S\s{3,}\S", lines[1]):  # not a menu of a site's frame: "Jobs   Startups   Log in"
        return [Block("para", f"{lines[0].strip()} {lines[1].strip()}")]  # a field's name above its value (Workday)
    if all(bulleted) or (len(lines) >= 2 and not _is_wrapped(lines, lowercase)):
        ordered = all(re.match(r"^\s*\d{1,2}[.)]\s", l) for l in lines)
        head: list[Block] = []
        if not bulleted[0] and lines[0].rstrip().endswith(":") and len(lines) > 2:
            head, lines = [Block("para", lines[0].strip())], lines[1:]
        items = [_BULLET.sub("", l).strip() for l in lines]
        return head + [Block("list", items=items, ordered=ordered)]
    return [Block("para", _join_lines(lines))]


def _join_lines(lines: list[str]) -> str:
    """A paragraph's lines as one, a word hyphenated at a line's end joined again ("Er-" / "stellung")."""
    parts = [lines[0].strip()]
    for line, before in zip(lines[1:], lines):
        line = line.strip()
        split = _split_word(before.strip(), line)
        if split == "joined":
            parts[-1] = parts[-1][:-1] + line
        elif split == "compound":
            parts[-1] += line  # "self-" / "motivated": the hyphen is the word's own
        else:
            parts.append(line)
    return " ".join(parts)


# A word's end that is a word of its own in English compounds: "self-" / "motivated", "full-" / "time"
_COMPOUND_HALF = re.compile(r"(?:^|[\s(])(?:self|full|part|well|non|co|pre|post|multi|cross|high|long|short|front|back|"
                            r"real|hands|fast|open|mid|low|world|end|one|two|three|user|data|cloud|team|time|on|off|"
                            r"in|out|up|down|top|best|first|second|third|fine|close|near|all|ever|life|day|year|"
                            r"\w+(?:-\w+)+)-$", re.IGNORECASE)


def _split_word(line: str, next_line: str) -> str | None:
    """How a line that ends in a hyphen goes on in the next: 'joined' (one word split by the line's
    end: "Er-" / "stellung"), 'compound' (a hyphenated word: "self-" / "motivated", "state-of-the-" /
    "art"), or None: no hyphen there, the next line a list's item, or a compound's shared half
    ("Kassen-" / "und Warenwirtschaftssoftware")."""
    if not _HYPHENATED.search(line) or not next_line[:1].islower() or _SHARED_HALF.match(next_line) \
            or _BULLET.match(next_line):
        return None
    return "compound" if _COMPOUND_HALF.search(line) else "joined"


_HYPHENATED = re.compile(r"[a-zäöüßéèàç]-$")
_SHARED_HALF = re.compile(r"(?:und|oder|bzw|sowie|and|or|et|ou|y|o|e|en|of)\b")


def _is_wrapped(lines: list[str], lowercase: bool = False) -> bool:
    """Lines of one paragraph broken at a fixed width, rather than one item per line."""
    if not any(map(_BULLET.match, lines)) and any(_split_word(line.strip(), nxt.strip())
                                                   for line, nxt in zip(lines, lines[1:])):
        return True  # a word hyphenated across lines, as a PDF copied to text has it: "Er-" / "stellung"
    if len(lines) == 2 and len(lines[0].strip()) >= 50 and re.search(r"[,;]$", lines[0].strip()):
        return True  # "An der Tiroler Landesuniversität ist an der Universitäts- und Landesbibliothek," / "Abteilung …"
    lowercase_joins = 0 if lowercase else sum(1 for line, nxt in zip(lines, lines[1:])
                          if not re.search(r"[.;:!?)]$", line.strip()) and nxt.strip()[:1].islower()
                          and not _BULLET.match(nxt))
    if lowercase_joins >= max(1, (len(lines) - 1) * 0.6):
        return True
    widths = [len(line) for line in lines[:-1]]
    return len(lines) >= 3 and 55 <= min(widths) and max(widths) <= 100 and max(widths) - min(widths) <= 14 \
        and len(lines[-1]) <= max(widths)


def _merge_lists(blocks: list[Block]) -> list[Block]:
    """Single bullet lines separated by blank lines belong to one list."""
    merged: list[Block] = []
    for block in blocks:
        if block.kind == "list" and merged and merged[-1].kind == "list" and merged[-1].ordered == block.ordered:
            merged[-1].items.extend(block.items)
        else:
            merged.append(block)
    return merged


def to_markdown(blocks: list[Block]) -> str:
    """Blocks as Markdown: one blank line between blocks, a final newline."""
    parts = []
    for block in blocks:
        if block.kind == "heading":
            parts.append("#" * block.level + " " + block.text)
        elif block.kind == "list":
            marker = (lambda n: f"{n}.") if block.ordered else (lambda n: "-")
            parts.append("\n".join(f"{marker(n)} {item}" for n, item in enumerate(block.items, 1)))
        else:
            parts.append(block.text)
    return "\n\n".join(parts).strip() + "\n"
