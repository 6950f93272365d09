"""HTML pages and URLs: main text via trafilatura, outlet names from registered domains.

When trafilatura finds no main text (a page whose article sits thousands of ``<div>`` deep
is beyond lxml's tree depth) the page's visible text is used instead, flagged
``visible-text``: every paragraph still passes the boilerplate rules.
"""

from __future__ import annotations

import re
from functools import lru_cache
from html.parser import HTMLParser
from urllib.parse import urlparse

from helpers.read import clean
from helpers.read.records import InputProblem, RawArticle

SITE_SUFFIX = re.compile(r"\s+[|\u2013\u2014-]\s+[^|\u2013\u2014]{1,40}$")
# Elements whose content is never shown as text on the page.
INVISIBLE = {"script", "style", "noscript", "template", "head", "svg", "iframe", "object", "canvas", "select"}
# Page furniture left out of the visible-text fallback: menus, headers, footers, forms.
FURNITURE = {"nav", "header", "footer", "aside", "form", "button", "menu"}
# Elements that end a line of visible text (``<p>``, ``<br>``, ``<li>``, headings, …).
BLOCKS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
          "section", "article", "blockquote", "pre", "hr", "dd", "dt", "figcaption", "main"}
VISIBLE_TEXT_FLAG = "visible-text"
FALLBACK_BELOW_WORDS = 20  # main text this short may be all trafilatura could see
FALLBACK_GAIN = 2  # the visible text is used when it has at least twice the words


@lru_cache(maxsize=1)
def _domain_extractor():
    import tldextract

    # The bundled Public Suffix List snapshot: no network at run time.
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def outlet_from_url(url: str | None) -> str | None:
    """Registered domain of a URL ("https://www.bbc.co.uk/news/x" -> "bbc.co.uk"), or None."""
    if not url or not urlparse(url).netloc:
        return None
    parts = _domain_extractor()(url)
    if parts.top_domain_under_public_suffix:
        return parts.top_domain_under_public_suffix
    if parts.ipv4 or parts.ipv6:
        return None  # an address names a server, not an outlet
    # A suffix the bundled list does not know ("dispatch.example", a new or internal TLD):
    # the host's last two labels, never the bare suffix, which would make every such site one outlet.
    labels = [x for x in (parts.subdomain.split(".") + [parts.domain]) if x and x != "www"]
    return ".".join(labels[-2:]) or None


def strip_site_suffix(title: str) -> str:
    """Drop a trailing " | Site name" or " - Section" from a page title."""
    stripped = SITE_SUFFIX.sub("", title).strip()
    return stripped if len(stripped.split()) >= 3 else title.strip()


def parse_html(html: str, article_id: str, path: str):
    """Main text and metadata of an HTML page, as a RawArticle.

    Raises:
        InputProblem: when trafilatura finds no main text.
    """
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                          include_tables=False, favor_precision=True)
    except (RecursionError, ValueError, TypeError):  # pathological markup: use the fallback
        doc = None
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or len(text.split()) < FALLBACK_BELOW_WORDS:
        # Beyond lxml's depth trafilatura sees only the shallow parts: "Home World" of a
        # page whose story is 5,000 <div> deep.
        fallback = _visible_or_none(html, article_id, path)
        if fallback is not None and len(fallback.body.split()) >= FALLBACK_GAIN * len((text or "").split()):
            return fallback
        if not text:
            raise InputProblem("extract", "no text found in HTML page")
    return RawArticle(
        article_id, path, clean.normalize_text(text), title=doc.title, date=doc.date,
        url=doc.url, outlet=doc.sitename,
    )


def visible_text_article(html: str, article_id: str, path: str) -> RawArticle:
    """The page's visible text as a RawArticle flagged ``visible-text``.

    Raises:
        InputProblem: when the page shows no text at all.
    """
    reader = _VisibleText()
    reader.feed(html)
    reader.close()
    lines = (clean.collapse_spaces(line).strip() for line in "".join(reader.parts).split("\n"))
    body = "\n".join(line for line in lines if line)
    if not body:
        raise InputProblem("extract", "no text found in HTML page")
    title = clean.collapse_spaces("".join(reader.title)).strip() or None
    return RawArticle(article_id, path, clean.normalize_text(body), title=title, flags=[VISIBLE_TEXT_FLAG])


def _visible_or_none(html: str, article_id: str, path: str) -> RawArticle | None:
    try:
        return visible_text_article(html, article_id, path)
    except InputProblem:
        return None


class _VisibleText(HTMLParser):
    """Text outside invisible elements and page furniture, one line per block element.

    An event parser keeps no tree, so nesting depth costs nothing: a depth counter per
    skipped element is all it holds.
    """

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self.hidden = 0
        self.in_title = False

    def handle_starttag(self, tag, attrs):
        if tag == "title":
            self.in_title = True
        elif tag == "body":  # an unclosed <head> ends here, as in a browser
            self.hidden = 0
        elif tag in INVISIBLE or tag in FURNITURE:
            self.hidden += 1
        elif tag in BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        elif (tag in INVISIBLE or tag in FURNITURE) and self.hidden:
            self.hidden -= 1
        elif tag in BLOCKS:
            self.parts.append("\n")

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if self.in_title:
            self.title.append(data)
        elif not self.hidden:
            self.parts.append(data)
