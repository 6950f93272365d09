"""HTML pages and URLs: main text via trafilatura, outlet names from registered domains."""

from __future__ import annotations


import re
from functools import lru_cache
from urllib.parse import urlparse

from helpers.read import clean
from helpers.read.records import InputProblem, RawArticle

SITE_SUFFIX = re.compile(r"\s+[|\u2013\u2014-]\s+[^|\u2013\u2014]{1,40}$")


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
    return parts.top_domain_under_public_suffix or parts.domain or None


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

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                      include_tables=False, favor_precision=True)
    text = getattr(doc, "text", None) if doc is not None else None
    if not text:
        raise InputProblem("extract", "no main text found in HTML page")
    return RawArticle(
        article_id, path, clean.normalize_text(text), title=doc.title, date=doc.date,
        url=doc.url, outlet=doc.sitename,
    )
