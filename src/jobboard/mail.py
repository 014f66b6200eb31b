"""E-mails and newsletters: the posting in a saved message, in the last of several forwarded ones,
below a cover note to the board, or in a newsletter's section about jobs."""

from __future__ import annotations

import re


# What stands before an e-mail's subject: "Subject: Fwd: Re: ..."
SUBJECT_PREFIX = re.compile(r"^\s*(?:(?:subject|betreff|objet|asunto|oggetto)\s*:\s*)?(?:(?:fwd?|fw|re|aw|wg|tr|rv)\s*:\s*)*",
                            re.IGNORECASE)
# A saved e-mail message (.eml) starts with the headers only a mail program writes, and names its
# sender or subject before the first blank line
RAW_MESSAGE = re.compile(r"(?:return-path|received|delivered-to|mime-version|message-id|x-[\w-]+):[^\n]*\n"
                          r"(?:[^\n]+\n)*?(?:from|subject):", re.IGNORECASE)


def from_message(text: str) -> tuple[str, str | None, bool]:
    """A saved e-mail message's body (its plain text, else its HTML), subject, and whether the body
    is HTML: quoted-printable and base64 decoded, every header (names and private addresses) left out."""
    import email
    import email.policy

    message = email.message_from_string(text, policy=email.policy.default)
    subject = str(message["subject"] or "").strip() or None
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None and not message.is_multipart() and message.get_content_maintype() == "text":
        part = message  # one part of another text type: text/markdown, text/enriched
    if part is None:
        return "", subject, False  # nothing but attachments
    if str(part.get("content-transfer-encoding", "")).strip().lower() in ("quoted-printable", "base64"):
        try:
            body = part.get_content()
        except (LookupError, ValueError):  # an unknown charset or broken encoding: the raw payload
            body = part.get_payload()
    else:  # 7bit or 8bit: the text as the file's bytes were decoded (get_content would mangle non-ASCII)
        body = part.get_payload()
    return body.replace("\r\n", "\n"), subject, part.get_content_subtype() == "html"


# An e-mail forwarded, perhaps more than once: the posting is in the last forwarded message; the
# notes above it and the header lines (names and private addresses) are not for a public page.
_FORWARDED = re.compile(r"^[ \t>]*(?:-{3,}\s*(?:forwarded message|original message|ursprüngliche nachricht|weitergeleitete nachricht|"
                        r"message transféré|mensaje reenviado)\s*-{3,}|begin forwarded message:|"
                        # a quoted reply: "On Mon, 3 Mar 2026 at 10:12, Tom <tom@acme.example> wrote:"
                        # (wrapped before the address by a narrow mail client), or "Tom <tom@…> schrieb am Mo., …:"
                        r"(?P<quote>(?:on|am|le|el|op|em|il giorno)\s(?=[^\n]{0,160}(?:\d|@))[^\n]{5,160}"
                        r"(?:\n[ \t>]*[^\n@]{0,60}@[^\n]{1,80})?\s"
                        r"(?:wrote|a écrit|escribió|escreveu|ha scritto|(?:schrieb|schreef)[^\n:]{0,80})\s?:|"
                        r"[^\n<]{1,60}<[^\n>@]{1,60}@[^\n>]{1,80}>\s(?:schrieb|schreef|wrote|a écrit)\s[^\n]{0,60}:))[ \t]*$",
                        re.IGNORECASE | re.MULTILINE)
_MAIL_HEADER = re.compile(r"^[ \t>]*(?:from|to|cc|bcc|date|sent|subject|reply-to|von|an|datum|betreff|gesendet|de|"
                          r"à|objet|envoyé|para|asunto|enviado|fecha)[ \t]*:.*$", re.IGNORECASE)


def forwarded_part(text: str) -> tuple[str, str | None]:
    """The last forwarded message of an e-mail without its header lines, and its subject (or
    None); the text as it is when it is not an e-mail."""
    markers = list(_FORWARDED.finditer(text))
    if markers and len(text) - markers[-1].end() < markers[-1].start():
        return text[:markers[-1].start()].rstrip() + "\n", None  # a reply above the quoted mail: the bulk is above
    if markers and markers[-1].group("quote"):
        # the posting is the quoted mail below "... wrote:": without its quoting marks, the signature
        # ("-- ") and a reply written below it
        quoted = []
        for line in text[markers[-1].end():].lstrip("\n").split("\n"):
            if line.strip() and not line.lstrip().startswith(">") and any(q.strip() for q in quoted):
                break
            line = re.sub(r"^[ \t]*(?:>[ \t]?)+", "", line)
            if re.fullmatch(r"--\s*", line):
                break
            quoted.append(line)
        return "\n".join(quoted).strip("\n") + "\n", None
    lines = text[markers[-1].end():].lstrip("\n").split("\n") if markers else text.split("\n")
    headers, subject = 0, None
    for line in lines:
        if not line.strip() and headers:
            break
        if headers and line[:1] in " \t" and line.strip():
            headers += 1  # a header wrapped onto the next line
            continue
        if not _MAIL_HEADER.match(line):
            break
        headers += 1
        if re.match(r"[ \t>]*(?:subject|betreff|objet|asunto)[ \t]*:", line, re.IGNORECASE):
            subject = line.strip(" >")
    if headers < 2:  # not a block of mail headers
        return (text[markers[-1].end():].lstrip("\n") if markers else text), None
    return "\n".join(lines[headers:]).lstrip("\n"), subject


# A line drawn across: "----------", "- - - - - - - - - -", "━━━━━━━━━━" (a note's end, a newsletter's sections)
RULE_LINE = re.compile(r"^[ \t]*(?:[-*•][ \t]+)?(?:[━─═=_~*-][ \t]?){10,}$", re.MULTILINE)
# "Hi Sam, here's the write-up … Cheers, Tom" above a line of dashes, then the posting
_GREETING = re.compile(r"\s*(?:hi|hello|hey|dear|hallo|liebe[rs]?|moin|bonjour|salut|hola|buongiorno|ciao|hej|hoi|"
                       r"olá|oi)\b[^\n]{0,40}\n", re.IGNORECASE)


_SIGN_OFF = re.compile(r"^[ \t]*(?:cheers|thanks|thank you|many thanks|best|best wishes|(?:kind |best |warm )?regards|"
                       r"all the best|danke|viele grüße|beste grüße|lg|merci|cordialement|bien à vous|saludos|"
                       r"un saludo|obrigad[oa]|grazie|groeten|met vriendelijke groet|mvh|hilsen)\b[^\n]{0,20}$",
                       re.IGNORECASE | re.MULTILINE)


def below_cover_note(text: str) -> str:
    """The text below a line of dashes when a signed note to the board opens it ("Hi Sam, …
    Cheers, Tom") and the line is in the first half; the text as it is otherwise (a heading's
    underline, a rule between sections)."""
    if not _GREETING.match(text):
        return text
    line = next((m for m in RULE_LINE.finditer(text) if m.end() <= len(text) // 2), None)
    if line is None or not _SIGN_OFF.search(text, 0, line.start()):
        return text
    return text[line.end():].lstrip("\n")


# A newsletter's sections, each under a name between two rules: "━━━━", "📦 RELEASES", "━━━━", its items
_JOBS_NAME = re.compile(r"\b(?:jobs?|hiring|careers?|vacanc\w*|stellen\w*|offres? d['’]emploi|empleos?)\b", re.IGNORECASE)


def job_of_the_newsletter(text: str) -> str:
    """The section of a newsletter whose name is about jobs ('💼 JOB OF THE WEEK'), when the other
    sections' names are not: the posting, without the releases and events around it."""
    parts = RULE_LINE.split(text)
    if len(parts) < 5:
        return text
    names = [n for n in range(1, len(parts) - 1) if 0 < len(parts[n].split()) <= 6 and "\n" not in parts[n].strip()]
    jobs = [n for n in names if _JOBS_NAME.search(parts[n])]
    if len(jobs) != 1 or len(names) < 2 or len(parts[jobs[0] + 1].strip()) < 200:
        return text
    return parts[jobs[0] + 1].strip("\n") + "\n"
