"""HTML saved from a careers page or an applicant tracking system: the posting's own part of the
page (Beautiful Soup, without navigation, cookie banners, sidebars and footers) converted to
Markdown (markdownify), and what the page states in its markup (a JSON-LD JobPosting, its heading,
its site's name, its place)."""

from __future__ import annotations

import json
import itertools
import re
from typing import Any

from .jobwords import CAREERS_PAGE, has_job_noun
from .shapes import BUTTONS, JOB_NOUN_RE
from .vocab import countries, country_names


def _word_lists(html: str) -> str:
    """A Word document saved as a web page: its lists are paragraphs with a drawn bullet between
    conditional comments ("<![if !supportLists]>·<![endif]>"); make them a list, and drop the
    comments' markers."""
    html = re.sub(r"<!(?:--)?\[if !supportLists\](?:--)?>.{0,2000}?<!(?:--)?\[endif\](?:--)?>", "", html,
                  flags=re.DOTALL | re.IGNORECASE)
    html = re.sub(r"<!\[(?:if\b[^\]]*|endif)\]>", "", html, flags=re.IGNORECASE)

    def item(match: re.Match) -> str:
        place = match.group(1).lower()
        return ("<ul>" if place in ("", "cxspfirst") else "") + f"<li>{match.group(2)}</li>" + \
            ("</ul>" if place in ("", "cxsplast") else "")
    return re.sub(r"<p\s+class=[\"']?MsoListParagraph(CxSpFirst|CxSpMiddle|CxSpLast|)\b[^>]{0,2000}>(.{0,5000}?)</p>", item, html,
                  flags=re.DOTALL | re.IGNORECASE)


def read_html(html: str) -> tuple[str, dict[str, Any]]:
    """A saved page's posting as Markdown, and the fields its markup states (JSON-LD, og:site_name,
    its heading, its place)."""
    from bs4 import BeautifulSoup  # imported here: only HTML postings need it
    from markdownify import markdownify

    if "<![if" in html or "<!--[if !supportLists]" in html:
        html = _word_lists(html)
    soup = BeautifulSoup(html, "html.parser")
    stated = _json_ld(soup)
    site_name = soup.find("meta", property="og:site_name")
    from_site_name = bool(site_name and site_name.get("content") and "company" not in stated)
    if from_site_name:
        # (without its careers page's name: "Hotel Gamsblick Karriereseite", "Acme Careers")
        stated["company"] = re.sub(rf"(?<!\s)(?:\s*[-–|:]\s*|\s+|^)\b{CAREERS_PAGE}$", "", site_name["content"].strip(),
                                   flags=re.IGNORECASE) or site_name["content"].strip()
    # the job's own place: not another job's in a list of links beside it, or a sidebar's, a footer's
    places = [t.get_text(" ", strip=True) for t in soup.find_all(class_=re.compile(r"location|place|city", re.I),
                                                                 limit=50) if not _beside_the_job(t)]
    if places and "location" not in stated:
        stated["location"] = places[:3]
    address = _page_address(soup)
    title_tag = soup.find("title")
    page_title = title_tag.get_text(" ", strip=True) if title_tag else ""
    for tag in soup(["script", "style", "noscript", "template", "svg", "iframe", "form", "button", "img", "picture",
                     "video", "audio", "link", "meta"]):
        tag.decompose()
    root = _content_root(soup)
    for tag in root.find_all(True):
        if tag.parent is None:  # inside a tag removed before it (not tag.decomposed: BeautifulSoup
            continue             # looks for a child tag named "_decomposed" in it, a search of all below)
        if tag.name in ("nav", "footer", "aside") or _is_chrome(tag):
            tag.decompose()
    employer = next((name for a in root.find_all("a", href=_COMPANY_PAGE, limit=3)
                     for name in [a.get_text(" ", strip=True)] if _EMPLOYER_LINK_TEXT.fullmatch(name)), None)
    if employer and ("company" not in stated or from_site_name):
        stated["company"] = employer  # a job board's link to the employer's page beats the board's own name
    heading = root.find("h1") or soup.find("h1")
    titled = heading or _title_element(soup, page_title)
    if titled and "title" not in stated:
        stated["title"] = titled.get_text(" ", strip=True)
    elif heading and isinstance(stated.get("title"), str):
        # the page's heading, which its <title> repeats, over its JobPosting's other title ("… Developer" for
        # "Embedded Software Engineer (w/m/d)"; not one the heading only adds to: "…, Centre for Climate Data Science")
        # (and a title of the same job: most of its words, none of them only added)
        shown = heading.get_text(" ", strip=True)[:300]
        words = [set(re.findall(r"\w+", re.sub(r"\([^()]*\)", " ", t[:300]).lower())) for t in (shown, stated["title"])]
        if shown and page_title.startswith(shown) and not page_title.startswith(stated["title"]) \
                and all(re.search(JOB_NOUN_RE, t, re.IGNORECASE) for t in (shown, stated["title"][:300])) \
                and not (words[0] <= words[1] or words[1] <= words[0]) and 2 * len(words[0] & words[1]) >= len(words[1]):
            stated["title"] = shown
    if heading is not None and heading.parent is not None and not root.find("h1"):
        byline = heading.parent.get_text(" · ", strip=True)  # the header above the article
        if len(byline) <= 1500:  # (not a whole page around the heading)
            stated["byline"] = byline
    if page_title:
        stated["page_title"] = page_title
    _flatten_definitions(soup)
    _absolute_links(root, address)
    _mark_labels(root)
    _blocks_as_paragraphs(root)
    text = markdownify(str(root), heading_style="ATX", bullets="-", strip=["span", "div", "section", "article",
                                                                          "main", "header", "table"])
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n", stated


# A job board's page about an employer: "/companies/lonestar-microgrids", "/entreprises/sillon-energie" (on the
# board itself: a link to linkedin.com/company/... is a "Follow us" button)
_COMPANY_PAGE = re.compile(r"^/(?:[a-z]{2}/)?(?:companies|company|entreprises?|empresas?|unternehmen|"
                           r"firmen|employers?|organi[sz]ations?|startups?|bedrijven|aziende)/[\w-]+/?$")
# ... whose text is a name, not "about our company" or "Follow us"
_EMPLOYER_LINK_TEXT = re.compile(r"(?!(?:about|our|follow|view|see|more|visit|the company|company|über|voir|ver)\b)"
                                 r"[A-ZÀ-Ý0-9][\w&.'’ -]{1,50}", re.IGNORECASE)


def _flatten_definitions(soup) -> None:
    """A job page's facts as a definition list (<dt>Arbeitsort</dt><dd>Zürich</dd>) become 'Arbeitsort:
    Zürich' lines, which read as labelled fields; markdownify writes them as Markdown Extra's
    'Term' and ':   value' lines, which nothing else here reads. Only short lists, as facts are:
    each change rescans its parent, so a page of thousands of terms is left as it is."""
    for listing in soup.find_all("dl", limit=20):
        if listing.find("dl"):
            continue  # nested lists: left as they are
        terms = listing.find_all("dt")  # each pair may sit in a <div> of its own (NHS Jobs)
        if not terms or len(terms) > 40:
            continue
        for term in terms:
            values = []  # a term's values: one or more (<dt>locations</dt><dd>Hartford, CT</dd><dd>St. Paul, MN</dd>)
            value = term.find_next_sibling()
            while value is not None and value.name == "dd" and len(values) < 10 \
                    and not value.find(["p", "ul", "ol", "div", "table", "dl"]):  # (up to one that holds a block)
                values.append(value)
                value = value.find_next_sibling()
            if len(values) > 1 and any(len(v.get_text(" ", strip=True)) > 80 for v in values):
                values = values[:1]  # a value and a sentence about it: the sentence stays a paragraph
            label = term.get_text(" ", strip=True)
            if values and label and len(label) <= 40 and not any(v.find(["p", "ul", "ol", "div", "table", "dl"])
                                                                 for v in values):
                for brk in (brk for v in values for brk in v.find_all("br")):
                    brk.replace_with(", ")  # an address on lines of its own: "Hospital, Skipton Road, Keighley"
                line = soup.new_tag("p")
                line.string = f"{label.rstrip(':')}: " + "; ".join(
                    re.sub(r"\s+(?=,)", "", " ".join(v.get_text(" ", strip=True).split())) for v in values)
                term.replace_with(line)
                for v in values:
                    v.decompose()
            else:
                term.name = "p"
        for value in listing.find_all("dd"):
            value.unwrap()
        listing.unwrap()


_BLOCK_TAGS = ["div", "p", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "dl", "pre",
               "blockquote", "header", "footer", "main", "aside", "nav", "li", "br"]


def _blocks_as_paragraphs(root) -> None:
    """A <div> or <section> of text only is a paragraph: markdownify drops them without a break, so
    '<div><b>600+</b> people</div><div><b>46</b> nationalities</div>' ran together as 'people**46**'.
    A header's facts in short <div>s of plain words (Lever's "New York, NY", "Engineering – Web /",
    "Hybrid") become one line; not when one has a link or a label (its markup would be lost)."""
    with_blocks = set()  # ids of the elements that hold a block element: one walk up from each block
    for block in root.find_all(_BLOCK_TAGS, limit=20_000):
        for parent in block.parents:
            if id(parent) in with_blocks:
                break
            with_blocks.add(id(parent))
    for tag in root.find_all(["div", "section"], limit=5000):
        if tag.parent is None:
            continue
        parts = tag.find_all(recursive=False)
        texts = [part.get_text(" ", strip=True) for part in parts
                 if part.name == "div" and id(part) not in with_blocks and part.find("a") is None] \
            if 2 <= len(parts) <= 8 and id(tag) in with_blocks else []
        if len(texts) == len(parts) and all(0 < len(text.split()) <= 5 and ":" not in text for text in texts) \
                and not "".join(tag.find_all(string=True, recursive=False)).strip():
            tag.clear()
            tag.append(" · ".join(text.rstrip(" /") for text in texts))
            tag.name = "p"
        elif id(tag) not in with_blocks and tag.get_text(strip=True):
            tag.name = "p"


def _page_address(soup) -> str | None:
    """Where the saved page was: its canonical link or og:url, when absolute."""
    for tag, attribute in ((soup.find("link", rel="canonical"), "href"),
                           (soup.find("meta", property="og:url"), "content"), (soup.find("base"), "href")):
        value = (tag.get(attribute) or "").strip() if tag is not None else ""
        if re.match(r"https?://[^/\s]+", value):
            return value
    return None


def _absolute_links(root, address: str | None) -> None:
    """Links relative to the saved page ('/jobs/310/apply') made absolute against its address; without
    one, or to a place on the page itself ('#apply'), the link goes and its text stays (on the board
    it would lead nowhere), unless the text is only a button's or a tab's ('Apply', 'Overview')."""
    from urllib.parse import urljoin
    for link in root.find_all("a", href=True, limit=2000):
        href = link["href"].strip()
        if re.match(r"(?:https?|mailto|tel):", href, re.IGNORECASE):
            continue  # javascript: and the like lead nowhere on the board either
        if address and href and not href.startswith("#") and not re.match(r"[a-z][a-z0-9+.-]*:", href, re.IGNORECASE):
            link["href"] = urljoin(address, href)
            continue
        text = link.get_text(" ", strip=True)
        if BUTTONS.fullmatch(text) or href.startswith("#") and len(text.split()) <= 2 and re.fullmatch(r"[^\W\d]+(?: [^\W\d]+)?", text):
            link.decompose()  # "Apply", a tab's "Overview"; not "jobs@acme.example"
        else:
            link.unwrap()


def _mark_labels(root) -> None:
    """A fact's label in its own element ('<li><span class="label">Location</span> Texas</li>') gets
    a colon, so that the line reads as a labelled field ('Location: Texas') and not as prose."""
    for label in root.find_all(class_=re.compile(r"^(?:label|key|term|field-?label)$|-label$", re.I), limit=40):
        classes = " ".join(label.get("class") or [])
        if re.search(r"\blabel-(?:default|primary|success|info|warning|danger)\b|badge", classes):
            continue  # Bootstrap's badge: "<span class="label label-primary">New</span> Senior Engineer"
        text = label.get_text(" ", strip=True)
        after = label.next_sibling
        if text and len(text) <= 30 and not text.endswith(":") and isinstance(after, str) and after.strip() \
                and not after.lstrip().startswith((":", ",")):
            label.append(":")
        elif text and len(text) <= 30 and text.endswith(":") and getattr(after, "name", None) == "br":
            after.replace_with(" ")  # the value on the label's line: "<span class="label">Location:</span><br>Newton, NJ"


def _title_element(soup, page_title: str):
    """On a page without <h1>, the element its class calls the title ('<span class="title">Chemistry Teacher</span>'),
    when it names a job or starts the page's <title>: not a table of that class around it, a recruiter's card, the site's
    header, a section's heading ("What we offer") or a sign-up box."""
    for tag in soup.find_all(class_=_TITLE_CLASS, limit=10):
        text = tag.get_text(" ", strip=True)
        if 0 < len(text) <= 150 and not tag.find(class_=_TITLE_CLASS) and not _beside_the_job(tag) \
                and (text in page_title or re.search(JOB_NOUN_RE, text, re.IGNORECASE) or has_job_noun(text)
                     or re.search(r"\((?:[mwfdhx]\s*/\s*){1,3}[mwfdhx]\)", text, re.IGNORECASE)) \
                and not any(_NOT_THE_JOBS.search(" ".join([parent.get("id") or "", *(parent.get("class") or [])]))
                            for parent in itertools.islice(tag.parents, 6)):
            return tag
    return None


# The class of a page's title element, on pages without an <h1>: "title", "job-title", "posting_title"
_TITLE_CLASS = re.compile(r"^(?:(?:job|posting|position|vacancy)[-_]?)?title$", re.IGNORECASE)
# ... and of what holds another title: a person's card, the site's header, a pop-up
_NOT_THE_JOBS = re.compile(r"recruit|contact|author|profile|person|people|member|site-header|navbar|modal|popup|alert|"
                           r"subscribe|newsletter", re.IGNORECASE)


_CHROME = re.compile(r"cookie|consent|gdpr|banner|similar|related|recommend|more-jobs|other-jobs|more-roles|other-roles|"
                     r"share|social|"
                     r"newsletter|breadcrumb|subscribe|signup|sign-up|login|modal|popup|navbar|site-header|"
                     r"site-footer|skip", re.IGNORECASE)


# A class of what stands beside a posting: a sidebar, other jobs, a footer
_BESIDE = re.compile(r"^(?:sidebar|similar|related|recommend|more-?(?:jobs|roles)|other-?(?:jobs|roles)|footer)",
                     re.IGNORECASE)


def _beside_the_job(tag) -> bool:
    """Whether an element is in a link, a sidebar, navigation or a footer (a dozen levels up at most)."""
    for depth, parent in enumerate(tag.parents):
        if depth == 12 or parent.name in ("body", "html", "[document]"):
            return False
        if parent.name in ("a", "aside", "nav", "footer") or any(_BESIDE.match(c) for c in parent.get("class") or []):
            return True
    return False


def _is_chrome(tag) -> bool:
    attributes = " ".join([tag.get("id") or "", *(tag.get("class") or []), tag.get("role") or "",
                           tag.get("aria-label") or ""])
    return bool(attributes.strip()) and bool(_CHROME.search(attributes))


def _content_root(soup):
    """The element that holds the posting: <main>, <article>, or the largest job-looking block."""
    for selector in ("article", "main", "[role=main]"):
        found = [t for t in soup.select(selector) if len(t.get_text(" ", strip=True)) > 200]
        if found:
            return max(found, key=lambda t: len(t.get_text(" ", strip=True)))
    blocks = [t for t in soup.find_all(["div", "section"])
              if re.search(r"job|posting|description|content|vacancy|position", " ".join(
                  [t.get("id") or "", *(t.get("class") or [])]), re.IGNORECASE)]
    page = soup.body or soup
    if blocks:
        largest = max(blocks, key=lambda t: len(t.get_text(" ", strip=True)))
        # ... unless it holds only the header ("posting-header"), the description beside it in plain sections
        if 2 * _own_length(largest) >= _own_length(page):  # (not the sidebar's list of other jobs)
            return largest
    landmarks = soup.select("article, main, [role=main]")  # a short page's, not its sidebar of other jobs
    return max(landmarks, key=lambda t: len(t.get_text(" ", strip=True))) if landmarks else page


def _own_length(tag) -> int:
    """The length of an element's text outside its links, navigation, sidebars and footers."""
    return sum(len(text.strip()) for text in tag.find_all(string=True) if not _beside_the_job(text))


def _json_ld(soup) -> dict[str, Any]:
    """Fields of a schema.org JobPosting embedded in the page, when there is one."""
    for script in soup.find_all("script", type="application/ld+json"):
        try:
            data = json.loads(script.string or "")
        except (json.JSONDecodeError, TypeError):
            continue
        for item in data if isinstance(data, list) else data.get("@graph", [data]):
            if isinstance(item, dict) and item.get("@type") == "JobPosting":
                return _job_posting_fields(item)
    return {}


def _locality(address: dict) -> str | None:
    """The city of a JobPosting's address, with its state or province in North America, where a city's
    name is often a European one's: "Cambridge, MA", "London, ON"."""
    city, region = address.get("addressLocality"), address.get("addressRegion")
    if not isinstance(city, str):
        return None
    if isinstance(region, str) and re.fullmatch(r"[A-Z]{2}", region.strip()) and \
            _country_code(address.get("addressCountry")) in ("US", "CA"):
        return f"{city}, {region.strip()}"
    if isinstance(region, str) and re.search(r"[區区구]$", city.strip()) and re.search(r"[市都시]$", region.strip()):
        return region.strip() + city.strip()  # a district of the region's city: "新竹市" and "東區", "서울특별시" and "강남구"
    return city


def _country_code(country: Any) -> str | None:
    """An address's country as a two-letter code: "US", {"@type": "Country", "name": "US"}, "United States of America"."""
    if isinstance(country, dict):
        country = country.get("name")
    if not isinstance(country, str):
        return None
    if not re.fullmatch(r"\s*[A-Za-z]{2}\s*", country):
        return country_names().get(country.strip())
    code = {"UK": "GB"}.get(country.strip().upper(), country.strip().upper())
    return code if code in countries() else None  # not "EU"


_UNITS = {"YEAR": "per year", "MONTH": "per month", "WEEK": "per week", "DAY": "per day", "HOUR": "per hour"}


def _base_salary(pay: Any) -> str | None:
    """A JobPosting's baseSalary as a posting writes pay ("EUR 4221 – EUR 6297 per month"), for the pay rules to read."""
    if not isinstance(pay, dict) or not isinstance(pay.get("currency"), str) or not isinstance(pay.get("value"), dict):
        return None
    value, currency = pay["value"], pay["currency"].strip().upper()
    unit = _UNITS.get(str(value.get("unitText", "")).strip().upper())
    amounts = [value.get(key) for key in ("minValue", "maxValue", "value")]
    amounts = [a for a in amounts if isinstance(a, (int, float)) and not isinstance(a, bool) and a > 0]
    if not unit or not re.fullmatch(r"[A-Z]{3}", currency) or not amounts:
        return None
    low, high = min(amounts), max(amounts)
    shown = [f"{currency} {int(a) if float(a).is_integer() else a}" for a in dict.fromkeys((low, high))]
    return " – ".join(shown) + " " + unit


def _job_posting_fields(item: dict) -> dict[str, Any]:
    stated: dict[str, Any] = {}
    if isinstance(item.get("title"), str):
        stated["title"] = item["title"]
    org = item.get("hiringOrganization")
    if isinstance(org, dict) and isinstance(org.get("name"), str):
        stated["company"] = org["name"]
    places = item.get("jobLocation")
    places = places if isinstance(places, list) else [places] if places else []
    addresses = [p["address"] for p in places if isinstance(p, dict) and isinstance(p.get("address"), dict)]
    cities = [_locality(address) for address in addresses]
    if any(cities):
        stated["location"] = [c for c in cities if c]
    # ... and each address's town by itself, with its country: a town the gazetteer lacks is still a town here
    stated["towns"] = [(address["addressLocality"].strip(), code) for address in addresses
                       if isinstance(address.get("addressLocality"), str)
                       and (code := _country_code(address.get("addressCountry")))]
    countries = {_country_code(address.get("addressCountry")) for address in addresses} - {None}
    if len(countries) == 1:
        stated["country"] = countries.pop()
    if item.get("jobLocationType") == "TELECOMMUTE":
        stated["remote"] = "remote"
    pay = _base_salary(item.get("baseSalary"))
    if pay:
        stated["base_salary"] = pay  # (the page's own words come first: a JobPosting's pay is often stale)
    for key, ours in (("employmentType", "type"), ("datePosted", "date"), ("validThrough", "valid_through"),
                      ("url", "apply")):
        if isinstance(item.get(key), str):
            stated[ours] = item[key]
    return stated
